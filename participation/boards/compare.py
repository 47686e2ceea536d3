"""Comparing a council's headline indicators with other councils that share this Heard.

Both sides opt in (an organisation admin switches it on under Settings): only organisations that opted in are
averaged, and only an organisation that opted in sees the average. For each indicator, each other council contributes
the share from its most recent consultation asking the same core question (same question key, as the Heard starter
questions have), and only where that share could be published on its own (enough answers, no small split). The average
is shown only when at least ``HEARD_COMPARE_MIN_ORGANISATIONS`` (default 3, never fewer) councils contribute, so no
single other council can be picked out; it is a plain mean of councils, so a large council does not dominate it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from statistics import mean

from flask import current_app
from sqlalchemy import select

from participation.boards.indicators import answer_counts, indicator_questions, positive_keys, positive_of
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.reporting.suppression import split
from participation.surveys.models import Consultation, ConsultationStatus

MIN_ORGANISATIONS = 3


def minimum() -> int:
    return max(MIN_ORGANISATIONS, int(current_app.config.get("HEARD_COMPARE_MIN_ORGANISATIONS", MIN_ORGANISATIONS)))


def _latest_shares(organisation_id: uuid.UUID, keys: set[str], limit: int) -> dict[str, float]:
    consultations = db.session.scalars(
        select(Consultation)
        .where(
            Consultation.organisation_id == organisation_id,
            Consultation.status != ConsultationStatus.DRAFT,
            Consultation.live_version > 0,
        )
        .order_by(Consultation.opens_on.desc().nulls_last(), Consultation.created_at.desc())
    ).all()
    found: set[str] = set()
    shares: dict[str, float] = {}
    for consultation in consultations:
        asked = [
            question
            for question in indicator_questions(consultation)
            if question.key in keys and question.key not in found
        ]
        counts = answer_counts(consultation.id, [question.key for question in asked])
        for question in asked:
            found.add(question.key)  # the latest wave asking it counts, even when it is too small to use
            result = split(*positive_of(counts[question.key], positive_keys(question)), limit)
            if result.percent is not None:
                shares[question.key] = result.percent
        if found == keys:
            break
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
    for other in others:
        for key, value in _latest_shares(other, wanted, limit).items():
            collected.setdefault(key, []).append(value)
    needed = minimum()
    return {key: (round(mean(values), 1), len(values)) for key, values in collected.items() if len(values) >= needed}
