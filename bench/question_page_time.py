"""Server time of a question page: GET (render) and POST (record an answer), through the Flask test client.

One new respondent starts /s/demo for band 12-17. Every question page of that band is found (/s/demo/q/1, 2, ... until
404). Then, after a warm-up of 50 requests, at least 500 GETs cycle through every question page, timed with
time.perf_counter() around client.get(); then the same for POSTing an answer to each page (first radio option, first
two checkboxes or a short text, with the page's CSRF token; the redirect is not followed, so only the POST is timed).

The figures are in-process: no network, no gunicorn, no TLS. They include the test client's own overhead (building
the WSGI environ, cookies), which is small next to rendering. Nothing here is asserted; it only prints figures.

    .venv/bin/python bench/question_page_time.py [--requests 500] [--warmup 50]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/question_page_time.py
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402

BAND = "12-17"


@dataclass
class QuestionPage:
    number: int
    url: str
    kind: str
    answer: list[tuple[str, str]]
    token: str
    get_ms: list[float] = field(default_factory=list)
    post_ms: list[float] = field(default_factory=list)


def discover(client: Any) -> list[QuestionPage]:
    """Every question page of the band, with what a person would answer on it."""
    pages: list[QuestionPage] = []
    for number in range(1, 200):
        url = f"/s/{common.CODE}/q/{number}"
        response = client.get(url)
        if response.status_code == 404:
            break
        if response.status_code != 200:
            raise SystemExit(f"GET {url} answered {response.status_code}")
        form = common.csrf_form(common.parse_page(response.get_data(as_text=True)))
        pages.append(
            QuestionPage(number, url, common.answer_kind(form), common.answer_fields(form), common.csrf_token(form))
        )
    if not pages:
        raise SystemExit("no question pages found")
    return pages


def timed_gets(client: Any, pages: list[QuestionPage], count: int, record: bool) -> list[float]:
    times: list[float] = []
    for index in range(count):
        page = pages[index % len(pages)]
        start = time.perf_counter()
        response = client.get(page.url)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"GET {page.url} answered {response.status_code}")
        if record:
            times.append(elapsed)
            page.get_ms.append(elapsed)
    return times


def timed_posts(client: Any, pages: list[QuestionPage], count: int, record: bool) -> list[float]:
    times: list[float] = []
    for index in range(count):
        page = pages[index % len(pages)]
        data = [*page.answer, ("csrf_token", page.token)]
        start = time.perf_counter()
        response = client.post(page.url, data=_multi(data))
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 302:
            raise SystemExit(f"POST {page.url} answered {response.status_code}, expected a redirect (302)")
        if record:
            times.append(elapsed)
            page.post_ms.append(elapsed)
    return times


def _multi(items: list[tuple[str, str]]) -> Any:
    from werkzeug.datastructures import MultiDict

    return MultiDict(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--requests",
        type=int,
        default=500,
        help="at least this many timed GETs and POSTs each, rounded up to whole cycles (default 500)",
    )
    parser.add_argument("--warmup", type=int, default=50, help="untimed requests first, each (default 50)")
    args = parser.parse_args()

    database = common.new_database()
    try:
        common.prepare_database(database)
        app = common.make_app(database)
        client = app.test_client()
        common.start_in_test_client(client, BAND)
        pages = discover(client)
        count = math.ceil(max(args.requests, 1) / len(pages)) * len(pages)

        timed_gets(client, pages, args.warmup, record=False)
        get_times = timed_gets(client, pages, count, record=True)
        timed_posts(client, pages, args.warmup, record=False)
        post_times = timed_posts(client, pages, count, record=True)

        with app.app_context():
            from participation.extensions import db

            dialect = db.engine.dialect.name
            server_version = db.engine.dialect.server_version_info
            db.engine.dispose()

        from importlib.metadata import version

        print(f"Heard question page server time: /s/{common.CODE}, band {BAND}, Flask test client")
        print(
            f"database: {dialect}"
            + (f" {'.'.join(str(part) for part in server_version)}" if server_version else "")
            + f" - {database.describe()}"
        )
        print(f"{common.python_version()}; Flask {version('flask')}, SQLAlchemy {version('sqlalchemy')}")
        print(
            f"{len(pages)} question pages; warm-up {args.warmup} GETs and {args.warmup} POSTs; "
            f"timed {len(get_times)} GETs and {len(post_times)} POSTs ({count // len(pages)} per page each)"
        )

        common.heading("All question pages (ms)")
        print(f"{'request':<30} {'n':>5}  {'median':>8}  {'p95':>8}  {'mean':>8}  {'max':>8}")
        for label, times in (("GET question page", get_times), ("POST answer (302, not followed)", post_times)):
            print(
                f"{label:<30} {len(times):>5}  {common.median(times):>8.2f}  {common.percentile(times, 0.95):>8.2f}"
                f"  {sum(times) / len(times):>8.2f}  {max(times):>8.2f}"
            )

        common.heading("Per question page (ms)")
        print(f"{'page':<16} {'answer':<11} {'GET median':>10}  {'GET p95':>8}  {'POST median':>11}  {'POST p95':>8}")
        for page in pages:
            print(
                f"{page.url:<16} {page.kind:<11} {common.median(page.get_ms):>10.2f}  "
                f"{common.percentile(page.get_ms, 0.95):>8.2f}  {common.median(page.post_ms):>11.2f}  "
                f"{common.percentile(page.post_ms, 0.95):>8.2f}"
            )
    finally:
        common.drop_database(database)


if __name__ == "__main__":
    main()
