"""The name staff know a consultation by, on every staff page, download and board pack."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from flask_babel import gettext as _
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


def staff_titles(consultation_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    """``staff_title`` of each consultation named, by id; no consultation (a safeguarding case opened on a word said
    in a live poll) is named as a live poll."""
    wanted = set(consultation_ids)
    titles: dict[uuid.UUID | None, str] = {None: _("A live poll")} if None in wanted else {}
    wanted.discard(None)
    if not wanted:
        return titles
    consultations = db.session.scalars(select(Consultation).where(Consultation.id.in_(wanted)))
    return titles | {consultation.id: staff_title(consultation) for consultation in consultations}
