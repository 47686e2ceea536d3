"""Page weight of the first question page a young person sees, as a phone downloads it.

For /s/demo as a new respondent (GET the start page, POST start with its CSRF token, follow the redirect), this
fetches the first question page and every sub-resource a browser would fetch for it (stylesheets, scripts, images,
non-data: icons, url(...) and @import inside the CSS, static imports of module scripts) through the Flask test client
(so through the app's own compression and WhiteNoise, as `make run` serves them), each asked for as a phone asks:
``Accept-Encoding: gzip, br``. "Sent" is the bytes of each body as received (compressed when the app compressed it);
"raw" the same decoded; "gzip if compressed" what gzip level 6 would make of the raw body, kept only to compare with
the figures measured before Heard compressed anything.

Requests are counted twice: for the first question page with an empty cache, and for the next question page (after
"I'd rather not say" on the first) with the cache the first page left, honouring each file's Cache-Control (a file
with max-age, and not no-store, is not fetched again while fresh).

Measured for band 4-7 in English, band 12-17 in every language of participation/languages.py (?lang=xx), and the
easy version ("Simpler words and pictures", pressed on the start page) for bands 12-17 and 4-7 in English and in
Tigrinya and Arabic: its first question page and, for scale, its page with the most pictures (the pictures to pick
instead of typing, each a small cached SVG). Each against the 8 KB goal (issue 16); the full resource table is
printed for the first two pages (--every-table for all). The pages carry the read-aloud players `make demo` gives every
question, hint and answer in every language espeak-ng speaks (made first when espeak-ng is installed; a player's
clip is not fetched until it is pressed, so only its markup counts).

    .venv/bin/python bench/page_weight.py
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/page_weight.py
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402

GOAL_BYTES = 8 * 1024
ACCEPT = {"Accept-Encoding": "gzip, br"}
LIMESURVEY_REQUESTS = 26
LIMESURVEY_KB = 1053
GZIP_LEVEL = 6

JS_IMPORT = re.compile(
    r"""(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]*\s*from\s*)["']([^"']+)["']"""
)


@dataclass
class Resource:
    url: str
    kind: str
    status: int | str
    sent: int
    raw: int
    gzipped: int
    encoding: str = ""


class Cache:
    """What a browser keeps: each URL fetched with a max-age (and not no-store), until that age passes."""

    def __init__(self) -> None:
        self.fresh_until: dict[str, float] = {}

    def has(self, url: str) -> bool:
        return self.fresh_until.get(url, 0.0) > time.monotonic()

    def keep(self, url: str, cache_control: str) -> None:
        directives = {part.strip().split("=")[0]: part.strip() for part in cache_control.split(",") if part.strip()}
        if "no-store" in directives or "max-age" not in directives:
            return
        age = int(directives["max-age"].split("=", 1)[1])
        if age > 0:
            self.fresh_until[url] = time.monotonic() + age


def decoded(body: bytes, encoding: str) -> bytes:
    if encoding == "br":
        import brotli

        return bytes(brotli.decompress(body))
    if encoding == "gzip":
        return gzip.decompress(body)
    return body


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def first_question_page(client: Any, band: str, lang: str | None, easy: bool = False) -> str:
    """Start the survey as a new respondent (in the easy version if asked) and return the first question page's
    URL."""
    return _page_of(common.start_in_test_client(client, band, lang, easy=easy))


def _page_of(response: Any) -> str:
    query = response.request.query_string.decode()
    return str(response.request.path + (f"?{query}" if query else ""))


def next_page(client: Any, page_url: str) -> str:
    """Press "I'd rather not say" on a question page: the URL of the page it leads to."""
    html = client.get(page_url).get_data(as_text=True)
    form = common.csrf_form(common.parse_page(html))
    data = {"csrf_token": common.csrf_token(form), "skip": "1"}
    return _page_of(client.post(page_url.split("?")[0], data=data, follow_redirects=True))


def pictures_page(client: Any, band: str) -> str:
    """The easy version's page with the most pictures: skip questions until the one with pictures to pick."""
    response = common.start_in_test_client(client, band, None, easy=True)
    for _ in range(40):
        html = response.get_data(as_text=True)
        if 'name="pictures"' in html:
            return _page_of(response)
        form = common.csrf_form(common.parse_page(html))
        data = {"csrf_token": common.csrf_token(form), "skip": "1"}
        response = client.post(response.request.path, data=data, follow_redirects=True)
    raise SystemExit("no page with pictures to pick in the easy version")


def _fetch(client: Any, url: str, cache: Cache | None = None) -> tuple[int, bytes, str, str]:
    """Status, body as sent, its Content-Encoding and Content-Type; the file kept in ``cache`` as its headers say."""
    response = client.get(url, headers=ACCEPT)
    try:
        if cache is not None:
            cache.keep(url, response.headers.get("Cache-Control", ""))
        encoding = response.headers.get("Content-Encoding", "")
        return response.status_code, response.get_data(), encoding, response.headers.get("Content-Type", "")
    finally:
        response.close()


def measure(client: Any, band: str, lang: str | None, easy: bool = False) -> tuple[str, list[Resource], int]:
    """The first question page and its sub-resources with an empty cache, and how many requests the next question
    page then makes; ``page_url`` says which page and how it is marked up."""
    cache = Cache()
    first = first_question_page(client, band, lang, easy)
    marked, resources = weigh(client, first, cache)
    _, later = weigh(client, next_page(client, first), cache)
    return marked, resources, len(later)


def weigh(client: Any, page_url: str, cache: Cache | None = None) -> tuple[str, list[Resource]]:
    """A page and every sub-resource a browser would fetch for it (none that ``cache`` holds fresh)."""
    cache = cache if cache is not None else Cache()
    status, sent, encoding, _ = _fetch(client, page_url, cache)
    html_bytes = decoded(sent, encoding)
    resources = [Resource(page_url, "html", status, len(sent), len(html_bytes), gzip_size(html_bytes), encoding)]
    page = common.parse_page(html_bytes.decode("utf-8"))
    base = urljoin(page_url, page.base_href) if page.base_href else page_url

    queue: list[tuple[str, str]] = []
    queue += [(urljoin(base, href), "css") for href in page.stylesheets]
    queue += [(urljoin(base, src), "js") for src in page.scripts]
    queue += [(urljoin(base, src), "img") for src in page.images if not src.startswith("data:")]
    queue += [(urljoin(base, href), "icon") for href in page.icons if not href.startswith("data:")]
    for style in page.inline_styles:
        queue += [(ref, "css-url") for ref in common.css_references(style, base)]

    seen = {page_url}
    while queue:
        url, kind = queue.pop(0)
        if url in seen or cache.has(url):
            continue
        seen.add(url)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            # Another origin: a browser would fetch it, the test client cannot. Counted, not weighed.
            resources.append(Resource(url, kind, "external", 0, 0, 0))
            continue
        status, sent, encoding, content_type = _fetch(client, url, cache)
        body = decoded(sent, encoding)
        resources.append(Resource(url, kind, status, len(sent), len(body), gzip_size(body), encoding))
        if status != 200:
            continue
        if kind == "css" or "text/css" in content_type:
            css = body.decode("utf-8", errors="replace")
            queue += [
                (ref, "css" if ref.split("?")[0].endswith(".css") else "css-url")
                for ref in common.css_references(css, url)
            ]
        elif kind == "js" or "javascript" in content_type:
            js = body.decode("utf-8", errors="replace")
            queue += [(urljoin(url, ref), "js") for ref in JS_IMPORT.findall(js) if ref.startswith((".", "/"))]
    marked = f"{page_url} (html lang={page.html_attrs.get('lang', '?')} dir={page.html_attrs.get('dir', '?')})"
    return marked, resources


def journey(client: Any, band: str, lang: str | None, easy: bool = False) -> list[tuple[str, int, int, int]]:
    """A whole journey with the cache one phone keeps, from an empty one: the start page (and, for ``easy``, the start
    page again after pressing "Simpler words and pictures"), every question (each passed with "I'd rather not say"),
    the page of languages and back, the check page and, after sending, the done page. Each page's path, its requests,
    those that are not pictures (the easy version's pictures to pick are the page's content) and the bytes sent."""
    cache = Cache()
    walked: list[tuple[str, int, int, int]] = []

    def visit(url: str) -> str:
        _, resources = weigh(client, url, cache)
        assets = sum(1 for resource in resources if resource.kind != "img")
        walked.append((url.split("?")[0], len(resources), assets, sum(resource.sent for resource in resources)))
        return client.get(url).get_data(as_text=True)

    start_url = f"/s/{common.CODE}?band={band}" + (f"&lang={lang}" if lang else "")
    html = visit(start_url)
    if easy:
        switch = common.csrf_form(common.parse_page(html), easy_switch=True)
        data = {"csrf_token": common.csrf_token(switch), "easy": "on", "page": "start"}
        html = visit(_page_of(client.post(switch["action"], data=data, follow_redirects=True)))
    form = common.csrf_form(common.parse_page(html))
    data = {"csrf_token": common.csrf_token(form)}
    page = _page_of(client.post(form["action"] or start_url, data=data, follow_redirects=True))
    first = True
    while "/q/" in page:
        visit(page)
        if first:
            # The question page's "Language: ..." link: the page of languages, and back in the same language.
            chooser = re.search(r'href="(/language\?[^"]+)"', client.get(page).get_data(as_text=True))
            if chooser:
                visit(chooser.group(1).replace("&amp;", "&"))
            first = False
        page = next_page(client, page)
    html = visit(page)
    form = common.csrf_form(common.parse_page(html))
    sent = client.post(page.split("?")[0], data={"csrf_token": common.csrf_token(form)}, follow_redirects=True)
    visit(_page_of(sent))
    return walked


def print_table(
    title: str, page_url: str, resources: list[Resource], later: int | None = None, quiet: bool = False
) -> dict[str, Any]:
    sent = sum(resource.sent for resource in resources)
    raw = sum(resource.raw for resource in resources)
    gzipped = sum(resource.gzipped for resource in resources)
    problems = [resource for resource in resources if resource.status not in (200, "external")]
    for resource in problems:
        print(f"PROBLEM ({title}): {resource.url} answered {resource.status}")
    summary = {
        "title": title,
        "requests": len(resources),
        "later": later,
        "sent": sent,
        "raw": raw,
        "gzip": gzipped,
        "problems": len(problems),
    }
    if quiet:
        return summary
    common.heading(title)
    print(f"page: {page_url}")
    width = max(len("resource"), *(len(resource.url) for resource in resources))
    print(
        f"{'resource':<{width}}  {'type':<7} {'status':>6} {'as':>4}  {'sent':>7}  {'raw':>8}  {'gzip if compr.':>14}"
    )
    rule = f"{'-' * width}  {'-' * 7} {'-' * 6} {'-' * 4}  {'-' * 7}  {'-' * 8}  {'-' * 14}"
    print(rule)
    for resource in resources:
        print(
            f"{resource.url:<{width}}  {resource.kind:<7} {str(resource.status):>6} {resource.encoding or '-':>4}  "
            f"{resource.sent:>7,}  {resource.raw:>8,}  {resource.gzipped:>14,}"
        )
    print(rule)
    print(f"{'total':<{width}}  {'':<7} {'':>6} {'':>4}  {sent:>7,}  {raw:>8,}  {gzipped:>14,}")
    print(f"requests: {len(resources)} with an empty cache" + (f", {later} for the next page" if later else ""))
    verdict = "PASS" if sent <= GOAL_BYTES else f"OVER by {sent - GOAL_BYTES:,} bytes"
    print(f"goal: at most 8 KB ({GOAL_BYTES:,} bytes) sent: {verdict} ({sent:,} bytes, {sent / 1024:.1f} KB)")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every-table", action="store_true", help="print each page's resource table")
    arguments = parser.parse_args()
    database = common.new_database()
    audio = Path(tempfile.mkdtemp(prefix="heard-bench-audio-"))
    try:
        common.prepare_database(database)
        app = common.make_app(database, HEARD_AUDIO_DIR=str(audio), HEARD_READ_ALOUD="off")
        from participation.languages import LANGUAGES

        read_aloud = common.make_read_aloud(app, [code for code, language in LANGUAGES.items() if language.espeak])
        print("Heard page weight: the first question page of /s/demo as a new respondent")
        print(f"database: {database.describe()}; {common.python_version()}; asked with {ACCEPT['Accept-Encoding']!r}")
        print(f"LimeSurvey reference for scale: {LIMESURVEY_REQUESTS} requests, {LIMESURVEY_KB:,} KB")
        print(f"read-aloud: {read_aloud}")
        pages = [("Band 12-17, English", "12-17", None), ("Band 4-7, English", "4-7", None)]
        pages += [
            (f"Band 12-17, {language.english_name} (?lang={code})", "12-17", code)
            for code, language in LANGUAGES.items()
            if code != "en"
        ]
        results = []
        pages = [(title, band, lang, False) for title, band, lang in pages]
        pages += [
            ("Easy version, band 12-17", "12-17", None, True),
            ("Easy version, band 4-7", "4-7", None, True),
            ("Easy version, band 12-17, Tigrinya", "12-17", "ti", True),
            ("Easy version, band 12-17, Arabic", "12-17", "ar", True),
        ]
        for number, (title, band, lang, easy) in enumerate(pages):
            client = app.test_client()
            page_url, resources, later = measure(client, band, lang, easy)
            quiet = number >= 2 and not arguments.every_table
            results.append(print_table(title, page_url, resources, later, quiet=quiet))
        for title, band in (("Easy, most pictures, 12-17", "12-17"), ("Easy, most pictures, 4-7", "4-7")):
            client = app.test_client()
            page_url, resources = weigh(client, pictures_page(client, band))
            results.append(print_table(title, page_url, resources, quiet=not arguments.every_table))
        common.heading("Whole journeys: requests per page with the cache the journey leaves (goal: 1 after the first)")
        for title, band, lang, easy in (
            ("Band 12-17, English", "12-17", None, False),
            ("Band 12-17, Arabic", "12-17", "ar", False),
            ("Easy version, band 4-7", "4-7", None, True),
        ):
            walked = journey(app.test_client(), band, lang, easy)
            names = ", ".join(f"{path.rsplit('/', 1)[-1]} {count}" for path, count, _, _ in walked)
            print(f"{title}: {names}")
            worst = max(assets for _, _, assets, _ in walked[1:])
            total = sum(sent for _, _, _, sent in walked)
            print(
                f"  {len(walked)} pages, {total:,} bytes sent in all; on every page after the first, requests other"
                f" than pictures at most {worst}: {'PASS' if worst == 1 else 'FAIL'}"
            )
        with app.app_context():
            from participation.extensions import db

            db.engine.dispose()

        common.heading("Summary (bytes as sent, Accept-Encoding: gzip, br)")
        print(
            f"{'page':<40} {'requests':>8} {'next page':>9}  {'sent':>7}  {'raw':>8}  {'gzip if compr.':>14}"
            f"  goal ({GOAL_BYTES:,} B sent)"
        )
        for result in results:
            verdict = "PASS" if result["sent"] <= GOAL_BYTES else "OVER"
            later = "-" if result["later"] is None else str(result["later"])
            print(
                f"{result['title']:<40} {result['requests']:>8} {later:>9}  {result['sent']:>7,}  {result['raw']:>8,}"
                f"  {result['gzip']:>14,}  {verdict}"
            )
        print(f"{'LimeSurvey (reference, scale)':<40} {LIMESURVEY_REQUESTS:>8} {'':>9}  {LIMESURVEY_KB:>4,} KB")
        if any(result["problems"] for result in results):
            print("Some sub-resources did not load (see PROBLEM lines above).")
    finally:
        common.drop_database(database)
        shutil.rmtree(audio, ignore_errors=True)


if __name__ == "__main__":
    main()
