"""SQLite's one write lock, under requests at the same time.

A request that changes things (POST) takes the write lock when its transaction begins, so a busy moment makes it wait
(busy_timeout) instead of failing with "database is locked" when a read tries to become a write. A GET never holds the
lock while it reads and renders: found under load, question pages (which were marked as writing) queued behind each
other, and staff pages answered 503 while a PDF was being drawn. A GET that does write (the done page, quick exit, an
audited download) takes the lock only at its first write, in a transaction of its own.

These tests use a database file of their own, outside the suite's one-transaction-per-test wrapper: they are about
what separate connections do to each other."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask, before_render_template
from sqlalchemy import event, text

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db
from tests import factories
from tests.journey import Journey


@pytest.fixture(scope="module")
def sqlite_app() -> Iterator[tuple[Flask, Path]]:
    path = Path(tempfile.mkdtemp(prefix="heard-locking-")) / "locking.sqlite3"
    application = create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with application.app_context():
        db.metadata.create_all(db.engine)
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE lock_probe (n INTEGER)"))
        factories.consultation(factories.organisation("Lockshire Council"), code="locks")
    yield application, path
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def begun_with(app: Flask, path: str, method: str = "GET") -> list[str]:
    seen: list[str] = []
    with app.test_request_context(path, method=method):
        engine = db.engine

        def record(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            if statement.startswith("BEGIN"):
                seen.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            db.session.execute(text("SELECT 1"))
            db.session.rollback()
        finally:
            event.remove(engine, "before_cursor_execute", record)
            db.session.remove()
    return seen


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/s/locks/q/1", "POST", "BEGIN IMMEDIATE"),
        ("/staff/sign-in", "POST", "BEGIN IMMEDIATE"),
        ("/s/locks/q/1", "GET", "BEGIN"),  # a question page only reads: it must never queue behind a submission
        ("/s/locks/done", "GET", "BEGIN"),  # writes, but only once it has read: see the next test
        ("/leave", "GET", "BEGIN"),
        ("/staff/safeguarding/00000000-0000-0000-0000-000000000000", "GET", "BEGIN"),
        ("/help", "GET", "BEGIN"),
    ],
)
def test_only_requests_that_change_things_take_the_lock_up_front(sqlite_app, path, method, expected):
    assert begun_with(sqlite_app[0], path, method) == [expected]


def test_a_get_that_writes_after_another_connection_wrote_still_writes(sqlite_app):
    """SQLite refuses to turn a read transaction into a write once another connection has committed since the read
    began ("database is locked", at once, whatever busy_timeout says). The GET's write gets a transaction of its own."""
    app, path = sqlite_app
    with app.test_request_context("/help", method="GET"):
        before = db.session.scalar(text("SELECT count(*) FROM lock_probe"))  # the read transaction begins here
        other = sqlite3.connect(path)
        other.execute("INSERT INTO lock_probe VALUES (1)")
        other.commit()
        other.close()
        db.session.execute(text("INSERT INTO lock_probe VALUES (2)"))
        db.session.commit()
        after = db.session.scalar(text("SELECT count(*) FROM lock_probe"))
        db.session.remove()
    assert after == before + 2


def test_a_question_page_being_drawn_does_not_hold_up_an_answer(sqlite_app):
    """One child's question page is paused half-way through rendering (as if the machine were busy) while another
    child answers a question: the answer is stored without waiting for the page."""
    app, _path = sqlite_app
    # The page must be drawn, not read back from what the process kept (templating.kept_page), to be paused.
    app.config["HEARD_KEEP_FRAGMENTS"] = False
    reader, writer = Journey(app.test_client(), "locks"), Journey(app.test_client(), "locks")
    reader.start("12-17")
    writer.start("12-17")
    assert reader.path == writer.path == "/s/locks/q/1"
    rendering, release, answered = threading.Event(), threading.Event(), threading.Event()
    statuses: dict[str, int] = {}

    def hold(_sender, **_extra):  # type: ignore[no-untyped-def]
        if threading.current_thread() is paused:
            rendering.set()
            release.wait(60)

    def read_page() -> None:
        statuses["reader"] = reader.client.get("/s/locks/q/1").status_code

    def answer() -> None:
        writer.submit_current({"answer": "sometimes"})
        statuses["writer"] = writer.response.status_code
        answered.set()

    paused = threading.Thread(target=read_page)
    answering = threading.Thread(target=answer)
    before_render_template.connect(hold, app)
    try:
        paused.start()
        assert rendering.wait(30), "the question page never started rendering"
        answering.start()
        # Not a timing goal: with the lock held by the page, the answer would wait for it until busy_timeout ran out.
        answered_while_paused = answered.wait(30)
    finally:
        release.set()
        before_render_template.disconnect(hold, app)
        answering.join(60)
        paused.join(60)
    assert answered_while_paused, "an answer waited for another child's question page to finish rendering"
    assert statuses == {"reader": 200, "writer": 200}
    assert writer.path == "/s/locks/q/2"


def test_the_shared_screens_too_many_tries_page_shows_the_councils_numbers_while_another_writes(sqlite_app):
    """Reproduced over HTTP against the demo: the shared screen's "too many tries" page showed the national helplines
    without the council's own numbers, after ten seconds, whenever another connection was writing. The page is drawn
    for a POST, whose transaction took the write lock to do nothing but read whose numbers to show; it waited out
    busy_timeout and fell back to the national lines. It reads now without the lock: at once, with the numbers."""
    from datetime import date

    from participation.accounts.access import ROOM_KEY
    from participation.distribution.models import Group, GroupKind
    from participation.helplines.models import CouncilHelpline
    from participation.limits import limiter
    from participation.sessions import services as sessions

    app, path = sqlite_app
    with app.app_context():
        org = factories.organisation("Busyshire Council")
        db.session.add(CouncilHelpline(organisation_id=org.id, kind="emergency-duty-team", number="0306 999 0456"))
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "", [], {})
        key = sessions.open_room(held)
        db.session.commit()
        db.session.remove()
    limiter.reset()
    room = app.test_client()
    with room.session_transaction() as cookie:
        cookie[ROOM_KEY] = key
    statuses = [room.post("/room", data={"text": ""}).status_code for _ in range(30)]
    assert 429 not in statuses  # nothing typed, so nothing stored: each try only counts
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another connection is writing (an export, a purge, someone's answers)
    try:
        refused = room.post("/room", data={"text": "more trips out"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.status_code == 429
    helplines = refused.get_data(as_text=True)
    assert "0800 1111" in helplines and "0306 999 0456" in helplines
