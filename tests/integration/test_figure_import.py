"""Reference figures imported from a council's spreadsheet through the page: each row checked as the form checks a
typed figure, every unusable row reported with its line or row number, the good rows added in one transaction."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.boards import figure_import
from participation.boards.models import ReferenceFigure
from participation.extensions import db
from tests import factories
from tests.console import Console
from tests.pages import error_summary, parse

PAGE = "/staff/reference-figures/"
IMPORT = "/staff/reference-figures/import"


@pytest.fixture()
def council(app) -> dict[str, Any]:
    with app.app_context():
        org = factories.organisation("Figureshire")
        factories.consultation(org)
        other = factories.organisation("Neighbourshire")
        theirs = ReferenceFigure(
            organisation_id=other.id, question_key="listened-to", label="National", percent=70, source="theirs"
        )
        db.session.add(theirs)
        db.session.add(
            ReferenceFigure(
                organisation_id=org.id, question_key="listened-to", label="Already here", percent=50, source="ours"
            )
        )
        db.session.commit()
        return {
            "org": org.id,
            "other": other.id,
            "theirs": theirs.id,
            "worker": factories.staff(org, Role.PARTICIPATION_WORKER),
            "member": factories.staff(org, Role.BOARD_MEMBER),
        }


def _console(app, person) -> Console:
    client = app.test_client()
    factories.sign_in(client, *person)
    return Console(client)


def _upload(console: Console, raw: bytes, name: str):
    token = console.get(PAGE).find("input", {"name": "csrf_token"})["value"]
    return console.client.post(
        IMPORT, data={"csrf_token": token, "upload": (io.BytesIO(raw), name)}, content_type="multipart/form-data"
    )


def _problems(body: str) -> dict[int, str]:
    table = BeautifulSoup(body, "html.parser").find("caption", string="Rows not imported").parent
    cells = [row.find_all("td") for row in table.find("tbody").find_all("tr")]
    return {int(line.get_text(strip=True)): why.get_text(" ", strip=True) for line, why in cells}


def _figures(app, organisation_id) -> dict[str, tuple[str, str, float, str]]:
    with app.app_context():
        found = db.session.scalars(select(ReferenceFigure).where(ReferenceFigure.organisation_id == organisation_id))
        return {f.label: (f.question_key, f.age_band, f.percent, f.source) for f in found}


def _workbook(rows: dict[int, list[Any]], percent_cells: tuple[str, ...] = ()) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for number, cells in rows.items():
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=number, column=column, value=value)
    for reference in percent_cells:
        sheet[reference].number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_csv_is_imported_and_every_bad_row_reported_by_its_line(app, council):
    console = _console(app, council["worker"])
    sheet = "\n".join(
        [
            "Indicator,Age band,What the figure is,Figure,Source",
            "Do you feel listened to?,,National average,81.5%,Bright Spots 2025",  # 2: good, by its name
            "reach-worker,12 to 17,Statistical neighbours,64,LAIT 2024",  # 3: good, by its key and band name
            "Do you like cake?,,Cake,50,Bakers",  # 4: not an indicator
            ",,No indicator,50,Somewhere",  # 5: indicator missing
            "listened-to,teenagers,Teen figure,50,Somewhere",  # 6: not an age band
            "listened-to,,,eighty,",  # 7: no label, not a number, no source
            "listened-to,,Too high,120,Somewhere",  # 8: over 100
            f"listened-to,,{'x' * 201},50,Somewhere",  # 9: label too long
            "listened-to,,Already here,50,ours",  # 10: already there
            "listened-to,,National average,81.5,Bright Spots 2025",  # 11: the same as line 2
            "listened-to,,Bad\x00byte,50,Somewhere",  # 12: a control character
            "",
            "listened-to,,Care leavers,55,Care Leavers Survey 2025",  # 14: good, after a blank line
        ]
    ).encode()
    response = _upload(console, sheet, "figures.csv")
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "3 figures added." in body
    page = BeautifulSoup(body, "html.parser")
    table = page.find("caption", string="Rows not imported").parent
    assert [th.get_text(strip=True) for th in table.find("thead").find_all("th")] == ["Line", "Why"]
    problems = _problems(body)
    assert set(problems) == {4, 5, 6, 7, 8, 9, 10, 11, 12}
    assert "“Do you like cake?” is not one of your indicators" in problems[4]
    assert "the indicator is missing" in problems[5]
    assert "“teenagers” is not an age band" in problems[6]
    # The form's own messages, each named by its column, in the order of the columns.
    assert problems[7] == (
        "What the figure is: Enter what the figure is; "
        "Figure, as a percentage: Enter the figure as a number from 0 to 100; "
        "Source: Enter where the figure comes from"
    )
    assert problems[8] == "Figure, as a percentage: Enter the figure as a number from 0 to 100"
    assert problems[9] == "What the figure is: Keep it to 200 characters or fewer"
    assert "already a figure with this name" in problems[10] and "already a figure with this name" in problems[11]
    assert "a character that cannot be kept" in problems[12]
    assert _figures(app, council["org"]) == {
        "Already here": ("listened-to", "", 50, "ours"),
        "National average": ("listened-to", "", 81.5, "Bright Spots 2025"),
        "Statistical neighbours": ("reach-worker", "12-17", 64, "LAIT 2024"),
        "Care leavers": ("listened-to", "", 55, "Care Leavers Survey 2025"),
    }
    # The table of figures shows them, and another council's figures are untouched.
    listed = console.get(PAGE).get_text(" ", strip=True)
    assert "Statistical neighbours" in listed and "LAIT 2024" in listed and "theirs" not in listed
    assert _figures(app, council["other"]) == {"National": ("listened-to", "", 70, "theirs")}
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "reference-figures-imported"))
        assert event.organisation_id == council["org"] and event.detail == {"created": 3, "problems": 9}
        assert "Bright Spots" not in str(event.detail) and event.subject is None


def test_a_workbook_is_imported_and_problems_named_by_the_sheets_rows(app, council):
    console = _console(app, council["worker"])
    raw = _workbook(
        {
            1: ["Comparison figures for the board, 2026"],
            3: ["Indicator", "Age band", "What the figure is", "Figure", "Source"],
            4: ["Do you feel listened to?", "All ages", "England", 0.815, "Bright Spots 2025"],  # shown as 81.5%
            5: ["reach-worker", "Care leavers (18 to 25)", "Neighbours", 72, "LAIT 2024"],
            7: ["listened-to", "", "Broken", "lots", "x"],
            8: ["nope", "", "", 10, "x"],
        },
        percent_cells=("D4",),
    )
    response = _upload(console, raw, "Figures 2026.xlsx")
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "2 figures added." in body
    table = BeautifulSoup(body, "html.parser").find("caption", string="Rows not imported").parent
    assert [th.get_text(strip=True) for th in table.find("thead").find_all("th")] == ["Row", "Why"]
    problems = _problems(body)
    assert set(problems) == {7, 8}
    assert "Enter the figure as a number from 0 to 100" in problems[7]
    assert "“nope” is not one of your indicators" in problems[8] and "Enter what the figure is" in problems[8]
    figures = _figures(app, council["org"])
    assert figures["England"] == ("listened-to", "", 81.5, "Bright Spots 2025")
    assert figures["Neighbours"] == ("reach-worker", "care-leavers", 72, "LAIT 2024")
    # A file that is not a workbook at all is said so, and nothing is added.
    broken = _upload(console, b"PK\x03\x04 not really a zip", "figures.xlsx")
    assert broken.status_code == 400 and "could not be read as an Excel workbook" in broken.get_data(as_text=True)
    assert error_summary(parse(broken)) == [
        "This file could not be read as an Excel workbook: save it as .xlsx or CSV and import it again"
    ]
    assert len(_figures(app, council["org"])) == 3


def test_missing_columns_or_no_file_are_errors_on_the_import_form(app, council):
    console = _console(app, council["worker"])
    for raw, message in (
        (b"", "Choose an Excel (.xlsx) or CSV file to import"),
        (b"indicator,figure\nlistened-to,50\n", "The file needs the template’s columns"),
    ):
        response = _upload(console, raw, "figures.csv")
        assert response.status_code == 400
        page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        summary = page.find(class_="govuk-error-summary")
        assert message in summary.get_text() and summary.find("a")["href"] == "#upload"
        assert page.find(id="upload-error") is not None and page.title.get_text().startswith("Error")
    assert len(_figures(app, council["org"])) == 1


def test_the_template_has_the_header_row_the_import_reads(app, council):
    console = _console(app, council["worker"])
    link = console.get(PAGE).find("a", string="Download the template (CSV)")["href"]
    template = console.client.get(link)
    assert template.status_code == 200 and template.mimetype == "text/csv"
    header = template.get_data(as_text=True)
    assert header.strip() == "indicator,age band,what the figure is,figure,source"
    filled = header + "listened-to,,From the template,42,Somewhere 2026\r\n"
    assert "1 figure added." in _upload(console, filled.encode(), "template.csv").get_data(as_text=True)


def test_only_the_first_500_rows_are_imported(app, council):
    console = _console(app, council["worker"])
    rows = [f"listened-to,,Figure {n},50,Source" for n in range(figure_import.MAX_IMPORT_ROWS + 5)]
    response = _upload(
        console, ("indicator,age band,what the figure is,figure,source\n" + "\n".join(rows)).encode(), "a.csv"
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "500 figures added." in body
    assert _problems(body) == {502: "Only the first 500 rows are imported at a time"}
    assert len(_figures(app, council["org"])) == 501


def test_a_failure_part_way_adds_nothing(app, council, monkeypatch):
    console = _console(app, council["worker"])
    added = figure_import.add_reference_figure
    calls: list[str] = []

    def fail_on_the_second(*args: Any, **kwargs: Any) -> ReferenceFigure | None:
        calls.append(kwargs["label"])
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return added(*args, **kwargs)

    monkeypatch.setattr(figure_import, "add_reference_figure", fail_on_the_second)
    sheet = b"indicator,what the figure is,figure,source\nlistened-to,One,1,s\nlistened-to,Two,2,s\n"
    try:
        response = _upload(console, sheet, "a.csv")
        assert response.status_code == 500
    except RuntimeError:
        pass
    assert calls == ["One", "Two"] and set(_figures(app, council["org"])) == {"Already here"}


def test_a_board_member_cannot_import_or_download_the_template(app, council):
    member = _console(app, council["member"])
    assert member.client.get(PAGE).status_code == 403
    # A real token from a page the member may read, so the refusal is the role's, not the missing token's.
    token = member.get("/staff/pledges/").find("input", {"name": "csrf_token"})["value"]
    sheet = b"indicator,what the figure is,figure,source\nlistened-to,Sneaky,1,s\n"
    response = member.client.post(
        IMPORT,
        data={"csrf_token": token, "upload": (io.BytesIO(sheet), "a.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 403
    assert member.client.get("/staff/reference-figures/reference-figures-template.csv").status_code == 403
    assert set(_figures(app, council["org"])) == {"Already here"}
