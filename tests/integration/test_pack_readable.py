"""The board pack reads without guesswork (issue 15): every headline indicator says what counts as positive, on the
page and in every output, from the indicator's own definition; a pack with no theme to show says why; the spreadsheet
opens with columns a person can read; the PDF never ends on a page that holds only a note."""

from __future__ import annotations

import copy
import csv
import io
import zipfile

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from participation.accounts.models import Role
from participation.boards import outputs, pack
from participation.boards.indicators import indicators, positive_keys
from participation.boards.pack_tables import positive_means
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.spreadsheets import NARROWEST_COLUMN, WIDEST_COLUMN
from participation.surveys import builder
from participation.surveys.bank import bank_questions
from participation.surveys.content import create_consultation
from participation.surveys.kinds import indicator_kinds
from participation.surveys.models import Consultation, Option
from tests import factories
from tests.integration.test_board_pack import choose, signed_in, table_cells
from tests.integration.test_boards import respond

KEY = "“c” means fewer than"  # the pack's last line: what "c" and "–" mean


def page_texts(document) -> list[str]:
    """The words on each page of a laid-out PDF (WeasyPrint's boxes: there is no PDF text reader here)."""
    result = []
    for page in document.pages:
        words: list[str] = []
        boxes = [page._page_box]
        while boxes:
            box = boxes.pop()
            if isinstance(getattr(box, "text", None), str):
                words.append(box.text)
            boxes.extend(reversed(getattr(box, "children", None) or []))
        result.append(" ".join(words))
    return result


def _english(option: Option) -> str:
    return next(text.label for text in option.texts if text.language == "en" and not text.age_band)


@pytest.fixture()
def packed(app):
    """A consultation with comments and indicator answers, a board member and a worker."""
    with app.app_context():
        org = factories.organisation("Readshire Council")
        consultation = factories.consultation(org, code="readable")
        for _ in range(8):
            respond(consultation, "I want to see my brother more often")
        for _ in range(9):
            choose(consultation, "12-17", "always")
        for _ in range(6):
            choose(consultation, "12-17", "never")
        db.session.commit()
        member = factories.staff(org, Role.BOARD_MEMBER)
    return consultation.id, member


def test_every_indicator_says_what_counts_as_positive_from_its_own_definition(app):
    with app.app_context(), app.test_request_context():
        org = factories.organisation("Positiveshire")
        # Every bank question a worker could mark as core: each kind of indicator is there.
        questions = [{**question, "core": True} for question in bank_questions()]
        spec = {
            "code": "positive",
            "title": {"en": {"*": "Every indicator"}},
            "about": factories.text("About"),
            "next_steps": factories.text("Next"),
        }
        consultation = create_consultation(org.id, spec, questions)
        asked = {q.key: q for q in builder.questions_of(consultation, consultation.live_version or None)}
        items = indicators(consultation)
        assert {asked[item.key].kind for item in items} == set(indicator_kinds())
        for item in items:
            question = asked[item.key]
            good = positive_keys(question)
            named = {_english(option) for option in question.options if option.key in good}
            assert item.positive, item.key
            assert set(item.positive) == (named or {"Yes"}), item.key  # a yes-or-no question may word only its own
        # The bank's own wording, as a board member reads it.
        by_key = {item.key: positive_means(item) for item in items}
        assert by_key["social-worker-count"] == "1, 2 or 3"
        assert by_key["reach-worker"] == "Yes"
        assert by_key["listened-to"] == "Always, Mostly or Yes"  # five faces for the older bands, three for 4 to 7
        # The pack says it for every indicator, in its table and its chart.
        built = pack.build(consultation)
        rows = built.tables["indicators"].rows
        assert [row.counts_as_positive for row in rows] == [positive_means(item) for item in items]
        assert all(bar.positive for bar in built.indicator_chart)
        # It cannot drift from the definition: counting "Sometimes" as positive changes what the pack says.
        listened = asked["listened-to"]
        next(option for option in listened.options if option.key == "sometimes").is_positive = True
        db.session.flush()
        again = {item.key: positive_means(item) for item in indicators(consultation)}
        assert again["listened-to"] == "Always, Mostly, Sometimes or Yes"


def test_what_counts_as_positive_is_on_the_page_and_in_every_output(app, packed):
    consultation_id, member = packed
    console = signed_in(app, member)
    base = f"/staff/consultations/{consultation_id}/board-pack"
    page = console.get(base)
    header = [th.get_text(strip=True) for th in page.find(id="table-indicators").find("thead").find_all("th")]
    assert header[:3] == ["Indicator", "Counts as positive", "Positive"]
    on_page = {row[0]: row[1] for row in table_cells(page, "indicators")}
    assert on_page["Do you feel listened to?"] == "Always or Yes"
    assert on_page["Can you get in touch with your social worker when you need to?"] == "Yes"
    chart = page.find("svg", attrs={"aria-labelledby": "indicator-chart-title indicator-chart-desc"})
    assert "Positive: Always or Yes" in [text.get_text() for text in chart.find_all("text")]
    with zipfile.ZipFile(io.BytesIO(console.client.get(f"{base}.zip").data)) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("indicators.csv").decode("utf-8-sig"))))
    assert rows[0][1] == "Counts as positive" and {row[0]: row[1] for row in rows[1:]} == on_page
    sheet = load_workbook(io.BytesIO(console.client.get(f"{base}.xlsx").data))["indicators"]
    assert sheet["B2"].value == "Counts as positive"
    assert {row[0]: row[1] for row in sheet.iter_rows(min_row=3, max_row=2 + len(on_page), values_only=True)} == (
        on_page
    )
    with app.app_context(), app.test_request_context():
        built = pack.build(db.session.get(Consultation, consultation_id))
        document = outputs.document(built)
        words = " ".join(page_texts(outputs.laid_out(document)))
    # The PDF's table says it; its chart is the page's own drawing (the SVG above), laid out again on paper.
    assert "Counts as positive Positive Answered" in words and "Do you feel listened to? Always or Yes" in words
    assert "Positive: Always or Yes" in document


@pytest.fixture()
def sparse(app):
    """Consultations that each show no theme for a different reason."""
    with app.app_context():
        org = factories.organisation("Sparseshire")
        consultation = factories.consultation(org, code="sparse")
        for _ in range(3):  # 12 to 17: six people, two themes of three each, both hidden
            respond(consultation, "I want to see my brother more often")
            respond(consultation, "the wifi at my placement never works")
        for _ in range(6):  # 8 to 11: six comments that fit no theme
            respond(consultation, "no idea", band="8-11")
        few = factories.consultation(org, code="few")
        for _ in range(2):
            respond(few, "I want to see my brother more often")
        questions = [
            {**question, "bands": [band for band in question["bands"] if band != "4-7"]}
            if question["kind"] in ("short_text", "long_text")
            else question
            for question in factories.QUESTIONS
        ]
        spec = {
            "code": "no-words",
            "title": {"en": {"*": "Faces only for 4 to 7"}},
            "about": factories.text("About"),
            "next_steps": factories.text("Next"),
        }
        faces = create_consultation(org.id, spec, questions)
        for _ in range(6):
            choose(faces, "4-7", "yes-happy")
        empty = factories.consultation(org, code="nobody")
        db.session.commit()
        member = factories.staff(org, Role.BOARD_MEMBER)
        ids = {"sparse": consultation.id, "few": few.id, "faces": faces.id, "empty": empty.id}
    return ids, org.id, member


def test_a_pack_with_no_theme_to_show_says_why(app, sparse):
    ids, org_id, member = sparse
    console = signed_in(app, member)

    def why(code: str, part: str = "") -> str:
        page = console.get(f"/staff/consultations/{ids[code]}/board-pack" + (f"?part={part}" if part else ""))
        assert console.response.status_code == 200
        found = page.find(id="no-themes")
        return found.get_text(" ", strip=True) if found else ""

    assert why("empty") == "No one has answered yet, so there are no themes."
    assert why("sparse", "band:4-7") == "No one in “4 to 7” has answered yet, so there are no themes."
    assert why("few") == "Too few people answered to show what they raised without risking identifying someone."
    for part in ("", "band:12-17"):
        hidden = why("sparse", part)
        assert hidden.startswith("Every theme is hidden (“c”): each was raised by fewer than 5 people"), part
        assert hidden.endswith("That is too few to show without risking identifying anyone."), part
    assert why("sparse", "band:8-11") == (
        "No comment from “8 to 11” has been sorted into a theme yet. Comments are sorted as they arrive; a worker "
        "can add a theme to any comment."
    )
    assert why("faces", "band:4-7") == "The questions for “4 to 7” ask for no comments, so there are no themes."
    # Where a theme can be shown, the pack names it and gives no reason.
    with app.app_context():
        shown = factories.consultation(db.session.get(Organisation, org_id), code="shown")
        for _ in range(6):
            respond(shown, "I want to see my brother more often")
        db.session.commit()
        ids["shown"] = shown.id
    assert why("shown") == ""
    assert (
        "Family time"
        in console.get(f"/staff/consultations/{ids['shown']}/board-pack").find(class_="pack-glance").get_text()
    )


def test_the_show_list_is_the_design_systems_select_in_a_form_that_needs_no_script(app, packed):
    consultation_id, member = packed
    console = signed_in(app, member)
    page = console.get(f"/staff/consultations/{consultation_id}/board-pack")
    form = page.find("form", class_="heard-pack-filter")
    assert form["method"] == "get" and form["action"].endswith("/board-pack")
    select_box = form.find("select", id="part")
    assert "govuk-select" in select_box["class"] and select_box["name"] == "part"
    assert page.find("label", attrs={"for": "part"}) is not None
    assert form.find("button", attrs={"type": "submit"}) is not None


def test_the_spreadsheet_has_readable_columns_and_wraps_long_text(app, packed):
    consultation_id, member = packed
    console = signed_in(app, member)
    book = load_workbook(io.BytesIO(console.client.get(f"/staff/consultations/{consultation_id}/board-pack.xlsx").data))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A3", sheet.title  # the column names stay in view
        header = [cell.value for cell in sheet[2]]
        last = 2
        while sheet.cell(row=last + 1, column=1).value not in (None, ""):
            last += 1
        for index, name in enumerate(header, start=1):
            column = sheet.cell(row=2, column=index).column_letter
            values = [sheet.cell(row=row, column=index).value for row in range(2, last + 1)]
            longest = max(len(str(value)) for value in values if value is not None)
            width = sheet.column_dimensions[column].width
            assert width == min(max(longest + 2, NARROWEST_COLUMN), WIDEST_COLUMN), (sheet.title, name, width)
            for row in range(2, last + 1):
                cell = sheet.cell(row=row, column=index)
                if cell.value is not None and len(str(cell.value)) + 2 > width:
                    assert cell.alignment.wrap_text, (sheet.title, name, cell.value)
    # The indicators sheet, as a board member opens it: the longest question's title wraps at the widest column.
    titles = book["indicators"]
    long_title = next(cell for cell in titles["A"] if str(cell.value).startswith("Can you get in touch"))
    assert len(long_title.value) + 2 > WIDEST_COLUMN == titles.column_dimensions["A"].width
    assert long_title.alignment.wrap_text and long_title.alignment.vertical == "top"


def test_the_pdf_never_ends_on_a_page_holding_only_its_key(app, packed):
    """The pack ends with its pledges and the key to "c" and "–". Add pledges one at a time: the first that does not
    fit is where a footnote would be left alone on a new page; the key keeps the last rows and their note with it."""
    consultation_id, _member = packed
    with app.app_context(), app.test_request_context():
        built = pack.build(db.session.get(Consultation, consultation_id))
        table = built.tables["pledges"]

        def laid_out(extra: int) -> list[str]:
            padded = copy.copy(built)
            padded.tables = dict(built.tables)
            more = copy.copy(table)
            # One short line each, so that each row takes less room than the key does.
            more.rows = list(table.rows) + [
                tuple([f"Owner {number}", f"Pledge {number}"] + ["–"] * (len(table.columns) - 2))
                for number in range(extra)
            ]
            padded.tables["pledges"] = more
            return page_texts(outputs.laid_out(outputs.document(padded)))

        pages = len(laid_out(0))
        low, high = 0, 1
        while len(laid_out(high)) == pages:  # double until the pack needs one more page
            low, high = high, high * 2
        while high - low > 1:  # then find the first pledge that needs it
            middle = (low + high) // 2
            low, high = (middle, high) if len(laid_out(middle)) == pages else (low, middle)
        texts = laid_out(high)
        assert len(texts) == pages + 1
        last = texts[-1]
        assert KEY in last
        assert f"Pledge {high - 1}" in last, last  # the last pledge came over with the key
        # And the PDF itself has those pages.
        assert outputs.pdf(built).startswith(b"%PDF")
        for number, text in enumerate(texts[:-1], start=1):
            assert text.strip(), f"page {number} is empty"


def test_a_tables_title_never_ends_a_page_without_its_first_row(app):
    """Printed, a table's title (its caption) stays with the table: pushed down the page a millimetre at a time past
    the point where only the title would fit, it moves to the next page with its rows (seen in a pack whose "In their
    words" title ended one page and its quotes began the next)."""
    css = outputs.CSS_FILE.read_text(encoding="utf-8")
    rows = "".join(f"<tr><td>Row {number}</td><td>Said at a session</td></tr>" for number in range(1, 4))
    seen_on = set()
    with app.app_context():
        for millimetres in range(230, 262, 2):
            html = (
                f"<!DOCTYPE html><html><head><style>{css}</style></head><body>"
                f'<div style="height: {millimetres}mm"></div>'
                "<table><caption>In their words</caption><thead><tr><th>Quote</th><th>Where</th></tr></thead>"
                f"<tbody>{rows}</tbody></table></body></html>"
            )
            texts = page_texts(outputs.laid_out(html))
            caption = next(number for number, text in enumerate(texts) if "In their words" in text)
            assert "Row 1" in texts[caption], (millimetres, texts)
            seen_on.add(caption)
    assert seen_on == {0, 1}  # the sweep did push the table over onto a new page


def test_dates_in_the_packs_tables_read_as_people_read_them(app, packed):
    """A first-time worker's walk (issue 17): the pack's tables showed dates as 2027-07-17. The page and the PDF show
    "17 July 2027" in every table (actions, pledges and their latest update); the CSV keeps 2027-07-17."""
    import re
    from datetime import date

    from participation.boards import services
    from participation.boards.models import ActionStatus, PledgeStatus
    from participation.surveys.models import Consultation

    consultation_id, _member = packed
    with app.app_context(), app.test_request_context():
        consultation = db.session.get(Consultation, consultation_id)
        services.save_action(
            consultation,
            services.ActionInput(
                themes=["family-time"],
                what="Family time at weekends",
                owner="Head of Service",
                status=ActionStatus.DONE,
                reason="",
                due_on=date(2027, 7, 17),
                done_on=date(2027, 7, 9),
                evidence_url="",
                evidence_note="",
                translations={},
            ),
            user_id=None,
        )
        factories.pledge(
            consultation.organisation_id,
            "A youth club in every town",
            date(2027, 8, 1),
            status=PledgeStatus.ON_TRACK,
            note="Two towns so far",
            on=date(2027, 6, 3),
        )
        db.session.commit()
        built = pack.build(consultation, today=date(2027, 7, 20))
        html = outputs.document(built)
        cells = [
            cell.get_text(" ", strip=True)
            for cell in BeautifulSoup(html, "html.parser").select(".pack-table td, .pack-table th")
        ]
        assert "17 July 2027" in cells and "9 July 2027" in cells and "1 August 2027" in cells
        assert "3 June 2027: Two towns so far" in cells
        assert not [cell for cell in cells if re.search(r"\d{4}-\d{2}-\d{2}", cell)]
        words = " ".join(page_texts(outputs.laid_out(html)))
        assert "17 July 2027" in words and "1 August 2027" in words
        assert not re.search(r"\d{4}-\d{2}-\d{2}", words)
        rows = list(csv.reader(io.StringIO(outputs.csv_text(built.tables["we-did"]))))
        assert rows[1][4:6] == ["2027-07-17", "2027-07-09"]
