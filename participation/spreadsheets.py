"""Reading the spreadsheets councils upload (pledges, reference figures): an Excel workbook (.xlsx, its first sheet,
read with pandas and openpyxl) or a CSV file, told apart by name and first bytes, row by row with the line (CSV) or
row number (Excel) a council sees, so every importer reports a problem where the council will find it. And laying out
the ones Heard writes (``fit_columns``), so they open readable."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pandas as pd
from flask_babel import lazy_gettext as _l
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from participation.analysis.comment_files import UNREADABLE_WORKBOOK

XLSX_START = b"PK\x03\x04"  # an .xlsx workbook is a zip file
XLS_START = b"\xd0\xcf\x11\xe0"  # the Excel 97-2003 format, which Heard does not read
HEADER_SEARCH_ROWS = 10  # how far down a workbook the column names may be, below a title
# Excel dates reach us as text (dtype=str) with a midnight time; the date is what the council typed.
EXCEL_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")
# Column widths of a sheet Heard writes, in characters (the unit spreadsheets measure them in): a column is as wide
# as its longest value, within these; longer text wraps inside the widest.
NARROWEST_COLUMN = 8
WIDEST_COLUMN = 50
# C0 and C1 control characters other than tab and line breaks (which a quoted cell may hold), and DEL.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

__all__ = [
    "UNREADABLE_WORKBOOK",
    "Problem",
    "SheetRow",
    "blank",
    "column_positions",
    "csv_rows",
    "fit_columns",
    "is_workbook",
    "normal",
    "refusal",
    "unreadable_workbook",
    "xlsx_rows",
]


@dataclass(frozen=True)
class Problem:
    """A row that could not be used: its line (CSV) or row number (Excel), and why."""

    line: int
    message: str


@dataclass(frozen=True)
class SheetRow:
    """One row of an uploaded spreadsheet: the line (CSV) or row number (Excel) a council sees, and its cells.
    ``unreadable`` says why a CSV row could not be read at all (bad quoting); it is empty otherwise."""

    line: int
    cells: list[str]
    unreadable: str = ""

    def cell(self, positions: dict[str, int], column: str) -> str:
        index = positions.get(column)
        return self.cells[index].strip() if index is not None and index < len(self.cells) else ""


def normal(name: str) -> str:
    """A column name or word as it is compared: lower case, runs of spaces, underscores and hyphens as one space."""
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


def is_workbook(raw: bytes, filename: str) -> bool:
    """Whether an upload is an Excel workbook (by its name or its first bytes) rather than a CSV file."""
    return filename.lower().endswith((".xlsx", ".xls")) or raw.startswith((XLSX_START, XLS_START))


def unreadable_workbook() -> str:
    """What the upload field says of a workbook that cannot be opened: the file is wrong, not one of its rows."""
    return str(_l("This file could not be read as an Excel workbook: save it as .xlsx or CSV and import it again"))


def csv_rows(text: str) -> Iterator[SheetRow]:
    """A CSV file's rows, each with the line it starts on; a row that cannot be read says why."""
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield SheetRow(line, [], str(error))
            continue
        yield SheetRow(line, cells)


def xlsx_rows(raw: bytes, is_header: Callable[[list[str]], bool]) -> Iterator[SheetRow]:
    """The first sheet's rows from the one holding the column names. pandas keeps blank rows, so a row's position is
    its number in the sheet. A title above the table is common in councils' trackers, so the column names are the
    first row, among the first few with anything in them, that ``is_header`` accepts; failing that, the first row
    with anything in it (whose missing columns are then reported). Raises one of UNREADABLE_WORKBOOK when the file
    is not a workbook openpyxl can read."""
    frame = pd.read_excel(
        io.BytesIO(raw), sheet_name=0, header=None, dtype=str, keep_default_na=False, engine="openpyxl"
    )
    rows = [
        SheetRow(number, [EXCEL_MIDNIGHT.sub(r"\1", cell) for cell in cells])
        for number, cells in enumerate(frame.itertuples(index=False, name=None), start=1)
    ]
    filled = [index for index, row in enumerate(rows) if not blank(row)][:HEADER_SEARCH_ROWS]
    named = (index for index in filled if is_header(rows[index].cells))
    return iter(rows[next(named, filled[0] if filled else len(rows)) :])


def blank(row: SheetRow) -> bool:
    return not row.unreadable and not any(cell.strip() for cell in row.cells)


def column_positions(header: Sequence[str], column_names: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Where each of our columns is, found by the names councils give it (``column_names``, in normal form)."""
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        for column, names in column_names.items():
            if normal(name) in names and column not in positions:
                positions[column] = index
    return positions


def refusal(row: SheetRow) -> str:
    """Why a row is refused before its cells are read, or ""."""
    if row.unreadable:
        return str(_l("This row could not be read (%(error)s)", error=row.unreadable))
    if any(CONTROL_CHARACTERS.search(value) for value in row.cells):
        # A NUL or other control character is a broken export or tampering, never words: refused with its
        # line, not stored (PostgreSQL cannot hold NUL; SQLite used to keep it).
        return str(
            _l(
                "this row has a character that cannot be kept (a control character such as NUL), so it was "
                "skipped: remove it and import the row again"
            )
        )
    return ""


def _characters(value: object) -> int:
    """How many characters wide a value reads: its longest line."""
    return max((len(line) for line in str(value).splitlines()), default=0) if value is not None else 0


def fit_columns(sheet: Worksheet, header_row: int, last_row: int) -> None:
    """Lay out a table Heard writes (column names on ``header_row``, values below it to ``last_row``): each column as
    wide as its name and its longest value, between NARROWEST_COLUMN and WIDEST_COLUMN characters; text longer than
    its column wraps (the row grows to fit when the sheet is opened), aligned to the top of its row; the column names
    stay in view while scrolling. Rows above and below the table (a title, a note) are left as they are, so they read
    across the empty cells beside them."""
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, cells in enumerate(sheet.iter_cols(min_row=header_row, max_row=last_row), start=1):
        longest = max((_characters(cell.value) for cell in cells), default=0)
        width = min(max(longest + 2, NARROWEST_COLUMN), WIDEST_COLUMN)
        sheet.column_dimensions[get_column_letter(index)].width = width
        for cell in cells:
            if _characters(cell.value) + 2 > width or "\n" in str(cell.value or ""):
                cell.alignment = wrap
    sheet.freeze_panes = f"A{header_row + 1}"
