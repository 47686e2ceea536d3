"""The safeguarding queue: cases, their status and notes, and escalation when nobody acknowledges one in time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy import or_, select

from participation.accounts.models import User
from participation.analysis import keeping, reading
from participation.analysis.duty import add_working_days, leads
from participation.analysis.engine import classify
from participation.analysis.glosses import Gloss, glossed
from participation.analysis.models import (
    AnswerAnalysis,
    CaseAnswer,
    CaseNote,
    CaseStatus,
    CommentReading,
    Removal,
    SafeguardingCase,
)
from participation.audit import services as audit
from participation.db import utcnow
from participation.distribution.models import Group
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.polls.models import POLL_QUESTION_KEY, Poll
from participation.responses.models import Answer, Response
from participation.sessions.models import SESSION_QUESTION_KEY, GroupSession, SessionNote
from participation.surveys import builder
from participation.surveys.models import Consultation
from participation.surveys.pictures import described

OPEN = keeping.OPEN


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def overdue(case: SafeguardingCase, now: datetime | None = None) -> bool:
    """Still new one working day after it was flagged."""
    return case.status == CaseStatus.NEW and add_working_days(_aware(case.flagged_at)) < (now or utcnow())


@dataclass(frozen=True)
class FlaggedAnswer:
    """One worrying answer in a case: which question, what was written (pictures named first), the words that
    flagged it with the English meaning their word list gives them, and who read it."""

    question_key: str
    text: str
    language: str | None
    terms: tuple[Gloss, ...]
    answer_id: uuid.UUID | None = None  # None once the answer has been removed (the case kept its words)
    found_by_person: bool = False
    found_by_id: uuid.UUID | None = None
    read_by_id: uuid.UUID | None = None
    read_at: datetime | None = None

    @property
    def risk_terms(self) -> tuple[str, ...]:
        return tuple(gloss.term for gloss in self.terms)


@dataclass(frozen=True)
class CaseView:
    case: SafeguardingCase
    answers: tuple[FlaggedAnswer, ...]
    age_band: str
    pseudonymous: bool
    group_id: uuid.UUID | None
    # What happened to the words, and when: deleted by the young person, erased, purged, never sent.
    removal: Removal | None = None
    removed_on: date | None = None

    @property
    def text(self) -> str:
        """Every answer's words, one after another (the queue shows the start of them)."""
        return "\n\n".join(answer.text for answer in self.answers if answer.text)

    @property
    def language(self) -> str | None:
        return next((answer.language for answer in self.answers if answer.language), None)

    @property
    def risk_terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term for answer in self.answers for term in answer.risk_terms))

    @property
    def unscreened(self) -> bool:
        """In the queue because the screen could not read the words (a language without a word list), not because
        it or a person found a worry in them."""
        return bool(self.answers) and not any(answer.terms or answer.found_by_person for answer in self.answers)

    @property
    def live_answer_ids(self) -> list[uuid.UUID]:
        """The answers still stored (the ones a reader can mark read)."""
        return [answer.answer_id for answer in self.answers if answer.answer_id is not None]

    @property
    def unread(self) -> bool:
        return any(answer.answer_id is not None and answer.read_at is None for answer in self.answers)

    @property
    def overdue(self) -> bool:
        return overdue(self.case)

    @property
    def words_gone(self) -> bool:
        """The case was closed after its answer was removed, so its words went as the removal asked."""
        return self.removal is not None and not self.text


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _kept_answers(case: SafeguardingCase) -> list[FlaggedAnswer]:
    """The answers a case kept when they were removed (or never sent). Cases kept before a case listed each answer
    hold one answer's facts at the top level."""
    kept = case.kept or {}
    items = kept.get("answers")
    if items is None:
        if "text" not in kept and "question_key" not in kept and not kept.get("risk_terms"):
            return []
        items = [{key: kept.get(key) for key in ("question_key", "text", "pictures", "risk_terms", "language")}]
        items[0] |= {"read_by_id": kept.get("read_by_id"), "read_at": kept.get("read_at")}
        if case.found_by_person:
            opener = case.opened_by_id
            items[0] |= {"found_by_person": True, "found_by_id": str(opener) if opener else None}
    result = []
    for item in items:
        language = item.get("language") or kept.get("language")
        found_by = item.get("found_by_id")
        read_by = item.get("read_by_id")
        result.append(
            FlaggedAnswer(
                item.get("question_key") or "",
                described(item.get("pictures"), item.get("text")),
                language,
                glossed(item.get("risk_terms") or [], language),
                found_by_person=bool(item.get("found_by_person")),
                found_by_id=uuid.UUID(found_by) if found_by else None,
                read_by_id=uuid.UUID(read_by) if read_by else None,
                read_at=_moment(item.get("read_at")),
            )
        )
    return result


def _live_answers(case: SafeguardingCase) -> tuple[list[FlaggedAnswer], Response | None]:
    """The case's answers still stored, the one it was opened on first, and the response they belong to."""
    links = sorted(case.answers, key=lambda link: link.answer_id != case.answer_id)
    result = []
    response = None
    for link in links:
        answer = db.session.get(Answer, link.answer_id)
        assert answer is not None
        response = response or db.session.get(Response, answer.response_id)
        analysis = db.session.get(AnswerAnalysis, answer.id)
        state = db.session.get(CommentReading, answer.id)
        language = analysis.language if analysis else None
        result.append(
            FlaggedAnswer(
                answer.question_key,
                # Pictures picked instead of typing are named before any words (surveys.pictures.described).
                described(answer.pictures, answer.text),
                language,
                glossed(list(analysis.risk_terms or []) if analysis else [], language),
                answer.id,
                link.found_by_person,
                link.found_by_id,
                state.read_by_id if state else None,
                state.read_at if state else None,
            )
        )
    return result, response


def _view(case: SafeguardingCase) -> CaseView:
    live, response = _live_answers(case)
    answers = (*_kept_answers(case), *live)
    if response is not None:
        return CaseView(
            case,
            answers,
            response.age_band,
            response.invite_pseudonym is not None,
            response.group_id,
            case.removal,
            case.removed_on,
        )
    kept = case.kept or {}
    group = kept.get("group_id")
    return CaseView(
        case,
        answers,
        kept.get("age_band") or "",
        bool(kept.get("pseudonymous")),
        uuid.UUID(group) if group else None,
        case.removal,
        case.removed_on,
    )


def case_question_titles(case: SafeguardingCase) -> dict[str, str]:
    """``question_titles`` of the case's consultation; for words said in a session or a live poll, what they
    answered: the session's group and day, or the poll's question."""
    if case.consultation_id is not None:
        return question_titles(case.consultation_id)
    source = words_source(case)
    if source is None:
        return {}
    if source.kind == SESSION_QUESTION_KEY:
        return {SESSION_QUESTION_KEY: source.title}
    return {POLL_QUESTION_KEY: source.title}


@dataclass(frozen=True)
class WordsSource:
    """Where words said outside a survey were said, for the safeguarding lead to know whom to ask: the session (its
    group, its day, who ran it) or the live poll (its question, its group, the day it was made, who made it)."""

    kind: str  # SESSION_QUESTION_KEY or POLL_QUESTION_KEY
    title: str  # the poll's question, or the session's group and day
    group: str | None
    on: date | None
    who: str | None  # the worker who ran the session or made the poll, where recorded
    recorded_by: str | None = None  # the worker who recorded the session (a person to ask, where "who" is free text)


def words_source(case: SafeguardingCase) -> WordsSource | None:
    """``WordsSource`` of a case opened on a session's note or a poll's word (None for a survey's answer). Looked up
    within the case's own organisation only; a note removed by the retention purge left its session on the case."""
    if case.session_note_id is not None:
        found = db.session.execute(
            select(Group.name, GroupSession.held_on, GroupSession.run_by, User.name)
            .join(GroupSession, GroupSession.group_id == Group.id)
            .join(SessionNote, SessionNote.session_id == GroupSession.id)
            .outerjoin(User, User.id == GroupSession.recorded_by_id)
            .where(SessionNote.id == case.session_note_id, SessionNote.organisation_id == case.organisation_id)
        ).first()
        if found is not None:
            return _session_source(found[0], found[1], found[2], found[3])
    said_in = (case.kept or {}).get("said_in")
    if isinstance(said_in, dict):
        held = said_in.get("held_on")
        return _session_source(
            said_in.get("group"),
            date.fromisoformat(held) if held else None,
            said_in.get("run_by"),
            said_in.get("recorded_by"),
        )
    if case.poll_id is None:
        return None
    poll = db.session.scalar(select(Poll).where(Poll.id == case.poll_id, Poll.organisation_id == case.organisation_id))
    if poll is None:
        return None
    group = db.session.scalar(
        select(Group.name).where(Group.id == poll.group_id, Group.organisation_id == case.organisation_id)
    )
    who = db.session.scalar(select(User.name).where(User.id == poll.created_by_id)) if poll.created_by_id else None
    return WordsSource(POLL_QUESTION_KEY, poll.question, group, poll.created_at.date(), who or None)


def _session_source(
    group: str | None, held_on: date | None, run_by: str | None, recorded_by: str | None = None
) -> WordsSource:
    if group and held_on:
        title = _("Said in a session: %(group)s, %(date)s", group=group, date=format_date(held_on, "d MMMM yyyy"))
    else:
        title = _("Said in a session")
    return WordsSource(SESSION_QUESTION_KEY, title, group or None, held_on, run_by or None, recorded_by or None)


def question_titles(consultation_id: uuid.UUID) -> dict[str, str]:
    """Each question's English title by key, in the order the questions are asked (the live version's): to name the
    question each flagged answer answered."""
    consultation = db.session.get(Consultation, consultation_id)
    if consultation is None:
        return {}
    return {
        question.key: next((t.title for t in question.texts if t.language == "en" and not t.age_band), question.key)
        for question in builder.questions_of(consultation, consultation.live_version or None)
    }


def queue(organisation_id: uuid.UUID, show_closed: bool = False) -> list[CaseView]:
    """Open cases, oldest first (the longest waiting matters most); closed ones too when asked."""
    query = select(SafeguardingCase).where(SafeguardingCase.organisation_id == organisation_id)
    if not show_closed:
        query = query.where(SafeguardingCase.status.in_(OPEN))
    return [_view(case) for case in db.session.scalars(query.order_by(SafeguardingCase.flagged_at))]


def get(organisation_id: uuid.UUID, case_id: uuid.UUID) -> CaseView | None:
    case = db.session.scalar(
        select(SafeguardingCase).where(
            SafeguardingCase.id == case_id, SafeguardingCase.organisation_id == organisation_id
        )
    )
    return _view(case) if case is not None else None


class NotYoursToCloseError(Exception):
    """The person who erased a case's answers tried to close it too: a second person must."""


def update(case: SafeguardingCase, status: CaseStatus, note: str, user: User) -> None:
    """Record a decision: the new status and why, kept as a note that is never edited. Closing a case whose answer
    was removed lets its kept words go (``keeping.closing``)."""
    if status not in OPEN and not keeping.may_close(case, user):
        raise NotYoursToCloseError
    if status != CaseStatus.NEW and case.acknowledged_at is None:
        case.acknowledged_at = utcnow()
    case.status = status
    case.notes.append(CaseNote(organisation_id=case.organisation_id, user_id=user.id, status=status, text=note.strip()))
    # Deciding on a case is reading its words, every answer of it.
    for link in case.answers:
        reading.mark_answer_read(link.answer_id, user)
    keeping.closing(case)


def escalate(now: datetime | None = None) -> list[SafeguardingCase]:
    """Tell the safeguarding leads about every case still new after one working day (once per case)."""
    now = now or utcnow()
    escalated = []
    for case in db.session.scalars(
        select(SafeguardingCase).where(
            SafeguardingCase.status == CaseStatus.NEW, SafeguardingCase.escalated_at.is_(None)
        )
    ):
        if not overdue(case, now):
            continue
        for user in leads(case.organisation_id):
            send(
                to=user.email,
                kind="safeguarding-escalation",
                organisation_id=case.organisation_id,
                subject="Heard: a possible disclosure has waited more than one working day",
                body=(
                    "An answer that may disclose harm was flagged more than one working day ago and nobody has "
                    "acknowledged it yet. Sign in to Heard and open the safeguarding queue: "
                    f"{absolute(f'/staff/safeguarding/{case.id}')}\n\nThis email does not contain the answer."
                ),
            )
        case.escalated_at = now
        audit.record("safeguarding-escalated", organisation_id=case.organisation_id, subject=str(case.id))
        escalated.append(case)
    db.session.flush()
    return escalated


@dataclass(frozen=True)
class Found:
    view: CaseView
    caught_now: bool  # the screen as it is today would flag these words


def found_by_people(organisation_id: uuid.UUID) -> list[Found]:
    """Cases a reader opened, or put an answer in, because the screen missed a worry, newest first, each with whether
    today's word lists catch what the reader found: the list to read when the lists change (and to add to a
    development set)."""
    added = select(CaseAnswer.case_id).where(
        CaseAnswer.organisation_id == organisation_id, CaseAnswer.found_by_person.is_(True)
    )
    cases = db.session.scalars(
        select(SafeguardingCase)
        .where(
            SafeguardingCase.organisation_id == organisation_id,
            or_(SafeguardingCase.found_by_person.is_(True), SafeguardingCase.id.in_(added)),
        )
        .order_by(SafeguardingCase.flagged_at.desc())
    )
    result = []
    for case in cases:
        view = _view(case)
        found = [answer.text for answer in view.answers if answer.found_by_person and answer.text]
        if not found and case.found_by_person:
            found = [view.text] if view.text else []
        result.append(Found(view, bool(found) and all(classify(text).safeguarding for text in found)))
    return result


def related(case: SafeguardingCase) -> list[SafeguardingCase]:
    """Other cases on answers of the same response: ones opened before a case held every answer of a response, or
    opened for a worry found after a lead had decided on the first (``reading.place``)."""
    responses = (
        select(Answer.response_id)
        .join(CaseAnswer, CaseAnswer.answer_id == Answer.id)
        .where(CaseAnswer.case_id == case.id)
    )
    others = (
        select(CaseAnswer.case_id)
        .join(Answer, Answer.id == CaseAnswer.answer_id)
        .where(Answer.response_id.in_(responses), CaseAnswer.case_id != case.id)
    )
    return list(
        db.session.scalars(
            select(SafeguardingCase)
            .where(SafeguardingCase.organisation_id == case.organisation_id, SafeguardingCase.id.in_(others))
            .order_by(SafeguardingCase.flagged_at)
        )
    )
