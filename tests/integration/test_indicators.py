"""Headline indicators on stored responses: the right shares, suppressed wherever a number would leave Heard, and
the change since the last wave. A property test over random response sets checks no count below the threshold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from participation.boards.indicators import indicators, published_counts
from tests import factories


def answer(consultation, band: str, listened: str | None, reach: str | None = None, group=None) -> None:
    chosen = {key: value for key, value in (("listened-to", listened), ("reach-worker", reach)) if value is not None}
    factories.stored_response(
        consultation,
        {key: None if value == "declined" else [value] for key, value in chosen.items()},
        band=band,
        group_id=group,
    )


def test_shares_by_band_with_small_groups_hidden(app):
    with app.app_context():
        consultation = factories.consultation(code="ind")
        for _ in range(12):
            answer(consultation, "12-17", "always", "yes")
        for _ in range(8):
            answer(consultation, "12-17", "never", "no")
        for _ in range(6):
            answer(consultation, "care-leavers", "always", "yes")
        answer(consultation, "8-11", "never", "yes")  # one child: never published on its own
        answer(consultation, "8-11", "declined")  # declining is not an answer
        items = {item.key: item for item in indicators(consultation)}
        listened = items["listened-to"]
        assert listened.overall.answered.count == 27 and listened.overall.positive.count == 18
        assert listened.overall.percent == round(100 * 18 / 27, 1)
        # 8-11 has one answer: hidden; care leavers (the next smallest) hidden too, so 8-11 is not 27 - 20 - 6.
        assert listened.by_band["8-11"].answered.count is None
        assert listened.by_band["care-leavers"].answered.count is None
        # Those two together would be 6 positive and 1 not (the whole minus 12-17's 12 of 20): one child's answer.
        # So 12-17's share is hidden too; its size (20) is still shown.
        assert listened.by_band["12-17"].percent is None and listened.by_band["12-17"].answered.count == 20
        for _ in range(5):
            answer(consultation, "care-leavers", "never", "yes")
        listened = {item.key: item for item in indicators(consultation)}["listened-to"]
        # Now care leavers (6 of 11) and 8-11 hide 6 positive and 6 not: 12-17 can be shown.
        assert listened.by_band["12-17"].percent == 60.0
        assert listened.by_band["care-leavers"].percent is None
        assert all(count == 0 or count >= 5 for count in published_counts(items.values()))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["8-11", "12-17", "care-leavers"]),
            st.sampled_from(["always", "sometimes", "never", "declined"]),
            st.sampled_from(["yes", "no", "declined"]),
            st.sampled_from([0, 1, 2]),
        ),
        max_size=40,
    )
)
def test_no_combination_of_bands_and_groups_publishes_a_small_count(app, answers):
    with factories.rolled_back(app):
        org = factories.organisation()
        consultation = factories.consultation(org)
        groups = [None] + [factories_group(org, name) for name in ("Forum", "Council")]
        for band, listened, reach, group in answers:
            answer(consultation, band, listened, reach, groups[group])
        items = indicators(consultation)
        assert all(count == 0 or count >= 5 for count in published_counts(items))
        for item in items:
            for share in [item.overall, *item.by_band.values(), *item.by_group.values()]:
                assert share.percent is None or share.answered.count >= 5


def factories_group(org, name):
    from participation.distribution import services
    from participation.distribution.models import GroupKind

    return services.save_group(org.id, name, GroupKind.OTHER, 20).id
