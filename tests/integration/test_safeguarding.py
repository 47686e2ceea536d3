"""A possible disclosure, from the moment a child types it to a safeguarding lead's decision and escalation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis.models import AnswerAnalysis, AnswerTheme, CaseStatus, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from tests import factories
from tests.journey import Journey
from tests.pages import fetch

DISCLOSURE = "school is ok but my mums boyfriend hits me when shes out"


@pytest.fixture()
def consultation(app):
    with app.app_context():
        return factories.consultation(code="yv")


def answer_with(journey: Journey, text: str) -> None:
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": text})


def test_a_worrying_answer_gets_help_on_the_next_page_without_alarm(client, consultation):
    journey = Journey(client, "yv")
    answer_with(journey, DISCLOSURE)
    box = journey.page.select_one(".heard-safety[role=status]")
    assert box is not None
    # Exactly what the code does: read once sent; and, with the organisation's default, read after 24 hours unsent.
    assert "When you send your answers, someone will read what you wrote within one working day" in box.get_text()
    assert "If you do not send them" in box.get_text() and "after 24 hours" in box.get_text()
    assert "0800 1111" in box.get_text()
    # Shown once, not on every page after.
    journey.get(journey.path)
    assert journey.page.select_one(".heard-safety[role=status]") is None


def test_an_ordinary_answer_gets_no_such_box(client, consultation):
    journey = Journey(client, "yv")
    answer_with(journey, "I feel safe at home and I want more trips")
    assert journey.page.select_one(".heard-safety[role=status]") is None


def test_submission_analyses_text_and_opens_a_case(app, client, consultation):
    journey = Journey(client, "yv")
    answer_with(journey, DISCLOSURE)
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        analyses = db.session.scalars(select(AnswerAnalysis)).all()
        assert analyses and all(a.language == "en" for a in analyses)
        flagged = [a for a in analyses if a.safeguarding]
        # Never a sentiment score on a possible disclosure (issue 15: "+0.50" beside "I don't feel safe at home").
        assert len(flagged) == 1 and flagged[0].sentiment is None
        case = db.session.scalar(select(SafeguardingCase))
        assert case.status == CaseStatus.NEW and case.answer_id == flagged[0].answer_id
        assert "education" in {t.slug for t in db.session.scalars(select(AnswerTheme))}


def submit_disclosure(app, text: str = DISCLOSURE) -> None:
    journey = Journey(app.test_client(), "yv")
    answer_with(journey, text)
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()


def test_the_safeguarding_lead_triages_with_notes_and_everything_is_audited(app, client, consultation):
    submit_disclosure(app)
    with app.app_context():
        from participation.organisations.models import Organisation

        org = db.session.get(Organisation, consultation.organisation_id)
        lead, secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        worker, worker_secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, lead, secret)
    page = fetch(client, "/staff/safeguarding/")
    link = page.select_one("main table a")
    assert DISCLOSURE in link.get_text()
    assert "12 to 17" in page.select_one("main table tbody tr").get_text()
    case_page = fetch(client, link["href"])
    assert "cannot tell who wrote it" in case_page.get_text()
    token = case_page.find("input", {"name": "csrf_token"})["value"]
    refused = client.post(link["href"], data={"status": "no-concern", "note": "", "csrf_token": token})
    assert refused.status_code == 400 and "Write a note saying why" in refused.get_data(as_text=True)
    client.post(link["href"], data={"status": "referred", "note": "Referred to MASH, ref 123", "csrf_token": token})
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase))
        assert case.status == CaseStatus.REFERRED and case.acknowledged_at is not None
        assert [note.text for note in case.notes] == ["Referred to MASH, ref 123"]
        actions = set(db.session.scalars(select(AuditEvent.action)))
        assert {"safeguarding-queue-viewed", "safeguarding-case-viewed", "safeguarding-case-updated"} <= actions
    # A participation worker cannot open the queue.
    other = app.test_client()
    factories.sign_in(other, worker, worker_secret)
    assert other.get("/staff/safeguarding/").status_code == 403


def test_unacknowledged_cases_are_escalated_once_after_a_working_day(app, runner, consultation):
    submit_disclosure(app)
    with app.app_context():
        from participation.organisations.models import Organisation

        org = db.session.get(Organisation, consultation.organisation_id)
        factories.staff(org, Role.SAFEGUARDING_LEAD, email="lead@example.org")
        case = db.session.scalar(select(SafeguardingCase))
        # Flagged on a Friday afternoon: not overdue on Monday morning, overdue on Monday evening.
        case.flagged_at = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
        db.session.commit()
        from participation.analysis import triage

        assert triage.escalate(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) == []
        assert len(triage.escalate(datetime(2026, 11, 23, 17, 0, tzinfo=UTC))) == 1
        assert triage.escalate(datetime(2026, 11, 24, 17, 0, tzinfo=UTC)) == []
        db.session.commit()
        message = db.session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "safeguarding-escalation"))
        assert message.to == "lead@example.org" and DISCLOSURE not in message.body


def test_classify_cli_on_any_csv(runner, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(
        'id,text\n1,"my sw never rings me back"\n2,"nobody hurts me here"\n3,"a,b",extra\n'
        '4,"he hits me"\n5,""\n6,"أريد أن أرى أخي"\n',
        encoding="utf-8",
    )
    result = runner.invoke(args=["analysis", "classify", str(source)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "id,language,sentiment,themes,safeguarding"
    rows = {line.split(",")[0]: line.split(",") for line in lines[1:]}
    assert rows["1"][1] == "en" and "workers" in rows["1"][3] and rows["1"][4] == "0"
    assert rows["2"][4] == "0" and rows["4"][4] == "1"
    assert rows["6"][1] == "ar" and rows["6"][2] == "" and "family-time" in rows["6"][3]
    assert "5" in rows and rows["5"][4] == "0"
    assert "Line 4: expected 2 columns, found 3; skipped." in result.stderr


def test_rerun_keeps_worker_corrections(app, runner, consultation):
    submit_disclosure(app, "I want to see my little brother more")
    with app.app_context():
        row = db.session.scalar(select(AnswerTheme).where(AnswerTheme.slug == "family-time"))
        from participation.analysis.models import ThemeSource

        row.source, row.removed = ThemeSource.WORKER, True
        db.session.add(
            AnswerTheme(
                answer_id=row.answer_id,
                slug="being-heard",
                organisation_id=row.organisation_id,
                response_id=row.response_id,
                consultation_id=row.consultation_id,
                source=ThemeSource.WORKER,
                removed=False,
            )
        )
        db.session.commit()
    result = runner.invoke(args=["analysis", "rerun", "--consultation", "yv"])
    assert result.exit_code == 0 and "Analysed" in result.output
    with app.app_context():
        rows = {t.slug: t for t in db.session.scalars(select(AnswerTheme))}
        assert rows["family-time"].removed and rows["being-heard"].source.value == "worker"
