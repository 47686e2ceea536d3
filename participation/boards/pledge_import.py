"""Pledges imported from the spreadsheets councils keep them in: an Excel workbook (.xlsx, read with pandas and
openpyxl) or a CSV file. Every row that cannot be used is reported with its line or row number and why; the rest
become pledges."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import lazy_gettext as _l

from participation.boards.models import Pledge, PledgeStatus
from participation.boards.pledges import add_update, pledges_for, save_pledge, text_of
from participation.exports import decode
from participation.spreadsheets import (
    UNREADABLE_WORKBOOK,
    Problem,
    SheetRow,
    blank,
    column_positions,
    csv_rows,
    is_workbook,
    normal,
    refusal,
    unreadable_workbook,
    xlsx_rows,
)

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


@dataclass
class ImportResult:
    created: list[Pledge] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fell_back_to_cp1252: bool = False
    missing_columns: list[str] = field(default_factory=list)
    workbook: bool = False  # problems then name the sheet's rows, not the file's lines
    unreadable: str = ""  # why the whole file could not be read (a broken or old-format workbook)


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


@dataclass(frozen=True)
class PledgeRow:
    """A row that can become a pledge."""

    owner: str
    role: str
    text: str
    made_at: str
    made_on: date | None
    due_on: date | None
    themes: list[str]
    status: PledgeStatus


def import_spreadsheet(
    organisation_id: uuid.UUID, raw: bytes, filename: str, theme_slugs: dict[str, str]
) -> ImportResult:
    """Create pledges from an uploaded Excel workbook (.xlsx, its first sheet) or CSV file, told apart by the file's
    name and its first bytes."""
    if is_workbook(raw, filename):
        return import_xlsx(organisation_id, raw, theme_slugs)
    return import_csv(organisation_id, raw, theme_slugs)


def import_csv(organisation_id: uuid.UUID, raw: bytes, theme_slugs: dict[str, str]) -> ImportResult:
    """Create pledges from a spreadsheet's CSV. Every row that cannot be used is reported with its line number and
    why; the rest are created. ``theme_slugs`` maps lower-case names and slugs to slugs."""
    text, fell_back = decode(raw)
    return _import_rows(organisation_id, csv_rows(text), theme_slugs, ImportResult(fell_back_to_cp1252=fell_back))


def import_xlsx(organisation_id: uuid.UUID, raw: bytes, theme_slugs: dict[str, str]) -> ImportResult:
    """Create pledges from the first sheet of an Excel workbook, reporting problems by the sheet's row numbers."""
    result = ImportResult(workbook=True)
    try:
        rows = xlsx_rows(raw, lambda cells: not _missing(column_positions(cells, COLUMN_NAMES)))
    except UNREADABLE_WORKBOOK:
        result.unreadable = unreadable_workbook()
        return result
    return _import_rows(organisation_id, rows, theme_slugs, result)


def _missing(positions: dict[str, int]) -> list[str]:
    return [column for column in ("owner", "pledge") if column not in positions]


def _import_rows(
    organisation_id: uuid.UUID, rows: Iterator[SheetRow], theme_slugs: dict[str, str], result: ImportResult
) -> ImportResult:
    header = next(rows, None)
    if header is None:
        result.missing_columns = ["owner", "pledge"]
        return result
    if header.unreadable:
        result.problems.append(Problem(1, str(_l("The first row could not be read as CSV"))))
        return result
    positions = column_positions(header.cells, COLUMN_NAMES)
    result.missing_columns = _missing(positions)
    if result.missing_columns:
        return result
    seen = {_key(p.owner_name, text_of(p)[0]) for p in pledges_for(organisation_id)}
    for row in rows:
        if blank(row):
            continue
        refused = refusal(row)
        if refused:
            result.problems.append(Problem(row.line, refused))
            continue
        if len(result.created) + len(result.problems) >= MAX_IMPORT_ROWS:
            result.problems.append(Problem(row.line, str(_l("Only the first 2,000 rows are imported at a time"))))
            break
        read = _read_row(row, positions, theme_slugs)
        if isinstance(read, PledgeRow) and _key(read.owner, read.text) in seen:
            read = [str(_l("the same pledge by the same person is already there, so it was skipped"))]
        if not isinstance(read, PledgeRow):
            result.problems.append(Problem(row.line, "; ".join(read)))
            continue
        seen.add(_key(read.owner, read.text))
        result.created.append(_create(organisation_id, read))
    return result


def _read_row(row: SheetRow, positions: dict[str, int], theme_slugs: dict[str, str]) -> PledgeRow | list[str]:
    """The pledge a row describes, or every reason it cannot be used, in the order a council reads the columns."""
    owner, text = row.cell(positions, "owner"), row.cell(positions, "pledge")
    role, made_at = row.cell(positions, "role"), row.cell(positions, "made_at")
    errors = _text_errors(owner, text, role, made_at)
    dates: dict[str, date | None] = {}
    for column in ("made_on", "due_on"):
        try:
            dates[column] = parse_date(row.cell(positions, column))
        except ValueError:
            errors.append(
                str(_l("“%(value)s” is not a date (use 31/03/2027 or 2027-03-31)", value=row.cell(positions, column)))
            )
    status = STATUS_WORDS.get(normal(row.cell(positions, "status")))
    if status is None:
        errors.append(
            str(
                _l(
                    "“%(value)s” is not a status (use not started, on track, at risk, done or dropped)",
                    value=row.cell(positions, "status"),
                )
            )
        )
    themes, theme_errors = _themes(row.cell(positions, "themes"), theme_slugs)
    errors.extend(theme_errors)
    if errors or status is None:
        return errors
    return PledgeRow(owner, role, text, made_at, dates["made_on"], dates["due_on"], themes, status)


def _text_errors(owner: str, text: str, role: str, made_at: str) -> list[str]:
    errors = []
    if not owner:
        errors.append(str(_l("who made the pledge is missing")))
    if not text:
        errors.append(str(_l("the pledge is missing")))
    if len(owner) > 200 or len(role) > 200 or len(made_at) > 200:
        errors.append(str(_l("a name, role or place is longer than 200 characters")))
    if len(text) > 1000:
        errors.append(str(_l("the pledge is longer than 1,000 characters")))
    return errors


def _themes(cell: str, theme_slugs: dict[str, str]) -> tuple[list[str], list[str]]:
    """The slugs of the themes a cell names (separated by ; or ,), and a problem for each name that is not a theme."""
    themes, errors = [], []
    for name in re.split(r"[;,]", cell):
        if name.strip():
            slug = theme_slugs.get(name.strip().lower())
            if slug is None:
                errors.append(str(_l("“%(value)s” is not one of your themes", value=name.strip())))
            else:
                themes.append(slug)
    return themes, errors


def _create(organisation_id: uuid.UUID, row: PledgeRow) -> Pledge:
    pledge = save_pledge(
        organisation_id,
        owner_name=row.owner,
        owner_role=row.role,
        text=row.text,
        made_at=row.made_at,
        made_on=row.made_on,
        due_on=row.due_on,
        themes=row.themes,
    )
    if row.status != PledgeStatus.NOT_STARTED:
        add_update(
            pledge,
            status=row.status,
            note=str(_l("Imported from a spreadsheet")),
            evidence_url="",
            on=date.today(),
            user_id=None,
        )
    return pledge
