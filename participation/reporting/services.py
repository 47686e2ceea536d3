"""The live view of a consultation: who has answered, against whom it was meant to reach, and where people stop.

Every count here is read from the protected tables in ``figures`` (the same ones the board pack shows), never
counted again on its own: so the live view hides exactly the cells the board pack hides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from participation.distribution.labels import group_labels
from participation.distribution.services import groups_for, target_groups
from participation.reporting import figures
from participation.reporting.suppression import Cell
from participation.surveys import builder
from participation.surveys.models import Consultation, in_band_order

LOW_RATE = 30.0  # Bright Spots asks for at least 30%
DAYS_SHOWN = 120
DAY_LABELS = 5  # dates named under the by-day chart, at most


@dataclass
class GroupRow:
    name: str
    cohort: int | None  # None for the responses that came through no group
    responses: Cell
    rate: float | None

    @property
    def low(self) -> bool:
        return self.rate is not None and self.rate < LOW_RATE


@dataclass
class QuestionRow:
    number: int | None  # None for the row of those who answered every question but did not send
    key: str
    title: str
    stopped: Cell


@dataclass
class Breakdown:
    """One split of the respondents as the live view shows it: each part's count and its share of the whole."""

    cells: dict[str, Cell]
    shares: dict[str, float | None]


@dataclass
class LiveView:
    total: Cell
    started: Cell
    unsent: Cell = field(default_factory=lambda: Cell(0))
    by_day: list[tuple[date, Cell]] = field(default_factory=list)
    by_band: Breakdown = field(default_factory=lambda: Breakdown({}, {}))
    by_language: Breakdown = field(default_factory=lambda: Breakdown({}, {}))
    groups: list[GroupRow] = field(default_factory=list)
    overall_rate: float | None = None
    cohort: int = 0
    questions: list[QuestionRow] = field(default_factory=list)
    assisted: Cell = field(default_factory=lambda: Cell(0))
    easy: Cell = field(default_factory=lambda: Cell(0))

    @property
    def day_max(self) -> int:
        return max([cell.count or 0 for _day, cell in self.by_day] + [1])

    @property
    def day_labels(self) -> list[tuple[int, date]]:
        """The days the by-day chart names under its bars (their places among ``by_day``): the first, the last and
        up to three evenly between, so the dates never crowd each other on a phone."""
        last = len(self.by_day) - 1
        if last < 0:
            return []
        places = sorted({round(step * last / (DAY_LABELS - 1)) for step in range(DAY_LABELS)})
        return [(place, self.by_day[place][0]) for place in places]


def _breakdown(cells: dict[str, Cell], whole: Cell, limit: int) -> Breakdown:
    return Breakdown(dict(cells), {key: figures.share(cell, whole, limit) for key, cell in cells.items()})


def live_view(consultation: Consultation, today: date | None = None, *, real_names: bool = False) -> LiveView:
    """The live view's figures, all from the protected tables. Each group by its name for a worker who builds
    consultations (``real_names``); for anyone else (a board member) as the board pack calls it
    (``distribution.labels``: a children's home by its kind, never its name)."""
    limit = figures.threshold()
    today = today or date.today()
    people = figures.respondents(consultation.id, limit)
    progress = figures.progress(consultation, limit)
    view = LiveView(
        total=people.whole,
        started=figures.started(people, progress),
        unsent=progress.unsent,
        assisted=people.assisted,
        easy=people.easy,
    )

    start = consultation.opens_on or (min(people.by_day) if people.by_day else today)
    end = min(today, consultation.closes_on) if consultation.closes_on else today
    if (end - start).days > DAYS_SHOWN:
        start = end - timedelta(days=DAYS_SHOWN)
    # Days are one split of the same whole: a day is shown as the protected table has it (a day outside the window
    # is simply not shown, which hides more, never less).
    view.by_day = [
        (day, people.by_day.get(day, Cell(0)))
        for day in (start + timedelta(days=offset) for offset in range(max(0, (end - start).days) + 1))
    ]
    view.by_band = _breakdown(in_band_order(people.by_band), people.whole, limit)
    view.by_language = _breakdown(people.by_language, people.whole, limit)

    targets = target_groups(consultation)
    # Labelled as every board pack labels them, so a letter names the same group here and there; listed in the order
    # of the labels, never of the names behind them.
    labels = group_labels(groups_for(consultation.organisation_id), limit, real_names=real_names)
    view.groups = [
        GroupRow(
            labels[group.id],
            group.cohort_size,
            people.by_group.get(group.id, Cell(0)),
            figures.group_rate(people, group, limit),
        )
        for group in sorted(targets, key=lambda item: labels[item.id])
    ]
    if None in people.by_group:
        view.groups.append(GroupRow("", None, people.by_group[None], None))
    view.cohort = figures.cohort(targets)
    view.overall_rate = figures.response_rate(people, targets, limit)
    view.questions = _drop_off(consultation, progress)
    return view


def _drop_off(consultation: Consultation, progress: figures.Progress) -> list[QuestionRow]:
    """Where those who have not sent stopped: one protected table, a row per question and one for the end."""
    questions = builder.questions_of(consultation, consultation.live_version or None)
    rows = []
    for number, question in enumerate(questions, start=1):
        title = next((t.title for t in question.texts if t.language == "en" and not t.age_band), question.key)
        rows.append(QuestionRow(number, question.key, title, progress.stopped_at.get(question.key, Cell(0))))
    rows.append(QuestionRow(None, figures.EVERY_QUESTION, "", progress.stopped_at.get(figures.EVERY_QUESTION, Cell(0))))
    return rows
