"""Addresses as Heard's logs may show them: no code, token or young person's words (TRUST.md, "Private at rest").

Invite, resume and receipt codes and invitation and reset tokens travel in addresses (``/s/<code>/check``,
``/i/<typed>``, ``/staff/invitation/<token>``), so a plain access log would keep every one of them next to a time and
an address. Every address Heard logs goes through :func:`redacted_path` first, which matches it against the app's own
URL map and writes each part of it as the route pattern says, keeping only what cannot open anything: ids (UUIDs,
numbers, fixed choices) and the few named parts listed in ``SAFE_ARGUMENTS``. Any other part, including any added by
a later feature, is written as its name (``/s/<code>/check``). Query strings keep their keys and only the values of
``SAFE_QUERY_KEYS``; an address that matches no route keeps only its first segment.

Where it applies: gunicorn's access log (``participation.ops.gunicorn_logger.AccessLogger``, which ``make run`` and
the README use), the development server's request lines (the ``werkzeug`` logger), Flask's "Exception on ..." lines,
and the paths Heard's own warnings and audit rows name (:func:`current_path`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, quote

from flask import Flask, current_app, has_request_context, request
from flask.signals import request_started
from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.routing import Map, RequestRedirect, Rule

# The request's logged address, left in the WSGI environ for the server's access log (gunicorn reads it there).
ENVIRON_KEY = "heard.logged_path"
# Parts of a route kept whatever their converter: a language code, a reporting period, a static file's name.
SAFE_ARGUMENTS = frozenset({"language", "key", "filename"})
# Converters whose values are ids or fixed words: never a code.
SAFE_CONVERTERS = frozenset({"uuid", "int", "float", "any"})
# Query keys whose values are kept: a language, an age band, a theme, page switches, the comments page's filters and
# page number (never its search words, ``q``).
SAFE_QUERY_KEYS = frozenset(
    {"lang", "band", "theme", "show", "part", "change", "assisted", "n", "language", "flag", "page"}
)
SAFE_QUERY_VALUE = re.compile(r"^[A-Za-z0-9_.-]{1,30}$")
SAFE_QUERY_NAME = re.compile(r"^[A-Za-z_]{1,30}$")
REDACTED = "<redacted>"
UNMATCHED = "<unmatched>"
# "<uuid:consultation_id>", "<code>", "<any(up, down):direction>"
PLACEHOLDER = re.compile(r"<(?:([A-Za-z_]\w*)(?:\([^)]*\))?:)?([A-Za-z_]\w*)>")
# The address in a request line as servers log it ("GET /s/ABCD-2345/check?x=1 HTTP/1.1"), wherever it sits in a
# message (the development server wraps it in colour codes, or quotes it inside an error).
REQUEST_LINE = re.compile(r"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/[^\s'\"\x1b]*)")


def _from_rule(rule: Rule, arguments: Mapping[str, Any]) -> str:
    def shown(match: re.Match[str]) -> str:
        converter, name = match.group(1) or "default", match.group(2)
        if name in arguments and (converter in SAFE_CONVERTERS or name in SAFE_ARGUMENTS):
            return quote(str(arguments[name]), safe="/")
        return f"<{name}>"

    return PLACEHOLDER.sub(shown, rule.rule)


def redacted_query(query: str) -> str:
    """The query string with every value but those of ``SAFE_QUERY_KEYS`` replaced."""
    shown = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        if not SAFE_QUERY_NAME.match(name):
            shown.append(REDACTED)
        elif name in SAFE_QUERY_KEYS and (value == "" or SAFE_QUERY_VALUE.match(value)):
            shown.append(f"{name}={value}")
        else:
            shown.append(f"{name}={REDACTED}")
    return "&".join(shown)


def _match(url_map: Map, path: str, method: str) -> tuple[Rule, Mapping[str, Any]] | None:
    adapter = url_map.bind("localhost")
    for _attempt in range(3):
        try:
            rule, arguments = adapter.match(path, method=method, return_rule=True)
            return rule, arguments
        except RequestRedirect as redirect:  # "/staff/board-packs" for "/staff/board-packs/"
            path = redirect.new_url.split("localhost", 1)[-1].split("?", 1)[0]
        except MethodNotAllowed as wrong:
            if not wrong.valid_methods:
                return None
            method = sorted(wrong.valid_methods)[0]
        except HTTPException:
            return None
    return None


def redacted_path(url_map: Map, path: str, query: str = "", method: str = "GET") -> str:
    """``path`` (and ``query``) as a log may show them: see the module's description."""
    found = _match(url_map, path or "/", method)
    if found is None:
        first = (path or "/").lstrip("/").split("/", 1)[0]
        prefixes = {rule.rule.lstrip("/").split("/", 1)[0] for rule in url_map.iter_rules()}
        shown = f"/{first}/{UNMATCHED}" if first in prefixes and "<" not in first else f"/{UNMATCHED}"
    else:
        shown = _from_rule(*found)
    query = redacted_query(query) if query else ""
    return f"{shown}?{query}" if query else shown


def _request_path() -> str:
    """The current request's address for a log, from the route Flask already matched when it can."""
    query = request.query_string.decode("latin-1")
    rule, arguments = request.url_rule, request.view_args
    if rule is None or arguments is None:
        return redacted_path(current_app.url_map, request.path, query, request.method)
    shown = _from_rule(rule, arguments)
    query = redacted_query(query) if query else ""
    return f"{shown}?{query}" if query else shown


def current_path(*, with_query: bool = False) -> str:
    """The current request's path as a log or an audit row may name it (ids kept, codes and tokens not)."""
    if not has_request_context():
        return "-"
    shown = request.environ.get(ENVIRON_KEY) or _request_path()
    return shown if with_query else shown.split("?", 1)[0]


class RequestLineFilter(logging.Filter):
    """Redacts the address in request lines the development server logs (``"GET /s/ABCD-2345 HTTP/1.1" 200 -``)
    and in Flask's "Exception on /path [GET]" lines."""

    def __init__(self, url_map: Map) -> None:
        super().__init__()
        self.url_map = url_map

    def _redact_line(self, line: str) -> str:
        def redacted(match: re.Match[str]) -> str:
            path, _, query = match.group(2).partition("?")
            return f"{match.group(1)} {redacted_path(self.url_map, path, query, match.group(1))}"

        return REQUEST_LINE.sub(redacted, line)

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(self._redact_line(value) if isinstance(value, str) else value for value in record.args)
        elif isinstance(record.msg, str) and record.msg.startswith("Exception on ") and has_request_context():
            record.msg = f"Exception on {current_path()} [{request.method}]"
        return True


def _remember_path(sender: Flask, **_extra: Any) -> None:
    request.environ[ENVIRON_KEY] = _request_path()


def init_app(app: Flask) -> None:
    """Leave each request's redacted address where the server's access log finds it; redact the development
    server's and Flask's own lines."""
    request_started.connect(_remember_path, app)
    line_filter = RequestLineFilter(app.url_map)
    for logger in (logging.getLogger("werkzeug"), app.logger):
        # One filter per logger, pointing at the newest app's URL map (tests build more than one app).
        for old in [item for item in logger.filters if isinstance(item, RequestLineFilter)]:
            logger.removeFilter(old)
        logger.addFilter(line_filter)
