"""Rate-limit counts kept in a database, so every worker process shares one count without Redis.

Flask-Limiter counts in its configured storage; with gunicorn's several workers, ``memory://`` gives each worker its
own count (so 2 workers let twice the tries through). This storage is the default when ``RATELIMIT_STORAGE_URI`` is
not set: a small table of fixed-window counters, one row per limited key, updated with one atomic upsert.

- Keys are stored only as HMAC-SHA256 under a key derived from ``PSEUDONYM_KEY``: no address, email or code is kept
  in clear (the key functions hash what they are given, too).
- With PostgreSQL the table lives in Heard's database (migration 0015). With SQLite it lives in a sidecar file beside
  the database (``<name>-rate-limits.sqlite3``), so a count never waits on a request's own write lock on the main file.
- Rows expire with their window; expired rows are swept now and then. A storage fault never becomes an error page:
  Flask-Limiter falls back to counting in memory (``RATELIMIT_IN_MEMORY_FALLBACK_ENABLED``) and logs it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import time
from pathlib import Path
from typing import Any, cast

from limits.storage import Storage
from sqlalchemy import Float, Integer, String, Table, case, delete, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, create_engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base

SCHEME = "heard-db"
SWEEP_ONE_IN = 200  # roughly one increment in this many also deletes expired rows


class RateLimitCounter(Base):
    """One fixed-window counter: a keyed hash of what was limited, how many tries, and when the window ends."""

    __tablename__ = "rate_limit_counter"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer, default=0)
    # Seconds since the epoch, UTC: compared with time.time() in every worker.
    expires_at: Mapped[float] = mapped_column(Float, index=True)


# Declarative classes type __table__ as a FromClause; a mapped class with a __tablename__ always has a Table.
COUNTERS = cast(Table, RateLimitCounter.__table__)


def storage_options(database_url: str, pseudonym_key: str) -> dict[str, Any]:
    """What ``RATELIMIT_STORAGE_OPTIONS`` needs for the database storage of an app with this database."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValueError("An in-memory SQLite database cannot share rate-limit counts between workers")
        main = Path(url.database)
        url = url.set(database=str(main.with_name(f"{main.stem}-rate-limits.sqlite3")))
    secret = hmac.new(pseudonym_key.encode(), b"platform:rate-limit", hashlib.sha256).hexdigest()
    return {"database_url": url.render_as_string(hide_password=False), "secret": secret}


class DatabaseStorage(Storage):
    """A ``limits`` storage (fixed window) over SQLAlchemy: SQLite or PostgreSQL."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(
        self,
        uri: str | None = None,
        wrap_exceptions: bool = False,
        *,
        database_url: str = "",
        secret: str = "",
        **options: Any,
    ) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions)
        if not database_url or not secret:
            raise ValueError("The database rate-limit storage needs database_url and secret")
        self._secret = secret.encode()
        self._engine = _engine(database_url)
        self._insert = postgresql.insert if self._engine.dialect.name == "postgresql" else sqlite.insert
        self._table_ready = False

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return (SQLAlchemyError, OSError)

    def hashed(self, key: str) -> str:
        return hmac.new(self._secret, key.encode(), hashlib.sha256).hexdigest()

    def _ready(self) -> None:
        if not self._table_ready:
            COUNTERS.create(self._engine, checkfirst=True)
            self._table_ready = True

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        self._ready()
        now = time.time()
        ends = now + expiry
        expired = COUNTERS.c.expires_at <= now
        insert = self._insert(COUNTERS).values(key_hash=self.hashed(key), hits=amount, expires_at=ends)
        statement = insert.on_conflict_do_update(
            index_elements=[COUNTERS.c.key_hash],
            set_={
                "hits": case((expired, amount), else_=COUNTERS.c.hits + amount),
                "expires_at": case((expired, ends), else_=COUNTERS.c.expires_at),
            },
        ).returning(COUNTERS.c.hits)
        with self._engine.begin() as connection:
            hits = int(connection.execute(statement).scalar_one())
            if random.randrange(SWEEP_ONE_IN) == 0:
                connection.execute(delete(COUNTERS).where(COUNTERS.c.expires_at <= now))
        return hits

    def get(self, key: str) -> int:
        self._ready()
        with self._engine.connect() as connection:
            hits = connection.scalar(
                select(COUNTERS.c.hits).where(
                    COUNTERS.c.key_hash == self.hashed(key), COUNTERS.c.expires_at > time.time()
                )
            )
        return int(hits or 0)

    def get_expiry(self, key: str) -> float:
        self._ready()
        with self._engine.connect() as connection:
            ends = connection.scalar(select(COUNTERS.c.expires_at).where(COUNTERS.c.key_hash == self.hashed(key)))
        return float(ends) if ends is not None else time.time()

    def check(self) -> bool:
        try:
            self._ready()
            with self._engine.connect() as connection:
                connection.scalar(select(func.count()).select_from(COUNTERS).where(COUNTERS.c.key_hash == ""))
            return True
        except (SQLAlchemyError, OSError):
            return False

    def reset(self) -> int | None:
        self._ready()
        with self._engine.begin() as connection:
            return int(connection.execute(delete(COUNTERS)).rowcount or 0)

    def clear(self, key: str) -> None:
        self._ready()
        with self._engine.begin() as connection:
            connection.execute(delete(COUNTERS).where(COUNTERS.c.key_hash == self.hashed(key)))


def _engine(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        # A small pool of its own: a count never waits for a connection a request holds.
        return create_engine(url, pool_size=2, max_overflow=4, pool_pre_ping=True, pool_timeout=2)
    if url.database:
        _create_private(Path(url.database))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # Counts are small and quick; a worker waits briefly for another's, never seconds.
        cursor.execute("PRAGMA busy_timeout=2000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def _create_private(path: Path) -> None:
    """Create the sidecar file 0600 before SQLite opens it (its WAL files take the same permissions)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
