"""The safeguarding queue: cases, their status and notes, and escalation when nobody acknowledges one in time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from participation.accounts.models import User
from participation.analysis import keeping, reading
from participation.analysis.duty import add_working_days, leads
from participation.analysis.engine import classify
from participation.analysis.models import AnswerAnalysis, CaseNote, CaseStatus, Removal, SafeguardingCase
from participation.audit import services as audit
from participation.db import utcnow
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.responses.models import Answer, Response
from participation.surveys.pictures import described

OPEN = keeping.OPEN


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def overdue(case: SafeguardingCase, now: datetime | None = None) -> bool:
    """Still new one working day after it was flagged."""
    return case.status == CaseStatus.NEW and add_working_days(_aware(case.flagged_at)) < (now or utcnow())


@dataclass(frozen=True)
class CaseView:
    case: SafeguardingCase
    text: str
    age_band: str
    language: str | None
    risk_terms: tuple[str, ...]
    pseudonymous: bool
    group_id: uuid.UUID | None
    # What happened to the words, and when: deleted by the young person, erased, purged, never sent.
    removal: Removal | None = None
    removed_on: date | None = None

    @property
    def overdue(self) -> bool:
        return overdue(self.case)

    @property
    def words_gone(self) -> bool:
        """The case was closed after its answer was removed, so its words went as the removal asked."""
        return self.removal is not None and not self.text


def _view(case: SafeguardingCase) -> CaseView:
    if case.answer_id is None:
        kept = case.kept or {}
        group = kept.get("group_id")
        return CaseView(
            case,
            described(kept.get("pictures"), kept.get("text")),
            kept.get("age_band") or "",
            kept.get("language"),
            tuple(kept.get("risk_terms") or ()),
            bool(kept.get("pseudonymous")),
            uuid.UUID(group) if group else None,
            case.removal,
            case.removed_on,
        )
    answer = db.session.get(Answer, case.answer_id)
    assert answer is not None
    response = db.session.get(Response, answer.response_id)
    assert response is not None
    analysis = db.session.get(AnswerAnalysis, answer.id)
    return CaseView(
        case,
        # Pictures picked instead of typing are named before any words (surveys.pictures.described).
        described(answer.pictures, answer.text),
        response.age_band,
        analysis.language if analysis else None,
        tuple(analysis.risk_terms or ()) if analysis else (),
        response.invite_pseudonym is not None,
        response.group_id,
    )


def queue(organisation_id: uuid.UUID, show_closed: bool = False) -> list[CaseView]:
    """Open cases, oldest first (the longest waiting matters most); closed ones too when asked."""
    query = select(SafeguardingCase).where(SafeguardingCase.organisation_id == organisation_id)
    if not show_closed:
        query = query.where(SafeguardingCase.status.in_(OPEN))
    return [_view(case) for case in db.session.scalars(query.order_by(SafeguardingCase.flagged_at))]


def get(organisation_id: uuid.UUID, case_id: uuid.UUID) -> CaseView | None:
    case = db.session.scalar(
        select(SafeguardingCase).where(
            SafeguardingCase.id == case_id, SafeguardingCase.organisation_id == organisation_id
        )
    )
    return _view(case) if case is not None else None


class NotYoursToCloseError(Exception):
    """The person who erased a case's answers tried to close it too: a second person must."""


def update(case: SafeguardingCase, status: CaseStatus, note: str, user: User) -> None:
    """Record a decision: the new status and why, kept as a note that is never edited. Closing a case whose answer
    was removed lets its kept words go (``keeping.closing``)."""
    if status not in OPEN and not keeping.may_close(case, user):
        raise NotYoursToCloseError
    if status != CaseStatus.NEW and case.acknowledged_at is None:
        case.acknowledged_at = utcnow()
    case.status = status
    case.notes.append(CaseNote(organisation_id=case.organisation_id, user_id=user.id, status=status, text=note.strip()))
    # Deciding on a case is reading its words.
    reading.mark_answer_read(case.answer_id, user)
    keeping.closing(case)


def escalate(now: datetime | None = None) -> list[SafeguardingCase]:
    """Tell the safeguarding leads about every case still new after one working day (once per case)."""
    now = now or utcnow()
    escalated = []
    for case in db.session.scalars(
        select(SafeguardingCase).where(
            SafeguardingCase.status == CaseStatus.NEW, SafeguardingCase.escalated_at.is_(None)
        )
    ):
        if not overdue(case, now):
            continue
        for user in leads(case.organisation_id):
            send(
                to=user.email,
                kind="safeguarding-escalation",
                organisation_id=case.organisation_id,
                subject="Heard: a possible disclosure has waited more than one working day",
                body=(
                    "An answer that may disclose harm was flagged more than one working day ago and nobody has "
                    "acknowledged it yet. Sign in to Heard and open the safeguarding queue: "
                    f"{absolute(f'/staff/safeguarding/{case.id}')}\n\nThis email does not contain the answer."
                ),
            )
        case.escalated_at = now
        audit.record("safeguarding-escalated", organisation_id=case.organisation_id, subject=str(case.id))
        escalated.append(case)
    db.session.flush()
    return escalated


@dataclass(frozen=True)
class Found:
    view: CaseView
    caught_now: bool  # the screen as it is today would flag these words


def found_by_people(organisation_id: uuid.UUID) -> list[Found]:
    """Cases a reader opened because the screen missed a worry, newest first, each with whether today's word lists
    catch it: the list to read when the lists change (and to add to a development set)."""
    cases = db.session.scalars(
        select(SafeguardingCase)
        .where(SafeguardingCase.organisation_id == organisation_id, SafeguardingCase.found_by_person.is_(True))
        .order_by(SafeguardingCase.flagged_at.desc())
    )
    result = []
    for case in cases:
        view = _view(case)
        result.append(Found(view, bool(view.text) and classify(view.text).safeguarding))
    return result
