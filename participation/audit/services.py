"""Writing and reading the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from participation.audit.models import AuditEvent
from participation.db import utcnow
from participation.extensions import db

# Refusals of one person within this long become one row with a count: the first is recorded at once, the rest
# add to it, so a signed-in user cannot flood the audit log by asking again and again.
REFUSAL_WINDOW = timedelta(hours=1)
REFUSALS_LISTED = 100


def record(
    action: str,
    *,
    organisation_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    subject: str | None = None,
    **detail: Any,
) -> AuditEvent:
    """Add an audit event to the current transaction."""
    event = AuditEvent(organisation_id=organisation_id, user_id=user_id, action=action, subject=subject, detail=detail)
    db.session.add(event)
    return event


def record_refusal(
    action: str, *, organisation_id: uuid.UUID | None, user_id: uuid.UUID, subject: str, **detail: Any
) -> AuditEvent:
    """Audit a refused request (``authorisation-refused``, ``lookup-refused``). The first refusal of this kind for
    this person in the window is a new row, at once; later ones raise its ``count``, note when the latest was
    (``last_at``) and list what was asked for (``also``, the first ``REFUSALS_LISTED``), so a flood of refusals is
    one row that says how many."""
    since = utcnow() - REFUSAL_WINDOW
    event = db.session.scalar(
        select(AuditEvent)
        .where(
            AuditEvent.action == action,
            AuditEvent.user_id == user_id,
            AuditEvent.organisation_id == organisation_id,
            AuditEvent.at >= since,
        )
        .order_by(AuditEvent.at.desc())
        .limit(1)
        .with_for_update()
    )
    if event is None:
        return record(action, organisation_id=organisation_id, user_id=user_id, subject=subject, count=1, **detail)
    kept = dict(event.detail or {})
    also = list(kept.get("also") or [])
    if len(also) < REFUSALS_LISTED:
        also.append({"subject": subject, **detail})
    # A new dict, so the JSON column is seen as changed.
    event.detail = {
        **kept,
        "count": int(kept.get("count") or 1) + 1,
        "also": also,
        "last_at": utcnow().isoformat(timespec="seconds"),
    }
    return event


def refusals_in(event: AuditEvent) -> list[dict[str, Any]]:
    """Each refusal an aggregated row lists, the first one first: its subject and detail."""
    detail = dict(event.detail or {})
    first = {
        "subject": event.subject,
        **{key: value for key, value in detail.items() if key not in ("count", "also", "last_at")},
    }
    return [first, *(dict(entry) for entry in detail.get("also") or [])]


def events_for(organisation_id: uuid.UUID, limit: int = 200) -> Sequence[AuditEvent]:
    return db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.organisation_id == organisation_id)
        .order_by(AuditEvent.at.desc())
        .limit(limit)
    ).all()
