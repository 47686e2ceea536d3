"""The protected tables: every count of people Heard shows about a consultation is read from here.

The live view, the drop-off table, the "sent / started" figures, the consultation list, the board pack (page,
printable page, PDF, spreadsheet, CSVs, command line) and the period packs all take their respondent counts from
``respondents``: one whole split by age band, by group, by language, by day, by whether an adult helped and by whether
it was answered in the easy version, protected together (``suppression.protect``). So a cell is hidden, or shown, the
same way wherever it appears, and a figure on one page can never be subtracted from the figures on another to find a
count the first page hid.

Those who started but did not send are their own protected table (``progress``): where they stopped, question by
question. "Started" is then sent plus not sent, shown only where both are (``suppression.combine``), so it tells
nothing the two do not.

A response rate has one definition everywhere (``response_rate``): the responses that came through the groups a
consultation is meant to reach, over those groups' cohort sizes. Groups with no cohort size are left out of both;
responses through the open link, a poster or a code tied to no group count in no rate. It is given only where every
group's count it adds up is itself published, so the rate cannot uncover a hidden cell.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select

from participation.distribution.models import Group, InviteBatch, InviteCode
from participation.extensions import db
from participation.reporting.steps import threshold as threshold  # its home is steps; callers read it here too
from participation.reporting.suppression import Cell, combine, protect, rate, suppress, total, within
from participation.responses.models import Draft, Response
from participation.surveys import builder
from participation.surveys.models import Consultation

OTHER_WAYS_IN = "other"  # responses through the open link, a poster or a code not tied to a group
EVERY_QUESTION = ""  # the drop-off row of those who answered every question they were asked but did not send


@dataclass
class Split:
    """Respondents overall and split several ways, protected together. A split not asked for is empty."""

    whole: Cell
    by_band: dict[str, Cell]
    by_group: dict[uuid.UUID | None, Cell]
    by_language: dict[str, Cell] = field(default_factory=dict)
    by_day: dict[date, Cell] = field(default_factory=dict)
    by_assisted: dict[bool, Cell] = field(default_factory=dict)
    by_easy: dict[bool, Cell] = field(default_factory=dict)

    def pick(self, band: str | None, group: Any) -> Cell:
        """The count for one age band or one group (``OTHER_WAYS_IN`` for no group), or the whole."""
        if band is not None:
            return self.by_band.get(band, Cell(0))
        if group is not None:
            return self.by_group.get(None if group == OTHER_WAYS_IN else group, Cell(0))
        return self.whole

    @property
    def assisted(self) -> Cell:
        return self.by_assisted.get(True, Cell(0))

    @property
    def easy(self) -> Cell:
        """Answered in the easy version (simpler words and pictures), whatever the age band."""
        return self.by_easy.get(True, Cell(0))


EMPTY = Split(Cell(0), {}, {})


def respondents(consultation_id: uuid.UUID, limit: int) -> Split:
    """Who sent answers to one consultation: the whole, by band, group, language, day, adult help and the easy
    version, protected as one (a count is 0 or at least ``limit``, and the hidden cells of each split do not add up
    to a small number)."""
    rows = db.session.execute(
        select(
            Response.age_band,
            Response.group_id,
            Response.language,
            Response.submitted_on,
            Response.assisted,
            Response.easy,
            func.count(),
        )
        .where(Response.consultation_id == consultation_id)
        .group_by(
            Response.age_band,
            Response.group_id,
            Response.language,
            Response.submitted_on,
            Response.assisted,
            Response.easy,
        )
    ).all()
    splits: tuple[Counter[Any], ...] = tuple(Counter() for _key in range(6))
    for *keys, count in rows:
        for split, key in zip(splits, keys, strict=True):
            split[key] += count
    whole, cells = protect(sum(splits[0].values()), [dict(split) for split in splits], limit)
    return Split(whole, *cells)


def respondent_totals(organisation_id: uuid.UUID, limit: int) -> dict[uuid.UUID, Cell]:
    """Each consultation's whole count, as ``respondents`` publishes it (a whole is hidden exactly when it is small:
    protecting its splits never hides it otherwise), counted in one query for a list of consultations."""
    counts = db.session.execute(
        select(Response.consultation_id, func.count())
        .where(Response.organisation_id == organisation_id)
        .group_by(Response.consultation_id)
    ).all()
    return {consultation_id: total(count, limit) for consultation_id, count in counts}


@dataclass
class Progress:
    """Those who started but have not sent: how many, and the question each stopped at, protected together."""

    unsent: Cell
    stopped_at: dict[str, Cell]  # question key, or EVERY_QUESTION


def unsent_drafts(consultation_id: uuid.UUID) -> list[Draft]:
    """Drafts with at least one answer that were never sent (an empty draft is someone who only looked)."""
    drafts = db.session.scalars(
        select(Draft).where(Draft.consultation_id == consultation_id, Draft.response_id.is_(None))
    )
    return [draft for draft in drafts if draft.answers]


def progress(consultation: Consultation, limit: int) -> Progress:
    """Where the unsent drafts stopped: the first question of their age band they have not answered."""
    questions = builder.questions_of(consultation, consultation.live_version or None)
    stopped: Counter[str] = Counter()
    for draft in unsent_drafts(consultation.id):
        remaining = [
            question.key
            for question in questions
            if draft.age_band in question.band_slugs and question.key not in draft.answers
        ]
        stopped[remaining[0] if remaining else EVERY_QUESTION] += 1
    whole, (cells,) = protect(sum(stopped.values()), [dict(stopped)], limit)
    return Progress(whole, cells)


def started(people: Split, unsent: Progress) -> Cell:
    """Sent plus not sent, shown only where both are shown (so "started" minus "sent" tells nothing new)."""
    return combine([people.whole, unsent.unsent])


def counted_groups(targets: Sequence[Group]) -> list[Group]:
    """The groups a response rate is of: those the consultation is meant to reach that have a cohort size."""
    return [group for group in targets if group.cohort_size and group.cohort_size > 0]


def through_groups(people: Split, groups: Sequence[Group]) -> int | None:
    """Responses through these groups where the published figures already tell it: every one of their counts is
    published, or the whole and every other way in are (the sum is then the whole less the others, so showing it tells
    nothing new, and hiding it would be a "c" anyone can work out). None when there are no groups or it cannot be
    worked out from what is published."""
    if not groups:
        return None
    cells = [people.by_group.get(group.id, Cell(0)) for group in groups]
    if all(item.count is not None for item in cells):
        return sum(item.count or 0 for item in cells)
    ids = {group.id for group in groups}
    others = [item for key, item in people.by_group.items() if key not in ids]
    if people.whole.count is None or any(item.count is None for item in others):
        return None
    return people.whole.count - sum(item.count or 0 for item in others)


def cohort(targets: Sequence[Group]) -> int:
    return sum(group.cohort_size for group in counted_groups(targets))


def response_rate(people: Split, targets: Sequence[Group], limit: int) -> float | None:
    """The response rate, everywhere: responses through the counted groups over their cohort sizes (percent)."""
    counted = counted_groups(targets)
    reached = through_groups(people, counted)
    return rate(reached, cohort(counted), limit) if reached is not None else None


def group_rate(people: Split, group: Group, limit: int) -> float | None:
    """One group's response rate: its published count over its cohort size."""
    count = people.by_group.get(group.id, Cell(0)).count
    return rate(count, group.cohort_size or 0, limit) if count is not None else None


def period_rate(parts: Sequence[tuple[Split, Sequence[Group]]], limit: int) -> tuple[float | None, int]:
    """A period's response rate and cohort: the same definition over every consultation with counted groups,
    given only where each of them publishes its count through the groups."""
    counted = [(people, counted_groups(targets)) for people, targets in parts]
    counted = [(people, groups) for people, groups in counted if groups]
    reached = [through_groups(people, groups) for people, groups in counted]
    size = sum(group.cohort_size for _people, groups in counted for group in groups)
    if not reached or None in reached:
        return None, size
    return rate(sum(value or 0 for value in reached), size, limit), size


def share(count: Cell, base: Cell, limit: int) -> float | None:
    """A share only where both numbers are published and the base is not small (so no 0% or 100% of a few)."""
    if count.count is None or base.count is None or base.count < limit:
        return None
    return round(100 * count.count / base.count, 1)


@dataclass(frozen=True)
class CardUse:
    """How many of a set of invite cards were used and not yet used, both shown or both hidden ("c")."""

    used: Cell
    unused: Cell
    other_sets: int  # other sets of cards made for the same group (or for no group) in this consultation


def card_use(consultation_id: uuid.UUID, batches: Sequence[InviteBatch], limit: int) -> dict[uuid.UUID, CardUse]:
    """Each set's used cards, protected with the respondents split: a used card is a response through its group (or,
    for cards tied to no group, through "other ways in"), so the sets of one group split that group's published
    count (``within``), the rest being its responses not through these cards. Used plus not used is the number of
    cards made, which is no secret, so the two are shown only where both are 0 or at least the threshold."""
    used = dict(
        db.session.execute(
            select(InviteCode.batch_id, func.count())
            .where(InviteCode.consultation_id == consultation_id, InviteCode.used_on.is_not(None))
            .group_by(InviteCode.batch_id)
        ).all()
    )
    people = respondents(consultation_id, limit)
    counted = dict(
        db.session.execute(
            select(Response.group_id, func.count())
            .where(Response.consultation_id == consultation_id)
            .group_by(Response.group_id)
        ).all()
    )
    by_group: dict[uuid.UUID | None, list[InviteBatch]] = {}
    for batch in batches:
        by_group.setdefault(batch.group_id, []).append(batch)
    found: dict[uuid.UUID, CardUse] = {}
    for group_id, sets in by_group.items():
        parts: dict[Any, int] = {batch.id: used.get(batch.id, 0) for batch in sets}
        rest = counted.get(group_id, 0) - sum(parts.values())
        parent = people.by_group.get(group_id, Cell(0))
        # Answers deleted since (a receipt code, an erasure) leave their cards used: then the cards no longer split
        # the group's count, and every set of the group is hidden rather than disagree with it.
        cells = within(parent, {**parts, OTHER_WAYS_IN: max(rest, 0)}, limit) if rest >= 0 else {}
        for batch in sets:
            count = parts[batch.id]
            shown = cells.get(batch.id, Cell(None)).shown
            pair = suppress({"used": count, "unused": batch.size - count}, limit, total_published=True)
            if shown and pair["used"].shown and pair["unused"].shown:
                use = CardUse(Cell(count), Cell(batch.size - count), len(sets) - 1)
            else:
                use = CardUse(Cell(None), Cell(None), len(sets) - 1)
            found[batch.id] = use
    return found
