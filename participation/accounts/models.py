from __future__ import annotations

import enum
import uuid
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import Boolean, DateTime, Enum, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.db import Base, IdMixin, TimestampMixin


class Role(enum.StrEnum):
    """What a member of staff may do in one organisation."""

    ORGANISATION_ADMIN = "organisation-admin"
    PARTICIPATION_WORKER = "participation-worker"
    SAFEGUARDING_LEAD = "safeguarding-lead"
    # Reads summaries only: never a raw answer.
    BOARD_MEMBER = "board-member"


def _role_enum() -> Enum:
    return Enum(
        Role,
        name="staff_role",
        native_enum=False,
        create_constraint=True,
        length=30,
        values_callable=lambda members: [member.value for member in members],
    )


ROLE_LABELS = {
    Role.ORGANISATION_ADMIN: _l("Organisation admin"),
    Role.PARTICIPATION_WORKER: _l("Participation worker"),
    Role.SAFEGUARDING_LEAD: _l("Safeguarding lead"),
    Role.BOARD_MEMBER: _l("Board member"),
}
ROLE_HINTS = {
    Role.ORGANISATION_ADMIN: _l("Manages the team, reads the audit log, and can do everything a worker can"),
    Role.PARTICIPATION_WORKER: _l("Builds and sends out consultations, reads and themes what comes in"),
    Role.SAFEGUARDING_LEAD: _l("Sees and acts on answers that may be a disclosure of harm"),
    Role.BOARD_MEMBER: _l("Reads summaries only, never individual answers"),
}


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "staff_user"

    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # Fernet-encrypted under ACCOUNT_SECRETS_KEY, which lives outside the database.
    totp_secret: Mapped[str | None] = mapped_column(String(300))
    # The last 30-second step a code was accepted for: a code cannot be used twice.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    is_platform_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Locks the account everywhere: only a platform admin sets it. A council disables a membership instead.
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    memberships: Mapped[list[Membership]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None and self.password_hash is not None


class Membership(IdMixin, TimestampMixin, Base):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("user_id", "organisation_id", "role", name="uq_membership_role"),)

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    role: Mapped[Role] = mapped_column(_role_enum())
    # Set when this organisation's admin disables the person here; their roles in other councils are untouched.
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(back_populates="memberships")


class StaffSession(IdMixin, Base):
    """A signed-in session, held on the server so signing out or disabling an account ends it everywhere."""

    __tablename__ = "staff_session"

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Invitation(IdMixin, TimestampMixin, Base):
    """A one-time link that lets someone join an organisation in a role."""

    __tablename__ = "invitation"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[Role] = mapped_column(_role_enum())
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))


class LinkPurpose(enum.StrEnum):
    """What a one-time link emailed to a member of staff lets them do."""

    PASSWORD_RESET = "password-reset"
    # First enrolment of an authenticator: only the owner of the address can bind one to the account.
    ENROL_SECOND_FACTOR = "enrol-second-factor"


class PasswordReset(IdMixin, Base):
    """A one-time link sent to an account's own address; a newer link of the same purpose retires older ones."""

    __tablename__ = "password_reset"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[LinkPurpose] = mapped_column(
        Enum(
            LinkPurpose,
            name="link_purpose",
            native_enum=False,
            create_constraint=True,
            length=30,
            values_callable=lambda members: [member.value for member in members],
        ),
        default=LinkPurpose.PASSWORD_RESET,
        server_default=LinkPurpose.PASSWORD_RESET.value,
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
