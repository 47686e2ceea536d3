"""The live view's by-day chart names its days (issue 15: "the by-day chart has no dates"): dates under the bars,
the range in its caption, and the table beside it gives every day's date with the same numbers."""

from __future__ import annotations

import re
from datetime import date

from participation.accounts.models import Role
from participation.extensions import db
from participation.reporting.services import LiveView
from participation.reporting.suppression import Cell
from tests import factories
from tests.integration.test_erasure import answer as stored_answer
from tests.pages import fetch

OPENS, CLOSES = date(2026, 1, 5), date(2026, 1, 25)  # 21 days; the answers arrive on 12 January


def test_the_by_day_chart_names_its_days_and_its_table_gives_each_date(app, client):
    with app.app_context():
        org = factories.organisation()
        consultation = factories.consultation(org, code="days", opens_on=OPENS, closes_on=CLOSES)
        for _person in range(6):
            stored_answer(consultation, "fine thanks")
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        db.session.commit()
        consultation_id = consultation.id
    factories.sign_in(client, worker, secret)
    page = fetch(client, f"/staff/consultations/{consultation_id}/responses")
    chart = page.select_one("figure#by-day")
    assert chart.figcaption.get_text(strip=True) == "Responses by day, from 5 January 2026 to 25 January 2026"
    svg = chart.svg
    assert svg["aria-labelledby"] == "days-caption days-title" and svg.title.get_text(strip=True)
    # Dates under the bars: the first day, the last, and a few evenly between, left to right.
    labels = [(float(text["x"]), text.get_text(strip=True)) for text in svg.select("text.heard-chart__day")]
    assert [label for _x, label in labels] == ["5 Jan", "10 Jan", "15 Jan", "20 Jan", "25 Jan"]
    assert [x for x, _label in labels] == sorted(x for x, _label in labels)
    assert all(0 <= x <= 400 for x, _label in labels)
    # One bar, on the 12th, the eighth day of 21: under the 12th's place on the axis.
    (bar,) = svg.select("rect.heard-chart__bar")
    slot = 400 / 21
    assert float(bar["x"]) // slot == 7
    # The table gives every day by its date, with the same numbers.
    rows = chart.find_next("table").select("tbody tr")
    assert len(rows) == 21
    assert rows[0].time["datetime"] == "2026-01-05" and rows[-1].time["datetime"] == "2026-01-25"
    assert rows[7].th.get_text(strip=True) == "Mon 12 Jan 2026" and rows[7].td.get_text(strip=True) == "6"
    assert all(re.fullmatch(r"\w{3} \d{1,2} \w{3,4} 2026", row.th.get_text(strip=True)) for row in rows)


def test_a_short_or_long_window_names_each_day_at_most_once_and_never_more_than_five():
    for days in (1, 2, 3, 5, 6, 121):
        view = LiveView(total=Cell(0), started=Cell(0))
        view.by_day = [(date.fromordinal(OPENS.toordinal() + offset), Cell(0)) for offset in range(days)]
        places = [place for place, _day in view.day_labels]
        assert places == sorted(set(places)) and len(places) == min(days, 5)
        assert places[0] == 0 and places[-1] == days - 1
