"""A young person's request for an advocate or a call back, and the notes staff keep on it."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.db import Base, IdMixin, str_enum, utcnow


class ContactKind(enum.StrEnum):
    ADVOCATE = "advocate"  # an independent advocate, on the young person's side
    CALL_BACK = "call-back"  # their participation worker (or whoever the organisation names) gets in touch


class ContactSource(enum.StrEnum):
    """The page a request was asked from, kept (encrypted, with the details) so that nobody reads a request made from
    the help page, a live poll or a session's shared screen as if it came from a survey (fourth outside review, N8)."""

    SURVEY = "survey"  # the end of a survey: its own form, /s/<code>/ask, linked from its thank-you page
    HELP = "help"
    POLL = "poll"
    ROOM = "room"


class ContactStatus(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


KIND_NAMES = {
    ContactKind.ADVOCATE.value: _l("An advocate"),
    ContactKind.CALL_BACK.value: _l("Get in touch"),
}
SOURCE_NAMES = {
    ContactSource.SURVEY.value: _l("The end of a survey"),
    ContactSource.HELP.value: _l("The help page"),
    ContactSource.POLL.value: _l("A live poll"),
    ContactSource.ROOM.value: _l("The shared screen in a session"),
}
STATUS_NAMES = {
    ContactStatus.NEW.value: _l("New"),
    ContactStatus.ACKNOWLEDGED.value: _l("Acknowledged"),
    ContactStatus.CLOSED.value: _l("Closed"),
}


class ContactRequest(IdMixin, Base):
    """One request. It names no consultation, draft, response or receipt, and keeps only the day it was asked on:
    an hour or a minute could be joined to the time a response was sent from the same page, and the day is all the
    working-day deadline needs. Everything the young person typed (how to reach them, the name they want to be
    called, a good time, anything else, and the language of the page) is one encrypted value under the identity
    vault's key (``VAULT_KEY``), read only on the request's page, and each reading is audited."""

    __tablename__ = "contact_request"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind, "contact_kind"))
    status: Mapped[ContactStatus] = mapped_column(str_enum(ContactStatus, "contact_status"), default=ContactStatus.NEW)
    asked_on: Mapped[date] = mapped_column(Date)
    details_encrypted: Mapped[str] = mapped_column(Text)
    # A keyed digest of the same request on the same day (services.fingerprint), unique: a double tap or a form sent
    # again, even several at once, is stored once. Emptied with the details when they are purged.
    fingerprint: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The screen found a possible worry in the words (a safeguarding case was opened with them): shown on the page.
    worrying: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Worrying words skip the limit on asking (a child in danger is never refused), so they have a ceiling of their
    # own (``services.ask``): the same words sent again from one address on one day, or any worrying words once the
    # council's ceiling for the day is reached, join one request (and its one case) instead of opening another.
    # ``worry_key`` is a keyed digest (of the day, the words' letters and the address; or of the day's batch), unique
    # so that several sent at once still join one; ``batch`` the number of the day's batch the request is, for one
    # over the ceiling; ``repeats`` how many joined. No time finer than the day, as ever.
    worry_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    batch: Mapped[int | None] = mapped_column(Integer)
    repeats: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Staff actions: their own times, nothing of the young person's.
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A year after closing, what the young person typed and the notes are forgotten (``services.purge_closed``).
    purged_on: Mapped[date | None] = mapped_column(Date)

    notes: Mapped[list[ContactNote]] = relationship(cascade="all, delete-orphan", order_by="ContactNote.at")
    joined: Mapped[list[ContactRepeat]] = relationship(cascade="all, delete-orphan", order_by="ContactRepeat.number")


class ContactRepeat(IdMixin, Base):
    """What a young person typed in a request that joined another (``ContactRequest.repeats``): kept, encrypted as the
    request is, so a way to reach them or words that differ from the first are never lost. No time of its own."""

    __tablename__ = "contact_repeat"

    request_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("contact_request.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # the order it joined in: 1 for the first repeat
    details_encrypted: Mapped[str] = mapped_column(Text)


class ContactNote(IdMixin, Base):
    """A decision on a request (acknowledged, closed) with what was done: never edited, encrypted as the request is
    (a note often repeats a phone number or a name)."""

    __tablename__ = "contact_note"

    request_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("contact_request.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[ContactStatus] = mapped_column(str_enum(ContactStatus, "contact_note_status"))
    text_encrypted: Mapped[str] = mapped_column(Text, default="")


class ContactPublished(IdMixin, Base):
    """A year's counts of requests as boards see them (``{"advocate": 12, "call-back": 7, "acknowledged": 15}``) and
    the typical working days to acknowledge, taken again count by count only once the recorded count has moved by at
    least the suppression threshold (``services.take_figures``, the rule ``sessions.services`` keeps for attendance).
    Counts that followed every request told anyone who read the pack before and after one request what the hidden
    counts were (fourth outside review, F8). No row: nothing has changed since the counts were first published."""

    __tablename__ = "contact_published"
    __table_args__ = (UniqueConstraint("organisation_id", "year", name="uq_contact_published_year"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    year: Mapped[date] = mapped_column(Date)  # the financial year's first day
    figures: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # The median working days to acknowledge, taken with the acknowledged count (so it moves only when that does).
    typical_days: Mapped[float | None] = mapped_column(Float)
