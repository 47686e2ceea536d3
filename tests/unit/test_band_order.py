"""Age bands read youngest first everywhere a page lists them, not in the database's order ("12-17" < "4-7")."""

from __future__ import annotations

from participation.surveys.models import BAND_NAMES, by_age, in_band_order


def test_bands_are_ordered_by_age_and_anything_else_comes_last():
    counts = {"12-17": 3, "care-leavers": 1, "4-7": 5, "parents-carers": 2, "8-11": 4, "unknown": 9}
    assert list(in_band_order(counts)) == [*BAND_NAMES, "unknown"]
    assert in_band_order(counts) == counts


def test_a_sort_key_puts_bands_youngest_first():
    assert sorted(["care-leavers", "12-17", "other", "4-7", "8-11"], key=by_age) == [
        "4-7",
        "8-11",
        "12-17",
        "care-leavers",
        "other",
    ]
