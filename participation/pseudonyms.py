"""Keyed pseudonyms and short codes.

Every value that could link an answer to a person or a device is stored only as an HMAC-SHA256 under a key derived
from ``PSEUDONYM_KEY`` (held outside the database) for one organisation and one purpose, so a database dump plus the
code cannot recompute or reverse it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from flask import current_app

# No 0/O, 1/I/L or U/V confusion: codes are read off a phone screen and typed on another.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"


def _purpose_key(purpose: str, organisation_id: uuid.UUID | None) -> bytes:
    master = current_app.config["PSEUDONYM_KEY"].encode()
    scope = f"{organisation_id or 'platform'}:{purpose}".encode()
    return hmac.new(master, scope, hashlib.sha256).digest()


def keyed_hash(purpose: str, value: str, organisation_id: uuid.UUID | None = None) -> str:
    """HMAC-SHA256 of ``value`` under the key for this organisation and purpose, as hex."""
    return hmac.new(_purpose_key(purpose, organisation_id), value.encode(), hashlib.sha256).hexdigest()


def identifier_pseudonym(organisation_id: uuid.UUID, identifier: str) -> str:
    """The keyed pseudonym for an identifier a worker typed (a case number, say); the identifier is not kept. Spaces
    and letter case do not matter."""
    return keyed_hash("invite-identifier", " ".join(identifier.split()).upper(), organisation_id)


def random_pseudonym() -> str:
    """A pseudonym for an anonymous response: random, so nothing can recompute it."""
    return secrets.token_hex(16)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_code(length: int = 8) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def derived_code(purpose: str, value: str, length: int = 10) -> str:
    """A code derived from a secret value: the same draft always shows the same receipt code."""
    digest = hmac.new(_purpose_key(purpose, None), value.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def format_code(code: str) -> str:
    """Split a code into groups of four or five so it is easy to read aloud and type: ``K7PX-3MQD``."""
    half = (len(code) + 1) // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_code(typed: str) -> str:
    """Accept what people type: spaces, dashes and lower case are forgiven."""
    return "".join(ch for ch in typed.upper() if ch.isascii() and ch.isalnum())
