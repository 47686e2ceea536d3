"""One word for one thing in each language: wherever English says a glossary term (the catalogue, the question bank,
the demo's texts), the language's text says the glossary's rendering (tests/data/glossary.toml). A term added after
the languages of unaccompanied children joined the registry is checked in the languages it lists until the others
add theirs; a separate check, expected to fail until then, asks for every language under every term."""

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
from participation.languages import SOURCE, translated_codes, with_staff_pages
from participation.surveys.bank import bank_questions
from tests.texts import text_maps

ROOT = Path(__file__).resolve().parents[2]
_DATA: dict[str, Any] = tomllib.loads((ROOT / "tests" / "data" / "glossary.toml").read_text())
PENDING: list[str] = _DATA.pop("not_yet_in_every_language")
GLOSSARY: dict[str, dict[str, list[str]]] = _DATA
LANGUAGES = translated_codes()
UNLESS = "unless"


def _checked() -> list[tuple[str, str]]:
    """(term, language) pairs to check: every language for a term, only the listed ones for a term still pending."""
    return [
        (term, language)
        for term in sorted(GLOSSARY)
        for language in LANGUAGES
        if term not in PENDING or language in GLOSSARY[term]
    ]


def _plain(text: str) -> str:
    return text.replace("’", "'")


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
        for texts in text_maps(data):
            if language not in texts:
                continue
            for band, english in texts["en"].items():
                yield where, english, texts[language].get(band, texts[language]["*"])


def _says(term: str, english: str) -> bool:
    """Whether ``english`` says ``term`` (or its plural), once the term's "unless" phrases are taken out."""
    plain = _plain(english)
    for other in GLOSSARY[term].get(UNLESS, []):
        plain = re.sub(re.escape(other), "", plain, flags=re.IGNORECASE)
    return re.search(r"\b" + re.escape(term) + r"s?\b", plain, re.IGNORECASE) is not None


@pytest.mark.parametrize(("term", "language"), _checked(), ids=[f"{term}-{language}" for term, language in _checked()])
def test_term_is_rendered_the_glossary_way(term: str, language: str) -> None:
    stems = [stem.casefold() for stem in GLOSSARY[term][language]]
    found = [(where, english) for where, english, text in _pairs(language) if _says(term, english)]
    assert found, f"{term!r} appears somewhere to check"
    wrong = [
        (where, english[:60], text)
        for where, english, text in _pairs(language)
        if _says(term, english) and not any(stem in _plain(text).casefold() for stem in stems)
    ]
    assert not wrong, wrong


def test_the_pending_terms_are_in_the_glossary() -> None:
    assert set(PENDING) <= set(GLOSSARY)


def test_every_term_lists_every_registry_language() -> None:
    missing = {term: sorted(set(LANGUAGES) - set(GLOSSARY[term])) for term in GLOSSARY}
    assert not {term: languages for term, languages in missing.items() if languages}, missing


@pytest.mark.parametrize("language", [code for code in with_staff_pages() if code != SOURCE])
def test_not_sure_is_said_one_way(language: str) -> None:
    """The "Not sure" answer (the yes/no kind's, from the catalogue, and the bank's own options) reads the same
    wherever it is offered, in the five catalogues a bilingual review has been through."""
    said = {text for _where, english, text in _pairs(language) if english.strip().casefold() == "not sure" and text}
    assert len(said) == 1, said
