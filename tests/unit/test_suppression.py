from participation.reporting.suppression import rate, suppress, total


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
