"""Small-number suppression as UK official statistics do it (TRUST.md): pure functions, no Flask.

A count from 1 to threshold-1 is shown as "c". If only one cell of a set that has a published total would be hidden,
the next smallest is hidden too, so the hidden one cannot be worked out by subtraction. No percentage is given on
a base below the threshold, and so no 0% or 100% on a small group.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Mapping, TypeVar

K = TypeVar("K", bound=Hashable)
SUPPRESSED = "c"


@dataclass(frozen=True)
class Cell:
    count: int | None
    percent: float | None = None

    @property
    def shown(self) -> bool:
        return self.count is not None

    def __str__(self) -> str:
        return SUPPRESSED if self.count is None else f"{self.count:,}"


def suppress(counts: Mapping[K, int], threshold: int = 5, *, total_published: bool = True,
             base: int | None = None) -> dict[K, Cell]:
    """Suppressed cells for one set of counts that add up to a published total (or not).

    ``base`` is the number percentages are of (defaults to the sum of the counts).
    """
    hidden = {key for key, count in counts.items() if 0 < count < threshold}
    if total_published and len(hidden) == 1:
        # Secondary suppression: hide the next smallest cell (zeros too, as a zero reveals the hidden one exactly).
        others = sorted((count, str(key), key) for key, count in counts.items() if key not in hidden)
        if others:
            hidden.add(others[0][2])
    denominator = sum(counts.values()) if base is None else base
    cells: dict[K, Cell] = {}
    for key, count in counts.items():
        if key in hidden:
            cells[key] = Cell(None)
            continue
        percent = None
        if denominator >= threshold:
            percent = round(100 * count / denominator, 1) if denominator else None
        cells[key] = Cell(count, percent)
    return cells


def total(count: int, threshold: int = 5) -> Cell:
    return Cell(count if count == 0 or count >= threshold else None)


def rate(count: int, cohort: int, threshold: int = 5) -> float | None:
    """A response rate, only when both the responses and the cohort are large enough to publish."""
    if cohort <= 0 or count < threshold or cohort < threshold:
        return None
    return round(100 * count / cohort, 1)


@dataclass(frozen=True)
class SplitRow:
    """One part of a published whole, split into positive and the rest: ``positive`` of ``answered``."""

    positive: Cell
    answered: Cell

    @property
    def percent(self) -> float | None:
        if self.positive.count is None or self.answered.count is None or not self.answered.count:
            return None
        return round(100 * self.positive.count / self.answered.count, 1)


def split(positive: int, answered: int, threshold: int = 5) -> SplitRow:
    """A share of one group: hidden when the group is small, or when the positives or the rest are a small group
    (the rest is ``answered - positive``, so showing both would give it away)."""
    rest = answered - positive
    if 0 < answered < threshold:
        return SplitRow(Cell(None), Cell(None))
    if 0 < positive < threshold or 0 < rest < threshold:
        return SplitRow(Cell(None), Cell(answered))
    return SplitRow(Cell(positive), Cell(answered))


def split_table(parts: Mapping[K, tuple[int, int]], threshold: int = 5) -> tuple[SplitRow, dict[K, SplitRow]]:
    """The whole and its parts (the bands of a consultation, say), each as positive of answered.

    A part whose size is small is hidden entirely; a part whose positives or rest are small shows only its size.
    The whole is published beside the parts, so a value hidden in only one part could be worked out by
    subtraction: if exactly one part is hidden entirely, the next smallest part is too, and if exactly one part
    with people in it has its split hidden, the next smallest such part's split is hidden too (a part known to be
    empty protects nothing). If no such part is left, the whole's split is hidden instead.
    """
    rows = {key: split(positive, answered, threshold) for key, (positive, answered) in parts.items()}
    sizes = {key: answered for key, (_positive, answered) in parts.items()}
    whole = split(sum(p for p, _n in parts.values()), sum(sizes.values()), threshold)

    def smallest(keys: list[K]) -> K | None:
        ordered = sorted((sizes[key], str(key), key) for key in keys)
        return ordered[0][2] if ordered else None

    hidden_whole = [key for key, row in rows.items() if row.answered.count is None]
    if len(hidden_whole) == 1:
        extra = smallest([key for key, row in rows.items() if row.answered.count is not None])
        if extra is not None:
            rows[extra] = SplitRow(Cell(None), Cell(None))
        elif whole.answered.count is not None:
            whole = SplitRow(Cell(None), Cell(None))

    def unknown(key: K) -> bool:  # a split nobody can work out from what is shown about this part alone
        row = rows[key]
        return row.positive.count is None and (row.answered.count is None or row.answered.count > 0)

    if sum(unknown(key) for key in rows) == 1:
        extra = smallest([key for key, row in rows.items() if row.positive.count is not None and sizes[key] > 0])
        if extra is not None:
            rows[extra] = SplitRow(Cell(None), rows[extra].answered)
        else:
            whole = SplitRow(Cell(None), whole.answered)
    return whole, rows
