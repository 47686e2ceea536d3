"""Finding phone numbers in a page and checking each is a tel: (or sms:) link isolated left-to-right, so that no
right-to-left page can reverse its digit groups ("0800 1111" read as "1111 0800")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

# Something a reader would dial: three or more digits (any script's digits), maybe grouped by spaces, that starts
# with 0 or + (a UK or international number) or is one of the short national numbers.
_DIGIT_RUN = re.compile(r"\+?\d(?:[ \u00a0]?\d){2,}")
SHORT_NUMBERS = {"999", "112", "111", "116123", "116111", "85258"}


@dataclass(frozen=True)
class Found:
    text: str
    problem: str | None


def _digits(value: str) -> str:
    return "".join(str(int(character)) for character in value if character.isdigit())


def looks_like_a_phone_number(text: str) -> bool:
    digits = _digits(text)
    return (
        text.startswith(("0", "+"))
        or any(digits == short for short in SHORT_NUMBERS)
        or (digits[:1] in {"0"} and len(digits) >= 8)
    )


def phone_numbers_in(text: str) -> list[str]:
    found = []
    for match in _DIGIT_RUN.finditer(text):
        candidate = match.group(0)
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if (before.isalnum() or after.isalnum()) and not candidate.startswith("+"):
            continue  # part of a word or a code such as "7K3M-9QXA", not something to dial
        if before in ",." and match.start() >= 2 and text[match.start() - 2].isdigit():
            continue  # the thousands of "2,000" or "2.000"
        if looks_like_a_phone_number(candidate):
            found.append(candidate)
    return found


def _problem(node: NavigableString, number: str) -> str | None:
    link = node.find_parent("a")
    if link is None:
        return "not a link"
    href = str(link.get("href", ""))
    if not href.startswith(("tel:", "sms:")):
        return f"in a link to {href!r}, not tel: or sms:"
    dialled = _digits(href.split("?")[0])
    wanted = _digits(number)
    if not (dialled == wanted or dialled.endswith(wanted.lstrip("0")) and len(wanted.lstrip("0")) >= 7):
        return f"the link dials {href!r}"
    if link.get("dir") != "ltr":
        return "the link is not dir=ltr"
    isolate = node.find_parent("bdi")
    if isolate is None or isolate.get("dir") != "ltr" or isolate.find_parent("a") is not link:
        return "the number is not inside <bdi dir=ltr>"
    return None


def check_page(page: BeautifulSoup) -> list[Found]:
    """Every phone number written in the page's visible text, each with what is wrong with it (None if nothing)."""
    found = []
    for node in page.find_all(string=True):
        if (
            not isinstance(node, NavigableString)
            or isinstance(node.parent, Tag)
            and node.parent.name in ("script", "style", "title", "svg", "textarea")
        ):
            continue
        if node.find_parent("svg") is not None:
            continue
        for number in phone_numbers_in(str(node)):
            found.append(Found(number, _problem(node, number)))
    return found
