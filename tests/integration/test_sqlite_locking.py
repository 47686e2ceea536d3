"""On SQLite a request that will write takes the write lock when its transaction begins, so a busy moment makes it
wait (busy_timeout) instead of failing with "database is locked" when a read transaction tries to become a write.
Found from outside: the done page (which retires the device's token on GET) and audited staff pages answered 503
under light load after the answers were already stored."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event, text

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db


@pytest.fixture(scope="module")
def sqlite_app():
    tmp = Path(tempfile.mkdtemp(prefix="heard-locking-"))
    return create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'locking.sqlite3'}"})


def begun_with(app, path: str, method: str = "GET") -> list[str]:
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
        ("/s/demo/done", "GET", "BEGIN IMMEDIATE"),  # retires the device token: writes on GET
        ("/leave", "GET", "BEGIN IMMEDIATE"),  # quick exit retires draft tokens
        ("/staff/safeguarding/00000000-0000-0000-0000-000000000000", "GET", "BEGIN IMMEDIATE"),  # audited view
        ("/s/demo/q/1", "POST", "BEGIN IMMEDIATE"),
        ("/s/demo", "GET", "BEGIN"),  # reads only: readers never queue behind writers
        ("/help", "GET", "BEGIN"),
    ],
)
def test_views_that_write_take_the_lock_up_front(sqlite_app, path, method, expected):
    assert begun_with(sqlite_app, path, method) == [expected]
