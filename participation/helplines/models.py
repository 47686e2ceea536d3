from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin


class CouncilHelpline(IdMixin, TimestampMixin, Base):
    """One of a council's own numbers (emergency duty team, leaving care team, advocacy service), set by its
    organisation admin. Which audiences see it is decided by ``registry.COUNCIL_LINES``, not stored."""

    __tablename__ = "council_helpline"
    __table_args__ = (UniqueConstraint("organisation_id", "kind", name="uq_council_helpline_kind"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(30))
