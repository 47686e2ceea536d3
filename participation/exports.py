"""Tables leaving Heard as CSV or XLSX: every cell that a spreadsheet could read as a formula is neutralised
(TRUST.md: cells beginning with = + - @ tab or carriage return get a leading apostrophe)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Numbers stay numbers; text that a spreadsheet would treat as a formula is made plain text."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue()


def decode(raw: bytes) -> tuple[str, bool]:
    """Text from an uploaded file: UTF-8 (with or without BOM), else Windows-1252 as spreadsheets save it.
    Returns the text and whether it had to fall back."""
    try:
        return raw.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), True
