"""The declarative base, naming convention and shared column helpers."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Enum, MetaData, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def this_hour(moment: datetime | None = None) -> datetime:
    """The hour a moment falls in. Anything linked to a young person's answer keeps no finer time than this (TRUST.md:
    no exact timestamp with an answer), so it cannot be matched to a line of an access log."""
    return (moment or utcnow()).replace(minute=0, second=0, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class TimestampMixin:
    """Created/updated times for staff-side rows. Never used on answers: TRUST.md forbids exact times there."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )


def str_enum(cls: type[enum.Enum], name: str, length: int = 20) -> Enum:
    """An enum stored as plain strings with a CHECK constraint: portable between SQLite and PostgreSQL and easy to
    migrate."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [member.value for member in members],
    )
