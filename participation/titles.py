"""The name staff know a consultation by, on every staff page, download and board pack."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select

from participation.extensions import db
from participation.surveys.models import Consultation, ConsultationText


def staff_title(consultation: Consultation) -> str:
    """The English title written for every age band (the live version's, or the draft's before it opens); the
    consultation's code when it has none yet."""
    title = db.session.scalar(
        select(ConsultationText.title).where(
            ConsultationText.consultation_id == consultation.id,
            ConsultationText.version == (consultation.live_version or consultation.draft_version),
            ConsultationText.language == "en",
            ConsultationText.age_band == "",
        )
    )
    return title or consultation.code


def staff_titles(consultation_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """``staff_title`` of each consultation named, by id."""
    wanted = set(consultation_ids)
    if not wanted:
        return {}
    consultations = db.session.scalars(select(Consultation).where(Consultation.id.in_(wanted)))
    return {consultation.id: staff_title(consultation) for consultation in consultations}
