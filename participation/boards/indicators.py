"""Headline indicators for the board pack: for each core question, the share of those who answered it who chose a
positive answer ("always" or "mostly" feeling listened to, "yes" able to reach their worker), overall, by age band
and by group, with the change since the last wave and beside the organisation's reference figures.

Every count and share goes through small-number suppression. Bands and groups are published beside the overall
figure, so a band's numbers are parts of a published total: secondary suppression applies to them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, func, select, text

from participation.boards.models import ReferenceFigure
from participation.boards.yousaid import previous_wave, threshold
from participation.extensions import db
from participation.reporting.suppression import (
    Cell,
    SplitRow,
    combine,
    combine_row_maps,
    combine_rows,
    protect_split,
    split,
    suppress,
    total,
)
from participation.responses.models import Answer, Response
from participation.surveys import builder
from participation.surveys.kinds import indicator_kinds, ranking_kinds
from participation.surveys.models import Consultation, Question

# The kinds whose core questions are headline indicators (positive of answered): the registry says which.
INDICATOR_KINDS = indicator_kinds()


@dataclass
class Indicator:
    key: str
    title: str
    overall: SplitRow
    by_band: dict[str, SplitRow] = field(default_factory=dict)
    by_group: dict[uuid.UUID | None, SplitRow] = field(default_factory=dict)
    previous: SplitRow | None = None
    previous_by_band: dict[str, SplitRow] = field(default_factory=dict)
    previous_by_group: dict[uuid.UUID | None, SplitRow] = field(default_factory=dict)
    references: list[ReferenceFigure] = field(default_factory=list)
    positive: list[str] = field(default_factory=list)  # the answers that count as positive, as the question words them
    comparison: float | None = None  # the average of other opted-in organisations, where enough of them have one

    @property
    def change(self) -> float | None:
        """Percentage points since the last wave, when both shares can be published."""
        return change(self.overall, self.previous)

    def band_change(self, band: str) -> float | None:
        return change(self.by_band.get(band), self.previous_by_band.get(band))

    def group_change(self, group: uuid.UUID | None) -> float | None:
        return change(self.by_group.get(group), self.previous_by_group.get(group))


def change(now: SplitRow | None, before: SplitRow | None) -> float | None:
    if now is None or before is None or now.percent is None or before.percent is None:
        return None
    return round(now.percent - before.percent, 1)


def positive_keys(question: Question) -> set[str]:
    """The answers that count towards the question's headline indicator, as its kind says."""
    return question.kind.spec.positive_keys(question.options)


def positive_labels(question: Question) -> list[str]:
    """The answers that count towards the indicator (``positive_keys``, its one definition), in the question's order
    and as its English wording names them, like the indicator's title; a fixed answer the question does not word itself
    ("Yes" of a yes-or-no question) by the kind's own label. Each wording once: a scale asked with faces of five points
    to older bands and three to younger ones counts "Always", "Mostly" and "Yes"."""
    good = positive_keys(question)
    spec = question.kind.spec
    own = {
        option.key: label
        for option in question.options
        if (label := next((t.label for t in option.texts if t.language == "en" and not t.age_band), ""))
    }
    fixed = {value: label for value, label, _symbol in spec.fixed}
    order = list(fixed) if spec.fixed else [option.key for option in question.options]
    labels: list[str] = []
    for key in order:
        label = own.get(key) or str(fixed.get(key, key))
        if key in good and label not in labels:
            labels.append(label)
    return labels


def indicator_questions(consultation: Consultation) -> list[Question]:
    """Core questions with answers to count; a worker marks a question as core in the builder."""
    questions = builder.questions_of(consultation, consultation.live_version or None)
    return [q for q in questions if q.is_core and q.kind in INDICATOR_KINDS and positive_keys(q)]


Counts = list[tuple[str, "uuid.UUID | None", list[str], int]]

# Within ``remembered_counts`` (a board pack being built, which only reads), the answers of each consultation the pack
# is of are counted once for its headline indicators and its rankings together: two passes over 100,000 responses
# cost twice one. Any other consultation (the last wave) is counted for the questions asked, once.
_remembered: ContextVar[_Remembered | None] = ContextVar("remembered_counts", default=None)


@dataclass
class _Remembered:
    whole: frozenset[uuid.UUID]  # the consultations counted for every indicator and ranking question at once
    counts: dict[uuid.UUID, tuple[frozenset[str], dict[str, Counts]]] = field(default_factory=dict)


@contextmanager
def remembered_counts(consultations: Sequence[Consultation] = ()) -> Iterator[None]:
    """Count each consultation's answers once inside the block (for code that only reads them); ``consultations``
    (the pack's own) for all their indicator and ranking questions in that one pass."""
    token = _remembered.set(_Remembered(frozenset(item.id for item in consultations)))
    try:
        yield
    finally:
        _remembered.reset(token)


def answer_counts(consultation: Consultation, question_keys: Sequence[str]) -> dict[str, Counts]:
    """For each question, how many chose each combination of answers, by band and group: counted in the database in
    one pass (a consultation can have 100,000 responses), then read as (band, group, choices, how many). Inside
    ``remembered_counts`` what was counted is read again rather than counted twice."""
    memo = _remembered.get()
    if memo is None:
        return _answer_counts(consultation, question_keys)
    counted, found = memo.counts.get(consultation.id, (frozenset(), {}))
    if not set(question_keys) <= counted:
        wanted = set(question_keys)
        if consultation.id in memo.whole:
            wanted |= {question.key for question in indicator_questions(consultation)}
            wanted |= {question.key for question in ranking_questions(consultation)}
        found = {**found, **_answer_counts(consultation, sorted(wanted - counted))}
        counted = counted | wanted
        memo.counts[consultation.id] = (counted, found)
    return {key: list(found.get(key, [])) for key in question_keys}


def _answer_counts(consultation: Consultation, question_keys: Sequence[str]) -> dict[str, Counts]:
    """``answer_counts`` counted in the database.

    The answers are the consultation's organisation's, which the query says: PostgreSQL then reads that council's
    answers rather than every council's answers to the same questions (a year pack over 1,000,000 responses: 3.7 s
    against 0.3 s a consultation)."""
    result: dict[str, Counts] = {key: [] for key in question_keys}
    if not question_keys:
        return result
    _room_to_group()
    choices = cast(Answer.choices, Text)
    # SQLite has no statistics to weigh the two: told the organisation, it reads every answer the council ever had
    # by that index (0.5 s for a last wave of 300 responses beside a consultation of 100,000), where the
    # consultation's responses and their answers take milliseconds. The consultation says the organisation anyway.
    council = (
        [Answer.organisation_id == consultation.organisation_id]
        if db.session.get_bind().dialect.name != "sqlite"
        else []
    )
    rows = db.session.execute(
        select(Answer.question_key, Response.age_band, Response.group_id, choices, func.count())
        .join(Answer, Answer.response_id == Response.id)
        .where(
            Response.consultation_id == consultation.id,
            *council,
            Answer.question_key.in_(list(question_keys)),
            Answer.declined.is_(False),
            Answer.choices.is_not(None),
        )
        .group_by(Answer.question_key, Response.age_band, Response.group_id, choices)
    ).all()
    for key, band, group, encoded, count in rows:
        chosen = json.loads(encoded) if encoded else None
        if chosen:  # a JSON null or an empty list is not an answer
            result[key].append((band, group, chosen, count))
    return result


ROOM_TO_GROUP = "16MB"


def _room_to_group() -> None:
    """On PostgreSQL, room to group the counts in memory. The planner expects tens of thousands of groups (it cannot
    know that bands, groups and answers combine into a few hundred) and PostgreSQL's default ``work_mem`` (4 MB) is just
    short of a hash table that size, so it sorted 560,000 answers on disk instead: 1.3 s against 0.5 s at 100,000
    responses. ``set_config(..., true)`` is ``SET LOCAL``: for this transaction only, and only ever raised, never
    lowering what a server is configured with."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    db.session.execute(
        text(
            "SELECT set_config('work_mem', :room, true) "
            "WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes(:room)"
        ),
        {"room": ROOM_TO_GROUP},
    )


def positive_of(counts: Counts, good: set[str]) -> tuple[int, int]:
    return (
        sum(n for _band, _group, chosen, n in counts if set(chosen) & good),
        sum(n for _band, _group, _chosen, n in counts),
    )


Table = tuple[SplitRow, dict[str, SplitRow], dict["uuid.UUID | None", SplitRow]]


def share_table(rows: Counts, good: set[str], limit: int) -> Table:
    """Positive of answered overall, by band and by group: one whole split two ways, protected together."""
    bands: dict[str, list[int]] = {}
    groups: dict[uuid.UUID | None, list[int]] = {}
    for band, group, choices, count in rows:
        hit = count if set(choices) & good else 0
        for counts in (bands.setdefault(band, [0, 0]), groups.setdefault(group, [0, 0])):
            counts[0] += hit
            counts[1] += count
    # Two splits keyed differently (band, group), so one key type for both is Any.
    partitions: list[dict[Any, tuple[int, int]]] = [
        {k: (v[0], v[1]) for k, v in bands.items()},
        {k: (v[0], v[1]) for k, v in groups.items()},
    ]
    overall, (by_band, by_group) = protect_split(positive_of(rows, good), partitions, limit)
    return overall, by_band, by_group


def indicators(consultation: Consultation, *, limit: int | None = None) -> list[Indicator]:
    earlier = previous_wave(consultation)
    return indicators_for(
        [consultation], [earlier] if earlier is not None else [], consultation.organisation_id, limit=limit
    )


def _tables(consultations: Sequence[Consultation], goods: dict[str, set[str]], limit: int) -> list[dict[str, Table]]:
    """Each consultation's own protected share tables, question by question."""
    result = []
    for consultation in consultations:
        counts = answer_counts(consultation, list(goods))
        result.append({key: share_table(counts[key], good, limit) for key, good in goods.items()})
    return result


def _combined(tables: list[dict[str, Table]], key: str) -> Table:
    parts = [table[key] for table in tables]
    return (
        combine_rows([part[0] for part in parts]),
        combine_row_maps([part[1] for part in parts]),
        combine_row_maps([part[2] for part in parts]),
    )


def indicators_for(
    consultations: Sequence[Consultation],
    previous: Sequence[Consultation],
    organisation_id: uuid.UUID,
    *,
    limit: int | None = None,
) -> list[Indicator]:
    """Indicators over one consultation, or several (a period): each consultation's shares are protected on their
    own and then added up cell by cell, a sum shown only where every part is (``suppression.combine``).
    ``previous`` is the last wave, or the consultations of the period before."""
    limit = threshold() if limit is None else limit
    references = db.session.scalars(
        select(ReferenceFigure)
        .where(ReferenceFigure.organisation_id == organisation_id)
        .order_by(ReferenceFigure.age_band, ReferenceFigure.label)
    ).all()
    questions: dict[str, Question] = {}
    for consultation in consultations:
        for question in indicator_questions(consultation):
            questions.setdefault(question.key, question)
    goods = {key: positive_keys(question) for key, question in questions.items()}
    now = _tables(consultations, goods, limit)
    before = _tables(previous, goods, limit)
    result = []
    for key, question in questions.items():
        title = next((t.title for t in question.texts if t.language == "en" and not t.age_band), key)
        overall, by_band, by_group = _combined(now, key)
        indicator = Indicator(key, title, overall, by_band, by_group, positive=positive_labels(question))
        if before:
            indicator.previous, indicator.previous_by_band, indicator.previous_by_group = _combined(before, key)
        indicator.references = [ref for ref in references if ref.question_key == key]
        result.append(indicator)
    return result


def published_counts(items: Sequence[Indicator]) -> list[int]:
    """Every count these indicators would publish (for tests: none may be below the threshold)."""
    counts = []
    for item in items:
        for share in [
            item.overall,
            *item.by_band.values(),
            *item.by_group.values(),
            *([item.previous] if item.previous else []),
            *item.previous_by_band.values(),
            *item.previous_by_group.values(),
        ]:
            counts += [cell.count for cell in (share.positive, share.answered) if cell.count is not None]
            if share.positive.count is not None and share.answered.count is not None:
                counts.append(share.answered.count - share.positive.count)
    return counts


# --- rankings: "pick up to three, most important first" ------------------------------------------------------------

TOP = 3  # "in the top three"


@dataclass
class RankedOption:
    key: str
    label: str
    first: Cell  # how many put it first
    first_percent: float | None  # of those who answered the question
    top: SplitRow  # how many put it anywhere in their top three, of those who answered


@dataclass
class Ranking:
    """How often each answer of a ranking question was put first, and in the top three."""

    key: str
    title: str
    answered: Cell
    options: list[RankedOption]


RANKING_KINDS = ranking_kinds()


def ranking_questions(consultation: Consultation) -> list[Question]:
    questions = builder.questions_of(consultation, consultation.live_version or None)
    return [question for question in questions if question.kind in RANKING_KINDS]


def _ranked_cells(rows: Counts, keys: Sequence[str], limit: int) -> tuple[Cell, dict[str, Cell], dict[str, SplitRow]]:
    """One consultation's protected counts for one ranking question. Firsts split those who answered (each answer
    has exactly one first), so they are suppressed as one set with its published total; each top-three count is a
    share of those who answered (hidden when it or the rest is small), and hidden too where it would give away a
    small number of second and third places beside a shown first."""
    answered = sum(count for _band, _group, _chosen, count in rows)
    firsts = {key: 0 for key in keys}
    tops = {key: 0 for key in keys}
    for _band, _group, chosen, count in rows:
        if chosen[0] in firsts:
            firsts[chosen[0]] += count
        for key in set(chosen[:TOP]) & set(tops):
            tops[key] += count
    whole = total(answered, limit)
    first_cells = suppress(firsts, limit) if whole.shown else {key: Cell(None) for key in keys}
    top_rows: dict[str, SplitRow] = {}
    for key in keys:
        row = split(tops[key], answered, limit) if whole.shown else SplitRow(Cell(None), Cell(None))
        if first_cells[key].shown and row.positive.shown and 0 < tops[key] - firsts[key] < limit:
            row = SplitRow(Cell(None), row.answered)
        top_rows[key] = row
    return whole, {key: Cell(first_cells[key].count) for key in keys}, top_rows


def rankings_for(consultations: Sequence[Consultation], *, limit: int | None = None) -> list[Ranking]:
    """Each ranking question's counts over one consultation or several (a period): each consultation protected on
    its own, then added up cell by cell where every part is shown (``suppression.combine``)."""
    limit = threshold() if limit is None else limit
    questions: dict[str, Question] = {}
    for consultation in consultations:
        for question in ranking_questions(consultation):
            questions.setdefault(question.key, question)
    if not questions:
        return []
    option_keys = {key: [option.key for option in question.options] for key, question in questions.items()}
    parts = []
    for consultation in consultations:
        counts = answer_counts(consultation, list(questions))
        parts.append({key: _ranked_cells(counts[key], option_keys[key], limit) for key in questions})
    result = []
    for key, question in questions.items():
        answered = combine([part[key][0] for part in parts])
        options = []
        for option in question.options:
            first = combine([part[key][1][option.key] for part in parts])
            top = combine_rows([part[key][2][option.key] for part in parts])
            percent = None
            if first.count is not None and answered.count and answered.count >= limit:
                percent = round(100 * first.count / answered.count, 1)
            label = next((t.label for t in option.texts if t.language == "en" and not t.age_band), option.key)
            options.append(RankedOption(option.key, label, first, percent, top))
        title = next((t.title for t in question.texts if t.language == "en" and not t.age_band), key)
        result.append(Ranking(key, title, answered, options))
    return result
