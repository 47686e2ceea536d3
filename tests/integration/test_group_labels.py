"""A group that may not be named (``distribution.models.may_be_named``: a children's home, a school, a forum below the
suppression threshold) is labelled by its kind in every board-pack surface, for everyone (packs are published as
board papers), and on the live view as anyone but a worker who builds consultations reads it: the fifth outside
review found the demo's children's home "Oak House" in the packs' group filter, "Headline indicators by group",
"Themes by group", their CSVs, spreadsheets and PDFs, and "Oak House 6 5 83.3%" on a board member's responses page.
One function labels them all (``distribution.labels.group_labels``)."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from participation.accounts.models import Role
from participation.boards import outputs, periods
from participation.distribution import services as distribution
from participation.distribution.labels import group_labels, letter
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from tests import factories
from tests.pages import parse

HIDDEN = ("Oak House", "Elm Lodge", "Small Circle")  # two children's homes and a forum of three: never named
NAMED = "Voices Together"  # a children in care council of 40: named, as a quote from it is
# (name, kind, cohort, responses through it)
GROUPS = [
    ("Oak House", GroupKind.CHILDRENS_HOME, 6, 5),
    ("Elm Lodge", GroupKind.CHILDRENS_HOME, 8, 6),
    ("Small Circle", GroupKind.CARE_LEAVERS_FORUM, 3, 3),
    (NAMED, GroupKind.CHILDREN_IN_CARE_COUNCIL, 40, 12),
]


@pytest.fixture()
def homes(app):
    """A consultation reaching two children's homes, a small forum and a council, with answers (a choice and a
    comment) through each and through the open link; a board member, an organisation admin and a worker."""
    with app.app_context():
        org = factories.organisation("Homeshire")
        consultation = factories.consultation(org, code="homes")
        groups = {name: distribution.save_group(org.id, name, kind, size) for name, kind, size, _count in GROUPS}
        distribution.set_target_groups(consultation, list(groups.values()))
        for name, _kind, _size, count in [*GROUPS, (None, None, None, 6)]:
            for number in range(count):
                factories.stored_response(
                    consultation,
                    {
                        "listened-to": ["always" if number % 2 else "never"],
                        "one-change": "I want to see my brother more often",
                    },
                    group_id=groups[name].id if name else None,
                    analyse=True,
                )
        db.session.commit()
        # Labelled as the code must: two homes told apart by the order of their (random) ids, never their names.
        oak, elm = sorted((groups["Oak House"], groups["Elm Lodge"]), key=lambda group: group.id)
        labels = {
            "Oak House": f"Children’s home group {'A' if oak.name == 'Oak House' else 'B'}",
            "Elm Lodge": f"Children’s home group {'A' if elm.name == 'Oak House' else 'B'}",
            "Small Circle": "Care leavers forum",
            NAMED: NAMED,
        }
        people = {
            "board member": factories.staff(org, Role.BOARD_MEMBER),
            "admin": factories.staff(org, Role.ORGANISATION_ADMIN),
            "worker": factories.staff(org, Role.PARTICIPATION_WORKER),
        }
        year = periods.containing(periods.fieldwork_day(consultation)).key
    return {
        "consultation": consultation.id,
        "year": year,
        "ids": {name: group.id for name, group in groups.items()},
        "labels": labels,
        "people": people,
    }


def _client(app, person):
    client = app.test_client()
    factories.sign_in(client, *person)
    return client


def _ok(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def _sheets(data: bytes) -> str:
    book = load_workbook(io.BytesIO(data))
    return "\n".join(
        " ".join(str(value) for value in row if value is not None)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    )


def _csvs(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())


def _every_pack_surface(app, client, homes, monkeypatch) -> dict[str, str]:
    """The text of every surface of both packs (the consultation's and the year's): each page and each of its
    filters, the printable page, the PDF (as the page WeasyPrint draws), the spreadsheet and the CSVs."""
    printed: list[str] = []
    monkeypatch.setattr(outputs, "html_to_pdf", lambda html: printed.append(html) or b"%PDF-")
    consultation = f"/staff/consultations/{homes['consultation']}/board-pack"
    year = f"/staff/board-packs/{homes['year']}"
    found: dict[str, str] = {}
    for url, joint in ((consultation, "."), (year, "/")):
        page = parse(_ok(client, url))
        found[url] = page.get_text(" ", strip=True) + str(page.select_one("#part"))
        # The filter carries ids, never a name; each group's part is shown under its label.
        parts = {option["value"]: option.get_text(strip=True) for option in page.select("#part option")}
        assert all(re.fullmatch(r"|band:[a-z0-9-]+|group:(other|[0-9a-f-]{36})", value) for value in parts), parts
        for value in parts:
            if value:
                filtered = parse(_ok(client, f"{url}?part={value}"))
                found[f"{url}?part={value}"] = filtered.get_text(" ", strip=True)
                for suffix in (f"{joint}xlsx", f"{joint}zip"):
                    data = _ok(client, f"{url}{suffix}?part={value}").data
                    found[f"{url}{suffix}?part={value}"] = _sheets(data) if "xlsx" in suffix else _csvs(data)
        found[f"{url}/print"] = BeautifulSoup(_ok(client, f"{url}/print").data, "html.parser").get_text(" ")
        _ok(client, f"{url}{joint}pdf")
        found[f"{url}{joint}pdf"] = BeautifulSoup(printed.pop(), "html.parser").get_text(" ")
        found[f"{url}{joint}xlsx"] = _sheets(_ok(client, f"{url}{joint}xlsx").data)
        found[f"{url}{joint}zip"] = _csvs(_ok(client, f"{url}{joint}zip").data)
    return found


@pytest.mark.parametrize("role", ["board member", "admin"])
def test_no_pack_surface_names_a_group_that_may_not_be_named(app, homes, role, monkeypatch):
    client = _client(app, homes["people"][role])
    labels = homes["labels"]
    surfaces = _every_pack_surface(app, client, homes, monkeypatch)
    for where, text in surfaces.items():
        for name in HIDDEN:
            assert name not in text, (where, name)
    consultation = f"/staff/consultations/{homes['consultation']}/board-pack"
    for url in (consultation, f"/staff/board-packs/{homes['year']}"):
        for kind in ("xlsx", "zip"):
            joint = "." if url == consultation else "/"
            # "Headline indicators by group" and "Themes by group" give every group its column, under its label.
            for label in labels.values():
                assert label in surfaces[f"{url}{joint}{kind}"], (url, kind, label)
        for surface in (url, f"{url}/print"):
            for label in labels.values():
                assert label in surfaces[surface], (surface, label)


def test_the_packs_filter_by_group_keeps_working_under_the_labels(app, homes):
    client = _client(app, homes["people"]["board member"])
    url = f"/staff/consultations/{homes['consultation']}/board-pack"
    page = parse(_ok(client, url))
    parts = {option.get_text(strip=True): option["value"] for option in page.select("#part option")}
    counts = {
        row.find("th").get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
        for row in page.select("#table-responses tbody tr")
    }
    for name, _kind, _size, _count in GROUPS:
        label = homes["labels"][name]
        assert parts[label] == f"group:{homes['ids'][name]}"
        filtered = parse(_ok(client, f"{url}?part={parts[label]}"))
        assert filtered.h1.get_text(" ", strip=True).endswith(f": {label}")
        # The part is the group's: its count as the whole pack's responses table gives it (or hidden there and here).
        glance = filtered.select_one("#at-a-glance + dl .govuk-summary-list__value").get_text(" ", strip=True)
        shown = counts[label]
        assert glance.startswith(f"{shown} young people answered" if shown != "c" else "Not shown"), (label, glance)
    # The responses table lists the groups in the order of their labels, not of the names behind them.
    rows = [row.find("th").get_text(strip=True) for row in page.select("#table-responses tbody tr")]
    groups = [row for row in rows if row in homes["labels"].values()]
    assert groups == sorted(homes["labels"].values())


def test_the_responses_page_names_the_groups_only_for_those_who_build_consultations(app, homes):
    url = f"/staff/consultations/{homes['consultation']}/responses"
    for role in ("worker", "admin"):
        text = parse(_ok(_client(app, homes["people"][role]), url)).get_text(" ", strip=True)
        assert all(name in text for name, _kind, _size, _count in GROUPS), role
    client = _client(app, homes["people"]["board member"])
    board = parse(_ok(client, url))
    text = board.get_text(" ", strip=True)
    assert not [name for name in HIDDEN if name in text]
    table = board.find("h2", string="Groups it is meant to reach").find_next("table")
    rows = {
        row.find("th").get_text(strip=True): row.find_all("td")[0].get_text(strip=True) for row in table.tbody("tr")
    }
    # The same labels, for the same groups, as the consultation's board pack.
    pack = parse(_ok(client, url.replace("responses", "board-pack")))
    in_pack = {
        row.find("th").get_text(strip=True): row.find("td").get_text(strip=True)
        for row in pack.select("#table-responses tbody tr")
    }
    for name, _kind, size, _count in GROUPS:
        label = homes["labels"][name]
        assert rows[label] == str(size) == in_pack[label], name


def test_the_command_line_packs_do_not_name_a_home_either(app, homes, runner, tmp_path: Path):
    result = runner.invoke(args=["boards", "export", "--consultation", "homes", "--output", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["boards", "pack", "--consultation", "homes", "--output", str(tmp_path / "pack.html")])
    assert result.exit_code == 0, result.output
    text = "\n".join(path.read_text("utf-8") for path in [*(tmp_path / "csv").glob("*.csv"), tmp_path / "pack.html"])
    assert not [name for name in HIDDEN if name in text]
    assert homes["labels"]["Oak House"] in text and NAMED in text


def test_labels_say_the_kind_and_tell_several_apart_by_id_never_by_name(app):
    with app.app_context():
        made = [
            Group(id=uuid.uuid4(), name=name, kind=kind, cohort_size=size)
            for name, kind, size in (
                ("Zebra House", GroupKind.CHILDRENS_HOME, 50),
                ("Ash House", GroupKind.CHILDRENS_HOME, 4),
                ("Maple House", GroupKind.CHILDRENS_HOME, 9),
                ("Northshire High", GroupKind.SCHOOL, 300),
                ("Big Forum", GroupKind.CARE_LEAVERS_FORUM, 20),
                ("Tiny Council", GroupKind.CHILDREN_IN_CARE_COUNCIL, 2),
                ("Riverside Project", GroupKind.OTHER, 30),
            )
        ]
        labels = group_labels(made, 5)
        homes = sorted((group for group in made if group.kind == GroupKind.CHILDRENS_HOME), key=lambda g: g.id)
        assert [labels[group.id] for group in homes] == [f"Children’s home group {x}" for x in "ABC"]
        by_name = {group.name: labels[group.id] for group in made}
        assert by_name["Northshire High"] == "School group"
        assert by_name["Big Forum"] == "Big Forum"
        assert by_name["Tiny Council"] == "Children in care council"
        assert by_name["Riverside Project"] == "Other group"
        assert group_labels(made, 5, real_names=True) == {group.id: group.name for group in made}
    assert [letter(place) for place in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
