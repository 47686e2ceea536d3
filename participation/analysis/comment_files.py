"""Comments to classify, read from a file a council exported: a CSV file of any size, read a row at a time so memory
stays flat, or an Excel workbook (.xlsx, its first sheet, read with pandas and openpyxl). Pure functions with no Flask
or database, like the engine, so ``flask --app wsgi analysis classify`` and the tests use them alike.

A CSV file streams through the csv module's reader rather than pandas' ``chunksize``: pandas pads short rows, and
counts records rather than the file's lines, so it could not keep the report of each malformed row by its line.
"""

from __future__ import annotations

import codecs
import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

import pandas as pd
from openpyxl.utils.exceptions import InvalidFileException

if TYPE_CHECKING:
    # For an annotation only: the csv module's reader type lives in the private _csv module.
    from _csv import Reader as _Reader

COLUMNS = ("id", "text")
XLSX_START = b"PK\x03\x04"  # an .xlsx workbook is a zip file
# What a file that is not an .xlsx workbook, or a broken one, raises inside pandas and openpyxl.
UNREADABLE_WORKBOOK = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, SyntaxError)
HEADER_SEARCH_ROWS = 10  # how far down a workbook the column names may be, below a title
BLOCK = 1 << 20
# Standard input is copied to a temporary file (in memory up to this size, on disk beyond) so it can be read twice:
# once to tell UTF-8 from Windows-1252, once to classify.
SPOOL_IN_MEMORY = 8 << 20


class CommentFileError(ValueError):
    """The file cannot be read at all; the message says why."""


@dataclass(frozen=True)
class Comment:
    id: str
    text: str


@dataclass(frozen=True)
class Skipped:
    """A row that could not be used, with its line in the file and why."""

    line: int
    why: str


def spooled(stream: IO[bytes]) -> IO[bytes]:
    """A seekable copy of a stream that may not be (standard input), without holding a large one in memory."""
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    shutil.copyfileobj(stream, copy, BLOCK)
    copy.seek(0)
    return copy


def is_workbook(name: str, binary: IO[bytes]) -> bool:
    """An .xlsx workbook by its name or, for standard input or a file named otherwise, by its first bytes."""
    start = binary.read(len(XLSX_START))
    binary.seek(0)
    return name.lower().endswith(".xlsx") or start == XLSX_START


def is_utf8(binary: IO[bytes]) -> bool:
    """Whether the whole file is UTF-8, checked a block at a time; the file is left at its start."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for block in iter(lambda: binary.read(BLOCK), b""):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        binary.seek(0)
    return True


@contextmanager
def comments(name: str, binary: IO[bytes], not_utf8: Callable[[], None]) -> Iterator[Iterator[Comment | Skipped]]:
    """The comments in an opened file, a workbook or a CSV file told apart by ``name`` and the first bytes; closes
    the file after. ``not_utf8`` is called when a CSV file is read as Windows-1252. Raises CommentFileError, before
    yielding, for a file that cannot be used."""
    with binary:
        if is_workbook(name, binary):
            yield workbook_comments(binary)
            return
        utf8 = is_utf8(binary)
        if not utf8:
            not_utf8()
        with io.TextIOWrapper(binary, encoding="utf-8-sig" if utf8 else "cp1252", errors="replace", newline="") as text:
            yield csv_comments(text)


def csv_comments(text: IO[str]) -> Iterator[Comment | Skipped]:
    """Each row of a CSV file with columns id and text (any others are ignored), in order, a row at a time. Blank
    rows are passed over; a row with the wrong number of cells is Skipped with its line. The header is read at
    once, so a file that cannot be used raises CommentFileError before anything is written."""
    reader = csv.reader(text)
    header = next(reader, None)
    if header is None:
        raise CommentFileError("The file is empty: it needs a header row with the columns id,text.")
    return _csv_rows(reader, len(header), *_positions(header, "Line 1"))


def _csv_rows(reader: _Reader, width: int, id_at: int, text_at: int) -> Iterator[Comment | Skipped]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Skipped(reader.line_num, f"not valid CSV ({error})")
            continue
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != width:
            yield Skipped(reader.line_num, f"expected {width} columns, found {len(row)}")
            continue
        yield Comment(row[id_at], row[text_at])


def workbook_comments(binary: IO[bytes]) -> Iterator[Comment | Skipped]:
    """Each row with anything in it of a workbook's first sheet, below the row naming the columns id and text: the
    first such row among the first few filled ones (a title above the table is common). Every cell is read as text,
    so an id of 007 stays 007. Reads the sheet at once (a sheet holds at most about a million rows) and raises
    CommentFileError for a file that cannot be used."""
    try:
        frame = pd.read_excel(binary, sheet_name=0, header=None, dtype=str, keep_default_na=False, engine="openpyxl")
    except UNREADABLE_WORKBOOK as error:
        raise CommentFileError(f"The file could not be read as an Excel workbook (.xlsx): {error}") from None
    rows = [list(cells) for cells in frame.itertuples(index=False, name=None) if any(cell.strip() for cell in cells)]
    if not rows:
        raise CommentFileError("The workbook's first sheet is empty: it needs a header row with the columns id,text.")
    at = next((index for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if _names_columns(row)), 0)
    id_at, text_at = _positions(rows[at], "The first row with anything in it")
    return (Comment(cells[id_at], cells[text_at]) for cells in rows[at + 1 :])


def _names_columns(header: list[str]) -> bool:
    names = [name.strip().lower() for name in header]
    return all(column in names for column in COLUMNS)


def _positions(header: list[str], where: str) -> tuple[int, int]:
    if not _names_columns(header):
        raise CommentFileError(f"{where} must name the columns id and text; it has: {', '.join(header)}")
    names = [name.strip().lower() for name in header]
    return names.index("id"), names.index("text")
