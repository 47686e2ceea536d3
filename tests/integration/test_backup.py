"""``flask backup``: an online SQLite copy taken while a writer holds the database, pg_dump for PostgreSQL, and clear
refusals. Each test builds its own app on its own database: the shared ``app`` fixture's rolled-back transaction
would hide everything from a second connection, which is exactly what a backup is."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import make_url

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db
from participation.ops.backup import BackupError, database_kind, libpq_url
from tests import factories

COUNTED = ("organisation", "consultation", "question", "option", "alembic_version")


def _build(url: str, instance: Path) -> Flask:
    application = create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": url})
    application.instance_path = str(instance)  # the default backup folder, instance/backups/, lands in tmp_path
    return application


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in COUNTED}
    finally:
        connection.close()


@pytest.fixture()
def sqlite_app(tmp_path: Path) -> Iterator[Flask]:
    """An app on its own migrated SQLite file (WAL mode, as in production) holding two organisations' consultations."""
    from flask_migrate import upgrade

    application = _build(f"sqlite:///{tmp_path / 'heard.sqlite3'}", tmp_path / "instance")
    with application.app_context():
        upgrade()
        factories.consultation(factories.organisation("Northshire Council"))
        factories.consultation(factories.organisation("Southshire Council"))
        db.session.remove()
    yield application
    with application.app_context():
        db.engine.dispose()


def test_online_copy_while_a_writer_holds_the_database(sqlite_app: Flask, tmp_path: Path) -> None:
    source = tmp_path / "heard.sqlite3"
    writer = sqlite3.connect(source, isolation_level=None, timeout=0)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.execute("UPDATE organisation SET name = 'Committed Council' WHERE name = 'Northshire Council'")
        # A transaction that holds SQLite's write lock for the whole backup, with a row that is never committed.
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO organisation (id, slug, name) VALUES (?, 'uncommitted', 'Uncommitted')", (uuid.uuid4().hex,)
        )
        output = tmp_path / "out" / "copy.sqlite3"
        result = sqlite_app.test_cli_runner().invoke(args=["backup", "--output", str(output)])
        writer.execute("ROLLBACK")
    finally:
        writer.close()

    assert result.exit_code == 0, result.output
    assert f"Wrote {output}" in result.output and "integrity check ok" in result.output
    assert _mode(output) == 0o600
    assert _mode(output.parent) == 0o700
    # One self-contained file: no journal left beside it, and not in WAL mode.
    assert sorted(p.name for p in output.parent.iterdir()) == ["copy.sqlite3"]
    copy = sqlite3.connect(f"{output.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = sorted(row[0] for row in copy.execute("SELECT name FROM organisation"))
    finally:
        copy.close()
    assert names == ["Committed Council", "Southshire Council"]
    assert _counts(output) == _counts(source)
    assert _counts(output)["consultation"] == 2 and _counts(output)["question"] > 0
    size = output.stat().st_size
    assert f"{size:,} bytes" in result.output


def test_default_location_and_the_keys_warning(sqlite_app: Flask, tmp_path: Path) -> None:
    result = sqlite_app.test_cli_runner().invoke(args=["backup"])

    assert result.exit_code == 0, result.output
    folder = tmp_path / "instance" / "backups"
    written = list(folder.iterdir())
    assert len(written) == 1 and written[0].name.startswith("heard-") and written[0].suffix == ".sqlite3"
    assert len(written[0].stem) == len("heard-YYYYMMDD-HHMMSS")
    assert _mode(folder) == 0o700 and _mode(written[0]) == 0o600
    assert "The keys are NOT in this backup" in result.output
    assert "secrets.json" in result.output or "the environment" in result.output


def test_refuses_to_overwrite_unless_forced(sqlite_app: Flask, tmp_path: Path) -> None:
    output = tmp_path / "copy.sqlite3"
    output.write_bytes(b"an earlier backup")
    runner = sqlite_app.test_cli_runner()

    refused = runner.invoke(args=["backup", "--output", str(output)])
    assert refused.exit_code == 1
    assert "already exists" in refused.output and "--force" in refused.output
    assert "Traceback" not in refused.output
    assert output.read_bytes() == b"an earlier backup"
    assert not [p.name for p in tmp_path.iterdir() if ".partial-" in p.name]

    forced = runner.invoke(args=["backup", "--output", str(output), "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"Replaced {output}" in forced.output
    assert _counts(output) == _counts(tmp_path / "heard.sqlite3")
    assert _mode(output) == 0o600


def test_unwritable_output_is_a_clear_error(sqlite_app: Flask, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")

    result = sqlite_app.test_cli_runner().invoke(args=["backup", "--output", str(not_a_folder / "x" / "b.sqlite3")])

    # A bad --output, as for every command that writes a file (test_command_paths.py): one line, exit status 2.
    assert result.exit_code == 2
    assert "is a file, so no folder can be made inside it" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder whatever its mode")
def test_read_only_folder_is_a_clear_error(sqlite_app: Flask, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        result = sqlite_app.test_cli_runner().invoke(args=["backup", "--output", str(folder / "b.sqlite3")])
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2
    assert "Cannot write in the folder" in result.output and "permission denied" in result.output
    assert list(folder.iterdir()) == []


def test_output_cannot_be_the_database_itself(sqlite_app: Flask, tmp_path: Path) -> None:
    before = _counts(tmp_path / "heard.sqlite3")
    result = sqlite_app.test_cli_runner().invoke(
        args=["backup", "--output", str(tmp_path / "heard.sqlite3"), "--force"]
    )
    assert result.exit_code == 1 and "the database itself" in result.output
    assert _counts(tmp_path / "heard.sqlite3") == before


def test_restore_check_reads_a_backup_and_rejects_damage(sqlite_app: Flask, tmp_path: Path) -> None:
    runner = sqlite_app.test_cli_runner()
    output = tmp_path / "copy.sqlite3"
    assert runner.invoke(args=["backup", "--output", str(output)]).exit_code == 0

    checked = runner.invoke(args=["backup", "restore-check", str(output)])
    assert checked.exit_code == 0, checked.output
    assert "integrity check ok" in checked.output and "consultation 2" in checked.output

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(output.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Overwrite every page after the first with garbage: the header still says SQLite, the contents do not.
    data[page_size:] = bytes([0xA5]) * (len(data) - page_size)
    damaged.write_bytes(bytes(data))
    refused = runner.invoke(args=["backup", "restore-check", str(damaged)])
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "integrity check" in refused.output or "SQLite cannot read" in refused.output

    other = tmp_path / "notes.txt"
    other.write_text("not a backup")
    refused = runner.invoke(args=["backup", "restore-check", str(other)])
    assert refused.exit_code == 1 and "neither a SQLite database nor a pg_dump" in refused.output


def test_unsupported_databases_are_refused(tmp_path: Path) -> None:
    application = _build("sqlite:///:memory:", tmp_path / "instance")
    result = application.test_cli_runner().invoke(args=["backup"])
    assert result.exit_code == 1 and "held in memory" in result.output
    assert not (tmp_path / "instance" / "backups").exists()
    with application.app_context():
        db.engine.dispose()

    with pytest.raises(BackupError, match="SQLite and PostgreSQL databases; this one is mysql"):
        database_kind(make_url("mysql://heard@db.internal/heard"))


def test_libpq_url_carries_no_password() -> None:
    dsn, environment = libpq_url(make_url("postgresql+psycopg://heard:s3cr%40t@db.internal:5433/heard?sslmode=require"))
    assert dsn == "postgresql://heard@db.internal:5433/heard?sslmode=require"
    assert environment == {"PGPASSWORD": "s3cr@t"}
    assert libpq_url(make_url("postgresql+psycopg://heard@db.internal/heard"))[1] == {}


def test_missing_pg_dump_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    application = _build("postgresql+psycopg://heard:hunter2secret@127.0.0.1:1/heard", tmp_path / "instance")
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))

    result = application.test_cli_runner().invoke(args=["backup", "--output", str(tmp_path / "b.dump")])

    assert result.exit_code == 1
    assert "pg_dump was not found" in result.output and "Traceback" not in result.output
    assert "hunter2secret" not in result.output
    assert not (tmp_path / "b.dump").exists()


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
def test_failed_pg_dump_leaves_nothing_and_hides_the_password(tmp_path: Path) -> None:
    # Port 1: nothing listens there, so pg_dump fails at once.
    application = _build("postgresql+psycopg://heard:hunter2secret@127.0.0.1:1/heard", tmp_path / "instance")
    folder = tmp_path / "backups"

    result = application.test_cli_runner().invoke(args=["backup", "--output", str(folder / "b.dump")])

    assert result.exit_code == 1
    assert "pg_dump failed" in result.output and "Traceback" not in result.output
    assert "hunter2secret" not in result.output
    assert list(folder.iterdir()) == []


def _postgresql_test_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        return None
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


@pytest.mark.skipif(_postgresql_test_url() is None, reason="TEST_DATABASE_URL is not PostgreSQL")
def test_postgresql_backup_with_pg_dump(tmp_path: Path) -> None:
    from flask_migrate import upgrade

    application = _build(str(_postgresql_test_url()), tmp_path / "instance")
    with application.app_context():
        # A no-op when the suite's own app has already built the schema; otherwise it builds it.
        upgrade()
        from participation.ops.backup import _code_revision

        head = _code_revision()
    runner = application.test_cli_runner()
    try:
        result = runner.invoke(args=["backup"])
        assert result.exit_code == 0, result.output
        folder = tmp_path / "instance" / "backups"
        (archive,) = folder.iterdir()
        assert archive.suffix == ".dump" and _mode(archive) == 0o600 and _mode(folder) == 0o700
        assert "pg_restore --list reads the archive" in result.output
        assert "The keys are NOT in this backup" in result.output

        listing = subprocess.run(["pg_restore", "--list", str(archive)], capture_output=True, text=True, check=True)
        assert " TABLE DATA public organisation " in listing.stdout
        assert " TABLE DATA public response " in listing.stdout
        data = subprocess.run(
            ["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(archive)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert head is not None and head in data.stdout

        checked = runner.invoke(args=["backup", "restore-check", str(archive)])
        assert checked.exit_code == 0, checked.output
        assert "pg_dump custom-format archive that pg_restore can read" in checked.output

        refused = runner.invoke(args=["backup", "--output", str(archive)])
        assert refused.exit_code == 1 and "already exists" in refused.output
    finally:
        with application.app_context():
            db.engine.dispose()
