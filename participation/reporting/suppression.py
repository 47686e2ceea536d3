"""Small-number suppression as UK official statistics do it (TRUST.md): pure functions, no Flask.

A count from 1 to threshold-1 is shown as "c". If only one cell of a set that has a published total would be hidden,
the next smallest is hidden too, so the hidden one cannot be worked out by subtraction. No percentage is given on
a base below the threshold, and so no 0% or 100% on a small group.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final, Literal, TypeVar

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


def _small(count: int, threshold: int) -> bool:
    return 0 < count < threshold


# "No cell left to hide". Not None: None is a real key (the group of responses through no group, "other ways in"),
# and taking it for "nothing left" hid a whole of 24 because one of its groups was small.
# A one-member enum rather than a bare object() so that `extra is NOTHING` narrows the type for the checker.
class _Nothing(Enum):
    NOTHING = "nothing"


NOTHING: Final = _Nothing.NOTHING


def _smallest(keys: Iterable[K], sizes: Mapping[K, int]) -> K | Literal[_Nothing.NOTHING]:
    """The key of the smallest cell (ties by name), or ``NOTHING`` when there are no keys."""
    ordered = sorted((sizes[key], str(key), key) for key in keys)
    return ordered[0][2] if ordered else NOTHING


def _share_leaks(part: Mapping[K, tuple[int, int]], gone: set[K], threshold: int) -> bool:
    """Whether the hidden cells of one split of a share, taken together, give away a small count of either side."""
    p = sum(part[key][0] for key in gone)
    return _small(p, threshold) or _small(sum(part[key][1] for key in gone) - p, threshold)


def suppress(
    counts: Mapping[K, int], threshold: int = 5, *, total_published: bool = True, base: int | None = None
) -> dict[K, Cell]:
    """Suppressed cells for one set of counts that add up to a published total (or not).

    With the total published, the hidden cells add up to the total minus the shown ones, so cells are hidden,
    smallest first, until that sum is not itself a small number (a zero next to a lone 3 would give the 3 away).
    ``base`` is the number percentages are of (defaults to the sum of the counts).
    """
    hidden = {key for key, count in counts.items() if _small(count, threshold)}
    while total_published and _small(sum(counts[key] for key in hidden), threshold):
        extra = _smallest([key for key in counts if key not in hidden], counts)
        if extra is NOTHING:
            break  # everything is hidden: the total is then small itself, and is suppressed where it is shown
        hidden.add(extra)
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


def protect(whole: int, partitions: Sequence[Mapping[K, int]], threshold: int = 5) -> tuple[Cell, list[dict[K, Cell]]]:
    """One published count split several ways at once (respondents by age band and by group, say).

    Each split adds up to the whole, so in each one the hidden cells must not add up to a small number. If a split
    cannot be protected that way, the whole is hidden, and then every split hides at least one cell so the whole
    cannot be rebuilt from it. Splits are never crossed with each other (no band-by-group cells), so nothing
    links them but the whole.
    """
    whole_hidden = _small(whole, threshold)
    hidden = [{key for key, count in part.items() if _small(count, threshold)} for part in partitions]
    changed = True
    while changed:
        changed = False
        for counts, gone in zip(partitions, hidden, strict=True):
            while not whole_hidden and _small(sum(counts[key] for key in gone), threshold):
                extra = _smallest([key for key in counts if key not in gone], counts)
                if extra is NOTHING:
                    whole_hidden = changed = True
                else:
                    gone.add(extra)
            if whole_hidden and counts and not gone:
                smallest = _smallest(list(counts), counts)
                if smallest is not NOTHING:  # always so: counts is not empty
                    gone.add(smallest)
                changed = True
    cells = [
        {key: Cell(None) if key in gone else Cell(count) for key, count in counts.items()}
        for counts, gone in zip(partitions, hidden, strict=True)
    ]
    return Cell(None) if whole_hidden else Cell(whole), cells


def within(parent: Cell, parts: Mapping[K, int], threshold: int = 5) -> dict[K, Cell]:
    """The split of a cell that is itself published (or hidden) elsewhere: read comments into read in time and read
    late, say. With the parent shown, the parts are suppressed against it as their published total; with the parent
    hidden, every part is hidden too, since shown parts would add up to it."""
    if parent.count is None:
        return {key: Cell(None) for key in parts}
    return suppress(parts, threshold, total_published=True)


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
    """The whole and its parts (the bands of a consultation, say), each as positive of answered."""
    whole, (rows,) = protect_split(parts_whole(parts), [parts], threshold)
    return whole, rows


def parts_whole(parts: Mapping[K, tuple[int, int]]) -> tuple[int, int]:
    return sum(p for p, _n in parts.values()), sum(n for _p, n in parts.values())


def protect_split(
    whole: tuple[int, int], partitions: Sequence[Mapping[K, tuple[int, int]]], threshold: int = 5
) -> tuple[SplitRow, list[dict[K, SplitRow]]]:
    """A share (positive of answered) for the whole and for the parts of several splits of it, published together.

    Sizes are protected as counts (``protect``). A part whose positives or rest (answered minus positive) are small
    shows only its size. In each split, the parts whose share is hidden together have the whole's positives and
    rest minus the shown ones: those sums must not be small either, so more shares are hidden, smallest part first,
    or else the whole's share is; a part shown to be empty protects nothing. With the whole's share hidden, every
    split keeps at least one share hidden so it cannot be rebuilt by adding up.
    """
    positive, answered = whole
    size_whole, size_cells = protect(
        answered, [{key: n for key, (_p, n) in part.items()} for part in partitions], threshold
    )

    def hides(p: int, n: int) -> bool:
        return _small(p, threshold) or _small(n - p, threshold)

    share_hidden = not size_whole.shown or hides(positive, answered)
    unknown = [
        {key for key, (p, n) in part.items() if not cells[key].shown or hides(p, n)}
        for part, cells in zip(partitions, size_cells, strict=True)
    ]

    def opaque(key: K, part: Mapping[K, tuple[int, int]], cells: Mapping[K, Cell], gone: set[K]) -> bool:
        return key in gone and (not cells[key].shown or part[key][1] > 0)

    changed = True
    while changed:
        changed = False
        for part, cells, gone in zip(partitions, size_cells, unknown, strict=True):
            while not share_hidden and _share_leaks(part, gone, threshold):
                extra = _smallest(
                    [key for key in part if key not in gone and part[key][1] > 0],
                    {key: n for key, (_p, n) in part.items()},
                )
                if extra is NOTHING:
                    share_hidden = changed = True
                else:
                    gone.add(extra)
            if share_hidden and part and not any(opaque(key, part, cells, gone) for key in part):
                extra = _smallest(
                    [key for key in part if part[key][1] > 0 or not cells[key].shown],
                    {key: n for key, (_p, n) in part.items()},
                )
                if extra is not NOTHING:
                    gone.add(extra)
                    changed = True
    rows = [
        {key: SplitRow(Cell(None) if key in gone else Cell(p), cells[key]) for key, (p, _n) in part.items()}
        for part, cells, gone in zip(partitions, size_cells, unknown, strict=True)
    ]
    whole_row = SplitRow(Cell(None) if share_hidden else Cell(positive), size_whole)
    return whole_row, rows


def combine(cells: Sequence[Cell]) -> Cell:
    """The sum of cells that were each published (protected) on their own: several consultations' counts in a
    pack for a period, say. Shown only where every part was shown, so the sum is a function of numbers already
    published and tells nothing new, however periods overlap or are subtracted from each other."""
    if len(cells) == 1:
        return Cell(cells[0].count)
    if any(item.count is None for item in cells):
        return Cell(None)
    return Cell(sum(item.count or 0 for item in cells))


def combine_rows(rows: Sequence[SplitRow]) -> SplitRow:
    """Positive of answered summed over parts protected on their own, under the same rule as ``combine``."""
    return SplitRow(combine([row.positive for row in rows]), combine([row.answered for row in rows]))


def combine_maps(maps: Sequence[Mapping[K, Cell]]) -> dict[K, Cell]:
    """Key by key ``combine`` of several protected tables; a key a table lacks counts as a published 0 there."""
    keys: list[K] = []
    for table in maps:
        keys += [key for key in table if key not in keys]
    return {key: combine([table.get(key, Cell(0)) for table in maps]) for key in keys}


def combine_row_maps(maps: Sequence[Mapping[K, SplitRow]]) -> dict[K, SplitRow]:
    keys: list[K] = []
    for table in maps:
        keys += [key for key in table if key not in keys]
    empty = SplitRow(Cell(0), Cell(0))
    return {key: combine_rows([table.get(key, empty) for table in maps]) for key in keys}
