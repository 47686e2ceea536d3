"""The rate limiter that views decorate (``@limiter.limit(...)``), created unbound; ``create_app`` binds it.

Apart from the other extensions so that route modules can use it without reaching the database's extension.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from flask import request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_limiter import Limiter
from flask_wtf import FlaskForm
from werkzeug.exceptions import HTTPException

from participation.pseudonyms import keyed_hash


def posted(field: str) -> str:
    """A field of the POST, as a limit's key or exemption reads it: "" where the body cannot be read (too big, or
    malformed). Whatever a limit's callable raises, Flask-Limiter takes for its storage failing and counts in a fresh
    store in memory, so one unreadable post let the requests after it past a spent limit (the fifth outside review,
    H1); the view then answers the body itself (413, or its own error)."""
    try:
        value = request.form.get(field, "")
    except HTTPException:
        return ""
    return value if isinstance(value, str) else ""


def client_address() -> str:
    """The client's address as a limit counts it: keyed, so no store of counts (Heard's database, or a Redis that
    writes to disk) ever holds an address in clear. Behind the council's proxy the address is the client's own
    (``HEARD_PROXY_HOPS``, participation/ops/proxies.py), never one a header could choose unchecked."""
    return keyed_hash("rate-limit-address", request.remote_addr or "unknown")


def address_at_council(lookup: Callable[..., uuid.UUID | None]) -> Callable[[], str]:
    """A limit's key for a young person's form that belongs to one council: the address (keyed, as
    ``client_address``) and the council ``lookup`` finds from the view's arguments. Someone filling one council's
    queue from an address then uses up only that council's count: young people on the same network (a children's
    home's, a school's) can still ask every other council."""

    def key() -> str:
        council = lookup(**(request.view_args or {}))
        return f"{client_address()}:{council or 'none'}"

    return key


# Storage comes from RATELIMIT_STORAGE_URI: Heard's own database by default, or Redis (counts are shared by every
# worker on every machine either way).
limiter = Limiter(key_func=client_address)


View = TypeVar("View", bound=Callable[..., object])


def keeps_typed(form: type[FlaskForm]) -> Callable[[View], View]:
    """A limited form whose "too many tries" page keeps every field typed, not only a code or an email: the page
    draws ``form`` (its labels, its choices) filled with what was sent, ready to send again (``errors``)."""

    def decorate(view: View) -> View:
        setattr(view, RETRY_FORM, form)
        return view

    return decorate


RETRY_FORM = "heard_retry_form"
COUNCIL_OF = "heard_council_of"


def council_of(lookup: Callable[..., uuid.UUID | None]) -> Callable[[View], View]:
    """A limited young person's page whose "too many tries" page shows its council's own helplines beside the national
    ones, as the page itself does: ``lookup`` takes the view's arguments and gives the council (None when unknown)."""

    def decorate(view: View) -> View:
        setattr(view, COUNCIL_OF, lookup)
        return view

    return decorate


def retry_after() -> int | None:
    """Seconds until the limit that refused this request lets a try through again: from that limit's own window (its
    configuration: "60 per hour" is an hour) and when the window started (the count's expiry in the limit's storage),
    never more than the window. None when no limit refused this request."""
    refused = limiter.current_limit
    if refused is None or not refused.breached:
        return None
    window = int(refused.limit.get_expiry())
    try:
        left = math.ceil(refused.reset_at - time.time())
    except Exception:  # noqa: BLE001 - a storage that cannot say when: the whole window, which is never too short
        left = window
    return max(1, min(window, left))


def wait_words(seconds: int | None) -> str:
    """How long to wait, in the reader's words, rounded up to the minute or the hour so that trying again then works;
    "a few minutes" only when no limit says. The "too many tries" page of every limited form, staff's and young
    people's alike (``participation.errors``)."""
    if seconds is None:
        return str(_("Please wait a few minutes and try again."))
    minutes = max(1, math.ceil(seconds / 60))
    if minutes < 60:
        return str(
            ngettext(
                "Please wait %(num)d minute, then try again.", "Please wait %(num)d minutes, then try again.", minutes
            )
        )
    hours = math.ceil(minutes / 60)
    return str(
        ngettext("Please wait %(num)d hour, then try again.", "Please wait %(num)d hours, then try again.", hours)
    )
