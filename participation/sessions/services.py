"""Sessions of a group and participation activity: the only place their rows are read or written, and the one place
their figures for boards are worked out (through ``reporting.suppression``, like every other table)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from participation.analysis.engine import Result, shown_sentiment
from participation.analysis.models import SafeguardingCase, words_case
from participation.analysis.pictured import classify_answer
from participation.analysis.services import organisation_matcher
from participation.boards.periods import Period, parse
from participation.distribution.models import Group
from participation.extensions import db
from participation.reporting.suppression import Cell, combine, combine_maps, suppress, total
from participation.sessions.models import (
    SESSION_QUESTION_KEY,
    ActivityKind,
    GroupSession,
    NoteSource,
    ParticipationActivity,
    SessionNote,
)
from participation.surveys.models import BAND_NAMES

MAX_NOTE = 2000
MAX_TOPICS = 12
MAX_ATTENDANCE = 999


def create_session(
    organisation_id: uuid.UUID,
    group_id: uuid.UUID,
    held_on: date,
    run_by: str,
    topics: Sequence[str],
    attendance: Mapping[str, int],
) -> GroupSession:
    """Record a session: its day, group, who ran it, the topics young people chose and how many came in each band."""
    row = GroupSession(
        organisation_id=organisation_id,
        group_id=group_id,
        held_on=held_on,
        run_by=run_by,
        topics=list(topics),
        attendance={band: int(count) for band, count in attendance.items() if band in BAND_NAMES and count},
    )
    db.session.add(row)
    db.session.flush()
    return row


def sessions_for(organisation_id: uuid.UUID) -> Sequence[GroupSession]:
    return db.session.scalars(
        select(GroupSession)
        .where(GroupSession.organisation_id == organisation_id)
        .order_by(GroupSession.held_on.desc(), GroupSession.id)
    ).all()


def get_session(organisation_id: uuid.UUID, session_id: uuid.UUID) -> GroupSession | None:
    """One of this organisation's sessions; another's is not found."""
    return db.session.scalar(
        select(GroupSession).where(GroupSession.id == session_id, GroupSession.organisation_id == organisation_id)
    )


def group_names(organisation_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return dict(db.session.execute(select(Group.id, Group.name).where(Group.organisation_id == organisation_id)).all())


def notes_of(session: GroupSession) -> Sequence[SessionNote]:
    return db.session.scalars(
        select(SessionNote).where(SessionNote.session_id == session.id).order_by(SessionNote.text, SessionNote.id)
    ).all()


def add_note(session: GroupSession, text: str, source: NoteSource, consent: bool, language: str | None) -> SessionNote:
    """Keep one note of what young people said, read by the survey comments' analysis (themes, language, tone) and
    safeguarding screen. Each note is a row of its own: two workers saving at once both keep their words. A note that
    may be a disclosure (or in a language the screen has no list for) opens a safeguarding case."""
    reading = classify_answer(text, None, organisation_matcher(session.organisation_id), language)
    worrying = needs_a_person(reading)
    note = SessionNote(
        session_id=session.id,
        organisation_id=session.organisation_id,
        source=source,
        text=text,
        consent=consent,
        language=reading.language,
        themes=list(reading.themes),
        sentiment=shown_sentiment(reading.sentiment, reading.safeguarding, reading.listed),
        safeguarding=reading.safeguarding,
        listed=reading.listed,
    )
    db.session.add(note)
    db.session.flush()
    if worrying:
        open_case(note, reading)
    return note


def needs_a_person(reading: Result) -> bool:
    """A possible disclosure, or words in a language the screen has no list for: a safeguarding lead reads them."""
    return reading.safeguarding or not reading.listed


def open_case(note: SessionNote, reading: Result) -> SafeguardingCase:
    """Put a worrying note in the safeguarding queue with its clock, as a survey comment's case is. The case keeps
    the words itself, so it outlives the note."""
    case = words_case(
        note.organisation_id,
        SESSION_QUESTION_KEY,
        note.text,
        reading.risk_terms,
        reading.language,
        session_note_id=note.id,
    )
    db.session.add(case)
    db.session.flush()
    return case


# --- activity ---------------------------------------------------------------------------------------------------------


def add_activity(
    organisation_id: uuid.UUID, kind: ActivityKind, held_on: date, young_people: int, description: str
) -> ParticipationActivity:
    """Record young people taking part beyond a session: a recruitment panel, a takeover, an inspection."""
    row = ParticipationActivity(
        organisation_id=organisation_id,
        kind=kind,
        held_on=held_on,
        young_people=young_people,
        description=description,
    )
    db.session.add(row)
    db.session.flush()
    return row


def activities_for(organisation_id: uuid.UUID) -> Sequence[ParticipationActivity]:
    return db.session.scalars(
        select(ParticipationActivity)
        .where(ParticipationActivity.organisation_id == organisation_id)
        .order_by(ParticipationActivity.held_on.desc(), ParticipationActivity.id)
    ).all()


@dataclass(frozen=True)
class Part:
    """One quarter's figures as published: attendance by band and young people per kind of activity, each one
    ``suppress`` table with its total."""

    sessions: int
    attendance: dict[str, Cell]
    attended: Cell
    activities: dict[str, Cell]
    involved: Cell
    topics: Counter[str]


@dataclass(frozen=True)
class Summary:
    """Participation in a period for the board. A year is the sum of its quarters, cell by cell, shown only where
    every quarter showed its part (``suppression.combine``), so no choice of periods, nor subtracting one from
    another, uncovers a hidden count. Sessions held and topics count sessions, not people."""

    sessions: int
    attendance: dict[str, Cell]
    attended: Cell
    activities: dict[str, Cell]
    involved: Cell
    topics: list[tuple[str, int]]


def quarter_part(organisation_id: uuid.UUID, start: date, end: date, threshold: int) -> Part:
    """One quarter's figures (``Part``), every count of people suppressed against ``threshold``."""
    held = db.session.scalars(
        select(GroupSession).where(
            GroupSession.organisation_id == organisation_id, GroupSession.held_on.between(start, end)
        )
    ).all()
    bands: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for row in held:
        bands.update({band: int(count) for band, count in (row.attendance or {}).items() if band in BAND_NAMES})
        topics.update({topic.strip().casefold(): 1 for topic in row.topics or [] if topic.strip()})
    activity: Counter[str] = Counter()
    for kind, count in db.session.execute(
        select(ParticipationActivity.kind, ParticipationActivity.young_people).where(
            ParticipationActivity.organisation_id == organisation_id,
            ParticipationActivity.held_on.between(start, end),
        )
    ).all():
        activity[str(kind)] += count
    return publish_part(len(held), bands, activity, topics, threshold)


def publish_part(
    sessions: int, bands: Mapping[str, int], activity: Mapping[str, int], topics: Counter[str], threshold: int
) -> Part:
    """``quarter_part`` without the database: a quarter's counts of people by band and by kind of activity, each
    one ``suppress`` table with its published total."""
    attendance = {band: bands.get(band, 0) for band in BAND_NAMES}
    kinds = {kind.value: activity.get(kind.value, 0) for kind in ActivityKind}
    return Part(
        sessions=sessions,
        attendance=suppress(attendance, threshold, total_published=True),
        attended=total(sum(attendance.values()), threshold),
        activities=suppress(kinds, threshold, total_published=True),
        involved=total(sum(kinds.values()), threshold),
        topics=topics,
    )


def quarters_of(period: Period) -> list[tuple[date, date]]:
    """The quarters a period's summary adds up: a quarter is its own; a year, its four."""
    if period.is_quarter:
        return [(period.start, period.end)]
    found = [parse(f"{period.key}-q{number}") for number in range(1, 5)]
    return [(part.start, part.end) for part in found if part is not None]


def summary(organisation_id: uuid.UUID, quarters: Sequence[tuple[date, date]], threshold: int) -> Summary:
    """The period's figures: its quarters' published parts added up (``Summary``)."""
    return add_up([quarter_part(organisation_id, start, end, threshold) for start, end in quarters])


def add_up(parts: Sequence[Part]) -> Summary:
    """Quarters' published parts added up cell by cell (``suppression.combine``): a sum is shown only where every
    quarter showed its part."""
    topics: Counter[str] = Counter()
    for part in parts:
        topics.update(part.topics)
    return Summary(
        sessions=sum(part.sessions for part in parts),
        attendance=combine_maps([part.attendance for part in parts]),
        attended=combine([part.attended for part in parts]),
        activities=combine_maps([part.activities for part in parts]),
        involved=combine([part.involved for part in parts]),
        topics=sorted(topics.items(), key=lambda item: (-item[1], item[0])),
    )


def themes_raised(session: GroupSession) -> list[str]:
    """The themes of a session's notes, the most noted first: an action about the session offers them first. Not
    a count of anyone (a note is not a person), and never a possible disclosure's themes."""
    noted: Counter[str] = Counter()
    for note in notes_of(session):
        if not note.safeguarding and note.listed:
            noted.update(set(note.themes or []))
    return [slug for slug, _count in sorted(noted.items(), key=lambda item: (-item[1], item[0]))]
