"""Reading consultations as a young person sees them: their band's questions, in their language.

Texts fall back from (language, band) to (language, any band) to (English, band) to (English, any band); a fallback
carries its own language so templates can mark it with the right ``lang`` attribute. The easy version ("simpler words
and pictures") reads the simplest wording a consultation has: the 4 to 7 band's, where a text has one, before the
band's own, in each language.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from flask import g, has_app_context
from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import selectinload

from participation.audio.models import Recording
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


def simplest_wording(age_band: str) -> str | None:
    """The band whose wording the easy version reads first for a reader in ``age_band``: the youngest band's, which is
    written for children who are just learning to read. Not for parents and carers: their questions ask about their
    family and children, and a child's wording of the same question ("Do grown-ups listen to you?") would ask them
    something else; their easy version keeps their own words, with the pictures and larger targets."""
    if age_band in (AgeBand.EARLY_YEARS, AgeBand.PARENTS_CARERS):
        return None
    return AgeBand.EARLY_YEARS.value


def pick_text(texts: Sequence[T], language: str, age_band: str, easy: bool = False) -> T | None:
    """The best text for a reader: their language and band first, English for everyone last. In the easy version the
    simplest wording comes first in each language (``simplest_wording``)."""
    ranked = {(text.language, text.age_band): text for text in texts}
    simplest = simplest_wording(age_band) if easy else None
    bands = (simplest, age_band, "") if simplest else (age_band, "")
    for key in [(code, band) for code in (language, "en") for band in bands]:
        if key in ranked:
            return ranked[key]
    return None


def get_consultation_by_code(code: str) -> Consultation | None:
    """The consultation at ``/s/<code>``, whatever its state; callers decide what a closed one shows."""
    if not code or len(code) > 40:
        return None
    # Its organisation comes in the same query: every page at the code names it and reads its settings. So does a
    # stamp of the council's read-aloud recordings (how many, and the latest change), which any upload, replacement
    # or deletion moves: the recordings themselves are kept per process under it (participation.audio.services).
    found = db.session.execute(_BY_CODE, {"code": code}).first()
    return None if found is None else taken_by_code(found[0], found[1], found[2], found[3])


def by_code_with(*columns: Any) -> Select[Any]:
    """``get_consultation_by_code``'s query with more columns (joined by the caller): a young person's page that
    also needs this device's draft asks for both at once (``responses.services.consultation_and_draft``)."""
    return _BY_CODE.add_columns(*columns)


def taken_by_code(consultation: Consultation, organisation: Organisation, count: int, changed: Any) -> Consultation:
    """What ``get_consultation_by_code`` keeps from its row: the organisation for the request, and the recordings'
    stamp."""
    _keep_for_request(organisation)
    if has_app_context():
        g.setdefault("heard_recordings_stamp", {})[organisation.id] = (count, str(changed))
    return consultation


_RECORDINGS_COUNT = (
    select(func.count(Recording.id))
    .where(Recording.organisation_id == Consultation.organisation_id)
    .correlate(Consultation)
    .scalar_subquery()
)
_RECORDINGS_CHANGED = (
    select(func.max(Recording.updated_at))
    .where(Recording.organisation_id == Consultation.organisation_id)
    .correlate(Consultation)
    .scalar_subquery()
)
# Built once: every young person's page asks it.
_BY_CODE = (
    select(Consultation, Organisation, _RECORDINGS_COUNT, _RECORDINGS_CHANGED)
    .join(Organisation, Organisation.id == Consultation.organisation_id)
    .where(Consultation.code == bindparam("code"))
)


def _keep_for_request(organisation: Organisation) -> None:
    if has_app_context():
        # The session holds what it loaded only while something refers to it: kept for the request, so the page's
        # next look at the organisation (its name, does it read unsent disclosures?) finds it without asking again.
        g.setdefault("heard_organisations", set()).add(organisation)


def organisation_name(organisation_id: uuid.UUID) -> str:
    organisation = db.session.get(Organisation, organisation_id)
    if organisation is not None:
        _keep_for_request(organisation)
    return organisation.name if organisation else ""


def consultation_by_id(consultation_id: uuid.UUID) -> Consultation:
    consultation = db.session.get(Consultation, consultation_id)
    assert consultation is not None
    return consultation


def consultation_code(consultation_id: uuid.UUID) -> str:
    return consultation_by_id(consultation_id).code


def _local(texts: Sequence[T], attribute: str, language: str, age_band: str, easy: bool = False) -> LocalText | None:
    ranked = [text for text in texts if getattr(text, attribute)]
    chosen = pick_text(ranked, language, age_band, easy)
    if chosen is None:
        return None
    return LocalText(getattr(chosen, attribute), chosen.language)


def _option_view(option: Option, language: str, age_band: str, easy: bool) -> OptionView:
    label = _local(option.texts, "label", language, age_band, easy) or LocalText(option.key, "en")
    return OptionView(option.key, label, option.symbol)


def _question_view(question: Question, language: str, age_band: str, easy: bool = False) -> QuestionView:
    # The band's own questions and answers, always (so answers count with the band's); only the words may be simpler.
    title = _local(question.texts, "title", language, age_band, easy) or LocalText(question.key, "en")
    options = tuple(
        _option_view(option, language, age_band, easy) for option in question.options if option.shown_to(age_band)
    )
    return QuestionView(
        id=question.id,
        key=question.key,
        kind=question.kind,
        title=title,
        hint=_local(question.texts, "hint", language, age_band, easy),
        options=options,
        text_limit=question.text_limit,
        is_core=question.is_core,
    )


@lru_cache(maxsize=512)
def _cached_view(
    consultation_id: uuid.UUID,
    version: int,
    content_version: int,
    language: str,
    age_band: str,
    database: str,
    easy: bool = False,
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
    title = _local(texts, "title", language, age_band, easy) or LocalText(consultation.code, "en")
    return ConsultationView(
        id=consultation.id,
        code=consultation.code,
        organisation_id=consultation.organisation_id,
        version=version,
        title=title,
        about=_local(texts, "about", language, age_band, easy),
        next_steps=_local(texts, "next_steps", language, age_band, easy),
        questions=questions_read_by(questions, language, age_band, easy),
        easy=easy,
    )


def questions_read_by(
    questions: Sequence[Question], language: str, age_band: str, easy: bool = False
) -> tuple[QuestionView, ...]:
    """The questions (of one version, loaded with their texts and answers) that one band sees, as it reads them in
    one language (in the easy version's words if ``easy``): what ``consultation_view`` shows, for a caller reading
    every band and language at once."""
    return tuple(
        _question_view(question, language, age_band, easy) for question in questions if age_band in question.band_slugs
    )


def consultation_view(
    consultation: Consultation, language: str, age_band: str, version: int | None = None, *, easy: bool = False
) -> ConsultationView:
    """The consultation as one band reads it in one language, in the easy version if asked: the live version unless
    another is asked for (a preview of the draft). Cached until its content changes."""
    chosen = version or consultation.live_version or consultation.draft_version
    database = str(db.engine.url)
    return _cached_view(consultation.id, chosen, consultation.content_version, language, age_band, database, easy)


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
