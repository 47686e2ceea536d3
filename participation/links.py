"""Links that leave Heard (in emails, on posters and printed cards) are built from the configured base URL.

The request's Host header is whatever the caller sent: a password-reset link built from it can point at any site
(``Host: evil.example``). HEARD_BASE_URL names where this Heard is served, and TRUSTED_HOSTS refuses other hosts.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, url_for

LOCAL_BASE_URL = "http://127.0.0.1:5000"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def external_url(endpoint: str, **values: Any) -> str:
    """The full address of a page, under HEARD_BASE_URL whatever Host the request came with."""
    return base_url() + url_for(endpoint, **values)


def absolute(path: str) -> str:
    """A path inside Heard as a full address, for an email sent outside any request (a CLI job)."""
    return base_url() + path


def base_url() -> str:
    return str(current_app.config["HEARD_BASE_URL"]).rstrip("/")


def trusted_hosts(base: str, extra: str) -> list[str]:
    """The base URL's host, any extra hosts named (comma-separated), and loopback when the base URL is local."""
    host = urlsplit(base).hostname or ""
    hosts = [host] if host else []
    if host in ("127.0.0.1", "localhost", "::1"):
        hosts += [name for name in LOCAL_HOSTS if name not in hosts]
    hosts += [name.strip() for name in extra.split(",") if name.strip() and name.strip() not in hosts]
    return hosts
