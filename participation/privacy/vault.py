"""The identity vault: identifiers kept for safeguarding follow-up, encrypted under their own key.

Nothing else in Heard reads this table. An entry is found by the keyed pseudonym a response carries (so finding one
needs the pseudonym key as well as the database) and opened only through an approved re-identification request.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select

from participation import crypto
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.privacy.models import VaultEntry
from participation.pseudonyms import identifier_pseudonym
from participation.surveys.models import Consultation


def enabled(organisation_id: uuid.UUID) -> bool:
    organisation = db.session.get(Organisation, organisation_id)
    return bool(organisation and organisation.identity_vault)


def keep_identifiers(
    consultation: Consultation, identifiers: Sequence[str], *, created_by: uuid.UUID | None = None
) -> int:
    """Keep each identifier, encrypted, when the organisation has switched the vault on. Returns how many."""
    if not enabled(consultation.organisation_id):
        return 0
    fernet = crypto.fernet("VAULT_KEY")
    kept = 0
    for identifier in identifiers:
        tidy = " ".join(identifier.split())
        if not tidy:
            continue
        pseudonym = identifier_pseudonym(consultation.organisation_id, tidy)
        existing = db.session.scalar(
            select(VaultEntry).where(VaultEntry.consultation_id == consultation.id, VaultEntry.pseudonym == pseudonym)
        )
        if existing is not None:
            continue
        db.session.add(
            VaultEntry(
                organisation_id=consultation.organisation_id,
                consultation_id=consultation.id,
                pseudonym=pseudonym,
                created_by_id=created_by,
                identifier_encrypted=fernet.encrypt(tidy.encode()).decode(),
            )
        )
        kept += 1
    db.session.flush()
    return kept


def entry_for(organisation_id: uuid.UUID, consultation_id: uuid.UUID, pseudonym: str | None) -> VaultEntry | None:
    if not pseudonym:
        return None
    return db.session.scalar(
        select(VaultEntry).where(
            VaultEntry.organisation_id == organisation_id,
            VaultEntry.consultation_id == consultation_id,
            VaultEntry.pseudonym == pseudonym,
        )
    )


def open_entry(entry: VaultEntry) -> str | None:
    """The identifier. Callers must have checked an approved, unexpired request and must audit the reveal."""
    return crypto.decrypt("VAULT_KEY", entry.identifier_encrypted)


def count(organisation_id: uuid.UUID) -> int:
    return (
        db.session.scalar(
            select(func.count()).select_from(VaultEntry).where(VaultEntry.organisation_id == organisation_id)
        )
        or 0
    )
