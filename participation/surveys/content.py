"""Creating a consultation from a content description: used by the demo and, later, the question bank."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from participation.extensions import db
from participation.surveys.models import (
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

TextMap = Mapping[str, Mapping[str, str]]


def _band_key(band: str) -> str:
    return "" if band == "*" else band


def create_consultation(
    organisation_id: uuid.UUID,
    spec: Mapping[str, Any],
    questions: Sequence[Mapping[str, Any]],
    *,
    status: ConsultationStatus = ConsultationStatus.PUBLISHED,
    opens_on: date | None = None,
    closes_on: date | None = None,
    feedback_due_on: date | None = None,
) -> Consultation:
    """Build a consultation, its texts, questions and options from plain data (see participation/demo/content.py)."""
    consultation = Consultation(
        organisation_id=organisation_id,
        code=spec["code"],
        status=status,
        opens_on=opens_on,
        closes_on=closes_on,
        feedback_due_on=feedback_due_on,
        draft_version=1,
        live_version=0 if status == ConsultationStatus.DRAFT else 1,
    )
    db.session.add(consultation)
    consultation.texts.extend(_consultation_texts(organisation_id, spec))
    for position, item in enumerate(questions, start=1):
        consultation.questions.append(_question(organisation_id, position, item))
    db.session.flush()
    return consultation


def _by_language_and_band(fields: Mapping[str, Any], names: Sequence[str]) -> dict[tuple[str, str], dict[str, str]]:
    """Plain data's ``{field: {language: {band or "*": text}}}`` as ``{(language, band): {field: text}}``."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for name in names:
        for language, by_band in (fields.get(name) or {}).items():
            for band, value in by_band.items():
                found.setdefault((language, _band_key(band)), {})[name] = value
    return found


def _consultation_texts(organisation_id: uuid.UUID, spec: Mapping[str, Any]) -> list[ConsultationText]:
    return [
        ConsultationText(organisation_id=organisation_id, language=language, age_band=band, **values)
        for (language, band), values in _by_language_and_band(spec, ("title", "about", "next_steps")).items()
    ]


def _question(organisation_id: uuid.UUID, position: int, item: Mapping[str, Any]) -> Question:
    question = Question(
        organisation_id=organisation_id,
        key=item["key"],
        kind=QuestionKind(item["kind"]),
        position=position,
        is_core=bool(item.get("core")),
        max_length=item.get("max_length"),
    )
    question.bands = [QuestionBand(age_band=band, organisation_id=organisation_id) for band in item["bands"]]
    texts = _by_language_and_band(item, ("title", "hint"))
    for (language, band), values in texts.items():
        # A band-specific hint without a band-specific title: reuse the language's general title.
        title = values.get("title") or texts.get((language, ""), {}).get("title") or item["title"]["en"]["*"]
        question.texts.append(
            QuestionText(
                organisation_id=organisation_id,
                language=language,
                age_band=band,
                title=title,
                hint=values.get("hint"),
            )
        )
    for option_position, option_item in enumerate(item.get("options") or [], start=1):
        question.options.append(_option(organisation_id, option_position, option_item))
    return question


def _option(organisation_id: uuid.UUID, position: int, item: Mapping[str, Any]) -> Option:
    option = Option(
        organisation_id=organisation_id,
        key=item["key"],
        position=position,
        symbol=item.get("symbol"),
        is_positive=bool(item.get("positive")),
        bands=",".join(item.get("bands") or []),
    )
    option.texts = [
        OptionText(organisation_id=organisation_id, language=language, age_band=_band_key(band), label=value)
        for language, by_band in item["label"].items()
        for band, value in by_band.items()
    ]
    return option
