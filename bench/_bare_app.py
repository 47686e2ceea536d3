"""The floor for bench/submissions.py: a bare Flask app whose one POST endpoint does one INSERT and commits.

Served by gunicorn with the same workers and threads as Heard (``gunicorn --pythonpath bench '_bare_app:create()'``)
on the same database, so "submissions per second" can be read against "the most single-row writes per second this
machine, database and server set-up manage through Flask at all".

The table ``bench_insert`` is its own (created by ``create_table``, never by the app's migrations). On SQLite the
connection is set up as Heard sets up its own: WAL, busy_timeout 10 s, synchronous=NORMAL, and BEGIN IMMEDIATE for
writes, so both sides queue for SQLite's single writer in the same way. On PostgreSQL each INSERT commits as Heard
commits a draft's ordinary answer, without waiting for the disk (``synchronous_commit`` off for the transaction:
``participation.transactions.need_not_wait_for_the_disk``), so neither side's figure is the disk's flush time.

Environment: ``BENCH_WSGI_DATABASE_URL`` and, on PostgreSQL, ``BENCH_WSGI_SCHEMA`` (the search_path).
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, event, insert, text
from sqlalchemy.engine import Engine

metadata = MetaData()
bench_insert = Table(
    "bench_insert",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("payload", String(64), nullable=False),
)


def make_engine(url: str, schema: str | None) -> Engine:
    # As Heard's engine: pre-ping on SQLite; on PostgreSQL Heard pings only a connection idle for a second
    # (participation.PING_AFTER_IDLE), which under load is none, so the bare app's pool does not ping either.
    options: dict[str, Any] = {"pool_pre_ping": not url.startswith("postgresql")}
    if schema:
        options["connect_args"] = {"options": f"-c search_path={schema}"}
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def sqlite_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_table(url: str, schema: str | None) -> None:
    engine = make_engine(url, schema)
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()


def count_rows(url: str, schema: str | None) -> int:
    from sqlalchemy import func, select

    engine = make_engine(url, schema)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(bench_insert)) or 0)
    finally:
        engine.dispose()


def create() -> Flask:
    engine = make_engine(os.environ["BENCH_WSGI_DATABASE_URL"], os.environ.get("BENCH_WSGI_SCHEMA") or None)
    app = Flask(__name__)

    @app.get("/health")
    def health() -> tuple[str, int]:
        return "ok", 200

    @app.post("/insert")
    def insert_one() -> tuple[str, int]:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET LOCAL synchronous_commit = off"))
            connection.execute(insert(bench_insert).values(payload=secrets.token_hex(16)))
        return "", 204

    return app
