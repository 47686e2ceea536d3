"""Groups, posters and invite codes: the only place distribution rows are read or written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from cryptography.fernet import InvalidToken
from sqlalchemy import Table, delete, func, select

from participation import crypto
from participation.db import utcnow
from participation.distribution.models import ConsultationGroup, Group, GroupKind, InviteBatch, InviteCode
from participation.extensions import db
from participation.privacy import vault
from participation.pseudonyms import (
    CODE_SHAPES,
    CodeKind,
    format_code,
    identifier_pseudonym,
    keyed_hash,
    new_code_of,
    normalise_code,
)
from participation.surveys.models import Consultation

INVITE_CODE_LENGTH = CODE_SHAPES[CodeKind.INVITE].length
MAX_BATCH = 2000


def groups_for(organisation_id: uuid.UUID) -> Sequence[Group]:
    return db.session.scalars(select(Group).where(Group.organisation_id == organisation_id).order_by(Group.name)).all()


def get_group(organisation_id: uuid.UUID, group_id: uuid.UUID | str | None) -> Group | None:
    if not group_id:
        return None
    try:
        wanted = uuid.UUID(str(group_id))
    except ValueError:
        return None
    return db.session.scalar(select(Group).where(Group.id == wanted, Group.organisation_id == organisation_id))


def save_group(
    organisation_id: uuid.UUID, name: str, kind: GroupKind, cohort_size: int, group: Group | None = None
) -> Group:
    if group is None:
        group = Group(organisation_id=organisation_id, name=name, kind=kind, cohort_size=cohort_size)
        db.session.add(group)
    else:
        group.name, group.kind, group.cohort_size = name, kind, cohort_size
    db.session.flush()
    return group


def name_taken(organisation_id: uuid.UUID, name: str, except_id: uuid.UUID | None = None) -> bool:
    query = select(Group.id).where(Group.organisation_id == organisation_id, func.lower(Group.name) == name.lower())
    if except_id:
        query = query.where(Group.id != except_id)
    return db.session.scalar(query) is not None


def target_groups(consultation: Consultation) -> list[Group]:
    return list(
        db.session.scalars(
            select(Group)
            .join(ConsultationGroup, ConsultationGroup.group_id == Group.id)
            .where(ConsultationGroup.consultation_id == consultation.id)
            .order_by(Group.name)
        )
    )


def set_target_groups(consultation: Consultation, groups: Sequence[Group]) -> None:
    db.session.execute(delete(ConsultationGroup).where(ConsultationGroup.consultation_id == consultation.id))
    for group in groups:
        db.session.add(
            ConsultationGroup(
                consultation_id=consultation.id, group_id=group.id, organisation_id=consultation.organisation_id
            )
        )
    db.session.flush()


# --- invite codes ---------------------------------------------------------------------------------------------------


def _code_hash(code: str) -> str:
    return keyed_hash("invite-code", normalise_code(code))


def create_batch(
    consultation: Consultation,
    *,
    count: int,
    group: Group | None,
    age_band: str,
    identifiers: Sequence[str] = (),
    created_by: uuid.UUID | None = None,
    easy: bool = False,
) -> InviteBatch:
    """Print-ready single-use codes. With identifiers, one code each, carrying that identifier's pseudonym. ``easy``:
    each card opens the easy version (simpler words and pictures) for whoever uses it."""
    identifiers = [line.strip() for line in identifiers if line.strip()]
    size = len(identifiers) if identifiers else count
    batch = InviteBatch(
        organisation_id=consultation.organisation_id,
        consultation_id=consultation.id,
        group_id=group.id if group else None,
        age_band=age_band,
        size=size,
        with_pseudonyms=bool(identifiers),
        created_by_id=created_by,
        easy=easy,
    )
    db.session.add(batch)
    db.session.flush()
    fernet = crypto.fernet("ACCOUNT_SECRETS_KEY")
    rows = []
    for position in range(1, size + 1):
        code = new_code_of(CodeKind.INVITE)
        rows.append(
            {
                "id": uuid.uuid4(),
                "organisation_id": consultation.organisation_id,
                "consultation_id": consultation.id,
                "batch_id": batch.id,
                "group_id": batch.group_id,
                "age_band": age_band,
                "code_hash": _code_hash(code),
                "position": position,
                "code_encrypted": fernet.encrypt(code.encode()).decode(),
                "pseudonym": identifier_pseudonym(consultation.organisation_id, identifiers[position - 1])
                if identifiers
                else None,
            }
        )
    # One multi-row insert: a thousand codes in one round trip.
    # A mapped class's __table__ is typed as a FromClause; with a __tablename__ it is always a Table.
    db.session.execute(cast(Table, InviteCode.__table__).insert(), rows)
    if identifiers:
        # Kept (encrypted under the vault key) only where the organisation has switched the vault on.
        vault.keep_identifiers(consultation, identifiers, created_by=created_by)
    return batch


def batches_for(consultation: Consultation) -> Sequence[InviteBatch]:
    return db.session.scalars(
        select(InviteBatch)
        .where(InviteBatch.consultation_id == consultation.id)
        .order_by(InviteBatch.created_at.desc())
    ).all()


def get_batch(consultation: Consultation, batch_id: uuid.UUID) -> InviteBatch | None:
    return db.session.scalar(
        select(InviteBatch).where(InviteBatch.id == batch_id, InviteBatch.consultation_id == consultation.id)
    )


@dataclass(frozen=True)
class PrintedCode:
    position: int
    code: str
    used: bool


def printed_codes(batch: InviteBatch) -> list[PrintedCode]:
    fernet = crypto.fernet("ACCOUNT_SECRETS_KEY")
    codes = db.session.execute(
        select(InviteCode.position, InviteCode.code_encrypted, InviteCode.used_on)
        .where(InviteCode.batch_id == batch.id)
        .order_by(InviteCode.position)
    ).all()
    printed = []
    for position, encrypted, used_on in codes:
        try:
            code = fernet.decrypt(encrypted.encode()).decode()
        except InvalidToken:
            code = "?"
        printed.append(PrintedCode(position, format_code(code), used_on is not None))
    return printed


def may_print(batch: InviteBatch) -> bool:
    """Shared cards can be reprinted; personal cards only the once, when they are made."""
    return not batch.with_pseudonyms or batch.printed_at is None


def mark_printed(batch: InviteBatch) -> None:
    if batch.printed_at is None:
        batch.printed_at = utcnow()


def find_invite(typed: str) -> InviteCode | None:
    code = normalise_code(typed)
    if len(code) != INVITE_CODE_LENGTH:
        return None
    return db.session.scalar(select(InviteCode).where(InviteCode.code_hash == _code_hash(code)))


def opens_easy(invite: InviteCode) -> bool:
    """Whether an invite card's batch was made for the easy version (simpler words and pictures)."""
    batch = db.session.get(InviteBatch, invite.batch_id)
    return bool(batch is not None and batch.easy)


def find_invite_by_id(invite_id: object) -> InviteCode | None:
    if not invite_id:
        return None
    try:
        return db.session.get(InviteCode, uuid.UUID(str(invite_id)))
    except ValueError:
        return None


def mark_used(invite_id: uuid.UUID, today: date | None = None) -> None:
    invite = db.session.get(InviteCode, invite_id)
    if invite is not None and invite.used_on is None:
        invite.used_on = today or date.today()
