"""The database rate-limit storage (participation.ratelimits) on SQLite and, when TEST_DATABASE_URL names one,
PostgreSQL: fixed windows, one atomic count shared by every connection, and only keyed hashes stored."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from participation.ratelimits import DatabaseStorage, storage_options


def _postgres_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url.startswith("postgresql"):
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


@pytest.fixture(params=["sqlite", "postgresql"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DatabaseStorage]:
    if request.param == "sqlite":
        options = storage_options(f"sqlite:///{tmp_path / 'heard.sqlite3'}", "a-pseudonym-key")
    else:
        url = _postgres_url()
        if url is None:
            pytest.skip("TEST_DATABASE_URL is not a PostgreSQL database")
        options = storage_options(url, "a-pseudonym-key")
    found = DatabaseStorage("heard-db://", **options)
    found.reset()
    yield found
    found.reset()
    found._engine.dispose()


def stored_rows(found: DatabaseStorage) -> list[tuple[str, int]]:
    with found._engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text("SELECT key_hash, hits FROM rate_limit_counter"))]


def test_sqlite_counts_live_in_a_private_sidecar_file(tmp_path):
    options = storage_options(f"sqlite:///{tmp_path / 'heard.sqlite3'}", "a-pseudonym-key")
    assert options["database_url"].endswith("heard-rate-limits.sqlite3")
    assert "a-pseudonym-key" not in str(options)
    found = DatabaseStorage("heard-db://", **options)
    assert found.check()
    assert (tmp_path / "heard-rate-limits.sqlite3").stat().st_mode & 0o777 == 0o600
    found._engine.dispose()
    with pytest.raises(ValueError):
        storage_options("sqlite://", "a-pseudonym-key")


def test_a_fixed_window_counts_expires_and_clears(storage, monkeypatch):
    # The one-in-200 sweep of expired rows would, now and then, take "another key" below with it: not here.
    monkeypatch.setattr("participation.ratelimits.SWEEP_ONE_IN", 10**9)
    key = "LIMITER/heard/someone@example.org/accounts.sign_in/5/1/minute"
    assert storage.get(key) == 0
    assert [storage.incr(key, 60) for _ in range(3)] == [1, 2, 3]
    assert storage.get(key) == 3
    assert time.time() < storage.get_expiry(key) <= time.time() + 60
    assert storage.incr("another key", 60, amount=2) == 2
    # Only keyed hashes are stored: not the key, nor its plain SHA-256.
    rows = stored_rows(storage)
    assert sorted(hits for _key, hits in rows) == [2, 3]
    assert all(len(hashed) == 64 and "example.org" not in hashed for hashed, _hits in rows)
    # After the window the count starts again from the new try.
    later = time.time() + 61
    monkeypatch.setattr("participation.ratelimits.time.time", lambda: later)
    assert storage.get(key) == 0
    assert storage.incr(key, 60) == 1
    storage.clear(key)
    assert storage.get(key) == 0 and len(stored_rows(storage)) == 1


def test_simultaneous_tries_are_each_counted_once(storage):
    """Many workers counting the same key at once: every try counts (one atomic upsert each), none is lost."""
    tries, threads_count = 10, 8
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads_count)

    def hammer() -> None:
        try:
            barrier.wait()
            for _ in range(tries):
                storage.incr("shared", 60)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=hammer) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:1]
    assert storage.get("shared") == tries * threads_count


def test_a_missing_database_is_reported_not_raised():
    """Flask-Limiter asks check() whether the store is back; an unreachable one answers False, never raises."""
    found = DatabaseStorage("heard-db://", database_url="postgresql+psycopg://nobody@127.0.0.1:1/none", secret="s")
    assert found.check() is False
    found._engine.dispose()
