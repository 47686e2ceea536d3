"""Building consultations: the only place the worker console writes questions, texts and options.

Publishing freezes a version. Every edit goes to the draft version; the first edit after publishing copies the live
version into a new draft, so young people keep answering what was published until the next publish.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from participation.extensions import db
from participation.surveys.bank import bank_question
from participation.surveys.content import create_consultation
from participation.surveys.models import (
    AgeBand,
    Consultation,
    ConsultationStatus,
    ConsultationText,
    Option,
    OptionText,
    Question,
    QuestionBand,
    QuestionKind,
    QuestionText,
)

ALL_BANDS = [band.value for band in AgeBand]


class EditConflict(Exception):
    """Someone else saved this question since the form was opened."""


class NotReady(Exception):
    """The consultation cannot be published yet; ``problems`` says why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def get(organisation_id: uuid.UUID, consultation_id: uuid.UUID) -> Consultation | None:
    """A consultation, only if it belongs to this organisation."""
    return db.session.scalar(
        select(Consultation).where(Consultation.id == consultation_id, Consultation.organisation_id == organisation_id)
    )


def get_or_404(organisation_id: uuid.UUID, consultation_id: uuid.UUID) -> Consultation:
    """For views: another organisation's consultation answers exactly as a missing one does."""
    from flask import abort

    consultation = get(organisation_id, consultation_id)
    if consultation is None:
        abort(404)
    return consultation


def _slug(text: str, limit: int = 24) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")


def new_code(title: str) -> str:
    """A short public code for /s/<code>: readable, and not guessable from another council's."""
    base = _slug(title, 20) or "survey"
    while True:
        code = f"{base}-{secrets.token_hex(2)}"
        if db.session.scalar(select(Consultation.id).where(Consultation.code == code)) is None:
            return code


def _touch(consultation: Consultation) -> None:
    consultation.content_version = (consultation.content_version or 1) + 1


def create_blank(organisation_id: uuid.UUID, title: str) -> Consultation:
    spec = {"code": new_code(title), "title": {"en": {"*": title}}}
    return create_consultation(organisation_id, spec, [], status=ConsultationStatus.DRAFT)


def create_from_bank(organisation_id: uuid.UUID, title: str, keys: Sequence[str]) -> Consultation:
    questions = [question for key in keys if (question := bank_question(key)) is not None]
    spec = {"code": new_code(title), "title": {"en": {"*": title}}}
    return create_consultation(organisation_id, spec, questions, status=ConsultationStatus.DRAFT)


def questions_of(consultation: Consultation, version: int | None = None) -> list[Question]:
    chosen = version or consultation.draft_version
    return list(
        db.session.scalars(
            select(Question)
            .where(Question.consultation_id == consultation.id, Question.version == chosen)
            .order_by(Question.position)
            .options(
                selectinload(Question.texts),
                selectinload(Question.bands),
                selectinload(Question.options).selectinload(Option.texts),
            )
        )
    )


def texts_of(consultation: Consultation, version: int | None = None) -> list[ConsultationText]:
    chosen = version or consultation.draft_version
    return list(
        db.session.scalars(
            select(ConsultationText).where(
                ConsultationText.consultation_id == consultation.id, ConsultationText.version == chosen
            )
        )
    )


def _copy_version(source: Consultation, target: Consultation, from_version: int, to_version: int) -> None:
    """Copy one version's texts and questions (keys kept, so answers compare) into ``target``."""
    org = target.organisation_id
    for text in texts_of(source, from_version):
        db.session.add(
            ConsultationText(
                organisation_id=org,
                consultation_id=target.id,
                version=to_version,
                language=text.language,
                age_band=text.age_band,
                title=text.title,
                about=text.about,
                next_steps=text.next_steps,
                needs_review=text.needs_review,
            )
        )
    for question in questions_of(source, from_version):
        copy = Question(
            organisation_id=org,
            consultation_id=target.id,
            version=to_version,
            key=question.key,
            kind=question.kind,
            position=question.position,
            is_core=question.is_core,
            max_length=question.max_length,
        )
        copy.bands = [QuestionBand(age_band=band.age_band, organisation_id=org) for band in question.bands]
        copy.texts = [
            QuestionText(
                organisation_id=org,
                language=t.language,
                age_band=t.age_band,
                title=t.title,
                hint=t.hint,
                needs_review=t.needs_review,
            )
            for t in question.texts
        ]
        for option in question.options:
            option_copy = Option(
                organisation_id=org,
                key=option.key,
                position=option.position,
                symbol=option.symbol,
                is_positive=option.is_positive,
                bands=option.bands,
            )
            option_copy.texts = [
                OptionText(
                    organisation_id=org,
                    language=t.language,
                    age_band=t.age_band,
                    label=t.label,
                    needs_review=t.needs_review,
                )
                for t in option.texts
            ]
            copy.options.append(option_copy)
        db.session.add(copy)
    db.session.flush()


def copy_wave(organisation_id: uuid.UUID, source: Consultation, title: str) -> Consultation:
    """A new wave of an earlier consultation: the same questions and keys, so results compare across waves."""
    consultation = Consultation(
        organisation_id=organisation_id,
        code=new_code(title),
        status=ConsultationStatus.DRAFT,
        live_version=0,
        draft_version=1,
        retention_days=source.retention_days,
        previous_wave_id=source.id,
    )
    db.session.add(consultation)
    db.session.flush()
    _copy_version(source, consultation, source.live_version or source.draft_version, 1)
    set_text(consultation, "en", "", title=title)
    return consultation


def editable(consultation: Consultation) -> int:
    """The draft version, created from the live one by the first edit after publishing."""
    if consultation.live_version and consultation.draft_version <= consultation.live_version:
        new_version = consultation.live_version + 1
        _copy_version(consultation, consultation, consultation.live_version, new_version)
        consultation.draft_version = new_version
    return consultation.draft_version


def has_unpublished_changes(consultation: Consultation) -> bool:
    return consultation.draft_version > consultation.live_version


def set_text(consultation: Consultation, language: str, age_band: str, **fields: str | None) -> None:
    version = editable(consultation)
    text = db.session.scalar(
        select(ConsultationText).where(
            ConsultationText.consultation_id == consultation.id,
            ConsultationText.version == version,
            ConsultationText.language == language,
            ConsultationText.age_band == age_band,
        )
    )
    if text is None:
        text = ConsultationText(
            organisation_id=consultation.organisation_id,
            consultation_id=consultation.id,
            version=version,
            language=language,
            age_band=age_band,
        )
        db.session.add(text)
    for name, value in fields.items():
        setattr(text, name, value or None)
    _touch(consultation)
    db.session.flush()


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
    key = _slug(wanted, 50) or "answer"
    candidate, number = key, 1
    while candidate in existing:
        number += 1
        candidate = f"{key}-{number}"
    existing.add(candidate)
    return candidate


def scale_preset(points: int) -> list[OptionInput]:
    if points == 3:
        return [OptionInput("Yes", "face-5", True), OptionInput("Sometimes", "face-3"), OptionInput("No", "face-1")]
    return [
        OptionInput("Always", "face-5", True),
        OptionInput("Mostly", "face-4", True),
        OptionInput("Sometimes", "face-3"),
        OptionInput("Rarely", "face-2"),
        OptionInput("Never", "face-1"),
    ]


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
    question.texts += [
        QuestionText(organisation_id=org, language="en", age_band=band, title=wording.strip())
        for band, wording in (band_titles or {}).items()
        if wording and wording.strip()
    ]
    option_keys: set[str] = set()
    for number, item in enumerate(options if kind.has_own_options else [], start=1):
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
    _touch(consultation)
    db.session.flush()
    return question


def _english(texts: Sequence[Any], band: str = "") -> Any:
    return next((text for text in texts if text.language == "en" and text.age_band == band), None)


def fingerprint(question: Question) -> str:
    """A digest of everything the question editor changes: if it differs from the one the form was opened with,
    someone else saved the question in between."""
    import hashlib
    import json

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
    english = _english(question.texts)
    if english is None:
        english = QuestionText(organisation_id=org, language="en", age_band="", title=title)
        question.texts.append(english)
    if english.title != title or (english.hint or None) != (hint or None):
        # The English changed: existing translations of it need a look.
        for text in question.texts:
            if text.language != "en" and text.age_band == "":
                text.needs_review = True
    english.title, english.hint = title, hint or None
    for band in ALL_BANDS:
        wording = (band_titles.get(band) or "").strip()
        existing = _english(question.texts, band)
        if wording and existing is None:
            question.texts.append(QuestionText(organisation_id=org, language="en", age_band=band, title=wording))
        elif wording and existing is not None:
            existing.title = wording
        elif existing is not None:
            question.texts.remove(existing)
    question.bands = [QuestionBand(age_band=band, organisation_id=org) for band in bands]
    question.is_core = core
    question.max_length = max_length
    if question.kind.has_own_options:
        _replace_options(question, options)
    _touch(consultation)
    db.session.flush()


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
            english = _english(option.texts)
            if english is None:
                option.texts.append(OptionText(organisation_id=org, language="en", age_band="", label=item.label))
            elif english.label != item.label:
                english.label = item.label
                for text in option.texts:
                    if text.language != "en":
                        text.needs_review = True
        option.position, option.symbol, option.is_positive = number, item.symbol, item.positive
        kept.append(option)
    question.options[:] = kept


def move_question(consultation: Consultation, question: Question, direction: int) -> None:
    siblings = questions_of(consultation, question.version)
    index = next(i for i, item in enumerate(siblings) if item.id == question.id)
    other = index + direction
    if 0 <= other < len(siblings):
        siblings[index].position, siblings[other].position = siblings[other].position, siblings[index].position
        _touch(consultation)
        db.session.flush()


def delete_question(consultation: Consultation, question: Question) -> None:
    db.session.delete(question)
    _touch(consultation)
    db.session.flush()
    for number, item in enumerate(questions_of(consultation), start=1):
        item.position = number


def readiness(consultation: Consultation) -> list[str]:
    """What stops the draft being published, in the worker's words."""
    problems: list[str] = []
    questions = questions_of(consultation)
    if not questions:
        problems.append("no-questions")
    title = _english(texts_of(consultation))
    if title is None or not title.title:
        problems.append("no-title")
    for question in questions:
        if question.kind.has_own_options and len(question.options) < 2:
            problems.append(f"few-options:{question.key}")
        if not question.bands:
            problems.append(f"no-bands:{question.key}")
    return problems


def publish(consultation: Consultation, today: date | None = None) -> bool:
    """Publish the draft version. Publishing twice is harmless: returns False when there was nothing new."""
    problems = readiness(consultation)
    if problems:
        raise NotReady(problems)
    changed = (
        consultation.draft_version != consultation.live_version or consultation.status != ConsultationStatus.PUBLISHED
    )
    if not changed:
        return False
    consultation.live_version = consultation.draft_version
    consultation.status = ConsultationStatus.PUBLISHED
    if consultation.opens_on is None:
        consultation.opens_on = today or date.today()
    _touch(consultation)
    return True


def close(consultation: Consultation) -> bool:
    if consultation.status != ConsultationStatus.PUBLISHED:
        return False
    consultation.status = ConsultationStatus.CLOSED
    return True


def reopen(consultation: Consultation, today: date | None = None) -> bool:
    if consultation.status != ConsultationStatus.CLOSED or not consultation.live_version:
        return False
    consultation.status = ConsultationStatus.PUBLISHED
    if consultation.closes_on and consultation.closes_on < (today or date.today()):
        consultation.closes_on = None
    return True


def set_dates(
    consultation: Consultation, opens_on: date | None, closes_on: date | None, feedback_due_on: date | None
) -> None:
    consultation.opens_on, consultation.closes_on, consultation.feedback_due_on = opens_on, closes_on, feedback_due_on


# --- words to avoid, reading age ------------------------------------------------------------------------------------


def term_rules(organisation_id: uuid.UUID) -> list[tuple[str, str]]:
    """The organisation's list of words to avoid; the built-in list until it edits its own."""
    from participation.surveys.checks import DEFAULT_TERMS
    from participation.surveys.models import TermRule

    rules = db.session.scalars(
        select(TermRule).where(TermRule.organisation_id == organisation_id).order_by(TermRule.term)
    ).all()
    return [(rule.term, rule.suggestion) for rule in rules] if rules else list(DEFAULT_TERMS)


def save_term_rules(organisation_id: uuid.UUID, rules: Sequence[tuple[str, str]]) -> None:
    from sqlalchemy import delete

    from participation.surveys.models import TermRule

    db.session.execute(delete(TermRule).where(TermRule.organisation_id == organisation_id))
    seen: set[str] = set()
    for term, suggestion in rules:
        if term.lower() in seen:
            continue
        seen.add(term.lower())
        db.session.add(TermRule(organisation_id=organisation_id, term=term, suggestion=suggestion))
    db.session.flush()


@dataclass(frozen=True)
class BandReading:
    band: str
    reading_age: float | None
    target: int

    @property
    def too_hard(self) -> bool:
        return self.reading_age is not None and self.reading_age > self.target


def english_for_band(question: Question, band: str) -> list[str]:
    texts = {t.age_band: t for t in question.texts if t.language == "en"}
    chosen = texts.get(band) or texts.get("")
    general = texts.get("") or chosen
    words = [chosen.title if chosen else "", (general.hint or "") if general else ""]
    for option in question.options:
        if option.shown_to(band):
            label = next((t.label for t in option.texts if t.language == "en" and t.age_band in (band, "")), "")
            words.append(label)
    return [word for word in words if word]


def reading_ages(consultation: Consultation) -> list[BandReading]:
    from participation.surveys.checks import TARGET_READING_AGE, reading_age

    questions = questions_of(consultation)
    return [
        BandReading(
            band,
            reading_age(
                [
                    text
                    for question in questions
                    if band in question.band_slugs
                    for text in english_for_band(question, band)
                ]
            ),
            TARGET_READING_AGE[band],
        )
        for band in ALL_BANDS
    ]


def term_warnings(consultation: Consultation) -> dict[str, list[Any]]:
    """Avoided words in the draft's English, by question key ("" for the start page)."""
    from participation.surveys.checks import find_terms

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


# --- translations ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TranslationItem:
    """One piece of text a young person reads: its English, and its translation in one language."""

    name: str
    context: str
    english: str
    current: str
    needs_review: bool
    multiline: bool = False
    # ("c", field) for the start page, ("q", key, field, band) for a question, ("o", key, option key) for an answer.
    target: tuple[str, ...] = ()


def translation_items(consultation: Consultation, language: str) -> list[TranslationItem]:
    items: list[TranslationItem] = []
    texts = {(t.language, t.age_band): t for t in texts_of(consultation)}
    english, theirs = texts.get(("en", "")), texts.get((language, ""))
    for field, multiline in (("title", False), ("about", True), ("next_steps", True)):
        source = getattr(english, field) if english else None
        if source:
            items.append(
                TranslationItem(
                    f"c-{field}",
                    "start",
                    source,
                    (getattr(theirs, field) or "") if theirs else "",
                    bool(theirs and theirs.needs_review),
                    multiline,
                    ("c", field),
                )
            )
    for number, question in enumerate(questions_of(consultation), start=1):
        rows = {(t.language, t.age_band): t for t in question.texts}
        for band in [""] + ALL_BANDS:
            source_row, their_row = rows.get(("en", band)), rows.get((language, band))
            if source_row is None:
                continue
            review = bool(their_row and their_row.needs_review)
            items.append(
                TranslationItem(
                    f"q{number}-title-{band or 'all'}",
                    question.key,
                    source_row.title,
                    their_row.title if their_row else "",
                    review,
                    False,
                    ("q", question.key, "title", band),
                )
            )
            if source_row.hint:
                items.append(
                    TranslationItem(
                        f"q{number}-hint-{band or 'all'}",
                        question.key,
                        source_row.hint,
                        (their_row.hint or "") if their_row else "",
                        review,
                        False,
                        ("q", question.key, "hint", band),
                    )
                )
        for option_number, option in enumerate(question.options, start=1):
            rows_o = {(t.language, t.age_band): t for t in option.texts}
            source_o, their_o = rows_o.get(("en", "")), rows_o.get((language, ""))
            if source_o is not None:
                items.append(
                    TranslationItem(
                        f"q{number}-option{option_number}",
                        question.key,
                        source_o.label,
                        their_o.label if their_o else "",
                        bool(their_o and their_o.needs_review),
                        False,
                        ("o", question.key, option.key),
                    )
                )
    return items


def completeness(consultation: Consultation, languages: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """(translated, total, needing review) per language."""
    result = {}
    for language in languages:
        items = translation_items(consultation, language)
        result[language] = (
            sum(1 for item in items if item.current),
            len(items),
            sum(1 for item in items if item.current and item.needs_review),
        )
    return result


def save_translations(
    consultation: Consultation, language: str, values: dict[str, str], reviewed: dict[str, bool]
) -> None:
    """Store one language's texts; an item left empty falls back to English (marked as English) for young people."""
    editable(consultation)
    org = consultation.organisation_id
    for item in translation_items(consultation, language):
        if item.name not in values:
            continue
        value = values[item.name].strip()
        review = not reviewed.get(item.name, True)
        questions = {question.key: question for question in questions_of(consultation)}
        if item.target[0] == "c":
            set_text(consultation, language, "", **{item.target[1]: value or None})
            row = next(t for t in texts_of(consultation) if t.language == language and t.age_band == "")
            row.needs_review = review
        elif item.target[0] == "q":
            _kind, key, field, band = item.target
            question = questions[key]
            row_q = next((t for t in question.texts if t.language == language and t.age_band == band), None)
            if row_q is None:
                row_q = QuestionText(organisation_id=org, language=language, age_band=band, title="")
                question.texts.append(row_q)
            setattr(row_q, field, value or ("" if field == "title" else None))
            row_q.needs_review = review
            if not row_q.title and not row_q.hint:
                question.texts.remove(row_q)
        else:
            _kind, key, option_key = item.target
            option = next(o for o in questions[key].options if o.key == option_key)
            row_o = next((t for t in option.texts if t.language == language and t.age_band == ""), None)
            if value and row_o is None:
                option.texts.append(
                    OptionText(organisation_id=org, language=language, age_band="", label=value, needs_review=review)
                )
            elif value and row_o is not None:
                row_o.label, row_o.needs_review = value, review
            elif row_o is not None:
                option.texts.remove(row_o)
    _touch(consultation)
    db.session.flush()
