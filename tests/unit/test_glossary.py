"""One word for one thing in each language: wherever English says a glossary term (the catalogue, the question bank,
the demo's texts), the language's text says the glossary's rendering (tests/data/glossary.toml)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

from participation.demo.content import CONSULTATION
from participation.languages import LANGUAGES as REGISTRY
from participation.languages import translated_codes
from participation.surveys.bank import bank_questions

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY: dict[str, dict[str, list[str]]] = tomllib.loads((ROOT / "tests" / "data" / "glossary.toml").read_text())
LANGUAGES = translated_codes()


def _plain(text: str) -> str:
    return text.replace("’", "'")


def _text_maps(data: Any) -> Iterator[dict[str, dict[str, str]]]:
    """Every text map ({language: {"*": text, band: text}}) inside bank or demo data."""
    if isinstance(data, dict):
        if isinstance(data.get("en"), dict) and "*" in data["en"]:
            yield data
            return
        for value in data.values():
            yield from _text_maps(value)
    elif isinstance(data, list):
        for value in data:
            yield from _text_maps(value)


def _pairs(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, the language's text) for everything a person reads."""
    with open(ROOT / "translations" / REGISTRY[language].catalogue / "LC_MESSAGES" / "messages.po", "rb") as handle:
        catalogue = read_po(handle, locale=REGISTRY[language].babel_locale)
    for message in catalogue:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else " ".join(message.id)
        text = message.string if isinstance(message.string, str) else " ".join(message.string)
        yield "catalogue", english, text
    for where, data in (("bank", bank_questions()), ("demo", CONSULTATION)):
        for texts in _text_maps(data):
            if language not in texts:
                continue
            for band, english in texts["en"].items():
                yield where, english, texts[language].get(band, texts[language]["*"])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("term", sorted(GLOSSARY))
def test_term_is_rendered_the_glossary_way(term: str, language: str) -> None:
    stems = [stem.casefold() for stem in GLOSSARY[term][language]]
    pattern = re.compile(r"\b" + re.escape(term) + r"s?\b", re.IGNORECASE)
    found = [(where, english) for where, english, text in _pairs(language) if pattern.search(_plain(english))]
    assert found, f"{term!r} appears somewhere to check"
    wrong = [
        (where, english[:60], text)
        for where, english, text in _pairs(language)
        if pattern.search(_plain(english)) and not any(stem in _plain(text).casefold() for stem in stems)
    ]
    assert not wrong, wrong
