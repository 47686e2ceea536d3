"""The question bank and the demo consultation speak every language in the registry: each text map has every
language, each with the same band wordings as English, so a young person reading Tigrinya gets the 4–7 wording in
Tigrinya and not the 12–17 one, and nothing falls back to English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from participation.demo.content import CONSULTATION
from participation.languages import LANGUAGES, SOURCE
from participation.surveys.bank import bank_languages, bank_questions

ENGLISH_WORDS = re.compile(r"\b(the|you|your|and|what|how)\b", re.IGNORECASE)


def text_maps() -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    for question in bank_questions():
        yield f"{question['key']} title", question["title"]
        if question["hint"]:
            yield f"{question['key']} hint", question["hint"]
        for option in question["options"]:
            yield f"{question['key']} option {option['key']}", option["label"]
    for field in ("title", "about", "next_steps"):
        yield f"demo {field}", CONSULTATION[field]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != SOURCE])
def test_every_bank_and_demo_text_is_in_every_language(language: str) -> None:
    problems: list[str] = []
    for where, texts in text_maps():
        own: dict[str, Any] | None = texts.get(language)
        if own is None:
            problems.append(f"{where}: no {language} text")
            continue
        # Every wording English has (a language may have more: Welsh answers parents' yes/no questions in their verb).
        if set(texts[SOURCE]) - set(own):
            problems.append(f"{where}: {language} lacks wordings for {sorted(set(texts[SOURCE]) - set(own))}")
        for band, text in own.items():
            if not text.strip():
                problems.append(f"{where} ({band}): empty")
            elif language not in ("sq", "vi") and ENGLISH_WORDS.search(text):
                problems.append(f"{where} ({band}): reads as English: {text!r}")
    assert problems == [], problems[:10]


def test_the_bank_lists_every_registry_language() -> None:
    assert bank_languages()[0] == SOURCE and set(bank_languages()) == set(LANGUAGES)
