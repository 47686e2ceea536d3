"""The declarative base, naming convention and shared column helpers."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from typing import Any, TypeVar

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


F = TypeVar("F", bound=Callable[..., Any])


def commit_on_success(view: F) -> F:
    """Commit the session when the view returns normally; roll back when it raises."""
    from participation.extensions import db

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = view(*args, **kwargs)
        except Exception:
            db.session.rollback()
            raise
        db.session.commit()
        return result

    # A view that writes even when asked by GET (the done page, quick exit, audited downloads): on SQLite its
    # transaction takes the write lock up front, as a POST's does, so a busy moment waits instead of failing.
    wrapper.heard_writes = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


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
