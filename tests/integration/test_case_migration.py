"""Migration 0021 on data made before it: each case gets its answer and response, two cases already open on one
response stay two (each keeps its own decisions and audit), and a score kept on a possible disclosure goes. Run on a
database of its own (SQLite, or PostgreSQL beside the test one), since it moves the schema down and up again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from flask import Flask
from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import AnswerAnalysis, CaseAnswer, CaseNote, CaseStatus, SafeguardingCase
from participation.audit import services as audit
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.surveys import builder
from tests import factories
from tests.migrating import own_database


@pytest.fixture(scope="module")
def migrated() -> Iterator[Flask]:
    from flask_migrate import upgrade

    with own_database("case_migration") as application:
        with application.app_context():
            upgrade()
        yield application


def test_old_cases_get_their_answer_and_two_on_one_response_stay_two(migrated):
    from flask_migrate import downgrade, upgrade

    with migrated.app_context():
        org = factories.organisation("Oldcase Council")
        consultation = factories.consultation(org, code="old")
        lead, _secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        {q.key: q for q in builder.questions_of(consultation, consultation.live_version or None)}
        response = factories.stored_response(
            consultation,
            {"best-thing": "he hits me", "one-change": "i dont feel safe at home"},
            submitted_on=date(2026, 1, 12),
        )
        # As 0019 stored them: one case per answer, a score on each flagged answer, a decision on the first.
        old = []
        for answer in response.answers:
            db.session.add(
                AnswerAnalysis(
                    answer_id=answer.id,
                    organisation_id=org.id,
                    consultation_id=consultation.id,
                    language="en",
                    sentiment=0.5,
                    safeguarding=True,
                    risk_terms=["hits me"],
                    analysed_on=date(2026, 1, 12),
                )
            )
            case = SafeguardingCase(organisation_id=org.id, consultation_id=consultation.id, answer_id=answer.id)
            db.session.add(case)
            old.append(case)
        db.session.flush()
        old[0].status = CaseStatus.ACKNOWLEDGED
        old[0].notes.append(
            CaseNote(organisation_id=org.id, user_id=lead.id, status=CaseStatus.ACKNOWLEDGED, text="Rang school")
        )
        audit.record("safeguarding-case-updated", organisation_id=org.id, user_id=lead.id, subject=str(old[0].id))
        db.session.commit()
        case_ids = [case.id for case in old]
        answer_ids = [answer.id for answer in response.answers]
        db.session.close()  # the migrations run on a connection of their own
        downgrade(revision="0019")
        upgrade()
        db.session.close()

        cases = [db.session.get(SafeguardingCase, case_id) for case_id in case_ids]
        assert [[link.answer_id for link in case.answers] for case in cases] == [[a] for a in answer_ids]
        assert not any(link.found_by_person for link in db.session.scalars(select(CaseAnswer)))
        # Each keeps its own decision, notes and audit entry; they are linked to each other on the case page.
        assert cases[0].status == CaseStatus.ACKNOWLEDGED and [n.text for n in cases[0].notes] == ["Rang school"]
        assert cases[1].status == CaseStatus.NEW and not cases[1].notes
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.subject == str(case_ids[0]))) is not None
        assert [case.id for case in triage.related(cases[1])] == [case_ids[0]]
        assert all(db.session.get(AnswerAnalysis, a).sentiment is None for a in answer_ids)
