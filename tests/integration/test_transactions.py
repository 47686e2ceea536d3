"""One request, one transaction: a page that succeeds (2xx) or sends the browser on (3xx) keeps what the view wrote;
a page that answers 4xx or 5xx, or a view that raises, keeps nothing."""

from __future__ import annotations

from flask import Flask, redirect
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from werkzeug.exceptions import NotFound

from participation.audit import services as audit
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.transactions import commit_on_success, keep_now


def _view_answering(status: int, subject: str, keep: bool = False) -> ResponseReturnValue:
    audit.record("transaction-test", subject=subject)
    if keep:
        keep_now()
        audit.record("transaction-test", subject=f"{subject}-after-keep")
    if status == 302:
        return redirect("/elsewhere")
    if status == 404:
        raise NotFound()
    return "a page", status


def _kept(app: Flask) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "transaction-test")))


def _request(app: Flask, status: int, subject: str, keep: bool = False) -> int:
    view = commit_on_success(lambda: _view_answering(status, subject, keep))
    with app.test_request_context("/", method="POST"):
        try:
            return view().status_code
        except NotFound:
            return 404


def test_a_page_answering_400_keeps_nothing_it_wrote(app: Flask) -> None:
    assert _request(app, 400, "shown-with-errors") == 400
    assert _kept(app) == set()


def test_pages_that_succeed_or_redirect_keep_what_they_wrote(app: Flask) -> None:
    assert _request(app, 200, "shown") == 200
    assert _request(app, 302, "sent-on") == 302
    assert _kept(app) == {"shown", "sent-on"}


def test_errors_and_raised_errors_keep_nothing(app: Flask) -> None:
    assert _request(app, 403, "refused") == 403
    assert _request(app, 500, "broken") == 500
    assert _request(app, 404, "raised") == 404
    assert _kept(app) == set()


def test_keep_now_keeps_a_record_the_failing_page_needs(app: Flask) -> None:
    """A failed sign-in is audited although its page answers 400; what comes after ``keep_now`` still goes."""
    assert _request(app, 400, "failed-sign-in", keep=True) == 400
    assert _kept(app) == {"failed-sign-in"}
