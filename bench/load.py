"""Load: gunicorn and PostgreSQL on this machine, 50 young people completing the demo consultation at once for 60 s.

1. Recreates a PostgreSQL database of its own (default ``heard_load`` on 127.0.0.1:5432: DROP ... WITH (FORCE),
   CREATE), builds the schema with the Alembic migrations and loads the demo (``load_demo()``, as ``make demo`` does),
   with keys made for this run.
2. Starts Heard's real entry point (``gunicorn wsgi:app``) on 127.0.0.1 and a free port, ``--worker-class gthread
   --workers 4 --threads 4`` by default, ``DATABASE_URL`` pointing at that database, the keys in the environment.
3. ``--users`` threads (default 50), each a young person on their own phone with their own cookie jar and one
   keep-alive connection (``--no-keep-alive``: a new connection per request, as behind nginx), complete the
   journey again and again for ``--seconds`` (default 60), each time as a new young person (a fresh cookie jar):
   open the link ``/s/demo``, pick an age band on "Who is answering?", start, answer every question page (a random
   offered radio option, one to three offered checkboxes, or a short text within the field's maxlength), check
   answers, send them, and read the receipt code on ``/s/demo/done``. Every form is read from the page's HTML: its
   action, its CSRF token and the options it offers. Redirects are followed one by one, each timed as its own
   request. No think time: each person goes straight on, so 50 here load the server like many more real ones.
   A journey under way when the time is up is finished.
4. Prints requests, requests per second, errors, latency per page kind (p50, p95, max), completed submissions against
   new responses stored, and checks that every receipt code seen belongs to exactly one stored response.

Exits 1 on any error (an HTTP status outside 2xx/3xx, a network failure, a page that is not the one a young person
would reach) or if the submissions seen and the responses stored disagree; 2 if PostgreSQL cannot be reached; 130 on
Ctrl-C. gunicorn is always stopped (by its process id) and the database dropped (unless ``--keep-database``).
Only 127.0.0.1 is contacted.

``--base-url`` points the same load at a Heard already running on 127.0.0.1 (nginx in front of several machines, as
bench/multi_node.py starts them; ``https://`` with ``--cafile`` for its certificate): nothing is created, started or
dropped; ``--database-url`` names that Heard's database (read, to check the submissions) and the environment holds its
keys (``HEARD_PSEUDONYM_KEY`` hashes the receipt codes), and it must hold the demo.

    .venv/bin/python bench/load.py                       # 50 users, 60 s
    .venv/bin/python bench/load.py --quick               # 5 users, 10 s: a smoke run
    .venv/bin/python bench/load.py --database-url postgresql://postgres@127.0.0.1:5432/heard_load_2
    .venv/bin/python bench/load.py --base-url https://127.0.0.1:8443 --cafile cert.pem --database-url ...
"""

from __future__ import annotations

import argparse
import collections
import http.client
import http.cookies
import os
import random
import re
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gunicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402

HOST = "127.0.0.1"
DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/heard_load"
CODE = common.CODE
REQUEST_TIMEOUT = 30.0
MAX_STEPS = 80  # pages in one journey before it counts as lost in a loop
IDLE_RECONNECT = 1.0  # seconds: open a new connection rather than reuse one the server may be closing (keep-alive 5)
TEXT_ANSWERS = (
    "More things to do after school",
    "Being listened to",
    "My social worker helps me",
    "Better buses to town",
    "Nothing else to add",
    "Time with my brother",
)

# Page kinds, in the order of the journey, and the requests that belong to each.
KINDS = ("start", "who", "question", "check", "submit", "done")
ROUTES = {
    ("start", "GET"): f"GET /s/{CODE}",
    ("start", "POST"): f"POST /s/{CODE}/start",
    ("who", "GET"): f"GET /s/{CODE}/who",
    ("who", "POST"): f"POST /s/{CODE}/who",
    ("question", "GET"): f"GET /s/{CODE}/q/<n>",
    ("question", "POST"): f"POST /s/{CODE}/q/<n>",
    ("check", "GET"): f"GET /s/{CODE}/check",
    ("submit", "POST"): f"POST /s/{CODE}/check",
    ("done", "GET"): f"GET /s/{CODE}/done",
}
RECEIPT = re.compile(r'class="heard-receipt"[^>]*>\s*([^<\s]+)\s*<')

RATE_LIMIT_NOTE = (
    "rate limits: kept as the server configures them (Flask-Limiter; RATELIMIT_STORAGE_URI, by default Heard's "
    "database). Only codes typed or scanned (/i, /resume, /receipt) and staff sign-in carry limits; the respondent "
    "journey (/s/<code>...) has none, so all the users coming from one loopback address are not throttled "
    "(a 429 would be counted as an error)."
)


@dataclass(frozen=True)
class Target:
    """Where the people send their requests: a gunicorn the bench started, or ``--base-url`` on 127.0.0.1."""

    scheme: str
    port: int
    context: ssl.SSLContext | None = None

    @classmethod
    def of(cls, base_url: str, cafile: str | None) -> Target:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("http", "https") or parts.hostname != HOST or parts.path not in ("", "/"):
            raise ValueError(f"--base-url must be http(s)://{HOST}:<port>, not {base_url!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        context = ssl.create_default_context(cafile=cafile) if parts.scheme == "https" else None
        return cls(parts.scheme, port, context)

    @property
    def base(self) -> str:
        return f"{self.scheme}://{HOST}:{self.port}"

    def connect(self, timeout: float) -> http.client.HTTPConnection:
        if self.context is not None:
            return http.client.HTTPSConnection(HOST, self.port, timeout=timeout, context=self.context)
        return http.client.HTTPConnection(HOST, self.port, timeout=timeout)


def page_kind(method: str, path: str) -> str:
    """Which page of the journey a request is for; "other" for anything a young person would not reach here."""
    base = f"/s/{CODE}"
    if path in (base, f"{base}/start"):
        return "start"
    if path == f"{base}/who":
        return "who"
    if re.fullmatch(rf"{re.escape(base)}/q/\d+", path):
        return "question"
    if path == f"{base}/check":
        return "submit" if method == "POST" else "check"
    if path == f"{base}/done":
        return "done"
    return "other"


# --- the database --------------------------------------------------------------------------------------------------


def database_name(url: str) -> str:
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    # The bench drops this database: only ever one of its own.
    if not re.fullmatch(r"heard_load[a-z0-9_]*", name):
        raise SystemExit(f"refusing to drop and recreate database {name!r}: its name must start with heard_load")
    return name


def _maintenance_url(url: str) -> str:
    """The same server, database ``postgres``: where CREATE and DROP DATABASE are run from."""
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path="/postgres"))


def _admin(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_maintenance_url(url), autocommit=True, connect_timeout=5) as connection:
        connection.execute(statement)


def recreate_database(url: str) -> str:
    """DROP (forcing other sessions off) and CREATE the bench database; returns the server version."""
    import psycopg

    name = database_name(url)
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin(url, f'CREATE DATABASE "{name}"')
    with psycopg.connect(url, connect_timeout=5) as connection:
        return str(connection.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]


def drop_database(url: str) -> None:
    _admin(url, f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')


def run_keys() -> dict[str, str]:
    """This run's keys, as the environment variables the app's config reads (the same in every gunicorn worker)."""
    from cryptography.fernet import Fernet

    return {
        "SECRET_KEY": secrets.token_hex(32),
        "HEARD_PSEUDONYM_KEY": secrets.token_hex(32),
        "HEARD_ACCOUNT_SECRETS_KEY": Fernet.generate_key().decode(),
        "HEARD_VAULT_KEY": Fernet.generate_key().decode(),
    }


def make_app(url: str, **overrides: Any):  # type: ignore[no-untyped-def]
    """The app on the bench database, with this run's keys (already in os.environ)."""
    from participation import create_app

    return create_app({"SQLALCHEMY_DATABASE_URI": common.sqlalchemy_url(url), **overrides})


def stored_receipt_hashes(app: Any) -> list[str]:
    """The receipt hash of every response stored for the demo consultation."""
    from sqlalchemy import select

    from participation.extensions import db
    from participation.responses.models import Response
    from participation.surveys.models import Consultation

    with app.app_context():
        try:
            consultation_id = db.session.scalar(select(Consultation.id).where(Consultation.code == CODE))
            return list(
                db.session.scalars(select(Response.receipt_hash).where(Response.consultation_id == consultation_id))
            )
        finally:
            db.session.remove()


def receipt_hashes(app: Any, receipts: list[str]) -> list[str]:
    from participation.pseudonyms import normalise_code
    from participation.responses.services import receipt_hash

    with app.app_context():
        return [receipt_hash(normalise_code(receipt)) for receipt in receipts]


# --- the server ----------------------------------------------------------------------------------------------------


class Gunicorn:
    """``gunicorn wsgi:app`` started by the bench in a session of its own; stopped by its process id."""

    def __init__(self, env: dict[str, str], log: Path, workers: int, threads: int) -> None:
        self.port = common.free_port(HOST)
        self.log = log
        self.workers = workers
        worker_class = (
            ["--worker-class", "gthread", "--threads", str(threads)] if threads > 1 else ["--worker-class", "sync"]
        )
        self.command = [
            *common.gunicorn_command(),
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(workers),
            *worker_class,
            "--keep-alive",
            "5",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            "--chdir",
            str(common.ROOT),
            "--log-level",
            "warning",
            "--error-logfile",
            str(log),
            "wsgi:app",
        ]
        # A session of its own: Ctrl-C in the terminal reaches the bench, which stops gunicorn in order.
        self.process = subprocess.Popen(
            self.command,
            env=env,
            cwd=str(common.ROOT),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90.0) -> None:
        common.wait_for_page(self.process, self.port, "/help", "gunicorn", self.log_tail, timeout)

    def log_lines(self) -> list[str]:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_lines()[-lines:]) or "(gunicorn log empty)"

    def stop(self) -> None:
        common.stop_process(self.process)


# --- what the load generator saw ------------------------------------------------------------------------------------


@dataclass
class Stats:
    latencies: dict[tuple[str, str], list[float]] = field(default_factory=lambda: collections.defaultdict(list))
    errors: collections.Counter[str] = field(default_factory=collections.Counter)
    requests: int = 0
    reconnects: int = 0
    started: int = 0
    submit_posts: int = 0
    receipts: list[str] = field(default_factory=list)
    journey_times: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def request(self, kind: str, method: str, seconds: float) -> None:
        with self.lock:
            self.requests += 1
            self.latencies[(kind, method)].append(seconds)

    def error(self, message: str) -> None:
        with self.lock:
            self.errors[message[:200]] += 1

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


class JourneyError(Exception):
    """Something a young person would see as broken; counted once, and the journey is abandoned."""


class Aborted(Exception):
    pass


@dataclass
class Page:
    status: int
    path: str
    url: str
    text: str


class Person:
    """A young person's phone: a cookie jar of its own and one keep-alive connection (or one per request)."""

    def __init__(
        self, target: Target, stats: Stats, rng: random.Random, abort: threading.Event, keep_alive: bool
    ) -> None:
        self.target = target
        self.port = target.port
        self.keep_alive = keep_alive
        self.base = target.base
        self.stats = stats
        self.rng = rng
        self.abort = abort
        self.cookies: dict[str, str] = {}
        self.connection: http.client.HTTPConnection | None = None
        self.last_used = 0.0

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def new_phone(self) -> None:
        """The next young person: a new cookie jar and a new connection."""
        self.close()
        self.cookies = {}

    def _store_cookies(self, response: http.client.HTTPResponse) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = http.cookies.SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                expires = morsel["expires"]
                if morsel["max-age"] == "0" or (expires and expires.endswith("1970 00:00:00 GMT")):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def _send(self, method: str, target: str, body: bytes | None) -> http.client.HTTPResponse:
        headers = {
            "Host": f"{HOST}:{self.port}",
            "User-Agent": "heard-bench-load",
            "Accept": "text/html",
            "Accept-Language": "en-GB",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if not self.keep_alive:
            headers["Connection"] = "close"
        if self.connection is not None and time.monotonic() - self.last_used > IDLE_RECONNECT:
            self.close()
        reused = self.connection is not None
        if self.connection is None:
            self.connection = self.target.connect(REQUEST_TIMEOUT)
        try:
            self.connection.request(method, target, body=body, headers=headers)
            return self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not reused:
                raise
            # The server closed an idle keep-alive connection as the request went out; it never read it, so send it
            # again on a new connection, as a browser does.
            with self.stats.lock:
                self.stats.reconnects += 1
            self.connection = self.target.connect(REQUEST_TIMEOUT)
            self.connection.request(method, target, body=body, headers=headers)
            return self.connection.getresponse()

    def fetch(self, method: str, url: str, data: list[tuple[str, str]] | None = None) -> Page:
        """One request, then every redirect (GET) until a page; each request timed and counted on its own."""
        for _ in range(10):
            if self.abort.is_set():
                raise Aborted
            parts = urllib.parse.urlsplit(urllib.parse.urljoin(self.base + "/", url))
            if parts.scheme != self.target.scheme or parts.hostname != HOST or parts.port != self.port:
                raise JourneyError(f"{method} {url}: refusing to leave {self.base}")
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            kind = page_kind(method, parts.path)
            body = urllib.parse.urlencode(data).encode() if data is not None else None
            begin = time.perf_counter()
            try:
                response = self._send(method, target, body)
                text = response.read().decode("utf-8", errors="replace")
            except (OSError, http.client.HTTPException) as error:
                self.close()
                raise JourneyError(f"{method} {kind}: {type(error).__name__} {error}".strip()) from None
            elapsed = time.perf_counter() - begin
            self.last_used = time.monotonic()
            if response.will_close:
                self.close()
            self.stats.request(kind, method, elapsed)
            self._store_cookies(response)
            if kind == "other":
                raise JourneyError(f"{method} {parts.path}: not a page of the journey")
            if not 200 <= response.status < 400:
                raise JourneyError(f"{method} {kind} answered HTTP {response.status}")
            if 300 <= response.status < 400:
                location = response.getheader("Location")
                if not location:
                    raise JourneyError(f"{method} {kind} answered {response.status} without a Location")
                method, url, data = "GET", urllib.parse.urljoin(self.base + parts.path, location), None
                continue
            return Page(response.status, parts.path, self.base + target, text)
        raise JourneyError(f"more than 10 redirects from {url}")

    def submit_form(self, page: Page, fields: list[tuple[str, str]]) -> Page:
        form = common.csrf_form(common.parse_page(page.text))
        action = urllib.parse.urljoin(page.url, form["action"] or page.url)
        return self.fetch("POST", action, fields + [("csrf_token", common.csrf_token(form))])

    # What a young person picks, from what the page offers.

    def band(self, page: Page) -> list[tuple[str, str]]:
        form = common.csrf_form(common.parse_page(page.text))
        offered = [
            item.get("value", "")
            for item in form["inputs"]
            if item.get("name") == "band" and item.get("type") == "radio"
        ]
        if not offered:
            raise JourneyError("'Who is answering?' offers no age band")
        return [("band", self.rng.choice(offered))]

    def answers(self, page: Page) -> list[tuple[str, str]]:
        form = common.csrf_form(common.parse_page(page.text))
        fields = [item for item in form["inputs"] if item.get("name") == "answer"]
        radios = [item.get("value", "") for item in fields if item.get("type") == "radio"]
        boxes = [item.get("value", "") for item in fields if item.get("type") == "checkbox"]
        if radios:
            return [("answer", self.rng.choice(radios))]
        if boxes:
            chosen = self.rng.sample(boxes, self.rng.randint(1, min(3, len(boxes))))
            return [("answer", value) for value in chosen]
        if fields:
            text = self.rng.choice(TEXT_ANSWERS)
            limit = fields[0].get("maxlength", "")
            return [("answer", text[: int(limit)] if limit.isdigit() else text)]
        raise JourneyError(f"question page {page.path} offers no answer")

    def journey(self) -> str:
        """A new young person from the link to the receipt code; returns the receipt code."""
        self.new_phone()
        page = self.fetch("GET", f"/s/{CODE}")
        asked_band = False
        for _ in range(MAX_STEPS):
            kind = page_kind("GET", page.path)
            if kind == "who":
                asked_band = True
                page = self.submit_form(page, self.band(page))
            elif kind == "start":
                page = self.submit_form(page, [])
            elif kind == "question":
                page = self.submit_form(page, self.answers(page))
            elif kind == "check":
                with self.stats.lock:
                    self.stats.submit_posts += 1
                page = self.submit_form(page, [])
            elif kind == "done":
                if not asked_band:
                    raise JourneyError("the link did not ask who is answering")
                found = RECEIPT.search(page.text)
                if not found:
                    raise JourneyError("the done page shows no receipt code")
                return found.group(1)
            else:
                raise JourneyError(f"landed on {page.path}")
        raise JourneyError(f"no receipt after {MAX_STEPS} pages")


def run_load(
    target: Target,
    users: int,
    seconds: float,
    max_journeys: int,
    seed: int,
    stats: Stats,
    abort: threading.Event,
    keep_alive: bool,
    record: bool = True,
) -> float:
    """``users`` people repeat the journey until the time is up (a journey under way finishes). Returns the time
    from the start until the last one finished."""
    deadline = [0.0]
    gate = threading.Barrier(users + 1)

    def person(index: int) -> None:
        phone = Person(target, stats, random.Random(seed * 1000 + index), abort, keep_alive)
        gate.wait()
        try:
            while time.monotonic() < deadline[0] and not abort.is_set():
                with stats.lock:
                    if stats.started >= max_journeys:
                        return
                    stats.started += 1
                begin = time.perf_counter()
                try:
                    receipt = phone.journey()
                except Aborted:
                    return
                except JourneyError as error:
                    stats.error(str(error))
                    continue
                except Exception as error:  # noqa: BLE001 - every failure is counted and reported, none stops the run
                    stats.error(f"{type(error).__name__}: {error}")
                    continue
                if record:
                    with stats.lock:
                        stats.receipts.append(receipt)
                        stats.journey_times.append(time.perf_counter() - begin)
        finally:
            phone.close()

    pool = [
        threading.Thread(target=person, args=(index,), name=f"person-{index}", daemon=True) for index in range(users)
    ]
    for thread in pool:
        thread.start()
    deadline[0] = time.monotonic() + seconds
    origin = time.perf_counter()
    gate.wait()
    for thread in pool:
        # Short joins, so Ctrl-C reaches the main thread while the people are busy.
        while thread.is_alive():
            thread.join(0.2)
    return time.perf_counter() - origin


# --- the report ----------------------------------------------------------------------------------------------------


def latency_row(label: str, values: list[float]) -> str:
    if not values:
        return f"{label:<30} {0:>9}"
    ms = [value * 1000 for value in values]
    return (
        f"{label:<30} {len(ms):>9} {common.percentile(ms, 0.50):>9.1f} {common.percentile(ms, 0.95):>9.1f} "
        f"{max(ms):>9.1f}"
    )


def print_latencies(stats: Stats) -> None:
    """One row per page kind; a kind made of a GET and a POST is split beneath it."""
    print(f"{'page kind':<30} {'requests':>9} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    for kind in KINDS:
        methods = [
            (method, stats.latencies.get((kind, method), [])) for method in ("GET", "POST") if (kind, method) in ROUTES
        ]
        if len(methods) == 1:
            method, values = methods[0]
            print(latency_row(f"{kind} ({ROUTES[(kind, method)]})", values))
            continue
        print(latency_row(kind, [value for _, values in methods for value in values]))
        for method, values in methods:
            print(latency_row(f"  {ROUTES[(kind, method)]}", values))
    other = stats.latencies.get(("other", "GET"), []) + stats.latencies.get(("other", "POST"), [])
    if other:
        print(latency_row("other (not in the journey)", other))
    print(latency_row("all", [value for values in stats.latencies.values() for value in values]))


@dataclass(frozen=True)
class Settings:
    """What the command line asked for, checked."""

    users: int
    seconds: float
    workers: int
    threads: int
    max_journeys: int
    seed: int
    url: str
    keep_alive: bool
    keep_database: bool
    base_url: str | None = None
    cafile: str | None = None


def parse_settings() -> Settings:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, help="young people answering at once (default 50; 5 with --quick)")
    parser.add_argument(
        "--seconds", type=float, help="how long they keep starting journeys (default 60; 10 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: 5 users for 10 s")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes (default 4)")
    parser.add_argument(
        "--threads",
        type=int,
        default=4,
        help="threads per worker, gthread worker class (default 4; 1 means sync workers)",
    )
    parser.add_argument(
        "--max-journeys", type=int, default=100_000, help="cap on journeys started, whatever the time (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed for the answers people pick (default 2026)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_LOAD_DATABASE_URL", DEFAULT_DATABASE_URL),
        help="PostgreSQL database to drop and recreate; its name must start with heard_load "
        f"(default $BENCH_LOAD_DATABASE_URL or {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument(
        "--keep-alive",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="one keep-alive connection per person (default) or a new connection per request",
    )
    parser.add_argument("--keep-database", action="store_true", help="leave the database behind to look at")
    parser.add_argument(
        "--base-url",
        help=f"load a Heard already running at http(s)://{HOST}:<port> (nginx in front of several machines): nothing "
        "is created, started or dropped; --database-url is its database, its keys are in the environment",
    )
    parser.add_argument("--cafile", help="with an https --base-url: the certificate (PEM) to trust")
    args = parser.parse_args()
    users = args.users if args.users is not None else (5 if args.quick else 50)
    seconds = args.seconds if args.seconds is not None else (10.0 if args.quick else 60.0)
    if users < 1 or seconds <= 0 or args.workers < 1 or args.threads < 1:
        parser.error("--users, --seconds, --workers and --threads must be positive")
    url = args.database_url
    if not url.startswith(("postgresql://", "postgres://")):
        parser.error("--database-url must be a postgresql:// URL")
    url = "postgresql://" + url.split("://", 1)[1]
    if args.base_url:
        try:
            Target.of(args.base_url, args.cafile)
        except (ValueError, OSError) as error:
            parser.error(str(error))
        if not os.environ.get("HEARD_PSEUDONYM_KEY"):
            parser.error("with --base-url, the server's keys must be in the environment (HEARD_PSEUDONYM_KEY ...)")
    else:
        database_name(url)  # only a database of its own is dropped and recreated
    return Settings(
        users,
        seconds,
        args.workers,
        args.threads,
        args.max_journeys,
        args.seed,
        url,
        args.keep_alive,
        args.keep_database,
        args.base_url,
        args.cafile,
    )


def interrupted(signum: int, _frame: Any) -> None:
    """Ctrl-C and SIGTERM both end up in ``main``'s clean-up."""
    raise KeyboardInterrupt


def server_environment(keys: dict[str, str], url: str) -> dict[str, str]:
    """gunicorn's environment: this run's keys and database, plain HTTP on 127.0.0.1, no proxy, not the demo."""
    env = dict(os.environ)
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
        "HEARD_DEMO",
        "FLASK_DEBUG",
    ):
        env.pop(name, None)
    env.update(keys)
    env["DATABASE_URL"] = url
    env["HEARD_INSECURE_COOKIES"] = "1"  # plain HTTP on 127.0.0.1
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(common.ROOT), env.get("PYTHONPATH", "")]))
    return env


@dataclass(frozen=True)
class Reconciliation:
    """The receipts the people saw against the responses the database gained."""

    completed: int
    stored: int
    duplicate_receipts: int
    missing: int
    unseen: int

    @classmethod
    def of(cls, stats: Stats, seen: list[str], before: list[str], after: list[str]) -> Reconciliation:
        new_hashes = collections.Counter(after) - collections.Counter(before)
        seen_counts = collections.Counter(seen)
        return cls(
            completed=len(stats.receipts),
            stored=len(after) - len(before),
            duplicate_receipts=sum(count - 1 for count in seen_counts.values() if count > 1),
            missing=sum(1 for receipt in seen_counts if receipt not in new_hashes),
            unseen=sum(1 for receipt in new_hashes if receipt not in seen_counts),
        )

    def ok(self, stats: Stats, warm: Stats) -> bool:
        return (
            stats.error_count == 0
            and not warm.error_count
            and self.completed == self.stored
            and not self.duplicate_receipts
            and not self.missing
            and not self.unseen
            and self.completed > 0
        )


def print_errors(stats: Stats, most: int) -> None:
    for message, count in stats.errors.most_common(most):
        print(f"  {count:>6} x {message}")


def print_requests(stats: Stats, elapsed: float, seconds: float, completed: int) -> None:
    common.heading("Requests")
    print(
        f"total requests:  {stats.requests} in {elapsed:.1f} s (journeys started until {seconds:g} s, "
        "then the ones under way finished)"
    )
    print(f"requests/s:      {stats.requests / elapsed:.1f}")
    per_journey = f", {stats.requests / completed:.1f} requests each" if completed else ""
    print(
        f"journeys:        {stats.started} started, {completed} completed ({completed / elapsed:.2f}/s)" + per_journey
    )
    if stats.journey_times:
        print(
            f"journey time:    p50 {common.percentile(stats.journey_times, 0.5):.2f} s, "
            f"p95 {common.percentile(stats.journey_times, 0.95):.2f} s, max {max(stats.journey_times):.2f} s"
        )
    print(
        f"reconnects:      {stats.reconnects} (a request re-sent after the server closed an idle keep-alive connection)"
    )
    print(f"errors:          {stats.error_count}")
    print_errors(stats, 10)


def print_submissions(stats: Stats, counts: Reconciliation, before: list[str], after: list[str]) -> None:
    common.heading("Submissions")
    print(f"final POSTs sent (Send my answers):      {stats.submit_posts}")
    print(f"completed submissions seen (receipts):   {counts.completed}")
    print(f"new responses stored in the database:    {counts.stored} ({len(before)} before, {len(after)} after)")
    print(f"receipts seen twice (duplicates):        {counts.duplicate_receipts}")
    print(f"receipts seen but not stored (lost):     {counts.missing}")
    print(f"responses stored but no receipt seen:    {counts.unseen}")


def print_gunicorn_log(server: Gunicorn) -> None:
    lines = server.log_lines()
    if lines:
        print(f"gunicorn log: {len(lines)} lines, the last ones:")
        for line in lines[-12:]:
            print(f"  | {line}")
    else:
        print("gunicorn log: empty (no warnings or errors)")


class Run:
    """One run of the bench: the database it made, the server it started, and how to clean both up."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tmpdir = Path(tempfile.mkdtemp(prefix="heard-load-"))
        self.abort = threading.Event()
        self.server: Gunicorn | None = None
        self.created = False

    def bench(self, keys: dict[str, str]) -> int:
        """Set up, load, report; the exit code."""
        settings = self.settings
        if settings.base_url:
            return self.bench_running(Target.of(settings.base_url, settings.cafile))
        try:
            version = recreate_database(settings.url)
        except Exception as error:  # noqa: BLE001 - psycopg.OperationalError and friends: say what, not a traceback
            print(f"PostgreSQL at {_maintenance_url(settings.url)} could not be used: {error}", file=sys.stderr)
            return 2
        self.created = True
        setup_began = time.perf_counter()
        summary = common.migrate_and_load_demo(make_app(settings.url, TESTING=True))  # as make demo does
        setup_time = time.perf_counter() - setup_began
        server = self.start_server(server_environment(keys, settings.url), version, setup_time, len(summary))

        target = Target("http", server.port)
        warm = self.warm_up(target)
        app = make_app(settings.url)
        before = stored_receipt_hashes(app)
        if warm.error_count:
            print(f"warm-up errors: {warm.error_count}")
            print_errors(warm, 5)

        stats = Stats()
        elapsed = self.load(target, stats)
        after = stored_receipt_hashes(app)
        server.stop()
        counts = Reconciliation.of(stats, receipt_hashes(app, stats.receipts), before, after)
        return self.report(server, stats, warm, elapsed, counts, before, after)

    def load(self, target: Target, stats: Stats) -> float:
        settings = self.settings
        return run_load(
            target,
            settings.users,
            settings.seconds,
            settings.max_journeys,
            settings.seed,
            stats,
            self.abort,
            settings.keep_alive,
        )

    def bench_running(self, target: Target) -> int:
        """The same load and checks against a Heard already running (``--base-url``), with the keys and database it
        uses: nothing is created, started or dropped."""
        settings = self.settings
        url = urllib.parse.urlsplit(settings.url)
        try:
            app = make_app(settings.url)
            before = stored_receipt_hashes(app)
        except Exception as error:  # noqa: BLE001 - say what, not a traceback
            print(f"The database at {url.hostname}:{url.port or 5432}{url.path} could not be read: {error}")
            return 2
        print(f"target: {target.base}, already running (nothing started here); database {url.path.lstrip('/')}")
        connections = "one keep-alive connection" if settings.keep_alive else "a new connection per request"
        print(
            f"load generator: {settings.users} threads, http.client ({target.scheme}), {connections} and a cookie "
            f"jar per young person, no think time; {os.cpu_count()} CPUs; {common.python_version()}"
        )
        print(RATE_LIMIT_NOTE)
        warm = self.warm_up(target)
        if warm.error_count:
            print(f"warm-up errors: {warm.error_count}")
            print_errors(warm, 5)
        before = stored_receipt_hashes(app)
        stats = Stats()
        elapsed = self.load(target, stats)
        after = stored_receipt_hashes(app)
        counts = Reconciliation.of(stats, receipt_hashes(app, stats.receipts), before, after)
        return self.report(None, stats, warm, elapsed, counts, before, after)

    def start_server(self, env: dict[str, str], version: str, setup_time: float, summary_lines: int) -> Gunicorn:
        settings = self.settings
        worker_text = (
            f"gthread, {settings.workers} workers x {settings.threads} threads"
            if settings.threads > 1
            else f"sync, {settings.workers} workers"
        )
        url = urllib.parse.urlsplit(settings.url)
        print(
            f"database: PostgreSQL {version}, {url.path.lstrip('/')} on "
            f"{url.hostname}:{url.port or 5432}, recreated, "
            f"migrated and demo loaded in {setup_time:.1f} s ({summary_lines} lines from the loader)"
        )
        self.server = Gunicorn(env, self.tmpdir / "gunicorn.log", settings.workers, settings.threads)
        self.server.wait_ready()
        print(
            f"server: gunicorn {gunicorn.__version__} wsgi:app ({worker_text}, keep-alive 5 s) on "
            f"{HOST}:{self.server.port}; {os.cpu_count()} CPUs, shared with the load generator"
        )
        connections = "one keep-alive connection" if settings.keep_alive else "a new connection per request"
        print(
            f"load generator: {settings.users} threads, http.client, {connections} and a cookie jar per young person, "
            f"no think time; {common.python_version()}"
        )
        print(RATE_LIMIT_NOTE)
        return self.server

    def warm_up(self, target: Target) -> Stats:
        """Untimed: every worker imports and connects before the clock starts (a few journeys each)."""
        settings = self.settings
        warm = Stats()
        run_load(
            target,
            settings.workers * max(1, settings.threads // 2),
            120.0,
            settings.workers * 2,
            settings.seed + 1,
            warm,
            self.abort,
            settings.keep_alive,
            record=False,
        )
        return warm

    def report(
        self,
        server: Gunicorn | None,
        stats: Stats,
        warm: Stats,
        elapsed: float,
        counts: Reconciliation,
        before: list[str],
        after: list[str],
    ) -> int:
        print_requests(stats, elapsed, self.settings.seconds, counts.completed)
        common.heading("Latency per page kind (each request on its own, redirects included)")
        print_latencies(stats)
        print_submissions(stats, counts, before, after)
        if server is not None:
            print_gunicorn_log(server)
        ok = counts.ok(stats, warm)
        verdict = "OK" if ok else "FAILED"
        print()
        print(
            f"{verdict}: {stats.error_count} errors; submissions seen {counts.completed} vs stored {counts.stored}"
            + ("" if counts.completed == counts.stored else " (MISMATCH)")
        )
        return 0 if ok else 1

    def clean_up(self) -> None:
        """Always: stop gunicorn, drop the database (unless kept), remove the temporary folder."""
        self.abort.set()
        if self.server is not None:
            try:
                self.server.stop()
            except Exception as error:  # noqa: BLE001 - keep cleaning up
                print(f"warning: could not stop gunicorn (pid {self.server.process.pid}): {error}", file=sys.stderr)
        if self.created and not self.settings.keep_database:
            try:
                # The app engine in this process may still hold connections; FORCE ends them.
                drop_database(self.settings.url)
            except Exception as error:  # noqa: BLE001
                print(f"warning: could not drop the database: {error}", file=sys.stderr)
        elif self.created:
            print(f"database kept: {self.settings.url}")
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def main() -> int:
    settings = parse_settings()
    # Set explicitly: a shell starting the bench in the background would otherwise leave SIGINT ignored.
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)

    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    print(
        f"Heard under load: {settings.users} young people at once for {settings.seconds:g} s, "
        f"the demo consultation /s/{CODE}"
    )
    # A Heard already running keeps its own keys (in the environment); a bench-made one gets this run's.
    keys = {} if settings.base_url else run_keys()
    os.environ.update(keys)
    run = Run(settings)
    try:
        return run.bench(keys)
    except KeyboardInterrupt:
        run.abort.set()
        print("\ninterrupted: stopping gunicorn and removing the database", file=sys.stderr)
        return 130
    finally:
        run.clean_up()


if __name__ == "__main__":
    sys.exit(main())
