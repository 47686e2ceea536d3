"""Every worrying word reaches a person: each free-text answer is read by a named person.

The screen (``engine``) misses disclosures written in ways nobody listed, and the councils' own practice is that a
person reads what children write. So every free-text answer gets a read state when it is stored, and is "read" only
when a named person says so, from the comments page or the safeguarding queue; nothing is read by being scrolled past.

The screen only decides the order (``Priority``): possible disclosures first, then comments in a language or script
Heard has no word list for (the screen could not read them), then negative ones, then the rest. A comment left unread
longer than the organisation allows (working days: ``Organisation.read_disclosures_within`` for the first two kinds,
``read_comments_within`` for the rest) is escalated once to the people who read comments, by the pluggable sender and
never with the words themselves. A reader who sees a worry the screen missed opens a safeguarding case from the comment
in one step; the case is marked "found by a person", and those cases are the list to learn from (``found_by_people``).
"""

from __future__ import annotations

import enum
import statistics
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from flask_babel import ngettext
from sqlalchemy import ColumnElement, false, func, not_, or_, select, true

from participation.accounts.models import Role, User
from participation.analysis.duty import add_working_days, first_with, leads
from participation.analysis.models import AnswerAnalysis, CaseAnswer, CaseStatus, CommentReading, SafeguardingCase
from participation.analysis.sentiment import NEGATIVE, band
from participation.audit import services as audit
from participation.db import this_hour, utcnow
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.organisations.models import Organisation
from participation.reporting.suppression import Cell, protect, within
from participation.responses.models import Answer

if TYPE_CHECKING:  # triage imports this module; the case view is needed here for its type only
    pass


class Priority(enum.IntEnum):
    """The order comments are read in: lower first."""

    DISCLOSURE = 0  # a possible disclosure (the screen flagged it, or a person opened a case)
    UNLISTED = 1  # a language or script with no word list: the screen could not read it
    NEGATIVE = 2  # a score that leans negative (scored in English only: ``sentiment.band``)
    REST = 3


# These wait no longer than a possible disclosure: nobody but a person can tell whether they are one.
URGENT = frozenset({Priority.DISCLOSURE, Priority.UNLISTED})


def priority(analysis: AnswerAnalysis | None, has_case: bool = False) -> Priority:
    if analysis is None:
        return priority_of(has_case=has_case)
    return priority_of(analysis.safeguarding, analysis.listed, analysis.sentiment, has_case)


def priority_of(
    safeguarding: bool = False, listed: bool = True, sentiment: float | None = None, has_case: bool = False
) -> Priority:
    """``priority`` from the analysis's columns, for a list read without loading each analysis row."""
    if safeguarding or (has_case and listed):
        return Priority.DISCLOSURE
    if not listed:
        # Its case (every unreadable answer has one) does not make it a flagged disclosure: it says what it is.
        return Priority.UNLISTED
    if sentiment is not None and band(sentiment) == NEGATIVE:
        return Priority.NEGATIVE
    return Priority.REST


def aware(moment: datetime) -> datetime:
    """SQLite gives back naive times (stored in UTC); PostgreSQL aware ones."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def arrived(
    answer: Answer, consultation_id: uuid.UUID, at: datetime | None = None, *, new: bool = False
) -> CommentReading:
    """The read state of a newly stored free-text answer (unread), or the one it already has (``new``: an answer
    stored in this transaction, which cannot have one)."""
    reading = None if new else db.session.get(CommentReading, answer.id)
    if reading is None:
        reading = CommentReading(
            answer_id=answer.id,
            organisation_id=answer.organisation_id,
            consultation_id=consultation_id,
            arrived_at=this_hour(at),
        )
        db.session.add(reading)
    return reading


def arrived_on(day: date) -> datetime:
    """For an answer stored before its hour was kept: the start of the day it was sent."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def reading_of(organisation_id: uuid.UUID, answer_id: uuid.UUID) -> CommentReading | None:
    """One comment's read state, only in the signed-in organisation and only while the answer still has words."""
    return db.session.scalar(
        select(CommentReading)
        .join(Answer, Answer.id == CommentReading.answer_id)
        .where(
            CommentReading.answer_id == answer_id,
            CommentReading.organisation_id == organisation_id,
            Answer.said(),
        )
    )


def mark_read(reading: CommentReading, user: User) -> bool:
    """A named person has read it. Returns False if someone already had (the first reader is kept)."""
    if reading.read_at is not None:
        return False
    reading.read_by_id, reading.read_at = user.id, this_hour()
    db.session.flush()
    return True


def mark_answer_read(answer_id: uuid.UUID | None, user: User) -> None:
    """A safeguarding lead's decision on a case is a reading of its words."""
    if answer_id is not None and (reading := db.session.get(CommentReading, answer_id)) is not None:
        mark_read(reading, user)


class AlreadyACaseError(Exception):
    """The comment is already in the safeguarding queue."""


@dataclass(frozen=True)
class Placed:
    """Where a worrying answer went: the case, and whether it is a new one or the response's case it joined."""

    case: SafeguardingCase
    opened: bool
    already: bool = False  # it was in a case before


def place(answer: Answer, consultation_id: uuid.UUID, found_by: User | None = None) -> Placed:
    """Put a worrying answer in a safeguarding case: one case per response, so it joins the case already open on
    another answer of the same response while that case is still new (nobody has acted on it); otherwise (no case,
    or one a lead has already decided on) it opens a new case, so a new worry always reaches the queue with its own
    clock. ``found_by``: the reader who put it there because the screen missed it."""
    link = db.session.get(CaseAnswer, answer.id)
    if link is not None:
        case = db.session.get(SafeguardingCase, link.case_id)
        assert case is not None
        return Placed(case, opened=False, already=True)
    case = db.session.scalar(
        select(SafeguardingCase)
        .join(CaseAnswer, CaseAnswer.case_id == SafeguardingCase.id)
        .join(Answer, Answer.id == CaseAnswer.answer_id)
        .where(
            SafeguardingCase.organisation_id == answer.organisation_id,
            Answer.response_id == answer.response_id,
            SafeguardingCase.status == CaseStatus.NEW,
        )
        .order_by(SafeguardingCase.flagged_at, SafeguardingCase.id)
        .limit(1)
    )
    opened = case is None
    if case is None:
        case = SafeguardingCase(
            organisation_id=answer.organisation_id,
            consultation_id=consultation_id,
            answer_id=answer.id,
            status=CaseStatus.NEW,
            found_by_person=found_by is not None,
            opened_by_id=found_by.id if found_by else None,
        )
        db.session.add(case)
    case.answers.append(
        CaseAnswer(
            answer_id=answer.id,
            organisation_id=answer.organisation_id,
            found_by_person=found_by is not None,
            found_by_id=found_by.id if found_by else None,
        )
    )
    db.session.flush()
    return Placed(case, opened)


def open_case(answer: Answer, consultation_id: uuid.UUID, user: User) -> Placed:
    """A reader saw a worry the screen missed: the answer goes into a safeguarding case marked "found by a person"
    (its response's new case, or a new one: ``place``), and the comment is read."""
    placed = place(answer, consultation_id, found_by=user)
    if placed.already:
        raise AlreadyACaseError
    mark_read(arrived(answer, consultation_id), user)
    db.session.flush()
    return placed


def _working_days(organisation: Organisation | None, urgent: bool) -> int:
    if organisation is None:
        return 1 if urgent else 5
    return organisation.read_disclosures_within if urgent else organisation.read_comments_within


def due(reading: CommentReading, rank: Priority, organisation: Organisation | None) -> datetime:
    return add_working_days(aware(reading.arrived_at), _working_days(organisation, rank in URGENT))


@dataclass(frozen=True)
class Unread:
    reading: CommentReading
    rank: Priority
    due: datetime
    case: SafeguardingCase | None


def _states(
    *, organisation_id: uuid.UUID | None = None, consultation_id: uuid.UUID | None = None, unread_only: bool = False
) -> list[Unread]:
    """Each comment that still has its words, with its place in the reading order and when it is due: the one query
    behind escalation, the unread counts and the reading figures."""
    query = (
        select(CommentReading, AnswerAnalysis, SafeguardingCase)
        .join(Answer, Answer.id == CommentReading.answer_id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == CommentReading.answer_id)
        .outerjoin(CaseAnswer, CaseAnswer.answer_id == CommentReading.answer_id)
        .outerjoin(SafeguardingCase, SafeguardingCase.id == CaseAnswer.case_id)
        .where(Answer.said())
    )
    if unread_only:
        query = query.where(CommentReading.read_at.is_(None))
    if organisation_id is not None:
        query = query.where(CommentReading.organisation_id == organisation_id)
    if consultation_id is not None:
        query = query.where(CommentReading.consultation_id == consultation_id)
    organisations: dict[uuid.UUID, Organisation | None] = {}
    result = []
    for reading, analysis, case in db.session.execute(query).all():
        if reading.organisation_id not in organisations:
            organisations[reading.organisation_id] = db.session.get(Organisation, reading.organisation_id)
        rank = priority(analysis, case is not None)
        result.append(Unread(reading, rank, due(reading, rank, organisations[reading.organisation_id]), case))
    return result


def _unread(organisation_id: uuid.UUID | None = None, consultation_id: uuid.UUID | None = None) -> list[Unread]:
    return _states(organisation_id=organisation_id, consultation_id=consultation_id, unread_only=True)


def readers(organisation_id: uuid.UUID, urgent: bool) -> Sequence[User]:
    """Who is told a comment waits too long: the safeguarding leads for possible disclosures and comments the screen
    could not read, the participation workers for the rest (the organisation admins where there are none)."""
    if urgent:
        return leads(organisation_id)
    return first_with(organisation_id, (Role.PARTICIPATION_WORKER, Role.ORGANISATION_ADMIN))


def escalate(now: datetime | None = None) -> int:
    """Tell the readers about comments left unread past their organisation's deadline: one email per consultation
    and kind to each reader, never with the words. Each comment is escalated once. A possible disclosure still new
    in the queue is left to the case's own escalation (``triage.escalate``), so nobody gets the same news twice.
    Returns how many comments were escalated."""
    now = now or utcnow()
    late: dict[tuple[uuid.UUID, uuid.UUID, bool], list[CommentReading]] = defaultdict(list)
    for item in _unread():
        if item.reading.escalated_at is not None or item.due >= now:
            continue
        if item.case is not None and item.case.status == CaseStatus.NEW:
            continue
        late[(item.reading.organisation_id, item.reading.consultation_id, item.rank in URGENT)].append(item.reading)
    escalated = 0
    for (organisation_id, consultation_id, urgent), readings in late.items():
        link = absolute(f"/staff/consultations/{consultation_id}/comments")
        if urgent:
            subject = "Heard: comments that may need a safeguarding lead have waited too long unread"
            what = (
                "may disclose harm, or are in a language Heard cannot screen, and nobody has marked them read "
                "within the time your organisation set"
            )
        else:
            subject = "Heard: comments from young people are waiting to be read"
            what = "have not been marked read within the time your organisation set"
        body = (
            f"{len(readings)} comment(s) young people wrote {what}. Sign in to Heard and read them: {link}\n\n"
            "This email does not contain what they wrote."
        )
        for user in readers(organisation_id, urgent):
            send(to=user.email, kind="unread-comments", organisation_id=organisation_id, subject=subject, body=body)
        for reading in readings:
            reading.escalated_at = now
        audit.record(
            "unread-comments-escalated",
            organisation_id=organisation_id,
            subject=str(consultation_id),
            count=len(readings),
            urgent=urgent,
        )
        escalated += len(readings)
    db.session.flush()
    return escalated


# --- how many were read, and how fast (the consultation's page and the board pack) ------------------------------------


@dataclass(frozen=True)
class ReadingFigures:
    """Comments read and how fast, protected like every other count (``suppression``)."""

    comments: Cell
    read: Cell
    unread: Cell
    read_in_time: Cell  # read by their deadline
    late: Cell  # unread and past their deadline
    median_hours: int | None  # from arriving to being read, to the hour; only on a base that can be published

    @property
    def median_text(self) -> str | None:
        if self.median_hours is None:
            return None
        if self.median_hours < 48:
            return str(ngettext("%(num)d hour", "%(num)d hours", self.median_hours))
        return str(ngettext("%(num)d day", "%(num)d days", self.median_hours // 24))


def _urgent() -> ColumnElement[bool]:
    """``priority(...) in URGENT`` as SQL, over the joins of ``_states``: a possible disclosure, an answer with a
    case, or one the screen could not read (no analysis counts as neither flagged nor unreadable)."""
    return or_(
        func.coalesce(AnswerAnalysis.safeguarding, false()),
        CaseAnswer.answer_id.is_not(None),
        not_(func.coalesce(AnswerAnalysis.listed, true())),
    )


def figures(consultation_id: uuid.UUID, limit: int, now: datetime | None = None) -> ReadingFigures:
    """Comments read and how fast, counted in the database: comments alike in when they arrived, when they were
    read (both kept to the hour) and how urgent they are share one deadline, so each such group is one row."""
    now = now or utcnow()
    urgent = _urgent().label("urgent")
    rows = db.session.execute(
        select(CommentReading.organisation_id, CommentReading.arrived_at, CommentReading.read_at, urgent, func.count())
        .join(Answer, Answer.id == CommentReading.answer_id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == CommentReading.answer_id)
        .outerjoin(CaseAnswer, CaseAnswer.answer_id == CommentReading.answer_id)
        .where(CommentReading.consultation_id == consultation_id, Answer.said())
        .group_by(CommentReading.organisation_id, CommentReading.arrived_at, CommentReading.read_at, urgent)
    ).all()
    counts = {"in-time": 0, "late-read": 0, "waiting": 0, "overdue": 0}
    hours: list[float] = []
    organisations: dict[uuid.UUID, Organisation | None] = {}
    # Comments that arrived in one hour and are alike in urgency share a deadline: worked out once for all of them.
    deadlines: dict[tuple[uuid.UUID, datetime, bool], datetime] = {}
    for organisation_id, arrived_at, read_at, is_urgent, count in rows:
        if organisation_id not in organisations:
            organisations[organisation_id] = db.session.get(Organisation, organisation_id)
        arrived_at = aware(arrived_at)
        key = (organisation_id, arrived_at, bool(is_urgent))
        if key not in deadlines:
            deadlines[key] = add_working_days(arrived_at, _working_days(organisations[organisation_id], key[2]))
        deadline = deadlines[key]
        if read_at is not None:
            read_at = aware(read_at)
            counts["in-time" if read_at <= deadline else "late-read"] += count
            hours += [max(0.0, (read_at - arrived_at).total_seconds() / 3600)] * count
        else:
            counts["overdue" if deadline < now else "waiting"] += count
    whole, read, unread, read_parts, unread_parts = protected(counts, limit)
    median = int(statistics.median(hours)) if hours and read.shown and len(hours) >= limit else None
    return ReadingFigures(whole, read, unread, read_parts["in-time"], unread_parts["overdue"], median)


def protected(counts: dict[str, int], limit: int) -> tuple[Cell, Cell, Cell, dict[str, Cell], dict[str, Cell]]:
    """Comments (the whole), read and unread (which split it), then read in time or late, and unread still in time
    or late, each pair split against its own published total: so no part can be worked out by subtracting one
    published figure from another, and a large late backlog is not hidden because a handful were read late."""
    whole, (by_state,) = protect(
        sum(counts.values()),
        [{"read": counts["in-time"] + counts["late-read"], "unread": counts["waiting"] + counts["overdue"]}],
        limit,
    )
    read_parts = within(by_state["read"], {"in-time": counts["in-time"], "late-read": counts["late-read"]}, limit)
    unread_parts = within(by_state["unread"], {"waiting": counts["waiting"], "overdue": counts["overdue"]}, limit)
    return whole, by_state["read"], by_state["unread"], read_parts, unread_parts


# --- the list to learn from -------------------------------------------------------------------------------------------


def unread_by_consultation(organisation_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, int]]:
    """Consultation -> (unread comments to read first, all unread comments)."""
    counts: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])
    for item in _unread(organisation_id):
        counts[item.reading.consultation_id][0] += item.rank in URGENT
        counts[item.reading.consultation_id][1] += 1
    return {consultation_id: (urgent, total) for consultation_id, (urgent, total) in counts.items()}


def unread_count(organisation_id: uuid.UUID, consultation_id: uuid.UUID | None = None) -> int:
    return len(_unread(organisation_id, consultation_id))
