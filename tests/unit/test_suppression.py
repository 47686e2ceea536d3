from participation.reporting.suppression import protect, protect_split, rate, suppress, total


def test_small_counts_are_hidden():
    cells = suppress({"a": 12, "b": 3, "c": 0, "d": 20})
    assert str(cells["b"]) == "c"


def test_a_lone_hidden_cell_takes_the_next_smallest_with_it():
    cells = suppress({"a": 12, "b": 3, "c": 9, "d": 20})
    hidden = {key for key, cell in cells.items() if not cell.shown}
    assert hidden == {"b", "c"}
    # From the total (44) and the shown cells nobody can work out b.
    shown = sum(cell.count for cell in cells.values() if cell.shown)
    assert 44 - shown == 12


def test_zero_next_to_a_hidden_cell_is_hidden_too():
    cells = suppress({"a": 3, "b": 0, "c": 30, "d": 40})
    # a and b together would be 73 - 30 - 40 = 3: c goes too, so the hidden cells add up to 33.
    assert [cells[key].shown for key in "abcd"] == [False, False, False, True]


def test_hidden_cells_never_add_up_to_a_small_number():
    cells = suppress({"a": 1, "b": 2, "c": 9, "d": 20})
    assert [cells[key].shown for key in "abcd"] == [False, False, False, True]


def test_no_percentages_on_a_small_base():
    cells = suppress({"yes": 4, "no": 0}, total_published=False)
    assert all(cell.percent is None for cell in cells.values())
    cells = suppress({"yes": 10, "no": 30})
    assert cells["yes"].percent == 25.0


def test_totals_and_rates():
    assert str(total(3)) == "c" and str(total(0)) == "0" and str(total(7)) == "7"
    assert rate(4, 100) is None and rate(30, 4) is None and rate(30, 100) == 30.0


def test_the_group_of_no_group_is_a_cell_like_any_other():
    """Found by the cross-surface property test: None is the key of "other ways in" (responses through no group).
    Taken for "no cell left to hide", it hid a whole of 24 because one group of 3 needed a partner."""
    whole, (groups,) = protect(24, [{None: 5, "a": 8, "p": 3, "f": 8}], 5)
    assert whole.count == 24
    assert groups["p"].count is None and groups[None].count is None
    assert groups["a"].count == 8 and groups["f"].count == 8
    positive, (rows,) = protect_split((12, 24), [{None: (2, 5), "a": (4, 8), "p": (2, 3), "f": (4, 8)}], 5)
    assert positive.answered.count == 24


def test_the_groups_total_is_shown_where_the_published_figures_already_tell_it():
    """Found from outside: "All the groups" showed "c" beside "Other ways in 172" and "All responses 260", so anyone
    could work out 88. A figure the published ones already give is shown; one they do not give stays hidden."""
    import uuid

    from participation.reporting.figures import Split, through_groups
    from participation.reporting.suppression import Cell

    oak, forum, parents = (type("Group", (), {"id": uuid.uuid4(), "cohort_size": 10})() for _ in range(3))
    split = Split(Cell(260), {}, {oak.id: Cell(None), forum.id: Cell(None), parents.id: Cell(80), None: Cell(172)})
    assert through_groups(split, [oak, forum, parents]) == 88
    # With a way in that is not one of the groups hidden too, the groups' total cannot be worked out: it stays hidden.
    other = uuid.uuid4()
    split = Split(
        Cell(260),
        {},
        {oak.id: Cell(None), forum.id: Cell(None), parents.id: Cell(80), None: Cell(None), other: Cell(172)},
    )
    assert through_groups(split, [oak, forum, parents]) is None
