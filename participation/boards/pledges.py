"""The pledge tracker: promises corporate parents made, their dated updates, young people's verdicts, the RAG
summary, and export as CSV (councils keep pledges in spreadsheets today; importing them is in pledge_import.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from participation.boards.models import (
    OVERDUE_NAMES,
    PLEDGE_STATUS_NAMES,
    Pledge,
    PledgeStatus,
    PledgeUpdate,
    PledgeVerdict,
    Verdict,
)
from participation.db import utcnow
from participation.exports import to_csv
from participation.extensions import db

CLOSED = (PledgeStatus.DONE, PledgeStatus.DROPPED)


class EditConflict(Exception):
    def __init__(self, current: Pledge) -> None:
        super().__init__("edit conflict")
        self.current = current


def text_of(pledge: Pledge, language: str = "en") -> tuple[str, str]:
    translated = (pledge.texts or {}).get(language) or {}
    if translated.get("text") and not translated.get("needs_review"):
        return translated["text"], language
    return (pledge.texts or {}).get("en", {}).get("text", ""), "en"


def overdue(pledge: Pledge, today: date | None = None) -> bool:
    return pledge.due_on is not None and pledge.status not in CLOSED and pledge.due_on < (today or date.today())


def status_name(pledge: Pledge, today: date | None = None) -> str:
    """The pledge's status in words, as every page and pack shows it: an overdue pledge reads "Overdue" (or "Overdue,
    not started"), never "On track", so the status never contradicts the RAG rating beside it."""
    if overdue(pledge, today):
        return str(OVERDUE_NAMES[pledge.status.value])
    return str(PLEDGE_STATUS_NAMES[pledge.status.value])


def rag(pledge: Pledge, today: date | None = None) -> str:
    """Red for overdue or at risk, amber for not started, green for on track or done, grey for dropped."""
    if pledge.status == PledgeStatus.DROPPED:
        return "grey"
    if overdue(pledge, today) or pledge.status == PledgeStatus.AT_RISK:
        return "red"
    if pledge.status == PledgeStatus.NOT_STARTED:
        return "amber"
    return "green"


def pledges_for(organisation_id: uuid.UUID) -> Sequence[Pledge]:
    return db.session.scalars(
        select(Pledge)
        .where(Pledge.organisation_id == organisation_id)
        .order_by(Pledge.due_on.is_(None), Pledge.due_on, Pledge.created_at)
    ).all()


def get(organisation_id: uuid.UUID, pledge_id: uuid.UUID) -> Pledge | None:
    return db.session.scalar(select(Pledge).where(Pledge.id == pledge_id, Pledge.organisation_id == organisation_id))


def latest_verdict(pledge: Pledge) -> PledgeVerdict | None:
    return pledge.verdicts[0] if pledge.verdicts else None


@dataclass(frozen=True)
class Summary:
    total: int
    by_rag: dict[str, int]
    overdue: int
    verdicts: dict[str, int]
    disagreements: int  # owner says done, young people say not kept (or the reverse)


def summary(pledges: Sequence[Pledge], today: date | None = None) -> Summary:
    by_rag = {"red": 0, "amber": 0, "green": 0, "grey": 0}
    verdicts = {value.value: 0 for value in Verdict}
    late = disagreements = 0
    for pledge in pledges:
        by_rag[rag(pledge, today)] += 1
        late += overdue(pledge, today)
        verdict = latest_verdict(pledge)
        if verdict is not None:
            verdicts[verdict.verdict.value] += 1
            says_done = pledge.status == PledgeStatus.DONE
            if (says_done and verdict.verdict == Verdict.NOT_KEPT) or (
                not says_done and verdict.verdict == Verdict.KEPT and pledge.status == PledgeStatus.DROPPED
            ):
                disagreements += 1
    return Summary(len(pledges), by_rag, late, verdicts, disagreements)


def save_pledge(
    organisation_id: uuid.UUID,
    *,
    owner_name: str,
    owner_role: str,
    text: str,
    made_at: str,
    made_on: date | None,
    due_on: date | None,
    themes: Sequence[str],
    translations: dict[str, str] | None = None,
    pledge: Pledge | None = None,
    seen_revision: int | None = None,
) -> Pledge:
    if pledge is None:
        pledge = Pledge(organisation_id=organisation_id, revision=0, status=PledgeStatus.NOT_STARTED)
        db.session.add(pledge)
    elif seen_revision is not None and seen_revision != pledge.revision:
        raise EditConflict(pledge)
    previous = pledge.texts or {}
    texts: dict[str, dict[str, str]] = {"en": {"text": text.strip()}}
    for language, value in (translations or {}).items():
        if language != "en" and value and value.strip():
            texts[language] = {"text": value.strip()}
            if (
                previous.get("en")
                and previous["en"] != texts["en"]
                and previous.get(language, {}).get("text") == value.strip()
            ):
                texts[language]["needs_review"] = "1"
    pledge.texts = texts
    pledge.owner_name, pledge.owner_role = owner_name.strip(), owner_role.strip()
    pledge.made_at, pledge.made_on, pledge.due_on = made_at.strip(), made_on, due_on
    pledge.themes = sorted(set(themes))
    pledge.revision = (pledge.revision or 0) + 1
    db.session.flush()
    return pledge


def add_update(
    pledge: Pledge,
    *,
    status: PledgeStatus,
    note: str,
    evidence_url: str,
    on: date,
    user_id: uuid.UUID | None,
    seen_revision: int | None = None,
) -> PledgeUpdate:
    """A dated status update. Two people updating at once: the second gets EditConflict and nothing is lost."""
    if seen_revision is not None and seen_revision != pledge.revision:
        raise EditConflict(pledge)
    update = PledgeUpdate(
        organisation_id=pledge.organisation_id,
        pledge_id=pledge.id,
        on=on,
        status=status,
        note=note.strip(),
        evidence_url=evidence_url.strip(),
        user_id=user_id,
        at=utcnow(),
    )
    pledge.updates.append(update)
    # The pledge's status is its most recent update by date (a back-dated update does not override a newer one).
    newest = max(pledge.updates, key=lambda item: (item.on, item.at or utcnow()))
    pledge.status = newest.status
    pledge.revision = (pledge.revision or 0) + 1
    db.session.flush()
    return update


def record_verdict(
    pledge: Pledge, *, group_name: str, verdict: Verdict, why: str, on: date, user_id: uuid.UUID | None
) -> PledgeVerdict:
    item = PledgeVerdict(
        organisation_id=pledge.organisation_id,
        pledge_id=pledge.id,
        group_name=group_name.strip(),
        verdict=verdict,
        why=why.strip(),
        recorded_on=on,
        user_id=user_id,
    )
    pledge.verdicts.append(item)
    db.session.flush()
    pledge.verdicts.sort(key=lambda v: v.recorded_on, reverse=True)
    return item


# --- export ----------------------------------------------------------------------------------------------------------


EXPORT_HEADER = (
    "owner",
    "role",
    "pledge",
    "made at",
    "made on",
    "due on",
    "themes",
    "status",
    "overdue",
    "latest update",
    "young people's verdict",
    "verdict by",
    "why",
)


def export_rows(pledges: Sequence[Pledge], today: date | None = None) -> list[list[Any]]:
    rows = []
    for pledge in pledges:
        update = pledge.updates[0] if pledge.updates else None
        verdict = latest_verdict(pledge)
        rows.append(
            [
                pledge.owner_name,
                pledge.owner_role,
                text_of(pledge)[0],
                pledge.made_at,
                pledge.made_on.isoformat() if pledge.made_on else "",
                pledge.due_on.isoformat() if pledge.due_on else "",
                ";".join(pledge.themes),
                pledge.status.value,
                "yes" if overdue(pledge, today) else "no",
                f"{update.on.isoformat()}: {update.note}" if update else "",
                verdict.verdict.value if verdict else "",
                verdict.group_name if verdict else "",
                verdict.why if verdict else "",
            ]
        )
    return rows


def export_csv(pledges: Sequence[Pledge], today: date | None = None) -> str:
    """Every pledge, re-importable (same column names), with formula-looking cells neutralised."""
    return to_csv(EXPORT_HEADER, export_rows(pledges, today))
