"""Property-based checks of small-number suppression (TRUST.md): whatever the counts, nothing below the threshold is
published, no lone hidden cell can be worked out from the total, and no percentage rests on a small base."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from participation.reporting.suppression import rate, suppress, total

counts_tables = st.dictionaries(
    st.text(alphabet="abcdefgh", min_size=1, max_size=3),
    st.integers(min_value=0, max_value=60),
    min_size=1,
    max_size=10,
)
thresholds = st.integers(min_value=2, max_value=11)


@settings(max_examples=400, deadline=None)
@given(counts_tables, thresholds, st.booleans())
def test_no_published_count_is_small(counts, threshold, total_published):
    for key, cell in suppress(counts, threshold, total_published=total_published).items():
        if cell.shown:
            assert cell.count == counts[key]
            assert cell.count == 0 or cell.count >= threshold
        else:
            assert str(cell) == "c"


@settings(max_examples=400, deadline=None)
@given(counts_tables, thresholds)
def test_a_hidden_cell_is_never_alone_when_the_total_is_published(counts, threshold):
    """With the total known, one hidden cell would be total minus the rest: there are always two or none."""
    cells = suppress(counts, threshold, total_published=True)
    hidden = [key for key, cell in cells.items() if not cell.shown]
    assert len(hidden) != 1 or len(counts) == 1
    if hidden:
        # Every candidate split of the hidden sum is consistent with what is shown: at least two exist.
        hidden_sum = sum(counts[key] for key in hidden)
        assert len(hidden) >= 2 or hidden_sum == 0 or len(counts) == 1


@settings(max_examples=400, deadline=None)
@given(counts_tables, thresholds, st.integers(min_value=0, max_value=200))
def test_no_percentage_on_a_small_base(counts, threshold, base):
    for cell in suppress(counts, threshold, base=base).values():
        if cell.percent is not None:
            assert base >= threshold and cell.shown
    for cell in suppress(counts, threshold).values():
        if cell.percent is not None:
            assert sum(counts.values()) >= threshold


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=500), st.integers(min_value=0, max_value=500), thresholds)
def test_totals_and_rates_respect_the_threshold(count, cohort, threshold):
    cell = total(count, threshold)
    assert (cell.count is None) == (0 < count < threshold)
    result = rate(count, cohort, threshold)
    if result is not None:
        assert count >= threshold and cohort >= threshold


parts_tables = st.dictionaries(
    st.sampled_from(["4-7", "8-11", "12-17", "care-leavers", "parents-carers", "group-a", "group-b"]),
    st.integers(min_value=0, max_value=40).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))),
    min_size=1,
    max_size=7,
)


@settings(max_examples=1000, deadline=None)
@given(parts_tables, thresholds)
def test_split_tables_publish_nothing_small_and_nothing_recoverable(parts, threshold):
    """Bands (or groups) of an indicator: positive of answered per part, beside the whole's figures."""
    from participation.reporting.suppression import split_table

    whole, rows = split_table(parts, threshold)
    for key, row in [*rows.items(), (None, whole)]:
        positive, answered = (
            parts[key] if key is not None else (sum(p for p, _ in parts.values()), sum(n for _, n in parts.values()))
        )
        for shown in (row.answered.count, row.positive.count):
            assert shown is None or shown == 0 or shown >= threshold
        if row.positive.count is not None:
            assert row.answered.count is not None and row.positive.count == positive
            rest = answered - positive
            assert rest == 0 or rest >= threshold  # the rest is answered minus positive: it is published too
        if row.answered.count is not None:
            assert row.answered.count == answered
        assert row.percent is None or row.answered.count >= threshold
    # Subtraction: with the whole's size shown, a lone hidden size is the whole minus the others.
    if whole.answered.count is not None:
        assert len([k for k in parts if rows[k].answered.count is None]) != 1
    # With the whole's positives shown, a lone unknown split is the whole minus the others; a part shown to be
    # empty is not unknown.
    if whole.positive.count is not None:
        unknown = [
            k
            for k, row in rows.items()
            if row.positive.count is None and (row.answered.count is None or row.answered.count > 0)
        ]
        assert len(unknown) != 1


two_way = st.lists(
    st.tuples(
        st.sampled_from(["4-7", "8-11", "12-17", "care-leavers"]),
        st.sampled_from(["g1", "g2", "g3", None]),
        st.booleans(),
    ),
    max_size=60,
)


@settings(max_examples=1000, deadline=None)
@given(two_way, thresholds)
def test_a_whole_split_two_ways_reveals_nothing_small(people, threshold):
    """Respondents split by band and by group, both published beside the total: every split is safe on its own,
    and the whole cannot be rebuilt where it is hidden."""
    from participation.reporting.suppression import protect
    from tests.disclosure import assert_partition_safe

    bands: dict[str, int] = {}
    groups: dict[str | None, int] = {}
    for band, group, _positive in people:
        bands[band] = bands.get(band, 0) + 1
        groups[group] = groups.get(group, 0) + 1
    whole, (by_band, by_group) = protect(len(people), [bands, groups], threshold)
    for split, truth in ((by_band, bands), (by_group, groups)):
        assert all(cell.count in (None, truth[key]) for key, cell in split.items())
        assert_partition_safe(whole.count, [cell.count for cell in split.values()], threshold)


@settings(max_examples=1000, deadline=None)
@given(two_way, thresholds)
def test_shares_split_two_ways_reveal_nothing_small(people, threshold):
    """An indicator by band and by group at once: sizes, positives and rests are all safe in both splits."""
    from participation.reporting.suppression import parts_whole, protect_split
    from tests.disclosure import assert_shares_safe

    bands: dict[str, tuple[int, int]] = {}
    groups: dict[str | None, tuple[int, int]] = {}
    for band, group, positive in people:
        for table, key in ((bands, band), (groups, group)):
            p, n = table.get(key, (0, 0))  # type: ignore[attr-defined]
            table[key] = (p + positive, n + 1)  # type: ignore[index]
    whole, (by_band, by_group) = protect_split(parts_whole(bands), [bands, groups], threshold)
    for split, truth in ((by_band, bands), (by_group, groups)):
        for key, row in split.items():
            assert row.positive.count in (None, truth[key][0]) and row.answered.count in (None, truth[key][1])
            assert row.positive.count is None or row.answered.count is not None
        assert_shares_safe(
            (whole.positive.count, whole.answered.count),
            [(row.positive.count, row.answered.count) for row in split.values()],
            threshold,
        )
