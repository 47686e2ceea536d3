"""On PostgreSQL a pooled connection is pinged before use only once it has been idle (``PING_AFTER_IDLE``), not on
every request (issue 16: a round trip each time); a connection the server dropped while idle is still replaced
before a request uses it, as ``pool_pre_ping`` did."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

import participation
from participation.extensions import db


@pytest.fixture
def engine(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("PostgreSQL only: SQLite's connections are in the process")
        yield db.engine


def _dropped_by_the_server(engine) -> None:  # type: ignore[no-untyped-def]
    """One pooled connection, used, put back, and then ended by the server (a restart, an idle timeout)."""
    engine.pool.dispose()
    with engine.connect() as connection:
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_postgresql_pool_does_not_ping_every_checkout(app, engine):
    assert app.config["HEARD_PING_IDLE_CONNECTIONS"] is True
    assert engine.pool._pre_ping is False


def test_a_connection_dropped_while_idle_is_replaced_before_use(engine, monkeypatch):
    monkeypatch.setattr(participation, "PING_AFTER_IDLE", 0.0)
    _dropped_by_the_server(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_a_connection_used_a_moment_ago_is_not_pinged(engine, monkeypatch):
    """The other side of the rule, which shows the ping is what replaced the dropped connection above."""
    monkeypatch.setattr(participation, "PING_AFTER_IDLE", 3600.0)
    _dropped_by_the_server(engine)
    with pytest.raises(OperationalError):
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    engine.pool.dispose()
