"""The live view of a consultation: who has answered, against whom it was meant to reach, and where people stop."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select

from participation.distribution.models import Group
from participation.distribution.services import target_groups
from participation.extensions import db
from participation.reporting.suppression import Cell, rate, suppress, total
from participation.responses.models import Answer, Draft, Response
from participation.surveys import builder
from participation.surveys.models import Consultation

LOW_RATE = 30.0  # Bright Spots asks for at least 30%


@dataclass
class GroupRow:
    name: str
    cohort: int
    responses: Cell
    rate: float | None

    @property
    def low(self) -> bool:
        return self.rate is not None and self.rate < LOW_RATE


@dataclass
class QuestionRow:
    number: int
    key: str
    title: str
    reached: Cell
    stopped: Cell


@dataclass
class LiveView:
    total: Cell
    started: Cell
    by_day: list[tuple[date, Cell]] = field(default_factory=list)
    by_band: dict[str, Cell] = field(default_factory=dict)
    by_language: dict[str, Cell] = field(default_factory=dict)
    groups: list[GroupRow] = field(default_factory=list)
    overall_rate: float | None = None
    cohort: int = 0
    questions: list[QuestionRow] = field(default_factory=list)
    assisted: Cell = field(default_factory=lambda: Cell(0))

    @property
    def day_max(self) -> int:
        return max([cell.count or 0 for _day, cell in self.by_day] + [1])


def live_view(consultation: Consultation, today: date | None = None) -> LiveView:
    threshold = int(current_app.config.get("HEARD_SUPPRESSION_THRESHOLD", 5))
    today = today or date.today()
    base = select(Response).where(Response.consultation_id == consultation.id)
    count = db.session.scalar(select(func.count()).select_from(base.subquery())) or 0
    unsent = list(db.session.scalars(select(Draft).where(Draft.consultation_id == consultation.id,
                                                         Draft.response_id.is_(None))))
    unsent = [draft for draft in unsent if draft.answers]
    view = LiveView(total=total(count, threshold), started=total(count + len(unsent), threshold))

    def grouped(column: Any) -> dict[Any, int]:
        return dict(db.session.execute(select(column, func.count()).where(Response.consultation_id == consultation.id)
                                       .group_by(column)).all())

    days = grouped(Response.submitted_on)
    start = consultation.opens_on or (min(days) if days else today)
    end = min(today, consultation.closes_on) if consultation.closes_on else today
    if (end - start).days > 120:
        start = end - timedelta(days=120)
    span = {start + timedelta(days=offset): days.get(start + timedelta(days=offset), 0)
            for offset in range(max(0, (end - start).days) + 1)}
    # Days are not parts of a published total the reader can subtract from cell by cell: primary suppression only.
    cells = suppress(span, threshold, total_published=False)
    view.by_day = [(day, cells[day]) for day in span]
    view.by_band = suppress(grouped(Response.age_band), threshold, base=count)
    view.by_language = suppress(grouped(Response.language), threshold, base=count)
    view.assisted = total(db.session.scalar(select(func.count()).select_from(
        base.where(Response.assisted.is_(True)).subquery())) or 0, threshold)

    per_group = grouped(Response.group_id)
    targets = target_groups(consultation)
    group_cells = suppress({group.id: per_group.get(group.id, 0) for group in targets}, threshold,
                           total_published=False)
    view.groups = [GroupRow(group.name, group.cohort_size, group_cells[group.id],
                            rate(per_group.get(group.id, 0), group.cohort_size, threshold)
                            if group_cells[group.id].shown else None) for group in targets]
    view.cohort = sum(group.cohort_size for group in targets)
    view.overall_rate = rate(count, view.cohort, threshold) if view.cohort else None
    view.questions = _drop_off(consultation, unsent, threshold)
    return view


def _drop_off(consultation: Consultation, unsent: list[Draft], threshold: int) -> list[QuestionRow]:
    """How many reached each question (answered or chose not to), and how many stopped there without sending."""
    questions = builder.questions_of(consultation, consultation.live_version or None)
    answered = dict(db.session.execute(
        select(Answer.question_key, func.count()).join(Response, Response.id == Answer.response_id)
        .where(Response.consultation_id == consultation.id).group_by(Answer.question_key)).all())
    in_drafts: Counter[str] = Counter()
    stopped_at: Counter[str] = Counter()
    for draft in unsent:
        keys = [question.key for question in questions if draft.age_band in question.band_slugs]
        for key in keys:
            if key in draft.answers:
                in_drafts[key] += 1
        remaining = [key for key in keys if key not in draft.answers]
        if remaining:
            stopped_at[remaining[0]] += 1
    reached = suppress({q.key: answered.get(q.key, 0) + in_drafts[q.key] for q in questions}, threshold,
                       total_published=False)
    stopped = suppress({q.key: stopped_at[q.key] for q in questions}, threshold, total_published=False)
    rows = []
    for number, question in enumerate(questions, start=1):
        title = next((t.title for t in question.texts if t.language == "en" and not t.age_band), question.key)
        rows.append(QuestionRow(number, question.key, title, reached[question.key], stopped[question.key]))
    return rows
