"""A draft's ordinary answer commits without waiting for the disk (``transactions.need_not_wait_for_the_disk``: on
PostgreSQL ``synchronous_commit`` off for that transaction alone; issue 16, about 4 ms an answer on the bench
machine). A possible disclosure, the sent response and everything else still wait for it, so they outlast even a power
cut.

Which commits may skip the wait is the question page's choice, watched here on both databases; what the choice does on
PostgreSQL is read from the server itself, in a transaction of its own (the tests' own rolled-back transaction would
carry the setting on to every later commit of the test)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from participation import transactions
from participation.extensions import db
from participation.responses import routes
from tests import factories
from tests.journey import Journey

WORRYING = "my stepdad hits me when mum is out"


@pytest.fixture()
def relaxed(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The question pages that said their commit need not wait for the disk, in order."""
    said: list[str] = []
    real = routes.need_not_wait_for_the_disk

    def spy() -> None:
        from flask import request

        said.append(request.path)
        real()

    monkeypatch.setattr(routes, "need_not_wait_for_the_disk", spy)
    return said


def _to_text_question(journey: Journey) -> None:
    """Answer the choice questions until a page asks for typed words."""
    for _ in range(20):
        assert journey.page is not None
        if journey.page.select_one("textarea[name=answer], input.govuk-input[name=answer]"):
            return
        journey.answer_current()
    raise AssertionError("no question asks for typed words")


def test_an_ordinary_answer_need_not_wait_for_the_disk_and_a_worrying_one_must(app, client, relaxed):
    with app.app_context():
        factories.consultation(code="disk")
    journey = Journey(client, "disk")
    journey.start("12-17")
    assert relaxed == [], "starting a draft must wait for the disk"
    journey.answer_current()  # a choice
    assert len(relaxed) == 1 and "/q/" in relaxed[0], relaxed
    _to_text_question(journey)
    before = len(relaxed)
    journey.answer_current(text=WORRYING)
    assert len(relaxed) == before, "a possible disclosure must wait for the disk"
    journey.answer_current(choose="skip")
    assert len(relaxed) == before + 1, "a question skipped need not wait"


def test_sending_the_answers_waits_for_the_disk(app, client, relaxed):
    with app.app_context():
        factories.consultation(code="sent")
    journey = Journey(client, "sent")
    journey.start("12-17")
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    said = len(relaxed)
    journey.submit_current()
    assert journey.path.endswith("/done"), journey.h1()
    assert len(relaxed) == said


def test_on_postgresql_the_setting_holds_for_that_transaction_alone(app):
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("PostgreSQL only: SQLite's WAL with synchronous=NORMAL never waits for the disk at a commit")
        with app.test_request_context():
            session = Session(bind=db.engine)
            original = db.session
            db.session = lambda: session  # type: ignore[assignment]  # the helper asks db.session() for the session
            try:
                assert session.execute(text("SHOW synchronous_commit")).scalar() == "on"
                transactions.need_not_wait_for_the_disk()
                assert session.execute(text("SHOW synchronous_commit")).scalar() == "off"
                session.commit()
                assert session.execute(text("SHOW synchronous_commit")).scalar() == "on"
            finally:
                db.session = original
                session.close()
