"""The rate limiter that views decorate (``@limiter.limit(...)``), created unbound; ``create_app`` binds it.

Apart from the other extensions so that route modules can use it without reaching the database's extension.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import request
from flask_limiter import Limiter
from flask_wtf import FlaskForm

from participation.pseudonyms import keyed_hash


def client_address() -> str:
    """The client's address as a limit counts it: keyed, so no store of counts (Heard's database, or a Redis that
    writes to disk) ever holds an address in clear. Behind the council's proxy the address is the client's own
    (``HEARD_PROXY_HOPS``, participation/ops/proxies.py), never one a header could choose unchecked."""
    return keyed_hash("rate-limit-address", request.remote_addr or "unknown")


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
