"""The pledge tracker's rules: import from councils' spreadsheets with row-level errors, dated updates that cannot
overwrite each other, young people's verdicts beside the owner's status, RAG and overdue, and formula-safe export."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pytest
from bs4 import BeautifulSoup

from participation.boards import pledge_import, pledges
from participation.boards.models import PledgeStatus, Verdict
from participation.exports import safe_cell
from tests import factories
from tests.pages import error_summary, parse

THEMES = {
    "leaving-care": "leaving-care",
    "leaving care": "leaving-care",
    "housing": "housing",
    "money and work": "money-and-work",
    "money-and-work": "money-and-work",
}


@pytest.fixture()
def organisation(app):
    with app.app_context():
        yield factories.organisation("Pledgeshire")


def test_import_reports_each_bad_row_by_line_and_keeps_the_rest(app, organisation):
    sheet = (
        b"Owner,Role,Pledge,Where,Date made,Due date,Themes,Status\n"
        b"Cllr Amina Patel,Lead Member for Children,Every care leaver gets a phone with data,"
        b"Care Leavers Week workshop,28/10/2026,31/03/2027,leaving care;money and work,on track\n"
        b"Cllr Amina Patel,Lead Member,Every care leaver gets a phone with data,,,,,\n"
        b"Director of Children's Services,,No more bin bags for moves,,2026-10-28,next spring,housing,\n"
        b",,Nobody made this,,,,,\n"
        b'Cllr Tom Reid,,=HYPERLINK("http://evil.example"),,,,,maybe\n'
        b"Cllr Tom Reid,,Council tax exemption to 25,,,,council tax,\n"
        b"\n"
        b"Head of Leaving Care,,A named PA within a week,,,01/01/2027,leaving-care,done\n"
    )
    result = pledge_import.import_csv(organisation.id, sheet, THEMES)
    assert [p.owner_name for p in result.created] == ["Cllr Amina Patel", "Head of Leaving Care"]
    problems = {problem.line: problem.message for problem in result.problems}
    assert set(problems) == {3, 4, 5, 6, 7}
    assert "already there" in problems[3]
    assert "“next spring” is not a date" in problems[4]
    assert "who made the pledge is missing" in problems[5]
    assert "“maybe” is not a status" in problems[6]
    assert "“council tax” is not one of your themes" in problems[7]
    first = result.created[0]
    assert first.due_on == date(2027, 3, 31) and first.themes == ["leaving-care", "money-and-work"]
    assert first.status == PledgeStatus.ON_TRACK and result.created[1].status == PledgeStatus.DONE


def test_import_survives_missing_columns_and_windows_encoding(app, organisation):
    result = pledge_import.import_csv(organisation.id, b"Name,Due\nSomeone,2027-01-01\n", THEMES)
    assert result.missing_columns == ["pledge"] and not result.created
    result = pledge_import.import_csv(organisation.id, b"", THEMES)
    assert result.missing_columns == ["owner", "pledge"]
    latin = "Owner,Pledge\nCllr Zo\u00eb Smith,Caf\u00e9 vouchers for care leavers\n".encode("cp1252")
    result = pledge_import.import_csv(organisation.id, latin, THEMES)
    assert result.fell_back_to_cp1252 and result.created[0].owner_name == "Cllr Zo\u00eb Smith"


def _workbook(rows: dict[int, list[object]], first_sheet_title: str = "Pledges") -> bytes:
    """An .xlsx file with the given rows at the given sheet row numbers, and a second sheet that must be ignored."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = first_sheet_title
    for number, cells in rows.items():
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=number, column=column, value=value)
    book.create_sheet("Notes")["A1"] = "Owner"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_import_from_excel_reports_problems_by_the_sheets_row_numbers(app, organisation):
    # A title row and a blank row above the column names, as councils' trackers often have; dates typed as dates.
    raw = _workbook(
        {
            1: ["Pledges to care leavers, October 2026"],
            3: ["Corporate parent", "Job title", "Promise", "Date made", "Deadline", "Themes", "RAG", "Count"],
            4: [
                "Cllr Amina Patel",
                "Lead Member",
                "Phones with data",
                date(2026, 10, 28),
                date(2027, 3, 31),
                "leaving care; money and work",
                "green",
                12,
            ],
            5: ["", "", "Nobody made this"],
            7: ["Cllr Tom Reid", "", "Council tax exemption to 25", "", "next spring", "council tax", "maybe"],
            8: ["Cllr Tom Reid", "", "Bus passes\x85 for all"],
            9: ["Head of Leaving Care", "", "A named PA within a week", "", "01/01/2027", "housing", "done"],
            10: ["Cllr Amina Patel", "", "Phones with data"],
        }
    )
    result = pledge_import.import_spreadsheet(organisation.id, raw, "tracker.xlsx", THEMES)
    assert result.workbook and not result.missing_columns
    assert [p.owner_name for p in result.created] == ["Cllr Amina Patel", "Head of Leaving Care"]
    problems = {problem.line: problem.message for problem in result.problems}
    assert set(problems) == {5, 7, 8, 10}
    assert "who made the pledge is missing" in problems[5]
    assert "“next spring” is not a date" in problems[7] and "“maybe” is not a status" in problems[7]
    assert "“council tax” is not one of your themes" in problems[7]
    assert "a character that cannot be kept" in problems[8]
    assert "already there" in problems[10]
    first, second = result.created
    assert (first.owner_role, first.made_on, first.due_on) == ("Lead Member", date(2026, 10, 28), date(2027, 3, 31))
    assert first.themes == ["leaving-care", "money-and-work"] and first.status == PledgeStatus.ON_TRACK
    assert second.due_on == date(2027, 1, 1) and second.status == PledgeStatus.DONE


def test_import_tells_a_workbook_from_a_csv_and_refuses_a_broken_one(app, organisation):
    # Told apart by content as well as name: a workbook saved without its extension is still read as one.
    raw = _workbook({1: ["owner", "pledge"], 2: ["Cllr Shah", "Driving lessons"]})
    result = pledge_import.import_spreadsheet(organisation.id, raw, "pledges", THEMES)
    assert result.workbook and [p.owner_name for p in result.created] == ["Cllr Shah"]
    assert pledge_import.import_spreadsheet(organisation.id, _workbook({}), "empty.xlsx", THEMES).missing_columns == [
        "owner",
        "pledge",
    ]
    missing = pledge_import.import_spreadsheet(organisation.id, _workbook({2: ["Name", "Due"]}), "a.xlsx", THEMES)
    assert missing.missing_columns == ["pledge"]
    for name, broken in (
        ("pledges.xlsx", b"owner,pledge\nCllr Shah,Laptops\n"),
        ("pledges.xlsx", raw[: len(raw) // 2]),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
    ):
        result = pledge_import.import_spreadsheet(organisation.id, broken, name, THEMES)
        # The file is wrong, not one of its rows: said of the upload, with no row problems.
        assert not result.created and not result.problems, name
        assert "could not be read as an Excel workbook" in result.unreadable
    csv_result = pledge_import.import_spreadsheet(
        organisation.id, b"owner,pledge\nCllr Shah,Laptops\n", "p.csv", THEMES
    )
    assert not csv_result.workbook and [pledges.text_of(p)[0] for p in csv_result.created] == ["Laptops"]


def test_updates_verdicts_rag_and_overdue(app, organisation):
    pledge = pledges.save_pledge(
        organisation.id,
        owner_name="Cllr Patel",
        owner_role="Lead Member",
        text="Free bus passes for care leavers",
        made_at="Care Leavers Week",
        made_on=date(2026, 10, 28),
        due_on=date(2026, 11, 1),
        themes=["money-and-work"],
    )
    assert pledges.rag(pledge, date(2026, 10, 30)) == "amber"
    assert pledges.overdue(pledge, date(2026, 11, 2)) and pledges.rag(pledge, date(2026, 11, 2)) == "red"
    seen = pledge.revision
    pledges.add_update(
        pledge,
        status=PledgeStatus.DONE,
        note="Passes issued",
        evidence_url="",
        on=date(2026, 11, 5),
        user_id=None,
        seen_revision=seen,
    )
    # A second person saving from the same stale page: refused, nothing written.
    with pytest.raises(pledges.EditConflict):
        pledges.add_update(
            pledge,
            status=PledgeStatus.AT_RISK,
            note="stale",
            evidence_url="",
            on=date(2026, 11, 6),
            user_id=None,
            seen_revision=seen,
        )
    assert len(pledge.updates) == 1 and pledge.status == PledgeStatus.DONE
    # A back-dated update does not override the newer one.
    pledges.add_update(
        pledge, status=PledgeStatus.ON_TRACK, note="earlier note", evidence_url="", on=date(2026, 11, 1), user_id=None
    )
    assert pledge.status == PledgeStatus.DONE and not pledges.overdue(pledge, date(2026, 12, 1))
    pledges.record_verdict(
        pledge,
        group_name="Care Leavers Forum",
        verdict=Verdict.NOT_KEPT,
        why="Only some of us got them",
        on=date(2026, 11, 20),
        user_id=None,
    )
    summary = pledges.summary([pledge], date(2026, 12, 1))
    assert summary.by_rag["green"] == 1 and summary.verdicts["not-kept"] == 1 and summary.disagreements == 1


def test_export_is_formula_safe_and_can_be_read_back(app, organisation):
    pledges.save_pledge(
        organisation.id,
        owner_name="=cmd|' /C calc'!A0",
        owner_role="+44 role",
        text="@SUM(1+1) pledge",
        made_at="-where",
        made_on=None,
        due_on=None,
        themes=[],
    )
    exported = pledges.export_csv(pledges.pledges_for(organisation.id))
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[1][0] == "'=cmd|' /C calc'!A0" and rows[1][1] == "'+44 role" and rows[1][2] == "'@SUM(1+1) pledge"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert safe_cell(-3) == -3 and safe_cell("\tx") == "'\tx" and safe_cell(None) == ""


# --- the pages -----------------------------------------------------------------------------------------------------


def _console(app, person):
    from tests.console import Console

    client = app.test_client()
    factories.sign_in(client, *person)
    return Console(client)


def test_a_worker_tracks_a_pledge_and_records_young_peoples_verdict(app):
    from participation.accounts.models import Role

    with app.app_context():
        org = factories.organisation("Trackshire")
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        board = factories.staff(org, Role.BOARD_MEMBER)
    console = _console(app, worker)
    console.get("/staff/pledges/new")
    page = console.submit({"owner_name": "", "text": "", "made_on": ["1", "11", "2026"], "due_on": ["1", "10", "2026"]})
    assert console.response.status_code == 400
    for message in ("Enter who made the pledge", "Enter the pledge", "The due date must be on or after"):
        assert message in page.get_text()
    page = console.submit(
        {
            "owner_name": "Cllr Patel",
            "text": "Free bus passes for care leavers",
            "made_on": ["1", "11", "2026"],
            "due_on": ["1", "12", "2026"],
            "themes": ["money-and-work"],
        }
    )
    assert "Pledge saved." in page.get_text()
    pledge_url = console.response.request.path
    page = console.submit({"status": "on-track", "note": "", "on": ["2", "11", "2026"]}, form_index=0)
    assert console.response.status_code == 400 and "Say what has happened" in page.get_text()
    console.get(pledge_url)
    stale = console.page
    console.submit({"status": "done", "note": "Passes issued to 40 care leavers", "on": ["20", "11", "2026"]})
    console.page = stale
    page = console.submit(
        {"status": "at-risk", "note": "older news", "on": ["21", "11", "2026"]}, action=f"{pledge_url}/update"
    )
    assert console.response.status_code == 409 and "Nothing has been overwritten" in page.get_text()
    console.get(pledge_url)
    page = console.submit(
        {"group_name": "Care Leavers Forum", "verdict": "not-kept", "why": "Only some of us got one"}, form_index=1
    )
    assert "Verdict recorded." in page.get_text()
    text = page.get_text()
    assert "Done" in text and "Not kept" in text and "Only some of us got one" in text
    # A board member reads the tracker and the export but cannot change anything.
    reader = _console(app, board)
    listing = reader.get("/staff/pledges/")
    assert "Free bus passes for care leavers" in listing.get_text() and "Add a pledge" not in listing.get_text()
    exported = reader.client.get("/staff/pledges/pledges.csv")
    assert exported.status_code == 200 and "Only some of us got one" in exported.get_data(as_text=True)
    assert reader.client.post(f"{pledge_url}/update", data={}).status_code in (400, 403)
    with app.app_context():
        from sqlalchemy import select

        from participation.audit.models import AuditEvent
        from participation.extensions import db

        actions = set(db.session.scalars(select(AuditEvent.action)))
        assert {"pledge-saved", "pledge-updated", "pledge-verdict-recorded", "pledges-exported"} <= actions


def test_importing_a_spreadsheet_through_the_page(app):
    from participation.accounts.models import Role

    with app.app_context():
        org = factories.organisation("Importshire")
        worker = factories.staff(org, Role.ORGANISATION_ADMIN)
    console = _console(app, worker)
    page = console.get("/staff/pledges/import")
    token = page.find("input", {"name": "csrf_token"})["value"]
    empty = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(b""), "p.csv")},
        content_type="multipart/form-data",
    )
    assert empty.status_code == 400 and "Choose an Excel (.xlsx) or CSV file to import" in empty.get_data(as_text=True)
    wrong = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(b"a,b\n1,2\n"), "p.csv")},
        content_type="multipart/form-data",
    )
    assert wrong.status_code == 400 and "Name them “owner” and “pledge”" in wrong.get_data(as_text=True)
    broken = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(b"PK\x03\x04 not really a zip"), "p.xlsx")},
        content_type="multipart/form-data",
    )
    # A broken workbook is the upload's error (400, in the summary and linked to the field), not a row's.
    assert broken.status_code == 400
    page = parse(broken)
    assert error_summary(page) == [
        "This file could not be read as an Excel workbook: save it as .xlsx or CSV and import it again"
    ]
    assert page.select_one(".govuk-error-summary a")["href"] == "#upload" and page.find(id="upload") is not None
    assert page.find("title").get_text().count("Error:") == 1
    sheet = b"owner,pledge,due date\nCllr Reid,Driving lessons for care leavers,31/13/2027\nCllr Reid,Laptops,\n"
    done = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(sheet), "p.csv")},
        content_type="multipart/form-data",
    )
    body = done.get_data(as_text=True)
    assert done.status_code == 200 and "1 pledge added." in body and "“31/13/2027” is not a date" in body
    table = BeautifulSoup(body, "html.parser").find("table")
    assert [th.get_text(strip=True) for th in table.find_all("th")] == ["Line", "Why"]
    assert table.find("td").get_text(strip=True) == "2"
    book = _workbook(
        {2: ["Owner", "Pledge", "Due date"], 3: ["Cllr Shah", "Bus passes", "soon"], 4: ["Cllr Shah", "Gym"]}
    )
    done = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(book), "Pledges 2026.xlsx")},
        content_type="multipart/form-data",
    )
    body = done.get_data(as_text=True)
    assert done.status_code == 200 and "1 pledge added." in body and "“soon” is not a date" in body
    table = BeautifulSoup(body, "html.parser").find("table")
    assert [th.get_text(strip=True) for th in table.find_all("th")] == ["Row", "Why"]
    assert table.find("td").get_text(strip=True) == "3"


def test_import_stops_at_the_row_cap_in_a_workbook_and_a_csv(app, organisation, monkeypatch):
    monkeypatch.setattr(pledge_import, "MAX_IMPORT_ROWS", 3)
    rows: dict[int, list[object]] = {1: ["owner", "pledge"]}
    rows.update({number: ["Cllr Shah", f"Pledge {number}"] for number in range(2, 8)})
    rows[3] = ["", "Nobody"]  # a problem counts towards the cap as a created pledge does
    result = pledge_import.import_spreadsheet(organisation.id, _workbook(rows), "cap.xlsx", THEMES)
    assert [pledges.text_of(p)[0] for p in result.created] == ["Pledge 2", "Pledge 4"]
    assert [(problem.line, "first 2,000 rows" in problem.message) for problem in result.problems] == [
        (3, False),
        (5, True),
    ]
    sheet = "owner,pledge\n" + "".join(f"Cllr Reid,Promise {number}\n" for number in range(5))
    result = pledge_import.import_csv(organisation.id, sheet.encode(), THEMES)
    assert len(result.created) == 3 and [problem.line for problem in result.problems] == [5]


def test_an_overdue_pledge_never_reads_on_track(app):
    """A first-time worker's walk (issue 17): the pack's pledge table said "On track (overdue)" beside the rating
    "Overdue or at risk". A pledge past its due date reads "Overdue" in the pack, the tracker and its own page."""
    from participation.accounts.models import Role
    from participation.boards.pack_voice import pledges_table

    today = date.today()
    with app.app_context():
        org = factories.organisation("Lateshire")
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        late = factories.pledge(org.id, "A youth club in every town", date(2020, 3, 1), status=PledgeStatus.ON_TRACK)
        never = factories.pledge(org.id, "Driving lessons for care leavers", date(2020, 3, 1))
        factories.db.session.commit()
        late_id = late.id
        assert pledges.status_name(late, today) == "Overdue"
        assert pledges.status_name(never, today) == "Overdue, not started"
        assert pledges.status_name(late, date(2020, 2, 1)) == "On track"
        rows = {row.pledge: (row.status, row.rag) for row in pledges_table([late, never], today).rows}
        assert rows == {
            "A youth club in every town": ("Overdue", "Overdue or at risk"),
            "Driving lessons for care leavers": ("Overdue, not started", "Overdue or at risk"),
        }
    console = _console(app, worker)
    page = console.get("/staff/pledges/")
    statuses = [tag.get_text(strip=True) for tag in page.select("td .govuk-tag")]
    assert sorted(statuses) == ["Overdue", "Overdue, not started"]
    page = console.get(f"/staff/pledges/{late_id}")
    assert page.select_one(".govuk-summary-list .govuk-tag").get_text(strip=True) == "Overdue"
    assert "On track" not in page.select_one(".govuk-summary-list").get_text()
