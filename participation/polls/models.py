from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint, Uuid, false
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin, str_enum


class PollKind(enum.StrEnum):
    ONE = "one"  # choose one
    UP_TO_THREE = "up-to-three"  # choose up to three
    RANK = "rank"  # put every option in order
    FACES = "faces"  # a face scale from very unhappy to very happy
    WORD = "word"  # one word (or a few), screened like a survey comment


KIND_NAMES = {
    PollKind.ONE.value: _l("Choose one"),
    PollKind.UP_TO_THREE.value: _l("Choose up to three"),
    PollKind.RANK.value: _l("Put in order"),
    PollKind.FACES.value: _l("Face scale"),
    PollKind.WORD.value: _l("One word"),
}


# The question key a safeguarding case gives a word said in a live poll (its case page names the poll's question).
POLL_QUESTION_KEY = "poll"


class PollStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class WordState(enum.StrEnum):
    """Whether a word answer may be shown on the projector: only once a worker has approved it, and never one the
    safeguarding screen flagged."""

    WAITING = "waiting"
    APPROVED = "approved"
    HIDDEN = "hidden"
    FLAGGED = "flagged"


class Poll(IdMixin, TimestampMixin, Base):
    """One question asked in a room, answered at ``/p/<code>``; ``screen_key`` lets a projector page read the results
    for as long as it is left open, without the worker's session (which ends after hours)."""

    __tablename__ = "live_poll"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("participant_group.id", ondelete="SET NULL"), index=True
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    # The session it was asked in, if any: the session's page lists its polls. Deleting the session keeps the poll
    # (and its results), and deleting the poll keeps the session.
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("group_session.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str] = mapped_column(String(12), unique=True)
    screen_key: Mapped[str] = mapped_column(String(64), unique=True)
    question: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PollKind] = mapped_column(str_enum(PollKind, "poll_kind"))
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The question and options in the organisation's other languages, as a worker gave them:
    # {"pl": {"question": "...", "options": ["...", ""]}}; an empty string (or none) reads in English. Answers keep
    # the option's index, so results count per option whatever language it was read in. "answered": true once
    # someone has answered in that language: its saved words then stay as they are (services.translate).
    texts: Mapped[dict[str, dict[str, Any]]] = mapped_column(JSON, default=dict, server_default="{}")
    status: Mapped[PollStatus] = mapped_column(str_enum(PollStatus, "poll_status"), default=PollStatus.OPEN)
    # When a worker closed it: a word someone was still typing is kept for ``services.LATE_WORD_HOURS`` after.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The figures as shown: the choices of the answers they count, taken again only once at least the suppression
    # threshold of new answers has come in (services.answer). Live figures that moved with every answer told anyone
    # watching the projector what the person who had just put their phone down chose (the outside review, issue 17).
    shown_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    shown_choices: Mapped[list[Any]] = mapped_column(JSON, default=list)


class PollAnswer(IdMixin, Base):
    """One phone's (or one pass of the tablet's) answer. ``device`` is a keyed hash of a random token this phone keeps
    for this poll: unique per poll, so a second answer from one phone is refused by the database itself. No time is
    kept (TRUST.md: no exact timestamp with an answer)."""

    __tablename__ = "live_poll_answer"
    __table_args__ = (UniqueConstraint("poll_id", "device", name="uq_live_poll_answer_device"),)

    poll_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("live_poll.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    device: Mapped[str] = mapped_column(String(64))
    # Indexes into the poll's options: the one chosen, up to three chosen, or every option in the order ranked.
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    word: Mapped[str | None] = mapped_column(String(40))
    word_state: Mapped[WordState | None] = mapped_column(str_enum(WordState, "poll_word_state"))
    # A word is read by a person by a deadline (``services.unread_words``): the hour it arrived, no finer (a word kept
    # before arrival hours were kept is due from the hour its poll was made), and when the workers were told it had
    # waited too long (each word once). A decision on it (show, hide, send to the safeguarding lead) reads it.
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Sent in the grace period after the poll closed (``services.keep_late_word``): read, never shown on the
    # projector, never counted in the results.
    late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
