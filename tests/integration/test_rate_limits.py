"""Rate limits (TRUST.md: rate-limited sign-in; printed invite codes cannot be guessed by brute force).

1. With the default memory storage the sign-in and respondent limits apply and answer with a kind, translated 429
   page, never a stack trace.
2. With ``RATELIMIT_STORAGE_URI=redis://...`` two workers (two processes, each with its own ``create_app``, as
   gunicorn runs them) share one count, so the limit holds however requests are spread over workers. The same run
   with memory storage shows that without Redis they do not, so the test can fail.
3. If Redis goes away, a young person can still answer (an invite code still starts the survey), nothing turns into
   an error page, sign-in stays limited (each worker counts in its own memory meanwhile: see ``config.py``), the
   fallback is logged, and the workers go back to Redis when it returns.

The Redis tests skip only when Redis is unreachable and CI is not "true"; in CI they must run. Their keys carry a
prefix unique to the run (``RATELIMIT_KEY_PREFIX``) and are deleted afterwards.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask_babel import force_locale, gettext, ngettext
from sqlalchemy import select

from participation.extensions import db
from participation.organisations.models import Organisation
from tests import factories
from tests.pages import parse

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("HEARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SIGN_IN_LIMIT = 5  # "5 per minute;20 per hour" for one address and email (participation/accounts/routes.py)
ACCOUNT_LIMIT = 10  # "10 per 10 minutes" for one email from any address (participation/accounts/routes.py)
CODE_LIMIT = 10  # "10 per minute" receipt or resume codes from one address (participation/responses/limits.py)
INVITE_LIMIT = 20  # "20 per minute" for one address, typed or scanned (participation/responses/limits.py)


def page_of(response: Any) -> BeautifulSoup:
    return parse(response)


def translated(app: Any, language: str, text: str) -> str:
    with app.test_request_context(), force_locale(language):
        return str(gettext(text))


WAIT = {
    "minute": ("Please wait %(num)d minute, then try again.", "Please wait %(num)d minutes, then try again."),
    "hour": ("Please wait %(num)d hour, then try again.", "Please wait %(num)d hours, then try again."),
}
WINDOW = {"minute": 60, "hour": 3600}


def waited(app: Any, language: str, unit: str, number: int = 1) -> str:
    with app.test_request_context(), force_locale(language):
        return str(ngettext(*WAIT[unit], number))


def assert_kind_429(app: Any, response: Any, language: str, window: str = "minute") -> None:
    """A kind, translated page that says how long to wait, as long as the limit's own window (a minute, an hour), not
    "a few minutes" whatever the limit; and the same wait, in seconds, in the Retry-After header."""
    body = response.get_data(as_text=True)
    page = page_of(response)
    assert response.status_code == 429
    assert "Traceback" not in body and "per 1 minute" not in body  # no internals, no limit arithmetic
    title = translated(app, language, "Too many tries")
    if language != "en":
        assert title != "Too many tries", f"no {language} translation of the 429 page"
    assert page.find("h1").get_text(strip=True) == title
    assert waited(app, language, window) in page.get_text()
    if language != "en":
        assert waited(app, language, window) != waited(app, "en", window), f"no {language} translation of the wait"
    assert "a few minutes" not in page.get_text() and "ychydig funudau" not in page.get_text()
    # The window has just begun: the wait is the window, to the second the test took to get here.
    assert WINDOW[window] - 60 < int(response.headers["Retry-After"]) <= WINDOW[window]
    assert page.find("html")["lang"] == language


# --- 1. memory storage, in this process ---------------------------------------------------------------------------


def sign_in_attempt(client: Any, email: str, query: str = "") -> Any:
    page = page_of(client.get("/staff/sign-in"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    return client.post(
        f"/staff/sign-in{query}", data={"email": email, "password": "not the password", "csrf_token": token}
    )


def test_sign_in_is_limited_with_a_kind_translated_page(app, client):
    from participation.accounts.models import Role

    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.ORGANISATION_ADMIN)
    for _attempt in range(SIGN_IN_LIMIT):
        response = sign_in_attempt(client, user.email)
        assert response.status_code == 400
        assert "Enter a correct email address and password" in response.get_data(as_text=True)
    refused = sign_in_attempt(client, user.email, "?lang=cy")
    assert_kind_429(app, refused, "cy")
    # Even the right password is refused now: the limit is on trying, not on failing.
    page = page_of(client.get("/staff/sign-in"))
    right = client.post(
        "/staff/sign-in",
        data={
            "email": user.email,
            "password": factories.STAFF_PASSWORD,
            "csrf_token": page.find("input", {"name": "csrf_token"})["value"],
        },
    )
    assert right.status_code == 429
    # The count is per address and account: someone else signing in from the same office is not locked out.
    assert sign_in_attempt(client, "someone.else@example.org").status_code == 400


def test_typed_invite_codes_are_limited_with_a_kind_page_in_the_young_persons_language(app, client):
    client.set_cookie("heard_lang", "ar")
    page = page_of(client.get("/i"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    for _attempt in range(INVITE_LIMIT):
        response = client.post("/i", data={"code": "ABCD-2345-E", "csrf_token": token})
        assert response.status_code == 400
    refused = client.post("/i", data={"code": "ABCD-2345-E", "csrf_token": token})
    assert_kind_429(app, refused, "ar")
    assert page_of(refused).find("html")["dir"] == "rtl"


def test_a_body_too_big_sent_after_the_limit_gets_the_kind_page_not_an_error(app, client):
    """The outside review: a 3 MB message to the request form for an advocate, already over its limit, answered 500
    ("something went wrong"), as the 429 page tried to keep what was typed and read a body too big to read."""
    with app.app_context():
        factories.consultation(code="yv")
    for _attempt in range(30):
        if client.post("/s/yv/ask", data={"kind": "call-back"}).status_code == 429:
            break
    huge = client.post("/s/yv/ask", data={"kind": "call-back", "phone": "07700900123", "message": "x" * 3_000_000})
    assert huge.status_code in (413, 429), huge.status_code
    assert "Sorry, something went wrong" not in huge.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/s/yv/ask", "/ask/{slug}"])
def test_a_body_too_big_does_not_open_the_limit_for_the_requests_after_it(app, client, path, caplog):
    """The fifth outside review (H1): a body too big to read, sent to a form whose limit lets worrying words through,
    made the check of those words fail; Flask-Limiter took that for its storage failing and counted in a fresh
    store in memory, so the next requests from the same address were let through the spent limit."""
    with app.app_context():
        consultation = factories.consultation(code="yv")
        slug = db.session.get(Organisation, consultation.organisation_id).slug
    url = path.format(slug=slug)
    plain = {"kind": "call-back", "phone": "07700900123", "message": "please ring"}
    refused = until_refused(lambda: client.post(url, data=plain), 30, "20 an hour")
    assert refused.status_code == 429
    huge = client.post(url, data={**plain, "message": "x" * 11_000_000})
    assert huge.status_code in (413, 429), huge.status_code
    for _again in range(3):
        assert client.post(url, data=plain).status_code == 429
    assert "Failed to rate limit" not in caplog.text and "falling back" not in caplog.text


def test_a_body_too_big_does_not_open_the_sign_in_limit(app, client, caplog):
    """The same (H1) for signing in, whose limits are keyed by the email typed: a huge post made reading it fail."""
    until_refused(lambda: sign_in_attempt(client, "someone@example.org"), 30, "5 a minute")
    page = page_of(client.get("/staff/sign-in"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    huge = client.post(
        "/staff/sign-in", data={"email": "someone@example.org", "password": "x" * 11_000_000, "csrf_token": token}
    )
    assert huge.status_code in (413, 429), huge.status_code
    for _again in range(3):
        assert sign_in_attempt(client, "someone@example.org").status_code == 429
    assert "Failed to rate limit" not in caplog.text and "falling back" not in caplog.text


def test_scanned_invite_codes_are_limited_too(app, client):
    for _attempt in range(INVITE_LIMIT):
        assert client.get("/i/ABCD2345EF").status_code == 404
    assert_kind_429(app, client.get("/i/ABCD2345EF?lang=pl"), "pl")


def test_answering_is_never_rate_limited(app, client):
    """A group session answers from one address: the pages a young person answers on carry no limit."""
    with app.app_context():
        consultation = factories.consultation(code="group")
    for _young_person in range(3 * INVITE_LIMIT):
        assert client.get(f"/s/{consultation.code}?band=12-17").status_code == 200


def test_pages_marked_never_limited_are_the_answering_pages_and_hold_no_limit(app):
    """The answering pages skip the limiter altogether (issue 16: working out that no limit applied cost every page of
    every journey). A limit added to one of them later would be skipped silently, so none may have one, no default
    or application limit may exist, and the mark is on exactly the pages a young person answers on."""
    from flask_limiter.util import get_qualified_name

    from participation.extensions import limiter
    from participation.responses.limits import NEVER_LIMITED

    marked = {endpoint for endpoint, view in app.view_functions.items() if getattr(view, NEVER_LIMITED, False)}
    assert marked == {"respond.begin", "respond.question", "respond.check", "respond.done"}
    manager = limiter.limit_manager
    assert not manager.default_limits and not manager.application_limits
    for endpoint in marked:
        assert not manager.decorated_limits(get_qualified_name(app.view_functions[endpoint])), endpoint
    with app.app_context():
        blueprints = {endpoint.split(".")[0] for endpoint in marked}
        assert all(not manager.blueprint_limits(app, blueprint) for blueprint in blueprints)


# --- 2. and 3. two workers, each a process with its own create_app --------------------------------------------------


def serve() -> None:
    """One stand-in gunicorn worker: ``create_app`` with the environment's settings, then requests read as JSON
    lines on stdin and answered as JSON lines on stdout (``@@`` marks ours)."""
    import logging

    from participation import create_app
    from participation.config import TEST_OVERRIDES
    from participation.extensions import db, limiter

    # As a production logging set-up would: warnings (Flask-Limiter's "falling back") reach the worker's log.
    logging.basicConfig(level=logging.WARNING)
    # The storage the environment asks for (unset: Heard's database), not the tests' per-process memory.
    overrides = {key: value for key, value in TEST_OVERRIDES.items() if key != "RATELIMIT_STORAGE_URI"}
    app = create_app({**overrides, "SQLALCHEMY_DATABASE_URI": os.environ["HEARD_WORKER_DATABASE"]})
    if os.environ.get("HEARD_WORKER_CREATE") == "1":
        with app.app_context():
            db.create_all()
    client = app.test_client()
    print("@@" + json.dumps({"storage": type(limiter.storage).__name__}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if command.get("seed"):
            print("@@" + json.dumps({"code": _seed(app)}), flush=True)
            continue
        data = dict(command.get("form") or {})
        if command.get("token_from"):
            page = page_of(client.get(command["token_from"]))
            data["csrf_token"] = page.find("input", {"name": "csrf_token"})["value"]
        response = client.open(
            command["path"],
            method=command.get("method", "GET"),
            data=data or None,
            follow_redirects=bool(command.get("follow")),
        )
        body = response.get_data(as_text=True)
        heading = page_of(response).find("h1")
        print(
            "@@"
            + json.dumps(
                {
                    "status": response.status_code,
                    "path": response.request.path,
                    "h1": heading.get_text(" ", strip=True) if heading else "",
                    "traceback": "Traceback" in body,
                }
            ),
            flush=True,
        )


def _seed(app: Any) -> str:
    """A published consultation with one printed invite code, in the workers' own database."""
    from participation.distribution import services as distribution
    from participation.extensions import db

    with app.app_context():
        consultation = factories.consultation(factories.organisation("Workershire"), code="workers")
        batch = distribution.create_batch(consultation, count=1, group=None, age_band="12-17")
        code = distribution.printed_codes(batch)[0].code
        db.session.commit()
        return code


class Worker:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        self.stderr = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from tests.integration.test_rate_limits import serve; serve()"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )
        self.answers: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._listen, daemon=True).start()
        self.storage = self._read()["storage"]

    def _listen(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("@@"):
                self.answers.put(line[2:])
        self.answers.put(None)

    def _read(self) -> dict[str, Any]:
        try:
            line = self.answers.get(timeout=120)  # a bound, not a measurement: a stuck worker fails the test
        except queue.Empty:
            line = None
        if line is None:
            raise AssertionError(f"worker stopped answering:\n{self.log.read_text()[-3000:]}")
        return dict(json.loads(line))

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self._read()

    def sign_in(self, email: str) -> int:
        answer = self.ask(
            method="POST",
            path="/staff/sign-in",
            token_from="/staff/sign-in",
            form={"email": email, "password": "not the password"},
        )
        assert not answer["traceback"]
        return int(answer["status"])

    def scan(self, code: str) -> dict[str, Any]:
        answer = self.ask(path=f"/i/{code}", follow=True)
        assert not answer["traceback"]
        return answer

    def stop(self) -> str:
        if self.stderr.closed:
            return self.log.read_text()
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.stderr.close()
        return self.log.read_text()


@pytest.fixture()
def prefix() -> Iterator[str]:
    """A key prefix unique to this test; every key under it is deleted afterwards."""
    wanted = f"heard-test-{uuid.uuid4().hex}"
    yield wanted
    try:
        import redis

        connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
        keys = list(connection.scan_iter(match=f"*{wanted}*"))
        if keys:
            connection.delete(*keys)
        connection.close()
    except Exception:  # noqa: BLE001 - Redis was not there to begin with: nothing to clean
        pass


@pytest.fixture()
def redis_server() -> Any:
    """Redis, or a skip outside CI when it is not running (in CI it must be)."""
    import redis

    connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        connection.ping()
    except (redis.exceptions.RedisError, OSError) as error:
        connection.close()
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is required in CI but {REDIS_URL} is not reachable: {error}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL} (set HEARD_TEST_REDIS_URL to point at one)")
    yield connection
    connection.close()


@pytest.fixture()
def workers(tmp_path: Path, prefix: str) -> Iterator[Any]:
    started: list[Worker] = []

    def start(storage: str | None, count: int = 2) -> list[Worker]:
        """Workers with this RATELIMIT_STORAGE_URI; None leaves it unset, as a default installation does."""
        env = {key: value for key, value in os.environ.items() if not key.startswith(("RATELIMIT_", "HEARD_"))}
        env.update(
            RATELIMIT_KEY_PREFIX=prefix,
            PYTHONDONTWRITEBYTECODE="1",
            HEARD_WORKER_DATABASE=f"sqlite:///{tmp_path / 'workers.sqlite3'}",
        )
        if storage is not None:
            env["RATELIMIT_STORAGE_URI"] = storage
        for number in range(count):
            started.append(
                Worker(
                    {**env, "HEARD_WORKER_CREATE": "1" if number == 0 else "0"}, tmp_path / f"worker-{len(started)}.log"
                )
            )
        return started[-count:]

    yield start
    for worker in started:
        worker.stop()


def redis_keys(connection: Any, prefix: str) -> list[str]:
    return sorted(key.decode() for key in connection.scan_iter(match=f"*{prefix}*"))


def test_two_workers_share_one_count_in_redis(redis_server, prefix, workers):
    first, second = workers(f"{REDIS_URL}")
    assert first.storage == second.storage == "RedisStorage"
    # Sign-in attempts for one account spread over both workers, as a load balancer would: the sixth is refused.
    statuses = [(first, second)[number % 2].sign_in("target@example.org") for number in range(SIGN_IN_LIMIT + 1)]
    assert statuses == [400] * SIGN_IN_LIMIT + [429]
    # Scanned invite codes: twenty between them, then refused, on either worker.
    answers = [(first if number % 2 else second).scan("ABCD2345EF")["status"] for number in range(INVITE_LIMIT)]
    assert answers == [404] * INVITE_LIMIT
    assert first.scan("ABCD2345EF")["status"] == 429 and second.scan("ABCD2345EF")["status"] == 429
    # The counts are in Redis, under this run's prefix, and nowhere else.
    keys = redis_keys(redis_server, prefix)
    assert any("accounts.sign_in" in key for key in keys) and any("respond.invite_link" in key for key in keys)


def test_without_redis_each_worker_counts_alone(prefix, workers):
    """The control: with memory storage the same spread of attempts is never refused, because each worker only saw
    half of them. This is what Redis is for (README: RATELIMIT_STORAGE_URI)."""
    first, second = workers("memory://")
    assert first.storage == second.storage == "MemoryStorage"
    statuses = [(first, second)[number % 2].sign_in("target@example.org") for number in range(SIGN_IN_LIMIT + 1)]
    assert statuses == [400] * (SIGN_IN_LIMIT + 1)


class Proxy:
    """A TCP relay in front of Redis that can be pulled out, so Redis 'goes away' for the workers only."""

    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        self.target = target
        self.connections: list[socket.socket] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", port))
        self.listener.listen(16)
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                inbound, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                outbound = socket.create_connection(self.target, timeout=2)
            except OSError:
                inbound.close()
                continue
            inbound.settimeout(None)
            outbound.settimeout(None)
            with self.lock:
                self.connections += [inbound, outbound]
            for source, sink in ((inbound, outbound), (outbound, inbound)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for end in (source, sink):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.listener.close()
        with self.lock:
            for connection in self.connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                connection.close()
            self.connections.clear()


def test_when_redis_goes_away_young_people_still_answer_and_sign_in_stays_limited(redis_server, prefix, workers):
    host, port = (
        redis_server.connection_pool.connection_kwargs["host"],
        redis_server.connection_pool.connection_kwargs["port"],
    )
    database = redis_server.connection_pool.connection_kwargs.get("db", 0)
    proxy = Proxy((host, port))
    try:
        first, second = workers(f"redis://127.0.0.1:{proxy.port}/{database}")
        code = first.ask(seed=True)["code"]
        assert [first.sign_in("target@example.org"), second.sign_in("target@example.org")] == [400, 400]
        assert any("accounts.sign_in" in key for key in redis_keys(redis_server, prefix))

        proxy.stop()  # Redis is gone, as far as the workers can tell

        # A young person with a printed card still gets in and reaches the first question.
        started = second.scan(code)
        assert started["status"] == 200 and started["path"] == "/s/workers", started
        question = second.ask(method="POST", path="/s/workers/start", token_from="/s/workers", follow=True)
        assert question["status"] == 200 and question["path"] == "/s/workers/q/1", question
        # Sign-in is still limited on each worker (counting in its own memory while Redis is away), never an error.
        statuses = [first.sign_in("target@example.org") for _attempt in range(SIGN_IN_LIMIT + 1)]
        assert statuses == [400] * SIGN_IN_LIMIT + [429]

        # Redis comes back on the same address: the workers find it again and share one count once more.
        proxy = Proxy((host, port), port=proxy.port)
        found_again = False
        for _wait in range(60):  # a bounded wait for the workers' own back-off (1 s, 2 s, 4 s...), not a timing
            second.scan("ABCD2345EF")
            if any("respond.invite_link" in key for key in redis_keys(redis_server, prefix)):
                found_again = True
                break
            time.sleep(0.5)
        assert found_again, "the workers never went back to Redis"
    finally:
        proxy.stop()
    logs = first.stop() + second.stop()
    # Each worker says once that it fell back (an operator can see it happened), and nothing failed: the memory
    # fallback took every request, so no error had to be swallowed.
    assert logs.count("Rate limit storage unreachable - falling back to in-memory storage") == 2
    assert "Traceback" not in logs and "Swallowing" not in logs


# --- 4. codes are keys: receipt and resume codes, sign-in per account, counts shared with no Redis ------------------


def code_attempt(client: Any, path: str, code: str, query: str = "") -> Any:
    page = page_of(client.get(path))
    token = page.find("input", {"name": "csrf_token"})["value"]
    return client.post(f"{path}{query}", data={"code": code, "csrf_token": token})


@pytest.mark.parametrize("path", ["/receipt", "/resume"])
def test_receipt_and_resume_codes_are_limited_keeping_what_was_typed(app, client, path):
    for _attempt in range(CODE_LIMIT):
        response = code_attempt(client, path, "ABCD-EFGH-JK")
        assert response.status_code == 400 and "That code did not work" in response.get_data(as_text=True)
    refused = code_attempt(client, path, "WXYZ-2345-MN", "?lang=ro")
    assert_kind_429(app, refused, "ro")
    # Nothing typed is lost: the code is back in a form that sends it again once the wait is over.
    form = page_of(refused).select_one("form.heard-retry")
    assert form["method"] == "post" and form["action"] == f"{path}?lang=ro"
    assert form.find("input", {"name": "code"})["value"] == "WXYZ-2345-MN"
    assert form.find("input", {"name": "csrf_token"})["value"]
    assert "ABCD" not in refused.get_data(as_text=True)
    # Looking is not limited; only trying codes is.
    assert client.get(path).status_code == 200


def test_seeing_and_deleting_with_receipt_codes_share_one_count(app, client):
    for _attempt in range(CODE_LIMIT // 2):
        assert code_attempt(client, "/receipt", "ABCD-EFGH-JK").status_code == 400
    page = page_of(client.get("/receipt"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    for _attempt in range(CODE_LIMIT // 2):
        assert client.post("/receipt/delete", data={"code": "ABCD-EFGH-JK", "csrf_token": token}).status_code == 302
    assert client.post("/receipt/delete", data={"code": "ABCD-EFGH-JK", "csrf_token": token}).status_code == 429
    assert code_attempt(client, "/receipt", "ABCD-EFGH-JK").status_code == 429


def test_sign_in_is_limited_per_account_from_any_address(app, client):
    from participation.accounts.models import Role

    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.ORGANISATION_ADMIN)
    statuses = []
    for attempt in range(ACCOUNT_LIMIT + 1):
        spread = app.test_client()  # a new address each time, as a botnet would
        spread.environ_base["REMOTE_ADDR"] = f"203.0.113.{attempt + 1}"
        statuses.append(sign_in_attempt(spread, user.email.upper()).status_code)
    assert statuses == [400] * ACCOUNT_LIMIT + [429]
    # The same office, another account: not locked out.
    assert sign_in_attempt(client, "someone.else@example.org").status_code == 400


def test_sign_in_is_limited_per_address_over_any_accounts(app, client):
    statuses = [sign_in_attempt(client, f"guess{number}@example.org").status_code for number in range(31)]
    assert statuses == [400] * 30 + [429]


def test_without_configuration_two_workers_share_one_count_in_the_database(tmp_path, prefix, workers):
    """The default installation (no RATELIMIT_STORAGE_URI, no Redis): two workers, as gunicorn runs them, count
    together in Heard's database, so tries spread over both are refused at the limit, not at twice it."""
    import sqlite3

    first, second = workers(None)
    assert first.storage == second.storage == "DatabaseStorage"
    statuses = [(first, second)[number % 2].sign_in("target@example.org") for number in range(SIGN_IN_LIMIT + 1)]
    assert statuses == [400] * SIGN_IN_LIMIT + [429]
    answers = [
        (first, second)[number % 2].ask(
            method="POST", path="/receipt", token_from="/receipt", form={"code": "QRST-2345-WX"}
        )["status"]
        for number in range(CODE_LIMIT + 1)
    ]
    assert answers == [400] * CODE_LIMIT + [429]
    answers = [
        (first, second)[number % 2].ask(
            method="POST", path="/resume", token_from="/resume", form={"code": "QRST-2345"}
        )["status"]
        for number in range(CODE_LIMIT + 1)
    ]
    assert answers == [400] * CODE_LIMIT + [429]
    answers = [(first, second)[number % 2].scan("ABCD2345EF")["status"] for number in range(INVITE_LIMIT + 1)]
    assert answers == [404] * INVITE_LIMIT + [429]

    # The counts are in a small table of keyed hashes: no address, email, code or route name in clear.
    sidecar = tmp_path / "workers-rate-limits.sqlite3"
    assert sidecar.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(sidecar) as connection:
        rows = connection.execute("SELECT key_hash, hits, expires_at FROM rate_limit_counter").fetchall()
    assert rows and all(len(key) == 64 and int(key, 16) >= 0 for key, _hits, _ends in rows)
    dump = repr(rows).lower()
    # Whole values only: a keyed hash is hexadecimal, so a short hex-like piece ("abcd") turns up in one by chance.
    for clear in ("target", "example.org", "127.0.0.1", "qrst", "abcd2345ef", "sign_in", "receipt", "invite"):
        assert clear not in dump, clear
    logs = first.stop() + second.stop()
    assert "Traceback" not in logs and "falling back" not in logs


def test_second_factor_codes_are_limited_per_account_from_any_address(app):
    """With the password known, the six-digit code cannot be guessed faster by spreading over addresses."""
    from participation.accounts.models import Role

    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.ORGANISATION_ADMIN)
    devices = []
    for number in (1, 2):
        device = app.test_client()
        device.environ_base["REMOTE_ADDR"] = f"198.51.100.{number}"
        page = page_of(device.get("/staff/sign-in"))
        signed = device.post(
            "/staff/sign-in",
            data={
                "email": user.email,
                "password": factories.STAFF_PASSWORD,
                "csrf_token": page.find("input", {"name": "csrf_token"})["value"],
            },
        )
        assert signed.headers["Location"].endswith("/staff/sign-in/code")
        devices.append(device)

    def guess(device: Any) -> int:
        page = page_of(device.get("/staff/sign-in/code"))
        return device.post(
            "/staff/sign-in/code",
            data={"code": "000000", "csrf_token": page.find("input", {"name": "csrf_token"})["value"]},
        ).status_code

    statuses = [guess(devices[number % 2]) for number in range(11)]
    assert statuses == [400] * 10 + [429]


def test_the_request_for_an_advocate_keeps_every_field_typed_when_limited(app, client):
    """The contact form kept only the email on its "too many tries" page: a young person who had written their
    name, numbers, a good time and a message lost all but one. Every field (and the choice made) comes back, in a
    form that sends it again once the wait is over."""
    with app.app_context():
        factories.consultation(code="kv")
    typed = {
        "kind": "advocate",
        "phone": "07700 900123",
        "text": "07700 900456",
        "email": "sam@example.org",
        "name": "Sam",
        "good_time": "After school, not Tuesdays",
        "message": "I want to talk about moving home. دعم",
    }
    refused = None
    for _attempt in range(70):
        response = client.post("/s/kv/ask?lang=cy", data=typed)
        if response.status_code == 429:
            refused = response
            break
    assert refused is not None, "the limit of 20 an hour was never reached"
    assert_kind_429(app, refused, "cy", window="hour")
    form = page_of(refused).select_one("form.heard-retry")
    assert form["action"] == "/s/kv/ask?lang=cy"
    for name in ("phone", "text", "email", "name", "good_time"):
        assert form.find("input", {"name": name})["value"] == typed[name], name
    assert form.find("textarea", {"name": "message"}).get_text() == typed["message"]
    chosen = form.find("input", {"name": "kind", "checked": True})
    assert chosen["value"] == "advocate" and len(form.find_all("input", {"name": "kind"})) == 2
    # Each field has its own label, in the young person's language.
    labels = {label["for"]: label.get_text(strip=True) for label in form.find_all("label")}
    assert labels["retry-name"] == translated(app, "cy", "What would you like us to call you? (optional)")


def hand_the_room_over(app: Any, client: Any, council: Any) -> None:
    """A worker of the organisation ``council()`` makes, signed in on ``client``, opens a session's shared screen
    there (and is signed out on it)."""
    from datetime import date

    from participation.accounts.models import Role
    from participation.distribution.models import Group, GroupKind
    from participation.extensions import db
    from participation.sessions import services as sessions

    with app.app_context():
        org = council()
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "", [], {})
        db.session.commit()
    factories.sign_in(client, worker, secret)
    page = page_of(client.get(f"/staff/sessions/{held.id}"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    assert client.post(f"/staff/sessions/{held.id}/room", data={"csrf_token": token}).status_code == 302


def test_the_shared_screen_keeps_the_words_when_limited_and_counts_per_room_not_per_network(app, client):
    """The shared screen's limit counted every post from the address, with or without the room's key, and its "too
    many tries" page dropped the words: anyone on a care home's network could use up the room's tries, and what the
    young person had typed was lost unscreened. It counts per room now, and the page keeps the words and the tick."""
    hand_the_room_over(app, client, lambda: factories.organisation("Limitshire"))
    # Someone else on the same network, without the room's key, posting again and again: the room is untouched.
    stranger = app.test_client()
    for _attempt in range(40):
        stranger.post("/room", data={"text": "spam"})
    room = page_of(client.get("/room"))
    token = room.find("input", {"name": "csrf_token"})["value"]
    assert client.post("/room", data={"text": "first", "csrf_token": token}).status_code == 302
    typed = {"text": "I want to see my sister more. دعم", "consent": "y", "csrf_token": token}
    refused = None
    for _attempt in range(40):
        response = client.post("/room", data=typed)
        if response.status_code == 429:
            refused = response
            break
    assert refused is not None, "the limit of 30 a minute was never reached"
    form = page_of(refused).select_one("form.heard-retry")
    assert form["action"] == "/room"
    assert form.find("textarea", {"name": "text"}).get_text() == typed["text"]
    assert form.find("input", {"name": "consent"}).has_attr("checked")
    # The page's one-time token goes back with them (the second outside review: without it, pressing "try again"
    # twice stored the note twice), so the words are stored once however often it is pressed.
    sent_once = room.find("input", {"name": "once"})["value"]
    refused_again = client.post("/room", data={**typed, "once": sent_once})
    assert refused_again.status_code == 429
    assert page_of(refused_again).select_one("form.heard-retry input[name=once]")["value"] == sent_once


# --- what every "too many tries" page a young person can reach says and shows (the outside review of issue 17) -------


def until_refused(send: Any, most: int, limit: str) -> Any:
    """Send again and again until the limit refuses: the "too many tries" response (the test fails if it never
    comes within ``most`` tries)."""
    for _attempt in range(most):
        response = send()
        if response.status_code == 429:
            return response
    raise AssertionError(f"the limit of {limit} was never reached")


def assert_helplines(page: BeautifulSoup, council_number: str | None = None) -> None:
    """The helplines, as every young person's page has them: 999, Childline and Samaritans (the reader's age is not
    known here), and the council's own numbers where the page belongs to a council."""
    box = page.select_one(".heard-safety .heard-help-lines")
    assert box is not None, "no helplines on the page"
    text = box.get_text(" ")
    assert "999" in text and "0800 1111" in text and "116 123" in text
    if council_number is not None:
        assert council_number in text


COUNCIL_NUMBER = "0306 999 0123"


def _council_with_numbers(name: str) -> Any:
    from participation.extensions import db
    from participation.helplines.models import CouncilHelpline

    org = factories.organisation(name)
    db.session.add(CouncilHelpline(organisation_id=org.id, kind="emergency-duty-team", number=COUNCIL_NUMBER))
    db.session.flush()
    return org


def test_the_contact_forms_page_says_an_hour_sends_retry_after_and_shows_the_helplines(app, client):
    """The outside review: the request form for an advocate is limited (now 20 an hour from an address for one
    council), and its page said "wait a few minutes", sent no Retry-After and showed no helplines, to a young person
    who may have been asking for help."""
    with app.app_context():
        factories.consultation(_council_with_numbers("Waitshire"), code="wait")
    ask = {"kind": "advocate", "message": "please ring"}
    refused = until_refused(lambda: client.post("/s/wait/ask", data=ask), 30, "20 an hour")
    assert_kind_429(app, refused, "en", window="hour")
    assert "Please wait 1 hour, then try again." in page_of(refused).get_text()
    assert_helplines(page_of(refused), COUNCIL_NUMBER)
    # Every field typed is still there to send again (the form, not only the helplines).
    assert page_of(refused).select_one("form.heard-retry textarea[name=message]").get_text() == "please ring"


def test_the_shared_screens_page_says_a_minute_and_shows_the_councils_helplines(app, client):
    hand_the_room_over(app, client, lambda: _council_with_numbers("Roomwait"))
    room = page_of(client.get("/room?lang=pl"))
    token = room.find("input", {"name": "csrf_token"})["value"]
    refused = until_refused(
        lambda: client.post("/room?lang=pl", data={"text": "", "csrf_token": token}), 40, "30 a minute"
    )
    assert_kind_429(app, refused, "pl", window="minute")
    assert_helplines(page_of(refused), COUNCIL_NUMBER)


def test_a_polls_page_says_a_minute_and_shows_the_councils_helplines(app, client):
    from participation.extensions import db
    from participation.polls import services as polls
    from participation.polls.models import PollKind

    with app.app_context():
        org = _council_with_numbers("Pollwait")
        poll = polls.create(org.id, "Pizza or pasta?", PollKind.ONE, ["Pizza", "Pasta"], None, None)
        db.session.commit()
        code = poll.code
    refused = until_refused(lambda: client.get(f"/p/{code}?lang=ar"), 310, "300 a minute")
    assert_kind_429(app, refused, "ar", window="minute")
    assert_helplines(page_of(refused), COUNCIL_NUMBER)
    assert page_of(refused).find("html")["dir"] == "rtl"


def test_a_poll_code_guessed_past_the_limit_is_not_told_real_by_the_councils_numbers(app, client):
    """Past the limit on poll codes, a "too many tries" page that showed a council's own numbers for a real code and
    none for a made-up one told a guesser which codes were real, as fast as they could ask: the limit was there to
    slow exactly that. A code this device has not opened gets the national lines; one it opened keeps its council's."""
    from participation.extensions import db
    from participation.polls import services as polls
    from participation.polls.models import PollKind

    with app.app_context():
        org = _council_with_numbers("Guesshire")
        code = polls.create(org.id, "Pizza or pasta?", PollKind.ONE, ["Pizza", "Pasta"], None, None).code
        db.session.commit()
    opened = app.test_client()
    assert opened.get(f"/p/{code}").status_code == 200  # a young person's phone, before the limit
    guesser = client
    until_refused(lambda: guesser.get("/p/ZZZZZZ"), 310, "300 a minute")
    until_refused(lambda: guesser.get("/p/ZZZZZZ/done"), 310, "300 a minute")  # a limit of its own
    for path in (f"/p/{code}", f"/p/{code.lower()}", f"/p/{code}/done"):
        refused = guesser.get(path)
        assert refused.status_code == 429
        assert_helplines(page_of(refused))
        assert COUNCIL_NUMBER not in refused.get_data(as_text=True), path
    # The phone that opened the poll shares the address (a school's network): its pages keep the council's numbers.
    for path in (f"/p/{code}", f"/p/{code.lower()}", f"/p/{code}/done"):
        refused = opened.get(path)
        assert refused.status_code == 429
        assert_helplines(page_of(refused), COUNCIL_NUMBER)


@pytest.mark.parametrize("path", ["/receipt", "/resume"])
def test_a_survey_code_page_shows_the_helplines_and_no_council_it_cannot_know(app, client, path):
    for _attempt in range(CODE_LIMIT):
        code_attempt(client, path, "ABCD-EFGH-JK")
    refused = code_attempt(client, path, "ABCD-EFGH-JK", "?lang=ti")
    assert_kind_429(app, refused, "ti", window="minute")
    assert_helplines(page_of(refused))


def test_staff_pages_say_how_long_too_but_are_not_young_peoples_pages(app, client):
    from participation.accounts.models import Role

    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.ORGANISATION_ADMIN)
    for _attempt in range(SIGN_IN_LIMIT):
        sign_in_attempt(client, user.email)
    refused = sign_in_attempt(client, user.email)
    assert_kind_429(app, refused, "en", window="minute")
    assert "Please wait 1 minute, then try again." in page_of(refused).get_text()
    assert page_of(refused).select_one(".heard-help-lines") is None


@pytest.mark.parametrize(
    "seconds, words",
    [
        (3600, "Please wait 1 hour, then try again."),
        (3599, "Please wait 1 hour, then try again."),
        (2400, "Please wait 40 minutes, then try again."),
        (61, "Please wait 2 minutes, then try again."),
        (60, "Please wait 1 minute, then try again."),
        (1, "Please wait 1 minute, then try again."),
        (None, "Please wait a few minutes and try again."),
    ],
)
def test_the_wait_is_rounded_up_so_trying_again_then_works(app, seconds, words):
    from participation.limits import wait_words

    with app.test_request_context():
        assert wait_words(seconds) == words


# --- a limit never stands between worrying words and a person (the second outside review of issue 17) ---------------

WORRYING = "my stepdad hits me every night please help"


def test_worrying_words_on_the_shared_screen_get_through_a_spent_limit_and_reach_the_lead(app, client):
    """The room's 30 a minute spent, a young person's disclosure was refused, kept only on a screen passed round the
    room, and never screened. Now worrying words go through whatever the limit says; anything else still waits."""
    from participation.analysis.models import SafeguardingCase
    from participation.extensions import db

    hand_the_room_over(app, client, lambda: factories.organisation("Floodshire"))
    room = page_of(client.get("/room"))
    token = room.find("input", {"name": "csrf_token"})["value"]
    until_refused(lambda: client.post("/room", data={"text": "more chips", "csrf_token": token}), 40, "30 a minute")
    assert client.post("/room", data={"text": "more chips please", "csrf_token": token}).status_code == 429
    sent = client.post(
        "/room",
        data={
            "text": WORRYING,
            "csrf_token": page_of(client.get("/room")).find("input", {"name": "csrf_token"})["value"],
        },
    )
    assert sent.status_code == 302, sent.status_code
    with app.app_context():
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.session_note_id.is_not(None))).all()
        assert len(cases) == 1


def test_worrying_words_in_a_request_for_an_advocate_get_through_a_spent_limit(app, client):
    """The form to ask for an advocate is limited to 20 an hour from an address; a young person on the same network
    as someone who spent it could not send "please help" at all."""
    with app.app_context():
        factories.consultation(factories.organisation("Askshire"), code="spent")
    until_refused(lambda: client.post("/s/spent/ask", data={"kind": "advocate"}), 30, "20 an hour")
    assert client.post("/s/spent/ask", data={"kind": "advocate", "message": "Tuesdays are best"}).status_code == 429
    worried = client.post("/s/spent/ask", data={"kind": "advocate", "message": WORRYING})
    assert worried.status_code != 429


def test_one_councils_spent_request_limit_leaves_other_councils_open(app, client):
    """The third outside review: the limit on asking for an advocate was one count per address for every council, so
    someone filling one council's queue from a children's home's network shut every young person there out of asking
    any council for an hour. The count is now per address and council."""
    with app.app_context():
        factories.consultation(factories.organisation("Fullshire"), code="full")
        factories.consultation(factories.organisation("Openshire"), code="open")
    until_refused(lambda: client.post("/s/full/ask", data={"kind": "advocate"}), 30, "20 an hour")
    assert client.post("/s/full/ask", data={"kind": "call-back", "phone": "07700900123"}).status_code == 429
    other = client.post("/s/open/ask", data={"kind": "call-back", "phone": "07700900123"})
    assert other.status_code != 429, other.status_code


def test_a_worrying_poll_word_gets_through_a_spent_limit(app, client):
    """Someone guessing poll codes from the same address spent the limit; the phone answering a real poll with a
    worrying word was refused and the word lost. It goes through, and reaches the lead."""
    from participation.analysis.models import SafeguardingCase
    from participation.extensions import db
    from participation.polls import services as polls
    from participation.polls.models import PollKind

    with app.app_context():
        org = factories.organisation("Pollshire")
        poll = polls.create(org.id, "One word for today", PollKind.WORD, (), None, None)
        db.session.commit()
        code, poll_id = poll.code, poll.id
    page = page_of(client.get(f"/p/{code}"))
    token = page.find("input", {"name": "csrf_token"})["value"]
    until_refused(lambda: client.get("/p/NOSUCH"), 400, "300 a minute")
    assert client.post(f"/p/{code}", data={"answer": "sunny", "csrf_token": token}).status_code == 429
    sent = client.post(f"/p/{code}", data={"answer": "wanna kms", "csrf_token": token})
    assert sent.status_code != 429, sent.status_code
    with app.app_context():
        assert db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll_id)).all()
