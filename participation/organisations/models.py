from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin


class Organisation(IdMixin, TimestampMixin, Base):
    """A council (or trust) using Heard. Every organisation-owned row carries ``organisation_id``."""

    __tablename__ = "organisation"

    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # How many days answers wait before the "you said, we did" page promises feedback; shown to young people.
    feedback_email: Mapped[str | None] = mapped_column(String(200))
