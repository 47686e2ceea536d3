"""A CSRF token that is different in every response (TRUST.md, "Compressed pages and BREACH").

Pages are compressed (participation/assets.py), and a compressed page that holds a secret beside something the
visitor typed can leak the secret through its length (BREACH). Flask-WTF's token is ``<the session's secret token,
base64>.<timestamp>.<signature>``: its first part is the same in every page of a session. Heard writes instead, in
every form and at every ``csrf_token()``, a fresh token: 12 random bytes, the time, and an HMAC of both with the
session's secret token, keyed by the app's CSRF key. Nothing in it repeats from one response to the next, so there is
nothing for such an attack to home in on; it is also shorter (48 characters against about 90).

Checking: a Heard token whose HMAC matches the session's secret is exchanged for the session's Flask-WTF token signed
at the time the Heard token was made, which Flask-WTF then checks as it always did (so its messages, and its time
limit when one is set, stay as they were). A
token in Flask-WTF's own form (a page opened before an upgrade) is checked by Flask-WTF unchanged.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
import struct
from typing import Any

from flask import Flask, current_app, g, session
from flask_wtf import CSRFProtect, FlaskForm
from flask_wtf.csrf import generate_csrf, validate_csrf
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.timed import TimestampSigner
from wtforms.csrf.core import CSRF

NONCE_BYTES = 12
MAC_BYTES = 20
_TOKEN_BYTES = NONCE_BYTES + 4 + MAC_BYTES
_LABEL = b"heard-csrf-per-response"


def _key() -> bytes:
    return _key_for(str(current_app.config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key))


@functools.lru_cache(maxsize=8)
def _key_for(secret: str) -> bytes:
    return hashlib.sha256(_LABEL + secret.encode()).digest()


def _field_name() -> str:
    return str(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))


def _mac(nonce_and_time: bytes, session_token: str) -> bytes:
    return hmac.new(_key(), nonce_and_time + session_token.encode(), hashlib.sha256).digest()[:MAC_BYTES]


def per_response_token() -> str:
    """A new token for this form (``csrf_token()`` in templates, and every FlaskForm's hidden field)."""
    secret = session.get(_field_name())
    if not isinstance(secret, str):
        # A new session part-way through the request (sign-in renews it): Flask-WTF's token cached for the request
        # belongs to the old one.
        g.pop(_field_name(), None)
        generate_csrf()  # makes the session's secret token (Flask-WTF's signed form of it is not needed here)
        secret = session[_field_name()]
    nonce_and_time = secrets.token_bytes(NONCE_BYTES) + struct.pack(">I", _now() & 0xFFFFFFFF)
    mac = _mac(nonce_and_time, str(secret))
    return base64.urlsafe_b64encode(nonce_and_time + mac).decode("ascii")


def is_per_response(token: object) -> bool:
    return isinstance(token, str) and "." not in token and len(token) == 48


def _now() -> int:
    """The time as Flask-WTF's tokens tell it (itsdangerous's clock)."""
    return int(TimestampSigner("clock").get_timestamp())


def _signed_at(issued: int) -> str:
    """The session's Flask-WTF token as Flask-WTF would have signed it at ``issued``: Flask-WTF then judges its age
    against WTF_CSRF_TIME_LIMIT exactly as it judges its own tokens'."""

    class SignedAt(TimestampSigner):
        def get_timestamp(self) -> int:
            return issued

    secret: str | bytes = current_app.config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key or ""
    serializer = URLSafeTimedSerializer(secret, salt="wtf-csrf-token", signer=SignedAt)
    return str(serializer.dumps(session[_field_name()]))


def as_flask_wtf_token(token: Any) -> Any:
    """The session's Flask-WTF token (signed when the Heard token was made) for a valid Heard token; anything else
    as it came, for Flask-WTF to judge."""
    if not is_per_response(token) or _field_name() not in session:
        return token
    try:
        raw = base64.urlsafe_b64decode(str(token).encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return token
    if len(raw) != _TOKEN_BYTES:
        return token
    nonce_and_time, mac = raw[: NONCE_BYTES + 4], raw[NONCE_BYTES + 4 :]
    if not hmac.compare_digest(mac, _mac(nonce_and_time, str(session[_field_name()]))):
        return token
    return _signed_at(struct.unpack(">I", nonce_and_time[NONCE_BYTES:])[0])


class PerResponseCSRFProtect(CSRFProtect):
    """Flask-WTF's CSRFProtect, with the per-response token in templates and accepted on every POST."""

    def init_app(self, app: Flask) -> None:
        super().init_app(app)
        app.jinja_env.globals["csrf_token"] = per_response_token
        # Flask-WTF's own context processor also names csrf_token; this one, registered later, wins.
        app.context_processor(lambda: {"csrf_token": per_response_token})

    def _get_csrf_token(self) -> Any:
        return as_flask_wtf_token(super()._get_csrf_token())


class PerResponseFormCSRF(CSRF):
    """Every FlaskForm's hidden token field: a per-response token out, checked by Flask-WTF on the way in."""

    def setup_form(self, form: Any) -> Any:
        self.meta = form.meta
        return super().setup_form(form)

    def generate_csrf_token(self, csrf_token_field: Any) -> str:
        return per_response_token()

    def validate_csrf_token(self, form: Any, field: Any) -> None:
        if g.get("csrf_valid", False):  # already checked by CSRFProtect, as Flask-WTF does
            return
        validate_csrf(
            as_flask_wtf_token(field.data),
            self.meta.csrf_secret,
            self.meta.csrf_time_limit,
            self.meta.csrf_field_name,
        )


# WTForms' documented way to choose a form's CSRF implementation (Meta.csrf_class), for every FlaskForm at once.
FlaskForm.Meta.csrf_class = PerResponseFormCSRF
