"""One request, one transaction: a view's changes are committed when its page succeeds and rolled back otherwise.

It sits beside the extensions (it needs the session) so that route modules can use it without importing the database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Response, current_app, g

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
    """Nothing more this request does writes to the database (a "too many tries" page: it only reads whose helplines
    to show). On SQLite its transaction then begins without the write lock even for a POST, so the page neither waits
    behind another connection's write nor, after busy_timeout, loses what it read (the council's own numbers). A write
    after all still gets the lock at that moment (``create_app``'s ``sqlite_write_apart``)."""
    setattr(g, _ONLY_READING, True)


def reads_only() -> bool:
    return bool(g.get(_ONLY_READING, False))
