"""Security headers, asserted exactly (TRUST.md), and the CSP nonce on the one inline script."""

from __future__ import annotations

import re

from tests.conftest import html


def test_headers_on_a_respondent_page(client):
    response = client.get("/")
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert csp == (
        f"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cache-Control"] == "no-store"
    for script in html(response).find_all("script"):
        assert script.get("nonce") == nonce
        assert not script.get("src") or script["src"].startswith("/static/")


def test_nonce_changes_per_request(client):
    first = client.get("/").headers["Content-Security-Policy"]
    second = client.get("/").headers["Content-Security-Policy"]
    assert first != second


def test_error_pages_carry_headers_and_no_stack_trace(client):
    response = client.get("/s/does-not-exist")
    assert response.status_code == 404
    assert response.headers["Cache-Control"] == "no-store"
    assert "Traceback" not in response.get_data(as_text=True)


def test_session_cookie_settings(client, monkeypatch, tmp_path):
    """TRUST.md, Web security: the session cookie is HttpOnly, SameSite=Lax and Secure in production (tests run over
    plain HTTP, so they switch Secure off; production keeps it unless HEARD_INSECURE_COOKIES=1 is set by hand)."""
    from participation.config import load_config

    response = client.get("/staff/sign-in")
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    monkeypatch.delenv("HEARD_INSECURE_COOKIES", raising=False)
    production = load_config(tmp_path)
    assert production["SESSION_COOKIE_SECURE"] is True and production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert production["MAX_CONTENT_LENGTH"] and production["MAX_CONTENT_LENGTH"] <= 2 * 1024 * 1024
    assert not production.get("REMEMBER_COOKIE_DURATION")  # no remember-me
