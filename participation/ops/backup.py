"""``flask --app wsgi backup``: a checked copy of the database, safe to take while Heard is serving.

SQLite is copied with SQLite's online backup API from one read snapshot, so answers written at the same time (WAL
mode) neither wait for the copy nor end up half in it. PostgreSQL is dumped with ``pg_dump --format=custom``. Either
way the file is created 0600 (in a folder created 0700), checked, and only then given its name.

The keys are not in any backup: they live outside the database (``instance/secrets.json`` or the environment, see
``participation/config.py``) and must be backed up separately and kept apart, so that a database backup on its own is
not enough to recompute a pseudonym or open the identity vault.

The command only reads the database, so it works under a read-only database role; it is not written to the audit log
(which is inside the database being copied).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sqlite3
import stat
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import click
from alembic.script import ScriptDirectory
from flask import current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from participation.extensions import db
from participation.ops.command_paths import creatable_problem
from participation.ops.private_files import create_private_folders
from participation.paths import ROOT

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"
# Named in the report when present: the tables whose counts an operator recognises.
HEADLINE_TABLES = ("organisation", "consultation", "response", "answer", "staff_user", "audit_event")
# Every key Heard keeps outside the database, as the environment variable that can hold it (participation/config.py).
KEY_VARIABLES = ("SECRET_KEY", "HEARD_PSEUDONYM_KEY", "HEARD_ACCOUNT_SECRETS_KEY", "HEARD_VAULT_KEY")
# One line of `pg_restore --list`: "211; 0 16390 TABLE DATA public organisation heard".
TABLE_DATA_LINE = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) (\S+)")


class BackupError(click.ClickException):
    """A problem the operator can put right: one line of text and exit status 1, never a stack trace."""


# --- where the backup goes ------------------------------------------------------------------------------------------


def database_kind(url: URL) -> str:
    """``sqlite`` or ``postgresql``; anything else cannot be backed up by this command."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        database = url.database or ""
        if database in ("", ":memory:") or "mode=memory" in database:
            raise BackupError(
                "The database is held in memory, so there is no file to back up. Set DATABASE_URL "
                "to a SQLite file or a PostgreSQL database."
            )
        return "sqlite"
    if backend == "postgresql":
        return "postgresql"
    raise BackupError(
        f"This command backs up SQLite and PostgreSQL databases; this one is {backend}. "
        "Use that database's own backup tools."
    )


def target_path(output: Path | None, kind: str, instance_path: Path, now: datetime) -> Path:
    """Where the backup is written: ``--output`` as given, a dated name inside it if it is a folder, or by default a
    dated name in ``instance/backups/``."""
    name = f"heard-{now:%Y%m%d-%H%M%S}{'.sqlite3' if kind == 'sqlite' else '.dump'}"
    if output is None:
        return instance_path / "backups" / name
    if output.is_dir():
        return output / name
    return output


def open_partial(target: Path, force: bool) -> Path:
    """Refuse to replace an existing file without ``force``; create the folders and an empty 0600 file beside the
    target, which the backup is written into and renamed from once it has been checked."""
    if target.is_dir():
        raise BackupError(f"{target} is a folder. Give a file name, or the folder on its own for a dated name.")
    if (target.exists() or target.is_symlink()) and not force:
        raise BackupError(f"{target} already exists. Choose another --output, or add --force to replace it.")
    try:
        create_private_folders(target.parent)
        partial = target.parent / f".{target.name}.partial-{secrets.token_hex(4)}"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(descriptor, 0o600)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise BackupError(f"Cannot write the backup to {target}: {error.strerror or error}.") from error
    return partial


def discard(partial: Path) -> None:
    """Remove an unfinished backup and any journal SQLite left beside it."""
    for path in (partial, *(partial.with_name(partial.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            path.unlink()


def finish(partial: Path, target: Path, force: bool) -> None:
    """Flush the checked backup to disk and give it its name."""
    try:
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        if target.exists() and not force:
            raise BackupError(
                f"{target} appeared while the backup was being made. Nothing was replaced; run "
                "again with another --output."
            )
        os.replace(partial, target)
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError as error:
        raise BackupError(f"Cannot write the backup to {target}: {error.strerror or error}.") from error


def folder_note(folder: Path) -> str | None:
    """A warning when other users can open the folder the backup is in (the file itself is 0600 regardless)."""
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        return (
            f"Note: other users on this machine can open {folder} (mode {mode:04o}). The backup itself is "
            "readable only by its owner, but keep backups in a folder only Heard's user can open (0700)."
        )
    return None


def keys_note(instance_path: Path) -> list[str]:
    """Where the keys are, and why they are kept apart from the database backup."""
    from_environment = [name for name in KEY_VARIABLES if os.environ.get(name, "").strip()]
    from_file = [name for name in KEY_VARIABLES if name not in from_environment]
    places = []
    if from_file:
        places.append(f"{instance_path / 'secrets.json'} ({', '.join(from_file)})")
    if from_environment:
        places.append(f"the environment ({', '.join(from_environment)})")
    return [
        "The keys are NOT in this backup. They are in " + " and ".join(places) + ".",
        "Back the keys up separately and keep them apart from database backups: with both, someone could recompute "
        "pseudonyms and open the identity vault; without the keys, a restored database cannot check receipt or "
        "resume codes, staff authenticator codes or the identity vault.",
    ]


def size_text(size: int) -> str:
    return f"{size:,} bytes ({size / 1_048_576:.1f} MB)"


def tables_text(counts: dict[str, int]) -> str:
    rows = sum(counts.values())
    return f"{len(counts)} tables and {rows:,} {'row' if rows == 1 else 'rows'}"


# --- SQLite ---------------------------------------------------------------------------------------------------------


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0] for name in names}


def backup_sqlite(database: Path, partial: Path) -> dict[str, int]:
    """Copy the SQLite database into ``partial`` from one read snapshot and return that snapshot's row counts.

    In WAL mode the read transaction does not hold up writers: whatever they commit after it began is simply not in
    this copy, and whatever they have not committed never is.
    """
    if not database.is_file():
        raise BackupError(f"The database file {database} does not exist.")
    try:
        # mode=rw: never create an empty database where the real one was expected.
        with contextlib.closing(
            sqlite3.connect(database.resolve().as_uri() + "?mode=rw", uri=True, timeout=10, isolation_level=None)
        ) as source:
            source.execute("BEGIN")
            counts = _row_counts(source)  # the first read fixes the snapshot that the copy is taken from
            with contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as copy:
                source.backup(copy)
                # The copy inherits WAL mode; a backup should be one self-contained file.
                copy.execute("PRAGMA journal_mode=DELETE")
            source.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not copy {database}: {error}.") from error
    return counts


def check_sqlite(path: Path) -> tuple[dict[str, int], str | None]:
    """Run SQLite's integrity check on a backup; return its row counts and its schema revision."""
    try:
        with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as copy:
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError(f"{path} fails SQLite's integrity check: {'; '.join(problems[:5])}")
            counts = _row_counts(copy)
            revision = None
            if "alembic_version" in counts:
                row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as error:
        raise BackupError(f"SQLite cannot read {path}: {error}.") from error
    return counts, revision


def sqlite_report(counts: dict[str, int], expected: dict[str, int], revision: str | None) -> list[str]:
    """Compare the copy with the snapshot it was taken from; the lines that say so."""
    if counts != expected:
        differences = [
            f"{name}: {expected.get(name, 'none')} in the database, {counts.get(name, 'none')} in the copy"
            for name in sorted(set(counts) | set(expected))
            if counts.get(name) != expected.get(name)
        ]
        raise BackupError("The copy does not match the database: " + "; ".join(differences[:5]))
    headline = ", ".join(f"{name} {counts[name]:,}" for name in HEADLINE_TABLES if name in counts)
    lines = [
        f"Checked: SQLite integrity check ok; {tables_text(counts)}, the same as the database at the moment of copying."
    ]
    if headline:
        lines.append(f"Rows: {headline}.")
    lines.append(_revision_line(revision))
    return lines


# --- PostgreSQL -----------------------------------------------------------------------------------------------------


def libpq_url(url: URL) -> tuple[str, dict[str, str]]:
    """The SQLAlchemy URL as a libpq connection URI without the password, and the environment that carries the
    password instead (so it is never on a command line, in ``ps`` or in anything printed)."""
    # Built afresh: URL.set() treats password=None as "leave it as it is".
    plain = URL.create(
        "postgresql", username=url.username, host=url.host, port=url.port, database=url.database, query=url.query
    )
    environment = {"PGPASSWORD": str(url.password)} if url.password else {}
    return plain.render_as_string(hide_password=False), environment


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} was not found on PATH. Install the PostgreSQL client tools for the server's major "
            "version (on Debian: apt-get install postgresql-client) and try again."
        )
    return found


def _tail(text: str, secret: str | None) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    message = " ".join(lines[-3:]) or "no message"
    return message.replace(secret, "****") if secret else message


def archive_tables(pg_restore: str, path: Path) -> set[str]:
    """The tables whose data a custom-format archive holds, as ``pg_restore --list`` reads them."""
    done = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"pg_restore cannot read {path}: {_tail(done.stderr, None)}")
    return {match.group(2) for line in done.stdout.splitlines() if (match := TABLE_DATA_LINE.match(line))}


def backup_postgresql(url: URL, partial: Path) -> set[str]:
    """Dump the database into ``partial`` with pg_dump's custom format; return the tables its listing holds."""
    pg_dump, pg_restore = pg_tool("pg_dump"), pg_tool("pg_restore")
    dsn, secret_environment = libpq_url(url)
    done = subprocess.run(
        [pg_dump, "--format=custom", "--no-password", f"--file={partial}", f"--dbname={dsn}"],
        env={**os.environ, **secret_environment},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {_tail(done.stderr, url.password)}")
    return archive_tables(pg_restore, partial)


def postgresql_report(listed: set[str]) -> list[str]:
    """Compare the archive's tables with the live database's; the lines that say so."""
    try:
        live = set(inspect(db.engine).get_table_names())
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        message = f"pg_dump wrote the archive, but Heard could not read the database to check it: {reason}"
        raise BackupError(message) from error
    missing = sorted(live - listed)
    if missing:
        raise BackupError(f"The archive lacks the data of {len(missing)} tables: {', '.join(missing[:10])}.")
    headline = ", ".join(name for name in HEADLINE_TABLES if name in listed)
    return [
        f"Checked: pg_restore --list reads the archive; it holds the data of all {len(live)} tables"
        + (f" ({headline} among them)." if headline else "."),
        _revision_line(revision),
    ]


# --- shared ---------------------------------------------------------------------------------------------------------


def _code_revision() -> str | None:
    return ScriptDirectory(str(ROOT / "migrations")).get_current_head()


def _revision_line(revision: str | None) -> str:
    if revision is None:
        return "Schema revision: none recorded (this does not look like a database Heard has migrated)."
    code = _code_revision()
    if code is None or code == revision:
        return f"Schema revision: {revision}."
    return (
        f"Schema revision: {revision}; this code is at {code}, so run `flask --app wsgi db upgrade` after "
        "restoring it here."
    )


# --- the commands ---------------------------------------------------------------------------------------------------


@click.group("backup", cls=AppGroup, invoke_without_command=True)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    help="The file to write, or a folder to put a dated file in. Default: instance/backups/.",
)
@click.option("--force", is_flag=True, help="Replace the output file if it already exists.")
@with_appcontext
def backup_cli(output: Path | None, force: bool) -> None:
    """Back up the database to a file only its owner can read, safe to run while Heard is serving.

    SQLite: an online copy, by default instance/backups/heard-YYYYMMDD-HHMMSS.sqlite3 (UTC). PostgreSQL: pg_dump's
    custom format, by default instance/backups/heard-YYYYMMDD-HHMMSS.dump. The copy is checked before it is given
    its name. The keys are NOT in the backup: back up instance/secrets.json or the key variables separately, and
    keep them apart from database backups.
    """
    context = click.get_current_context()
    if context.invoked_subcommand is not None:
        if output is not None or force:
            raise click.UsageError("--output and --force belong to `backup` on its own, not to a sub-command.")
        return
    if output is not None:
        # Missing folders are made, so only what is there of the path can be wrong: a file, or a folder not ours.
        problem = creatable_problem(output if output.is_dir() else output.parent)
        if problem:
            raise click.BadParameter(problem, param_hint="'--output'")
    run_backup(output, force)


def run_backup(output: Path | None, force: bool) -> Path:
    """Write one checked backup of the configured database and report it; return where it went."""
    url = db.engine.url
    kind = database_kind(url)
    instance_path = Path(current_app.instance_path)
    target = target_path(output, kind, instance_path, datetime.now(UTC))
    if kind == "postgresql":
        # Before any file is created: a missing tool is the commonest problem and should leave nothing behind.
        pg_tool("pg_dump")
        pg_tool("pg_restore")
        source_text = f"the PostgreSQL database {libpq_url(url)[0]}"
    else:
        database = Path(str(url.database))
        source_text = f"the SQLite database {database}"
        if target.resolve() == database.resolve():
            raise BackupError("The output is the database itself. Choose another --output.")
    replacing = target.exists()
    partial = open_partial(target, force)
    try:
        if kind == "sqlite":
            expected = backup_sqlite(database, partial)
            counts, revision = check_sqlite(partial)
            lines = sqlite_report(counts, expected, revision)
        else:
            lines = postgresql_report(backup_postgresql(url, partial))
        finish(partial, target, force)
    except BaseException:
        discard(partial)
        raise
    click.echo(f"Backed up {source_text}.")
    click.echo(
        f"{'Replaced' if replacing else 'Wrote'} {target}: {size_text(target.stat().st_size)}, "
        "readable only by its owner (0600)."
    )
    for line in lines:
        click.echo(line)
    note = folder_note(target.parent)
    if note:
        click.echo(note, err=True)
    for line in keys_note(instance_path):
        click.echo(line)
    return target


@backup_cli.command("restore-check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def restore_check(path: Path) -> None:
    """Check that a backup file can be restored (changes nothing).

    SQLite backups get SQLite's integrity check and their row counts; PostgreSQL archives are read with
    pg_restore --list. Changes nothing: run it on a copy you are about to rely on, for example after moving backups off
    the machine.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise BackupError(f"Cannot read {path}: {error.strerror or error}.") from error
    if head.startswith(SQLITE_MAGIC):
        counts, revision = check_sqlite(path)
        if "alembic_version" not in counts:
            raise BackupError(f"{path} is a SQLite database, but not one of Heard's (it has no alembic_version).")
        click.echo(f"{path} is a SQLite backup: integrity check ok; {tables_text(counts)}.")
        headline = ", ".join(f"{name} {counts[name]:,}" for name in HEADLINE_TABLES if name in counts)
        if headline:
            click.echo(f"Rows: {headline}.")
        click.echo(_revision_line(revision))
    elif head.startswith(PG_CUSTOM_MAGIC):
        tables = archive_tables(pg_tool("pg_restore"), path)
        if "alembic_version" not in tables:
            raise BackupError(f"{path} is a pg_dump archive, but not of Heard's database (no alembic_version).")
        expected = {table.name for table in db.metadata.sorted_tables}
        click.echo(
            f"{path} is a pg_dump custom-format archive that pg_restore can read; it holds the data of "
            f"{len(tables)} tables."
        )
        missing = sorted(expected - tables)
        if missing:
            click.echo(
                f"It lacks {len(missing)} tables this code has ({', '.join(missing[:10])}): it was made by "
                "an earlier version; run `flask --app wsgi db upgrade` after restoring it."
            )
    else:
        raise BackupError(f"{path} is neither a SQLite database nor a pg_dump custom-format archive.")
