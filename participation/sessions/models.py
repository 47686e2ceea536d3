from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.analysis.models import QuoteStatus
from participation.db import Base, IdMixin, TimestampMixin, str_enum

# The question key a safeguarding case gives words said in a session (its case page names the session).
SESSION_QUESTION_KEY = "session"


class GroupSession(IdMixin, TimestampMixin, Base):
    """One meeting of a group. Attendance is counts by age band (``{"12-17": 9}``), never names: a council's members
    list stays outside Heard. No attendance recorded (a session started before anyone came, or nobody counted) is an
    empty dict, which boards read as "not recorded", never as nobody; a band typed as 0 is kept as 0."""

    __tablename__ = "group_session"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("participant_group.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    run_by: Mapped[str] = mapped_column(String(120), default="")
    # The topics the young people chose, in their words, in the order they gave them.
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    attendance: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # Raised by every change of the session's details (``services.change_session``): a worker saving over a change
    # saved since they opened the form is told, and nothing is overwritten.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The worker who recorded it: the person a safeguarding lead asks about words said there ("who ran it" is free
    # text, often "the young people").
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    # The shared screen for the room: the keyed hash of the key held by the one device a worker handed to the room
    # (signed out there), and when it was opened; it closes when the worker closes it or after ``ROOM_HOURS``.
    room_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    room_opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When the worker closed the shared screen (to the hour): words sent from it for ``ROOM_GRACE_HOURS`` after are
    # still kept, so a young person who was still typing does not lose them.
    room_closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NoteSource(enum.StrEnum):
    WORKER = "worker"  # typed by the worker
    YOUNG_PERSON = "young-person"  # typed by a young person on the shared screen in the room


class SessionNote(IdMixin, Base):
    """What young people said, one row per note: two workers saving notes at once each add their own row, so
    neither overwrites the other. Read by the same analysis as a survey comment. No time is kept (TRUST.md: no exact
    timestamp with an answer): the session's day is enough."""

    __tablename__ = "session_note"

    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("group_session.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    source: Mapped[NoteSource] = mapped_column(str_enum(NoteSource, "session_note_source"))
    text: Mapped[str] = mapped_column(Text)
    # The young person agreed their words may be quoted (without their name).
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(12))
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    sentiment: Mapped[float | None] = mapped_column(Float)
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    listed: Mapped[bool] = mapped_column(Boolean, default=True)
    # A worker's decision on quoting a note its writer agreed to have quoted: the words as approved (names taken
    # out), kept with the note so no quote outlives the words it came from.
    quote_status: Mapped[QuoteStatus | None] = mapped_column(str_enum(QuoteStatus, "session_quote_status"))
    quote_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    quote_decided_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("staff_user.id", ondelete="SET NULL")
    )
    quote_decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A keyed hash of the one-time token of the shared screen's page it was sent from: unique, so a double tap (or
    # Back and send again) stores the words once.
    sent_once: Mapped[str | None] = mapped_column(String(64), unique=True)
    # A young person's own note is read by a named person within the organisation's deadline for possible
    # disclosures, as the shared screen promises (``services.unread_notes``): the hour it arrived (no finer, as a
    # survey comment's), who read it and when, and when it was escalated for waiting too long. A worker's note is
    # read by the worker who typed it: none of these.
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    read_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ActivityKind(enum.StrEnum):
    RECRUITMENT_PANEL = "recruitment-panel"
    TAKEOVER = "takeover"
    INSPECTION = "inspection"
    OTHER = "other"


ACTIVITY_NAMES = {
    ActivityKind.RECRUITMENT_PANEL.value: _l("Recruitment panel"),
    ActivityKind.TAKEOVER.value: _l("Takeover"),
    ActivityKind.INSPECTION.value: _l("Inspection by young inspectors"),
    ActivityKind.OTHER.value: _l("Other activity"),
}


class ParticipationActivity(IdMixin, TimestampMixin, Base):
    """Young people taking part beyond a session: on an interview panel, a takeover day, inspecting a service."""

    __tablename__ = "participation_activity"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind, "activity_kind"))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    young_people: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")


class PublishedQuarter(IdMixin, Base):
    """A quarter's counts of people as boards see them: attendance by age band and young people per kind of activity
    (``{"12-17": 40, "activity:takeover": 12}``), taken again, count by count, only once the recorded count has moved
    by at least the suppression threshold (``services.take_figures``). Counts that followed every change told anyone
    who read them before and after what one session's attendance was, or what it was changed by (the outside review
    of the forums and meetings). No row: nothing has changed since the counts were first published, and the counts
    as recorded are the ones shown."""

    __tablename__ = "participation_published"
    __table_args__ = (UniqueConstraint("organisation_id", "quarter", name="uq_participation_published_quarter"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    quarter: Mapped[date] = mapped_column(Date)  # the quarter's first day
    figures: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
