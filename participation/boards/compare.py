"""Comparing a council's headline indicators with other councils that share this Heard.

Both sides opt in (an organisation admin switches it on under Settings): only organisations that opted in are
averaged, and only an organisation that opted in sees the average. For each indicator, each other council contributes
the share from its most recent consultation asking the same core question (same question key, as the Heard starter
questions have), and only where that share could be published on its own (enough answers, no small split). The average
is shown only when at least ``HEARD_COMPARE_MIN_ORGANISATIONS`` (default 3, never fewer) councils contribute, so no
single other council can be picked out; it is a plain mean of councils, so a large council does not dominate it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from statistics import mean

from flask import current_app
from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import selectinload

from participation.boards.indicators import INDICATOR_KINDS, Counts, positive_keys, positive_of
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.reporting.suppression import split
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation, ConsultationStatus, Question

MIN_ORGANISATIONS = 3


def minimum() -> int:
    return max(MIN_ORGANISATIONS, int(current_app.config.get("HEARD_COMPARE_MIN_ORGANISATIONS", MIN_ORGANISATIONS)))


def _latest_shares(
    organisation_ids: Sequence[uuid.UUID], keys: set[str], limit: int
) -> dict[uuid.UUID, dict[str, float]]:
    """Each organisation's share for each indicator, from its most recent consultation asking the question, for
    many organisations at once: their consultations, their core questions and the answers counted in three queries
    (the database groups the answers by consultation, question and choice), not a round of queries per council."""
    if not organisation_ids or not keys:
        return {}
    consultations = db.session.execute(
        select(Consultation.id, Consultation.organisation_id)
        .where(
            Consultation.organisation_id.in_(list(organisation_ids)),
            Consultation.status != ConsultationStatus.DRAFT,
            Consultation.live_version > 0,
        )
        .order_by(Consultation.opens_on.desc().nulls_last(), Consultation.created_at.desc())
    ).all()
    # ``indicator_questions`` of each consultation's live version, reading only what it needs (no wording).
    asks: dict[uuid.UUID, dict[str, Question]] = {}
    for question in db.session.scalars(
        select(Question)
        .join(Consultation, Consultation.id == Question.consultation_id)
        .where(
            Question.consultation_id.in_([row.id for row in consultations]),
            Question.version == Consultation.live_version,
            Question.is_core.is_(True),
            Question.key.in_(list(keys)),
        )
        .order_by(Question.position)
        .options(selectinload(Question.options))
    ):
        if question.kind in INDICATOR_KINDS and positive_keys(question):
            asks.setdefault(question.consultation_id, {}).setdefault(question.key, question)
    # The latest wave asking a question counts, even when it is too small to use.
    chosen: dict[tuple[uuid.UUID, str], tuple[uuid.UUID, Question]] = {}
    for consultation_id, organisation_id in consultations:
        for key, question in asks.get(consultation_id, {}).items():
            chosen.setdefault((organisation_id, key), (consultation_id, question))
    wanted = {(consultation_id, question.key) for consultation_id, question in chosen.values()}
    counts: dict[tuple[uuid.UUID, str], Counts] = {pair: [] for pair in wanted}
    if wanted:
        rows = db.session.execute(
            select(Response.consultation_id, Answer.question_key, cast(Answer.choices, Text), func.count())
            .join(Answer, Answer.response_id == Response.id)
            .where(
                Response.consultation_id.in_(list({consultation_id for consultation_id, _key in wanted})),
                # Read as an expression, not through the index on question keys: every council asks the same
                # keys, and SQLite (without statistics) would otherwise read every council's answers to them
                # (6 s against 0.02 s at 100,000 responses) rather than the few consultations' own.
                Answer.question_key.concat("").in_(list(keys)),
                Answer.declined.is_(False),
                Answer.choices.is_not(None),
            )
            .group_by(Response.consultation_id, Answer.question_key, cast(Answer.choices, Text))
        ).all()
        for consultation_id, key, text, count in rows:
            picked = json.loads(text) if text else None
            if picked and (consultation_id, key) in counts:  # a JSON null or an empty list is not an answer
                counts[(consultation_id, key)].append(("", None, picked, count))
    shares: dict[uuid.UUID, dict[str, float]] = {}
    for (organisation_id, key), (consultation_id, question) in chosen.items():
        result = split(*positive_of(counts[(consultation_id, key)], positive_keys(question)), limit)
        if result.percent is not None:
            shares.setdefault(organisation_id, {})[key] = result.percent
    return shares


def averages(consultation: Consultation, keys: Iterable[str], *, limit: int) -> dict[str, tuple[float, int]]:
    """Indicator key -> (mean share of the other opted-in councils, how many councils), where enough contribute."""
    wanted = set(keys)
    organisation = db.session.get(Organisation, consultation.organisation_id)
    if organisation is None or not organisation.compare_opt_in or not wanted:
        return {}
    others = db.session.scalars(
        select(Organisation.id).where(Organisation.compare_opt_in.is_(True), Organisation.id != organisation.id)
    ).all()
    collected: dict[str, list[float]] = {}
    shares = _latest_shares(others, wanted, limit)
    for other in others:
        for key, value in shares.get(other, {}).items():
            collected.setdefault(key, []).append(value)
    needed = minimum()
    return {key: (round(mean(values), 1), len(values)) for key, values in collected.items() if len(values) >= needed}
