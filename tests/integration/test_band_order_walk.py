"""Age bands are listed by age on every page, download and young person's page that lists them (issue 15: "12 to
17, 4 to 7, 8 to 11" is the database's order, not a reader's). The walk reads each surface's list of bands where it
shows one: tables, filters, links, checkboxes and downloads. A new surface that lists bands belongs here."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from sqlalchemy import select

from participation.accounts.models import Role
from participation.boards import services as boards
from participation.demo.cli import demo_cli
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES, Consultation
from tests import factories
from tests.pages import parse

ORDER = list(BAND_NAMES)
NAMES = {str(name): slug for slug, name in BAND_NAMES.items()}


def _slugs(values: list[str]) -> list[str]:
    """The bands named in ``values`` (slugs or English names), in the order given; anything else left out."""
    return [value if value in BAND_NAMES else NAMES[value] for value in values if value in BAND_NAMES or value in NAMES]


def _by_age(where: str, values: list[str], at_least: int = 3) -> None:
    bands = _slugs(values)
    assert len(bands) >= at_least, f"{where}: expected a list of bands, got {values}"
    assert bands == sorted(bands, key=ORDER.index), f"{where} lists bands as {bands}"


@pytest.fixture()
def demo(app, runner):  # type: ignore[no-untyped-def]
    result = runner.invoke(demo_cli, ["load", "--responses", "60"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == "demo"))
        organisation = db.session.get(Organisation, consultation.organisation_id)
        # Reference figures for more bands than the demo has, added oldest band last.
        for band in ("care-leavers", "8-11", "4-7"):
            boards.add_reference_figure(
                organisation.id,
                question_key="listened-to",
                age_band=band,
                label="A figure by band",
                percent=60.0,
                source="The walk",
            )
        worker, secret = factories.staff(organisation, Role.PARTICIPATION_WORKER, Role.ORGANISATION_ADMIN)
        db.session.commit()
        question = builder.questions_of(consultation)[0].id
        return consultation.id, question, (worker, secret)


def _page(client: Any, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return parse(response)


def test_every_surface_lists_age_bands_youngest_first(app, client, demo):
    consultation_id, question_id, worker = demo
    factories.sign_in(client, *worker)
    staff = f"/staff/consultations/{consultation_id}"

    live = _page(client, f"{staff}/responses")
    table = live.find("caption", string="Responses by age band").find_parent("table")
    _by_age("live view", [row.th.get_text(strip=True) for row in table.select("tbody tr")])

    comments = _page(client, f"{staff}/comments?show=all")
    _by_age("comments filter", [option["value"] for option in comments.select("select[name=band] option")])

    pack = _page(client, f"{staff}/board-pack")
    _by_age(
        "pack: responses by age band", [row.th.get_text(strip=True) for row in pack.select("#table-bands tbody tr")]
    )
    _by_age(
        "pack: the part to show",
        [option["value"].removeprefix("band:") for option in pack.select("select[name=part] option")],
    )
    _by_age("pack: themes by age band", [cell.get_text(strip=True) for cell in pack.select("#table-themes-by-band th")])
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in pack.select("#table-indicators-by-band tbody tr")
    ]
    first_indicator = [row[1] for row in rows if row[0] == rows[0][0]]
    _by_age("pack: indicators by age band", first_indicator)
    printed = _page(client, f"{staff}/board-pack/print")
    _by_age("printable pack", [row.th.get_text(strip=True) for row in printed.select("#table-bands tbody tr")])

    archive = zipfile.ZipFile(io.BytesIO(client.get(f"{staff}/board-pack.zip").data))
    bands_csv = list(csv.reader(io.StringIO(archive.read("bands.csv").decode("utf-8-sig"))))
    _by_age("pack CSV", [row[0] for row in bands_csv[1:]])
    themes_csv = list(csv.reader(io.StringIO(archive.read("themes-by-band.csv").decode("utf-8-sig"))))
    _by_age("pack CSV: themes by band", themes_csv[0])
    book = load_workbook(io.BytesIO(client.get(f"{staff}/board-pack.xlsx").data))
    _by_age("pack spreadsheet", [str(row[0]) for row in book["bands"].iter_rows(values_only=True) if row[0]])

    overview = _page(client, staff)
    previews = [link.get_text(strip=True) for link in overview.select("a[href*='/preview']")]
    if len(_slugs(previews)) >= 3:  # the links to preview each band, where the page has them
        _by_age("overview: preview links", previews)
    seen_by = overview.find_all(string=lambda text: bool(text) and "Seen by" in text)
    assert seen_by
    for line in seen_by:
        names = line.parent.get_text(" ", strip=True).split("Seen by")[1].strip(": ").split(",")
        _by_age("overview: seen by", [name.strip() for name in names], at_least=1)
    _by_age(
        "poster links",
        [a["href"].split("band=")[1] for a in _page(client, f"{staff}/reach").select("a[href*='band=']")],
    )
    invites = _page(client, f"{staff}/invites")
    _by_age("invite codes: band", [option["value"] for option in invites.select("select[name=band] option")])
    edit = _page(client, f"{staff}/questions/{question_id}")
    _by_age("question: who sees it", [box["value"] for box in edit.select("input[name=bands]")])

    figures = _page(client, "/staff/reference-figures/")
    _by_age(
        "reference figures: age band", [option["value"] for option in figures.select("select[name=age_band] option")]
    )
    listed = [row.select("td")[0].get_text(strip=True) for row in figures.select("table tbody tr") if row.select("td")]
    _by_age("reference figures listed", listed)

    # The young person's page that asks who is answering.
    who = _page(app.test_client(), "/s/demo/who")
    _by_age("who is answering", [radio["value"] for radio in who.select("input[name=band]")])
