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
