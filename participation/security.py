"""Security headers (TRUST.md): a per-request CSP nonce, no inline script without it, nothing cached."""

from __future__ import annotations

import secrets
import time
from datetime import datetime
from typing import Any

from flask import Flask, Response, g, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from itsdangerous import BadSignature

# A device's session cookie is sent again unchanged at most this often (seconds): see ``RefreshedHourly``.
SESSION_REFRESH_AFTER = 60 * 60


class _Session(SecureCookieSession):
    issued_at: datetime | None = None  # when the cookie it was read from was signed


class RefreshedHourly(SecureCookieSessionInterface):
    """Flask's signed-cookie session, except that a permanent session nobody changed is signed and sent again at most
    once an hour rather than on every response. A young person's cookie still lasts PERMANENT_SESSION_LIFETIME from
    their last visit (give or take that hour), but a question page no longer serialises, signs and sends a cookie
    that says exactly what the browser already holds. Any change to the session is sent at once, as before."""

    session_class = _Session

    def open_session(self, app: Flask, request: Any) -> _Session | None:
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        try:
            data, issued_at = serializer.loads(value, max_age=max_age, return_timestamp=True)
        except BadSignature:
            return self.session_class()
        session = self.session_class(data)
        session.issued_at = issued_at
        return session

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        if session.modified:
            return True
        if not (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            return False
        issued_at = getattr(session, "issued_at", None)
        return issued_at is None or time.time() - issued_at.timestamp() >= SESSION_REFRESH_AFTER


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return str(g.csp_nonce)


def content_security_policy(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


# Files named by a digest of what they hold (read-aloud clips): the name changes whenever the content would, so the
# view's own year-long, immutable caching stands.
CONTENT_ADDRESSED = frozenset({"read_aloud.clip"})


def init_security(app: Flask) -> None:
    app.jinja_env.globals["csp_nonce"] = csp_nonce
    app.session_interface = RefreshedHourly()

    @app.after_request
    def set_headers(response: Response) -> Response:
        headers = response.headers
        headers["Content-Security-Policy"] = content_security_policy(csp_nonce())
        headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Frame-Options"] = "DENY"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        if request.endpoint == "static":
            headers["Cache-Control"] = "public, max-age=86400"
        elif request.endpoint not in CONTENT_ADDRESSED or response.status_code not in (200, 206, 304):
            # Answers and staff pages must never sit in a shared device's cache or back-forward history.
            headers["Cache-Control"] = "no-store"
            headers["Pragma"] = "no-cache"
        return response
