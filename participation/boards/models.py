from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.db import Base, IdMixin, str_enum, utcnow


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_POSSIBLE = "not-possible"


ACTION_STATUS_NAMES = {
    ActionStatus.PLANNED.value: _l("Planned"),
    ActionStatus.IN_PROGRESS.value: _l("In progress"),
    ActionStatus.DONE.value: _l("Done"),
    ActionStatus.NOT_POSSIBLE.value: _l("Not possible"),
}


class ActionSource(enum.StrEnum):
    """Where young people said what an action answers."""

    SURVEY = "survey"  # a consultation's answers
    SESSION = "session"  # a session of a group (its notes and topics)
    POLL = "poll"  # a live poll in a room
    BOARD = "board"  # nothing young people said here: the board decided it


# At most one source is linked, and only the one ``source`` names (migration 0031).
ONE_SOURCE = (
    "(consultation_id IS NULL OR source = 'survey') AND (session_id IS NULL OR source = 'session') "
    "AND (poll_id IS NULL OR source = 'poll')"
)


class Action(IdMixin, Base):
    """A "we did" response to what young people said, in a survey, at a session or in a live poll (or to nothing
    they said: the board's own): linked to one or more themes, with who is doing it, its status and evidence.
    ``texts`` holds the worker's wording per language: {"en": {"what": ..., "reason": ...}, "pl": {...}}; English
    is required, others are the worker's translations.

    A session's or poll's action outlives it (``SET NULL``): ``source`` and ``said_on`` still say where and when it
    was said, so it never turns into something the board decided, nor vanishes from the board pack."""

    __tablename__ = "board_action"
    __table_args__ = (CheckConstraint(ONE_SOURCE, name="one_source"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    source: Mapped[ActionSource] = mapped_column(
        str_enum(ActionSource, "action_source"), default=ActionSource.SURVEY, server_default=ActionSource.SURVEY.value
    )
    consultation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("group_session.id", ondelete="SET NULL"), index=True
    )
    poll_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("live_poll.id", ondelete="SET NULL"), index=True)
    # The first day of the month young people said it (a session's, a poll's) or the board decided it: only the month
    # is ever shown. None for a survey's action, which the consultation dates.
    said_on: Mapped[date | None] = mapped_column(Date)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    texts: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus, "action_status"), default=ActionStatus.PLANNED)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    evidence_url: Mapped[str] = mapped_column(String(500), default="")
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    # Bumped on every save: a form carries the revision it was opened at, so two workers cannot overwrite each other.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))


class PledgeStatus(enum.StrEnum):
    NOT_STARTED = "not-started"
    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    DONE = "done"
    DROPPED = "dropped"


PLEDGE_STATUS_NAMES = {
    PledgeStatus.NOT_STARTED.value: _l("Not started"),
    PledgeStatus.ON_TRACK.value: _l("On track"),
    PledgeStatus.AT_RISK.value: _l("At risk"),
    PledgeStatus.DONE.value: _l("Done"),
    PledgeStatus.DROPPED.value: _l("Dropped"),
}
# A pledge's red, amber, green (or grey) rating, in words; the GOV.UK tag colour for each (the tag always carries
# the words too, never colour alone).
RAG_NAMES = {
    "red": _l("Overdue or at risk"),
    "amber": _l("Not started"),
    "green": _l("On track or done"),
    "grey": _l("Dropped"),
}
# The status of a pledge past its due date and neither done nor dropped, whatever its owner last said: "On track
# (overdue)" beside "Overdue or at risk" contradicted itself (a first-time worker's walk, issue 17).
OVERDUE_NAMES = {
    PledgeStatus.NOT_STARTED.value: _l("Overdue, not started"),
    PledgeStatus.ON_TRACK.value: _l("Overdue"),
    PledgeStatus.AT_RISK.value: _l("Overdue"),
}
RAG_TAGS = {
    "red": "govuk-tag--red",
    "amber": "govuk-tag--yellow",
    "green": "govuk-tag--green",
    "grey": "govuk-tag--grey",
}


class Pledge(IdMixin, Base):
    """A promise a corporate parent made to children in care or care leavers, tracked until it is kept or dropped."""

    __tablename__ = "pledge"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_role: Mapped[str] = mapped_column(String(200), default="")
    # {"en": {"text": ...}, "ar": {"text": ...}}: English required, others the worker's translations.
    texts: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    made_at: Mapped[str] = mapped_column(String(200), default="")
    made_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    consultation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("consultation.id", ondelete="SET NULL"))
    status: Mapped[PledgeStatus] = mapped_column(
        str_enum(PledgeStatus, "pledge_status"), default=PledgeStatus.NOT_STARTED
    )
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    updates: Mapped[list[PledgeUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="PledgeUpdate.on.desc(), PledgeUpdate.at.desc()"
    )
    verdicts: Mapped[list[PledgeVerdict]] = relationship(
        cascade="all, delete-orphan", order_by="PledgeVerdict.recorded_on.desc()"
    )


class PledgeUpdate(IdMixin, Base):
    """A dated status update with evidence: the pledge's history, never edited."""

    __tablename__ = "pledge_update"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    pledge_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    status: Mapped[PledgeStatus] = mapped_column(str_enum(PledgeStatus, "pledge_update_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_url: Mapped[str] = mapped_column(String(500), default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Verdict(enum.StrEnum):
    KEPT = "kept"
    PARTLY = "partly"
    NOT_KEPT = "not-kept"
    TOO_EARLY = "too-early"


VERDICT_NAMES = {
    Verdict.KEPT.value: _l("Kept"),
    Verdict.PARTLY.value: _l("Partly kept"),
    Verdict.NOT_KEPT.value: _l("Not kept"),
    Verdict.TOO_EARLY.value: _l("Too early to say"),
}


class PledgeVerdict(IdMixin, Base):
    """What the children in care council or care leavers forum think: was the pledge kept, and why."""

    __tablename__ = "pledge_verdict"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    pledge_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    group_name: Mapped[str] = mapped_column(String(200))
    verdict: Mapped[Verdict] = mapped_column(str_enum(Verdict, "pledge_verdict_value"))
    why: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))


class ReferenceFigure(IdMixin, Base):
    """A figure to read an indicator against, entered with its source (e.g. a national survey's result)."""

    __tablename__ = "reference_figure"
    __table_args__ = (
        UniqueConstraint("organisation_id", "question_key", "age_band", "label", name="uq_reference_figure"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    question_key: Mapped[str] = mapped_column(String(60))
    age_band: Mapped[str] = mapped_column(String(20), default="")
    label: Mapped[str] = mapped_column(String(200))
    percent: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(500))
