"""A live poll's figures, for any answers: nothing below the threshold, no small count shown, and nothing hidden that
the total and the shown counts give away (for a poll where each person counts once: choose one, the face scale, and
who ranked each option first)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from participation.polls.models import PollKind
from participation.polls.services import tabulate

LABELS = ["A", "B", "C", "D", "E"]


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from([PollKind.ONE, PollKind.FACES, PollKind.RANK]),
    picks=st.lists(st.integers(min_value=0, max_value=4), max_size=40),
    threshold=st.integers(min_value=2, max_value=10),
)
def test_no_small_count_is_shown_or_can_be_worked_out(kind, picks, threshold):
    if kind == PollKind.RANK:
        answers = [([pick, *(index for index in range(5) if index != pick)], None, None) for pick in picks]
    else:
        answers = [([pick], None, None) for pick in picks]
    results = tabulate(kind, LABELS, answers, threshold)
    people = len(picks)
    if people < threshold:
        assert not results.enough and results.rows == []
        assert results.total.count in (None, 0)
        return
    assert results.total.count == people
    shown = [row.cell.count for row in results.rows if row.cell.count is not None]
    assert all(count == 0 or count >= threshold for count in shown)
    hidden_sum = people - sum(shown)
    assert hidden_sum == 0 or hidden_sum >= threshold
    # Every shown count is the real one.
    for row in results.rows:
        if row.cell.count is not None:
            assert row.cell.count == picks.count(LABELS.index(row.label))


def test_up_to_three_hides_small_counts():
    answers = [([0, 1], None, None)] * 6 + [([2], None, None)]
    results = tabulate(PollKind.UP_TO_THREE, ["A", "B", "C"], answers, 5)
    # The 1 is hidden, and a 6 with it: the hidden cells are then 7 between them, not a small number.
    assert [str(row.cell) for row in results.rows] == ["c", "6", "c"]


def test_words_show_only_when_approved_and_enough_have_answered():
    answers = [([], "pizza", "approved"), ([], "secret", "waiting"), ([], "worry", "flagged")]
    assert tabulate(PollKind.WORD, [], answers, 5).words == []
    more = answers + [([], "music", "approved"), ([], "games", "hidden")]
    assert tabulate(PollKind.WORD, [], more, 5).words == ["music", "pizza"]


@settings(max_examples=400, deadline=None)
@given(
    kind=st.sampled_from([PollKind.ONE, PollKind.FACES, PollKind.RANK, PollKind.UP_TO_THREE]),
    picks=st.lists(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=3, unique=True), max_size=40),
    threshold=st.integers(min_value=2, max_value=10),
)
def test_a_leader_is_named_only_where_the_figures_shown_prove_it(kind, picks, threshold):
    """The outside review of the forums and meetings: naming the option chosen most among hidden counts gave them
    away (No over Yes at 4 to 1 of 5 said No was at least 3). As a reader who knows only what is shown: whenever a
    leader is named, its count is shown and every other option's count, shown or at most what the hidden counts can
    add up to, is smaller. Rows keep the options' own order, so no order ranks hidden counts either."""
    if kind == PollKind.UP_TO_THREE:
        answers = [(pick, None, None) for pick in picks]
    elif kind == PollKind.RANK:
        answers = [([pick[0], *(index for index in range(5) if index != pick[0])], None, None) for pick in picks]
    else:
        answers = [([pick[0]], None, None) for pick in picks]
    results = tabulate(kind, LABELS, answers, threshold)
    assert [row.label for row in results.rows] in ([], LABELS)
    if results.leader is None:
        return
    people = len(picks)
    shown = {row.label: row.cell.count for row in results.rows if row.cell.count is not None}
    assert results.leader in shown
    if kind == PollKind.UP_TO_THREE:
        at_most = people if len(shown) < len(LABELS) else 0
    else:
        at_most = people - sum(shown.values())
    for row in results.rows:
        if row.label != results.leader:
            possible = row.cell.count if row.cell.count is not None else at_most
            assert possible < shown[results.leader], (row.label, possible)
