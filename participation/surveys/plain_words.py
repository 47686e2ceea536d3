"""Checks on a draft's English before young people read it: words their councils were asked not to use, and the
reading age of each band's questions (the pure checks are in ``checks``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select

from participation.extensions import db
from participation.surveys.builder import ALL_BANDS, questions_of, texts_of
from participation.surveys.checks import DEFAULT_TERMS, BandReading, band_reading, find_terms

# The overview's explanation of the check names the least words a reading age is worked out on.
from participation.surveys.checks import MIN_WORDS_FOR_READING_AGE as MIN_WORDS_FOR_READING_AGE
from participation.surveys.models import Consultation, Question, TermRule


def term_rules(organisation_id: uuid.UUID) -> list[tuple[str, str]]:
    """The organisation's list of words to avoid; the built-in list until it edits its own."""
    rules = db.session.scalars(
        select(TermRule).where(TermRule.organisation_id == organisation_id).order_by(TermRule.term)
    ).all()
    return [(rule.term, rule.suggestion) for rule in rules] if rules else list(DEFAULT_TERMS)


def save_term_rules(organisation_id: uuid.UUID, rules: Sequence[tuple[str, str]]) -> None:
    db.session.execute(delete(TermRule).where(TermRule.organisation_id == organisation_id))
    seen: set[str] = set()
    for term, suggestion in rules:
        if term.lower() in seen:
            continue
        seen.add(term.lower())
        db.session.add(TermRule(organisation_id=organisation_id, term=term, suggestion=suggestion))
    db.session.flush()


def english_for_band(question: Question, band: str) -> list[str]:
    """The English a young person in ``band`` reads of one question: its title, hint and answers, each the band's
    own wording where it has one (as the question page picks them), else the wording for every band."""
    texts = {t.age_band: t for t in question.texts if t.language == "en"}
    own, general = texts.get(band), texts.get("")
    words = [
        (own.title if own and own.title else None) or (general.title if general else ""),
        (own.hint if own and own.hint else None) or (general.hint if general else None) or "",
    ]
    for option in question.options:
        if option.shown_to(band):
            labels = {t.age_band: t.label for t in option.texts if t.language == "en"}
            words.append(labels.get(band) or labels.get("", ""))
    return [word for word in words if word]


def reading_ages(consultation: Consultation) -> list[BandReading]:
    """How hard each age band's English is to read, youngest band first."""
    questions = questions_of(consultation)
    return [
        band_reading(
            band,
            [
                text
                for question in questions
                if band in question.band_slugs
                for text in english_for_band(question, band)
            ],
        )
        for band in ALL_BANDS
    ]


def term_warnings(consultation: Consultation) -> dict[str, list[Any]]:
    """Avoided words in the draft's English, by question key ("" for the start page)."""
    rules = term_rules(consultation.organisation_id)
    found: dict[str, list[Any]] = {}
    for text in texts_of(consultation):
        if text.language == "en":
            hits = find_terms(" ".join(filter(None, [text.title, text.about, text.next_steps])), rules)
            if hits:
                found.setdefault("", []).extend(hits)
    for question in questions_of(consultation):
        words = " · ".join(t.title + " " + (t.hint or "") for t in question.texts if t.language == "en")
        words += " · " + " · ".join(t.label for o in question.options for t in o.texts if t.language == "en")
        hits = find_terms(words, rules)
        if hits:
            found[question.key] = hits
    return found
