"""Every machine serving one Heard holds the same keys, or it does not start.

The keys live outside the database (TRUST.md): in each machine's environment, or in its own
``instance/secrets.json``, which Heard writes on a first start without them. Two machines with different keys each
work, but not together, and nothing would say so: a session cookie signed on one is refused by the other, a receipt
code one gives opens nothing on the other, an authenticator secret or a vault entry one encrypts cannot be read by
the other, and one identifier gets two pseudonyms, so an erasure by identifier misses what the other machine stored.

So the database keeps a fingerprint of each key, recorded by the first machine to start, and a gunicorn worker
whose keys differ refuses to start (``participation.ops.gunicorn_worker``), naming the key but never showing it.
``flask keys check`` compares from the command line; after a deliberate change made on every machine (a new
``SECRET_KEY``, keys that were lost) ``flask keys adopt`` records the keys of the machine it runs on;
``flask keys rotate`` records the new key itself.

A fingerprint is scrypt of the key with a random salt: testing a guessed key against it is slower than testing it
against what the database already holds (HMACs, Fernet tokens), so it opens no new way to a key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from flask import Flask, current_app
from sqlalchemy import DateTime, String, delete, inspect
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from participation.crypto import split_keys
from participation.db import Base, utcnow
from participation.extensions import db

log = logging.getLogger(__name__)

# Each key the machines must share: its setting, and the environment variable that sets it (for the messages).
KEYS = {
    "SECRET_KEY": "SECRET_KEY",
    "PSEUDONYM_KEY": "HEARD_PSEUDONYM_KEY",
    "ACCOUNT_SECRETS_KEY": "HEARD_ACCOUNT_SECRETS_KEY",
    "VAULT_KEY": "HEARD_VAULT_KEY",
}
# Settings that list several keys, newest first, while one is rotated (participation/crypto.py): any listed key may
# match the fingerprint, so machines keep starting between the steps of a rotation.
LISTED = frozenset({"ACCOUNT_SECRETS_KEY", "VAULT_KEY"})

# scrypt: 16 MiB and a few tens of milliseconds a key, once per worker start.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


class KeyFingerprint(Base):
    """The fingerprint of one key every machine must hold, as the first machine (or ``keys adopt``) recorded it."""

    __tablename__ = "key_fingerprint"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    salt: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def fingerprint(key: str, salt: str) -> str:
    return hashlib.scrypt(key.encode(), salt=bytes.fromhex(salt), **SCRYPT).hex()


def held(setting: str) -> list[str]:
    """The keys this machine holds for ``setting`` (several only while a listed key is rotated)."""
    value = str(current_app.config.get(setting) or "")
    return split_keys(value) if setting in LISTED else [value] if value else []


def _matches(row: KeyFingerprint, keys: list[str]) -> bool:
    return any(hmac.compare_digest(fingerprint(key, row.salt), row.digest) for key in keys)


def _new_row(setting: str, key: str) -> KeyFingerprint:
    salt = secrets.token_hex(16)
    return KeyFingerprint(name=setting, salt=salt, digest=fingerprint(key, salt))


@dataclass(frozen=True)
class Comparison:
    """This machine's keys against the database's fingerprints: names newly recorded, names that differ."""

    recorded: tuple[str, ...]
    different: tuple[str, ...]


def compare() -> Comparison:
    """Compare this machine's keys with the recorded fingerprints, recording any key not recorded yet (the first
    machine to start records them all). Flushes; the caller commits."""
    recorded: list[str] = []
    different: list[str] = []
    for setting in KEYS:
        keys = held(setting)
        if not keys:
            continue
        row = db.session.get(KeyFingerprint, setting)
        if row is None:
            try:
                with db.session.begin_nested():
                    db.session.add(_new_row(setting, keys[0]))
                recorded.append(setting)
                continue
            except IntegrityError:
                # Another machine's worker recorded it at the same moment: compare with what it recorded.
                row = db.session.get(KeyFingerprint, setting)
                assert row is not None
        if not _matches(row, keys):
            different.append(setting)
    return Comparison(tuple(recorded), tuple(different))


def record(settings: tuple[str, ...] = tuple(KEYS)) -> None:
    """Record this machine's keys (the first listed, for a listed setting) as the ones every machine must hold."""
    db.session.execute(delete(KeyFingerprint).where(KeyFingerprint.name.in_(settings)))
    for setting in settings:
        keys = held(setting)
        if keys:
            db.session.add(_new_row(setting, keys[0]))
    db.session.flush()


def difference_message(different: tuple[str, ...]) -> str:
    names = ", ".join(KEYS[setting] for setting in different)
    return (
        f"This machine's {names} differ from the keys Heard's database was written with (recorded by the first "
        "machine to start). Every machine serving one Heard must hold the same keys: set them in each machine's "
        "environment (README, 'Running in production on more than one machine'). After a deliberate change made "
        "on every machine, run `flask --app wsgi keys adopt` once."
    )


def refusal(app: Flask) -> str | None:
    """For a gunicorn worker about to serve: why it must not (its keys differ), or None. A database not migrated
    yet, or not reachable, is not a reason: the app says what is wrong with those itself."""
    with app.app_context():
        try:
            if not inspect(db.engine).has_table(KeyFingerprint.__tablename__):
                log.warning("Keys not compared with other machines: run `flask --app wsgi db upgrade`")
                return None
            comparison = compare()
            db.session.commit()
        except SQLAlchemyError as error:
            db.session.rollback()
            log.warning(
                "Keys not compared with other machines: the database is not reachable (%s)", type(error).__name__
            )
            return None
        finally:
            db.session.remove()
    if comparison.recorded:
        names = ", ".join(KEYS[setting] for setting in comparison.recorded)
        log.warning("Recorded the fingerprints of %s: every other machine must hold the same keys", names)
    return difference_message(comparison.different) if comparison.different else None
