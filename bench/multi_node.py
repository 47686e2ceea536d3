"""More than one machine: two app machines behind nginx, one PostgreSQL, one Redis, and what must hold across them.

1. **Database**: recreates a PostgreSQL database of its own (default ``heard_load_multi_node`` on 127.0.0.1:5432; the
   name must start with ``heard_load``, as it is dropped at the end), migrated and with the demo loaded, with keys made
   for this run: the same keys for every machine, as deploy/heard.env.example says.
2. **Redis** (``--redis-url``, default ``redis://127.0.0.1:6379/3``) holds the rate-limit counts, under a key prefix
   of this run's own, deleted at the end.
3. **Two app machines**: ``gunicorn --config gunicorn.conf.py ... wsgi:app`` (Heard's worker, which compares its keys
   with the database's before serving) on two loopback ports, with deploy/heard.service's settings and one
   environment: ``HEARD_PROXY_HOPS=1``, ``HEARD_BASE_URL=https://127.0.0.1:<nginx port>``, Redis, and one audio
   folder both use (as an NFS mount would be).
4. **nginx** (Debian's): deploy/nginx.conf itself, with its names, addresses, ports, certificate and folder swapped for
   the bench's (each swap must match, so the file cannot drift from what is tested) and one header naming the machine
   that answered (``X-Heard-Node``, bench only). It runs in the foreground as a child of this script, from a main
   configuration written to a temporary folder, on free loopback ports: HTTPS with a self-signed certificate for
   127.0.0.1 made with the ``cryptography`` package, and plain HTTP that only redirects.
5. **Checks**, each printed PASS or FAIL with its figures: the configuration (``nginx -t``, ``systemd-analyze
   verify`` of the units in deploy/ where systemd is installed), TLS, compression and static files through nginx;
   requests spread over both machines; the sign-in limit counted once across machines, and per client through nginx;
   a staff session begun on one machine used and ended on the other; a receipt code from one machine opening the
   answers on the other; the same submit sent at once to both machines storing exactly one response; the timers'
   lock across machines; a third machine with other keys refusing to start; no address or email in clear in Redis;
   no errors in the machines' logs.
6. **Load**: ``bench/load.py --base-url https://127.0.0.1:<nginx port>`` (its output shown as it runs): young people
   completing the demo through nginx, spread over both machines; PASS when it reports 0 errors and every submission
   stored once.

Needs PostgreSQL on 127.0.0.1:5432 (user postgres), Redis, nginx (``apt-get install nginx``; only its program is used,
never its service) and openssl's Python binding (``cryptography``, a dependency of Heard). Exits 0 when every check
passes, 1 otherwise, 2 when something it needs is missing, 130 on Ctrl-C. Everything it started is stopped by process
id, and its database, Redis keys and temporary folder removed, whatever happens.

    .venv/bin/python bench/multi_node.py                      # 2 machines x 2 workers x 4 threads; load 20 users, 30 s
    .venv/bin/python bench/multi_node.py --quick              # load 5 users for 10 s
"""

from __future__ import annotations

import argparse
import collections
import datetime
import gzip
import http.client
import http.cookies
import ipaddress
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import brotli

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402
import load  # noqa: E402

HOST = "127.0.0.1"
CODE = common.CODE
DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/heard_load_multi_node"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/3"
ROOT = common.ROOT
DEPLOY = ROOT / "deploy"
WORKER_EMAIL = "worker@northshire.example"  # the demo's participation worker (participation/demo/council.py)
DEMO_PASSWORD = "heard-demo-2026"
SIGN_IN_LIMIT = 5  # "5 per minute" for one address and one email (participation/accounts/routes.py)
TIMEOUT = 30.0


# --- what the bench found --------------------------------------------------------------------------------------------


@dataclass
class Verdicts:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str, figures: str = "") -> bool:
        print(f"{'PASS' if ok else 'FAIL'}: {what}" + (f" ({figures})" if figures else ""))
        (self.passed if ok else self.failed).append(what)
        return ok


# --- talking HTTP to a machine or to nginx ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Door:
    """Where a request goes in: nginx (HTTPS, optionally from another loopback address, as another client), or one
    machine directly, with the headers nginx would have added for a client at ``forwarded_for``."""

    name: str
    scheme: str
    port: int
    context: ssl.SSLContext | None = None
    source: str | None = None
    forwarded_for: str | None = None

    def connect(self) -> http.client.HTTPConnection:
        source = (self.source, 0) if self.source else None
        if self.scheme == "https":
            return http.client.HTTPSConnection(
                HOST, self.port, timeout=TIMEOUT, context=self.context, source_address=source
            )
        return http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT, source_address=source)

    def headers(self) -> dict[str, str]:
        if self.forwarded_for is None:
            return {}
        return {"X-Forwarded-For": self.forwarded_for}  # what deploy/nginx.conf adds


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    path: str
    door: str

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def node(self) -> str:
        return self.headers.get("x-heard-node", "")


class Browser:
    """One person's browser: a cookie jar (Secure cookies included: through nginx they travel over HTTPS, and a request
    sent to a machine directly stands for one nginx passed on), no compression unless asked for."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def copy(self) -> Browser:
        other = Browser()
        other.cookies = dict(self.cookies)
        return other

    def _store(self, response: http.client.HTTPResponse) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = http.cookies.SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or str(morsel["expires"]).endswith("1970 00:00:00 GMT"):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def prepare(
        self, door: Door, method: str, path: str, data: list[tuple[str, str]] | None, extra: dict[str, str] | None
    ) -> tuple[http.client.HTTPConnection, dict[str, Any]]:
        headers = {"Host": f"{HOST}:{door.port}", "User-Agent": "heard-bench-multi-node", **door.headers()}
        headers.update(extra or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return door.connect(), {"method": method, "url": path, "body": body, "headers": headers}

    def finish(self, door: Door, connection: http.client.HTTPConnection, path: str) -> Answer:
        try:
            response = connection.getresponse()
            body = response.read()
            self._store(response)
            headers = {name.lower(): value for name, value in response.getheaders()}
            return Answer(response.status, headers, body, path, door.name)
        finally:
            connection.close()

    def request(
        self,
        door: Door,
        method: str,
        path: str,
        data: list[tuple[str, str]] | None = None,
        extra: dict[str, str] | None = None,
    ) -> Answer:
        connection, request = self.prepare(door, method, path, data, extra)
        connection.request(**request)
        return self.finish(door, connection, path)

    def go(
        self, doors: Callable[[], Door], method: str, path: str, data: list[tuple[str, str]] | None = None
    ) -> tuple[Answer, list[Answer]]:
        """A request and every redirect after it, each through the door ``doors()`` gives next; the page and all."""
        seen: list[Answer] = []
        for _ in range(10):
            answer = self.request(doors(), method, path, data)
            seen.append(answer)
            if answer.status not in (301, 302, 303, 307, 308):
                return answer, seen
            location = urllib.parse.urlsplit(answer.headers.get("location", ""))
            if location.netloc and location.hostname != HOST:
                raise RuntimeError(f"{path} redirected away from {HOST}: {answer.headers.get('location')}")
            method, data = "GET", None
            path = urllib.parse.urljoin(path, location.path + (f"?{location.query}" if location.query else ""))
        raise RuntimeError(f"more than 10 redirects from {path}")


def form_of(answer: Answer, action_ends: str | None = None) -> dict[str, Any]:
    page = common.parse_page(answer.text)
    if action_ends is None:
        try:
            return common.csrf_form(page)
        except LookupError:
            raise LookupError(
                f"{answer.path} ({answer.status} from {answer.door}) has no form with a CSRF token"
            ) from None
    for form in page.forms:
        if str(form["action"] or "").endswith(action_ends):
            return form
    raise LookupError(f"{answer.path} has no form posting to ...{action_ends}")


def token_of(answer: Answer, action_ends: str | None = None) -> str:
    return common.csrf_token(form_of(answer, action_ends))


def page_says(answer: Answer) -> str:
    """The first error message a page shows (its error summary), for a figure."""
    found = re.search(r"govuk-error-summary__list.*?<a [^>]*>([^<]+)</a>", answer.text, flags=re.DOTALL)
    if found:
        return found.group(1).strip()
    title = re.search(r"<title>([^<]*)</title>", answer.text)
    return title.group(1).strip() if title else answer.text[:80]


def alternating(*doors: Door) -> Callable[[], Door]:
    turn = [0]

    def next_door() -> Door:
        door = doors[turn[0] % len(doors)]
        turn[0] += 1
        return door

    return next_door


# --- the young person's journey --------------------------------------------------------------------------------------

RECEIPT = re.compile(r'class="heard-receipt"[^>]*>\s*([^<\s]+)\s*<')


def answers_for(answer: Answer, words: str) -> list[tuple[str, str]]:
    """The first offered radio option, two checkboxes, or ``words`` in a text box."""
    form = form_of(answer)
    fields = [item for item in form["inputs"] if item.get("name") == "answer"]
    radios = [item.get("value", "") for item in fields if item.get("type") == "radio"]
    boxes = [item.get("value", "") for item in fields if item.get("type") == "checkbox"]
    if radios:
        return [("answer", radios[0])]
    if boxes:
        return [("answer", value) for value in boxes[:2]]
    if fields:
        return [("answer", words)]
    raise RuntimeError(f"question page {answer.path} offers no answer")


def to_check_page(browser: Browser, doors: Callable[[], Door], words: str) -> tuple[Answer, list[Answer]]:
    """From the link to "Check your answers" (band 12-17), every request through the next door."""
    everything: list[Answer] = []
    page, seen = browser.go(doors, "GET", f"/s/{CODE}?band=12-17")
    everything += seen
    for _ in range(60):
        path = urllib.parse.urlsplit(page.path).path
        if page.status != 200:
            raise RuntimeError(f"{page.path} answered {page.status}")
        if path == f"/s/{CODE}/check":
            return page, everything
        if path == f"/s/{CODE}/who":
            data = [("band", "12-17")]
        elif path in (f"/s/{CODE}", f"/s/{CODE}/start"):
            data = []
        elif re.fullmatch(rf"/s/{CODE}/q/\d+", path):
            data = answers_for(page, words)
        else:
            raise RuntimeError(f"landed on {page.path}")
        form = form_of(page)
        action = urllib.parse.urljoin(page.path, form["action"] or page.path)
        page, seen = browser.go(doors, "POST", action, [*data, ("csrf_token", common.csrf_token(form))])
        everything += seen
    raise RuntimeError("no check page after 60 pages")


def send(browser: Browser, doors: Callable[[], Door], check: Answer) -> tuple[str, list[Answer]]:
    """Press "Send my answers"; the receipt code from the done page."""
    page, seen = browser.go(doors, "POST", f"/s/{CODE}/check", [("csrf_token", token_of(check))])
    found = RECEIPT.search(page.text)
    if page.status != 200 or not found:
        raise RuntimeError(f"sending ended on {page.path} ({page.status}) without a receipt code")
    return found.group(1), seen


# --- the pieces: database, Redis, machines, nginx ---------------------------------------------------------------------


def stored_text_of(app: Any, receipt: str) -> str | None:
    """The free text stored with the response this receipt code opens, read from the database."""
    from sqlalchemy import select

    from participation.extensions import db
    from participation.responses.models import Answer as StoredAnswer
    from participation.responses.services import find_response_by_receipt

    with app.app_context():
        try:
            response = find_response_by_receipt(receipt)
            if response is None:
                return None
            return db.session.scalar(
                select(StoredAnswer.text).where(StoredAnswer.response_id == response.id, StoredAnswer.text.is_not(None))
            )
        finally:
            db.session.remove()


def enrol_authenticator(app: Any, email: str) -> str:
    """Give the demo worker an authenticator (as enrolling would), so signing in takes a code too; its secret."""
    from participation.accounts import credentials, services, totp
    from participation.extensions import db

    secret = totp.new_secret()
    with app.app_context():
        try:
            user = services.user_by_email(email)
            assert user is not None
            user.totp_secret = credentials.encrypt_secret(secret)
            user.totp_last_step = None
            db.session.commit()
        finally:
            db.session.remove()
    return secret


def responses_stored(app: Any) -> tuple[int, int]:
    """(responses for the demo, distinct submission keys among them)."""
    from sqlalchemy import distinct, func, select

    from participation.extensions import db
    from participation.responses.models import Response
    from participation.surveys.models import Consultation

    with app.app_context():
        try:
            consultation = db.session.scalar(select(Consultation.id).where(Consultation.code == CODE))
            where = Response.consultation_id == consultation
            total = db.session.scalar(select(func.count()).select_from(Response).where(where)) or 0
            keys = db.session.scalar(select(func.count(distinct(Response.submission_key))).where(where)) or 0
            return int(total), int(keys)
        finally:
            db.session.remove()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and localhost), valid for a day, and its key: PEM files, the key 0600."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Heard bench 127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    return cert_path, key_path


class Machine:
    """One app machine: gunicorn as deploy/heard.service starts it (gunicorn.conf.py, its worker and logger), on a
    loopback port, in a session of its own; stopped by its process id."""

    def __init__(self, name: str, env: dict[str, str], log: Path, workers: int, threads: int) -> None:
        self.name = name
        self.port = common.free_port(HOST)
        self.log = log
        command = [
            *common.gunicorn_command(),
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--keep-alive",
            "75",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
            "--error-logfile",
            str(log),
            "wsgi:app",
        ]
        # The app's own warnings (wsgi.py's logging) go to stderr, as under systemd to the journal: into the log too.
        with log.open("ab") as output:
            self.process = subprocess.Popen(
                command,
                env=env,
                cwd=str(ROOT),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def door(self) -> Door:
        return Door(self.name, "http", self.port)

    def wait_ready(self, timeout: float = 120.0) -> None:
        common.wait_for_page(self.process, self.port, "/help", f"machine {self.name}", self.tail, timeout)

    def lines(self) -> list[str]:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []

    def tail(self, count: int = 20) -> str:
        return "\n".join(self.lines()[-count:]) or "(log empty)"

    def stop(self) -> None:
        common.stop_process(self.process, timeout=20)


@dataclass(frozen=True)
class Swap:
    """One change deploy/nginx.conf needs to run here; ``count`` is how often the text must be found."""

    old: str
    new: str
    count: int


def nginx_site(machines: list[Machine], tls_port: int, http_port: int, cert: Path, key: Path, folder: Path) -> str:
    """deploy/nginx.conf with the bench's names, addresses, ports, certificate and folders, and one bench-only header.
    Every swap must find its text exactly as often as expected, or the bench stops: what runs is what is shipped."""
    site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    upstreams = re.findall(r"^    server 10\.0\.0\.\d+:8000( [^;]*);\n", site, flags=re.MULTILINE)
    if len(upstreams) < 2:
        raise RuntimeError("deploy/nginx.conf: expected the upstream's machines as `server 10.0.0.N:8000 ...;` lines")
    first = re.search(r"^    server 10\.0\.0\.\d+:8000[^;]*;\n", site, flags=re.MULTILINE)
    assert first is not None
    ours = "".join(f"    server {HOST}:{machine.port}{upstreams[0]};\n" for machine in machines)
    site = re.sub(r"^    server 10\.0\.0\.\d+:8000[^;]*;\n", "", site, flags=re.MULTILINE)
    site = site[: first.start()] + ours + site[first.start() :]
    swaps = [
        Swap("listen 80;", f"listen {HOST}:{http_port};", 1),
        Swap("    listen [::]:80;\n", "", 1),
        Swap("listen 443 ssl http2;", f"listen {HOST}:{tls_port} ssl http2;", 1),
        Swap("    listen [::]:443 ssl http2;\n", "", 1),
        Swap("server_name heard.example.gov.uk;", f"server_name {HOST};", 2),
        Swap(
            "return 301 https://heard.example.gov.uk$request_uri;",
            f"return 301 https://{HOST}:{tls_port}$request_uri;",
            1,
        ),
        Swap("/etc/ssl/heard/fullchain.pem", str(cert), 1),
        Swap("/etc/ssl/heard/privkey.pem", str(key), 1),
        Swap("/srv/heard/participation/static/", f"{ROOT}/participation/static/", 2),
        Swap("/var/log/nginx/heard-error.log", str(folder / "heard-error.log"), 1),
        Swap(
            "        proxy_pass http://heard;\n",
            "        proxy_pass http://heard;\n        add_header X-Heard-Node $upstream_addr always;  # bench only\n",
            1,
        ),
    ]
    for swap in swaps:
        found = site.count(swap.old)
        if found != swap.count:
            raise RuntimeError(f"deploy/nginx.conf: {swap.old.strip()!r} found {found} times, expected {swap.count}")
        site = site.replace(swap.old, swap.new)
    return site


def nginx_main(folder: Path, site: Path, user: str | None) -> str:
    """The rest of what Debian's /etc/nginx/nginx.conf gives a site, pointed at the temporary folder."""
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        "daemon off;\n"
        "worker_processes 2;\n" + (f"user {user};\n" if user else "") + f"pid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'nginx-error.log'} warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        "    default_type application/octet-stream;\n"
        "    sendfile on;\n"
        "    tcp_nopush on;\n"
        "    access_log off;\n"
        f"{temp}\n"
        f"    include {site};\n"
        "}\n"
    )


class Nginx:
    def __init__(self, program: str, folder: Path, main: Path) -> None:
        self.arguments = [program, "-e", str(folder / "nginx-error.log"), "-p", str(folder), "-c", str(main)]
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None

    def test(self) -> tuple[bool, str]:
        result = subprocess.run([*self.arguments, "-t"], capture_output=True, text=True, timeout=30)
        return result.returncode == 0, (result.stderr + result.stdout).strip()

    def start(self, port: int) -> None:
        self.process = subprocess.Popen(
            self.arguments,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode}: {self.log_tail()}")
            try:
                socket.create_connection((HOST, port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"nginx did not listen on {port}: {self.log_tail()}")

    def log_tail(self) -> str:
        lines = []
        for name in ("nginx-error.log", "heard-error.log"):
            try:
                lines += (self.folder / name).read_text(errors="replace").splitlines()[-10:]
            except OSError:
                pass
        return "\n".join(lines)

    def stop(self) -> None:
        common.stop_process(self.process)  # SIGTERM: nginx's fast shutdown, master and workers


# --- the run ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    url: str
    redis_url: str
    workers: int
    threads: int
    pairs: int
    load_users: int
    load_seconds: float
    keep_database: bool


def parse_settings() -> Settings:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_MULTI_DATABASE_URL", DEFAULT_DATABASE_URL),
        help=f"PostgreSQL database to drop and recreate; its name must start with heard_load (default "
        f"$BENCH_MULTI_DATABASE_URL or {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument(
        "--redis-url", default=DEFAULT_REDIS_URL, help=f"Redis for the counts (default {DEFAULT_REDIS_URL})"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per machine (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (default 4)")
    parser.add_argument("--pairs", type=int, default=10, help="submits each sent to both machines at once (default 10)")
    parser.add_argument("--load-users", type=int, help="bench/load.py's young people at once (default 20; 5 --quick)")
    parser.add_argument("--load-seconds", type=float, help="bench/load.py's duration (default 30; 10 --quick)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: a shorter load")
    parser.add_argument("--keep-database", action="store_true", help="leave the database behind to look at")
    args = parser.parse_args()
    if min(args.workers, args.threads, args.pairs) < 1:
        parser.error("--workers, --threads and --pairs must be positive")
    url = "postgresql://" + args.database_url.split("://", 1)[1]
    load.database_name(url)  # refuses any name not starting with heard_load
    users = args.load_users if args.load_users is not None else (5 if args.quick else 20)
    seconds = args.load_seconds if args.load_seconds is not None else (10.0 if args.quick else 30.0)
    return Settings(url, args.redis_url, args.workers, args.threads, args.pairs, users, seconds, args.keep_database)


class Run:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.folder = Path(tempfile.mkdtemp(prefix="heard-multi-"))
        self.prefix = f"heard-bench-{secrets.token_hex(6)}"
        self.machines: list[Machine] = []
        self.nginx: Nginx | None = None
        self.created = False
        self.verdicts = Verdicts()
        self.redis: Any = None

    # set-up

    def needs(self) -> str | None:
        """What is missing to run at all, or None."""
        if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
            return "nginx is not installed (apt-get install nginx)"
        try:
            import redis

            self.redis = redis.Redis.from_url(self.settings.redis_url, socket_connect_timeout=2)
            self.redis.ping()
        except Exception as error:  # noqa: BLE001 - say what is missing, not a traceback
            return f"Redis at {self.settings.redis_url} could not be used: {error}"
        return None

    def environment(self, keys: dict[str, str], tls_port: int) -> dict[str, str]:
        """One environment for every machine, as /etc/heard/heard.env is one file copied to each."""
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("HEARD_", "RATELIMIT_", "BENCH_"))
            and name.lower() not in ("http_proxy", "https_proxy", "all_proxy", "flask_debug")
        }
        env.update(keys)
        env.update(
            DATABASE_URL=self.settings.url,
            RATELIMIT_STORAGE_URI=self.settings.redis_url,
            RATELIMIT_KEY_PREFIX=self.prefix,
            HEARD_PROXY_HOPS="1",
            HEARD_BASE_URL=f"https://{HOST}:{tls_port}",
            HEARD_AUDIO_DIR=str(self.folder / "shared-audio"),
            HEARD_READ_ALOUD="off",
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        )
        return env

    def start_nginx(self, tls_port: int, http_port: int) -> tuple[Path, str]:
        cert, key = self_signed_certificate(self.folder)
        site_path = self.folder / "heard.conf"
        site_path.write_text(nginx_site(self.machines, tls_port, http_port, cert, key, self.folder), encoding="utf-8")
        user = None
        if os.geteuid() == 0:
            # As root, nginx's workers run as Debian's www-data: they need to reach their temporary folders.
            user = "www-data" if _has_user("www-data") else "nobody"
            account = pwd.getpwnam(user)
            self.folder.chmod(0o711)
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
                (self.folder / kind).mkdir(mode=0o700)
                os.chown(self.folder / kind, account.pw_uid, account.pw_gid)
        main = self.folder / "nginx.conf"
        main.write_text(nginx_main(self.folder, site_path, user), encoding="utf-8")
        program = shutil.which("nginx") or "/usr/sbin/nginx"
        self.nginx = Nginx(program, self.folder, main)
        ok, said = self.nginx.test()
        version = subprocess.run([program, "-v"], capture_output=True, text=True).stderr.strip()
        self.verdicts.check(ok, "nginx -t accepts deploy/nginx.conf (swapped for the bench)", f"{version}")
        if not ok:
            print(said)
            raise RuntimeError("nginx refused the configuration")
        self.nginx.start(tls_port)
        return cert, version

    def bench(self) -> int:
        settings = self.settings
        missing = self.needs()
        if missing:
            print(missing, file=sys.stderr)
            return 2
        try:
            version = load.recreate_database(settings.url)
        except Exception as error:  # noqa: BLE001
            print(f"PostgreSQL could not be used: {error}", file=sys.stderr)
            return 2
        self.created = True
        keys = load.run_keys()
        os.environ.update(keys)  # this process reads the same database with the same keys, as a third machine would
        began = time.perf_counter()
        common.migrate_and_load_demo(load.make_app(settings.url, TESTING=True))
        app = load.make_app(settings.url)
        print(
            f"database: PostgreSQL {version}, {load.database_name(settings.url)}, demo loaded in "
            f"{time.perf_counter() - began:.1f} s"
        )

        tls_port, http_port = common.free_port(HOST), common.free_port(HOST)
        env = self.environment(keys, tls_port)
        for name in ("A", "B"):
            machine = Machine(name, env, self.folder / f"machine-{name}.log", settings.workers, settings.threads)
            self.machines.append(machine)
        for machine in self.machines:
            machine.wait_ready()
        import gunicorn
        import redis

        print(
            f"machines: A on {HOST}:{self.machines[0].port}, B on {HOST}:{self.machines[1].port}: gunicorn "
            f"{gunicorn.__version__} --config gunicorn.conf.py, {settings.workers} workers x {settings.threads} "
            f"threads each, one environment (HEARD_PROXY_HOPS=1, Redis, one shared audio folder); "
            f"{os.cpu_count()} CPUs shared by everything here"
        )
        redis_version = self.redis.info("server").get("redis_version", "?")
        print(
            f"redis: {redis_version} at {settings.redis_url} (redis-py {redis.__version__}), key prefix {self.prefix}"
        )
        cert, nginx_version = self.start_nginx(tls_port, http_port)
        print(
            f"nginx: {nginx_version}, https://{HOST}:{tls_port} (TLS, self-signed certificate for {HOST} made with "
            f"the cryptography package) and http://{HOST}:{http_port} (redirects only), deploy/nginx.conf with the "
            "bench's names, addresses, ports and paths, plus an X-Heard-Node header (bench only)"
        )
        context = ssl.create_default_context(cafile=str(cert))
        nginx = Door("nginx", "https", tls_port, context)
        a, b = (machine.door for machine in self.machines)

        checks: list[tuple[str, Callable[[], None]]] = [
            ("units", self.check_units),
            ("tls", lambda: self.check_tls_and_compression(nginx, cert, http_port)),
            ("spread", lambda: self.check_spread(nginx)),
            ("sign-in", lambda: self.check_sign_in_limits(a, b, nginx)),
            ("sessions", lambda: self.check_sessions(app, a, b)),
            ("receipts", lambda: self.check_receipts(app, a, b, nginx)),
            ("submit", lambda: self.check_one_response_per_submit(app, a, b)),
            ("timers", lambda: self.check_timers(env)),
            ("keys", lambda: self.check_other_keys(env)),
            ("redis", self.check_redis_keys),
        ]
        for name, run_check in checks:
            common.heading(name)
            try:
                run_check()
            except Exception as error:  # noqa: BLE001 - one check failing must not hide the others
                self.verdicts.check(False, f"{name}: {type(error).__name__}: {error}")
        common.heading("load through nginx (bench/load.py --base-url)")
        self.check_load(nginx, cert, env)
        common.heading("the machines' logs")
        self.check_logs()
        return self.summary()

    # the checks

    def check_units(self) -> None:
        analyse = shutil.which("systemd-analyze")
        units = sorted(DEPLOY.glob("heard*.service")) + sorted(DEPLOY.glob("heard*.timer"))
        if analyse is None:
            print(f"SKIP: systemd-analyze verify ({len(units)} units in deploy/): systemd is not installed here")
            return
        # Verified as written, with the programs and the environment file that exist only on a real machine swapped
        # for ones that exist here.
        folder = self.folder / "units"
        folder.mkdir()
        for unit in units:
            text = unit.read_text(encoding="utf-8")
            text = text.replace("/srv/heard/.venv/bin/gunicorn", "/bin/true").replace(
                "/srv/heard/.venv/bin/flask", "/bin/true"
            )
            text = text.replace("EnvironmentFile=/etc/heard/heard.env", "EnvironmentFile=-/etc/heard/heard.env")
            (folder / unit.name).write_text(text, encoding="utf-8")
        result = subprocess.run(
            [analyse, "verify", *(str(folder / unit.name) for unit in units)], capture_output=True, text=True
        )
        said = (result.stdout + result.stderr).strip()
        self.verdicts.check(
            result.returncode == 0 and not said,
            "systemd-analyze verify: the gunicorn unit and the timers in deploy/",
            ", ".join(unit.name for unit in units) + (f"; said: {said}" if said else ""),
        )

    def check_tls_and_compression(self, nginx: Door, cert: Path, http_port: int) -> None:
        probe = ssl.create_default_context(cadata=Path(cert).read_text(encoding="ascii"))
        probe.set_alpn_protocols(["h2", "http/1.1"])
        with socket.create_connection((HOST, nginx.port), timeout=10) as raw:
            with probe.wrap_socket(raw, server_hostname=HOST) as tls:
                version, protocol, cipher = tls.version(), tls.selected_alpn_protocol(), tls.cipher()
        self.verdicts.check(
            version == "TLSv1.3" and protocol == "h2",
            "TLS ends at nginx, HTTP/2 offered",
            f"{version}, {cipher[0] if cipher else '?'}, ALPN {protocol}",
        )
        plain = http.client.HTTPConnection(HOST, http_port, timeout=10)
        plain.request("GET", f"/s/{CODE}?band=12-17", headers={"Host": HOST})
        moved = plain.getresponse()
        moved.read()
        plain.close()
        location = moved.getheader("Location") or ""
        self.verdicts.check(
            moved.status == 301 and location == f"https://{HOST}:{nginx.port}/s/{CODE}?band=12-17",
            "plain HTTP only redirects to HTTPS, to the configured name",
            f"{moved.status} -> {location}",
        )

        browser = Browser()
        sizes = {}
        for accepted, expected in (("br, gzip", "br"), ("gzip", "gzip"), ("identity", None)):
            page = browser.request(nginx, "GET", f"/s/{CODE}?band=12-17", extra={"Accept-Encoding": accepted})
            encoding = page.headers.get("content-encoding")
            body = page.body
            if encoding == "br":
                body = brotli.decompress(body)
            elif encoding == "gzip":
                body = gzip.decompress(body)
            sizes[accepted] = (encoding, len(page.body), len(body))
            self.verdicts.check(
                page.status == 200 and encoding == expected and b"<html" in body,
                f"a page through nginx, accepting {accepted}: {expected or 'not'} compressed",
                f"{len(page.body):,} bytes on the wire, {len(body):,} as HTML, by machine {page.node or '?'}",
            )
        hsts = browser.request(nginx, "GET", "/help").headers.get("strict-transport-security", "")
        self.verdicts.check("max-age=31536000" in hsts, "HSTS on pages served through nginx", hsts)

        static = ROOT / "participation" / "static"
        path = (
            "/static/" + json.loads((static / "build" / "manifest.json").read_text(encoding="utf-8"))["build/young.css"]
        )
        css = browser.request(nginx, "GET", path, extra={"Accept-Encoding": "gzip"})
        raw = (static / path.removeprefix("/static/")).stat().st_size
        self.verdicts.check(
            css.status == 200
            and css.headers.get("content-encoding") == "gzip"
            and "immutable" in css.headers.get("cache-control", "")
            and "max-age=31536000" in css.headers.get("cache-control", "")
            and not css.node,
            "a digest-named stylesheet served by nginx itself (not a machine), gzip, a year, immutable",
            f"{path}: {len(css.body):,} bytes on the wire of {raw:,}; "
            f"Cache-Control: {css.headers.get('cache-control')}",
        )
        plain_css = browser.request(nginx, "GET", "/static/pack.css", extra={"Accept-Encoding": "gzip"})
        self.verdicts.check(
            plain_css.status == 200 and "max-age=86400" in plain_css.headers.get("cache-control", ""),
            "a plain-named static file: a day",
            f"/static/pack.css: Cache-Control: {plain_css.headers.get('cache-control')}",
        )

    def check_spread(self, nginx: Door) -> None:
        browser = Browser()
        nodes = collections.Counter(browser.request(nginx, "GET", "/help").node for _ in range(20))
        ports = {f"{HOST}:{machine.port}": machine.name for machine in self.machines}
        named = {ports.get(node, node or "?"): count for node, count in nodes.items()}
        self.verdicts.check(
            set(named) == {"A", "B"},
            "nginx spreads requests over both machines",
            ", ".join(f"{name}: {count}" for name, count in sorted(named.items())) + " of 20",
        )

    def sign_in_try(self, browser: Browser, form_door: Door, post_door: Door, email: str) -> Answer:
        page = browser.request(form_door, "GET", "/staff/sign-in")
        return browser.request(
            post_door,
            "POST",
            "/staff/sign-in",
            [("email", email), ("password", "not the password"), ("csrf_token", token_of(page))],
        )

    def check_sign_in_limits(self, a: Door, b: Door, nginx: Door) -> None:
        # One client (as nginx reports it) mistyping one account's password, its tries spread over both machines.
        client = "203.0.113.10"
        doors = [Door("A", a.scheme, a.port, forwarded_for=client), Door("B", b.scheme, b.port, forwarded_for=client)]
        browser = Browser()
        seen = []
        said = ""
        for number in range(SIGN_IN_LIMIT + 2):
            door = doors[number % 2]
            answer = self.sign_in_try(browser, door, door, "nobody-a@northshire.example")
            seen.append(f"{door.name}:{answer.status}")
            said = said or page_says(answer)
        expected = [f"{'AB'[n % 2]}:{400 if n < SIGN_IN_LIMIT else 429}" for n in range(SIGN_IN_LIMIT + 2)]
        self.verdicts.check(
            seen == expected,
            f"failed sign-ins counted once across machines: the {SIGN_IN_LIMIT + 1}th is refused on both "
            f"(counted per machine, {2 * SIGN_IN_LIMIT} would get through)",
            " ".join(seen) + f"; the page said {said!r}",
        )
        # Through nginx: two clients on two addresses, each counted on its own (HEARD_PROXY_HOPS=1).
        first = Door("nginx from 127.0.0.2", "https", nginx.port, nginx.context, source="127.0.0.2")
        second = Door("nginx from 127.0.0.3", "https", nginx.port, nginx.context, source="127.0.0.3")
        browser = Browser()
        tries = [
            self.sign_in_try(browser, first, first, "nobody-b@northshire.example") for _ in range(SIGN_IN_LIMIT + 1)
        ]
        other = self.sign_in_try(Browser(), second, second, "nobody-b@northshire.example")
        statuses = [answer.status for answer in tries]
        nodes = collections.Counter(answer.node for answer in tries)
        self.verdicts.check(
            statuses == [400] * SIGN_IN_LIMIT + [429] and other.status == 400,
            "through nginx each client has its own count: 127.0.0.2 refused after 5, 127.0.0.3 still let in",
            f"127.0.0.2: {' '.join(map(str, statuses))} (posts answered by {len(nodes)} machines); "
            f"127.0.0.3: {other.status}",
        )

    def check_sessions(self, app: Any, a: Door, b: Door) -> None:
        from participation.accounts import totp

        secret = enrol_authenticator(app, WORKER_EMAIL)
        at = {
            "A": Door("A", a.scheme, a.port, forwarded_for="203.0.113.20"),
            "B": Door("B", b.scheme, b.port, forwarded_for="203.0.113.20"),
        }
        browser = Browser()
        page = browser.request(at["A"], "GET", "/staff/sign-in")
        posted = browser.request(
            at["B"],
            "POST",
            "/staff/sign-in",
            [("email", WORKER_EMAIL), ("password", DEMO_PASSWORD), ("csrf_token", token_of(page))],
        )
        code_page = browser.request(at["A"], "GET", "/staff/sign-in/code")
        code = totp.code_for(secret)
        signed = browser.request(
            at["B"], "POST", "/staff/sign-in/code", [("code", code), ("csrf_token", token_of(code_page))]
        )
        on_a = browser.request(at["A"], "GET", "/staff/")
        on_b = browser.request(at["B"], "GET", "/staff/")
        ok = (
            posted.status == 302
            and posted.headers.get("location", "").endswith("/staff/sign-in/code")
            and code_page.status == 200
            and signed.status == 302
            and on_a.status == on_b.status == 200
            and "Sign out" in on_a.text
            and "Sign out" in on_b.text
        )
        self.verdicts.check(
            ok,
            "a staff session crosses machines: sign-in form from A, password to B, code form from A, code to B, "
            "then signed in on A and on B",
            f"{posted.status} {code_page.status} {signed.status} / A {on_a.status}, B {on_b.status}",
        )
        # The same authenticator code again, on the other machine: refused (its step is recorded in the database).
        again = Browser()
        page = again.request(at["B"], "GET", "/staff/sign-in")
        again.request(
            at["B"],
            "POST",
            "/staff/sign-in",
            [("email", WORKER_EMAIL), ("password", DEMO_PASSWORD), ("csrf_token", token_of(page))],
        )
        code_page = again.request(at["A"], "GET", "/staff/sign-in/code")
        replay = again.request(
            at["A"], "POST", "/staff/sign-in/code", [("code", code), ("csrf_token", token_of(code_page))]
        )
        self.verdicts.check(
            replay.status == 400,
            "an authenticator code used through machine B is refused when replayed on machine A",
            f"{replay.status}",
        )
        # Signing out on A ends the session everywhere: a copy of the cookie is refused on B.
        copied = browser.copy()
        out = browser.request(at["A"], "POST", "/staff/sign-out", [("csrf_token", token_of(on_a, "/staff/sign-out"))])
        after = copied.request(at["B"], "GET", "/staff/")
        self.verdicts.check(
            out.status == 200 and after.status == 302 and "/staff/sign-in" in after.headers.get("location", ""),
            "signed out on A: a copy of the session cookie is refused on B",
            f"sign-out {out.status}; B then {after.status} -> {after.headers.get('location', '')}",
        )

    def check_receipts(self, app: Any, a: Door, b: Door, nginx: Door) -> None:
        words = f"family time at the weekend {secrets.token_hex(3)}"
        browser = Browser()
        only_a = alternating(a)
        check, _seen = to_check_page(browser, only_a, words)
        receipt, _sent = send(browser, only_a, check)
        stored = stored_text_of(app, receipt)
        reader = Browser()
        form = reader.request(b, "GET", "/receipt")
        opened = reader.request(b, "POST", "/receipt", [("code", receipt), ("csrf_token", token_of(form))])
        self.verdicts.check(
            opened.status == 200 and stored == words and words in opened.text and "Your answers" in opened.text,
            "a receipt code given by machine A opens the answers on machine B",
            f"receipt {receipt[:3]}…, the free text stored and shown on B: {stored == words and words in opened.text}",
        )
        # A whole journey with every request to the other machine in turn, then one through nginx.
        words = f"more things to do after school {secrets.token_hex(3)}"
        browser = Browser()
        turns = alternating(a, b)
        check, seen = to_check_page(browser, turns, words)
        receipt, sent = send(browser, turns, check)
        reader = Browser()
        form = reader.request(a, "GET", "/receipt")
        opened = reader.request(a, "POST", "/receipt", [("code", receipt), ("csrf_token", token_of(form))])
        by = collections.Counter(answer.door for answer in seen + sent)
        self.verdicts.check(
            opened.status == 200 and words in opened.text,
            "a journey answered on A and B in turn (each request on the other machine) is stored and opened",
            f"{sum(by.values())} requests: " + ", ".join(f"{name} {count}" for name, count in sorted(by.items())),
        )
        words = f"my PA is who I ring first {secrets.token_hex(3)}"
        browser = Browser()
        through = alternating(nginx)
        check, seen = to_check_page(browser, through, words)
        receipt, sent = send(browser, through, check)
        ports = {f"{HOST}:{machine.port}": machine.name for machine in self.machines}
        by = collections.Counter(ports.get(answer.node, "?") for answer in seen + sent)
        form = reader.request(nginx, "GET", "/receipt")
        opened = reader.request(nginx, "POST", "/receipt", [("code", receipt), ("csrf_token", token_of(form))])
        self.verdicts.check(
            opened.status == 200 and words in opened.text and len(by) == 2,
            "a journey through nginx, spread over both machines, is stored and its receipt opens it",
            f"{sum(by.values())} requests: " + ", ".join(f"{name} {count}" for name, count in sorted(by.items())),
        )

    def check_one_response_per_submit(self, app: Any, a: Door, b: Door) -> None:
        pairs = self.settings.pairs
        ready: list[tuple[Browser, Answer]] = []
        for number in range(pairs):
            browser = Browser()
            check, _seen = to_check_page(browser, alternating(a), f"two taps at once {number}")
            ready.append((browser, check))
        before, _ = responses_stored(app)
        outcomes: list[tuple[int, int, float, float, float, float]] = []
        for browser, check in ready:
            data = [("csrf_token", token_of(check))]
            results: dict[str, tuple[int, float, float]] = {}
            gate = threading.Barrier(2)
            threads = [
                threading.Thread(target=_fire, args=(door, browser.copy(), data, gate, results)) for door in (a, b)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            (sa, a0, a1), (sb, b0, b1) = results["A"], results["B"]
            outcomes.append((sa, sb, a0, a1, b0, b1))
        after, distinct_after = responses_stored(app)
        statuses = collections.Counter(f"A {sa} / B {sb}" for sa, sb, *_ in outcomes)
        overlapping = sum(1 for _sa, _sb, a0, a1, b0, b1 in outcomes if max(a0, b0) < min(a1, b1))
        gap = [abs(a0 - b0) * 1000 for _sa, _sb, a0, _a1, b0, _b1 in outcomes]
        self.verdicts.check(
            after - before == pairs and distinct_after == after and set(statuses) == {"A 302 / B 302"},
            f"the same submit sent to both machines at once stores exactly one response ({pairs} times)",
            f"new responses {after - before} for {pairs} drafts; answers {dict(statuses)}; both in flight together "
            f"{overlapping} of {pairs} times, sent {max(gap):.1f} ms apart at most",
        )

    def check_timers(self, env: dict[str, str]) -> None:
        from sqlalchemy import create_engine, text

        from participation.ops.one_machine import LOCK_SPACE, lock_key

        engine = create_engine(common.sqlalchemy_url(self.settings.url))
        flask = [str(Path(sys.executable).parent / "flask"), "--app", "wsgi", "analysis", "escalate"]
        key = {"space": LOCK_SPACE, "key": lock_key("safeguarding escalation")}
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as holder:
                holder.execute(text("SELECT pg_advisory_lock(:space, :key)"), key)
                try:
                    held = subprocess.run(flask, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
                finally:
                    holder.execute(text("SELECT pg_advisory_unlock(:space, :key)"), key)
            free = subprocess.run(flask, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        finally:
            engine.dispose()
        said_held, said_free = held.stdout.strip().splitlines(), free.stdout.strip().splitlines()
        self.verdicts.check(
            held.returncode == 0
            and "Another machine is doing this" in held.stdout
            and free.returncode == 0
            and "Escalated" in free.stdout,
            "timers on every machine: escalate waits while another machine escalates, then runs",
            f"while held: {said_held[-1] if said_held else held.stderr.strip()[-200:]!r}; "
            f"after: {said_free[-2] if len(said_free) > 1 else free.stderr.strip()[-200:]!r}",
        )

    def check_other_keys(self, env: dict[str, str]) -> None:
        other = dict(env, SECRET_KEY=secrets.token_hex(32))
        machine = Machine("C", other, self.folder / "machine-C.log", 1, 2)
        try:
            status = machine.process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            status = None
        finally:
            machine.stop()
        log = "\n".join(machine.lines())
        named = "This machine's SECRET_KEY differ" in log and other["SECRET_KEY"] not in log
        self.verdicts.check(
            status == 3 and named,
            "a third machine given another SECRET_KEY refuses to start, naming the key (never showing it)",
            f"gunicorn exited with {status}; its log: "
            + next(
                (
                    line.split("Heard will not serve: ")[1][:90] + "…"
                    for line in log.splitlines()
                    if "will not serve" in line
                ),
                "nothing",
            ),
        )

    def check_redis_keys(self) -> None:
        keys = [key.decode() for key in self.redis.scan_iter(match=f"*{self.prefix}*")]
        clear = [key for key in keys if re.search(r"127\.0\.0\.|203\.0\.113\.|@", key)]
        routes = sorted({part for key in keys for part in key.split("/") if "." in part and "_" in part})
        self.verdicts.check(
            bool(keys) and not clear,
            "rate-limit counts are in Redis, shared, with no address or email in clear",
            f"{len(keys)} keys under the run's prefix, for {', '.join(routes) or '?'}; {len(clear)} holding an address",
        )

    def check_load(self, nginx: Door, cert: Path, env: dict[str, str]) -> None:
        settings = self.settings
        command = [
            sys.executable,
            str(common.BENCH / "load.py"),
            "--base-url",
            f"https://{HOST}:{nginx.port}",
            "--cafile",
            str(cert),
            "--database-url",
            settings.url,
            "--users",
            str(settings.load_users),
            "--seconds",
            f"{settings.load_seconds:g}",
        ]
        print("$ " + " ".join(command[1:]).replace(str(ROOT) + "/", ""))
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert process.stdout is not None
        output = []
        for line in process.stdout:
            output.append(line.rstrip("\n"))
            print(f"  | {line}", end="")
        status = process.wait()
        last = next((line for line in reversed(output) if line.startswith(("OK", "FAILED"))), "")
        requests = next((line for line in output if line.startswith("total requests:")), "")
        self.verdicts.check(
            status == 0 and last.startswith("OK: 0 errors"),
            "bench/load.py through nginx: no errors, every submission stored once",
            f"{last}; {requests.removeprefix('total requests:').strip()}",
        )

    def check_logs(self) -> None:
        for machine in self.machines:
            lines = machine.lines()
            bad = [line for line in lines if re.search(r"\b(ERROR|CRITICAL)\b|Traceback", line)]
            for line in lines[-8:]:
                print(f"  {machine.name} | {line}")
            self.verdicts.check(
                not bad, f"machine {machine.name}'s log has no errors", f"{len(lines)} lines, {len(bad)} errors"
            )
        if self.nginx is not None:
            tail = self.nginx.log_tail()
            emerg = [line for line in tail.splitlines() if "[emerg]" in line or "[crit]" in line or "[alert]" in line]
            self.verdicts.check(not emerg, "nginx's logs have nothing critical", f"{len(emerg)} lines")

    def summary(self) -> int:
        common.heading("summary")
        print(f"{len(self.verdicts.passed)} PASS, {len(self.verdicts.failed)} FAIL")
        for what in self.verdicts.failed:
            print(f"  FAIL: {what}")
        return 0 if not self.verdicts.failed else 1

    def clean_up(self) -> None:
        if self.nginx is not None:
            try:
                self.nginx.stop()
            except Exception as error:  # noqa: BLE001 - keep cleaning up
                print(f"warning: could not stop nginx: {error}", file=sys.stderr)
        for machine in self.machines:
            try:
                machine.stop()
            except Exception as error:  # noqa: BLE001
                print(f"warning: could not stop machine {machine.name}: {error}", file=sys.stderr)
        if self.redis is not None:
            try:
                keys = list(self.redis.scan_iter(match=f"*{self.prefix}*"))
                if keys:
                    self.redis.delete(*keys)
                self.redis.close()
            except Exception as error:  # noqa: BLE001
                print(f"warning: could not delete the run's Redis keys: {error}", file=sys.stderr)
        if self.created and not self.settings.keep_database:
            try:
                load.drop_database(self.settings.url)
            except Exception as error:  # noqa: BLE001
                print(f"warning: could not drop the database: {error}", file=sys.stderr)
        elif self.created:
            print(f"database kept: {self.settings.url}")
        shutil.rmtree(self.folder, ignore_errors=True)


def _fire(
    door: Door,
    twin: Browser,
    data: list[tuple[str, str]],
    gate: threading.Barrier,
    results: dict[str, tuple[int, float, float]],
) -> None:
    """One of two taps on "Send my answers" at once: connected first, then sent when the other is ready too."""
    connection, request = twin.prepare(door, "POST", f"/s/{CODE}/check", data, None)
    connection.connect()
    gate.wait()
    began = time.perf_counter()
    connection.request(**request)
    answer = twin.finish(door, connection, request["url"])
    results[door.name] = (answer.status, began, time.perf_counter())


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def interrupted(signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def main() -> int:
    settings = parse_settings()
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    print("Heard on more than one machine: two app machines behind nginx, one PostgreSQL, one Redis")
    run = Run(settings)
    try:
        return run.bench()
    except KeyboardInterrupt:
        print("\ninterrupted: stopping nginx and the machines, removing the database", file=sys.stderr)
        return 130
    finally:
        run.clean_up()


if __name__ == "__main__":
    sys.exit(main())
