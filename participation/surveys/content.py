"""Creating a consultation from a content description: the question bank's questions, for the demo and the builder."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from participation.extensions import db
from participation.languages import SOURCE
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
Texts = TypeVar("Texts", ConsultationText, QuestionText, OptionText)


def _made_from_english(rows: Iterable[Texts]) -> None:
    """Note the English each translation was made from (the same field in the same band), so that changing that
    English later shows this translation, and only this field of it, as out of date."""
    listed = list(rows)
    english = {row.age_band: row for row in listed if row.language == SOURCE}
    for row in listed:
        source = english.get(row.age_band)
        if row.language == SOURCE or source is None:
            continue
        for field in row.translated_fields:
            if getattr(row, field):
                setattr(row, f"{field}_from", getattr(source, field))


def _band_key(band: str) -> str:
    return "" if band == "*" else band


def _text_rows(item: Mapping[str, Any], fields: tuple[str, ...]) -> Iterator[tuple[str, str, str, str]]:
    """(field, language, band, text) for each text in ``item``'s text maps, in their order."""
    for field in fields:
        for language, by_band in (item.get(field) or {}).items():
            for band, value in by_band.items():
                yield field, language, _band_key(band), value


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
    """Build a consultation, its texts, questions and options from plain data (the question bank's shape:
    participation.surveys.bank)."""
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
    for field, language, band, value in _text_rows(spec, ("title", "about", "next_steps")):
        if (language, band) not in texts:
            texts[language, band] = ConsultationText(organisation_id=organisation_id, language=language, age_band=band)
            consultation.texts.append(texts[language, band])
        setattr(texts[language, band], field, value)
    _made_from_english(texts.values())
    for position, item in enumerate(questions, start=1):
        consultation.questions.append(_question(organisation_id, position, item))
    db.session.flush()
    return consultation


def _question(organisation_id: uuid.UUID, position: int, item: Mapping[str, Any]) -> Question:
    question = Question(
        organisation_id=organisation_id,
        key=item["key"],
        kind=QuestionKind(item["kind"]),
        position=position,
        is_core=bool(item.get("core")),
        max_length=item.get("max_length"),
    )
    for band in item["bands"]:
        question.bands.append(QuestionBand(age_band=band, organisation_id=organisation_id))
    texts: dict[tuple[str, str], QuestionText] = {}
    for field, language, band, value in _text_rows(item, ("title", "hint")):
        if (language, band) not in texts:
            texts[language, band] = QuestionText(
                organisation_id=organisation_id, language=language, age_band=band, title=""
            )
            question.texts.append(texts[language, band])
        setattr(texts[language, band], field, value)
    # A band with its own hint but not its own title keeps its title empty: it reads the title every band reads
    # (services.pick_text goes field by field), so rewording that title reaches it too.
    _made_from_english(question.texts)
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
    for _field, language, band, value in _text_rows(item, ("label",)):
        option.texts.append(OptionText(organisation_id=organisation_id, language=language, age_band=band, label=value))
    _made_from_english(option.texts)
    return option
