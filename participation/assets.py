"""How pages reach a phone small: static files named by their content and cached for a year, and compressed HTML.

``npm run build`` (participation/static/build.mjs) writes each stylesheet, script and picture twice, as
``build/young.css`` and as ``build/young.<12 hex digits of its SHA-256>.css``, with a ``.gz`` and ``.br`` beside each,
and ``build/manifest.json`` mapping the plain name to the digest name. Here:

- ``url_for('static', filename='build/young.css')`` gives the digest name (a ``url_defaults`` hook reading the
  manifest), so a new release's pages always name the new files, never yesterday's cached ones;
- WhiteNoise wraps the WSGI app and serves ``/static/``: the digest-named files with
  ``Cache-Control: max-age=31536000, public, immutable``, every other file (``pack.css``, a plain name) for a day, each
  as its precompressed Brotli or gzip copy when the browser says it accepts one (``Vary: Accept-Encoding``);
- HTML the app renders is sent without the indentation between its tags and compressed here too (Brotli, else
  gzip), so ``make run`` on its own sends small pages.

Compressed pages carry a secret (the CSRF token) beside what a visitor typed, the shape BREACH attacks: the token is
different in every response (participation/csrf.py), so nothing repeats for such an attack to measure.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from wsgiref.headers import Headers

import brotli
from flask import Flask, Response, request
from whitenoise import WhiteNoise

YEAR = 365 * 24 * 60 * 60
DAY = 24 * 60 * 60
# build.mjs's digest names: name.<12 hex>.ext
DIGEST_NAME = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")
# Smaller than this, compression saves less than its headers cost.
SMALLEST = 512
# Dynamic pages: Brotli 5 and gzip 6 compress a page in well under a millisecond, close to the slowest settings.
BROTLI_QUALITY = 5
GZIP_LEVEL = 6


class StaticFiles(WhiteNoise):
    """WhiteNoise with a year (not its default ten) for digest-named files, as the read-aloud clips have."""

    FOREVER = YEAR


def manifest(static_folder: Path) -> dict[str, str]:
    """Plain name -> digest name, as build.mjs wrote them; empty when the assets are not built."""
    try:
        data = json.loads((static_folder / "build" / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(plain): str(hashed) for plain, hashed in data.items()}


def _immutable(_path: str, url: str) -> bool:
    return bool(DIGEST_NAME.search(url))


def _static_headers(headers: Headers, _path: str, _url: str) -> None:
    # WhiteNoise answers before Flask, so the headers security.py sets on pages are not there: these two matter for
    # files (a stylesheet or script is never sniffed as something else, never framed).
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Cross-Origin-Resource-Policy"] = "same-origin"


def accepted_encoding(accept_encoding: str, available: Iterable[str]) -> str | None:
    """The first of ``available`` (in Heard's order of preference) the client accepts with a non-zero q."""
    accepted: dict[str, float] = {}
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name.strip():
            accepted[name.strip().lower()] = quality
    for encoding in available:
        if accepted.get(encoding, accepted.get("*", 0.0)) > 0:
            return encoding
    return None


# Heard's order of preference: Brotli makes pages about a fifth smaller than gzip.
ENCODINGS = ("br", "gzip")


def compress(data: bytes, encoding: str) -> bytes:
    if encoding == "br":
        return bytes(brotli.compress(data, quality=BROTLI_QUALITY))
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def _add_vary(response: Response) -> None:
    if "accept-encoding" not in {value.strip().lower() for value in response.headers.get("Vary", "").split(",")}:
        response.vary.add("Accept-Encoding")


# The indentation between two tags: whitespace with a line break in it, between a tag's end and the next tag's start.
# A browser draws any such run as a line break alone draws it (one space, or nothing beside a block), so a line break
# alone is sent. Text is never touched: what a person typed is escaped (no < or > of it is ever one of these ends),
# and a <textarea> or <pre>, where every space counts, is passed over whole.
BETWEEN_TAGS = re.compile(rb">[ \t\r\f]*\n\s*<")
KEPT_WHOLE = re.compile(rb"(<(?:textarea|pre)\b.*?</(?:textarea|pre)\s*>)", re.DOTALL | re.IGNORECASE)


def tighten(html: bytes) -> bytes:
    """A rendered page without the indentation between its tags (about a tenth of a question page)."""
    parts = KEPT_WHOLE.split(html)
    # split() puts each <textarea> or <pre> at an odd index.
    return b"".join(part if index % 2 else BETWEEN_TAGS.sub(b">\n<", part) for index, part in enumerate(parts))


def compress_html(response: Response) -> Response:
    """Tighten a rendered HTML page (``tighten``) and compress it if the client accepts that; leave files, streams
    and the already encoded as they are."""
    if response.mimetype != "text/html" or response.direct_passthrough or response.is_streamed:
        return response
    if "Content-Encoding" in response.headers or request.method == "HEAD":
        return response
    if response.status_code < 200 or response.status_code in (204, 206, 304):
        return response
    _add_vary(response)
    encoding = accepted_encoding(request.headers.get("Accept-Encoding", ""), ENCODINGS)
    data = tighten(response.get_data())
    if encoding is not None and len(data) >= SMALLEST:
        data = compress(data, encoding)
        response.headers["Content-Encoding"] = encoding
    response.set_data(data)
    return response


def init_app(app: Flask) -> None:
    static_folder = Path(str(app.static_folder))
    names = manifest(static_folder)

    @app.url_defaults
    def digest_names(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and values.get("filename") in names:
            values["filename"] = names[values["filename"]]

    app.after_request(compress_html)
    serve: Callable[..., Any] = StaticFiles(
        app.wsgi_app,
        root=str(static_folder),
        prefix=app.static_url_path,
        max_age=DAY,
        immutable_file_test=_immutable,
        add_headers_function=_static_headers,
    )
    app.wsgi_app = serve  # type: ignore[method-assign]
