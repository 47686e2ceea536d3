"""The board pack as files: a printable HTML page, a PDF (WeasyPrint renders the same HTML), one CSV per table, and a
spreadsheet with one sheet per table. All of them are made from the same ``pack.Table`` rows the page shows, and
every cell goes through ``exports.safe_cell`` so nothing a spreadsheet opens can run as a formula."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import render_template
from openpyxl import Workbook
from openpyxl.styles import Font

from participation.boards.pack import Pack
from participation.boards.pack_tables import Table
from participation.exports import safe_cell, to_csv
from participation.spreadsheets import fit_columns

if TYPE_CHECKING:
    # For an annotation only: WeasyPrint itself is imported when a PDF is made (see ``laid_out``).
    from weasyprint.document import Document

CSS_FILE = Path(__file__).resolve().parent.parent / "static" / "pack.css"


class FetchRefused(Exception):
    """WeasyPrint asked for a resource: a pack never loads anything from outside itself."""


def _refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise FetchRefused(url)


def file_stem(pack: Pack) -> str:
    if pack.period is not None:
        stem = f"board-pack-{pack.period.key}"
    else:
        assert pack.consultation is not None  # a pack is of a consultation or of a period
        stem = f"board-pack-{pack.consultation.code}"
    if pack.band:
        stem += f"-{pack.band}"
    elif pack.group is not None or pack.other_ways_in:
        stem += "-group"
    return stem


def document(pack: Pack, *, inline_styles: bool = True) -> str:
    """A standalone HTML page. With ``inline_styles`` the styles are inside it, so it reads the same saved to disk,
    printed or turned into a PDF; served by Heard it links them instead (the CSP allows no inline styles)."""
    return render_template(
        "boards/pack_document.html", pack=pack, css=CSS_FILE.read_text(encoding="utf-8") if inline_styles else None
    )


def laid_out(html: str) -> Document:
    """A standalone page laid out in pages, as its PDF will be. No base URL and a fetcher that refuses everything:
    the page must hold its own styles and inline SVG, and nothing is ever loaded while it is drawn."""
    # Deferred: importing WeasyPrint loads Pango and its fonts (about 2.8 s); only a PDF download needs it.
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_refuse).render()


def html_to_pdf(html: str) -> bytes:
    """A standalone page as a PDF."""
    written: bytes = laid_out(html).write_pdf()
    return written


def pdf(pack: Pack) -> bytes:
    return html_to_pdf(document(pack))


def csv_text(table: Table[Any]) -> str:
    return to_csv(table.columns, table.rows)


def csv_files(pack: Pack) -> dict[str, str]:
    return {f"{key}.csv": csv_text(table) for key, table in pack.tables.items()}


def csv_zip(pack: Pack) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in csv_files(pack).items():
            archive.writestr(name, "\ufeff" + text)  # a byte order mark so spreadsheets read UTF-8
    return buffer.getvalue()


def xlsx(pack: Pack) -> bytes:
    book = Workbook()
    if book.active is not None:  # a new workbook starts with one empty sheet, which the pack does not use
        book.remove(book.active)
    for key, table in pack.tables.items():
        sheet = book.create_sheet(title=key[:31])
        sheet.append([safe_cell(str(table.caption))])
        sheet["A1"].font = Font(bold=True)
        sheet.append([safe_cell(column) for column in table.columns])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([safe_cell(value) for value in row])
        for row_cells in sheet.iter_rows(min_row=3):
            for item in row_cells:
                if isinstance(item.value, str):
                    item.data_type = "s"  # text is text: never a formula, whatever it starts with
        fit_columns(sheet, header_row=2, last_row=2 + len(table.rows))
        if table.note:
            sheet.append([])
            sheet.append([safe_cell(table.note)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
