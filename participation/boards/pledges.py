"""The pledge tracker: promises corporate parents made, their dated updates, young people's verdicts, the RAG
summary, and import and export as CSV (councils keep pledges in spreadsheets today)."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from participation.boards.models import Pledge, PledgeStatus, PledgeUpdate, PledgeVerdict, Verdict
from participation.db import utcnow
from participation.exports import decode, to_csv
from participation.extensions import db

CLOSED = (PledgeStatus.DONE, PledgeStatus.DROPPED)
MAX_IMPORT_ROWS = 2000
# What councils call the columns in their spreadsheets, mapped to ours.
COLUMN_NAMES = {
    "owner": ("owner", "owner name", "who", "name", "made by", "corporate parent"),
    "role": ("role", "owner role", "job title", "title"),
    "pledge": ("pledge", "promise", "text", "commitment", "we will"),
    "made_at": ("made at", "where", "event", "where made"),
    "made_on": ("made on", "date made", "when", "date"),
    "due_on": ("due on", "due", "due date", "deadline", "by when"),
    "themes": ("themes", "theme"),
    "status": ("status", "rag"),
}
STATUS_WORDS = {
    "not started": PledgeStatus.NOT_STARTED,
    "not-started": PledgeStatus.NOT_STARTED,
    "": PledgeStatus.NOT_STARTED,
    "on track": PledgeStatus.ON_TRACK,
    "on-track": PledgeStatus.ON_TRACK,
    "green": PledgeStatus.ON_TRACK,
    "at risk": PledgeStatus.AT_RISK,
    "at-risk": PledgeStatus.AT_RISK,
    "amber": PledgeStatus.AT_RISK,
    "done": PledgeStatus.DONE,
    "complete": PledgeStatus.DONE,
    "completed": PledgeStatus.DONE,
    "kept": PledgeStatus.DONE,
    "dropped": PledgeStatus.DROPPED,
    "withdrawn": PledgeStatus.DROPPED,
}


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


# --- import and export -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


@dataclass
class ImportResult:
    created: list[Pledge] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fell_back_to_cp1252: bool = False
    missing_columns: list[str] = field(default_factory=list)


# C0 and C1 control characters other than tab and line breaks (which a quoted cell may hold), and DEL.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _normal(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


def parse_date(value: str) -> date | None:
    """ISO (2026-03-31) or UK day-first (31/03/2026, 31-3-26, 31.03.2026). Raises ValueError when it is not a date."""
    value = value.strip()
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%m-%y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def _key(owner: str, text: str) -> tuple[str, str]:
    return (" ".join(owner.lower().split()), " ".join(text.lower().split()))


def import_csv(organisation_id: uuid.UUID, raw: bytes, theme_slugs: dict[str, str]) -> ImportResult:
    """Create pledges from a spreadsheet's CSV. Every row that cannot be used is reported with its line number and
    why; the rest are created. ``theme_slugs`` maps lower-case names and slugs to slugs."""
    result = ImportResult()
    text, result.fell_back_to_cp1252 = decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        result.missing_columns = ["owner", "pledge"]
        return result
    except csv.Error:
        result.problems.append(Problem(1, str(_l("The first row could not be read as CSV"))))
        return result
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        for column, names in COLUMN_NAMES.items():
            if _normal(name) in names and column not in positions:
                positions[column] = index
    result.missing_columns = [column for column in ("owner", "pledge") if column not in positions]
    if result.missing_columns:
        return result
    seen = {_key(p.owner_name, text_of(p)[0]) for p in pledges_for(organisation_id)}
    line = 1
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.problems.append(Problem(line, str(_l("This row could not be read (%(error)s)", error=error))))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if any(CONTROL_CHARACTERS.search(value) for value in row):
            # A NUL or other control character is a broken export or tampering, never words: refused with its
            # line, not stored (PostgreSQL cannot hold NUL; SQLite used to keep it).
            result.problems.append(
                Problem(
                    line,
                    str(
                        _l(
                            "this row has a character that cannot be kept (a control character such as NUL), so it was "
                            "skipped: remove it and import the row again"
                        )
                    ),
                )
            )
            continue
        if len(result.created) + len(result.problems) >= MAX_IMPORT_ROWS:
            result.problems.append(Problem(line, str(_l("Only the first 2,000 rows are imported at a time"))))
            break

        def cell(column: str) -> str:
            index = positions.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        owner, pledge_text = cell("owner"), cell("pledge")
        errors = []
        if not owner:
            errors.append(str(_l("who made the pledge is missing")))
        if not pledge_text:
            errors.append(str(_l("the pledge is missing")))
        if len(owner) > 200 or len(cell("role")) > 200 or len(cell("made_at")) > 200:
            errors.append(str(_l("a name, role or place is longer than 200 characters")))
        if len(pledge_text) > 1000:
            errors.append(str(_l("the pledge is longer than 1,000 characters")))
        dates: dict[str, date | None] = {}
        for column in ("made_on", "due_on"):
            try:
                dates[column] = parse_date(cell(column))
            except ValueError:
                errors.append(str(_l("“%(value)s” is not a date (use 31/03/2027 or 2027-03-31)", value=cell(column))))
        status = STATUS_WORDS.get(_normal(cell("status")))
        if status is None:
            errors.append(
                str(
                    _l(
                        "“%(value)s” is not a status (use not started, on track, at risk, done or dropped)",
                        value=cell("status"),
                    )
                )
            )
        themes = []
        for name in re.split(r"[;,]", cell("themes")):
            if name.strip():
                slug = theme_slugs.get(name.strip().lower())
                if slug is None:
                    errors.append(str(_l("“%(value)s” is not one of your themes", value=name.strip())))
                else:
                    themes.append(slug)
        if not errors and _key(owner, pledge_text) in seen:
            errors.append(str(_l("the same pledge by the same person is already there, so it was skipped")))
        if errors:
            result.problems.append(Problem(line, "; ".join(errors)))
            continue
        seen.add(_key(owner, pledge_text))
        pledge = save_pledge(
            organisation_id,
            owner_name=owner,
            owner_role=cell("role"),
            text=pledge_text,
            made_at=cell("made_at"),
            made_on=dates["made_on"],
            due_on=dates["due_on"],
            themes=themes,
        )
        if status is not None and status != PledgeStatus.NOT_STARTED:
            add_update(
                pledge,
                status=status,
                note=str(_l("Imported from a spreadsheet")),
                evidence_url="",
                on=date.today(),
                user_id=None,
            )
        result.created.append(pledge)
    return result


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
