"""Erasure by identifier and the retention purge (TRUST.md, Privacy): deleting is complete (answers, analysis
results, quotes, vault entries, drafts) and the suppressed figures are recounted, so they stay consistent."""

from __future__ import annotations

import secrets
from datetime import date

import pytest
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import (
    AnswerAnalysis,
    AnswerTheme,
    CaseStatus,
    Quote,
    QuoteStatus,
    Removal,
    SafeguardingCase,
)
from participation.audit.models import AuditEvent
from participation.boards import pack
from participation.distribution.models import InviteCode
from participation.distribution.services import create_batch
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.privacy.models import VaultEntry
from participation.pseudonyms import identifier_pseudonym
from participation.responses import services as responses
from participation.responses.models import Answer, Draft, Response
from participation.surveys import builder
from tests import factories
from tests.console import Console


def answer(
    consultation, text: str, *, identifier: str | None = None, band: str = "12-17", receipt: str | None = None
) -> Response:
    """A stored, analysed response with a comment and a choice, through a personal invite code when given one."""
    from participation.analysis.services import analyse_response

    questions = {q.key: q for q in builder.questions_of(consultation, consultation.live_version or None)}
    organisation_id = consultation.organisation_id
    response = Response(
        organisation_id=organisation_id,
        consultation_id=consultation.id,
        pseudonym=secrets.token_hex(16),
        submission_key=secrets.token_hex(16),
        receipt_hash=responses.receipt_hash(receipt) if receipt else secrets.token_hex(32),
        age_band=band,
        language="en",
        submitted_on=date(2026, 1, 12),
        invite_pseudonym=identifier_pseudonym(organisation_id, identifier) if identifier else None,
    )
    response.answers += [
        Answer(
            organisation_id=organisation_id,
            question_id=questions["listened-to"].id,
            question_key="listened-to",
            choices=["always"],
        ),
        Answer(
            organisation_id=organisation_id,
            question_id=questions["one-change"].id,
            question_key="one-change",
            text=text,
        ),
    ]
    db.session.add(response)
    db.session.flush()
    analyse_response(response)
    return response


def count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.fixture()
def council(app):
    with app.app_context():
        org = factories.organisation("Erasington Council")
        org.identity_vault = True
        consultation = factories.consultation(org, code="era", closes_on=date(2026, 1, 31))
        consultation.retention_days = 30
        batch = create_batch(
            consultation, count=0, group=None, age_band="12-17", identifiers=["CASE-1", "CASE-2", "CASE-3"]
        )
        mine = answer(consultation, "I want to see my brother more often", identifier="CASE-1")
        # A quote, approved, from that answer.
        comment = next(item for item in mine.answers if item.text)
        db.session.add(
            Quote(
                organisation_id=org.id,
                consultation_id=consultation.id,
                answer_id=comment.id,
                text=comment.text,
                attribution="12-17",
                status=QuoteStatus.APPROVED,
            )
        )
        for _ in range(5):
            answer(consultation, "I want to see my brother more often")
        answer(consultation, "more family time please", identifier="CASE-2")
        # An unsent draft through CASE-1's code.
        invite = db.session.scalar(
            select(InviteCode).where(
                InviteCode.batch_id == batch.id, InviteCode.pseudonym == identifier_pseudonym(org.id, "CASE-1")
            )
        )
        db.session.add(
            Draft(
                organisation_id=org.id,
                consultation_id=consultation.id,
                token_hash=secrets.token_hex(32),
                age_band="12-17",
                language="en",
                answers={"one-change": "half written"},
                last_active_on=date(2026, 1, 20),
                invite_id=invite.id,
            )
        )
        db.session.commit()
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        member = factories.staff(org, Role.BOARD_MEMBER)
    return org.id, consultation.id, worker, member


def family_time(consultation_id):
    from participation.surveys.models import Consultation

    built = pack.build(db.session.get(Consultation, consultation_id))
    return {row.theme: row.people for row in built.tables["themes"].rows}["Family time"], built.respondents.count


def test_a_worker_erases_everything_an_identifier_leads_to_and_figures_are_recounted(app, council):
    org_id, consultation_id, worker, _member = council
    with app.app_context():
        assert family_time(consultation_id) == (7, 7)
        assert count(VaultEntry, VaultEntry.organisation_id == org_id) == 3
    client = app.test_client()
    factories.sign_in(client, *worker)
    console = Console(client)
    page = console.get("/staff/erasure/")
    # Nothing typed: a clear error.
    page = console.submit({"identifier": "  "})
    assert "Enter the identifier" in page.get_text()
    # A participation worker is not told whether an identifier answered: a made-up one and a real one (whatever the
    # capitals and spaces) get the same page, and the same message once confirmed.
    made_up = console.submit({"identifier": "CASE-404"}).select_one("main").get_text(" ", strip=True)
    assert "Nothing in Heard was kept" not in made_up and "What will be erased" not in made_up
    done_nothing = console.submit({}, action=None).select_one(".govuk-notification-banner").get_text(" ", strip=True)
    with app.app_context():
        assert count(Response, Response.consultation_id == consultation_id) == 7
    console.get("/staff/erasure/")
    real = console.submit({"identifier": " case-1 "}).select_one("main").get_text(" ", strip=True)
    assert real == made_up and "brother" not in real
    with app.app_context():
        assert count(Response, Response.consultation_id == consultation_id) == 7  # nothing gone before confirming
    done = console.submit({}, action=None).select_one(".govuk-notification-banner").get_text(" ", strip=True)
    assert done == done_nothing and "Done. Heard has erased what it held under that identifier" in done
    with app.app_context():
        pseudonym = identifier_pseudonym(org_id, "CASE-1")
        assert count(Response, Response.invite_pseudonym == pseudonym) == 0
        assert count(Response, Response.consultation_id == consultation_id) == 6
        answers = select(Answer.id)
        assert count(AnswerTheme, AnswerTheme.answer_id.not_in(answers)) == 0
        assert count(AnswerAnalysis, AnswerAnalysis.answer_id.not_in(answers)) == 0
        assert count(Quote, Quote.consultation_id == consultation_id) == 0
        assert count(Draft, Draft.consultation_id == consultation_id) == 0
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 0
        assert count(VaultEntry, VaultEntry.organisation_id == org_id) == 2  # CASE-2 and CASE-3 stay
        assert count(InviteCode, InviteCode.pseudonym == pseudonym) == 0
        # The figures are counted again: 6 said family time, 6 answered.
        assert family_time(consultation_id) == (6, 6)
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier").order_by(AuditEvent.at)
        ).all()[-1]
        assert event.detail == {
            "responses": 1,
            "drafts": 1,
            "invites": 1,
            "vault_entries": 1,
            "cases_kept": 0,
            "held_back": 0,
            "cases_opened_from_drafts": 0,
        }
        assert "CASE" not in str(event.detail) and pseudonym not in str(event.detail) and event.user_id is not None


def test_an_admin_or_lead_sees_what_an_identifier_leads_to_before_erasing(app, council):
    org_id, consultation_id, _worker, _member = council
    with app.app_context():
        admin = factories.staff(db.session.get(Organisation, org_id), Role.ORGANISATION_ADMIN)
    client = app.test_client()
    factories.sign_in(client, *admin)
    console = Console(client)
    console.get("/staff/erasure/")
    page = console.submit({"identifier": "CASE-404"})
    assert "Nothing in Heard was kept under that identifier" in page.get_text()
    page = console.submit({"identifier": " case-1 "})
    text = page.get_text(" ", strip=True)
    assert "What will be erased" in text and "1 response" in text and "brother" not in text
    assert "Safeguarding cases still open (kept) 0" in text
    page = console.submit({}, action=None)
    assert "Erased 1 response" in page.get_text()
    with app.app_context():
        assert count(Response, Response.consultation_id == consultation_id) == 6


def test_only_workers_and_admins_erase_and_another_organisation_finds_nothing(app, council):
    _org_id, consultation_id, _worker, member = council
    client = app.test_client()
    factories.sign_in(client, *member)
    assert client.get("/staff/erasure/").status_code == 403
    with app.app_context():
        other = factories.organisation("Otherton Council")
        theirs = factories.staff(other, Role.ORGANISATION_ADMIN)
    client = app.test_client()
    factories.sign_in(client, *theirs)
    console = Console(client)
    console.get("/staff/erasure/")
    page = console.submit({"identifier": "CASE-1"})
    assert "Nothing in Heard was kept under that identifier" in page.get_text()
    with app.app_context():
        assert count(Response, Response.consultation_id == consultation_id) == 7


def test_retention_purge_dry_run_then_purge_with_a_moved_clock(app, council, runner):
    org_id, consultation_id, _worker, _member = council
    with app.app_context():
        mine = db.session.scalar(
            select(Response).where(Response.invite_pseudonym == identifier_pseudonym(org_id, "CASE-2"))
        )
        receipt_hash = mine.receipt_hash
        # A safeguarding case not yet dealt with keeps its answer's words.
        flagged = answer(
            db.session.get(
                __import__("participation.surveys.models", fromlist=["Consultation"]).Consultation, consultation_id
            ),
            "someone at home hurts me",
        )
        case = db.session.scalar(
            select(SafeguardingCase).where(
                SafeguardingCase.answer_id.in_(select(Answer.id).where(Answer.response_id == flagged.id))
            )
        )
        assert case is not None and case.status == CaseStatus.NEW
        db.session.commit()
        before = family_time(consultation_id)
    # Closed on 31 January with 30 days' retention: kept until 2 March.
    result = runner.invoke(args=["retention", "purge", "--dry-run", "--today", "2026-03-01"])
    assert result.exit_code == 0 and "Nothing has passed its retention period" in result.output
    result = runner.invoke(args=["retention", "purge", "--dry-run", "--today", "2026-03-02"])
    assert result.exit_code == 0, result.output
    assert (
        "era (retention ended 2026-03-02): Would remove 7 free-text answers, 1 quotes, 1 unsent drafts, "
        "3 vault entries; 8 responses unlinked from a person." in result.output
    )
    assert "Kept the words of 1 safeguarding cases not yet dealt with" in result.output and "Dry run" in result.output
    with app.app_context():
        assert count(Answer, Answer.text.is_not(None)) == 8 and count(VaultEntry) == 3  # a dry run changes nothing
    result = runner.invoke(args=["retention", "purge", "--today", "2026-03-02"])
    assert result.exit_code == 0 and "Purged 1 consultations." in result.output
    with app.app_context():
        # Every answer's words are gone; the open case keeps its own, marked with what happened, in the open queue.
        assert count(Answer, Answer.text.is_not(None)) == 0
        kept = db.session.get(SafeguardingCase, case.id)
        assert kept.status == CaseStatus.NEW and kept.answer_id is None
        assert kept.kept["text"] == "someone at home hurts me"
        assert kept.removal == Removal.RETENTION_PURGE and kept.removed_on == date(2026, 3, 2)
        assert count(Quote) == 0 and count(Draft) == 0 and count(VaultEntry) == 0
        assert count(Response, Response.invite_pseudonym.is_not(None)) == 0
        assert count(Response, Response.receipt_hash == receipt_hash) == 0
        assert count(Response, Response.purged.is_(False)) == 0
        # What is left is what the suppressed figures are counted from: the same figures as before.
        assert family_time(consultation_id) == before
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "retention-purged"))
        assert event.subject == "era" and event.detail["free_text"] == 7 and event.detail["as_of"] == "2026-03-02"
    # Run again: nothing more to take; the kept words are still reported.
    result = runner.invoke(args=["retention", "purge", "--today", "2026-03-03"])
    assert result.exit_code == 0 and "Purged 0 consultations." in result.output
    assert "Kept the words of 1 safeguarding cases" in result.output
    with app.app_context():
        lead = factories.staff(db.session.get(Organisation, org_id), Role.SAFEGUARDING_LEAD)[0]
        triage.update(db.session.get(SafeguardingCase, case.id), CaseStatus.REFERRED, "Referred to MASH", lead)
        db.session.commit()
        closed = db.session.get(SafeguardingCase, case.id)
        # Closed by a lead: the words go as the purge asked; the decision and its note stay.
        assert "text" not in closed.kept and [note.text for note in closed.notes] == ["Referred to MASH"]
    result = runner.invoke(args=["retention", "purge", "--today", "2026-03-04"])
    assert "Kept the words" not in result.output
    with app.app_context():
        assert count(Answer, Answer.text.is_not(None)) == 0
    result = runner.invoke(args=["retention", "purge", "--today", "yesterday"])
    assert result.exit_code == 2 and "--today must be a date" in result.output


def test_an_open_consultation_never_expires(app, runner):
    with app.app_context():
        consultation = factories.consultation(code="still-open")
        consultation.retention_days = 1
        answer(consultation, "a comment")
        db.session.commit()
    result = runner.invoke(args=["retention", "purge", "--today", "2099-01-01"])
    assert "still-open" not in result.output
    with app.app_context():
        assert db.session.get(Organisation, consultation.organisation_id) is not None
        assert count(Answer, Answer.text == "a comment") == 1
