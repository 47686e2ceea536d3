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
    texts: dict[tuple[str, str], ConsultationText] = {}
    for field in ("title", "about", "next_steps"):
        for language, by_band in (spec.get(field) or {}).items():
            for band, value in by_band.items():
                key = (language, _band_key(band))
                if key not in texts:
                    texts[key] = ConsultationText(organisation_id=organisation_id, language=key[0], age_band=key[1])
                    consultation.texts.append(texts[key])
                setattr(texts[key], field, value)

    for position, item in enumerate(questions, start=1):
        question = Question(
            organisation_id=organisation_id,
            key=item["key"],
            kind=QuestionKind(item["kind"]),
            position=position,
            is_core=bool(item.get("core")),
            max_length=item.get("max_length"),
        )
        consultation.questions.append(question)
        for band in item["bands"]:
            question.bands.append(QuestionBand(age_band=band, organisation_id=organisation_id))
        question_texts: dict[tuple[str, str], QuestionText] = {}
        for field in ("title", "hint"):
            for language, by_band in (item.get(field) or {}).items():
                for band, value in by_band.items():
                    key = (language, _band_key(band))
                    if key not in question_texts:
                        question_texts[key] = QuestionText(
                            organisation_id=organisation_id, language=key[0], age_band=key[1], title=""
                        )
                        question.texts.append(question_texts[key])
                    setattr(question_texts[key], field, value)
        for text in question_texts.values():
            if not text.title:
                # A band-specific hint without a band-specific title: reuse the language's general title.
                general = question_texts.get((text.language, ""))
                text.title = general.title if general else item["title"]["en"]["*"]
        for option_position, option_item in enumerate(item.get("options") or [], start=1):
            option = Option(
                organisation_id=organisation_id,
                key=option_item["key"],
                position=option_position,
                symbol=option_item.get("symbol"),
                is_positive=bool(option_item.get("positive")),
                bands=",".join(option_item.get("bands") or []),
            )
            question.options.append(option)
            for language, by_band in option_item["label"].items():
                for band, value in by_band.items():
                    option.texts.append(
                        OptionText(
                            organisation_id=organisation_id, language=language, age_band=_band_key(band), label=value
                        )
                    )
    db.session.flush()
    return consultation
