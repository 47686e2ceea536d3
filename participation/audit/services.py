"""Writing and reading the audit log."""

from __future__ import annotations

import uuid
from typing import Any, Sequence

from sqlalchemy import select

from participation.audit.models import AuditEvent
from participation.extensions import db


def record(action: str, *, organisation_id: uuid.UUID | None = None, user_id: uuid.UUID | None = None,
           subject: str | None = None, **detail: Any) -> AuditEvent:
    """Add an audit event to the current transaction."""
    event = AuditEvent(organisation_id=organisation_id, user_id=user_id, action=action, subject=subject,
                       detail=detail)
    db.session.add(event)
    return event


def events_for(organisation_id: uuid.UUID, limit: int = 200) -> Sequence[AuditEvent]:
    return db.session.scalars(
        select(AuditEvent).where(AuditEvent.organisation_id == organisation_id)
        .order_by(AuditEvent.at.desc()).limit(limit)
    ).all()
