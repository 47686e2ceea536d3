"""Redaction of what could identify someone in a comment before it can be quoted: names, phone numbers, email
addresses, postcodes, street addresses and school names. Pure functions; a worker always sees what was taken out
and approves or edits the result, so this errs towards taking out too much."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

PLACEHOLDERS = {
    "email": "[email]",
    "phone": "[phone number]",
    "postcode": "[postcode]",
    "address": "[address]",
    "school": "[school]",
    "name": "[name]",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers: 07xxx xxxxxx, 01xxx/02x..., +44 forms, with spaces or dashes.
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?\(?0?\)?\s?|0)\d(?:[\s-]?\d){8,9}(?!\d)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|gardens|grove|terrace|hill|walk)"
)
_ADDRESS = re.compile(rf"\b\d{{1,4}}[a-z]?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_WORDS}\b\.?", re.IGNORECASE)
_SCHOOL = re.compile(
    r"\b(?:St\.?\s|Saint\s)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Primary|Secondary|High|Junior|Infant|Grammar|Community|"
    r"Catholic|C\.?\s?of\s?E\.?)?\s*(?:School|Academy|College|Sixth Form)\b"
)
# A capitalised word after words that introduce a person ("my sw Sarah", "called Jay", "with Mrs Patel").
_INTRODUCED = re.compile(
    r"(?i:\b(?:called|named|name is|names|my\s+(?:sw|social\s+worker|pa|iro|carer|foster\s+(?:mum|dad|carer)|"
    r"mum|dad|nan|brother|sister|cousin|friend|bf|gf|boyfriend|girlfriend|teacher|worker|keyworker)|"
    r"(?:mr|mrs|ms|miss|dr)\.?))\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)


@dataclass(frozen=True)
class Redaction:
    kind: str
    original: str


def redact(text: str) -> tuple[str, list[Redaction]]:
    """The comment with identifying details replaced by placeholders, and a list of what was taken out."""
    found: list[Redaction] = []

    def replace(kind: str) -> Callable[[re.Match[str]], str]:
        def substitute(match: re.Match[str]) -> str:
            found.append(Redaction(kind, match.group(0).strip()))
            return PLACEHOLDERS[kind]

        return substitute

    text = _EMAIL.sub(replace("email"), text)
    text = _PHONE.sub(replace("phone"), text)
    text = _POSTCODE.sub(replace("postcode"), text)
    text = _ADDRESS.sub(replace("address"), text)
    text = _SCHOOL.sub(replace("school"), text)

    def name(match: re.Match[str]) -> str:
        found.append(Redaction("name", match.group(1)))
        return match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS["name"]

    text = _INTRODUCED.sub(name, text)
    return text, found
