"""Failures that must lose nothing (TRUST.md, last section), each driven for real.

Map from each test to the TRUST.md line it proves ("Failures that must lose nothing" unless said otherwise):

- "database down at submit":
  ``test_database_down_at_submit_keeps_the_answers_and_one_press_later_stores_one`` (the database unreachable for the
  whole request, a statement failing mid-submit, the commit failing), ``test_database_down_on_a_question_page``.
- "Double-tapped submit, back-and-resubmit, two tabs" (at their worst: every tap at the same instant):
  ``test_fifty_simultaneous_submits_store_exactly_one_response`` (a real threaded server, real commits).
- "session or CSRF expiry after an hour idle" (and Web security: "a session-bound token so a slow child does not
  lose answers; a friendly page that keeps answers when a token or session has expired"):
  ``test_an_hour_idle_loses_nothing``, ``test_an_expired_token_after_an_hour_keeps_what_was_typed``,
  ``test_an_expired_token_on_the_final_button_keeps_everything``.
- "10 MB posts, invalid UTF-8, NUL, right-to-left override characters, emoji sequences" (and Web security "Input:
  ... MAX_CONTENT_LENGTH; text in any script stored and shown unchanged and escaped"):
  ``test_ten_megabytes_on_every_respondent_post_route``, ``test_invalid_utf8_on_every_respondent_post_route``,
  ``test_nul_and_controls_on_every_respondent_post_route``, ``test_nul_in_the_address_is_not_a_server_error``,
  ``test_invalid_utf8_in_free_text_keeps_the_rest``, ``test_right_to_left_and_emoji_sequences_are_kept_and_escaped``,
  ``test_refused_input_keeps_the_other_answers``, ``test_nul_in_a_staff_form_is_never_a_server_error``.
- "tampered option values and ids from another organisation" (and Web security "Access: every object lookup is
  scoped to the user's organisation" and "Audit: ... failed authorisation"):
  ``test_another_organisations_option_and_question_are_refused``,
  ``test_another_organisations_consultation_never_takes_this_draft``,
  ``test_another_organisations_invite_never_attaches_to_this_draft``,
  ``test_staff_urls_with_another_organisations_ids_are_refused_and_audited``,
  ``test_staff_forms_with_another_organisations_ids_store_nothing``.

Decisions on bad input. NUL and other control characters in free text are dropped, not refused: no child means to
type them, PostgreSQL cannot store NUL in text, and refusing would make a child retype an answer for an invisible
character. In a choice or code field, NUL, overrides and emoji are simply not among the answers offered and get the
translated "Select one of the answers shown" or "That code did not work". A urlencoded body that is not UTF-8 at all
cannot be read as a form (no browser sends one): it gets the translated "could not be read" page (400), and every
earlier answer stays in the draft. Bad bytes a form can carry inside one field keep the rest of the answer:
percent-escapes stay as they were sent, raw bytes in a multipart body become U+FFFD. Everything else - any script,
direction marks, overrides and isolates, emoji sequences - is stored exactly as typed and shown back escaped.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from participation.accounts.models import Role
from participation.audit import services as audit
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.responses.models import Answer, Draft, Response
from participation.surveys.content import create_consultation
from participation.surveys.models import Consultation, Question
from tests import factories
from tests.console import Console
from tests.journey import Journey
from tests.migrating import own_database
from tests.pages import parse

TRACE_MARKERS = ("Traceback", 'File "', "sqlalchemy", "OperationalError", "psycopg", "sqlite3", "Werkzeug Debugger")


def no_stack_trace(body: str) -> bool:
    return not any(marker in body for marker in TRACE_MARKERS)


# --- a second app with its own database, where commits are real ---------------------------------------------------


@pytest.fixture(scope="module")
def live() -> Iterator[Flask]:
    """An app on its own database, built by the migrations, whose commits are real (no enclosing test transaction).
    Each test makes its own consultation and counts only its rows."""
    from flask_migrate import upgrade

    with own_database("faults_live") as application:
        with application.app_context():
            upgrade()
        yield application


@dataclass(frozen=True)
class Made:
    id: uuid.UUID
    code: str


def live_consultation(app: Flask, org_name: str = "Liveshire Council") -> Made:
    with app.app_context():
        made = factories.consultation(factories.organisation(org_name), code=f"live{uuid.uuid4().hex[:8]}")
        return Made(made.id, made.code)


def counts(app: Flask, consultation: Made) -> tuple[int, int]:
    """(responses, answers) stored for one consultation."""
    with app.app_context():
        responses = (
            db.session.scalar(
                select(func.count()).select_from(Response).where(Response.consultation_id == consultation.id)
            )
            or 0
        )
        answers = (
            db.session.scalar(
                select(func.count())
                .select_from(Answer)
                .join(Response)
                .where(Response.consultation_id == consultation.id)
            )
            or 0
        )
        return responses, answers


def the_draft(app: Flask, consultation: Made) -> Draft:
    with app.app_context():
        drafts = list(db.session.scalars(select(Draft).where(Draft.consultation_id == consultation.id)))
        assert len(drafts) == 1
        db.session.expunge(drafts[0])
        return drafts[0]


def answer_everything(journey: Journey, band: str = "12-17") -> None:
    journey.start(band)
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    assert journey.path.endswith("/check"), journey.h1()


# --- 1. the database goes away at submit ---------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DatabaseOutage:
    """Make the app's real database fail, at one of three points, until ``end()``.

    - "unreachable": every new connection goes to a closed port (PostgreSQL) or a file that cannot be opened
      (SQLite), and the pool is emptied, so the request cannot reach the database at all;
    - "insert": the connection is lost as the response row is inserted (the driver's own error, wrapped by
      SQLAlchemy as it would be);
    - "commit": the commit itself fails.
    """

    def __init__(self, app: Flask, point: str) -> None:
        self.app, self.point = app, point
        with app.app_context():
            self.engine = db.engine
        self.dbapi = self.engine.dialect.loaded_dbapi
        self.listeners: list[tuple[str, Any]] = []

    def _listen(self, name: str, fn: Any) -> None:
        event.listen(self.engine, name, fn)
        self.listeners.append((name, fn))

    def begin(self) -> DatabaseOutage:
        if self.point == "unreachable":
            closed = _closed_port()

            def unreachable(dialect: Any, record: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
                if self.engine.dialect.name == "sqlite":
                    cargs[0] = "/nonexistent/heard/database.sqlite3"
                else:
                    cparams.update(host="127.0.0.1", port=closed, connect_timeout=2)

            self._listen("do_connect", unreachable)
            self.engine.dispose()
        elif self.point == "insert":
            message = (
                "server closed the connection unexpectedly"
                if self.engine.dialect.name != "sqlite"
                else "disk I/O error"
            )

            def lost(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
                if statement.lstrip().upper().startswith("INSERT INTO RESPONSE "):
                    raise self.dbapi.OperationalError(message)

            self._listen("before_cursor_execute", lost)
        else:

            def failed_commit(conn: Any) -> None:
                raise OperationalError("COMMIT", None, self.dbapi.OperationalError("connection lost at commit"))

            self._listen("commit", failed_commit)
        return self

    def end(self) -> None:
        for name, fn in self.listeners:
            event.remove(self.engine, name, fn)
        self.listeners.clear()
        self.engine.dispose()


def _error_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        record
        for record in caplog.records
        if record.levelno >= logging.ERROR and record.exc_info and isinstance(record.exc_info[1], OperationalError)
    ]


@pytest.mark.parametrize("point", ["unreachable", "insert", "commit"])
def test_database_down_at_submit_keeps_the_answers_and_one_press_later_stores_one(live, caplog, point):
    consultation = live_consultation(live)
    client = live.test_client()
    journey = Journey(client, consultation.code)
    answer_everything(journey)
    token = journey.token()
    before = the_draft(live, consultation).answers
    assert len(before) == 7

    outage = DatabaseOutage(live, point).begin()
    caplog.clear()
    try:
        with caplog.at_level(logging.ERROR):
            response = client.post(f"/s/{consultation.code}/check", data={"csrf_token": token})
    finally:
        outage.end()

    body = response.get_data(as_text=True)
    assert response.status_code == 503, body[:300]
    page = BeautifulSoup(body, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Sorry, we could not save that just now"
    assert "Your answers so far are safe" in page.get_text()
    assert no_stack_trace(body)
    assert response.headers["Retry-After"] == "120"
    assert response.headers["Cache-Control"] == "no-store"
    assert [record.getMessage() for record in _error_records(caplog)] == ["Database unavailable"], (
        "the outage is logged once, with its cause"
    )
    # Nothing half-stored: no response, no answers, and the draft still holds every answer, unsent.
    assert counts(live, consultation) == (0, 0)
    draft = the_draft(live, consultation)
    assert draft.response_id is None and draft.answers == before

    # The database is back: the check page still shows the answers, and pressing the same button again (the page
    # the child went back to, with its token) stores exactly one response.
    page = journey.get(f"/s/{consultation.code}/check")
    assert journey.response.status_code == 200
    assert len(page.select(".govuk-summary-list__value")) == 7
    again = client.post(f"/s/{consultation.code}/check", data={"csrf_token": token})
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/s/{consultation.code}/done")
    assert client.post(f"/s/{consultation.code}/check", data={"csrf_token": token}).status_code == 302
    assert counts(live, consultation) == (1, 7)


def test_database_down_on_a_question_page(live, caplog):
    consultation = live_consultation(live)
    client = live.test_client()
    journey = Journey(client, consultation.code)
    journey.start("12-17")
    journey.answer_current()
    token = journey.token()
    outage = DatabaseOutage(live, "unreachable").begin()
    try:
        with caplog.at_level(logging.ERROR):
            response = client.post(f"/s/{consultation.code}/q/2", data={"answer": "yes", "csrf_token": token})
            shown = client.get(f"/s/{consultation.code}/q/2")
    finally:
        outage.end()
    for result, heading in (
        (response, "Sorry, we could not save that just now"),
        (shown, "Sorry, we cannot show this page just now"),
    ):
        assert result.status_code == 503
        assert no_stack_trace(result.get_data(as_text=True))
        page = parse(result)
        assert page.find("h1").get_text(strip=True) == heading
        assert "Your answers so far are safe" in page.get_text()
    assert _error_records(caplog)
    assert set(the_draft(live, consultation).answers) == {"listened-to"}
    # Back again: the same answer goes through.
    retried = client.post(f"/s/{consultation.code}/q/2", data={"answer": "yes", "csrf_token": token})
    assert retried.status_code == 302
    assert set(the_draft(live, consultation).answers) == {"listened-to", "reach-worker"}


# --- 2. fifty taps at once -----------------------------------------------------------------------------------------


@pytest.fixture()
def served(live) -> Iterator[str]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, live, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


def _post(address: str, path: str, body: str, cookie: str) -> tuple[int, str, str]:
    host, port = address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=120)
    try:
        connection.request(
            "POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
        )
        reply = connection.getresponse()
        return reply.status, reply.getheader("Location") or "", reply.read().decode("utf-8", "replace")
    finally:
        connection.close()


def test_fifty_simultaneous_submits_store_exactly_one_response(live, served):
    # A server that has sent answers before: the first submission in a process also loads the text analysis, which
    # on SQLite (one writer at a time) would make the others queue for seconds. This test is about the race.
    warm_up = live_consultation(live)
    warm = Journey(live.test_client(), warm_up.code)
    answer_everything(warm)
    warm.submit_current()
    assert warm.path.endswith("/done")

    consultation = live_consultation(live)
    client = live.test_client()
    journey = Journey(client, consultation.code)
    answer_everything(journey)
    cookie = f"session={client.get_cookie('session').value}"
    body = urlencode({"csrf_token": journey.token()})
    path = f"/s/{consultation.code}/check"

    taps = 50
    barrier = threading.Barrier(taps)
    results: list[tuple[int, str, str] | BaseException] = [None] * taps  # type: ignore[list-item]

    def tap(index: int) -> None:
        try:
            barrier.wait()
            results[index] = _post(served, path, body, cookie)
        except BaseException as error:  # noqa: BLE001 - reported below
            results[index] = error

    threads = [threading.Thread(target=tap, args=(index,)) for index in range(taps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    failures = [result for result in results if isinstance(result, BaseException) or result[0] != 302]
    assert not failures, [
        result if isinstance(result, BaseException) else result[:2] + (result[2][:200],) for result in failures
    ][:3]
    assert {result[1].rsplit("/", 2)[-2:] == [consultation.code, "done"] for result in results} == {True}
    assert counts(live, consultation) == (1, 7)
    with live.app_context():
        response = db.session.scalar(select(Response).where(Response.consultation_id == consultation.id))
        draft = db.session.scalar(select(Draft).where(Draft.consultation_id == consultation.id))
        assert draft.response_id == response.id and draft.answers == {}
    page = journey.get(f"/s/{consultation.code}/done")
    assert journey.response.status_code == 200 and page.select_one(".heard-receipt") is not None


# --- 3. an hour idle -----------------------------------------------------------------------------------------------


class MovedClock:
    """The clock itsdangerous reads when it signs and checks the session cookie and the CSRF token."""

    def __init__(self) -> None:
        import time

        self._time = time.time
        self.offset = 0.0

    def time(self) -> float:
        return self._time() + self.offset

    def move(self, minutes: float) -> None:
        self.offset += minutes * 60


@pytest.fixture()
def clock(monkeypatch) -> MovedClock:
    import itsdangerous.timed

    moved = MovedClock()
    monkeypatch.setattr(itsdangerous.timed, "time", moved)
    return moved


@pytest.fixture()
def consultation(app):
    with app.app_context():
        return factories.consultation(code="yv")


def _to_long_text(journey: Journey) -> None:
    journey.start("12-17")
    for _ in range(5):
        journey.answer_current()
    assert journey.page.select_one("textarea#answer") is not None


def test_an_hour_idle_loses_nothing(app, client, consultation, clock):
    """As configured, the session and its token outlive an hour idle: the answer just goes through."""
    journey = Journey(client, "yv")
    _to_long_text(journey)
    clock.move(61)
    journey.submit_current({"answer": "More time with my brother"})
    assert journey.response.status_code == 200 and journey.path == "/s/yv/q/7"
    journey.answer_current()
    values = [cell.get_text(strip=True) for cell in journey.page.select(".govuk-summary-list__value")]
    assert len(values) == 7 and values[5] == "More time with my brother"
    clock.move(61)
    journey.submit_current()
    assert journey.path == "/s/yv/done"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 1


def test_an_expired_token_after_an_hour_keeps_what_was_typed(app, client, consultation, clock, monkeypatch):
    """Where a deployment limits the token to an hour (Flask-WTF's own default), the page says kindly what happened
    and keeps both what was typed and what was answered before."""
    monkeypatch.setitem(app.config, "WTF_CSRF_TIME_LIMIT", 3600)
    journey = Journey(client, "yv")
    _to_long_text(journey)
    typed = "More time with my brother 👨‍👩‍👧"
    clock.move(61)
    page = journey.submit_current({"answer": typed})
    assert journey.response.status_code == 400
    assert "Nothing has been lost" in page.get_text()
    assert "CSRF" not in page.get_text() and no_stack_trace(str(page))
    assert not page.title.get_text().startswith("Error:")
    assert page.select_one("textarea#answer").get_text().strip() == typed
    with app.app_context():
        assert len(db.session.scalar(select(Draft)).answers) == 5
    # The page carries a fresh token: pressing Continue again is enough.
    journey.submit_current({"answer": typed})
    assert journey.path == "/s/yv/q/7"
    with app.app_context():
        assert db.session.scalar(select(Draft)).answers["one-change"]["text"] == typed


def test_an_expired_token_on_the_final_button_keeps_everything(app, client, consultation, clock, monkeypatch):
    monkeypatch.setitem(app.config, "WTF_CSRF_TIME_LIMIT", 3600)
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(7):
        journey.answer_current()
    assert journey.path == "/s/yv/check"
    clock.move(61)
    page = journey.submit_current()
    assert journey.response.status_code == 400
    assert "Nothing has been lost" in page.get_text()
    assert len(page.select(".govuk-summary-list__value")) == 7
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 0
    journey.submit_current()
    assert journey.path == "/s/yv/done"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 1


# --- 4. bad input on every respondent POST route --------------------------------------------------------------------

RESPONDENT_POSTS = {
    # endpoint: (url, the field a person fills in, or None)
    "respond.who": ("/s/yv/who", "band"),
    "respond.begin": ("/s/yv/start", None),
    "respond.question": ("/s/yv/q/6", "answer"),
    "respond.check": ("/s/yv/check", "assisted"),
    "respond.again": ("/s/yv/again", None),
    "respond.save": ("/s/yv/save", None),
    "respond.easy_version": ("/s/yv/easy", "page"),
    "respond.resume": ("/resume", "code"),
    "respond.receipt": ("/receipt", "code"),
    "respond.delete_answers": ("/receipt/delete", "code"),
    "respond.invite": ("/i", "code"),
}


def test_the_list_of_respondent_post_routes_is_complete(app):
    posts = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("respond.") and "POST" in rule.methods
    }
    assert posts == set(RESPONDENT_POSTS), "add the new route to RESPONDENT_POSTS"


def _half_way(client) -> Journey:
    """A young person with five answers given, on the long-text question: every route has something to lose."""
    journey = Journey(client, "yv")
    _to_long_text(journey)
    return journey


def _kept(app) -> dict[str, Any]:
    """The answers given so far: in the draft, or (once sent, as a valid post to /check does) in the response."""
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        if draft.response_id is None:
            return dict(draft.answers)
        response = db.session.get(Response, draft.response_id)
        return {
            answer.question_key: {
                "choices": list(answer.choices or []),
                "text": answer.text or "",
                "declined": answer.declined,
            }
            for answer in response.answers
        }


def _assert_clear_page(response: Any, allowed: set[int]) -> None:
    body = response.get_data(as_text=True)
    assert response.status_code in allowed, (response.status_code, body[:300])
    assert no_stack_trace(body)
    if response.status_code >= 400:
        assert BeautifulSoup(body, "html.parser").find("h1") is not None


@pytest.mark.parametrize("endpoint", sorted(RESPONDENT_POSTS))
def test_ten_megabytes_on_every_respondent_post_route(app, client, consultation, endpoint):
    url, field = RESPONDENT_POSTS[endpoint]
    journey = _half_way(client)
    before = _kept(app)
    response = client.post(url, data={field or "padding": "x" * (10 * 1024 * 1024), "csrf_token": journey.token()})
    _assert_clear_page(response, {413})
    assert "too long to send" in response.get_data(as_text=True)
    assert _kept(app) == before
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 0


@pytest.mark.parametrize("endpoint", sorted(RESPONDENT_POSTS))
def test_invalid_utf8_on_every_respondent_post_route(app, client, consultation, endpoint):
    url, field = RESPONDENT_POSTS[endpoint]
    journey = _half_way(client)
    before = _kept(app)
    body = f"{field or 'padding'}=".encode() + b"\xff\xfe\xc3(bad%FF%C0&csrf_token=" + journey.token().encode()
    response = client.post(url, data=body, content_type="application/x-www-form-urlencoded")
    _assert_clear_page(response, {400})
    assert "Some of what your browser sent could not be read" in response.get_data(as_text=True)
    assert _kept(app) == before, "earlier answers are never lost"


NUL_OUTCOMES = {
    # endpoint: (status, what the page says, if it is refused)
    "respond.who": (302, None),  # the link fixed the band: nothing to choose (see the test below for a choice)
    "respond.begin": (302, None),
    "respond.question": (302, None),  # the long answer: stored without the NUL and controls
    "respond.check": (302, None),  # a valid press of the button sends the answers, whatever else was posted
    "respond.again": (302, None),
    "respond.save": (200, None),
    "respond.easy_version": (302, None),  # back to the start page: the post names no page of the journey
    "respond.resume": (400, "That code did not work"),
    "respond.receipt": (400, "That code did not work"),
    "respond.delete_answers": (302, None),
    "respond.invite": (400, "That code did not work"),
}


@pytest.mark.parametrize("endpoint", sorted(RESPONDENT_POSTS))
def test_nul_and_controls_on_every_respondent_post_route(app, client, consultation, endpoint):
    url, field = RESPONDENT_POSTS[endpoint]
    status, message = NUL_OUTCOMES[endpoint]
    journey = _half_way(client)
    before = _kept(app)
    response = client.post(url, data={field or "padding": "AB\x00CD\x1b\x07\u202e", "csrf_token": journey.token()})
    _assert_clear_page(response, {status})
    if message:
        assert message in response.get_data(as_text=True)
    kept = _kept(app)
    assert {key: kept[key] for key in before} == before
    if endpoint == "respond.question":
        assert kept["one-change"]["text"] == "ABCD\u202e"


@pytest.mark.parametrize(
    "url",
    ["/s/%00", "/s/yv%00/q/1", "/s/%00/check", "/i/%00ABCDE", "/s/yv?band=%00&lang=%00", "/s/%FF%FE", "/i/%FF%FE"],
)
def test_nul_in_the_address_is_not_a_server_error(app, client, consultation, url):
    response = client.get(url)
    _assert_clear_page(response, {200, 302, 404})


@pytest.mark.parametrize("encoding", ["percent", "multipart"])
def test_invalid_utf8_in_free_text_keeps_the_rest(app, client, consultation, encoding):
    """Bad bytes a form can carry: percent-escaped in a urlencoded body (kept as the escapes, visibly), or raw in a
    multipart body (each becomes U+FFFD). Either way the rest of the answer is stored and shown back escaped."""
    journey = _half_way(client)
    token = journey.token().encode()
    if encoding == "percent":
        body = b"answer=I+want+%FF%FE+more+%3Cvisits%3E&csrf_token=" + token
        content_type, expected = "application/x-www-form-urlencoded", "I want %FF%FE more <visits>"
    else:
        body = (
            b'--B\r\nContent-Disposition: form-data; name="answer"\r\n\r\nI want \xff\xfe more <visits>\r\n'
            b'--B\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n' + token + b"\r\n--B--\r\n"
        )
        content_type, expected = "multipart/form-data; boundary=B", "I want \ufffd\ufffd more <visits>"
    response = client.post("/s/yv/q/6", data=body, content_type=content_type)
    assert response.status_code == 302
    kept = _kept(app)
    assert kept["one-change"]["text"] == expected
    assert len(kept) == 6
    page = journey.get("/s/yv/q/6")
    assert page.select_one("textarea#answer").get_text().strip() == expected
    assert "<visits>" not in journey.response.get_data(as_text=True)


def test_refused_input_keeps_the_other_answers(app, client, consultation):
    """A refused choice (NUL, an override, an emoji, bytes) gets the translated message, in English and in Welsh,
    and nothing already answered moves."""
    journey = _half_way(client)
    before = _kept(app)
    journey.get("/s/yv/q/1")
    for bad in ("sometimes\x00", "\u202esometimes", "👨‍👩‍👧", "\ufffd"):
        page = journey.submit_current({"answer": bad})
        assert journey.response.status_code == 400
        assert "Select one of the answers shown" in page.get_text()
        assert page.title.get_text().startswith("Error:")
    journey.get("/s/yv/q/1?lang=cy")
    page = journey.submit_current({"answer": "sometimes\x00"})
    assert journey.response.status_code == 400
    assert "Select one of the answers shown" not in page.get_text()
    assert page.select_one(".govuk-error-summary a")["href"] == "#answer"
    assert _kept(app) == before
    # Choosing who is answering, where the link did not say.
    chooser = Journey(app.test_client(), "yv")
    chooser.get("/s/yv/who")
    for bad in ("8-11\x00", "\u202e8-11", "🇬🇧"):
        page = chooser.submit_current({"band": bad})
        assert chooser.response.status_code == 400
        assert "Select who is answering" in page.get_text()
    chooser.submit_current({"band": "8-11"})
    assert chooser.path == "/s/yv"


EMOJI_AND_DIRECTIONS = [
    "\u202eevil.exe\u202c and \u2067שלום\u2069 and \u200fمرحبا",  # overrides, isolates and marks
    "👨‍👩‍👧‍👦 👩🏽‍🦱 🏳️‍🌈 🇬🇧 🇵🇱 🏴󠁧󠁢󠁷󠁬󠁳󠁿",  # ZWJ families, skin tones, flags, the Welsh flag's tag sequence
    'اردو میں 👍🏾 <b>bold</b> & "quotes" \'',
]


@pytest.mark.parametrize("typed", EMOJI_AND_DIRECTIONS)
def test_right_to_left_and_emoji_sequences_are_kept_and_escaped(app, client, consultation, typed):
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(4):
        journey.answer_current()
    journey.submit_current({"answer": typed})  # the short answer (an <input>)
    journey.submit_current({"answer": typed})  # the long answer (a <textarea>)
    assert journey.path == "/s/yv/q/7"
    # Shown back unchanged in both fields, and on check your answers, escaped.
    assert journey.get("/s/yv/q/5").select_one("input#answer")["value"] == typed
    raw = journey.response.get_data(as_text=True)
    assert "<b>bold</b>" not in raw
    assert journey.get("/s/yv/q/6").select_one("textarea#answer").get_text().strip() == typed
    journey.get("/s/yv/q/7")
    journey.answer_current()
    shown = [cell.get_text() for cell in journey.page.select("bdi.heard-answer")]
    assert shown[-2:] == [typed, typed]
    assert "<b>bold</b>" not in journey.response.get_data(as_text=True)
    receipt = journey.submit_current().select_one(".heard-receipt").get_text(strip=True)
    with app.app_context():
        stored = {answer.question_key: answer.text for answer in db.session.scalars(select(Answer))}
        assert stored["best-thing"] == stored["one-change"] == typed
    # And on the receipt page, where the young person sees them again.
    other = Journey(app.test_client(), "yv")
    other.get("/receipt")
    page = other.submit_current({"code": receipt})
    assert [cell.get_text() for cell in page.select("bdi.heard-answer")][-2:] == [typed, typed]
    assert "<b>bold</b>" not in other.response.get_data(as_text=True)


# --- 5. ids from another organisation ------------------------------------------------------------------------------


def _their_consultation(code: str = "theirs") -> Consultation:
    """Another council's consultation, whose first question offers an option ours does not."""
    import copy

    questions = copy.deepcopy(factories.QUESTIONS)
    questions[0]["options"].append(
        {"key": "their-option", "symbol": "face-4", "bands": None, "label": factories.text("Their option")}
    )
    org = factories.organisation("Theirshire Council")
    spec = {
        "code": code,
        "title": factories.text("Their survey"),
        "about": factories.text("Theirs."),
        "next_steps": factories.text("Theirs."),
    }
    created = create_consultation(org.id, spec, questions)
    db.session.commit()
    return created


def test_another_organisations_option_and_question_are_refused(app, client, consultation, caplog):
    with app.app_context():
        theirs = _their_consultation()
        their_question = db.session.scalar(select(Question).where(Question.consultation_id == theirs.id))
        their_question_id = str(their_question.id)
    journey = Journey(client, "yv")
    journey.start("12-17")
    with caplog.at_level(logging.WARNING):
        page = journey.submit_current({"answer": "their-option"})
    assert journey.response.status_code == 400
    assert "Select one of the answers shown" in page.get_text()
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING] == [
        "Refused an answer not offered by question listened-to of yv"
    ]
    # Naming their question alongside a real answer changes nothing: the page's own question is the one answered.
    journey.submit_current({"answer": "sometimes", "question_id": their_question_id, "question_key": "their"})
    assert journey.path == "/s/yv/q/2"
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        assert draft.consultation_id == consultation.id
        assert draft.answers == {"listened-to": {"choices": ["sometimes"], "text": "", "declined": False}}


def test_another_organisations_consultation_never_takes_this_draft(app, client, consultation):
    with app.app_context():
        theirs = _their_consultation()
    journey = Journey(client, "yv")
    answer_everything(journey)
    token = journey.token()
    for url in ("/s/theirs/check", "/s/theirs/q/1", "/s/theirs/save"):
        response = client.post(url, data={"answer": "sometimes", "csrf_token": token})
        assert response.status_code == 302 and response.headers["Location"].endswith("/s/theirs"), url
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 0
        assert db.session.scalar(select(func.count()).select_from(Draft).where(Draft.consultation_id == theirs.id)) == 0
        assert len(db.session.scalar(select(Draft)).answers) == 7


def test_another_organisations_invite_never_attaches_to_this_draft(app, client, consultation):
    from participation.distribution import services as distribution

    with app.app_context():
        theirs = _their_consultation()
        batch = distribution.create_batch(
            theirs, count=1, group=None, age_band="12-17", identifiers=[], created_by=None
        )
        code = distribution.printed_codes(batch)[0].code
        db.session.commit()
    journey = Journey(client, "yv")
    journey.get("/i")
    journey.submit_current({"code": code})
    assert journey.path == "/s/theirs"
    # The same device now starts our survey: their invite (and its group) stays with their survey.
    answer_everything(journey)
    journey.submit_current()
    with app.app_context():
        response = db.session.scalar(select(Response))
        assert response.consultation_id == consultation.id
        assert response.invite_pseudonym is None and response.group_id is None
        draft = db.session.scalar(select(Draft).where(Draft.consultation_id == consultation.id))
        assert draft.invite_id is None


@pytest.fixture()
def two_councils(app, client):
    """A worker of ours, signed in; and another council with a consultation, question, group, batch and pledge."""
    from participation.distribution import services as distribution
    from participation.distribution.models import GroupKind

    with app.app_context():
        ours = factories.organisation("Ourshire Council")
        our_consultation = factories.consultation(ours, code="ours")
        theirs = _their_consultation()
        their_group = distribution.save_group(theirs.organisation_id, "Their Voices", GroupKind.OTHER, 30)
        distribution.save_group(ours.id, "Our Voices", GroupKind.OTHER, 20)
        batch = distribution.create_batch(
            theirs, count=2, group=their_group, age_band="", identifiers=[], created_by=None
        )
        db.session.commit()
        user, secret = factories.staff(ours, Role.ORGANISATION_ADMIN)
        ids = {
            "ours": our_consultation.id,
            "our_question": our_consultation.questions[0].id,
            "theirs": theirs.id,
            "their_org": theirs.organisation_id,
            "their_question": theirs.questions[0].id,
            "their_group": their_group.id,
            "their_batch": batch.id,
            "user": user.id,
        }
    factories.sign_in(client, user, secret)
    return Console(client), ids


def _audited_refusals(app, user_id) -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEvent).where(AuditEvent.action == "lookup-refused", AuditEvent.user_id == user_id)
            )
        )


def test_staff_urls_with_another_organisations_ids_are_refused_and_audited(app, two_councils):
    console, ids = two_councils
    console.get("/staff/")
    urls = [
        ("GET", f"/staff/consultations/{ids['theirs']}"),
        ("GET", f"/staff/consultations/{ids['theirs']}/responses"),
        ("GET", f"/staff/consultations/{ids['theirs']}/comments"),
        ("GET", f"/staff/consultations/{ids['theirs']}/board-pack.zip"),
        ("POST", f"/staff/consultations/{ids['theirs']}/close"),
        ("POST", f"/staff/consultations/{ids['theirs']}/details"),
        ("GET", f"/staff/consultations/{ids['theirs']}/questions/{ids['their_question']}"),
        ("POST", f"/staff/consultations/{ids['ours']}/questions/{ids['their_question']}"),
        ("POST", f"/staff/consultations/{ids['ours']}/questions/{ids['their_question']}/delete"),
        ("POST", f"/staff/consultations/{ids['theirs']}/invites"),
        ("GET", f"/staff/consultations/{ids['ours']}/invites/{ids['their_batch']}"),
        ("GET", f"/staff/consultations/{ids['theirs']}/invites/{ids['their_batch']}"),
        ("GET", f"/staff/groups/{ids['their_group']}"),
        ("POST", f"/staff/groups/{ids['their_group']}"),
        ("POST", f"/staff/organisation/{ids['their_org']}"),
    ]
    token = console.page.find("input", {"name": "csrf_token"})["value"]
    for method, url in urls:
        response = console.client.open(
            url,
            method=method,
            data={"csrf_token": token, "name": "Renamed", "kind": "other", "cohort_size": "1", "count": "5"},
        )
        body = response.get_data(as_text=True)
        assert response.status_code == 404, (method, url, response.status_code)
        assert "Page not found" in body and no_stack_trace(body)
    refused = _audited_refusals(app, ids["user"])
    assert len(refused) == 1 and refused[0].detail["count"] == len(urls)
    assert sorted((entry["method"], entry["subject"]) for entry in audit.refusals_in(refused[0])) == sorted(urls)
    with app.app_context():
        from participation.distribution.models import Group, InviteBatch
        from participation.surveys.models import ConsultationStatus

        assert db.session.get(Consultation, ids["theirs"]).status == ConsultationStatus.PUBLISHED
        assert db.session.get(Question, ids["their_question"]) is not None
        assert db.session.get(Group, ids["their_group"]).name == "Their Voices"
        assert db.session.scalar(select(func.count()).select_from(InviteBatch)) == 1


def test_staff_forms_with_another_organisations_ids_store_nothing(app, two_councils):
    from participation.distribution.models import ConsultationGroup, InviteBatch

    console, ids = two_councils
    console.get(f"/staff/consultations/{ids['ours']}/invites")
    page = console.submit({"count": "3", "group": str(ids["their_group"])})
    assert console.response.status_code == 400
    assert "Select a group from the list" in page.get_text() and no_stack_trace(str(page))
    console.get(f"/staff/consultations/{ids['ours']}/reach")
    page = console.submit({"groups": [str(ids["their_group"])]})
    assert console.response.status_code == 200 and no_stack_trace(str(page))
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count()).select_from(InviteBatch).where(InviteBatch.consultation_id == ids["ours"])
            )
            == 0
        )
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(ConsultationGroup)
                .where(ConsultationGroup.consultation_id == ids["ours"])
            )
            == 0
        )
        # Both refusals are logged and audited, naming the page and the field, never the other council's id.
        from participation.audit.models import AuditEvent

        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "lookup-refused")).all()
        entries = [entry for event in events for entry in audit.refusals_in(event)]
        assert sorted((entry["subject"].rsplit("/", 1)[-1], entry["field"]) for entry in entries) == [
            ("invites", "group"),
            ("reach", "groups"),
        ]
        assert not any(str(ids["their_group"]) in str(event.detail) for event in events)


def test_nul_in_a_staff_form_is_never_a_server_error(app, two_councils, caplog):
    """No one types a NUL: a staff form carrying one is refused with a clear page on every database, logged, and
    nothing is stored."""
    from participation.distribution.models import Group

    console, _ids = two_councils
    console.get("/staff/groups")
    with caplog.at_level(logging.WARNING):
        page = console.submit({"name": "Nul\x00Group", "kind": "other", "cohort_size": "5"})
    assert no_stack_trace(str(page))
    assert console.response.status_code == 400
    assert "Some of what your browser sent could not be read" in page.get_text()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Group).where(Group.name.like("Nul%"))) == 0
    assert "Refused a staff post with a NUL character: /staff/groups" in [r.getMessage() for r in caplog.records]
