from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, utcnow


class OutboxMessage(IdMixin, Base):
    """An email as the default sender keeps it: written here for a person (or a mail relay job) to pick up."""

    __tablename__ = "outbox_message"

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    to: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
