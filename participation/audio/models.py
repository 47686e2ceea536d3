from __future__ import annotations

import uuid

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin


class Recording(IdMixin, TimestampMixin, Base):
    """A person's voice reading one text in one language, which young people hear instead of espeak-ng's.

    It belongs to the words, not to a row of a version: wherever the council's consultations show these words in
    this language (every age band's wording, every published version, the next wave), this recording reads them; when
    a worker changes the words, the recording no longer matches and the new words are read by espeak-ng (or need a
    recording) until someone records them. The sound is a file in the audio folder named by its own digest.
    """

    __tablename__ = "recording"
    __table_args__ = (UniqueConstraint("organisation_id", "language", "text_digest", name="uq_recording_words"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    # participation.audio.speech.text_digest of the words, which are kept beside it for the staff pages.
    text_digest: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    file: Mapped[str] = mapped_column(String(32))
    seconds: Mapped[float] = mapped_column(Float)
    size: Mapped[int] = mapped_column(Integer)
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
