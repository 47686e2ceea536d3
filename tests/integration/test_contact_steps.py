"""The year's counts of requests for an advocate or a call back move only in steps of at least the threshold
(``contact.services.take_figures``, the rule sessions keep: ``reporting.steps``), fourth outside review F8.

The review's attack: read the year's board pack, wait for one request, read it again. The counts by kind went from
"c, c, 9" to "5, 5, 10", so the hidden kinds had been 4 and 5. Requests here are asked and decided the real way
(``services.ask``, ``services.decide``), and every count a reader sees is compared from one reading to the next."""

from __future__ import annotations

import random
from datetime import date

from participation.boards import periods
from participation.contact import services
from participation.contact.models import ContactKind, ContactPublished, ContactStatus
from participation.extensions import db
from tests.integration.test_contact_requests import _pack_rows, on_day

LIMIT = 5


def _ask(org, consultation, kind: ContactKind, number: int):
    details = services.Details(phone="07700 900123", name=f"young person {number}")
    request = services.ask(org.id, consultation.id, kind, details, "12-17")
    db.session.commit()
    return request


def _numbers(rows) -> dict[tuple[str, int], int]:
    """Every number shown in the table, by its row and column (a "c" or an empty cell is no number)."""
    return {(row[0], column): int(value) for row in rows for column, value in enumerate(row[1:3]) if value.isdigit()}


def _moves(before, after) -> dict[tuple[str, int], int]:
    old, new = _numbers(before), _numbers(after)
    return {key: new[key] - old[key] for key in old.keys() & new.keys()}


def test_one_more_request_no_longer_gives_away_the_hidden_kinds(app, askshire, monkeypatch):
    org, consultation, *_ = askshire
    year = periods.containing(date.today())
    with app.app_context():
        on_day(monkeypatch, year.start)
        for number in range(4):
            _ask(org, consultation, ContactKind.ADVOCATE, number)
        for number in range(5):
            _ask(org, consultation, ContactKind.CALL_BACK, number)
        before = _pack_rows(app, org, year)
        _ask(org, consultation, ContactKind.ADVOCATE, 4)
        after = _pack_rows(app, org, year)
    # What the review saw, and what it learned from: no longer.
    assert [row[1] for row in before] != ["c", "c", "9"] or [row[1] for row in after] != ["5", "5", "10"]
    assert all(move == 0 or abs(move) >= LIMIT for move in _moves(before, after).values()), (before, after)
    # The hidden kinds stay hidden, and the total does not move by the one request.
    assert before == after
    assert "changed by at least 5" in _note(app, org, year)


def _note(app, org, year) -> str:
    from participation.boards import pack

    with app.test_request_context():
        return str(pack.build_period(org.id, year).tables["contact-requests"].note)


def test_every_count_a_reader_sees_moves_by_0_or_at_least_the_threshold(app, askshire, monkeypatch):
    """Sixty requests asked and acknowledged in a random order, the pack read after each: no count shown in two
    readings ever moves by 1 to 4, the acknowledged are never more than the requests, and the published counts are
    never further than the threshold minus one from the records."""
    org, consultation, worker, _secret = askshire
    year = periods.containing(date.today())
    chance = random.Random(37)
    with app.app_context():
        on_day(monkeypatch, year.start)
        asked, readings = [], [_pack_rows(app, org, year)]
        for number in range(60):
            waiting = [request for request in asked if request.acknowledged_at is None]
            if waiting and chance.random() < 0.4:
                request = db.session.merge(chance.choice(waiting))
                services.decide(request, ContactStatus.ACKNOWLEDGED, "", db.session.merge(worker))
                db.session.commit()
            else:
                kind = chance.choice(list(ContactKind))
                asked.append(_ask(org, consultation, kind, number))
            readings.append(_pack_rows(app, org, year))
            numbers = _numbers(readings[-1])
            if ("All requests", 0) in numbers and ("All requests", 1) in numbers:
                assert numbers[("All requests", 1)] <= numbers[("All requests", 0)]
        recorded = services.figures(org.id, year.start, year.end)
        published = services.published(org.id, year.start, year.end)
        row = db.session.query(ContactPublished).filter_by(organisation_id=org.id).one()
        assert row.year == year.start
    for kind, count in recorded.by_kind.items():
        assert 0 <= count - published.by_kind[kind] < LIMIT
    assert 0 <= recorded.acknowledged - published.acknowledged
    for before, after in zip(readings, readings[1:], strict=False):
        assert all(move == 0 or abs(move) >= LIMIT for move in _moves(before, after).values()), (before, after)
    assert len({tuple(reading) for reading in readings}) > 3, "the figures do come up to date, in steps"
