from __future__ import annotations

import enum
import uuid
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import DateTime, Enum, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, utcnow


class VaultEntry(IdMixin, Base):
    """An identifier a worker listed when printing personal invite codes, kept only because the organisation needs
    safeguarding follow-up. Encrypted under VAULT_KEY (outside the database, separate from the pseudonym key) and
    found by the same keyed pseudonym the response carries, so nothing here links to an answer without the keys."""

    __tablename__ = "vault_entry"
    __table_args__ = (UniqueConstraint("consultation_id", "pseudonym", name="uq_vault_entry_pseudonym"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    pseudonym: Mapped[str] = mapped_column(String(64))
    identifier_encrypted: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


REQUEST_STATUS_NAMES = {
    RequestStatus.PENDING.value: _l("Waiting for a second person"),
    RequestStatus.APPROVED.value: _l("Approved"),
    RequestStatus.REFUSED.value: _l("Refused"),
    RequestStatus.WITHDRAWN.value: _l("Withdrawn"),
}


class ReidentificationRequest(IdMixin, Base):
    """A safeguarding lead asking to know who wrote a flagged answer: a second person decides, and an approved
    request shows the identifier to the person who asked for a limited time. Every step is audited."""

    __tablename__ = "reidentification_request"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("safeguarding_case.id", ondelete="CASCADE"), index=True)
    status: Mapped[RequestStatus] = mapped_column(
        Enum(
            RequestStatus,
            name="reidentification_status",
            native_enum=False,
            create_constraint=True,
            length=20,
            values_callable=lambda members: [member.value for member in members],
        ),
        default=RequestStatus.PENDING,
    )
    reason: Mapped[str] = mapped_column(Text)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    reveal_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
