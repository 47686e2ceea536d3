"""The client's own address behind the council's reverse proxy, read from the headers only that proxy sets.

Behind nginx every request reaches gunicorn from the proxy's address, so a limit counted per address (sign-in tries,
receipt and resume codes, invite codes) would count the whole internet as one client: one person guessing codes would
lock out every young person, and the limits would mean nothing per guesser. ``HEARD_PROXY_HOPS`` says how many proxies
in front of Heard append to ``X-Forwarded-For`` (one for nginx alone, as in ``deploy/nginx.conf``); Werkzeug's
``ProxyFix`` then takes the address that many hops from the right, which a client cannot choose. Unset (0), the header
is ignored, so a client talking to gunicorn directly cannot pick its own address to escape a limit. Only the proxy may
reach gunicorn's port (README, "Running in production on more than one machine").

``X-Forwarded-Proto`` is not read: nothing in Heard needs the scheme (links come from ``HEARD_BASE_URL``, cookies are
always Secure). A request that gunicorn itself marks HTTPS (it serves TLS, or a proxy on the same machine says so)
works as any other: Flask-WTF's Referer check for HTTPS is off (``WTF_CSRF_SSL_STRICT`` in config.py), as Heard's pages
never send a Referer (``Referrer-Policy: no-referrer``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class TrustedProxies:
    """WSGI middleware: ``ProxyFix`` with as many hops as ``HEARD_PROXY_HOPS`` says, read at each request (so a test
    can change it), or nothing at all when it is 0."""

    def __init__(self, app: Flask, wsgi_app: WsgiApp) -> None:
        self._app = app
        self._plain = wsgi_app
        self._fixed: dict[int, ProxyFix] = {}

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        hops = int(self._app.config.get("HEARD_PROXY_HOPS") or 0)
        if hops <= 0:
            return self._plain(environ, start_response)
        fixed = self._fixed.get(hops)
        if fixed is None:
            # The host stays the one the request named (nginx passes it on; TRUSTED_HOSTS checks it); the scheme
            # stays unread (above).
            fixed = self._fixed[hops] = ProxyFix(self._plain, x_for=hops, x_proto=0, x_host=0, x_port=0, x_prefix=0)
        return fixed(environ, start_response)


def init_app(app: Flask) -> None:
    app.wsgi_app = TrustedProxies(app, app.wsgi_app)  # type: ignore[method-assign]
