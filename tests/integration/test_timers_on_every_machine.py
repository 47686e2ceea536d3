"""The timers run on every machine (deploy/heard-*.timer), and each of their commands does its work on one machine at
a time: while another machine holds the work's lock, a run says so and changes nothing; once it is let go, the next
run does the work. Without the lock, two machines escalating at once would both email the safeguarding leads about
the same case, and two mail relays would send the same message twice.

The lock is PostgreSQL's (an advisory lock); on SQLite, one machine by nature, the commands simply run.
"""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.notifications.services import send
from participation.ops.one_machine import LOCK_SPACE, lock_key, one_machine_at_a_time
from participation.responses.models import Draft
from tests import factories
from tests.integration.test_disclosures_kept import DISCLOSURE
from tests.integration.test_mail_relay import FakeSMTP
from tests.journey import Journey

OTHER_MACHINE = "Another machine is doing this"


@pytest.fixture()
def postgresql(app) -> None:
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("the lock is PostgreSQL's (TEST_DATABASE_URL is not PostgreSQL)")


@contextmanager
def held_elsewhere(app, work: str) -> Iterator[None]:
    """Another machine's run of ``work``: its lock, held on a connection of its own."""
    with app.app_context():
        connection = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    key = {"space": LOCK_SPACE, "key": lock_key(work)}
    try:
        assert connection.scalar(text("SELECT pg_try_advisory_lock(:space, :key)"), key)
        yield
    finally:
        connection.execute(text("SELECT pg_advisory_unlock(:space, :key)"), key)
        connection.close()


def test_the_mail_relay_sends_nothing_while_another_machine_relays(app, postgresql, monkeypatch):
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    FakeSMTP.sent, FakeSMTP.fail_for = [], set()
    monkeypatch.setitem(app.config, "HEARD_SMTP_HOST", "mail.council.example")
    with app.test_request_context():
        send(to="priya@example.org", subject="Invitation", body="Use the link", kind="invitation")
        db.session.commit()
    runner = app.test_cli_runner()
    with held_elsewhere(app, "mail relay"):
        result = runner.invoke(args=["mail", "relay"])
        assert result.exit_code == 0, result.output
        assert OTHER_MACHINE in result.output
        assert FakeSMTP.sent == []
        with app.app_context():
            assert db.session.scalar(select(OutboxMessage.sent_at)) is None
    result = runner.invoke(args=["mail", "relay"])
    assert result.exit_code == 0 and "Sent 1 message(s)" in result.output, result.output
    assert [to for to, _subject, _body in FakeSMTP.sent] == ["priya@example.org"]


def test_escalation_waits_for_the_machine_already_escalating(app, postgresql):
    with app.app_context():
        factories.consultation(factories.organisation("Timershire Council"), code="tm")
    journey = Journey(app.test_client(), "tm")
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": DISCLOSURE})  # written, never sent
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        draft.disclosure_at = datetime.now(UTC) - timedelta(hours=25)
        db.session.commit()
    runner = app.test_cli_runner()
    # Both commands open the same cases, so they take the same lock.
    for command in (["analysis", "escalate"], ["analysis", "sweep-drafts"]):
        with held_elsewhere(app, "safeguarding escalation"):
            result = runner.invoke(args=command)
            assert result.exit_code == 0 and OTHER_MACHINE in result.output, result.output
            assert "Opened" not in result.output
    result = runner.invoke(args=["analysis", "escalate"])
    assert result.exit_code == 0 and "Opened 1 case(s)" in result.output, result.output


def test_the_retention_purge_waits_for_the_machine_already_purging(app, postgresql):
    runner = app.test_cli_runner()
    with held_elsewhere(app, "retention purge"):
        result = runner.invoke(args=["retention", "purge", "--today", "2026-03-02"])
        assert result.exit_code == 0 and OTHER_MACHINE in result.output, result.output
    result = runner.invoke(args=["retention", "purge", "--today", "2026-03-02"])
    assert result.exit_code == 0 and OTHER_MACHINE not in result.output, result.output


def test_the_lock_is_let_go_when_the_work_is_done_or_fails(app, postgresql):
    with app.app_context():
        with one_machine_at_a_time("retention purge") as mine:
            assert mine
        with pytest.raises(RuntimeError), one_machine_at_a_time("retention purge") as mine:
            assert mine
            raise RuntimeError("the work failed")
    with held_elsewhere(app, "retention purge"):
        pass  # free again: a failed run never keeps the next one out
