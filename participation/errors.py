"""Kind error pages in the reader's language; no stack trace ever reaches a person."""

from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, Response, abort, current_app, g, render_template, request
from flask.globals import request_ctx
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy.exc import DataError, DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException

from participation.accounts.access import load_signed_in
from participation.accounts.error_pages import staff_page, way_back
from participation.audit import services as audit
from participation.extensions import db
from participation.limits import COUNCIL_OF, RETRY_FORM, retry_after, wait_words
from participation.ops.access_log import current_path
from participation.transactions import only_reading
from participation.widgets import SelectChoice

log = logging.getLogger(__name__)


def _page(status: int) -> tuple[str, str]:
    pages = {
        400: (
            _("Something was wrong with what was sent"),
            _("Some of what your browser sent could not be read. Go back and try again."),
        ),
        403: (_("You cannot see this page"), _("This page is not open to you.")),
        404: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        405: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        413: (
            _("Your answer was too long to send"),
            _(
                "What you sent was too big for us to take. Go back, make your answer shorter and try again. "
                "Your other answers are saved."
            ),
        ),
        414: (
            _("That web address is too long"),
            _("Go back and try again with fewer words, or follow a link instead of typing the address."),
        ),
        429: (_("Too many tries"), wait_words(retry_after())),
        503: (
            _("Sorry, we could not save that just now"),
            _("Your answers so far are safe. Wait a few minutes, then go back and press the button again."),
        ),
    }
    return pages.get(
        status,
        (
            _("Sorry, something went wrong"),
            _("We could not do that just now. Your answers so far are saved. Please try again in a few minutes."),
        ),
    )


def for_staff() -> bool:
    """Is this a staff (console) address? Its errors are drawn in the staff layout: the staff menu and no quick
    exit, in words for staff; everything else is a young person's page and keeps theirs."""
    return request.path == "/staff" or request.path.startswith("/staff/")


def _signed_in_staff() -> object | None:
    """Who is signed in, for the staff menu on an error page. An error raised before the request's own check ran
    (an expired form, a body too big) has not looked yet; a database that is down cannot say, so no menu."""
    if "staff" not in g:
        try:
            load_signed_in()
        except Exception:  # noqa: BLE001 - the error page itself must still be drawn
            log.warning("Could not tell who is signed in for an error page")
            db.session.rollback()
            g.staff = None
    staff: object | None = g.get("staff")
    return staff


# Names of fields that hold a secret or a key, never shown back; values that are a choice or an id, not typing.
_SECRET_FIELD = re.compile(r"csrf|password|code|token|secret|totp", re.IGNORECASE)
_NOT_TYPED = re.compile(r"[a-z0-9_-]{0,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEPT_MAX_FIELDS = 30
_KEPT_MAX_CHARACTERS = 20_000


def _typed_for_copying(status: int, staff: object | None) -> list[str]:
    """What a signed-in member of staff typed into a form that was not saved (an expired form, an error), shown on
    the error page to copy back, since the form will open empty. Never a password or code, and never for someone
    not signed in: a post from another site arrives without the session cookie, so what it carried is not shown in
    Heard's page. Not sent again from here either, which would let that post through the CSRF check."""
    if staff is None or request.method != "POST" or status in (413, 429):
        return []
    try:
        items = list(request.form.items(multi=True))
    except Exception:  # noqa: BLE001 - a body that cannot be read has nothing to show
        return []
    kept: list[str] = []
    for name, value in items[:_KEPT_MAX_FIELDS]:
        text = value.replace("\x00", "").strip()
        if _SECRET_FIELD.search(name) or _NOT_TYPED.fullmatch(text):
            continue
        kept.append(text[:_KEPT_MAX_CHARACTERS])
    return kept


def _render(status: int, title: str, body: str) -> tuple[str, int]:
    if for_staff():
        staff = _signed_in_staff()
        back_href, back_text = way_back(staff)
        return (
            render_template(
                "staff/error.html",
                title=title,
                body=body,
                retry=_kept_for_retry(status),
                typed=_typed_for_copying(status, staff),
                back_href=back_href,
                back_text=back_text,
            ),
            status,
        )
    if status == 429:
        _council_for_helplines()
    return (
        render_template(
            "errors/error.html", title=title, body=body, retry=_kept_for_retry(status), help_now=status == 429
        ),
        status,
    )


def _council_for_helplines() -> None:
    """Whose own numbers the "too many tries" page shows beside the national helplines: the council of the page that
    refused (``limits.council_of``), as that page itself would. Drawn before the view ran, so it asks; a database
    that cannot say leaves the national lines."""
    view = current_app.view_functions.get(request.endpoint or "")
    lookup = getattr(view, COUNCIL_OF, None)
    if lookup is None or g.get("helpline_organisation_id") is not None:
        return
    try:
        g.helpline_organisation_id = lookup(**(request.view_args or {}))
    except Exception:  # noqa: BLE001 - the page itself must still be drawn, with the national lines
        log.warning("Could not tell whose helplines to show on a too-many-tries page")
        db.session.rollback()


def _audit_refused_lookup() -> None:
    """A signed-in member of staff asked for an object by id that is not in their organisation (or no longer
    exists; lookups are scoped, so the two look the same): audit it as a failed authorisation (TRUST.md), kept even
    though the request fails, as ``access.refuse`` does for a missing role."""
    staff = g.get("staff")
    if staff is None or not any(isinstance(value, uuid.UUID) for value in (request.view_args or {}).values()):
        return

    try:
        db.session.rollback()
        audit.record_refusal(
            "lookup-refused",
            organisation_id=staff.session.organisation_id,
            user_id=staff.user.id,
            subject=current_path()[:200],
            method=request.method,
        )
        db.session.commit()
    except Exception:  # noqa: BLE001 - the refusal itself must still reach the person
        log.exception("Could not audit a refused lookup")
        db.session.rollback()


# What a refused try keeps of what was typed, to send again once the wait is over (never a password).
_KEPT_FIELDS = {"code": _l("Your code"), "email": _l("Email address")}


def _kept_for_retry(status: int) -> dict[str, object] | None:
    """For "too many tries" after a form was sent: the same form with what was typed, ready to send again. A view
    marked ``limits.keeps_typed`` gets every field of its form back (choices as choices, long text in a text area);
    any other, the code or email it asked for."""
    if status != 429 or request.method != "POST":
        return None
    try:
        form = request.form
    except Exception:  # noqa: BLE001 - a body too big (or unreadable) to keep: the page is drawn without it
        return None
    view = current_app.view_functions.get(request.endpoint or "")
    form_class = getattr(view, RETRY_FORM, None)
    if form_class is not None:
        fields = _every_field(form_class(formdata=form, meta={"csrf": False}))
    else:
        fields = [
            {"name": name, "label": str(label), "value": form.get(name, "")[:254], "kind": "text", "dir": "ltr"}
            for name, label in _KEPT_FIELDS.items()
            if name in form
        ]
    if not fields:
        return None
    return {"action": request.full_path.rstrip("?"), "fields": fields}


def _every_field(form: FlaskForm) -> list[dict[str, object]]:
    """Every field of ``form`` as sent: its label, the value (cut to the length a field could ever hold) and, for a
    choice, the choices with their labels, so nothing typed or chosen is lost while the limit lasts."""
    fields: list[dict[str, object]] = []
    for field in form:
        if field.type in ("CSRFTokenField", "SubmitField") or _SECRET_FIELD.search(field.name):
            continue
        item: dict[str, object] = {"name": field.name, "label": str(field.label.text), "dir": "auto"}
        if field.type == "HiddenField":
            # Sent back as it came (the shared screen's one-time token): pressing "try again" twice still stores the
            # words once.
            item |= {"kind": "hidden", "value": str(field.data or "")[:200]}
        elif field.type == "RadioField":
            choices = [
                (str(choice.value), str(choice.label))
                if isinstance(choice, SelectChoice)
                else (str(choice[0]), str(choice[1]))
                for choice in field.choices or ()
            ]
            item |= {"kind": "radio", "value": str(field.data or ""), "choices": choices}
        elif field.type == "BooleanField":
            # A tick box (agreeing to be quoted) comes back as it was sent: ticked only if it was.
            item |= {"kind": "checkbox", "value": "y" if field.data else ""}
        else:
            value = field.data if isinstance(field.data, str) else ""
            item |= {"kind": "textarea" if field.type == "TextAreaField" else "text", "value": value[:5000]}
        fields.append(item)
    return fields


def register(app: Flask) -> None:
    @app.before_request
    def refuse_nul_in_staff_forms() -> None:
        """No one types a NUL: in a staff form it is tampering or a broken client. Refused with the "could not be
        read" page on every database, before anything is stored (young people's free text has it stripped
        instead, so a child never sees an error for it)."""
        if (
            request.method == "POST"
            and request.path.startswith("/staff/")
            # The shared screen in the room takes young people's words: stripped there, as on their own pages.
            and request.endpoint != "sessions.room"
            and any("\x00" in value for _key, value in request.form.items(multi=True))
        ):
            log.warning("Refused a staff post with a NUL character: %s", current_path())
            abort(400)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        status = error.code or 500
        if request_ctx.url_adapter is None:
            # A Host not in TRUSTED_HOSTS: no link can be built for it, so a page without links.
            log.warning("Refused a request for an untrusted host")
            title, body = _page(status)
            return Response(f"{title}\n\n{body}\n", status=status, mimetype="text/plain")
        if status == 404:
            _audit_refused_lookup()
        if status == 429:
            # Refused before the view ran: the page only reads (whose helplines, who is signed in), so on SQLite it
            # must not queue for the write lock behind someone else's write, and then lose the council's numbers.
            only_reading()
        title, body = staff_page(status, error) if for_staff() else _page(status)
        page, status = _render(status, title, body)
        # When a limited form can be sent again, in the page's words and in the header (RFC 9110 section 10.2.3).
        wait = retry_after() if status == 429 else None
        return page, status, {"Retry-After": str(wait)} if wait is not None else {}

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> ResponseReturnValue:
        if isinstance(error, HTTPException):
            return http_error(error)
        # The database cannot be reached, or lost the connection, or is locked or busy: nothing was half-stored (the
        # transaction is rolled back) and pressing the button again later works, so say that (503), not "broken".
        unavailable = isinstance(error, (OperationalError, PoolTimeoutError)) or (
            isinstance(error, DBAPIError) and error.connection_invalidated
        )
        # Input the database refuses (a NUL in text on PostgreSQL, a value too long for its column): what was sent
        # was wrong, so say that (400); logged in full, since a form should have refused it first.
        refused = isinstance(error, DataError) and not unavailable
        log.exception(
            "Database unavailable"
            if unavailable
            else "Database refused the data sent"
            if refused
            else "Unhandled error"
        )
        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the database itself may be what failed
            log.exception("Rollback failed")
        status = 503 if unavailable else 400 if refused else 500
        staff = for_staff()
        title, body = staff_page(status, error) if staff else _page(status)
        if unavailable and request.method == "GET":
            title, body = (
                _("Sorry, we cannot show this page just now"),
                _("Wait a few minutes, then try again.")
                if staff
                else _("Your answers so far are safe. Wait a few minutes, then try again."),
            )
        page, status = _render(status, title, body)
        headers = {"Retry-After": "120"} if unavailable else {}
        return page, status, headers


def address_too_long_response(app: object) -> bytes | None:
    """The whole HTTP response for an address longer than the server reads (gunicorn's ``limit_request_line``):
    Heard's own page with its security headers, for the worker to send instead of gunicorn's raw one
    (``participation.ops.gunicorn_worker``). Nothing of the request was read, so no path, cookie or language: the
    young people's page, in English. None for anything but Heard's app, or if the page cannot be drawn."""
    if not isinstance(app, Flask):
        return None
    try:
        with app.test_request_context("/", base_url=app.config.get("HEARD_BASE_URL") or None):
            title, body = _page(414)
            page = render_template("errors/error.html", title=title, body=body, retry=None)
            response = app.process_response(app.make_response((page, 414)))
    except Exception:  # noqa: BLE001 - the server's own answer is still better than none
        log.exception("Could not draw the address-too-long page")
        return None
    content = response.get_data()
    response.headers["Content-Length"] = str(len(content))
    response.headers["Connection"] = "close"
    lines = [f"HTTP/1.1 {response.status}"] + [f"{name}: {value}" for name, value in response.headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + content
