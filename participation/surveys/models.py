from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import ClassVar, TypeVar

from flask_babel import lazy_gettext as _l
from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.db import Base, IdMixin, TimestampMixin, str_enum

# The enum lives with the registry of kinds; modules that read it from here still may.
from participation.surveys.kinds import QuestionKind as QuestionKind


class AgeBand(enum.StrEnum):
    """The versions of one survey. Core questions keep one identity across bands so results compare."""

    EARLY_YEARS = "4-7"
    CHILDREN = "8-11"
    TEENAGERS = "12-17"
    CARE_LEAVERS = "care-leavers"
    PARENTS_CARERS = "parents-carers"


# What staff pages and packs call each band, youngest first.
Counted = TypeVar("Counted")

BAND_NAMES = {
    AgeBand.EARLY_YEARS.value: _l("4 to 7"),
    AgeBand.CHILDREN.value: _l("8 to 11"),
    AgeBand.TEENAGERS.value: _l("12 to 17"),
    AgeBand.CARE_LEAVERS.value: _l("Care leavers (18 to 25)"),
    AgeBand.PARENTS_CARERS.value: _l("Parents and carers"),
}


def by_age(band: str) -> tuple[int, str]:
    """A sort key putting age bands youngest first (4 to 7, 8 to 11, 12 to 17, care leavers, parents and carers), not
    in the database's order ("12-17" sorts before "4-7"); anything else after them."""
    order = list(BAND_NAMES)
    return (order.index(band), "") if band in BAND_NAMES else (len(order), band)


def in_band_order(by_band: dict[str, Counted]) -> dict[str, Counted]:
    """The same mapping with its age bands youngest first (``by_age``)."""
    return dict(sorted(by_band.items(), key=lambda item: by_age(str(item[0]))))


class ConsultationStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CLOSED = "closed"


class Consultation(IdMixin, TimestampMixin, Base):
    """One survey wave, reached by young people at ``/s/<code>``."""

    __tablename__ = "consultation"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[ConsultationStatus] = mapped_column(
        str_enum(ConsultationStatus, "consultation_status"), default=ConsultationStatus.DRAFT
    )
    opens_on: Mapped[date | None] = mapped_column(Date)
    closes_on: Mapped[date | None] = mapped_column(Date)
    feedback_due_on: Mapped[date | None] = mapped_column(Date)
    retention_days: Mapped[int] = mapped_column(Integer, default=730)
    # The wave this one follows (set when created as a new wave): "how that changed since the last wave".
    previous_wave_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("consultation.id", ondelete="SET NULL"))
    # Bumped whenever questions or texts change, so cached renderings of the survey are never stale.
    content_version: Mapped[int] = mapped_column(Integer, default=1)
    # Publishing freezes a version: young people see ``live_version`` (0 until first published) while workers edit
    # ``draft_version``. The first edit after publishing copies the live version into a new draft version.
    live_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    draft_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    # Every version's rows; read one version through participation.surveys.services.
    texts: Mapped[list[ConsultationText]] = relationship(back_populates="consultation", cascade="all, delete-orphan")
    questions: Mapped[list[Question]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="Question.position"
    )

    def is_open(self, today: date) -> bool:
        if self.status != ConsultationStatus.PUBLISHED or self.live_version < 1:
            return False
        if self.opens_on and today < self.opens_on:
            return False
        return not (self.closes_on and today > self.closes_on)


# Translated texts. Each field a young person reads (a title, a hint, an answer) keeps its own review state, in two
# columns beside it:
# - ``<field>_unchecked``: nobody who speaks the language has ticked "Checked" for it since it was last saved;
# - ``<field>_from``: the English it was translated from (or last checked against). When the English of that same
#   field and band is no longer this, the translation is out of date, and the editor shows what the English was.
# English rows leave them empty. ``participation.surveys.translations`` reads and writes them.


class ReviewedFields:
    """A row of translated texts whose fields each keep their own review state (the two columns above)."""

    translated_fields: ClassVar[tuple[str, ...]] = ()

    def review_state(self) -> dict[str, bool | str | None]:
        """Every field's review columns, to copy into another version of the same text."""
        return {
            f"{field}_{part}": getattr(self, f"{field}_{part}")
            for field in self.translated_fields
            for part in ("unchecked", "from")
        }


class ConsultationText(IdMixin, ReviewedFields, Base):
    """Title, what it is about and what happens next, per language and optionally per age band."""

    __tablename__ = "consultation_text"
    __table_args__ = (
        UniqueConstraint("consultation_id", "version", "language", "age_band", name="uq_consultation_text_key"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    language: Mapped[str] = mapped_column(String(8))
    # Empty string means "every band": NULLs would not take part in the unique constraint.
    age_band: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str | None] = mapped_column(String(200))
    about: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    # A translation's review state, field by field: rewording the English title leaves the
    # translated "what happens next" as it was.
    title_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    about_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    next_steps_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    title_from: Mapped[str | None] = mapped_column(Text)
    about_from: Mapped[str | None] = mapped_column(Text)
    next_steps_from: Mapped[str | None] = mapped_column(Text)

    translated_fields: ClassVar[tuple[str, ...]] = ("title", "about", "next_steps")

    consultation: Mapped[Consultation] = relationship(back_populates="texts")


class Question(IdMixin, Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("consultation_id", "version", "key", name="uq_question_key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Stable identity shared by every age band's version, every published version and every wave.
    key: Mapped[str] = mapped_column(String(60))
    # Plain text, with no CHECK constraint listing the kinds: the registry (participation.surveys.kinds) is the list,
    # so a new kind needs no migration.
    kind: Mapped[QuestionKind] = mapped_column(
        Enum(
            QuestionKind,
            name="question_kind",
            native_enum=False,
            create_constraint=False,
            length=20,
            values_callable=lambda members: [member.value for member in members],
        )
    )
    position: Mapped[int] = mapped_column(Integer)
    is_core: Mapped[bool] = mapped_column(Boolean, default=False)
    max_length: Mapped[int | None] = mapped_column(Integer)

    consultation: Mapped[Consultation] = relationship(back_populates="questions")
    bands: Mapped[list[QuestionBand]] = relationship(cascade="all, delete-orphan")
    texts: Mapped[list[QuestionText]] = relationship(cascade="all, delete-orphan")
    options: Mapped[list[Option]] = relationship(cascade="all, delete-orphan", order_by="Option.position")

    @property
    def band_slugs(self) -> set[str]:
        return {band.age_band for band in self.bands}

    @property
    def text_limit(self) -> int:
        if self.max_length:
            return self.max_length
        return self.kind.spec.text_limit or 2000


class QuestionBand(Base):
    """Which age bands see a question."""

    __tablename__ = "question_band"

    question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True
    )
    age_band: Mapped[str] = mapped_column(String(20), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)


class QuestionText(IdMixin, ReviewedFields, Base):
    __tablename__ = "question_text"
    __table_args__ = (UniqueConstraint("question_id", "language", "age_band", name="uq_question_text_key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    question_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("question.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    age_band: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    hint: Mapped[str | None] = mapped_column(Text)
    # Review state field by field: a new English title leaves the translated hint as it was.
    title_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    hint_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    title_from: Mapped[str | None] = mapped_column(Text)
    hint_from: Mapped[str | None] = mapped_column(Text)

    translated_fields: ClassVar[tuple[str, ...]] = ("title", "hint")


class Option(IdMixin, Base):
    __tablename__ = "option"
    __table_args__ = (UniqueConstraint("question_id", "key", name="uq_option_key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    question_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("question.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str | None] = mapped_column(String(20))
    # Counts towards the question's headline indicator ("always" and "mostly" for feeling listened to).
    is_positive: Mapped[bool] = mapped_column(Boolean, default=False)
    # Comma-separated band slugs; empty means every band that sees the question.
    bands: Mapped[str] = mapped_column(String(120), default="")

    texts: Mapped[list[OptionText]] = relationship(cascade="all, delete-orphan")

    def shown_to(self, age_band: str) -> bool:
        return not self.bands or age_band in self.bands.split(",")


class OptionText(IdMixin, ReviewedFields, Base):
    __tablename__ = "option_text"
    __table_args__ = (UniqueConstraint("option_id", "language", "age_band", name="uq_option_text_key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    option_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("option.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    age_band: Mapped[str] = mapped_column(String(20), default="")
    label: Mapped[str] = mapped_column(String(200))
    # Review state of this one answer's translation.
    label_unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    label_from: Mapped[str | None] = mapped_column(Text)

    translated_fields: ClassVar[tuple[str, ...]] = ("label",)


class TermRule(IdMixin, Base):
    """A word an organisation's young people have asked not to be used, and what to say instead."""

    __tablename__ = "term_rule"
    __table_args__ = (UniqueConstraint("organisation_id", "term", name="uq_term_rule_term"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    term: Mapped[str] = mapped_column(String(80))
    suggestion: Mapped[str] = mapped_column(String(200))
