"""One way for tests to fetch a page: ask for it, assert its status, parse it and check it.

Every HTML page a test reads through ``fetch``, ``parse``, ``Journey`` or ``Console`` is checked the same way (after
notifications-admin's ``client_request``): it parses without errors (every element closed in order, nothing stray),
it has a title, no id appears twice, every form control a person fills in has a label, every ``for``,
``aria-describedby`` and ``aria-labelledby`` points at an element that is there, and every class on it that GOV.UK
Frontend or Heard's Sass styles is styled by the stylesheet the page links (build/young.css leaves out what young
people's pages are not expected to draw: a page that draws it all the same fails here). A page that breaks one of
these fails the test that touched it, whatever that test was about.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from typing import Any

from bs4 import BeautifulSoup, Tag

from tests import stylesheets

# Elements with no end tag (HTML's void elements), and those whose end tag HTML lets a page leave out.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
OPTIONAL_END = {"li", "p", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "dt", "dd"}
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class _Strict(HTMLParser):
    """Finds what a browser would silently repair: end tags that close nothing, and elements never closed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, int]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        if tag in OPTIONAL_END and self.open and self.open[-1][0] == tag:
            self.open.pop()
        self.open.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID and tag not in ("svg", "path", "circle", "rect", "line", "polyline", "use"):
            self.errors.append(f"line {self.getpos()[0]}: <{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes a void element")
            return
        while self.open and self.open[-1][0] != tag and self.open[-1][0] in OPTIONAL_END:
            self.open.pop()
        if self.open and self.open[-1][0] == tag:
            self.open.pop()
            return
        expected = self.open[-1] if self.open else None
        where = f"<{expected[0]}> from line {expected[1]} is still open" if expected else "nothing is open"
        self.errors.append(f"line {self.getpos()[0]}: </{tag}> but {where}")

    def close(self) -> None:
        super().close()
        left = [(tag, line) for tag, line in self.open if tag not in OPTIONAL_END]
        self.errors.extend(f"<{tag}> from line {line} is never closed" for tag, line in left)


def parse_errors(markup: str) -> list[str]:
    parser = _Strict()
    parser.feed(markup)
    parser.close()
    return parser.errors


def _labelled(control: Tag, page: BeautifulSoup, ids: set[str]) -> bool:
    if control.get("aria-label") or control.get("aria-labelledby") or control.get("title"):
        return True
    if control.find_parent("label") is not None:
        return True
    control_id = control.get("id")
    return bool(control_id) and page.find("label", attrs={"for": control_id}) is not None


def unstyled(page: BeautifulSoup) -> list[str]:
    """Classes on the page that some stylesheet styles and the built stylesheet it links does not (and, on a young
    person's page, any disabled control)."""
    linked = [
        match.group(1)
        for link in page.find_all("link", rel="stylesheet")
        if (match := stylesheets.LINKED.match(str(link.get("href", ""))))
    ]
    if not linked or not stylesheets.built():
        return []
    have = set().union(*(stylesheets.defined(f"{name}.css") for name in linked))
    styled = stylesheets.styled_anywhere()
    young = set(linked) <= stylesheets.YOUNG
    unneeded = stylesheets.STAFF_CONTEXT_ONLY if young else frozenset()
    if young and "easy" not in linked:
        # Classes easy.css alone styles are styled only inside the easy version's <body class="heard-easy">: a page
        # that is not in it needs no rule for them (one that is, and does not link easy.css, fails for heard-easy).
        unneeded |= stylesheets.easy_only() - {"heard-easy"}
    used = {name for tag in page.find_all(class_=True) for name in tag.get("class", [])}
    found = [f'class "{name}"' for name in sorted(used) if name in styled and name not in have and name not in unneeded]
    if young:
        # young.css has no look for a disabled control (build.mjs's UNUSED_STATES): a young person's page has none.
        found += [
            f"disabled <{tag.name}>" for tag in page.find_all(["button", "input", "select", "textarea"], disabled=True)
        ]
    return found


def problems(markup: str) -> list[str]:
    """What is wrong with an HTML page, as sentences; empty when it passes every check."""
    found = parse_errors(markup)
    page = BeautifulSoup(markup, "html.parser")
    title = page.find("title")
    if title is None or not title.get_text(strip=True):
        found.append("the page has no title")
    else:
        found.extend(said_twice(title.get_text(" ", strip=True), page))
    counted = Counter(str(tag["id"]) for tag in page.find_all(id=True))
    found.extend(f'id "{key}" is used {count} times' for key, count in counted.items() if count > 1)
    ids = set(counted)
    for control in page.find_all(["input", "select", "textarea"]):
        if control.name == "input" and control.get("type", "text") in UNLABELLED_TYPES:
            continue
        if not _labelled(control, page, ids):
            found.append(f'the {control.name} "{control.get("name")}" has no label')
    for tag in page.find_all(attrs={"for": True}):
        if tag["for"] not in ids:
            found.append(f'a label is for "{tag["for"]}", which is not on the page')
    for attribute in ("aria-describedby", "aria-labelledby", "aria-controls"):
        for tag in page.find_all(attrs={attribute: True}):
            missing = [key for key in str(tag[attribute]).split() if key not in ids]
            if missing and attribute != "aria-controls":
                found.append(f"{attribute} on <{tag.name}> points at {', '.join(missing)}, not on the page")
    found.extend(f"{name} is not styled by the stylesheet the page links" for name in unstyled(page))
    return found


def said_twice(title: str, page: BeautifulSoup) -> list[str]:
    """A title or header that names the same thing twice ("Sign in – Heard – Heard", "Heard | Heard")."""
    found = []
    parts = [part.strip() for part in title.removeprefix("Error:").split(" – ")]
    if len(parts) != len(set(parts)) or len(re.findall(r"(?<!\w)Heard(?!\w)", title)) > 1:
        found.append(f'the title "{title}" says the same name twice')
    header = [tag.get_text(" ", strip=True) for tag in page.select(".heard-header__org, .heard-header__service")]
    if len(header) != len(set(header)):
        found.append(f"the header says {' | '.join(header)}")
    return found


def is_html(response: Any) -> bool:
    return str(response.mimetype) == "text/html"


def parse(response: Any) -> BeautifulSoup:
    """Parse a response that must be an HTML page, failing the test on anything ``problems`` finds."""
    assert is_html(response), f"expected an HTML page, got {response.mimetype}"
    markup = response.get_data(as_text=True)
    found = problems(markup)
    assert not found, f"{response.request.path}: " + "; ".join(found)
    return BeautifulSoup(markup, "html.parser")


def fetch(
    client: Any,
    url: str,
    *,
    status: int = 200,
    method: str = "get",
    follow_redirects: bool = False,
    redirects_to: str | None = None,
    **kwargs: Any,
) -> BeautifulSoup:
    """Ask for ``url``, assert the status (and where it redirects), and return the checked page.

    A redirect returns an empty page after checking its target; any other response must be an HTML page.
    """
    response = getattr(client, method)(url, follow_redirects=follow_redirects, **kwargs)
    assert response.status_code == status, f"{method.upper()} {url}: {response.status_code}, expected {status}"
    if redirects_to is not None:
        assert response.location.split("?")[0].endswith(redirects_to), response.location
    if 300 <= response.status_code < 400:
        return BeautifulSoup("", "html.parser")
    return parse(response)


# --- small readers -------------------------------------------------------------------------------------------------


def h1(page: BeautifulSoup) -> str:
    heading = page.find("h1")
    return heading.get_text(" ", strip=True) if heading else ""


def error_summary(page: BeautifulSoup) -> list[str]:
    """The messages in the page's error summary, in order (empty when there is none)."""
    summary = page.select_one(".govuk-error-summary")
    return [item.get_text(" ", strip=True) for item in summary.select("li")] if summary else []


def has_error(page: BeautifulSoup, text: str) -> bool:
    return any(text in message for message in error_summary(page))


def languages_offered(client: Any, page: BeautifulSoup) -> tuple[list[str], BeautifulSoup]:
    """The languages a young person's page offers, by their own names, and the page listing them: its menu, or, on a
    question page, the page of languages its one "Language: ..." link opens."""
    link = page.select_one("a.heard-languages__summary")
    if link is None:
        return [item.get_text(strip=True) for item in page.select(".heard-languages__item")], page
    listed = fetch(client, str(link["href"]))
    return [item.get_text(strip=True) for item in listed.select(".heard-language-choices li")], listed
