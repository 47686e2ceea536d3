from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, utcnow


class AuditEvent(IdMixin, Base):
    """One audited action. Never holds a password, a code, an answer or an identifier in the clear."""

    __tablename__ = "audit_event"

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(60), index=True)
    subject: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
