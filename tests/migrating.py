"""A database of a test's own for migrating up and down (SQLite in a temporary folder, or a PostgreSQL database
beside the test one when TEST_DATABASE_URL names PostgreSQL), so moving the schema touches nothing else."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from flask import Flask

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db


def _postgresql_base() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url.startswith("postgresql"):
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _recreate(base: str, name: str, *, create: bool) -> None:
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if create:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


@contextmanager
def own_database(suffix: str) -> Iterator[Flask]:
    """An app on an empty database of its own (no tables: the caller migrates it), removed afterwards."""
    base = _postgresql_base()
    pg_name = None
    if base is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='heard-migration-')) / 'migration.sqlite3'}"
    else:
        parts = urlsplit(base)
        pg_name = f"{parts.path.lstrip('/') or 'heard'}_{suffix}"
        _recreate(base, pg_name, create=True)
        url = urlunsplit(parts._replace(path=f"/{pg_name}"))
    application = create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": url})
    try:
        yield application
    finally:
        with application.app_context():
            db.session.remove()
            db.engine.dispose()
        if base is not None and pg_name is not None:
            _recreate(base, pg_name, create=False)
