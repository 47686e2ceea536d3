"""The data protection summary, part one: where this Heard keeps its data and its keys. Read from the running app:
the database in use (its kind and where, never its address with credentials) and where each key came from
(environment, instance secret file or the configuration Heard was started with; never a key itself)."""

from __future__ import annotations

import hmac
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.extensions import db

KEYS: tuple[tuple[str, str, Any, Any], ...] = (
    # (setting, environment variable, name, what it protects)
    (
        "PSEUDONYM_KEY",
        "HEARD_PSEUDONYM_KEY",
        _l("Pseudonym key"),
        _l(
            "Every keyed pseudonym, receipt code and resume code (HMAC-SHA256 per organisation and purpose), and "
            "staff sign-in sessions"
        ),
    ),
    (
        "VAULT_KEY",
        "HEARD_VAULT_KEY",
        _l("Identity vault key"),
        _l("Identifiers kept in the identity vault (encrypted)"),
    ),
    (
        "ACCOUNT_SECRETS_KEY",
        "HEARD_ACCOUNT_SECRETS_KEY",
        _l("Account secrets key"),
        _l("Staff authenticator secrets and the reprintable copy of invite codes (encrypted)"),
    ),
    ("SECRET_KEY", "SECRET_KEY", _l("Session signing key"), _l("Signs browser session cookies")),
)


@dataclass(frozen=True)
class KeyPlace:
    name: str
    variable: str
    protects: str
    source: str  # "environment", "instance-file" or "configuration"
    where: str


def database_place() -> tuple[str, str, Path | None]:
    """(kind, where, SQLite file or None) for the database this app is connected to. Never the user name, password,
    port options or the URL itself."""
    url = db.engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            return _("SQLite"), _("in memory (nothing is kept after Heard stops)"), None
        path = Path(url.database).resolve()
        return _("SQLite file"), str(path), path
    name = url.database or "?"
    host = url.host or _("this server (local socket)")
    if backend == "postgresql":
        return "PostgreSQL", _("database %(name)s on %(host)s", name=name, host=host), None
    return backend, _("database %(name)s on %(host)s", name=name, host=host), None


def _same(a: str, b: str) -> bool:
    return bool(a) and hmac.compare_digest(a.encode(), b.encode())


def _instance_file() -> tuple[Path, dict[str, str], int | None]:
    path = Path(current_app.instance_path) / "secrets.json"
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        mode = stat.S_IMODE(path.stat().st_mode)
    except (OSError, ValueError):
        return path, {}, None
    return path, values if isinstance(values, dict) else {}, mode


def key_places(warnings: list[str]) -> list[KeyPlace]:
    """Where each key in use came from, found by comparing (never showing) values: the environment variable, the
    instance secret file, or neither (the configuration Heard was started with, as in the tests)."""
    path, stored, mode = _instance_file()
    places = []
    file_used = False
    for setting, variable, name, protects in KEYS:
        value = str(current_app.config.get(setting) or "")
        if _same(os.environ.get(variable, ""), value):
            source, where = "environment", _("Environment variable %(variable)s", variable=variable)
        elif _same(str(stored.get(setting, "")), value):
            file_used = True
            source = "instance-file"
            where = _(
                "Instance secret file %(path)s (permissions %(mode)s)",
                path=str(path),
                mode=f"{mode:04o}" if mode is not None else "?",
            )
        else:
            source, where = "configuration", _("Set in the configuration Heard was started with")
        places.append(KeyPlace(str(name), variable, str(protects), source, where))
    if file_used and mode is not None and mode & 0o077:
        warnings.append(
            _(
                "The instance secret file %(path)s can be read by other accounts on the server "
                "(permissions %(mode)s). Make it readable by Heard alone: chmod 600.",
                path=str(path),
                mode=f"{mode:04o}",
            )
        )
    return places


def keys_apart(places: list[KeyPlace], sqlite_file: Path | None, warnings: list[str]) -> list[str]:
    statements = [
        _(
            "No key is stored in the database. A copy of the database, or a backup of it, together with Heard's code "
            "is not enough to recompute or reverse a pseudonym, read a receipt code or open the identity vault."
        ),
        _(
            "The identity vault key is separate from the pseudonym key and the account secrets key: whoever holds one "
            "cannot read what another protects."
        ),
    ]
    secrets_folder = Path(current_app.instance_path).resolve()
    if (
        sqlite_file is not None
        and any(place.source == "instance-file" for place in places)
        and sqlite_file.parent == secrets_folder
    ):
        warnings.append(
            _(
                "The SQLite database and the instance secret file are in the same folder (%(folder)s). "
                "Back them up separately, so that no single backup holds both the data and the keys.",
                folder=str(secrets_folder),
            )
        )
    return statements
