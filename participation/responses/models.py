from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ColumnElement, Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid, or_
from sqlalchemy import text as sa_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.db import Base, IdMixin


class Draft(IdMixin, Base):
    """Answers in progress. Held on the server so a slow child, a lost page or another device loses nothing.

    Only keyed hashes of the device token and the resume code are stored; dates, never times.
    """

    __tablename__ = "draft"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    resume_expires_on: Mapped[date | None] = mapped_column(Date)
    age_band: Mapped[str] = mapped_column(String(20))
    band_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_active_on: Mapped[date] = mapped_column(Date)
    response_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    invite_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("invite_code.id", ondelete="SET NULL"), index=True
    )
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("participant_group.id", ondelete="SET NULL"))
    # Someone (a worker or carer at a group session) helped; who, is never recorded.
    assisted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Answered in the easy version (simpler words and pictures), by the young person's choice or their invite card's.
    easy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Set, rounded up to the hour, while the draft holds a possible disclosure that has not been sent: where the
    # organisation reads unsent disclosures, a case opens 24 hours later (``keeping.sweep_unsent``). Never an exact
    # time.
    disclosure_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Response(IdMixin, Base):
    """One submitted set of answers, stored under a pseudonym with no IP address, user agent or exact time."""

    __tablename__ = "response"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    # The draft it came from: a unique key, so a double tap or a second tab stores exactly one response.
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    receipt_hash: Mapped[str] = mapped_column(String(64), unique=True)
    age_band: Mapped[str] = mapped_column(String(20), index=True)
    language: Mapped[str] = mapped_column(String(8))
    submitted_on: Mapped[date] = mapped_column(Date, index=True)
    # The published version of the consultation that was answered.
    consultation_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Answered in the easy version (simpler words and pictures); the age band stays the young person's own.
    easy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("participant_group.id", ondelete="SET NULL"), index=True
    )
    # Set when the response came through a personal invite code: the keyed pseudonym, never the identifier.
    invite_pseudonym: Mapped[str | None] = mapped_column(String(64))
    quote_consent: Mapped[bool | None] = mapped_column(Boolean)
    # Set by the retention purge: the free text is gone and the pseudonyms are random, so nothing leads to a person.
    purged: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    answers: Mapped[list[Answer]] = relationship(back_populates="response", cascade="all, delete-orphan")


# The answers a person reads one by one (``Answer.said``): a few in a hundred of all answers, listed on their own so
# the reading figures tell a comment from a purged one (its words gone) without reading every answer (migration 0030).
SAID = "text IS NOT NULL OR pictures IS NOT NULL"


class Answer(IdMixin, Base):
    __tablename__ = "answer"
    __table_args__ = (Index("ix_answer_said", "id", postgresql_where=sa_text(SAID), sqlite_where=sa_text(SAID)),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    response_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("response.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("question.id", ondelete="CASCADE"), index=True)
    question_key: Mapped[str] = mapped_column(String(60), index=True)
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    text: Mapped[str | None] = mapped_column(Text)
    # A free-text question answered (or also answered) by picking pictures in the easy version: their values in
    # ``participation.surveys.pictures.PICTURE_ANSWERS``. Read, themed and screened as the answer, like ``text``.
    pictures: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    declined: Mapped[bool] = mapped_column(Boolean, default=False)

    response: Mapped[Response] = relationship(back_populates="answers")

    @classmethod
    def said(cls) -> ColumnElement[bool]:
        """The answers a person reads one by one (comments): free text, or pictures picked instead of typing."""
        return or_(cls.text.is_not(None), cls.pictures.is_not(None))
