from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Enum, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from participation.db import Base, IdMixin, TimestampMixin, utcnow


class GroupKind(enum.StrEnum):
    CHILDREN_IN_CARE_COUNCIL = "children-in-care-council"
    CARE_LEAVERS_FORUM = "care-leavers-forum"
    PARENTS_AND_CARERS = "parents-and-carers"
    CHILDRENS_HOME = "childrens-home"
    SCHOOL = "school"
    OTHER = "other"


# Groups that may be named where what young people said is published (a quote's attribution, the public "we did"
# page): a children in care council or a forum is a public body of young people; a children's home, a school or
# another group, often named after a place, would tell where a few children in care live or learn (TRUST.md:
# attribution is broad).
NAMED_KINDS = frozenset(
    {GroupKind.CHILDREN_IN_CARE_COUNCIL, GroupKind.CARE_LEAVERS_FORUM, GroupKind.PARENTS_AND_CARERS}
)


def may_be_named(kind: GroupKind | str, cohort_size: int | None, threshold: int) -> bool:
    """Whether a group may be named beside what its young people said: a forum or council (``NAMED_KINDS``) of at
    least ``threshold`` young people (the suppression threshold: a smaller group points to a handful of people)."""
    return kind in NAMED_KINDS and (cohort_size or 0) >= threshold


class Group(IdMixin, TimestampMixin, Base):
    """People a consultation is meant to reach, with how many there are, so response rates mean something."""

    __tablename__ = "participant_group"
    __table_args__ = (UniqueConstraint("organisation_id", "name", name="uq_participant_group_name"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[GroupKind] = mapped_column(
        Enum(
            GroupKind,
            name="group_kind",
            native_enum=False,
            create_constraint=True,
            length=40,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    cohort_size: Mapped[int] = mapped_column(Integer)


class ConsultationGroup(Base):
    """A group a consultation is meant to reach."""

    __tablename__ = "consultation_group"

    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("participant_group.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)


class InviteBatch(IdMixin, Base):
    """Invite codes printed together, for one group and optionally one age band."""

    __tablename__ = "invite_batch"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("participant_group.id", ondelete="SET NULL"))
    age_band: Mapped[str] = mapped_column(String(20), default="")
    size: Mapped[int] = mapped_column(Integer)
    with_pseudonyms: Mapped[bool] = mapped_column(default=False)
    # Cards that open the easy version (simpler words and pictures) for whoever uses them; they can turn it off.
    easy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    # Personal cards (with identifiers) print once: a reprint with used marks in the order the identifiers were
    # typed would tie a used card to a person without the second person re-identification needs.
    printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class InviteCode(IdMixin, Base):
    """A single-use code on a printed card. The code is stored as a keyed hash for look-up and encrypted (key
    outside the database) so the card can be reprinted; an identifier, if given, only as a keyed pseudonym."""

    __tablename__ = "invite_code"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("invite_batch.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("participant_group.id", ondelete="SET NULL"))
    age_band: Mapped[str] = mapped_column(String(20), default="")
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    code_encrypted: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    pseudonym: Mapped[str | None] = mapped_column(String(64))
    used_on: Mapped[date | None] = mapped_column(Date)
