"""One request, one transaction: a view's changes are committed when its page succeeds and rolled back otherwise.

It sits beside the extensions (it needs the session) so that route modules can use it without importing the database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Response, current_app
from sqlalchemy import Engine

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


def reads_only() -> None:
    """Say, before its first query, that this request only reads: on PostgreSQL its queries are then asked outside a
    transaction (each is one round trip; a BEGIN and a COMMIT are two more, a third of a question page's wait on the
    database; issue 16). Nothing changes where a transaction has already begun, where the session is bound to a
    connection of its own (the tests' rolled-back transaction), or on SQLite, whose reads cost no round trip. A
    request that says so must not write: each statement would be committed on its own."""
    session = db.session()
    bind = session.get_bind()
    if not isinstance(bind, Engine) or bind.dialect.name != "postgresql" or session.in_transaction():
        return
    session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
