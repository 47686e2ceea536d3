"""One request, one transaction: a view's changes are committed when its page succeeds and rolled back otherwise.

It sits beside the extensions (it needs the session) so that route modules can use it without importing the database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Response, current_app, g
from sqlalchemy import Engine, text

from participation.extensions import db

F = TypeVar("F", bound=Callable[..., Any])


def commit_on_success(view: F) -> F:
    """Commit the session when the view answers 2xx or 3xx; roll back when it raises or answers 4xx or 5xx (a form
    shown again with its errors has changed nothing)."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        try:
            response = current_app.make_response(view(*args, **kwargs))
        except Exception:
            db.session.rollback()
            raise
        if response.status_code < 400:
            db.session.commit()
        else:
            db.session.rollback()
        return response

    return cast(F, wrapper)  # wraps keeps the view's signature; the checker cannot see that


def keep_now() -> None:
    """Commit what this request has written so far, for a record that must outlast a page that answers 4xx: a failed
    sign-in is audited although the page says 400."""
    db.session.commit()


_ONLY_READING = "heard_only_reading"


def only_reading() -> None:
    """Say that nothing more this request does writes to the database (a question page; a "too many tries" page,
    which only reads whose helplines to show).

    - On SQLite its transaction then begins without the write lock even for a POST, so the page neither waits behind
      another connection's write nor, after busy_timeout, loses what it read (the council's own numbers). A write
      after all still gets the lock at that moment (``create_app``'s ``sqlite_write_apart``).
    - On PostgreSQL, said before the request's first query, its queries are asked outside a transaction: each is one
      round trip, where a BEGIN and a COMMIT were two more (a question page's wait on the database; issue 16).
      Nothing changes there where a transaction has already begun or where the session is bound to a connection of
      its own (the tests' rolled-back transaction). A write after all would be committed statement by statement."""
    setattr(g, _ONLY_READING, True)
    session = db.session()
    bind = session.get_bind()
    if not isinstance(bind, Engine) or bind.dialect.name != "postgresql" or session.in_transaction():
        return
    session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def is_only_reading() -> bool:
    return bool(g.get(_ONLY_READING, False))


def need_not_wait_for_the_disk() -> None:
    """This request's commit may return before its changes reach the disk: a draft's ordinary answer, which the young
    person gives again if it is ever lost.

    - On PostgreSQL the transaction commits with ``synchronous_commit`` off (for it alone): a crash of Heard or of
      PostgreSQL loses nothing and nothing is ever half written, but a power cut may lose the last moment's commits
      (at most three times ``wal_writer_delay``, 0.6 s by default). Waiting for the disk cost each answer about 4 ms
      on the bench machine, and each journey has a commit per question (issue 16).
    - SQLite already commits so: its WAL with ``synchronous=NORMAL`` (``create_app``) flushes at checkpoints, not at
      each commit, for every transaction.

    Never for what must outlast a power cut: a sent response and its receipt, a possible disclosure, anything staff do.
    """
    session = db.session()
    bind = session.get_bind()
    if isinstance(bind, Engine) and bind.dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit = off"))
