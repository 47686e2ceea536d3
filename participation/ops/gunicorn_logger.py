"""gunicorn's access log without codes or tokens: ``gunicorn --logger-class
participation.ops.gunicorn_logger.AccessLogger --access-logfile - wsgi:app`` (as ``make run`` does).

The address in every access-log line is the one Heard worked out for the request (``participation.ops.access_log``:
ids kept, codes and tokens written as ``<code>`` and ``<token>``), whatever the log format asks for: the request line
(``%(r)s``), the path (``%(U)s``), the query (``%(q)s``), the referrer (``%(f)s``, kept to its site) and the raw
headers, environ and response headers (``%({name}i)s``, ``%({name}e)s``, ``%({name}o)s``), which could otherwise carry
the same address (the referrer, ``RAW_URI``, a redirect's ``Location``). A request gunicorn answers without the app
(one it could not parse) keeps only its method.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from gunicorn.glogging import Logger

from participation.ops.access_log import ENVIRON_KEY, UNMATCHED

# Headers kept as they are when a log format names them; every other header, environ value and response header is
# left out ("-"), since any of them may hold an address.
KEPT_REQUEST_HEADERS = frozenset(
    {"user-agent", "host", "x-forwarded-for", "x-forwarded-proto", "x-request-id", "content-length", "content-type"}
)
KEPT_RESPONSE_HEADERS = frozenset({"content-length", "content-type"})
STAFF_PREFIX = "/staff"


def _site_of(referrer: str) -> str:
    parts = urlsplit(referrer)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else "-"


class AccessLogger(Logger):
    """gunicorn's logger, writing the redacted address into each access-log line."""

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: timedelta) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        shown = environ.get(ENVIRON_KEY) or f"/{UNMATCHED}"
        path, _, query = shown.partition("?")
        atoms["r"] = f"{environ.get('REQUEST_METHOD', '-')} {shown} {environ.get('SERVER_PROTOCOL', '-')}"
        atoms["U"] = path
        atoms["q"] = query
        atoms["f"] = _site_of(environ.get("HTTP_REFERER", ""))
        for name in [name for name in atoms if name.startswith("{")]:
            header, kind = name[1:-2], name[-1]
            if (kind == "i" and header in KEPT_REQUEST_HEADERS) or (kind == "o" and header in KEPT_RESPONSE_HEADERS):
                continue
            del atoms[name]
        if not path.startswith(STAFF_PREFIX):
            # A young person's request: no address or browser in the log, so a line cannot be matched to an answer
            # (TRUST.md: no IP address or user agent with an answer). Staff lines keep them, for security.
            for name in ("h", "a", "{x-forwarded-for}i", "{user-agent}i"):
                if name in atoms:
                    atoms[name] = "-"
        return atoms
