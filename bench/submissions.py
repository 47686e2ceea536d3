"""Completed survey submissions per second under 16 concurrent respondents, against a real gunicorn server.

1. Heard (bench/_bench_wsgi.py) runs under gunicorn on 127.0.0.1 with a free port, ``--workers 2 --threads 8``.
   16 client threads, spread over 4 client processes (``--client-processes``), each repeatedly complete a whole
   journey as a new respondent (fresh cookie jar each time): GET /s/demo?band=12-17, POST start, answer every
   question (first radio option, first two checkboxes, a short text), POST the check page, and land on
   /s/demo/done. Each page's forms are read with regular expressions for the CSRF token and the answer inputs
   (``_common.read_forms``, which gives what html.parser gives at a fraction of the cost: reading whole pages with
   html.parser took the client more time than the server took to draw them). Runs for a fixed time (default 20 s).
   Only journeys that land on /done count. Afterwards the database is asked how many responses were really stored.
2. On the same database, a bare Flask app (bench/_bare_app.py: one POST, one INSERT, commit) runs under gunicorn with
   the same settings, and the same 16 threads in the same processes POST to it for the same time: requests per
   second, the floor to compare with.

Only 127.0.0.1 is ever contacted (proxies are switched off). Servers are always stopped and temp files removed.
Nothing is asserted: the script prints figures (and errors, if any).

    .venv/bin/python bench/submissions.py [--seconds 20] [--threads 16]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/submissions.py
"""

from __future__ import annotations

import argparse
import collections
import http.client
import multiprocessing
import os
import re
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402

HOST = "127.0.0.1"
WORKERS = 2
SERVER_THREADS = 8
BAND = "12-17"
REQUEST_TIMEOUT = 30.0
MAX_REDIRECTS = 5
MAX_PAGES = 60  # a journey that has not reached the check page after this many pages is an error


# --- the load ------------------------------------------------------------------------------------------------------


class JourneyError(Exception):
    pass


class Browser:
    """A new respondent: its own cookies, no proxies, redirects followed (a 302 or 303 after a POST becomes a GET).

    Speaks HTTP/1.1 through http.client, one connection per request as urllib does (the server's work per request
    is the same), but without urllib's handler chain and http.cookiejar's policy checks: those cost the client more
    CPU than the server spent on the page, and the clients share the server's cores. The bare app's load uses the
    same ``send`` so both servers meet the same client."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.requests = [0]
        self.cookies: dict[str, str] = {}

    def open(self, url: str, data: list[tuple[str, str]] | None = None) -> tuple[str, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        for _ in range(MAX_REDIRECTS + 1):
            parts = urllib.parse.urlsplit(url)
            if parts.hostname != HOST or parts.port != self.port:
                raise JourneyError(f"refusing to contact {url}")
            self.requests[0] += 1
            headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}
            if not self.cookies:
                del headers["Cookie"]
            status, reply_headers, text = send(
                self.port,
                "POST" if body is not None else "GET",
                parts.path + (f"?{parts.query}" if parts.query else ""),
                body,
                headers,
            )
            self._remember(reply_headers)
            if status in (301, 302, 303):
                url = urllib.parse.urljoin(url, reply_headers.get("Location", ""))
                body = None
                continue
            if status != 200:
                raise JourneyError(f"{'POST' if body is not None else 'GET'} {parts.path} answered {status}")
            return text, url
        raise JourneyError(f"more than {MAX_REDIRECTS} redirects from {url}")

    def _remember(self, headers: http.client.HTTPMessage) -> None:
        for cookie in headers.get_all("Set-Cookie") or []:
            pair, _, attributes = cookie.partition(";")
            name, _, value = pair.strip().partition("=")
            lowered = attributes.lower()
            if "max-age=0" in lowered or "expires=thu, 01 jan 1970" in lowered or not value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value


def send(
    port: int, method: str, target: str, body: bytes | None, headers: dict[str, str]
) -> tuple[int, http.client.HTTPMessage, str]:
    """One request on its own connection (``Connection: close``, as urllib sends); returns status, headers, body."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        sent = {"Connection": "close", **headers}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, target, body=body, headers=sent)
        response = connection.getresponse()
        return response.status, response.msg, response.read().decode("utf-8")
    finally:
        connection.close()


def _post_form(
    browser: Browser, page_text: str, url: str, fields: Callable[[dict[str, Any]], list[tuple[str, str]]] | None = None
) -> tuple[str, str]:
    form = common.csrf_form(common.read_forms(page_text))
    action = urllib.parse.urljoin(url, form["action"] or url)
    data = (fields(form) if fields else []) + [("csrf_token", common.csrf_token(form))]
    return browser.open(action, data)


def journey(base: str, on_submit: Callable[[], None]) -> int:
    """One respondent from start page to /done. Returns the number of HTTP requests it made."""
    browser = Browser(urllib.parse.urlsplit(base).port or 80)
    code = common.CODE
    text, url = browser.open(f"{base}/s/{code}?band={BAND}")
    text, url = _post_form(browser, text, url)
    for _ in range(MAX_PAGES):
        path = urllib.parse.urlsplit(url).path
        if path == f"/s/{code}/check":
            break
        if not re.fullmatch(rf"/s/{code}/q/\d+", path):
            raise JourneyError(f"expected a question or the check page, landed on {path}")
        text, url = _post_form(browser, text, url, common.answer_fields)
    else:
        raise JourneyError(f"no check page after {MAX_PAGES} pages")
    on_submit()
    text, url = _post_form(browser, text, url)
    path = urllib.parse.urlsplit(url).path
    if path != f"/s/{code}/done":
        raise JourneyError(f"submitting ended on {path}, not /s/{code}/done")
    return browser.requests[0]


@dataclass
class LoadResult:
    completed: int = 0
    submit_posts: int = 0
    requests: int = 0
    errors: collections.Counter[str] = field(default_factory=collections.Counter)
    durations: list[float] = field(default_factory=list)
    finished_at: list[float] = field(default_factory=list)  # seconds after the start, per successful iteration
    window: float = 0.0
    elapsed: float = 0.0
    client_cpu: float = 0.0  # CPU seconds the client processes used, all their threads
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def in_window(self) -> int:
        """Iterations that finished within the fixed duration (later ones were already under way at the end)."""
        return sum(1 for moment in self.finished_at if moment <= self.window)

    @property
    def rate(self) -> float:
        return self.in_window / self.window if self.window else 0.0

    def error(self, error: BaseException) -> None:
        message = f"{type(error).__name__}: {error}" if not isinstance(error, JourneyError) else str(error)
        with self.lock:
            self.errors[message[:200]] += 1


def _run_threads(
    threads: int, start_at: float, seconds: float, max_iterations: int, one: Callable[[LoadResult], None]
) -> LoadResult:
    """``threads`` threads call ``one`` from ``start_at`` (time.monotonic, the same clock in every process) until
    the time is up (a started iteration finishes) or the cap is reached."""
    result = LoadResult(window=seconds)
    iterations = [0]
    deadline = start_at + seconds

    def worker() -> None:
        time.sleep(max(0.0, start_at - time.monotonic()))
        while time.monotonic() < deadline:
            with result.lock:
                if iterations[0] >= max_iterations:
                    return
                iterations[0] += 1
            begin = time.monotonic()
            try:
                one(result)
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported, none stops the run
                result.error(error)
                continue
            end = time.monotonic()
            with result.lock:
                result.durations.append(end - begin)
                result.finished_at.append(end - start_at)

    pool = [threading.Thread(target=worker, name=f"load-{index}", daemon=True) for index in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    result.elapsed = time.monotonic() - start_at
    return result


def _child(
    queue: multiprocessing.Queue[dict[str, Any]],
    threads: int,
    start_at: float,
    seconds: float,
    max_iterations: int,
    make_one: Callable[[], Callable[[LoadResult], None]],
) -> None:
    began = time.process_time()
    result = _run_threads(threads, start_at, seconds, max_iterations, make_one())
    result.client_cpu = time.process_time() - began
    queue.put({name: value for name, value in vars(result).items() if name != "lock"})


def run_load(
    threads: int,
    processes: int,
    seconds: float,
    max_iterations: int,
    make_one: Callable[[], Callable[[LoadResult], None]],
) -> LoadResult:
    """``threads`` clients spread over ``processes`` client processes (Python runs one thread of a process at a
    time, so 16 client threads in one process can ask no faster than one core lets them), all starting together."""
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[dict[str, Any]] = context.Queue()
    start_at = time.monotonic() + 1.0
    shares = [threads // processes + (1 if index < threads % processes else 0) for index in range(processes)]
    caps = [
        max_iterations // processes + (1 if index < max_iterations % processes else 0) for index in range(processes)
    ]
    children = [
        context.Process(target=_child, args=(queue, share, start_at, seconds, cap, make_one), daemon=True)
        for share, cap in zip(shares, caps, strict=True)
        if share
    ]
    for child in children:
        child.start()
    parts = [queue.get(timeout=seconds + REQUEST_TIMEOUT * 3 + 60) for _ in children]
    for child in children:
        child.join(timeout=30)
    result = LoadResult(window=seconds)
    for part in parts:
        result.completed += part["completed"]
        result.submit_posts += part["submit_posts"]
        result.requests += part["requests"]
        result.errors.update(part["errors"])
        result.durations.extend(part["durations"])
        result.finished_at.extend(part["finished_at"])
        result.elapsed = max(result.elapsed, part["elapsed"])
        result.client_cpu += part["client_cpu"]
    return result


def submission_load(base: str, threads: int, processes: int, seconds: float, max_iterations: int) -> LoadResult:
    def one(result: LoadResult) -> None:
        def submitted() -> None:
            with result.lock:
                result.submit_posts += 1

        requests = journey(base, submitted)
        with result.lock:
            result.completed += 1
            result.requests += requests

    return run_load(threads, processes, seconds, max_iterations, lambda: one)


def insert_load(base: str, threads: int, processes: int, seconds: float, max_iterations: int) -> LoadResult:
    port = urllib.parse.urlsplit(base).port or 80

    def one(result: LoadResult) -> None:
        with result.lock:
            result.requests += 1
        status, _, _ = send(port, "POST", "/insert", b"x=1", {})
        if status != 204:
            raise JourneyError(f"POST /insert answered {status}")
        with result.lock:
            result.completed += 1

    return run_load(threads, processes, seconds, max_iterations, lambda: one)


# --- the run -------------------------------------------------------------------------------------------------------


def print_server_log(server: common.Server) -> None:
    """gunicorn logs at warning level here, so anything in the log is worth seeing (a traceback, a worker restart)."""
    try:
        lines = server.log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    if lines:
        print(f"{server.name} server log: {len(lines)} lines, the last ones:")
        for line in lines[-12:]:
            print(f"  | {line}")
    else:
        print(f"{server.name} server log: empty (no warnings or errors)")


def _used_since(server: common.Server, before: float | None) -> float | None:
    now = server.cpu_seconds()
    return None if now is None or before is None else now - before


def _database_since(before: float | None) -> float | None:
    now = common.database_cpu() if before is not None else None
    return None if now is None or before is None else now - before


def print_cpu(
    heard: LoadResult,
    heard_server: float | None,
    heard_db: float | None,
    bare: LoadResult,
    bare_server: float | None,
    bare_db: float | None,
) -> None:
    """CPU per HTTP request over each whole load (its window and the journeys still under way at its end): the
    servers' (gunicorn master and workers, from /proc), PostgreSQL's (all its processes on the machine, so anything
    else using it counts too) and the clients'. All share the machine's cores, so a client that costs more takes
    capacity from the server it measures; the servers' own figures compare the apps alone."""
    common.heading("CPU per HTTP request (ms; whole load)")
    print(f"{'':<12} {'requests':>9} {'server':>9} {'database':>9} {'clients':>9}")
    for label, result, server, base in (("Heard", heard, heard_server, heard_db), ("bare", bare, bare_server, bare_db)):
        requests = max(result.requests, 1)
        shown = f"{server * 1000 / requests:>9.2f}" if server is not None else f"{'n/a':>9}"
        in_base = f"{base * 1000 / requests:>9.2f}" if base is not None else f"{'-':>9}"
        print(f"{label:<12} {result.requests:>9} {shown} {in_base} {result.client_cpu * 1000 / requests:>9.2f}")
    if heard_server and bare_server and heard.requests and bare.requests:
        ratio = (bare_server / bare.requests) / (heard_server / heard.requests)
        print(
            f"server CPU per request, bare / Heard: {ratio:.3f} "
            f"(one Heard request costs the server as much as {1 / ratio:.2f} bare ones)"
        )


def print_errors(label: str, result: LoadResult) -> None:
    total = sum(result.errors.values())
    print(f"{label} errors: {total}")
    for message, count in result.errors.most_common(8):
        print(f"  {count:>6} x {message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0, help="how long each load runs (default 20)")
    parser.add_argument("--threads", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument(
        "--client-processes",
        type=int,
        default=4,
        help="client processes the clients are spread over, for both apps alike (default 4; 1 = the old single one)",
    )
    parser.add_argument(
        "--max-journeys", type=int, default=20_000, help="cap on journeys started, whatever the time (default 20000)"
    )
    parser.add_argument(
        "--max-inserts", type=int, default=1_000_000, help="cap on bare-app requests started (default 1000000)"
    )
    parser.add_argument("--warmup", type=int, default=4, help="untimed journeys first, one after another (default 4)")
    args = parser.parse_args()

    database = common.new_database()
    servers: list[common.Server] = []
    try:
        common.prepare_database(database)
        env = common.server_env(database)
        print(
            f"Heard submissions per second: {args.threads} concurrent respondents in {args.client_processes} client "
            f"processes, band {BAND}, /s/{common.CODE}"
        )
        print(
            f"database: {database.describe()}; {common.python_version()}; "
            f"gunicorn --workers {WORKERS} --threads {SERVER_THREADS} on {HOST}; {os.cpu_count()} CPUs"
        )

        heard = common.Server(
            "heard",
            "_bench_wsgi:create()",
            env,
            database.tmpdir,
            f"/s/{common.CODE}?band={BAND}",
            WORKERS,
            SERVER_THREADS,
        )
        servers.append(heard)
        heard.wait_ready()
        for _ in range(args.warmup):
            journey(heard.base, lambda: None)
        before = common.count_responses(database)
        heard_cpu = heard.cpu_seconds()
        heard_db = common.database_cpu() if database.dialect == "postgresql" else None
        submissions = submission_load(heard.base, args.threads, args.client_processes, args.seconds, args.max_journeys)
        heard_cpu = _used_since(heard, heard_cpu)
        heard_db = _database_since(heard_db)
        after = common.count_responses(database)
        heard.stop()
        stored = after - before

        import _bare_app as bare

        bare.create_table(database.url, database.schema)
        floor = common.Server("bare", "_bare_app:create()", env, database.tmpdir, "/health", WORKERS, SERVER_THREADS)
        servers.append(floor)
        floor.wait_ready()
        floor_cpu = floor.cpu_seconds()
        floor_db = common.database_cpu() if database.dialect == "postgresql" else None
        inserts = insert_load(floor.base, args.threads, args.client_processes, args.seconds, args.max_inserts)
        floor_cpu = _used_since(floor, floor_cpu)
        floor_db = _database_since(floor_db)
        rows = bare.count_rows(database.url, database.schema)
        floor.stop()

        submissions_rate = submissions.rate
        # The HTTP requests those submissions took (every page, POST and followed redirect of a journey).
        journey_requests_rate = submissions_rate * submissions.requests / max(submissions.completed, 1)
        insert_rate = inserts.rate

        common.heading("Heard: full journeys")
        print(
            f"completed submissions (landed on /done): {submissions.completed} "
            f"({submissions.in_window} within the {args.seconds:g} s, the rest already under way then; "
            f"all done after {submissions.elapsed:.1f} s)"
        )
        print(f"new responses stored in the database:    {stored} ({before} before, {after} after)")
        print(f"final POSTs sent (including failed ones): {submissions.submit_posts}")
        print(
            f"HTTP requests made by completed journeys: {submissions.requests} "
            f"({submissions.requests / max(submissions.completed, 1):.1f} per journey)"
        )
        if submissions.durations:
            print(
                f"journey time: median {common.median(submissions.durations):.2f} s, "
                f"p95 {common.percentile(submissions.durations, 0.95):.2f} s"
            )
        print_errors("journey", submissions)
        print_server_log(heard)

        common.heading("Bare Flask app: one INSERT per POST")
        print(
            f"completed requests: {inserts.completed} ({inserts.in_window} within the {args.seconds:g} s); "
            f"rows in bench_insert: {rows}"
        )
        if inserts.durations:
            print(
                f"request time: median {common.median(inserts.durations) * 1000:.1f} ms, "
                f"p95 {common.percentile(inserts.durations, 0.95) * 1000:.1f} ms"
            )
        print_errors("bare", inserts)
        print_server_log(floor)

        common.heading("Side by side")
        print(f"(per second = completed within the {args.seconds:g} s / {args.seconds:g} s)")
        print(f"{'':<42} {'per second':>12}")
        print(f"{'Heard completed submissions':<42} {submissions_rate:>12.1f}")
        print(f"{'Heard HTTP requests (inside those journeys)':<42} {journey_requests_rate:>12.1f}")
        print(f"{'bare Flask + one INSERT requests':<42} {insert_rate:>12.1f}")
        if submissions_rate:
            print(f"ratio bare inserts / Heard submissions: {insert_rate / submissions_rate:.1f}")
        if journey_requests_rate:
            print(f"ratio bare inserts / Heard HTTP requests: {insert_rate / journey_requests_rate:.2f}")
        print_cpu(submissions, heard_cpu, heard_db, inserts, floor_cpu, floor_db)
        print(
            f"errors: Heard {sum(submissions.errors.values())}, bare {sum(inserts.errors.values())}; "
            f"submissions counted {submissions.completed} vs stored {stored}"
            + ("" if submissions.completed == stored else " (MISMATCH)")
        )
    finally:
        for server in servers:
            try:
                server.stop()
            except Exception as error:  # noqa: BLE001 - keep stopping the others
                print(f"warning: could not stop the {server.name} server: {error}", file=sys.stderr)
        common.drop_database(database)


if __name__ == "__main__":
    main()
