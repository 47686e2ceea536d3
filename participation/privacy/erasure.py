"""Erasure and retention (TRUST.md, UK GDPR Art. 17 and storage limitation).

Erasure by identifier: where a worker printed personal invite codes, each response through one carries the keyed
pseudonym of the identifier (never the identifier). A worker who types the identifier again gets the same pseudonym,
and so finds that young person's responses (in every consultation), unsent drafts, invite codes and vault entries,
and erases them: the answers, what the analysis made of them (themes, mood, flags), any quotes, the draft, the
vault entry; the invite code forgets the pseudonym. Nothing else holds a copy, except a safeguarding case: every
removal keeps it by one rule (``participation.analysis.keeping``), an open one with its words until a safeguarding
lead closes it, and only a safeguarding lead or an admin may erase answers an open case depends on. Published figures
are never stored: every pack and page counts what is there when it is made, so once the rows are gone each figure is
recounted and suppressed again, and stays consistent.

Retention: each consultation keeps raw free text for ``retention_days`` after it closed. When that has passed, the
purge removes every free-text answer, quote, unsent draft and vault entry, and cuts the link from each response to a
person (the pseudonyms are replaced with random values, so a receipt code or an identifier finds nothing). What is
left are anonymous rows of age band, group, the options chosen and the themes found: enough for the suppressed
figures in board packs and nothing more. The words of a safeguarding case not yet dealt with (new or acknowledged)
stay on the case, by the same rule, until a safeguarding lead closes it, so the safeguarding record is whole; the
purge reports it.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Select, delete, func, select, update

from participation.analysis import keeping
from participation.analysis.models import CaseAnswer, Quote, Removal, SafeguardingCase
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.privacy.models import VaultEntry
from participation.pseudonyms import identifier_pseudonym
from participation.responses import services as responses
from participation.responses.models import Answer, Draft, Response
from participation.surveys.models import Consultation, ConsultationStatus

# --- erasure by identifier ------------------------------------------------------------------------------------------


@dataclass
class Found:
    """What an identifier leads to in one organisation, before anything is erased."""

    pseudonym: str
    responses: list[Response] = field(default_factory=list)
    drafts: int = 0
    invites: int = 0
    vault_entries: int = 0
    cases_opened_from_drafts: int = 0
    responses_erased: int = 0
    consultations: dict[uuid.UUID, int] = field(default_factory=dict)  # responses per consultation
    open_cases: int = 0  # safeguarding cases still open on these responses: kept, with their words, by ``keeping``
    held_back: int = 0  # responses left for a safeguarding lead or admin, because an open case depends on them

    @property
    def anything(self) -> bool:
        return bool(self.responses or self.drafts or self.invites or self.vault_entries)


def _count(query: Select[*tuple[Any, ...]]) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def find(organisation_id: uuid.UUID, identifier: str) -> Found:
    pseudonym = identifier_pseudonym(organisation_id, identifier)
    found = Found(pseudonym)
    found.responses = list(
        db.session.scalars(
            select(Response).where(Response.organisation_id == organisation_id, Response.invite_pseudonym == pseudonym)
        )
    )
    for response in found.responses:
        found.consultations[response.consultation_id] = found.consultations.get(response.consultation_id, 0) + 1
    invites = select(InviteCode.id).where(
        InviteCode.organisation_id == organisation_id, InviteCode.pseudonym == pseudonym
    )
    found.invites = _count(invites)
    found.drafts = _count(
        select(Draft.id).where(
            Draft.organisation_id == organisation_id, Draft.invite_id.in_(invites), Draft.response_id.is_(None)
        )
    )
    found.vault_entries = _count(
        select(VaultEntry.id).where(VaultEntry.organisation_id == organisation_id, VaultEntry.pseudonym == pseudonym)
    )
    found.open_cases = keeping.open_cases_on(
        select(Answer.id).where(Answer.response_id.in_([response.id for response in found.responses]))
    )
    return found


def erase(organisation_id: uuid.UUID, identifier: str, *, by: uuid.UUID | None, may_touch_open_cases: bool) -> Found:
    """Erase everything the identifier leads to in the organisation; returns what was found.

    Every safeguarding case on the erased answers is kept by the one rule (``keeping.keep_cases``), marked "erased by
    identifier" with who did it, so that someone else closes it. Answers an open case depends on are erased only by
    someone who may (a safeguarding lead or an admin): otherwise they are held back (``Found.held_back``) with the
    vault entry that lets a lead trace them, and nothing else about them changes."""
    found = find(organisation_id, identifier)
    held: set[uuid.UUID] = set()  # consultations with a response held back
    for response in found.responses:
        if not may_touch_open_cases and responses.open_cases_on(response):
            found.held_back += 1
            held.add(response.consultation_id)
            continue
        responses.delete_response(response, Removal.ERASED_BY_IDENTIFIER, by=by)
        found.responses_erased += 1
    invites = select(InviteCode.id).where(
        InviteCode.organisation_id == organisation_id, InviteCode.pseudonym == found.pseudonym
    )
    drafts = select(Draft.id).where(Draft.organisation_id == organisation_id, Draft.invite_id.in_(invites))
    # An unsent draft holding a possible disclosure the young person was told would be read is, like a sent answer
    # an open case depends on, for a safeguarding lead or admin: anyone else leaves it (and what traces it) alone,
    # and the sweep opens its case as promised. A lead or admin erasing it opens its case now, marked as erased and
    # never sent, whatever its age.
    held_invites: set[uuid.UUID] = set()
    if may_touch_open_cases:
        found.cases_opened_from_drafts = keeping.keep_unsent(drafts, Removal.ERASED_BY_IDENTIFIER, by=by)
    else:
        for draft in keeping.unsent_disclosures(drafts):
            found.held_back += 1
            found.drafts -= 1
            held.add(draft.consultation_id)
            if draft.invite_id:
                held_invites.add(draft.invite_id)
    db.session.execute(delete(Draft).where(Draft.id.in_(drafts), Draft.invite_id.not_in(held_invites)))
    db.session.execute(
        update(InviteCode)
        .where(
            InviteCode.organisation_id == organisation_id,
            InviteCode.pseudonym == found.pseudonym,
            InviteCode.id.not_in(held_invites),
        )
        .values(pseudonym=None)
    )
    # A case kept open by this erasure still needs its vault entry (a lead may yet, with a second person, need to find
    # the young person): it stays until a lead closes the case (``keeping.closing`` removes it then).
    waiting = {
        case.consultation_id
        for case in db.session.scalars(
            select(SafeguardingCase).where(
                SafeguardingCase.organisation_id == organisation_id,
                SafeguardingCase.status.in_(keeping.OPEN),
                SafeguardingCase.removal == Removal.ERASED_BY_IDENTIFIER,
            )
        )
        if (case.kept or {}).get("invite_pseudonym") == found.pseudonym
    }
    erased_vault = db.session.execute(
        delete(VaultEntry).where(
            VaultEntry.organisation_id == organisation_id,
            VaultEntry.pseudonym == found.pseudonym,
            VaultEntry.consultation_id.not_in(held | waiting),
        )
    )
    # What the audit row says is what went: a vault entry kept for a held-back answer is not counted as erased.
    # A DELETE gives a CursorResult, with its rowcount; Session.execute is typed for any statement.
    found.vault_entries = cast(CursorResult[Any], erased_vault).rowcount
    db.session.flush()
    return found


OPEN_CASES = keeping.OPEN  # not yet referred on or found to be no concern


# --- retention ------------------------------------------------------------------------------------------------------


def ended_on(consultation: Consultation) -> date | None:
    """When fieldwork ended: the closing date, or for a consultation closed early without one, the day it closed.
    A consultation still open has not ended, so nothing of it expires yet."""
    if consultation.closes_on is not None:
        return consultation.closes_on
    if consultation.status == ConsultationStatus.CLOSED:
        return consultation.updated_at.date()
    return None


def expires_on(consultation: Consultation) -> date | None:
    ended = ended_on(consultation)
    return ended + timedelta(days=consultation.retention_days) if ended is not None else None


@dataclass
class Expired:
    """One consultation past its retention period, and what the purge removes (or removed) from it."""

    consultation: Consultation
    expired_on: date
    free_text: int = 0
    quotes: int = 0
    drafts: int = 0
    vault_entries: int = 0
    linked_responses: int = 0  # responses still carrying a pseudonym that could lead back to a person
    kept_for_safeguarding: int = 0  # safeguarding cases still open whose words stay on the case until closed

    @property
    def anything(self) -> bool:
        return bool(self.free_text or self.quotes or self.drafts or self.vault_entries or self.linked_responses)


def _open_case_answers(consultation_id: uuid.UUID) -> Select[uuid.UUID]:
    return (
        select(CaseAnswer.answer_id)
        .join(SafeguardingCase, SafeguardingCase.id == CaseAnswer.case_id)
        .where(SafeguardingCase.consultation_id == consultation_id, SafeguardingCase.status.in_(OPEN_CASES))
    )


def _open_cases_holding_words(consultation_id: uuid.UUID) -> int:
    """Open cases of a consultation whose words the purge leaves on the case: on an answer still holding its text,
    or already kept by the case after an earlier removal (or never sent)."""
    cases = db.session.scalars(
        select(SafeguardingCase).where(
            SafeguardingCase.consultation_id == consultation_id, SafeguardingCase.status.in_(OPEN_CASES)
        )
    ).all()
    texts = set(db.session.scalars(_text_answers(consultation_id)))
    return sum(
        1 for case in cases if any(link.answer_id in texts for link in case.answers) or (case.kept or {}).get("text")
    )


def _text_answers(consultation_id: uuid.UUID) -> Select[uuid.UUID]:
    responses = select(Response.id).where(Response.consultation_id == consultation_id)
    return select(Answer.id).where(Answer.response_id.in_(responses), Answer.text.is_not(None), Answer.text != "")


def expired(today: date, organisation_id: uuid.UUID | None = None) -> list[Expired]:
    """Every consultation whose retention period has passed by ``today`` and that still holds something to purge."""
    query = select(Consultation).order_by(Consultation.code)
    if organisation_id is not None:
        query = query.where(Consultation.organisation_id == organisation_id)
    result = []
    for consultation in db.session.scalars(query):
        until = expires_on(consultation)
        if until is None or until > today:
            continue
        kept = _open_case_answers(consultation.id)
        texts = _text_answers(consultation.id)
        item = Expired(consultation, until)
        item.free_text = _count(texts.where(Answer.id.not_in(kept)))
        item.kept_for_safeguarding = _open_cases_holding_words(consultation.id)
        item.quotes = _count(select(Quote.id).where(Quote.consultation_id == consultation.id))
        item.drafts = _count(select(Draft.id).where(Draft.consultation_id == consultation.id))
        item.vault_entries = _count(select(VaultEntry.id).where(VaultEntry.consultation_id == consultation.id))
        item.linked_responses = _count(
            select(Response.id).where(Response.consultation_id == consultation.id, Response.purged.is_(False))
        )
        if item.anything or item.kept_for_safeguarding:
            result.append(item)
    return result


def purge(items: Sequence[Expired], on: date | None = None) -> None:
    """Remove what each expired consultation holds beyond anonymous aggregates (see the module's docstring). Every
    safeguarding case on the purged words is kept by the one rule (``keeping.keep_cases``), marked "retention purge":
    an open one keeps its words until a safeguarding lead closes it."""
    for item in items:
        consultation_id = item.consultation.id
        # Unsent drafts holding a possible disclosure open their case before the drafts go, whatever their age.
        keeping.keep_unsent(
            select(Draft.id).where(Draft.consultation_id == consultation_id), Removal.RETENTION_PURGE, now=None
        )
        texts = _text_answers(consultation_id)
        keeping.keep_cases(texts, Removal.RETENTION_PURGE, on=on)
        db.session.execute(delete(Quote).where(Quote.consultation_id == consultation_id))
        db.session.execute(update(Answer).where(Answer.id.in_(texts)).values(text=None))
        db.session.execute(delete(Draft).where(Draft.consultation_id == consultation_id))
        db.session.execute(delete(VaultEntry).where(VaultEntry.consultation_id == consultation_id))
        linked = db.session.scalars(
            select(Response.id).where(Response.consultation_id == consultation_id, Response.purged.is_(False))
        ).all()
        if linked:
            # Random, unrelated values: the unique columns stay unique and nothing leads back to a person. One
            # statement run for every row (an UPDATE by primary key), not a round trip per response.
            db.session.execute(
                update(Response),
                [
                    {
                        "id": response_id,
                        "pseudonym": secrets.token_hex(32),
                        "receipt_hash": secrets.token_hex(32),
                        "submission_key": secrets.token_hex(32),
                        "invite_pseudonym": None,
                        "quote_consent": None,
                        "purged": True,
                    }
                    for response_id in linked
                ],
            )
        db.session.flush()
