"""A question page asks the database only what it must: the consultation with its organisation, this device's draft,
and the council's read-aloud recordings. The consultation's questions and words come from the per-process view cache
(a published version never changes). Counted, not timed: bench/question_page_time.py times it."""

from __future__ import annotations

from sqlalchemy import event

from participation.extensions import db
from tests import factories
from tests.journey import Journey


def test_a_question_page_makes_three_queries(app, client):
    with app.app_context():
        factories.consultation(code="qq")
        engine = db.engine
    journey = Journey(client, "qq")
    journey.start("12-17")
    assert journey.path == "/s/qq/q/1"
    client.get("/s/qq/q/1")  # the view cache is warm from here on
    selects: list[str] = []

    def record(_conn, _cursor, statement, *_rest):  # type: ignore[no-untyped-def]
        flat = " ".join(statement.split())
        if flat.upper().startswith("SELECT"):
            selects.append(flat)

    event.listen(engine, "before_cursor_execute", record)
    try:
        for number in (1, 2):
            assert client.get(f"/s/qq/q/{number}").status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    tables = [statement.split(" FROM ")[1].split()[0] for statement in selects]
    assert len(selects) == 6, selects
    assert tables == ["consultation", "draft", "recording"] * 2, tables
