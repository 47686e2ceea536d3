"""Two-person re-identification for safeguarding (TRUST.md): a safeguarding lead asks with a reason, a second
safeguarding lead or organisation admin decides, and an approved request shows the identifier to the person who asked
for a limited time. Each step, and every time the identifier is shown, is audited. Anonymous answers cannot be traced,
and the product says so."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy import select

from participation.accounts.models import Membership, Role, User
from participation.analysis.models import Removal, SafeguardingCase
from participation.audit import services as audit
from participation.db import utcnow
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.privacy import vault
from participation.privacy.models import ReidentificationRequest, RequestStatus, VaultEntry
from participation.responses.models import Answer, Response

APPROVERS = frozenset({Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN})


class Traceable(enum.StrEnum):
    ANONYMOUS = "anonymous"  # no invite code: nobody can find out who wrote it
    NOT_KEPT = "not-kept"  # a personal code, but the identifier was not kept in the vault
    REMOVED = "removed"  # it was kept, but erasure by identifier or the retention purge has removed it since
    AVAILABLE = "available"


class RefusedError(Exception):
    """The step is not allowed; the message says why (already translated by the caller)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _invite_pseudonym(case: SafeguardingCase) -> str | None:
    """The keyed pseudonym the case's answer came with: from the answer's response, or, once the answer has been
    removed, what the case kept (only where the removal left the vault alone, see ``keeping``)."""
    if case.answer_id is None:
        return (case.kept or {}).get("invite_pseudonym")
    answer = db.session.get(Answer, case.answer_id)
    assert answer is not None
    response = db.session.get(Response, answer.response_id)
    assert response is not None
    return response.invite_pseudonym


def _pseudonymous(case: SafeguardingCase) -> bool:
    if case.answer_id is None:
        return bool((case.kept or {}).get("pseudonymous"))
    return _invite_pseudonym(case) is not None


def _entry(case: SafeguardingCase) -> VaultEntry | None:
    pseudonym = _invite_pseudonym(case)
    if not pseudonym or case.consultation_id is None:
        return None  # a live poll's word: nobody signed in, so nobody to trace
    return vault.entry_for(case.organisation_id, case.consultation_id, pseudonym)


def traceable(case: SafeguardingCase) -> Traceable:
    if not _pseudonymous(case):
        return Traceable.ANONYMOUS
    if _entry(case) is not None:
        return Traceable.AVAILABLE
    # Erasure and the purge remove the vault entry with the answers: say so, not that it was never kept.
    if case.removal in (Removal.ERASED_BY_IDENTIFIER, Removal.RETENTION_PURGE):
        return Traceable.REMOVED
    return Traceable.NOT_KEPT


def requests_for(case: SafeguardingCase) -> Sequence[ReidentificationRequest]:
    return db.session.scalars(
        select(ReidentificationRequest)
        .where(ReidentificationRequest.case_id == case.id)
        .order_by(ReidentificationRequest.requested_at.desc())
    ).all()


def get(organisation_id: uuid.UUID, request_id: uuid.UUID) -> ReidentificationRequest | None:
    return db.session.scalar(
        select(ReidentificationRequest).where(
            ReidentificationRequest.id == request_id, ReidentificationRequest.organisation_id == organisation_id
        )
    )


def pending(organisation_id: uuid.UUID) -> Sequence[ReidentificationRequest]:
    return db.session.scalars(
        select(ReidentificationRequest)
        .where(
            ReidentificationRequest.organisation_id == organisation_id,
            ReidentificationRequest.status == RequestStatus.PENDING,
        )
        .order_by(ReidentificationRequest.requested_at)
    ).all()


def recent(organisation_id: uuid.UUID, limit: int = 50) -> Sequence[ReidentificationRequest]:
    return db.session.scalars(
        select(ReidentificationRequest)
        .where(
            ReidentificationRequest.organisation_id == organisation_id,
            ReidentificationRequest.status != RequestStatus.PENDING,
        )
        .order_by(ReidentificationRequest.requested_at.desc())
        .limit(limit)
    ).all()


def approvers(organisation_id: uuid.UUID, except_user: uuid.UUID | None) -> Sequence[User]:
    return db.session.scalars(
        select(User)
        .join(Membership)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.role.in_(APPROVERS),
            User.disabled_at.is_(None),
            Membership.disabled_at.is_(None),
            User.password_hash.is_not(None),
            User.id != except_user,
        )
        .distinct()
    ).all()


def ask(case: SafeguardingCase, user: User, reason: str) -> ReidentificationRequest:
    """Ask to know who wrote a flagged answer. The other approvers are told (without the answer or the reason)."""
    if traceable(case) != Traceable.AVAILABLE:
        raise RefusedError("not-traceable")
    reason = reason.strip()
    if not reason:
        raise RefusedError("no-reason")
    open_request = db.session.scalar(
        select(ReidentificationRequest).where(
            ReidentificationRequest.case_id == case.id,
            ReidentificationRequest.requested_by_id == user.id,
            ReidentificationRequest.status == RequestStatus.PENDING,
        )
    )
    if open_request is not None:
        return open_request
    request = ReidentificationRequest(
        organisation_id=case.organisation_id, case_id=case.id, reason=reason, requested_by_id=user.id
    )
    db.session.add(request)
    db.session.flush()
    audit.record(
        "reidentification-requested",
        organisation_id=case.organisation_id,
        user_id=user.id,
        subject=str(case.id),
        request=str(request.id),
    )
    for approver in approvers(case.organisation_id, user.id):
        send(
            to=approver.email,
            kind="reidentification-request",
            organisation_id=case.organisation_id,
            subject="Heard: a colleague asks to find out who wrote a flagged answer",
            body=(
                "A safeguarding lead has asked to find out who wrote an answer that may disclose harm. A second "
                "person must approve or refuse. Sign in to Heard and open: "
                f"{absolute(f'/staff/safeguarding/requests/{request.id}')}\n\n"
                "This email does not contain the answer, the reason or anyone's identity."
            ),
        )
    return request


def decide(request: ReidentificationRequest, user: User, approve: bool, note: str) -> None:
    """Approve or refuse. The person who asked can never decide their own request."""
    if request.requested_by_id == user.id:
        raise RefusedError("same-person")
    if request.status != RequestStatus.PENDING:
        raise RefusedError("already-decided")
    now = utcnow()
    request.status = RequestStatus.APPROVED if approve else RequestStatus.REFUSED
    request.decided_by_id, request.decided_at, request.decision_note = user.id, now, note.strip()
    if approve:
        request.reveal_until = now + timedelta(minutes=current_app.config["HEARD_REVEAL_MINUTES"])
    audit.record(
        "reidentification-approved" if approve else "reidentification-refused",
        organisation_id=request.organisation_id,
        user_id=user.id,
        subject=str(request.case_id),
        request=str(request.id),
        requested_by=str(request.requested_by_id),
    )


def withdraw(request: ReidentificationRequest, user: User) -> None:
    if request.requested_by_id != user.id or request.status != RequestStatus.PENDING:
        raise RefusedError("cannot-withdraw")
    request.status = RequestStatus.WITHDRAWN
    request.decided_at = utcnow()
    audit.record(
        "reidentification-withdrawn",
        organisation_id=request.organisation_id,
        user_id=user.id,
        subject=str(request.case_id),
        request=str(request.id),
    )


@dataclass(frozen=True)
class Reveal:
    identifier: str
    until: datetime


def showing(request: ReidentificationRequest, now: datetime | None = None) -> bool:
    """Approved and still inside its time window."""
    until = _aware(request.reveal_until)
    return request.status == RequestStatus.APPROVED and until is not None and (now or utcnow()) < until


def reveal(request: ReidentificationRequest, user: User, now: datetime | None = None) -> Reveal:
    """The identifier, for the person who asked, while the approval lasts. Audited every time it is shown."""
    if request.requested_by_id != user.id:
        raise RefusedError("not-requester")
    if request.status != RequestStatus.APPROVED:
        raise RefusedError("not-approved")
    if not showing(request, now):
        raise RefusedError("not-showing")
    case = db.session.get(SafeguardingCase, request.case_id)
    assert case is not None
    entry = _entry(case)
    identifier = vault.open_entry(entry) if entry is not None else None
    if identifier is None:
        # Erased since approval, or the key that opens it has gone.
        raise RefusedError("gone")
    audit.record(
        "reidentification-revealed",
        organisation_id=request.organisation_id,
        user_id=user.id,
        subject=str(request.case_id),
        request=str(request.id),
    )
    until = _aware(request.reveal_until)
    assert until is not None
    return Reveal(identifier, until)
