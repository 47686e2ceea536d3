"""Headline indicators for the board pack: for each core question, the share of those who answered it who chose a
positive answer ("always" or "mostly" feeling listened to, "yes" able to reach their worker), overall, by age band
and by group, with the change since the last wave and beside the organisation's reference figures.

Every count and share goes through small-number suppression. Bands and groups are published beside the overall
figure, so a band's numbers are parts of a published total: secondary suppression applies to them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Sequence

from sqlalchemy import select

from participation.boards.models import ReferenceFigure
from participation.boards.yousaid import previous_wave, threshold
from participation.extensions import db
from participation.reporting.suppression import Cell, SplitRow, split, split_table
from participation.responses.models import Answer, Response
from participation.surveys import builder
from participation.surveys.models import Consultation, Question, QuestionKind

INDICATOR_KINDS = (QuestionKind.SCALE, QuestionKind.YES_NO, QuestionKind.SINGLE)


@dataclass
class Indicator:
    key: str
    title: str
    overall: SplitRow
    by_band: dict[str, SplitRow] = field(default_factory=dict)
    by_group: dict[uuid.UUID | None, SplitRow] = field(default_factory=dict)
    previous: SplitRow | None = None
    change: float | None = None  # percentage points since the last wave
    references: list[ReferenceFigure] = field(default_factory=list)


def positive_keys(question: Question) -> set[str]:
    if question.kind == QuestionKind.YES_NO:
        return {"yes"}
    return {option.key for option in question.options if option.is_positive}


def indicator_questions(consultation: Consultation) -> list[Question]:
    """Core questions with answers to count; a worker marks a question as core in the builder."""
    questions = builder.questions_of(consultation, consultation.live_version or None)
    return [q for q in questions if q.is_core and q.kind in INDICATOR_KINDS and positive_keys(q)]


def _rows(consultation_id: uuid.UUID, question_key: str) -> list[tuple[str, uuid.UUID | None, list[str] | None]]:
    return [tuple(row) for row in db.session.execute(  # type: ignore[misc]
        select(Response.age_band, Response.group_id, Answer.choices)
        .join(Answer, Answer.response_id == Response.id)
        .where(Response.consultation_id == consultation_id, Answer.question_key == question_key,
               Answer.declined.is_(False), Answer.choices.is_not(None))).all()]


def indicators(consultation: Consultation, *, limit: int | None = None) -> list[Indicator]:
    limit = threshold() if limit is None else limit
    earlier = previous_wave(consultation)
    references = db.session.scalars(select(ReferenceFigure).where(
        ReferenceFigure.organisation_id == consultation.organisation_id)).all()
    result = []
    for question in indicator_questions(consultation):
        good = positive_keys(question)
        rows = _rows(consultation.id, question.key)
        title = next((t.title for t in question.texts if t.language == "en" and not t.age_band), question.key)
        yes = sum(1 for _band, _group, choices in rows if set(choices or ()) & good)
        indicator = Indicator(question.key, title, split(yes, len(rows), limit))
        bands: dict[str, list[int]] = {}
        groups: dict[uuid.UUID | None, list[int]] = {}
        for band, group, choices in rows:
            hit = int(bool(set(choices or ()) & good))
            bands.setdefault(band, [0, 0])
            bands[band][0] += hit
            bands[band][1] += 1
            groups.setdefault(group, [0, 0])
            groups[group][0] += hit
            groups[group][1] += 1
        whole_by_band, indicator.by_band = split_table({k: (v[0], v[1]) for k, v in bands.items()}, limit)
        whole_by_group, indicator.by_group = split_table({k: (v[0], v[1]) for k, v in groups.items()}, limit)
        # The whole is shown once: hidden wherever either table needs it hidden.
        indicator.overall = SplitRow(
            indicator.overall.positive if whole_by_band.positive.shown and whole_by_group.positive.shown
            else Cell(None),
            indicator.overall.answered if whole_by_band.answered.shown and whole_by_group.answered.shown
            else Cell(None))
        if earlier is not None:
            before = _rows(earlier.id, question.key)
            before_yes = sum(1 for _b, _g, choices in before if set(choices or ()) & good)
            indicator.previous = split(before_yes, len(before), limit)
            if indicator.overall.percent is not None and indicator.previous.percent is not None:
                indicator.change = round(indicator.overall.percent - indicator.previous.percent, 1)
        indicator.references = [ref for ref in references if ref.question_key == question.key]
        result.append(indicator)
    return result


def published_counts(items: Sequence[Indicator]) -> list[int]:
    """Every count these indicators would publish (for tests: none may be below the threshold)."""
    counts = []
    for item in items:
        for share in [item.overall, *item.by_band.values(), *item.by_group.values()] + \
                ([item.previous] if item.previous else []):
            counts += [cell.count for cell in (share.positive, share.answered) if cell.count is not None]
            if share.positive.count is not None and share.answered.count is not None:
                counts.append(share.answered.count - share.positive.count)
    return counts
