"""A question page asks the database only what it must: the consultation with its organisation (and a stamp of the
council's read-aloud recordings), and this device's draft. The consultation's questions and words come from the
per-process view cache (a published version never changes), the recordings from a per-process cache kept under their
stamp. Counted, not timed: bench/question_page_time.py times it."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from participation.audio.models import Recording
from participation.extensions import db
from tests import factories
from tests.journey import Journey


@pytest.mark.parametrize("recordings", [0, 2])
def test_a_question_page_makes_two_queries(app, client, recordings):
    """With or without recordings: the stamp read with the consultation must match the one the recordings are kept
    under, or every page would read them again."""
    with app.app_context():
        consultation = factories.consultation(code="qq")
        for number in range(recordings):
            db.session.add(
                Recording(
                    organisation_id=consultation.organisation_id,
                    language="en",
                    text_digest=f"digest{number}",
                    text=f"words {number}",
                    file=f"file{number}",
                    seconds=1.0,
                    size=100,
                )
            )
        db.session.commit()
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
    # The table each statement reads (its last FROM: the recordings' stamp is a subquery in the consultation's).
    tables = [statement.rsplit(" FROM ", 1)[1].split()[0] for statement in selects]
    assert len(selects) == 4, selects
    assert tables == ["consultation", "draft"] * 2, tables
