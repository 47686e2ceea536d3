from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin


class Organisation(IdMixin, TimestampMixin, Base):
    """A council (or trust) using Heard. Every organisation-owned row carries ``organisation_id``."""

    __tablename__ = "organisation"

    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    feedback_email: Mapped[str | None] = mapped_column(String(200))
    # Keep identifiers listed with personal invite codes, encrypted, so a safeguarding lead can (with a second
    # person's approval) find out who wrote a worrying answer. Off unless the organisation's process needs it.
    identity_vault: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Compare indicators with the average of other organisations that opted in (never one council on its own).
    compare_opt_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A draft with a possible disclosure left unsent for 24 hours opens a safeguarding case (the start page says so).
    read_unsent_disclosures: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # Working days a comment may wait unread before the people who read comments are told: possible disclosures
    # (and comments the screen has no word list for), then the rest.
    read_disclosures_within: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    read_comments_within: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    # Requests for an advocate or a call back (participation.contact) go to the members holding this role (a
    # ``Role`` value: participation worker, safeguarding lead or organisation admin), and admins; they acknowledge
    # each within this many working days, or are told once.
    contact_requests_role: Mapped[str] = mapped_column(
        String(30), default="participation-worker", server_default="participation-worker"
    )
    contact_acknowledge_within: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
