"""Building consultations: creating them, their versions and texts, and publishing. Questions are edited in
``questions``, translations in ``translations``, words to avoid and reading age in ``plain_words``.

Publishing freezes a version. Every edit goes to the draft version; the first edit after publishing copies the live
version into a new draft, so young people keep answering what was published until the next publish.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any

from flask import abort
from sqlalchemy import select
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
    QuestionText,
)

ALL_BANDS = [band.value for band in AgeBand]


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
    consultation = get(organisation_id, consultation_id)
    if consultation is None:
        abort(404)
    return consultation


def slug(text: str, limit: int = 24) -> str:
    """Lower-case words joined by hyphens: the readable part of public codes and of question and answer keys."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")


def new_code(title: str) -> str:
    """A short public code for /s/<code>: readable, and not guessable from another council's."""
    base = slug(title, 20) or "survey"
    while True:
        code = f"{base}-{secrets.token_hex(2)}"
        if db.session.scalar(select(Consultation.id).where(Consultation.code == code)) is None:
            return code


def touch(consultation: Consultation) -> None:
    """Note that the consultation's content changed, so cached views of it are never stale."""
    consultation.content_version = (consultation.content_version or 1) + 1


def create_blank(organisation_id: uuid.UUID, title: str) -> Consultation:
    spec = {"code": new_code(title), "title": {"en": {"*": title}}}
    return create_consultation(organisation_id, spec, [], status=ConsultationStatus.DRAFT)


def create_from_bank(organisation_id: uuid.UUID, title: str, keys: Sequence[str]) -> Consultation:
    questions = [question for key in keys if (question := bank_question(key)) is not None]
    spec = {"code": new_code(title), "title": {"en": {"*": title}}}
    return create_consultation(organisation_id, spec, questions, status=ConsultationStatus.DRAFT)


# Within ``remembered_questions`` (a board pack being built, which only reads), each version's questions are loaded
# once: the pack asks for them for its indicators, its rankings and why it has no themes, each loading every text in
# every language.
_remembered: ContextVar[dict[tuple[uuid.UUID, int], list[Question]] | None] = ContextVar(
    "remembered_questions", default=None
)


@contextmanager
def remembered_questions() -> Iterator[None]:
    """Load each consultation version's questions once inside the block (for code that only reads them)."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def questions_of(consultation: Consultation, version: int | None = None) -> list[Question]:
    chosen = version or consultation.draft_version
    memo = _remembered.get()
    if memo is not None and (consultation.id, chosen) in memo:
        return list(memo[(consultation.id, chosen)])
    found = list(
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
    if memo is not None:
        memo[(consultation.id, chosen)] = found
    return list(found)


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
                **text.review_state(),
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
                **t.review_state(),
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
                    **t.review_state(),
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
    touch(consultation)
    db.session.flush()


def english_text(texts: Sequence[Any], band: str = "") -> Any:
    """The English text of a consultation, question or answer for every band (or for one band)."""
    return next((text for text in texts if text.language == "en" and text.age_band == band), None)


def readiness(consultation: Consultation) -> list[str]:
    """What stops the draft being published, in the worker's words."""
    problems: list[str] = []
    questions = questions_of(consultation)
    if not questions:
        problems.append("no-questions")
    title = english_text(texts_of(consultation))
    if title is None or not title.title:
        problems.append("no-title")
    for question in questions:
        if len(question.options) < question.kind.spec.min_options:
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
    touch(consultation)
    return True


def close(consultation: Consultation, today: date | None = None) -> bool:
    """Close a published consultation now: its closing date becomes today, unless it had already passed, so every
    page says when it really closed (never "when you close it")."""
    if consultation.status != ConsultationStatus.PUBLISHED:
        return False
    consultation.status = ConsultationStatus.CLOSED
    today = today or date.today()
    if consultation.closes_on is None or consultation.closes_on > today:
        consultation.closes_on = today
    return True


def reopen(consultation: Consultation, today: date | None = None) -> bool:
    if consultation.status != ConsultationStatus.CLOSED or not consultation.live_version:
        return False
    consultation.status = ConsultationStatus.PUBLISHED
    if consultation.closes_on and consultation.closes_on <= (today or date.today()):
        consultation.closes_on = None
    return True


def set_dates(
    consultation: Consultation, opens_on: date | None, closes_on: date | None, feedback_due_on: date | None
) -> None:
    consultation.opens_on, consultation.closes_on, consultation.feedback_due_on = opens_on, closes_on, feedback_due_on
