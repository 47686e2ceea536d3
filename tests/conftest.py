"""Fixtures: one app per run, its schema built by the Alembic migrations, each test rolled back to a savepoint.

The database comes from TEST_DATABASE_URL (PostgreSQL in CI's second pass); by default a throwaway SQLite file.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from sqlalchemy.orm import scoped_session, sessionmaker

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db
from participation.surveys.services import clear_view_cache
from tests.pages import is_html, parse


def _database_url(tmp: Path) -> str:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    return f"sqlite:///{tmp / 'test.sqlite3'}"


def _reset_schema(app: Flask) -> None:
    """Drop whatever an earlier run left, then build the schema with the migrations (so they are tested too)."""
    from flask_migrate import upgrade

    with app.app_context():
        engine = db.engine
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
            else:
                db.metadata.drop_all(connection)
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()


@pytest.fixture(scope="session")
def app() -> Iterator[Flask]:
    tmp = Path(tempfile.mkdtemp(prefix="heard-test-"))
    config: dict[str, Any] = {
        **TEST_OVERRIDES,
        "SQLALCHEMY_DATABASE_URI": _database_url(tmp),
        # Read-aloud clips and recordings a test makes go with the run, never into instance/audio.
        "HEARD_AUDIO_DIR": str(tmp / "audio"),
    }
    application = create_app(config)
    _reset_schema(application)
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _logging_left_as_found() -> Iterator[None]:
    """No test may silence Heard's loggers for the tests after it: tests/unit once ran Import Linter's command in the
    process, whose ``logging.config.dictConfig`` disabled every logger made so far, and the integration tests that
    check what is logged failed whenever tests/unit ran first. Caught here, at the test that does it."""
    yield
    silenced = sorted(
        name
        for name, logger in logging.root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and logger.disabled and name.split(".")[0] == "participation"
    )
    assert not silenced, f"this test left Heard's loggers disabled: {silenced[:5]}"
    assert logging.root.manager.disable == logging.NOTSET, "this test left logging.disable() on"


@pytest.fixture(autouse=True)
def _transaction(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test runs inside a transaction that is rolled back; the app's own commits become savepoints."""
    if "app" not in request.fixturenames:
        yield
        return
    application: Flask = request.getfixturevalue("app")
    # No app context stays pushed during the test: each request must get its own, as in production (``g`` and the
    # CSRF token would otherwise leak between requests and between test clients).
    with application.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
    original = db.session
    db.session = scoped_session(
        sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False),
        scopefunc=original.registry.scopefunc,
    )
    clear_view_cache()
    from participation.extensions import limiter

    limiter.reset()
    try:
        yield
    finally:
        with application.app_context():
            db.session.remove()
        db.session = original
        outer.rollback()
        connection.close()
        clear_view_cache()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture()
def runner(app: Flask):  # type: ignore[no-untyped-def]
    return app.test_cli_runner()


def html(response: Any) -> BeautifulSoup:
    """An HTML response parsed and checked (``tests.pages``); anything else only parsed."""
    if is_html(response):
        return parse(response)
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")
