"""Reading consultations as a young person sees them: their band's questions, in their language.

Texts fall back from (language, band) to (language, any band) to (English, band) to (English, any band); a fallback
carries its own language so templates can mark it with the right ``lang`` attribute.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Response
from participation.surveys.models import AgeBand, Consultation, ConsultationText, Option, Question

# The views are read through this module by most callers.
from participation.surveys.views import ConsultationView as ConsultationView
from participation.surveys.views import LocalText as LocalText
from participation.surveys.views import OptionView as OptionView
from participation.surveys.views import QuestionView as QuestionView


class _Localised(Protocol):
    language: str
    age_band: str


T = TypeVar("T", bound=_Localised)


def pick_text(texts: Sequence[T], language: str, age_band: str) -> T | None:
    """The best text for a reader: their language and band first, English for everyone last."""
    ranked = {(text.language, text.age_band): text for text in texts}
    for key in ((language, age_band), (language, ""), ("en", age_band), ("en", "")):
        if key in ranked:
            return ranked[key]
    return None


def get_consultation_by_code(code: str) -> Consultation | None:
    """The consultation at ``/s/<code>``, whatever its state; callers decide what a closed one shows."""
    if not code or len(code) > 40:
        return None
    return db.session.scalar(select(Consultation).where(Consultation.code == code))


def organisation_name(organisation_id: uuid.UUID) -> str:
    organisation = db.session.get(Organisation, organisation_id)
    return organisation.name if organisation else ""


def consultation_by_id(consultation_id: uuid.UUID) -> Consultation:
    consultation = db.session.get(Consultation, consultation_id)
    assert consultation is not None
    return consultation


def consultation_code(consultation_id: uuid.UUID) -> str:
    return consultation_by_id(consultation_id).code


def _local(texts: Sequence[T], attribute: str, language: str, age_band: str) -> LocalText | None:
    ranked = [text for text in texts if getattr(text, attribute)]
    chosen = pick_text(ranked, language, age_band)
    if chosen is None:
        return None
    return LocalText(getattr(chosen, attribute), chosen.language)


def _option_view(option: Option, language: str, age_band: str) -> OptionView:
    label = _local(option.texts, "label", language, age_band) or LocalText(option.key, "en")
    return OptionView(option.key, label, option.symbol)


def _question_view(question: Question, language: str, age_band: str) -> QuestionView:
    title = _local(question.texts, "title", language, age_band) or LocalText(question.key, "en")
    options = tuple(
        _option_view(option, language, age_band) for option in question.options if option.shown_to(age_band)
    )
    return QuestionView(
        id=question.id,
        key=question.key,
        kind=question.kind,
        title=title,
        hint=_local(question.texts, "hint", language, age_band),
        options=options,
        text_limit=question.text_limit,
        is_core=question.is_core,
    )


@lru_cache(maxsize=512)
def _cached_view(
    consultation_id: uuid.UUID, version: int, content_version: int, language: str, age_band: str, database: str
) -> ConsultationView:
    consultation = db.session.get(Consultation, consultation_id)
    assert consultation is not None
    questions = db.session.scalars(
        select(Question)
        .where(Question.consultation_id == consultation_id, Question.version == version)
        .order_by(Question.position)
        .options(
            selectinload(Question.texts),
            selectinload(Question.bands),
            selectinload(Question.options).selectinload(Option.texts),
        )
    ).all()
    texts = db.session.scalars(
        select(ConsultationText).where(
            ConsultationText.consultation_id == consultation_id, ConsultationText.version == version
        )
    ).all()
    title = _local(texts, "title", language, age_band) or LocalText(consultation.code, "en")
    return ConsultationView(
        id=consultation.id,
        code=consultation.code,
        organisation_id=consultation.organisation_id,
        version=version,
        title=title,
        about=_local(texts, "about", language, age_band),
        next_steps=_local(texts, "next_steps", language, age_band),
        questions=questions_read_by(questions, language, age_band),
    )


def questions_read_by(questions: Sequence[Question], language: str, age_band: str) -> tuple[QuestionView, ...]:
    """The questions (of one version, loaded with their texts and answers) that one band sees, as it reads them in
    one language: what ``consultation_view`` shows, for a caller reading every band and language at once."""
    return tuple(
        _question_view(question, language, age_band) for question in questions if age_band in question.band_slugs
    )


def consultation_view(
    consultation: Consultation, language: str, age_band: str, version: int | None = None
) -> ConsultationView:
    """The consultation as one band reads it in one language: the live version unless another is asked for
    (a preview of the draft). Cached until its content changes."""
    chosen = version or consultation.live_version or consultation.draft_version
    database = str(db.engine.url)
    return _cached_view(consultation.id, chosen, consultation.content_version, language, age_band, database)


def clear_view_cache() -> None:
    _cached_view.cache_clear()


def valid_band(value: str | None) -> AgeBand | None:
    try:
        return AgeBand(value) if value else None
    except ValueError:
        return None


def is_open(consultation: Consultation, today: date | None = None) -> bool:
    return consultation.is_open(today or date.today())


@dataclass(frozen=True)
class ConsultationRow:
    consultation: Consultation
    title: str
    responses: int


def consultations_for(organisation_id: uuid.UUID) -> list[ConsultationRow]:
    """The organisation's consultations, newest first, with English titles and response counts."""
    counts = dict(
        db.session.execute(
            select(Response.consultation_id, func.count())
            .where(Response.organisation_id == organisation_id)
            .group_by(Response.consultation_id)
        ).all()
    )
    titles = dict(
        db.session.execute(
            select(ConsultationText.consultation_id, ConsultationText.title)
            .join(Consultation, Consultation.id == ConsultationText.consultation_id)
            .where(
                ConsultationText.organisation_id == organisation_id,
                ConsultationText.language == "en",
                ConsultationText.age_band == "",
                ConsultationText.version == Consultation.draft_version,
            )
        ).all()
    )
    consultations = db.session.scalars(
        select(Consultation)
        .where(Consultation.organisation_id == organisation_id)
        .order_by(Consultation.created_at.desc())
    ).all()
    return [ConsultationRow(c, titles.get(c.id) or c.code, counts.get(c.id, 0)) for c in consultations]
