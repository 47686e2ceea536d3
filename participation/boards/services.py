""" "We did" actions: the only place their rows are written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from participation.boards.indicators import indicator_questions
from participation.boards.models import Action, ActionStatus, ReferenceFigure
from participation.db import utcnow
from participation.extensions import db
from participation.organisations.models import Organisation
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


def get_action(consultation: Consultation, action_id: uuid.UUID) -> Action | None:
    return db.session.scalar(select(Action).where(Action.id == action_id, Action.consultation_id == consultation.id))


def save_action(
    consultation: Consultation,
    data: ActionInput,
    *,
    user_id: uuid.UUID | None,
    action: Action | None = None,
    seen_revision: int | None = None,
) -> Action:
    """Create or update a "we did" action. With ``seen_revision`` older than the stored one, raise EditConflict."""
    if action is None:
        action = Action(organisation_id=consultation.organisation_id, consultation_id=consultation.id, revision=0)
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
