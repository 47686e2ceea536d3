"""The board pack: the page every role reads, its filters, and every output (printable page, PDF, XLSX, CSV, the
command line), each showing the same suppressed tables; reference figures; comparison with other councils."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from datetime import date

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.boards import compare, outputs, pack, periods
from participation.boards.models import Action, ActionStatus, ReferenceFigure
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys.models import Consultation, ConsultationStatus
from tests import factories
from tests.console import Console
from tests.integration.test_boards import respond
from tests.pages import parse


def choose(consultation, band: str, listened: str, group=None) -> None:
    factories.stored_response(consultation, {"listened-to": [listened]}, band=band, group_id=group)


@pytest.fixture()
def board(app):
    with app.app_context():
        org = factories.organisation("Packshire Council")
        consultation = factories.consultation(org, code="pack")
        for _ in range(8):
            respond(consultation, "I want to see my brother more often")
        for _ in range(3):
            respond(consultation, "the wifi at my placement never works", band="care-leavers")
        for _ in range(9):
            choose(consultation, "12-17", "always")
        for _ in range(6):
            choose(consultation, "12-17", "never")
        # A formula-looking action, to be neutralised in every export.
        db.session.add(
            Action(
                organisation_id=org.id,
                consultation_id=consultation.id,
                themes=["family-time"],
                texts={"en": {"what": '=HYPERLINK("http://evil.example","click")'}},
                owner="@Head of Service",
                status=ActionStatus.DONE,
            )
        )
        db.session.add(
            ReferenceFigure(
                organisation_id=org.id,
                question_key="listened-to",
                label="National",
                percent=70,
                source="A survey, 2025",
            )
        )
        db.session.commit()
        member = factories.staff(org, Role.BOARD_MEMBER)
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
    return consultation.id, member, worker


def signed_in(app, person) -> Console:
    client = app.test_client()
    factories.sign_in(client, *person)
    return Console(client)


def table_cells(page: BeautifulSoup, key: str) -> list[list[str]]:
    table = page.find(id=f"table-{key}").find("table")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.find("tbody").find_all("tr")
    ]


def normal(text: str) -> str:
    """The page shows 1,234 and +4.5 and – where a CSV has 1234, 4.5 and nothing."""
    text = text.replace(",", "") if text.replace(",", "").replace(".", "").lstrip("+-").isdigit() else text
    if text in ("–", ""):
        return ""
    try:
        return f"{float(text):g}"
    except ValueError:
        return text.lstrip("'")


def test_the_board_reads_the_pack_and_every_export_shows_the_same_suppressed_tables(app, board):
    consultation_id, member, _worker = board
    console = signed_in(app, member)
    page = console.get(f"/staff/consultations/{consultation_id}/board-pack")
    assert console.response.status_code == 200
    text = page.get_text(" ", strip=True)
    assert "At a glance" in text and "Headline indicators" in text and "A survey, 2025" in text
    # 20 people answered; 3 raised digital access: shown as c, never the number.
    themes = {row[0]: row for row in table_cells(page, "themes")}
    assert themes["Family time"][1] == "8" and themes["Digital access"][1] == "c"
    assert page.find("svg", attrs={"role": "img"}).find("title") is not None
    # The CSVs (zip), the spreadsheet and the page hold the same cells.
    response = console.client.get(f"/staff/consultations/{consultation_id}/board-pack.zip")
    assert response.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        files = {
            name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig")))) for name in archive.namelist()
        }
    assert "themes.csv" in files and "indicators-by-band.csv" in files and "pledges.csv" in files
    book = load_workbook(io.BytesIO(console.client.get(f"/staff/consultations/{consultation_id}/board-pack.xlsx").data))
    for key in ("themes", "indicators", "indicators-by-band", "responses", "bands", "we-did"):
        on_screen = [[normal(cell) for cell in row] for row in table_cells(page, key)]
        in_csv = [[normal(cell) for cell in row] for row in files[f"{key}.csv"][1:]]
        sheet = [
            ["" if value is None else normal(str(value)) for value in row]
            for row in book[key].iter_rows(min_row=3, max_row=2 + len(in_csv), values_only=True)
        ]
        if on_screen == [["Nothing to show yet."]]:
            assert in_csv == []
            continue
        assert on_screen == in_csv == sheet, key
    # Formula-looking text is made plain text everywhere it leaves.
    we_did = files["we-did.csv"][1]
    assert we_did[1].startswith("'=HYPERLINK") and we_did[2] == "'@Head of Service"
    cell = next(c for row in book["we-did"].iter_rows() for c in row if "HYPERLINK" in str(c.value))
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
    # The PDF and the printable page.
    pdf = console.client.get(f"/staff/consultations/{consultation_id}/board-pack.pdf")
    assert pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF") and len(pdf.data) > 5000
    printable = console.get(f"/staff/consultations/{consultation_id}/board-pack/print")
    assert table_cells(printable, "themes") == table_cells(page, "themes")
    assert printable.find("link", rel="stylesheet")["href"].endswith("pack.css")
    with app.app_context():
        formats = {
            detail["format"]
            for detail in db.session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "board-pack-exported")
            )
        }
    assert formats == {"zip", "xlsx", "pdf"}


def test_filters_show_one_band_or_group_from_the_same_protected_figures(app, board):
    consultation_id, member, _worker = board
    console = signed_in(app, member)
    whole = console.get(f"/staff/consultations/{consultation_id}/board-pack")
    options = [option["value"] for option in whole.find("select", id="part").find_all("option")]
    assert "band:12-17" in options and "band:care-leavers" in options and "group:other" in options
    by_band = {row[0]: row for row in table_cells(whole, "themes-by-band")}
    teen = console.get(f"/staff/consultations/{consultation_id}/board-pack?part=band:12-17")
    assert "Showing 12 to 17 only" in teen.get_text(" ", strip=True)
    column = [cell.get_text(strip=True) for cell in whole.find(id="table-themes-by-band").find_all("th")].index(
        "12 to 17"
    )
    for row in table_cells(teen, "themes"):
        assert row[1] == by_band[row[0]][column]
    # Care leavers: three people raised digital access, all of them care leavers: hidden in both packs.
    leavers = console.get(f"/staff/consultations/{consultation_id}/board-pack?part=band:care-leavers")
    assert {row[0]: row[1] for row in table_cells(leavers, "themes")}.get("Digital access") == "c"


@pytest.mark.parametrize("part", ["band:zzz", "band:99", "group:not-a-uuid", f"group:{uuid.uuid4()}", "zzz", "band:"])
def test_a_part_the_pack_does_not_have_is_said_never_shown_as_the_whole(app, board, part):
    """A tampered or mistyped filter showed the whole pack, which a reader could take for the part's figures."""
    consultation_id, member, _worker = board
    console = signed_in(app, member)
    base = f"/staff/consultations/{consultation_id}"
    response = console.client.get(f"{base}/board-pack", query_string={"part": part})
    assert response.status_code == 400
    page = parse(response)
    assert page.title.get_text().startswith("Error:")
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "That choice is not one of the pack’s parts" in summary and "pack for everyone" in summary
    assert page.select_one("#part-error") is not None and page.select_one("#part option[selected]")["value"] == ""
    assert "Showing" not in page.get_text()  # no "Showing … only": the figures below are everyone's
    for download in ("board-pack/print", "board-pack.pdf", "board-pack.xlsx", "board-pack.zip"):
        made = console.client.get(f"{base}/{download}", query_string={"part": part})
        assert made.status_code == 400, download
        assert made.mimetype == "text/html" and "Content-Disposition" not in made.headers, download
        assert "That choice is not one of the pack’s parts" in made.get_data(as_text=True), download
    with app.app_context():
        key = periods.containing(periods.fieldwork_day(db.session.get(Consultation, consultation_id))).key
    period = f"/staff/board-packs/{key}"
    for period_url in (period, *(f"{period}/{kind}" for kind in ("print", "pdf", "xlsx", "zip"))):
        made = console.client.get(period_url, query_string={"part": part})
        assert made.status_code == 400, period_url
        assert "That choice is not one of the pack’s parts" in made.get_data(as_text=True), period_url


def test_another_organisations_pack_is_not_found(app, board):
    _consultation_id, member, _worker = board
    with app.app_context():
        other = factories.consultation(factories.organisation("Elsewhere"), code="elsewhere")
        other_id = other.id
    console = signed_in(app, member)
    for suffix in ("", "/print", ".pdf", ".xlsx", ".zip"):
        assert console.client.get(f"/staff/consultations/{other_id}/board-pack{suffix}").status_code == 404


def test_a_pack_for_a_consultation_with_no_responses(app, runner, tmp_path):
    with app.app_context():
        consultation = factories.consultation(factories.organisation("Emptyshire"), code="empty")
        db.session.commit()
        with app.test_request_context():
            built = pack.build(consultation)
            assert built.respondents.count == 0 and built.tables["themes"].rows == []
            assert outputs.pdf(built).startswith(b"%PDF")
    result = runner.invoke(
        args=["boards", "pack", "--consultation", "empty", "--format", "pdf", "--output", str(tmp_path / "empty.pdf")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")


def test_the_command_line_writes_the_same_tables(app, board, runner, tmp_path):
    result = runner.invoke(args=["boards", "export", "--consultation", "pack", "--output", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    with app.app_context(), app.test_request_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == "pack"))
        expected = outputs.csv_files(pack.build(consultation))
    written = {path.name: path.read_bytes().decode("utf-8-sig") for path in (tmp_path / "csv").iterdir()}
    assert written == expected
    result = runner.invoke(
        args=["boards", "pack", "--consultation", "pack", "--format", "html", "--output", str(tmp_path / "pack.html")]
    )
    assert result.exit_code == 0, result.output
    document = BeautifulSoup((tmp_path / "pack.html").read_text(encoding="utf-8"), "html.parser")
    assert document.find("style") is not None and document.find("link") is None  # stands alone
    assert {row[0]: row[1] for row in table_cells(document, "themes")}["Digital access"] == "c"
    result = runner.invoke(
        args=[
            "boards",
            "pack",
            "--consultation",
            "pack",
            "--band",
            "12-17",
            "--format",
            "html",
            "--output",
            str(tmp_path / "teen.html"),
        ]
    )
    assert result.exit_code == 0 and "12 to 17" in (tmp_path / "teen.html").read_text(encoding="utf-8")
    missing = runner.invoke(args=["boards", "pack", "--consultation", "nope", "--output", str(tmp_path / "x.html")])
    assert missing.exit_code == 2 and "No consultation has the code 'nope'" in missing.output
    assert not (tmp_path / "x.html").exists()


def test_reference_figures_are_entered_checked_and_deleted(app, board):
    consultation_id, _member, worker = board
    console = signed_in(app, worker)
    page = console.get("/staff/reference-figures/")
    assert "National" in page.get_text(" ", strip=True)
    page = console.submit(
        {"question_key": "listened-to", "label": "Bright Spots", "percent": "eighty", "source": ""}, form_index=-1
    )
    assert console.response.status_code == 400
    errors = page.find(class_="govuk-error-summary").get_text(" ", strip=True)
    assert "number from 0 to 100" in errors and "where the figure comes from" in errors
    assert page.find("input", {"name": "label"})["value"] == "Bright Spots"  # nothing typed is lost
    page = console.submit(
        {"percent": "81.5%", "source": "Bright Spots national report 2025", "age_band": "12-17"}, form_index=-1
    )
    assert "Reference figure added" in page.get_text(" ", strip=True)
    again = console.submit(
        {"question_key": "listened-to", "label": "Bright Spots", "percent": "80", "source": "x", "age_band": "12-17"},
        form_index=-1,
    )
    assert console.response.status_code == 400 and "already a figure" in again.get_text(" ", strip=True)
    with app.app_context():
        figure = db.session.scalar(select(ReferenceFigure).where(ReferenceFigure.label == "Bright Spots"))
        assert figure.percent == 81.5 and figure.age_band == "12-17"
        figure_id = figure.id
        elsewhere = ReferenceFigure(
            organisation_id=factories.organisation("Other").id,
            question_key="listened-to",
            label="Theirs",
            percent=1,
            source="theirs",
        )
        db.session.add(elsewhere)
        db.session.commit()
        elsewhere_id = elsewhere.id
    console.get("/staff/reference-figures/")
    console.post(f"/staff/reference-figures/{elsewhere_id}/delete", {})
    assert console.response.status_code == 404
    console.get("/staff/reference-figures/")
    console.post(f"/staff/reference-figures/{figure_id}/delete", {})
    with app.app_context():
        assert db.session.get(ReferenceFigure, figure_id) is None
        assert db.session.get(ReferenceFigure, elsewhere_id) is not None
    # A board member reads figures in the pack but cannot change them.
    member_console = signed_in(app, board[1])
    assert member_console.client.get("/staff/reference-figures/").status_code == 403


def _comparator(name: str, positive: int, negative: int, *, opted_in: bool = True) -> None:
    org = factories.organisation(name)
    org.compare_opt_in = opted_in
    consultation = factories.consultation(org)
    for _ in range(positive):
        choose(consultation, "12-17", "always")
    for _ in range(negative):
        choose(consultation, "12-17", "never")


def test_comparison_needs_both_sides_to_opt_in_and_three_other_councils(app, board):
    consultation_id, _member, _worker = board
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        org = db.session.get(Organisation, consultation.organisation_id)
        _comparator("A", 12, 8)  # 60%
        _comparator("B", 24, 6)  # 80%
        _comparator("C", 40, 60, opted_in=False)  # not opted in: never counted
        _comparator("D", 2, 1)  # too few answers to count on its own
        _comparator("F", 30, 3)  # 3 said "never": its share could not be published, so it is not used
        db.session.flush()
        with app.test_request_context():
            assert compare.averages(consultation, ["listened-to"], limit=5) == {}  # not opted in itself
            org.compare_opt_in = True
            assert compare.averages(consultation, ["listened-to"], limit=5) == {}  # only two others count
            _comparator("E", 14, 6)  # 70%
            assert compare.averages(consultation, ["listened-to"], limit=5) == {"listened-to": (70.0, 3)}
            built = pack.build(consultation)
            row = built.tables["indicators"].rows[0]
            assert row.indicator == "Do you feel listened to?" and row.others == 70.0 and built.compared_with == 3
            # A filtered pack never compares: the others' bands are not averaged.
            assert pack.build(consultation, band="12-17").tables["indicators"].rows[0].others is None
        db.session.rollback()


# --- packs for a period ----------------------------------------------------------------------------------------------


@pytest.fixture()
def year(app):
    """Two consultations opened in 2026-27 and one in 2025-26, and another council's in 2026-27."""
    with app.app_context():
        org = factories.organisation("Periodshire Council")
        spring = factories.consultation(org, code="spring", opens_on=date(2026, 5, 4))
        autumn = factories.consultation(org, code="autumn", opens_on=date(2026, 10, 5))
        last = factories.consultation(org, code="last-year", opens_on=date(2025, 10, 6))
        factories.consultation(org, code="draft", opens_on=date(2026, 6, 1), status=ConsultationStatus.DRAFT)
        for consultation, always, never, family in ((spring, 6, 5, 6), (autumn, 7, 5, 3), (last, 5, 6, 7)):
            for _ in range(always):
                choose(consultation, "12-17", "always")
            for _ in range(never):
                choose(consultation, "12-17", "never")
            for _ in range(family):
                respond(consultation, "I want to see my brother more often")
        theirs = factories.consultation(
            factories.organisation("Elsewhere Council"), code="theirs", opens_on=date(2026, 7, 1)
        )
        for _ in range(9):
            respond(theirs, "I want to see my brother more often")
        db.session.commit()
        member = factories.staff(org, Role.BOARD_MEMBER)
    return org.slug, member, (spring.id, autumn.id)


def test_a_pack_for_a_year_adds_up_its_consultations_from_their_own_published_figures(app, year):
    slug, member, (spring_id, autumn_id) = year
    console = signed_in(app, member)
    index = console.get("/staff/board-packs/")
    text = index.get_text(" ", strip=True)
    assert "Financial year April 2026 to March 2027" in text and "Financial year April 2025 to March 2026" in text
    assert index.find("a", href="/staff/board-packs/2026-27-q1") is not None  # spring opened in May: quarter 1
    assert index.find("a", href="/staff/board-packs/2026-27-q3") is not None  # autumn in October: quarter 3
    assert index.find("a", href="/staff/board-packs/2026-27-q2") is None  # only the draft opened then
    page = console.get("/staff/board-packs/2026-27")
    assert console.response.status_code == 200
    listed = [item.get_text(strip=True) for item in page.find(id="at-a-glance").find_previous("ul").find_all("li")]
    assert len(listed) == 2  # spring and autumn, not the draft, not last year's, not another council's
    responses = table_cells(page, "responses")
    assert responses[-1][-1] == "32"  # everyone both consultations hold: 11 + 6 in spring, 12 + 3 in autumn
    # Family time: 6 in spring and 3 (hidden there as c) in autumn, so hidden for the year too.
    themes = {row[0]: row for row in table_cells(page, "themes")}
    assert themes["Family time"][1] == "c"
    # Feeling listened to: 13 of 23 answered, with the change since 2025-26 (5 of 11).
    indicators = {row[0]: row for row in table_cells(page, "indicators")}
    listened = next(row for name, row in indicators.items() if "listen" in name.lower())
    assert listened[1] == "Always or Yes"  # what counts as positive, from the question's own answers
    assert listened[2:5] == ["13", "23", "56.5"] and listened[5] == "45.5" and listened[6] == "+11"
    assert "Previous period (%)" in page.get_text()
    spring = console.get(f"/staff/consultations/{spring_id}/board-pack")
    assert {row[0]: row for row in table_cells(spring, "themes")}["Family time"][1] == "6"
    # Every download for the period, audited.
    for kind in ("pdf", "xlsx", "zip"):
        response = console.client.get(f"/staff/board-packs/2026-27/{kind}")
        assert response.status_code == 200
        assert "board-pack-2026-27." in response.headers["Content-Disposition"]
    assert console.client.get("/staff/board-packs/2026-27/print").status_code == 200
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "board-pack-exported")).all()
        assert {event.detail.get("format") for event in events if event.subject == "period 2026-27"} == {
            "pdf",
            "xlsx",
            "zip",
        }


def test_a_period_with_nothing_in_it_or_a_made_up_key_is_not_found(app, year):
    _slug, member, _ids = year
    console = signed_in(app, member)
    for key in ("2026-27-q2", "2030-31", "2026-28", "2026", "../etc"):
        console.client.get(f"/staff/board-packs/{key}")
        assert console.client.get(f"/staff/board-packs/{key}").status_code == 404, key


def test_the_command_line_makes_a_period_pack(app, year, runner, tmp_path):
    slug, _member, _ids = year
    result = runner.invoke(
        args=["boards", "export", "--period", "2026-27", "--organisation", slug, "--output", str(tmp_path / "year")]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO((tmp_path / "year" / "responses.csv").read_text("utf-8-sig"))))
    assert rows[-1][-1] == "32"
    result = runner.invoke(
        args=[
            "boards",
            "pack",
            "--period",
            "2026-27",
            "--organisation",
            slug,
            "--format",
            "pdf",
            "--output",
            str(tmp_path / "year.pdf"),
        ]
    )
    assert result.exit_code == 0 and (tmp_path / "year.pdf").read_bytes().startswith(b"%PDF")
    for args, says in (
        (["--period", "2026-27"], "needs --organisation"),
        (["--period", "2026-27", "--consultation", "spring"], "not both"),
        (["--period", "26-27", "--organisation", slug], "financial year like 2026-27"),
        (["--period", "2030-31", "--organisation", slug], "No consultation"),
        (["--period", "2026-27", "--organisation", "nowhere"], "No organisation"),
    ):
        result = runner.invoke(args=["boards", "pack", *args, "--output", str(tmp_path / "x.html")])
        assert result.exit_code == 2 and says in result.output, (args, result.output)
        assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("part", ["band:12-17", "group:other"])
def test_a_filtered_pack_says_which_tables_are_of_everyone(app, board, part):
    """With a filter, "Responses by age band" and "Every comment read by a person" showed everyone's figures under
    a heading that read as the part's; only one said so, in a footnote."""
    consultation_id, member, _worker = board
    console = signed_in(app, member)
    base = f"/staff/consultations/{consultation_id}"
    page = console.get(f"{base}/board-pack?part={part}")
    name = "12 to 17" if part.startswith("band") else "Other ways in (open link, poster or code)"
    captions = {
        table["id"][len("table-") :]: table.find("caption").get_text(" ", strip=True)
        for table in page.select(".pack-table")
    }
    assert {"bands", "reading", "responses", "themes", "indicators"} <= captions.keys()
    for key, caption in captions.items():
        marked = caption.endswith(f": everyone, not only {name}")
        assert marked == (key not in pack.FILTERED_TABLES), (key, caption)
    book = load_workbook(io.BytesIO(console.client.get(f"{base}/board-pack.xlsx?part={part}").data))
    assert book["bands"]["A1"].value == f"Responses by age band: everyone, not only {name}"
    assert book["themes"]["A1"].value == "What young people raised"
    # The whole pack says nothing of the kind.
    whole = console.get(f"{base}/board-pack")
    assert "everyone, not only" not in whole.get_text()
