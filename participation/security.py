"""Security headers (TRUST.md): a per-request CSP nonce, no inline script without it, nothing cached."""

from __future__ import annotations

import secrets

from flask import Flask, Response, g, request


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
