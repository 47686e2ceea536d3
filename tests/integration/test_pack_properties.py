"""Property-based tests of the board pack as a whole: for random responses over two waves, every table of every pack
(everyone, each age band, each group) publishes no count below the threshold, filtered packs only repeat figures of
the whole pack, and no hidden figure can be worked out from the whole, the other split, or the shown figures."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from participation.analysis.models import ThemeSource
from participation.analysis.services import theme_row
from participation.boards import pack
from participation.extensions import db
from participation.reporting.suppression import SUPPRESSED
from participation.surveys import builder
from tests import factories
from tests.disclosure import assert_nothing_small, assert_partition_safe, assert_shares_safe

BANDS = ["8-11", "12-17", "care-leavers"]
THEMES = ["family-time", "education", "safety"]
LIMIT = 5

person = st.tuples(
    st.sampled_from(BANDS),
    st.sampled_from([0, 1, 2]),
    st.sampled_from(["always", "never", "declined"]),
    st.frozensets(st.sampled_from(THEMES), max_size=2),
)


def _store(consultation, questions, band, group, listened, themes) -> None:
    response = factories.stored_response(
        consultation,
        {"listened-to": None if listened == "declined" else [listened], "one-change": "a comment"},
        band=band,
        group_id=group,
    )
    comment = next(answer for answer in response.answers if answer.question_key == "one-change")
    for slug in themes:
        db.session.add(theme_row(comment, consultation.id, slug, ThemeSource.AUTO))
    db.session.flush()


def _numbers(value):
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _check_nothing_small(built: pack.Pack) -> None:
    """Nothing small anywhere in a pack; change columns are differences of shares, not counts."""
    for table in built.tables.values():
        for row in table.rows:
            for index, value in enumerate(row):
                if index in table.numeric and index not in table.signed and isinstance(value, int):
                    assert_nothing_small([value], LIMIT, f"{table.key} {row}")
    assert built.respondents.count is None or not 0 < built.respondents.count < LIMIT


def _check_pack(whole: pack.Pack, filtered: list[pack.Pack]) -> None:
    tables = whole.tables
    # 1. Nothing small anywhere, in any pack.
    for built in [whole, *filtered]:
        _check_nothing_small(built)
    _check_filtered(tables, filtered)
    # 3. Themes: each theme's whole and its two splits.
    overall = {row.theme: row.people for row in tables["themes"].rows}
    for by in ("themes-by-band", "themes-by-group"):
        for row in tables[by].rows:
            whole_count = overall.get(row[0], 0)
            assert_partition_safe(
                None if whole_count == SUPPRESSED else whole_count,
                [_numbers(value) for value in row[1:]],
                LIMIT,
                f"{by} {row[0]}",
            )
    # 4. Respondents by band (the groups table also has the total; a period's lists consultations instead).
    if whole.period is not None:
        return _check_indicators(tables)
    responses = tables["responses"].rows
    total = _numbers(responses[-1].responses)
    group_rows = [row for row in responses[:-1] if not str(row.group).startswith("All the groups")]
    assert_partition_safe(total, [_numbers(row.responses) for row in group_rows], LIMIT, "respondents by group")
    assert_partition_safe(
        total, [_numbers(row.responses) for row in tables["bands"].rows], LIMIT, "respondents by band"
    )
    _check_indicators(tables)


def _check_filtered(tables, filtered: list[pack.Pack]) -> None:
    # 2. Filtered packs repeat the whole pack's protected figures: themes by band and by group.
    themes_by = {"band": tables["themes-by-band"], "group": tables["themes-by-group"]}
    for built in filtered:
        by = "band" if built.band else "group"
        table = themes_by[by]
        if built.filter_name not in table.columns:  # nobody came that way: nothing to show but zeros
            assert all(row.people == 0 for row in built.tables["themes"].rows)
            continue
        column = table.columns.index(built.filter_name)
        expected = {row[0]: row[column] for row in table.rows}
        for row in built.tables["themes"].rows:
            if row.theme in expected:
                assert row.people == expected[row.theme], (built.filter_name, row)


def _check_indicators(tables) -> None:
    # 5. Indicators by band and by group, beside the overall share.
    for indicator in tables["indicators"].rows:
        overall_pair = (_numbers(indicator.positive), _numbers(indicator.answered))
        for by in ("indicators-by-band", "indicators-by-group"):
            parts = [
                (_numbers(row.positive), _numbers(row.answered))
                for row in tables[by].rows
                if row.indicator == indicator.indicator
            ]
            if parts:
                assert_shares_safe(overall_pair, parts, LIMIT, f"{by} {indicator.indicator}")


@settings(
    max_examples=20,
    deadline=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(person, max_size=45), st.lists(person, max_size=30))
def test_no_pack_filter_or_wave_reveals_a_small_count(app, now, before):
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    with factories.rolled_back(app):
        org = factories.organisation()
        earlier = factories.consultation(org)
        consultation = factories.consultation(org)
        consultation.previous_wave_id = earlier.id
        from participation.distribution import services
        from participation.distribution.models import GroupKind

        groups = [None] + [services.save_group(org.id, name, GroupKind.OTHER, 20).id for name in ("Forum", "Home")]
        for wave, people in ((earlier, before), (consultation, now)):
            questions = {q.key: q for q in builder.questions_of(wave, wave.live_version or None)}
            assert {"listened-to", "one-change"} <= set(questions)
            for band, group, listened, themes in people:
                _store(wave, questions, band, groups[group], listened, themes)
        whole = pack.build(consultation)
        filtered = [pack.build(consultation, band=band) for band in BANDS]
        filtered += [pack.build(consultation, group=str(group) if group else pack.OTHER_WAYS_IN) for group in groups]
        _check_pack(whole, filtered)
        previous = pack.build(earlier)
        _check_pack(previous, [])


def _cells(built: pack.Pack) -> dict[tuple, object]:
    """Every count a pack shows, by where it is: (table, row name, column name)."""
    found = {}
    for key in (
        "bands",
        "themes",
        "themes-by-band",
        "themes-by-group",
        "indicators",
        "indicators-by-band",
        "indicators-by-group",
    ):
        table = built.tables[key]
        for row in table.rows:
            name = tuple(row[:2]) if key.startswith("indicators-by") else (row[0],)
            for index, value in enumerate(row):
                column = table.columns[index]
                if (
                    index in table.numeric
                    and index not in table.signed
                    and "%" not in column
                    and not (key.startswith("indicators-by") and index < 2)
                ):
                    found[(key, *name, column)] = value
    return found


@settings(
    max_examples=15,
    deadline=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(person, max_size=30), st.lists(person, max_size=30), st.lists(person, max_size=20))
def test_a_period_pack_only_adds_up_numbers_already_published(app, first, second, before):
    """A period's pack shows a count only where every consultation's own pack shows its part, and then their sum:
    so it is built from published numbers alone, and no period, however chosen or subtracted, uncovers a hidden one."""
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    with factories.rolled_back(app):
        org = factories.organisation()
        earlier = factories.consultation(org, opens_on=date(2025, 9, 1))
        spring = factories.consultation(org, opens_on=date(2026, 5, 1))
        autumn = factories.consultation(org, opens_on=date(2026, 10, 1))
        from participation.boards import periods
        from participation.distribution import services
        from participation.distribution.models import GroupKind

        groups = [None] + [services.save_group(org.id, name, GroupKind.OTHER, 20).id for name in ("Forum", "Home")]
        for wave, people in ((earlier, before), (spring, first), (autumn, second)):
            questions = {q.key: q for q in builder.questions_of(wave, wave.live_version or None)}
            for band, group, listened, themes in people:
                _store(wave, questions, band, groups[group], listened, themes)
        year = periods.parse("2026-27")
        whole = pack.build_period(org.id, year)
        own = {item.id: pack.build(item) for item in (spring, autumn)}
        # A consultation whose own pack hides how many answered is left out of every figure, and named as left out.
        counted = [item for item in (spring, autumn) if own[item.id].respondents.shown]
        assert [key for key, _name in whole.consultations] == [item.id for item in counted]
        assert [key for key, _name in whole.left_out] == [item.id for item in (spring, autumn) if item not in counted]
        filtered = [pack.build_period(org.id, year, band=band) for band in BANDS]
        filtered += [
            pack.build_period(org.id, year, group=str(group) if group else pack.OTHER_WAYS_IN) for group in groups
        ]
        _check_pack(whole, filtered)
        parts = [_cells(own[item.id]) for item in counted]
        for where, value in _cells(whole).items():
            if where[-1] in ("Previous period",):
                continue
            each = [part.get(where, 0) for part in parts]
            if value == SUPPRESSED:
                assert SUPPRESSED in each, (where, each)
            elif value is not None:
                assert SUPPRESSED not in each and value == sum(v or 0 for v in each), (where, value, each)
        # The previous period (2025-26) is the earlier consultation's own figures, the same way.
        assert whole.previous_title == periods.parse("2025-26").label
        # The period's respondents are the sum of what the counted consultations' packs publish: never hidden.
        assert whole.respondents.count == sum(own[item.id].respondents.count for item in counted)
