""" "We did" actions: the only place their rows are written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from participation.boards.indicators import indicator_questions
from participation.boards.models import Action, ActionSource, ActionStatus, ReferenceFigure
from participation.db import utcnow
from participation.distribution.models import Group
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll
from participation.sessions.models import GroupSession
from participation.surveys.models import Consultation, by_age


class EditConflict(Exception):
    """Someone else saved since the form was opened: nothing was written."""

    def __init__(self, current: Action) -> None:
        super().__init__("edit conflict")
        self.current = current


@dataclass(frozen=True)
class ActionInput:
    themes: Sequence[str]
    what: str
    owner: str
    status: ActionStatus
    reason: str
    due_on: date | None
    done_on: date | None
    evidence_url: str
    evidence_note: str
    translations: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Origin:
    """What a new action answers: a consultation, a session, a live poll, or nothing young people said (the board's
    own). ``said_on`` is the first day of the month it was said (or the board decided it)."""

    organisation_id: uuid.UUID
    source: ActionSource
    consultation_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    poll_id: uuid.UUID | None = None
    said_on: date | None = None


def _month(day: date) -> date:
    return day.replace(day=1)


def from_consultation(consultation: Consultation) -> Origin:
    return Origin(consultation.organisation_id, ActionSource.SURVEY, consultation_id=consultation.id)


def from_session(session: GroupSession) -> Origin:
    return Origin(session.organisation_id, ActionSource.SESSION, session_id=session.id, said_on=_month(session.held_on))


def from_poll(poll: Poll) -> Origin:
    """A poll's result, said in the month of the session it was asked at (a poll opened later for a session held
    earlier is dated by the session), else the month it was opened."""
    asked = (poll.created_at or utcnow()).date()
    session = db.session.get(GroupSession, poll.session_id) if poll.session_id is not None else None
    if session is not None and session.organisation_id == poll.organisation_id:
        asked = session.held_on
    return Origin(poll.organisation_id, ActionSource.POLL, poll_id=poll.id, said_on=_month(asked))


def from_board(organisation_id: uuid.UUID, today: date | None = None) -> Origin:
    return Origin(organisation_id, ActionSource.BOARD, said_on=_month(today or date.today()))


def get_action(consultation: Consultation, action_id: uuid.UUID) -> Action | None:
    return db.session.scalar(select(Action).where(Action.id == action_id, Action.consultation_id == consultation.id))


def get_organisation_action(organisation_id: uuid.UUID, action_id: uuid.UUID) -> Action | None:
    """One of this organisation's actions, whatever it answers; another's is not found."""
    return db.session.scalar(select(Action).where(Action.id == action_id, Action.organisation_id == organisation_id))


def save_action(
    where: Consultation | Origin | None,
    data: ActionInput,
    *,
    user_id: uuid.UUID | None,
    action: Action | None = None,
    seen_revision: int | None = None,
) -> Action:
    """Create or update a "we did" action answering ``where`` (a consultation, or any ``Origin``; an existing action
    keeps what it answers, and ``where`` may be None). With ``seen_revision`` older than the stored one, raise
    EditConflict."""
    if action is None:
        if where is None:
            raise ValueError("a new action answers a consultation or an origin")
        origin = from_consultation(where) if isinstance(where, Consultation) else where
        action = Action(
            organisation_id=origin.organisation_id,
            source=origin.source,
            consultation_id=origin.consultation_id,
            session_id=origin.session_id,
            poll_id=origin.poll_id,
            said_on=origin.said_on,
            revision=0,
        )
        db.session.add(action)
    elif seen_revision is not None and seen_revision != action.revision:
        raise EditConflict(action)
    texts: dict[str, dict[str, str]] = {"en": {"what": data.what.strip(), "reason": data.reason.strip()}}
    for language, fields in data.translations.items():
        cleaned = {key: value.strip() for key, value in fields.items() if value and value.strip()}
        if language != "en" and cleaned:
            texts[language] = cleaned
    # A translation of English that has since changed is marked for review, never silently kept as current.
    previous = action.texts or {}
    if previous.get("en") and previous["en"] != texts["en"]:
        for language, fields in texts.items():
            if language != "en" and fields == previous.get(language):
                fields["needs_review"] = "1"
    action.texts = texts
    action.themes = sorted(set(data.themes))
    action.owner, action.status = data.owner.strip(), data.status
    action.due_on = data.due_on
    action.done_on = data.done_on if data.status == ActionStatus.DONE else None
    action.evidence_url, action.evidence_note = data.evidence_url.strip(), data.evidence_note.strip()
    action.revision = (action.revision or 0) + 1
    action.updated_at, action.updated_by_id = utcnow(), user_id
    db.session.flush()
    return action


def actions_of(organisation_id: uuid.UUID, sources: Sequence[ActionSource] = tuple(ActionSource)) -> list[Action]:
    """The organisation's actions answering any of ``sources``: the latest said first, a survey's after the rest."""
    found = db.session.scalars(
        select(Action).where(Action.organisation_id == organisation_id, Action.source.in_(list(sources)))
    ).all()
    return sorted(
        found,
        key=lambda item: (item.said_on is None, -(item.said_on or date.min).toordinal(), item.source, _what(item)),
    )


def _what(action: Action) -> str:
    return (action.texts or {}).get("en", {}).get("what", "")


def has_actions(organisation_id: uuid.UUID, sources: Sequence[ActionSource]) -> bool:
    """Whether the organisation has any action answering one of ``sources`` (one small query, for pages that only
    link to the actions)."""
    return (
        db.session.scalar(
            select(Action.id)
            .where(Action.organisation_id == organisation_id, Action.source.in_(list(sources)))
            .limit(1)
        )
        is not None
    )


@dataclass(frozen=True)
class Said:
    """Where and when young people said what an action answers (or that the board decided it). ``gone``: the session
    or poll has been deleted since; the action keeps its source and month."""

    source: ActionSource
    month: date | None
    group: str = ""
    consultation: Consultation | None = None
    session: GroupSession | None = None
    poll: Poll | None = None
    gone: bool = False
    group_kind: str = ""  # the group's kind (a forum, a children's home): a home or a school is never named publicly
    group_size: int | None = None  # the group's cohort: a group smaller than the threshold is never named publicly


def where_said(actions: Sequence[Action]) -> dict[uuid.UUID, Said]:
    """``Said`` for each action, looked up together (one query for each kind of source)."""
    sessions = {
        row.id: row
        for row in db.session.scalars(
            select(GroupSession).where(GroupSession.id.in_([a.session_id for a in actions if a.session_id]))
        )
    }
    polls = {
        row.id: row
        for row in db.session.scalars(select(Poll).where(Poll.id.in_([a.poll_id for a in actions if a.poll_id])))
    }
    consultations = {
        row.id: row
        for row in db.session.scalars(
            select(Consultation).where(Consultation.id.in_([a.consultation_id for a in actions if a.consultation_id]))
        )
    }
    group_ids = {row.group_id for row in sessions.values()} | {row.group_id for row in polls.values() if row.group_id}
    groups = {
        row.id: (row.name, str(row.kind), row.cohort_size)
        for row in db.session.execute(
            select(Group.id, Group.name, Group.kind, Group.cohort_size).where(Group.id.in_(list(group_ids)))
        )
    }
    found: dict[uuid.UUID, Said] = {}
    for action in actions:
        if action.source == ActionSource.SESSION:
            session = sessions.get(action.session_id) if action.session_id else None
            group, kind, size = groups.get(session.group_id, ("", "", None)) if session else ("", "", None)
            found[action.id] = Said(
                action.source,
                action.said_on,
                group,
                session=session,
                gone=session is None,
                group_kind=kind,
                group_size=size,
            )
        elif action.source == ActionSource.POLL:
            poll = polls.get(action.poll_id) if action.poll_id else None
            group, kind, size = groups.get(poll.group_id, ("", "", None)) if poll and poll.group_id else ("", "", None)
            found[action.id] = Said(
                action.source,
                action.said_on,
                group,
                poll=poll,
                gone=poll is None,
                group_kind=kind,
                group_size=size,
            )
        elif action.source == ActionSource.SURVEY:
            consultation = consultations.get(action.consultation_id) if action.consultation_id else None
            found[action.id] = Said(action.source, action.said_on, consultation=consultation)
        else:
            found[action.id] = Said(action.source, action.said_on)
    return found


def actions_in(organisation_id: uuid.UUID, start: date, end: date) -> list[Action]:
    """Actions answering what young people said at a session or in a poll from ``start`` to ``end`` (by month), and
    the board's own decided then: what a board pack of that period adds to its surveys' actions."""
    found = db.session.scalars(
        select(Action).where(
            Action.organisation_id == organisation_id,
            Action.source != ActionSource.SURVEY,
            Action.said_on.is_not(None),
            Action.said_on.between(_month(start), end),
        )
    ).all()
    return sorted(found, key=lambda item: (item.said_on or date.min, item.source, _what(item)))


def delete_action(action: Action) -> None:
    db.session.delete(action)
    db.session.flush()


def text_of(item: Action, language: str, field: str = "what") -> tuple[str, str]:
    """The worker's wording in ``language`` if they translated it (and it is current), else English; with the
    language it is in, so the page can mark it with ``lang``."""
    translated = (item.texts or {}).get(language) or {}
    if translated.get(field) and not translated.get("needs_review"):
        return translated[field], language
    return (item.texts or {}).get("en", {}).get(field, ""), "en"


# --- reference figures -----------------------------------------------------------------------------------------------


def indicator_names(organisation_id: uuid.UUID) -> dict[str, str]:
    """Every core question the organisation's consultations ask, by key, named as its latest wave names it."""
    names: dict[str, str] = {}
    consultations = db.session.scalars(
        select(Consultation)
        .where(Consultation.organisation_id == organisation_id)
        .order_by(Consultation.created_at.desc())
    ).all()
    for consultation in consultations:
        for question in indicator_questions(consultation):
            if question.key not in names:
                names[question.key] = next(
                    (t.title for t in question.texts if t.language == "en" and not t.age_band), question.key
                )
    return names


def reference_figures(organisation_id: uuid.UUID) -> Sequence[ReferenceFigure]:
    """The organisation's reference figures by indicator, each indicator's for all ages first, then by age band
    youngest first."""
    figures = db.session.scalars(
        select(ReferenceFigure).where(ReferenceFigure.organisation_id == organisation_id)
    ).all()
    return sorted(
        figures, key=lambda figure: (figure.question_key, bool(figure.age_band), by_age(figure.age_band), figure.label)
    )


def get_reference_figure(organisation_id: uuid.UUID, figure_id: uuid.UUID) -> ReferenceFigure | None:
    """A reference figure, only if it is this organisation's."""
    return db.session.scalar(
        select(ReferenceFigure).where(
            ReferenceFigure.id == figure_id, ReferenceFigure.organisation_id == organisation_id
        )
    )


def add_reference_figure(
    organisation_id: uuid.UUID, *, question_key: str, age_band: str, label: str, percent: float, source: str
) -> ReferenceFigure | None:
    """Add a published figure to show beside an indicator; None (nothing added) when the organisation already has one
    of that name for that indicator and age band."""
    clash = db.session.scalar(
        select(ReferenceFigure.id).where(
            ReferenceFigure.organisation_id == organisation_id,
            ReferenceFigure.question_key == question_key,
            ReferenceFigure.age_band == age_band,
            ReferenceFigure.label == label,
        )
    )
    if clash is not None:
        return None
    figure = ReferenceFigure(
        organisation_id=organisation_id,
        question_key=question_key,
        age_band=age_band,
        label=label,
        percent=percent,
        source=source,
    )
    db.session.add(figure)
    db.session.flush()
    return figure


def delete_reference_figure(figure: ReferenceFigure) -> None:
    db.session.delete(figure)
    db.session.flush()


def published_consultations(organisation_id: uuid.UUID) -> Sequence[Consultation]:
    """The organisation's consultations young people can open (ever published), the latest first."""
    return db.session.scalars(
        select(Consultation)
        .where(Consultation.organisation_id == organisation_id, Consultation.live_version >= 1)
        .order_by(Consultation.opens_on.desc().nulls_last(), Consultation.code)
    ).all()


def consultations_with_actions(organisation_id: uuid.UUID) -> list[Consultation]:
    """Published consultations with at least one "we did" action: those whose "you said, we did" page says what
    changed, the latest first."""
    answered = set(
        db.session.scalars(select(Action.consultation_id).where(Action.organisation_id == organisation_id)).all()
    )
    return [consultation for consultation in published_consultations(organisation_id) if consultation.id in answered]


def organisation_name(organisation_id: uuid.UUID) -> str:
    organisation = db.session.get(Organisation, organisation_id)
    return organisation.name if organisation is not None else ""


def where_said_of(origin: Origin) -> Said:
    """``Said`` for an action not yet made from ``origin``."""
    probe = Action(
        id=uuid.uuid4(),
        organisation_id=origin.organisation_id,
        source=origin.source,
        consultation_id=origin.consultation_id,
        session_id=origin.session_id,
        poll_id=origin.poll_id,
        said_on=origin.said_on,
    )
    return where_said([probe])[probe.id]


def actions_answering(*, session_id: uuid.UUID | None = None, poll_id: uuid.UUID | None = None) -> Sequence[Action]:
    """The actions made from one session or one poll."""
    if session_id is not None:
        where = Action.session_id == session_id
    elif poll_id is not None:
        where = Action.poll_id == poll_id
    else:
        return []
    return db.session.scalars(select(Action).where(where).order_by(Action.updated_at, Action.id)).all()
