"""Sessions of a group and participation activity: the only place their rows are read or written, and the one place
their figures for boards are worked out (through ``reporting.suppression``, like every other table)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from flask import abort
from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from participation.accounts.models import Role, User
from participation.analysis import keeping
from participation.analysis.duty import add_working_days, first_with
from participation.analysis.engine import Result, shown_sentiment
from participation.analysis.models import QuoteStatus, Removal, SafeguardingCase, words_case
from participation.analysis.pictured import classify_answer
from participation.analysis.services import organisation_matcher
from participation.audit import services as audit
from participation.boards.periods import Period, parse
from participation.db import this_hour, utcnow
from participation.distribution.models import Group, may_be_named
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.organisations.models import Organisation
from participation.pseudonyms import keyed_hash, new_token
from participation.reporting import steps
from participation.reporting.figures import threshold as figures_threshold
from participation.reporting.suppression import Cell, combine, combine_maps, suppress, total
from participation.sessions.models import (
    SESSION_QUESTION_KEY,
    ActivityKind,
    GroupSession,
    NoteSource,
    ParticipationActivity,
    PublishedQuarter,
    SessionNote,
)
from participation.surveys.models import BAND_NAMES

MAX_NOTE = 2000
MAX_TOPICS = 12
MAX_ATTENDANCE = 999
# The shared screen closes itself a day after it was opened, if the worker forgot to: a device left in a cupboard
# must not keep taking notes into last month's session.
ROOM_HOURS = 24


def create_session(
    organisation_id: uuid.UUID,
    group_id: uuid.UUID,
    held_on: date,
    run_by: str,
    topics: Sequence[str],
    attendance: Mapping[str, int],
    recorded_by_id: uuid.UUID | None = None,
) -> GroupSession:
    """Record a session: its day, group, who ran it, the topics young people chose and how many came in each band.
    The quarter's published counts join it in steps (``take_figures``)."""
    held = hold_figures(organisation_id, [held_on])
    row = GroupSession(
        organisation_id=organisation_id,
        group_id=group_id,
        held_on=held_on,
        run_by=run_by,
        recorded_by_id=recorded_by_id,
        topics=list(topics),
        attendance=_attendance(attendance),
    )
    db.session.add(row)
    db.session.flush()
    take_figures(held)
    return row


def _attendance(attendance: Mapping[str, int]) -> dict[str, int]:
    # A band typed as 0 is kept: an empty dict is no attendance recorded.
    return {band: int(count) for band, count in attendance.items() if band in BAND_NAMES}


def attendance_recorded(session: GroupSession) -> bool:
    """Whether anyone counted who came: a session without attendance is "not recorded" to boards, never zero."""
    return bool(session.attendance)


class SessionChanged(Exception):
    """Someone saved the session's details after this worker opened the form: nothing was saved."""

    def __init__(self, current: GroupSession) -> None:
        super().__init__("session changed")
        self.current = current


def change_session(
    session: GroupSession,
    *,
    held_on: date,
    run_by: str,
    topics: Sequence[str],
    attendance: Mapping[str, int],
    seen_revision: int | None,
) -> list[str]:
    """Change a session's day, who ran it, topics and attendance, only if nobody has saved them since the form was
    opened at ``seen_revision`` (else ``SessionChanged``, nothing saved). The check is in the UPDATE itself, so of two
    workers saving at once exactly one succeeds. Notes are rows of their own and never touched. The published counts
    of the quarters it was and is in move only in steps (``take_figures``): boards reading them before and after
    never learn what the change was. Returns the names of the details that changed, for the audit log."""
    wanted = {
        "held_on": held_on,
        "run_by": run_by,
        "topics": list(topics),
        "attendance": _attendance(attendance),
    }
    changed = [name for name, value in wanted.items() if getattr(session, name) != value]
    held = hold_figures(session.organisation_id, [session.held_on, held_on])
    done = db.session.execute(
        update(GroupSession)
        .where(GroupSession.id == session.id, GroupSession.revision == seen_revision)
        .values(**wanted, revision=GroupSession.revision + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(session)
    if seen_revision is None or not done.rowcount:  # type: ignore[attr-defined]
        raise SessionChanged(session)
    take_figures(held)
    return changed


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


def get_session_or_404(organisation_id: uuid.UUID, session_id: uuid.UUID) -> GroupSession:
    """For views: another organisation's session answers exactly as a missing one does."""
    found = get_session(organisation_id, session_id)
    if found is None:
        abort(404)
    return found


def group_names(organisation_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return dict(db.session.execute(select(Group.id, Group.name).where(Group.organisation_id == organisation_id)).all())


def notes_of(session: GroupSession) -> Sequence[SessionNote]:
    return db.session.scalars(
        select(SessionNote).where(SessionNote.session_id == session.id).order_by(SessionNote.text, SessionNote.id)
    ).all()


def _room_hash(key: str) -> str:
    return keyed_hash("session-room", key)


def open_room(session: GroupSession) -> str:
    """Hand a device to the room: a new key for it (its keyed hash kept), so any device opened before for this
    session closes. The key goes into that device's cookie, never into an address (history, a projector, a photo)."""
    key = new_token()
    session.room_key = _room_hash(key)
    session.room_opened_at = utcnow()
    session.room_closed_at = None
    return key


# Words sent from the shared screen up to this long after it closed are still kept (``room_for_late_words``): long
# enough for someone who was still typing when the worker closed it (a session overrunning, the worker closing it
# from their laptop while the tablet is passed round, the tablet locked in a bag and opened later that afternoon),
# short enough that a screen left closed since yesterday does not take words nobody is there to hear.
ROOM_GRACE_HOURS = 2


def close_room(session: GroupSession) -> None:
    """The device in the room takes no more notes, except words someone was still typing (``ROOM_GRACE_HOURS``). Its
    key is kept until then, so those words reach this session."""
    if session.room_key is not None and session.room_opened_at is not None:
        session.room_closed_at = min(utcnow(), _room_expires(session.room_opened_at))
    session.room_opened_at = None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite gives back the moment without its zone


def _room_expires(opened: datetime) -> datetime:
    return _aware(opened) + timedelta(hours=ROOM_HOURS)


def room_is_open(session: GroupSession) -> bool:
    opened = session.room_opened_at
    if session.room_key is None or opened is None:
        return False
    return utcnow() < _room_expires(opened)


def room_closed_at(session: GroupSession) -> datetime | None:
    """When this session's shared screen closed: closed by the worker, or by itself ``ROOM_HOURS`` after opening."""
    if session.room_key is None:
        return None
    if session.room_opened_at is not None:
        expires = _room_expires(session.room_opened_at)
        return expires if utcnow() >= expires else None
    return _aware(session.room_closed_at) if session.room_closed_at is not None else None


def session_for_room(key: str | None) -> GroupSession | None:
    """The session whose shared screen this device holds the key to, while the screen is open."""
    if not key:
        return None
    found = db.session.scalar(select(GroupSession).where(GroupSession.room_key == _room_hash(key)))
    return found if found is not None and room_is_open(found) else None


def room_for_late_words(key: str | None) -> GroupSession | None:
    """The session whose shared screen this device held the key to, closed less than ``ROOM_GRACE_HOURS`` ago: words
    someone was still typing when it closed are kept there. None once the grace has passed, or once the screen was
    handed to another device (its key changed) and that device's screen is the one the room uses."""
    if not key:
        return None
    found = db.session.scalar(select(GroupSession).where(GroupSession.room_key == _room_hash(key)))
    if found is None:
        return None
    closed = room_closed_at(found)
    if closed is None or utcnow() - closed >= timedelta(hours=ROOM_GRACE_HOURS):
        return None
    return found


def council_of_room(key: str | None) -> uuid.UUID | None:
    """The council whose shared screen this device holds (or held, closed within the grace) the key to (None for
    none): whose own helplines it shows."""
    found = session_for_room(key) or room_for_late_words(key)
    return found.organisation_id if found is not None else None


def add_note(
    session: GroupSession,
    text: str,
    source: NoteSource,
    consent: bool,
    language: str | None,
    once: str | None = None,
) -> SessionNote:
    """Keep one note of what young people said, read by the survey comments' analysis (themes, language, tone) and
    safeguarding screen. Each note is a row of its own: two workers saving at once both keep their words. A note that
    may be a disclosure (or in a language the screen has no list for) opens a safeguarding case. ``once``: the
    one-time token of the page it was sent from; sent again (a double tap, Back and send), the note already kept is
    returned and nothing is stored twice."""
    sent_once = keyed_hash("session-note-once", f"{session.id}:{once}") if once else None
    if sent_once is not None:
        kept = db.session.scalar(select(SessionNote).where(SessionNote.sent_once == sent_once))
        if kept is not None:
            return kept
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
        sent_once=sent_once,
        # A young person's words wait for a named person to read them; a worker's are read by the worker.
        arrived_at=this_hour() if source == NoteSource.YOUNG_PERSON else None,
    )
    try:
        with db.session.begin_nested():
            db.session.add(note)
            db.session.flush()
    except IntegrityError:
        # The same page sent twice at once: the other request stored it (and opened any case).
        kept = db.session.scalar(select(SessionNote).where(SessionNote.sent_once == sent_once))
        if kept is None:
            raise
        return kept
    if worrying:
        open_case(note, reading)
    return note


def quotable(note: SessionNote) -> bool:
    """Only words whose writer agreed to be quoted, that the screen read (listed) and did not flag, are ever offered
    for quoting, as with survey comments."""
    return note.consent and note.listed and not note.safeguarding


def get_note(session: GroupSession, note_id: uuid.UUID) -> SessionNote | None:
    return db.session.scalar(select(SessionNote).where(SessionNote.id == note_id, SessionNote.session_id == session.id))


def decide_quote(note: SessionNote, *, approve: bool, text: str, user_id: uuid.UUID | None) -> bool:
    """Approve a note's words for quoting (as ``text``: the worker takes out names and anything that points to
    someone) or decide not to use them. False, and nothing changes, for a note that may not be quoted."""
    if not quotable(note):
        return False
    note.quote_status = QuoteStatus.APPROVED if approve else QuoteStatus.REJECTED
    note.quote_text = text if approve else ""
    note.quote_decided_by_id = user_id
    note.quote_decided_at = utcnow()
    return True


@dataclass(frozen=True)
class SessionQuote:
    text: str
    group: str
    held_on: date
    # Said at a session fewer than the threshold came to (or whose attendance was not recorded): the group and
    # month would point to a handful of young people, so the quote names neither (TRUST.md: attribution is broad).
    small: bool
    # The group may be named beside the quote (``distribution.models.may_be_named``); else its kind is said instead.
    named: bool = False
    group_kind: str = ""


def quotes_in(organisation_id: uuid.UUID, start: date, end: date, threshold: int) -> list[SessionQuote]:
    """Approved quotes from sessions held from ``start`` to ``end``, oldest first, with the group (named only where
    ``may_be_named``, else by its kind) and day they were said (shown as a month) where at least ``threshold``
    young people came. A note that stopped being quotable after
    approval (its words flagged by a later reading) is left out."""
    rows = db.session.execute(
        select(SessionNote, GroupSession.held_on, Group.name, GroupSession.attendance, Group.kind, Group.cohort_size)
        .join(GroupSession, GroupSession.id == SessionNote.session_id)
        .join(Group, Group.id == GroupSession.group_id)
        .where(
            SessionNote.organisation_id == organisation_id,
            GroupSession.organisation_id == organisation_id,
            SessionNote.quote_status == QuoteStatus.APPROVED,
            GroupSession.held_on.between(start, end),
        )
        .order_by(GroupSession.held_on, SessionNote.id)
    ).all()
    # A quote from a small session (or one whose attendance nobody recorded) says only "at one of the period's
    # sessions": with a single session in the period that still names it, beside "Sessions held: 1", so such a
    # quote is shown only where the period had several (the second outside review of issue 17).
    held = db.session.scalar(
        select(func.count())
        .select_from(GroupSession)
        .where(GroupSession.organisation_id == organisation_id, GroupSession.held_on.between(start, end))
    )
    found = []
    for note, held_on, name, attendance, kind, cohort_size in rows:
        small = sum((attendance or {}).values()) < threshold
        if quotable(note) and (not small or (held or 0) >= SEVERAL_SESSIONS):
            named = may_be_named(kind, cohort_size, threshold)
            # A group that may not be named is not carried at all: nothing beside the quote can show it.
            found.append(SessionQuote(note.quote_text, name if named else "", held_on, small, named, str(kind.value)))
    return found


# How many sessions a period needs before "at one of the period's sessions" hides which one.
SEVERAL_SESSIONS = 2


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
    # Where it was said, kept with the words: the case outlives the note and even the session.
    held = db.session.get(GroupSession, note.session_id)
    if held is not None:
        case.kept = {**(case.kept or {}), "said_in": session_source(held)}
    db.session.add(case)
    db.session.flush()
    return case


def send_note_to_safeguarding(note: SessionNote, user_id: uuid.UUID) -> SafeguardingCase | None:
    """A worker saw a worry in a note the screen let through: it goes to the safeguarding queue marked "found by a
    person", is never offered for quoting again, and a quote already approved is withdrawn. None for a note already
    with the safeguarding lead."""
    if note.safeguarding or not note.listed:
        return None
    note.safeguarding = True
    note.sentiment = None
    note.quote_status = None
    note.quote_text = ""
    case = words_case(note.organisation_id, SESSION_QUESTION_KEY, note.text, (), note.language, session_note_id=note.id)
    case.found_by_person = True
    case.opened_by_id = user_id
    held = db.session.get(GroupSession, note.session_id)
    if held is not None:
        case.kept = {**(case.kept or {}), "said_in": session_source(held)}
    db.session.add(case)
    db.session.flush()
    return case


# --- reading every young person's note by a deadline --------------------------------------------------------------


def _arrived(note: SessionNote, held_on: date) -> datetime:
    """A note kept before arrival hours were kept is due from the start of its session's day."""
    return _aware(note.arrived_at) if note.arrived_at is not None else datetime.combine(held_on, time(0), tzinfo=UTC)


ROOM_READ_WITHIN = 1  # working days


def _read_within(organisation: Organisation | None) -> int:
    # The shared screen promises that someone reads words about harm within one working day, and the screen misses
    # wording nobody listed: so every young person's note is due in one working day, whatever the council chose for
    # survey comments (``read_disclosures_within`` may be up to 3; the young person was told one).
    return ROOM_READ_WITHIN


@dataclass(frozen=True)
class UnreadNote:
    note: SessionNote
    session: GroupSession
    due: datetime

    @property
    def overdue(self) -> bool:
        return self.due < utcnow()


def unread_notes(organisation_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None) -> list[UnreadNote]:
    """Notes young people typed themselves that no named person has marked read yet, oldest deadline first."""
    query = (
        select(SessionNote, GroupSession)
        .join(GroupSession, GroupSession.id == SessionNote.session_id)
        .where(SessionNote.source == NoteSource.YOUNG_PERSON, SessionNote.read_at.is_(None))
    )
    if organisation_id is not None:
        query = query.where(SessionNote.organisation_id == organisation_id)
    if session_id is not None:
        query = query.where(SessionNote.session_id == session_id)
    organisations: dict[uuid.UUID, Organisation | None] = {}
    found = []
    for note, held in db.session.execute(query).all():
        if note.organisation_id not in organisations:
            organisations[note.organisation_id] = db.session.get(Organisation, note.organisation_id)
        days = _read_within(organisations[note.organisation_id])
        found.append(UnreadNote(note, held, add_working_days(_arrived(note, held.held_on), days)))
    return sorted(found, key=lambda item: (item.due, str(item.note.id)))


def unread_note_count(organisation_id: uuid.UUID) -> int:
    """How many of ``unread_notes`` there are, counted by the database (the console's first page shows it)."""
    found = db.session.scalar(
        select(func.count()).where(
            SessionNote.organisation_id == organisation_id,
            SessionNote.source == NoteSource.YOUNG_PERSON,
            SessionNote.read_at.is_(None),
        )
    )
    return int(found or 0)


def needs_reading(note: SessionNote) -> bool:
    return note.source == NoteSource.YOUNG_PERSON and note.read_at is None


def mark_note_read(note: SessionNote, user_id: uuid.UUID) -> bool:
    """A named person has read a young person's note. False if someone already had (the first reader is kept) or it
    is a worker's own note."""
    if not needs_reading(note):
        return False
    note.read_by_id, note.read_at = user_id, this_hour()
    db.session.flush()
    return True


def escalate_unread_notes(now: datetime | None = None) -> int:
    """Tell the participation workers (the organisation admins where there are none) about young people's notes from
    the shared screen left unread past their deadline: one email per session, never with the words. Each note is
    escalated once. Returns how many notes were escalated."""
    now = now or utcnow()
    late: dict[uuid.UUID, list[SessionNote]] = {}
    held: dict[uuid.UUID, GroupSession] = {}
    for item in unread_notes():
        if item.note.escalated_at is None and item.due < now:
            late.setdefault(item.session.id, []).append(item.note)
            held[item.session.id] = item.session
    for session_id, notes in late.items():
        found = held[session_id]
        link = absolute(f"/staff/sessions/{session_id}#notes")
        body = (
            f"{len(notes)} note(s) young people typed on the shared screen at a session held on {found.held_on} "
            f"have not been marked read within the time your organisation set. Sign in to Heard and read them: "
            f"{link}\n\nThis email does not contain what they wrote."
        )
        for user in first_with(found.organisation_id, (Role.PARTICIPATION_WORKER, Role.ORGANISATION_ADMIN)):
            send(
                to=user.email,
                kind="unread-session-notes",
                organisation_id=found.organisation_id,
                subject="Heard: notes young people typed at a session are waiting to be read",
                body=body,
            )
        for note in notes:
            note.escalated_at = now
        audit.record(
            "unread-session-notes-escalated",
            organisation_id=found.organisation_id,
            subject=str(session_id),
            count=len(notes),
        )
    db.session.flush()
    return sum(len(notes) for notes in late.values())


# --- retention --------------------------------------------------------------------------------------------------------


def notes_expire_on(session: GroupSession, days: int) -> date:
    """The day a session's notes are due to be removed: ``days`` after the session was held."""
    return session.held_on + timedelta(days=days)


def _open_case_notes() -> Select[uuid.UUID | None]:
    return select(SafeguardingCase.session_note_id).where(
        SafeguardingCase.session_note_id.is_not(None), SafeguardingCase.status.in_(keeping.OPEN)
    )


@dataclass
class Expired:
    """A session past the notes' retention period, and what the purge removes (or keeps) of it."""

    session: GroupSession
    expired_on: date
    notes: list[uuid.UUID] = field(default_factory=list)  # the notes the purge removes
    kept_for_safeguarding: int = 0  # notes an open safeguarding case holds: kept until a lead closes it


def expired(today: date, days: int, organisation_id: uuid.UUID | None = None) -> list[Expired]:
    """Every session held ``days`` or more before ``today`` that still has notes."""
    cutoff = today - timedelta(days=days)
    query = (
        select(GroupSession, SessionNote.id, SessionNote.id.in_(_open_case_notes()))
        .join(SessionNote, SessionNote.session_id == GroupSession.id)
        .where(GroupSession.held_on <= cutoff)
        .order_by(GroupSession.held_on, GroupSession.id)
    )
    if organisation_id is not None:
        query = query.where(GroupSession.organisation_id == organisation_id)
    found: dict[uuid.UUID, Expired] = {}
    for session, note_id, open_case in db.session.execute(query).all():
        item = found.setdefault(session.id, Expired(session, notes_expire_on(session, days)))
        if open_case:
            item.kept_for_safeguarding += 1
        else:
            item.notes.append(note_id)
    return list(found.values())


def purge(items: Sequence[Expired], on: date) -> None:
    """Delete the expired notes: the session's day, group, topics and attendance stay for the board's figures. A
    note an open safeguarding case was opened on stays, whole, until a safeguarding lead closes the case (the next
    purge after that removes it); a closed case on a removed note keeps its decision and notes, not the words."""
    for item in items:
        if not item.notes:
            continue
        title = session_source(item.session)
        for case in db.session.scalars(
            select(SafeguardingCase).where(SafeguardingCase.session_note_id.in_(item.notes))
        ):
            # Where the words were said, for the safeguarding record, once the note (and so the link) has gone.
            case.kept = {**(case.kept or {}), "said_in": title}
            case.removal, case.removed_on = Removal.RETENTION_PURGE, on
            case.session_note_id = None
            keeping.closing(case)
        db.session.execute(delete(SessionNote).where(SessionNote.id.in_(item.notes)))
    db.session.flush()


def session_source(session: GroupSession) -> dict[str, str]:
    """What a case on a note says about where it was said: the group, the day, who ran the session and the worker
    who recorded it (by name: the case outlives the session and even the worker's account)."""
    group = db.session.scalar(select(Group.name).where(Group.id == session.group_id)) or ""
    recorded_by = (
        db.session.scalar(select(User.name).where(User.id == session.recorded_by_id))
        if session.recorded_by_id
        else None
    )
    return {
        "group": group,
        "held_on": session.held_on.isoformat(),
        "run_by": session.run_by or "",
        "recorded_by": recorded_by or "",
    }


# --- activity ---------------------------------------------------------------------------------------------------------


def add_activity(
    organisation_id: uuid.UUID, kind: ActivityKind, held_on: date, young_people: int, description: str
) -> ParticipationActivity:
    """Record young people taking part beyond a session: a recruitment panel, a takeover, an inspection."""
    held = hold_figures(organisation_id, [held_on])
    row = ParticipationActivity(
        organisation_id=organisation_id,
        kind=kind,
        held_on=held_on,
        young_people=young_people,
        description=description,
    )
    db.session.add(row)
    db.session.flush()
    take_figures(held)
    return row


def activities_for(organisation_id: uuid.UUID) -> Sequence[ParticipationActivity]:
    return db.session.scalars(
        select(ParticipationActivity)
        .where(ParticipationActivity.organisation_id == organisation_id)
        .order_by(ParticipationActivity.held_on.desc(), ParticipationActivity.id)
    ).all()


# --- the counts boards see --------------------------------------------------------------------------------------------
#
# Why the published counts move in steps (the outside review of the forums and meetings): a board member who read a
# quarter's attendance before and after a worker changed one session's attendance (or added a session, or an
# activity) learned that session's count by subtraction, whatever suppression did to each table on its own. Live
# polls met the same attack and answer it by taking their figures again only once at least the threshold of new
# answers has come in. The counts here do the same, count by count: each published count (a quarter's attendance in
# one age band, its young people in one kind of activity) is taken again only when the count as recorded has moved
# from it by at least the threshold, up or down. So every change any reader can see in a published count is 0 or at
# least the threshold, whichever sessions and edits made it up, and no change of a single session, nor of a few, can
# be read off; a single edit of 1 moves nothing on its own. A new session counts as it should: "Sessions held" rises
# at once, and its young people join the published counts once they, with any other changes not yet shown, come to
# the threshold. The price, said beside the figures, is that each published count can differ from the records by up
# to the threshold minus one. Totals are the sums of the published counts, and each quarter's table is then
# suppressed as every other table is (``suppression.suppress``); a year adds up its quarters (``combine``).
#
# Rounding to a base was the other choice: a count rounded to 5 still moves when one edit carries it across a
# boundary (62 to 63 shows 60 to 65), and an edit back and forth shows exactly where the boundary is.

ACTIVITY = "activity:"  # the key of young people in one kind of activity, beside the age bands' keys


def quarter_start(day: date) -> date:
    """The first day of the quarter holding ``day`` (the financial year's quarters start in April, July, October and
    January, as the calendar's do)."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _quarter_end(start: date) -> date:
    following = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
    return following - timedelta(days=1)


@dataclass(frozen=True)
class Recorded:
    """A quarter as recorded now: its sessions, and the counts of people they and its activity recorded, keyed by
    age band and by ``ACTIVITY`` and the kind (a band appears once any session recorded a number for it, 0
    included; a kind, once any activity of it was recorded)."""

    sessions: Sequence[GroupSession]
    counts: dict[str, int]


def recorded(organisation_id: uuid.UUID, start: date, end: date) -> Recorded:
    held = db.session.scalars(
        select(GroupSession)
        .where(GroupSession.organisation_id == organisation_id, GroupSession.held_on.between(start, end))
        .order_by(GroupSession.held_on, GroupSession.id)
    ).all()
    counts: Counter[str] = Counter()
    for row in held:
        for band, count in (row.attendance or {}).items():
            if band in BAND_NAMES:
                counts[band] += int(count)
    for kind, count in db.session.execute(
        select(ParticipationActivity.kind, ParticipationActivity.young_people).where(
            ParticipationActivity.organisation_id == organisation_id,
            ParticipationActivity.held_on.between(start, end),
        )
    ).all():
        counts[f"{ACTIVITY}{kind}"] += int(count)
    return Recorded(held, dict(counts))


def _published_row(organisation_id: uuid.UUID, start: date) -> Select[PublishedQuarter]:
    return select(PublishedQuarter).where(
        PublishedQuarter.organisation_id == organisation_id, PublishedQuarter.quarter == start
    )


def published(organisation_id: uuid.UUID, start: date, end: date, now: Recorded | None = None) -> dict[str, int]:
    """The quarter's counts of people as published (``PublishedQuarter``); with none kept yet, the counts as
    recorded, which nothing has changed since they were first shown."""
    row = db.session.scalar(_published_row(organisation_id, start))
    if row is not None:
        return {key: int(count) for key, count in (row.figures or {}).items()}
    return dict((now or recorded(organisation_id, start, end)).counts)


def _first_published(organisation_id: uuid.UUID, start: date) -> PublishedQuarter:
    """A quarter's first published counts: as recorded, what has been shown until now."""
    figures = recorded(organisation_id, start, _quarter_end(start)).counts
    return PublishedQuarter(organisation_id=organisation_id, quarter=start, figures=figures)


def _table(key: str) -> str:
    """Which published table a count belongs to: attendance by band, or young people by kind of activity."""
    return "activity" if key.startswith(ACTIVITY) else "attendance"


@dataclass
class Held:
    """A quarter's published counts, locked for a change (``hold_figures``), and its tables that showed nothing
    before the change: no session recorded attendance (or no activity was recorded) and nothing was published."""

    row: PublishedQuarter
    empty: set[str]


def hold_figures(organisation_id: uuid.UUID, days: Sequence[date]) -> list[Held]:
    """Before a change to the sessions or activity of the quarters holding ``days``: each quarter's published counts,
    locked until the change is saved (so two changes at once take the counts one after the other), and kept from the
    counts as recorded where the quarter has none kept yet (what has been shown until now). ``take_figures`` after
    the change."""
    held = []
    for start in sorted({quarter_start(day) for day in days}):
        row = steps.hold_row(_published_row(organisation_id, start), partial(_first_published, organisation_id, start))
        # Read once the quarter is held, so a change saved meanwhile is in it.
        before = recorded(organisation_id, start, _quarter_end(start)).counts
        shown = {_table(key) for key, count in (row.figures or {}).items() if count}
        held.append(Held(row, {"attendance", "activity"} - shown - {_table(key) for key in before}))
    return held


def take_figures(held: Sequence[Held], threshold: int | None = None) -> None:
    """After a change: take again the published counts of the quarters held (``hold_figures``) as ``retake`` says."""
    limit = threshold if threshold is not None else figures_threshold()
    db.session.flush()
    for item in held:
        row = item.row
        now = recorded(row.organisation_id, row.quarter, _quarter_end(row.quarter)).counts
        row.figures = retake(now, {key: int(count) for key, count in (row.figures or {}).items()}, limit, item.empty)


def retake(
    now: Mapping[str, int], shown: Mapping[str, int], limit: int, empty: Set[str] = frozenset()
) -> dict[str, int]:
    """A quarter's published counts after a change (``steps.retake``), attendance and activity each one table."""
    return steps.retake(now, shown, limit, _table, empty)


@dataclass(frozen=True)
class Part:
    """One quarter's figures as published: attendance by band and young people per kind of activity, each one
    ``suppress`` table of the published counts with its total. A band no session recorded is not in ``attendance``
    (it is "not recorded"); a kind of activity nobody recorded is a published 0."""

    sessions: int
    attendance: dict[str, Cell]
    attended: Cell
    activities: dict[str, Cell]
    involved: Cell
    topics: Counter[str]  # by the topic's casefolded words, so "Food" and "food" count as one
    topic_names: dict[str, str] = field(default_factory=dict)  # each topic as it was first typed
    # Sessions with no attendance recorded: their attendance is not known, not zero (a count of sessions, like
    # ``sessions``, not of people).
    unrecorded: int = 0


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
    unrecorded: int = 0  # sessions with no attendance recorded (``Part.unrecorded``)

    @property
    def attendance_known(self) -> bool:
        """Whether any session of the period recorded attendance: if none did, its attendance is "not recorded"
        (with no session at all, it is a true 0)."""
        return bool(self.attendance) or not self.sessions

    def band(self, band: str) -> Cell | None:
        """Attendance in one age band as published; None where no session of the period recorded the band (read
        "not recorded", never 0). With no session at all, a true 0."""
        if band in self.attendance:
            return self.attendance[band]
        return None if self.sessions else Cell(0)

    @property
    def attended_all(self) -> Cell | None:
        """Attendance in every band as published; None where no session of the period recorded any."""
        return self.attended if self.attendance_known else None


def quarter_part(organisation_id: uuid.UUID, start: date, end: date, threshold: int) -> Part:
    """One quarter's figures (``Part``): its published counts of people, suppressed against ``threshold``."""
    now = recorded(organisation_id, start, end)
    shown = published(organisation_id, start, end, now)
    # What a board sees a row for: what sessions and activity recorded, and anything still published (a band whose
    # last session was changed to record none keeps its published count until that has moved by the threshold).
    keys = set(now.counts) | {key for key, count in shown.items() if count}
    topics: Counter[str] = Counter()
    names: dict[str, str] = {}
    for row in now.sessions:
        for topic in row.topics or []:
            if topic.strip():
                names.setdefault(topic.strip().casefold(), topic.strip())
        topics.update({topic.strip().casefold(): 1 for topic in row.topics or [] if topic.strip()})
    return publish_part(
        len(now.sessions),
        {band: shown.get(band, 0) for band in BAND_NAMES if band in keys},
        {
            kind.value: shown.get(f"{ACTIVITY}{kind.value}", 0)
            for kind in ActivityKind
            if f"{ACTIVITY}{kind.value}" in keys
        },
        topics,
        threshold,
        names,
        sum(1 for row in now.sessions if not attendance_recorded(row)),
    )


def _published_table(counts: Mapping[str, int], threshold: int) -> tuple[dict[str, Cell], Cell]:
    """One table of published counts and its total, suppressed. A published 0 of a band or kind something was
    recorded for is shown as "c": the count as recorded may be up to the threshold minus one above it, not yet
    taken (``take_figures``), and a 0 would read as nobody. The hidden cells still never add up to a small number:
    a 0 adds nothing to them."""
    cells = suppress(counts, threshold, total_published=True)
    for key, count in counts.items():
        if not count:
            cells[key] = Cell(None)
    whole = sum(counts.values())
    return cells, (Cell(None) if counts and not whole else total(whole, threshold))


def publish_part(
    sessions: int,
    bands: Mapping[str, int],
    activity: Mapping[str, int],
    topics: Counter[str],
    threshold: int,
    topic_names: Mapping[str, str] | None = None,
    unrecorded: int = 0,
) -> Part:
    """``quarter_part`` without the database: a quarter's published counts of people by band (only the bands
    something was recorded for) and by kind of activity (only the kinds recorded), each one ``suppress`` table with
    its published total. A kind nobody recorded is a published 0; a band nobody recorded is left out ("not
    recorded"), and so adds 0 to a year's sum."""
    attendance, attended = _published_table({band: bands[band] for band in BAND_NAMES if band in bands}, threshold)
    recorded_kinds = {kind.value: activity[kind.value] for kind in ActivityKind if kind.value in activity}
    kinds, involved = _published_table(recorded_kinds, threshold)
    return Part(
        sessions=sessions,
        attendance=attendance,
        attended=attended,
        activities={kind.value: kinds.get(kind.value, Cell(0)) for kind in ActivityKind},
        involved=involved,
        topics=topics,
        topic_names=dict(topic_names or {}),
        unrecorded=unrecorded,
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
    quarter showed its part. A band a quarter did not record adds a published 0 to the year (the year counts the
    sessions that recorded it)."""
    topics: Counter[str] = Counter()
    names: dict[str, str] = {}
    for part in parts:
        topics.update(part.topics)
        for key, name in part.topic_names.items():
            names.setdefault(key, name)
    bands = combine_maps([part.attendance for part in parts])
    return Summary(
        sessions=sum(part.sessions for part in parts),
        unrecorded=sum(part.unrecorded for part in parts),
        attendance={band: bands[band] for band in BAND_NAMES if band in bands},
        attended=combine([part.attended for part in parts]),
        activities=combine_maps([part.activities for part in parts]),
        involved=combine([part.involved for part in parts]),
        # Each topic as it was first typed in the period ("Food", not "food"), most raised first.
        topics=[
            (names.get(key, key), count) for key, count in sorted(topics.items(), key=lambda item: (-item[1], item[0]))
        ],
    )


def themes_raised(session: GroupSession) -> list[str]:
    """The themes of a session's notes, the most noted first: an action about the session offers them first. Not
    a count of anyone (a note is not a person), and never a possible disclosure's themes."""
    noted: Counter[str] = Counter()
    for note in notes_of(session):
        if not note.safeguarding and note.listed:
            noted.update(set(note.themes or []))
    return [slug for slug, _count in sorted(noted.items(), key=lambda item: (-item[1], item[0]))]
