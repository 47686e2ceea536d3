"""The safeguarding and reading history behind the demo's comments: last year's cases dealt with at the time, and
when each comment arrived and was read."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from participation.accounts import services as accounts
from participation.analysis import triage
from participation.analysis.models import CaseStatus, CommentReading, SafeguardingCase
from participation.analysis.reading import aware
from participation.demo import council
from participation.extensions import db
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation


def close_previous_cases(consultation: Consultation) -> None:
    """The earlier wave's possible disclosures were dealt with at the time: none waits in today's queue."""
    lead = accounts.user_by_email(council.account_email("safeguarding-lead"))
    if lead is None:
        return
    cases = db.session.execute(
        select(SafeguardingCase, Response.submitted_on)
        .join(Answer, Answer.id == SafeguardingCase.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(SafeguardingCase.consultation_id == consultation.id, SafeguardingCase.status.in_(triage.OPEN))
    ).all()
    for case, submitted_on in cases:
        flagged = datetime.combine(submitted_on, time(9), tzinfo=UTC)
        case.flagged_at = flagged
        triage.update(case, CaseStatus.REFERRED, "Passed to the young person's worker at the time (demo).", lead)
        case.acknowledged_at = case.notes[-1].at = flagged + timedelta(hours=3)
        if (reading := db.session.get(CommentReading, case.answer_id)) is not None:
            reading.arrived_at, reading.read_at = flagged, flagged + timedelta(hours=3)
    db.session.flush()


def load_readings(consultation: Consultation, share_read: float, seed: int) -> None:
    """A realistic reading history: each comment arrived at some hour of the day it was sent, and the participation
    worker read the older ones within a few working days. The newest stay unread (some past the deadline, so the
    escalation has something to say), and so does every possible disclosure still waiting for the safeguarding lead."""
    worker = accounts.user_by_email(council.account_email("participation-worker"))
    if worker is None:
        return
    rng = random.Random(seed)
    # A possible disclosure still waiting came in when its case was flagged (today, in the demo's queue).
    waiting = dict(
        db.session.execute(
            select(SafeguardingCase.answer_id, SafeguardingCase.flagged_at).where(
                SafeguardingCase.consultation_id == consultation.id, SafeguardingCase.status.in_(triage.OPEN)
            )
        ).all()
    )
    readings = db.session.execute(
        select(CommentReading, Response.submitted_on)
        .join(Answer, Answer.id == CommentReading.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(CommentReading.consultation_id == consultation.id)
    ).all()
    for reading, submitted_on in readings:
        hour = rng.randrange(8, 22)
        if reading.answer_id in waiting:
            reading.arrived_at = waiting[reading.answer_id]
        elif reading.read_at is None:  # a case decided at the time keeps the hours it was given
            reading.arrived_at = datetime.combine(submitted_on, time(hour), tzinfo=UTC)
    readings = sorted(readings, key=lambda row: (aware(row[0].arrived_at), str(row[0].answer_id)))
    cut = int(len(readings) * share_read)
    for reading, _submitted_on in readings[:cut]:
        if reading.answer_id in waiting or reading.read_at is not None:
            continue
        reading.read_by_id = worker.id
        reading.read_at = aware(reading.arrived_at) + timedelta(hours=rng.choice((2, 5, 20, 26, 45, 70, 95)))
    db.session.flush()
