"""Files only Heard's own user can read (TRUST.md, "Private at rest": database files 0600 in a 0700 folder).

SQLite creates its database file with 0644 less the umask, so under the usual umask of 022 every user on the server
could read young people's answers. Heard therefore creates the file itself, 0600, just before SQLite would (on the
first connection, so a mistyped path still fails as it always did rather than becoming an empty database at start),
and tightens an existing one (and its ``-wal``, ``-shm`` and ``-journal`` files) at start. SQLite gives the ``-wal``,
``-shm`` and ``-journal`` files it creates later the permissions of the database file, so they are 0600 too. The
instance folder (secrets, the default database, backups) is kept 0700; a database folder chosen elsewhere is left as
it is (it may be shared), with a warning when others can open it. ``wsgi.py`` also sets the process umask to 077, so
anything else the server writes later (temporary files, exports) is private as well.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
PRIVATE_UMASK = 0o077
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def use_private_umask() -> None:
    """New files and folders this process creates are readable by its own user only."""
    os.umask(PRIVATE_UMASK)


def create_private_folders(folder: Path) -> None:
    """Create the missing folders up to ``folder`` as exactly 0700. Folders that already exist are left as they are."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for item in reversed(missing):
        item.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        os.chmod(item, PRIVATE_FOLDER)  # the umask can only have taken bits away; this makes the mode exact


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and any missing parents) as 0700, or make it 0700 if it exists and is ours."""
    create_private_folders(folder)
    _tighten(folder, PRIVATE_FOLDER)


def _tighten(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        return
    except PermissionError:
        log.warning("Could not make %s private (%o): it belongs to another user", path, mode)


def sqlite_database_path(url: URL) -> Path | None:
    """The file a SQLite URL names, or None for a database in memory (or not SQLite at all)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:") or "mode=memory" in database:
        return None
    return Path(database).absolute()


def tighten_sqlite_database(url: URL, instance_path: Path) -> None:
    """At start: the database file and its companions 0600 if they exist; the folder 0700 if it is the instance
    folder, else a warning when other users can open it."""
    path = sqlite_database_path(url)
    if path is None:
        return
    folder = path.parent
    if folder.exists() and folder.resolve() == instance_path.resolve():
        make_private_folder(folder)
    elif folder.exists() and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        log.warning("Other users can open the database folder %s: make it 0700 (chmod 700 %s)", folder, folder)
    for item in (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_COMPANIONS)):
        _tighten(item, PRIVATE_FILE)


def create_sqlite_file(url: URL) -> None:
    """Just before a connection: create a missing database file 0600 (an empty file is an empty SQLite database),
    so SQLite opens it instead of making one readable by others. A missing folder is left for SQLite to report."""
    path = sqlite_database_path(url)
    if path is None or path.exists() or not path.parent.is_dir():
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
