"""Reference figures imported from the spreadsheets councils keep them in: an Excel workbook (.xlsx) or a CSV file.
Each row is checked by the same form that checks a figure typed on the page; every row that cannot be used is
reported with its line or row number and why, and the rest are added."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import openpyxl
from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict

from participation.boards.forms import ReferenceFigureForm, reference_figure_form
from participation.boards.models import ReferenceFigure
from participation.boards.services import add_reference_figure, indicator_names
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
from participation.surveys.models import BAND_NAMES

MAX_IMPORT_ROWS = 500
# The template's header row: the columns of the form on the page, in its order.
TEMPLATE_HEADER = ("indicator", "age band", "what the figure is", "figure", "source")
# What councils call the columns in their spreadsheets, mapped to the form's fields.
COLUMN_NAMES = {
    "question_key": ("indicator", "question", "measure", "indicator key", "question key"),
    "age_band": ("age band", "age", "ages", "age group"),
    "label": ("what the figure is", "label", "figure name", "comparator", "comparison", "description"),
    "percent": ("figure", "percent", "percentage", "value", "%", "figure %", "result"),
    "source": ("source", "where from", "reference", "source and year"),
}
REQUIRED = ("question_key", "label", "percent", "source")
ALL_AGES = ("", "all", "all ages", "any")


@dataclass
class ImportResult:
    created: list[ReferenceFigure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fell_back_to_cp1252: bool = False
    missing_columns: list[str] = field(default_factory=list)
    workbook: bool = False  # problems then name the sheet's rows, not the file's lines
    unreadable: str = ""  # why the whole file could not be read (a broken or old-format workbook)


def add_checked(organisation_id: uuid.UUID, form: ReferenceFigureForm) -> ReferenceFigure | None:
    """Add the figure a valid form holds, typed on the page or read from a row; None if the same one is there."""
    return add_reference_figure(
        organisation_id,
        question_key=form.question_key.data,
        age_band=form.age_band.data or "",
        label=form.label.data or "",
        percent=form.percent_value,
        source=form.source.data or "",
    )


def template_csv() -> str:
    """The header row a council's spreadsheet needs, to download and fill in."""
    return ",".join(TEMPLATE_HEADER) + "\r\n"


def import_spreadsheet(organisation_id: uuid.UUID, raw: bytes, filename: str) -> ImportResult:
    """Add reference figures from an uploaded Excel workbook (its first sheet) or CSV file, told apart by the file's
    name and first bytes. Nothing is committed here: the request's one transaction keeps all of it or none."""
    if not is_workbook(raw, filename):
        text, fell_back = decode(raw)
        return _import_rows(organisation_id, csv_rows(text), ImportResult(fell_back_to_cp1252=fell_back))
    result = ImportResult(workbook=True)
    try:
        rows = xlsx_rows(raw, lambda cells: not _missing(column_positions(cells, COLUMN_NAMES)))
        percent_cells = _percent_cells(raw)
    except UNREADABLE_WORKBOOK:
        result.unreadable = unreadable_workbook()
        return result
    return _import_rows(organisation_id, rows, result, percent_cells)


def _percent_cells(raw: bytes) -> set[tuple[int, int]]:
    """The (row, column) of each number the first sheet shows as a percentage, from 1. Excel keeps 83% as 0.83, and
    pandas reads the number, not what the council sees; these cells are read as the percentage they show."""
    book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    try:
        return {
            (cell.row, cell.column)
            for row in book.worksheets[0].iter_rows()
            for cell in row
            if isinstance(cell.value, int | float) and "%" in str(getattr(cell, "number_format", ""))
        }
    finally:
        book.close()


def _shown_as_percentage(number: str) -> str:
    """83.5 for a cell Excel keeps as 0.835 and shows as 83.5%."""
    try:
        return f"{round(float(number) * 100, 6):g}"
    except ValueError:
        return number


def _missing(positions: dict[str, int]) -> list[str]:
    return [column for column in REQUIRED if column not in positions]


def _import_rows(
    organisation_id: uuid.UUID,
    rows: Iterator[SheetRow],
    result: ImportResult,
    percent_cells: set[tuple[int, int]] | None = None,
) -> ImportResult:
    header = next(rows, None)
    if header is None:
        result.missing_columns = list(REQUIRED)
        return result
    if header.unreadable:
        result.problems.append(Problem(1, str(_l("The first row could not be read as CSV"))))
        return result
    positions = column_positions(header.cells, COLUMN_NAMES)
    result.missing_columns = _missing(positions)
    if result.missing_columns:
        return result
    names = indicator_names(organisation_id)
    keys = _indicator_keys(names)
    for row in rows:
        if blank(row):
            continue
        refused = refusal(row)
        if refused:
            result.problems.append(Problem(row.line, refused))
            continue
        if len(result.created) + len(result.problems) >= MAX_IMPORT_ROWS:
            result.problems.append(Problem(row.line, str(_l("Only the first 500 rows are imported at a time"))))
            break
        percent = row.cell(positions, "percent")
        if percent_cells and (row.line, positions["percent"] + 1) in percent_cells:
            percent = _shown_as_percentage(percent)
        form, errors = _check(row, positions, names, keys, percent)
        if errors:
            result.problems.append(Problem(row.line, "; ".join(errors)))
            continue
        figure = add_checked(organisation_id, form)
        if figure is None:
            result.problems.append(
                Problem(
                    row.line,
                    str(
                        _l(
                            "there is already a figure with this name for this indicator and age band, so it was "
                            "skipped"
                        )
                    ),
                )
            )
            continue
        result.created.append(figure)
    return result


def _indicator_keys(names: dict[str, str]) -> dict[str, str]:
    """Each indicator's key, by its key and by its name (a name two indicators share names neither)."""
    by_name: dict[str, list[str]] = {}
    for key, name in names.items():
        by_name.setdefault(normal(name), []).append(key)
    keys = {name: found[0] for name, found in by_name.items() if len(found) == 1}
    keys.update({normal(key): key for key in names})
    return keys


def _age_band(cell: str) -> str:
    """The age band a cell names, by its key or its name; "" for all ages; the cell itself when it names none."""
    if normal(cell) in ALL_AGES or normal(cell) == normal(str(_l("All ages"))):
        return ""
    for key, name in BAND_NAMES.items():
        if normal(cell) in (normal(key), normal(str(name))):
            return key
    return cell


def _check(
    row: SheetRow, positions: dict[str, int], names: dict[str, str], keys: dict[str, str], percent: str
) -> tuple[ReferenceFigureForm, list[str]]:
    """The page's own form, filled in from a row and checked, and every reason the row cannot be a figure, in the
    order of the columns (none when it can)."""
    indicator, band = row.cell(positions, "question_key"), row.cell(positions, "age_band")
    form = reference_figure_form(
        names,
        formdata=MultiDict(
            {
                "question_key": keys.get(normal(indicator), indicator),
                "age_band": _age_band(band),
                "label": row.cell(positions, "label"),
                "percent": percent,
                "source": row.cell(positions, "source"),
            }
        ),
        meta={"csrf": False},
    )
    if form.validate():
        return form, []
    errors = []
    for name in COLUMN_NAMES:
        if not form[name].errors:
            continue
        if name == "question_key":
            errors.append(
                str(_l("“%(value)s” is not one of your indicators", value=indicator))
                if indicator
                else str(_l("the indicator is missing"))
            )
        elif name == "age_band":
            errors.append(
                str(_l("“%(value)s” is not an age band (leave it empty for all ages, or use 12 to 17)", value=band))
            )
        else:
            for message in form[name].errors:
                errors.append(str(_l("%(column)s: %(problem)s", column=form[name].label.text, problem=message)))
    return form, errors
