"""A question page asks the database only what it must, in one query: the consultation with its organisation (and a
stamp of the council's read-aloud recordings) and this device's draft. The consultation's questions and words come
from the per-process view cache (a published version never changes), the recordings from a per-process cache kept
under their stamp. Counted, not timed: bench/question_page_time.py times it."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from participation.audio.models import Recording
from participation.extensions import db
from tests import factories
from tests.journey import Journey


@pytest.mark.parametrize("recordings", [0, 2])
def test_a_question_page_makes_one_query(app, client, recordings):
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
    assert len(selects) == 2, selects
    assert tables == ["consultation"] * 2, tables
    assert all("LEFT OUTER JOIN draft" in statement for statement in selects), selects


def test_the_one_query_asks_under_the_organisation_the_code_belongs_to_now(app):
    """The process remembers a code's organisation to hash the device's token with; a code that has come to belong to
    another organisation is asked again under that one's key, and a device's draft is only ever its own."""
    from participation.responses import services

    with app.app_context():
        consultation = factories.consultation(code="reuse")
        draft, token = services.start_draft(consultation, "12-17", "en", False)
        db.session.commit()
        engine = db.engine
        selects: list[str] = []

        def record(_conn, _cursor, statement, *_rest):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("SELECT"):
                selects.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            assert services.consultation_and_draft("reuse", token) == (consultation, draft)
            selects.clear()
            assert services.consultation_and_draft("reuse", token) == (consultation, draft)
            assert len(selects) == 1
            assert services.consultation_and_draft("reuse", "not-this-device") == (consultation, None)
            assert services.consultation_and_draft("nothing-here", token) == (None, None)
            other = factories.organisation("Elsewhere")
            consultation.organisation_id = other.id
            db.session.commit()
            # Under the new organisation's key the old token finds nothing: the device starts again.
            assert services.consultation_and_draft("reuse", token) == (consultation, None)
            theirs, their_token = services.start_draft(consultation, "8-11", "en", False)
            db.session.commit()
            selects.clear()
            assert services.consultation_and_draft("reuse", their_token) == (consultation, theirs)
            assert len(selects) == 1
        finally:
            event.remove(engine, "before_cursor_execute", record)
