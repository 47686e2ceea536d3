"""Keyed pseudonyms and short codes.

Every value that could link an answer to a person or a device is stored only as an HMAC-SHA256 under a key derived
from ``PSEUDONYM_KEY`` (held outside the database) for one organisation and one purpose, so a database dump plus the
code cannot recompute or reverse it.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

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


class CodeKind(enum.StrEnum):
    """The codes a young person types, each into its own box: the code on an invite card, the receipt code shown
    after sending (to see or delete answers), and the code to carry on a saved survey."""

    INVITE = "invite"
    RECEIPT = "receipt"
    RESUME = "resume"


@dataclass(frozen=True)
class CodeShape:
    length: int
    # The letter every code of this kind made now starts with, so a person and the boxes can tell the kinds apart
    # (C for a card, R for a receipt). Codes made before it was there may start with any letter: they still work in
    # their own box, found by their hash; only a code that is not found is checked for a kind.
    lead: str | None = None


CODE_SHAPES = {
    CodeKind.INVITE: CodeShape(10, "C"),
    CodeKind.RECEIPT: CodeShape(10, "R"),
    CodeKind.RESUME: CodeShape(8),  # shorter than the others: told apart by its length
}


def new_code_of(kind: CodeKind) -> str:
    """A new random code of this kind, its lead letter first."""
    shape = CODE_SHAPES[kind]
    lead = shape.lead or ""
    return lead + new_code(shape.length - len(lead))


def derived_code_of(kind: CodeKind, purpose: str, value: str) -> str:
    """``derived_code`` in the shape of ``kind``, its lead letter first."""
    shape = CODE_SHAPES[kind]
    lead = shape.lead or ""
    return lead + derived_code(purpose, value, shape.length - len(lead))


def kind_of(typed: str) -> CodeKind | None:
    """The kind of code ``typed`` looks like, by its shape (length and lead letter), or None. For a code that did not
    work in the box it was typed into: a lookup is never made, so no box tells anything about another's codes."""
    code = normalise_code(typed)
    for kind, shape in CODE_SHAPES.items():
        if len(code) == shape.length and (shape.lead is None or code.startswith(shape.lead)):
            return kind
    return None


def format_code(code: str) -> str:
    """Split a code into groups of four or five so it is easy to read aloud and type: ``K7PX-3MQD``."""
    half = (len(code) + 1) // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_code(typed: str) -> str:
    """Accept what people type: spaces, dashes and lower case are forgiven."""
    return "".join(ch for ch in typed.upper() if ch.isascii() and ch.isalnum())
