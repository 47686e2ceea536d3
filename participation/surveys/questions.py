"""Editing a consultation's questions: adding, rewording, answers to choose from, order. Every edit goes to the
draft version (``builder.editable``); what a kind of question needs comes from its registry entry
(participation.surveys.kinds)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from participation.extensions import db
from participation.surveys.builder import ALL_BANDS, editable, english_text, questions_of, slug, touch
from participation.surveys.kinds import Kind, QuestionKind
from participation.surveys.models import Consultation, Option, OptionText, Question, QuestionBand, QuestionText


class EditConflict(Exception):
    """Someone else saved this question since the form was opened."""


def find_question(consultation: Consultation, question_id: uuid.UUID, *, for_edit: bool) -> Question | None:
    """A question of this consultation as the draft has it (following a published question into the new draft).

    Only ``for_edit`` creates the new draft version: opening a page never writes anything.
    """
    question = db.session.scalar(
        select(Question).where(Question.id == question_id, Question.consultation_id == consultation.id)
    )
    if question is None:
        return None
    version = editable(consultation) if for_edit else consultation.draft_version
    if question.version == version:
        return question
    return db.session.scalar(
        select(Question).where(
            Question.consultation_id == consultation.id, Question.version == version, Question.key == question.key
        )
    )


@dataclass
class OptionInput:
    label: str
    symbol: str | None = None
    positive: bool = False
    key: str | None = None


def _unique_key(existing: set[str], wanted: str) -> str:
    key = slug(wanted, 50) or "answer"
    candidate, number = key, 1
    while candidate in existing:
        number += 1
        candidate = f"{key}-{number}"
    existing.add(candidate)
    return candidate


def preset_options(kind: Kind, points: int) -> list[OptionInput]:
    """The answers the builder writes for a kind that has them (a scale's faces) when the worker writes none."""
    presets = kind.presets.get(points) or kind.presets.get(5) or ()
    return [OptionInput(item.label, item.symbol, item.positive) for item in presets]


def add_question(
    consultation: Consultation,
    kind: QuestionKind,
    title: str,
    *,
    hint: str | None = None,
    bands: Sequence[str] = ALL_BANDS,
    core: bool = False,
    options: Sequence[OptionInput] = (),
    band_titles: dict[str, str] | None = None,
    max_length: int | None = None,
) -> Question:
    version = editable(consultation)
    keys_in_use = set(db.session.scalars(select(Question.key).where(Question.consultation_id == consultation.id)))
    position = (
        db.session.scalar(
            select(func.max(Question.position)).where(
                Question.consultation_id == consultation.id, Question.version == version
            )
        )
        or 0
    ) + 1
    org = consultation.organisation_id
    question = Question(
        organisation_id=org,
        consultation_id=consultation.id,
        version=version,
        key=_unique_key(keys_in_use, title[:40]),
        kind=kind,
        position=position,
        is_core=core,
        max_length=max_length,
    )
    question.bands = [QuestionBand(age_band=band, organisation_id=org) for band in bands]
    question.texts = [QuestionText(organisation_id=org, language="en", age_band="", title=title, hint=hint or None)]
    for band, wording in (band_titles or {}).items():
        _set_band_title(question, band, (wording or "").strip(), title)
    option_keys: set[str] = set()
    for number, item in enumerate(options if kind.spec.own_options else [], start=1):
        # A new question's answers have no keys yet: any posted with them are not ours, so each gets its own.
        option = Option(
            organisation_id=org,
            key=_unique_key(option_keys, item.label),
            position=number,
            symbol=item.symbol,
            is_positive=item.positive,
        )
        option.texts = [OptionText(organisation_id=org, language="en", age_band="", label=item.label)]
        question.options.append(option)
    db.session.add(question)
    touch(consultation)
    db.session.flush()
    return question


def fingerprint(question: Question) -> str:
    """A digest of everything the question editor changes: if it differs from the one the form was opened with,
    someone else saved the question in between."""
    state = {
        "core": question.is_core,
        "max": question.max_length,
        "bands": sorted(b.age_band for b in question.bands),
        "texts": sorted((t.language, t.age_band, t.title, t.hint or "") for t in question.texts),
        "options": [
            (o.key, o.symbol, o.is_positive, sorted((t.language, t.age_band, t.label) for t in o.texts))
            for o in sorted(question.options, key=lambda o: o.position)
        ],
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:32]


def update_question(
    consultation: Consultation,
    question: Question,
    *,
    seen: str,
    title: str,
    hint: str | None,
    bands: Sequence[str],
    core: bool,
    max_length: int | None,
    band_titles: dict[str, str],
    options: Sequence[OptionInput],
) -> None:
    """Save the English wording, bands and answers of a question.

    ``seen`` is the question's fingerprint when the form was opened; if someone saved since, nothing is written
    and EditConflict is raised so the worker can compare and keep what they typed.
    """
    if seen != fingerprint(question):
        raise EditConflict()
    org = consultation.organisation_id
    english = english_text(question.texts)
    if english is None:
        english = QuestionText(organisation_id=org, language="en", age_band="", title=title)
        question.texts.append(english)
    # A translation is out of date when the English of its own field changes (participation.surveys.translations
    # compares each with the English it was made from): nothing to mark here, and nothing else is marked.
    english.title, english.hint = title, hint or None
    for band in ALL_BANDS:
        _set_band_title(question, band, (band_titles.get(band) or "").strip(), title)
    question.bands = [QuestionBand(age_band=band, organisation_id=org) for band in bands]
    question.is_core = core
    question.max_length = max_length
    if question.kind.spec.own_options:
        _replace_options(question, options)
    touch(consultation)
    db.session.flush()


def _set_band_title(question: Question, band: str, wording: str, title: str) -> None:
    """A band's own title, or none: empty (or the same as every band's) means the band reads every band's title and
    follows it when it is reworded. A band's own hint stays whatever happens to its title."""
    if wording == title.strip():
        wording = ""
    existing = english_text(question.texts, band)
    if existing is None:
        if wording:
            question.texts.append(
                QuestionText(organisation_id=question.organisation_id, language="en", age_band=band, title=wording)
            )
    elif wording or existing.hint:
        existing.title = wording
    else:
        question.texts.remove(existing)


def _replace_options(question: Question, options: Sequence[OptionInput]) -> None:
    org = question.organisation_id
    by_key = {option.key: option for option in question.options}
    keys_in_use = set(by_key)
    kept: list[Option] = []
    for number, item in enumerate(options, start=1):
        # The form refuses a key given twice; should one still come, the second row is a new answer, never the
        # same option twice (which would silently drop another answer).
        option = by_key.pop(item.key or "", None)
        if option is None:
            option = Option(organisation_id=org, key=_unique_key(keys_in_use, item.label))
            option.texts = [OptionText(organisation_id=org, language="en", age_band="", label=item.label)]
        else:
            english = english_text(option.texts)
            if english is None:
                option.texts.append(OptionText(organisation_id=org, language="en", age_band="", label=item.label))
            else:
                english.label = item.label
        option.position, option.symbol, option.is_positive = number, item.symbol, item.positive
        kept.append(option)
    question.options[:] = kept


def move_question(consultation: Consultation, question: Question, direction: int) -> None:
    siblings = questions_of(consultation, question.version)
    index = next(i for i, item in enumerate(siblings) if item.id == question.id)
    other = index + direction
    if 0 <= other < len(siblings):
        siblings[index].position, siblings[other].position = siblings[other].position, siblings[index].position
        touch(consultation)
        db.session.flush()


def delete_question(consultation: Consultation, question: Question) -> None:
    db.session.delete(question)
    touch(consultation)
    db.session.flush()
    for number, item in enumerate(questions_of(consultation), start=1):
        item.position = number
