"""Heard under gunicorn for bench/submissions.py: ``gunicorn --pythonpath bench '_bench_wsgi:create()'``.

Reads the bench database from the environment, set by bench/submissions.py:

- ``BENCH_WSGI_DATABASE_URL``: the SQLAlchemy URL (a temp SQLite file, or the PostgreSQL URL);
- ``BENCH_WSGI_SCHEMA``: on PostgreSQL, the bench's own schema (used as search_path);
- ``BENCH_SECRET_KEY`` / ``BENCH_PSEUDONYM_KEY``: the run's keys, the same in every worker.

Cookies work over plain HTTP (``SESSION_COOKIE_SECURE=False``, as ``HEARD_INSECURE_COOKIES=1`` does), because the
bench talks to 127.0.0.1 without TLS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402


def create():  # type: ignore[no-untyped-def]
    database = common.BenchDatabase(
        url=os.environ["BENCH_WSGI_DATABASE_URL"],
        tmpdir=Path("."),
        schema=os.environ.get("BENCH_WSGI_SCHEMA") or None,
    )
    return common.make_app(database)
