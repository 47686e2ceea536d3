"""The data protection summary for a DPIA: only an organisation admin reads or downloads it, every download is
audited, it describes one organisation's real set-up and records (never another's), its retention dates are right,
and nothing secret (database password, keys) ever appears in it."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, select
from sqlalchemy.engine import make_url

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.privacy import dpia, dpia_records, dpia_schema, dpia_setup, vault
from participation.surveys.models import Consultation
from tests import factories
from tests.integration.test_boards import respond
from tests.pages import parse

PAGE = "/staff/settings/data-protection-summary"
KINDS = ("html", "csv", "pdf")
CATEGORY_SLUGS = {
    "staff-accounts",
    "answers",
    "drafts",
    "free-text",
    "analysis",
    "safeguarding",
    "quotes",
    "identity-vault",
    "poll-answers",
    "session-notes",
    "contact-requests",
    "audit-log",
    "invite-codes",
    "pledges-actions",
    "reference-figures",
    "outbox",
}


def _page(response) -> BeautifulSoup:
    return parse(response)


def _words(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").split())


@pytest.fixture()
def two_councils(app):
    """Two organisations with different consultations, retention periods, vault settings and numbers of answers."""
    with app.app_context():
        north = factories.organisation("Northshire Council")
        north.identity_vault = True
        north_wave = factories.consultation(north, code="north-voice", closes_on=date(2026, 3, 31))
        north_wave.retention_days = 365
        for _ in range(6):
            respond(north_wave, "I want to see my sister more")
        vault.keep_identifiers(north_wave, ["Jo Bloggs", "Sam Smith"])
        south = factories.organisation("Southshire Council")
        south_wave = factories.consultation(south, code="south-voice")  # no close date
        south_wave.retention_days = 90
        db.session.commit()
        north_admin, north_secret = factories.staff(north, Role.ORGANISATION_ADMIN)
        south_admin, south_secret = factories.staff(south, Role.ORGANISATION_ADMIN)
        return {"north": (north, north_admin, north_secret), "south": (south, south_admin, south_secret)}


def test_settings_link_to_the_summary(app, client, two_councils):
    _org, admin, secret = two_councils["north"]
    factories.sign_in(client, admin, secret)
    links = [a["href"] for a in _page(client.get("/staff/settings")).find_all("a")]
    assert PAGE in links


def test_an_admin_sees_their_organisations_summary(app, client, two_councils):
    _org, admin, secret = two_councils["north"]
    factories.sign_in(client, admin, secret)
    response = client.get(PAGE)
    assert response.status_code == 200
    page = _page(response)
    text = _words(page)
    assert page.h1.get_text(strip=True) == "Data protection summary"
    assert "Northshire Council" in text
    with app.app_context():
        backend = db.engine.url.get_backend_name()
    assert ("SQLite file" if backend == "sqlite" else "PostgreSQL") in text
    assert "Switched on for Northshire Council" in text
    assert "Counts from 1 to 4 are shown as ‘c’" in text  # the default threshold of 5
    assert {h3["id"].removeprefix("category-") for h3 in page.find_all("h3", id=True)} == CATEGORY_SLUGS
    # Roles come from what each page declares: free text never reaches a board member; the audit log only admins.
    free_text = page.find(id="category-free-text").find_next("dl").get_text(" ")
    assert "Board member" not in free_text and "Participation worker" in free_text
    audit_log = page.find(id="category-audit-log").find_next("dl").get_text(" ")
    assert "Organisation admin" in audit_log and "Safeguarding lead" not in audit_log
    # Real records, suppressed like every other count: 6 responses, 2 vault entries ("fewer than 5").
    answers = _words(page.find(id="category-answers").find_next("dl"))
    assert answers.endswith("Records now 6")
    assert _words(page.find(id="category-identity-vault").find_next("dl")).endswith("Records now fewer than 5")
    assert "For your data protection officer to complete" in text
    assert "To be completed by your data protection officer" in text
    assert not page.select(".govuk-warning-text")
    # Words said in a room have their own retention, and reach a board member only as closed polls' suppressed
    # figures and as quotes a worker approved: what the summary says is what the pages do.
    polls = _words(page.find(id="category-poll-answers").find_next("dl"))
    assert "90 days after the poll closed" in polls
    counts = "Only as counts, with small numbers suppressed: "
    roles = "Organisation admin, Participation worker, Safeguarding lead, Board member"
    assert polls.split(counts)[1].startswith(roles)
    notes = _words(page.find(id="category-session-notes").find_next("dl"))
    assert "Deleted 730 days after the session" in notes and "kept until a safeguarding lead closes" in notes
    assert "Once approved:" in notes and "Board member" in notes.split("Once approved:")[1]
    # A safeguarding lead is refused the session's and the poll's pages and reads only the words sent to the
    # safeguarding queue: the summary says exactly that.
    flagged = "Only words sent to the safeguarding queue: Safeguarding lead"
    for words in (notes, polls):
        who, _rest = words.split("Who can see it", 1)[1].split(flagged, 1)
        assert "Safeguarding lead" not in who and "Participation worker" in who, words
    # Links to each download.
    hrefs = {a["href"] for a in page.find_all("a", download=True)}
    assert hrefs == {f"{PAGE}.{kind}" for kind in KINDS}
    with app.app_context():
        # Viewing is not a download: nothing is audited for it.
        assert not db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "data-protection-summary-downloaded")
        ).all()


def test_each_download_is_an_attachment_and_audited(app, client, two_councils):
    org, admin, secret = two_councils["north"]
    factories.sign_in(client, admin, secret)
    files = {kind: client.get(f"{PAGE}.{kind}") for kind in KINDS}
    stem = f"data-protection-summary-{org.slug}-{date.today().isoformat()}"
    for kind, response in files.items():
        assert response.status_code == 200, kind
        assert response.headers["Content-Disposition"] == f'attachment; filename="{stem}.{kind}"'
    assert files["pdf"].mimetype == "application/pdf" and files["pdf"].data.startswith(b"%PDF")
    assert files["html"].mimetype == "text/html"
    document = _page(files["html"])
    assert document.find("style") is not None and not document.find("link", rel="stylesheet")
    assert not document.find("script")
    assert "Northshire Council" in _words(document)
    assert {h3["id"].removeprefix("category-") for h3 in document.find_all("h3", id=True)} == CATEGORY_SLUGS
    assert files["csv"].mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(files["csv"].get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["Data", "What is in it", "Where", "How long it is kept", "Who can see it", "Records now"]
    assert len(rows) == 1 + len(CATEGORY_SLUGS)
    assert {row[0] for row in rows[1:]} >= {
        "Staff accounts",
        "Answers (pseudonymised)",
        "Free-text answers",
        "Identity vault entries",
        "Audit log",
        "Reference figures",
    }
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "data-protection-summary-downloaded")
        ).all()
    assert sorted(event.detail["format"] for event in events) == sorted(KINDS)
    assert {(event.organisation_id, event.user_id) for event in events} == {(org.id, admin.id)}


@pytest.mark.parametrize("role", [Role.PARTICIPATION_WORKER, Role.SAFEGUARDING_LEAD, Role.BOARD_MEMBER])
def test_other_roles_are_refused(app, client, two_councils, role):
    org, _admin, _secret = two_councils["north"]
    with app.app_context():
        user, secret = factories.staff(org, role)
    factories.sign_in(client, user, secret)
    for url in (PAGE, *(f"{PAGE}.{kind}" for kind in KINDS)):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Northshire" not in response.get_data(as_text=True).split("<main", 1)[-1]
    with app.app_context():
        refused = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "authorisation-refused", AuditEvent.user_id == user.id)
        ).all()
        downloads = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "data-protection-summary-downloaded")
        ).all()
    assert len(refused) == 1 and refused[0].detail["count"] == 1 + len(KINDS)
    assert downloads == []


def test_signed_out_visitors_are_sent_to_sign_in(app, client):
    for url in (PAGE, f"{PAGE}.html"):
        response = client.get(url)
        assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]


def test_each_summary_names_only_its_own_organisation(app, client, two_councils):
    outputs = {}
    for name, (_org, admin, secret) in two_councils.items():
        own = app.test_client()
        factories.sign_in(own, admin, secret)
        outputs[name] = {
            "page": own.get(PAGE).get_data(as_text=True),
            **{kind: own.get(f"{PAGE}.{kind}").get_data(as_text=True) for kind in ("html", "csv")},
        }
    for kind in ("page", "html"):
        north, south = outputs["north"][kind], outputs["south"][kind]
        assert "Northshire" in north and "Southshire" not in north
        assert "Southshire" in south and "Northshire" not in south
        assert "north-voice" in north and "south-voice" not in north
        assert "south-voice" in south and "north-voice" not in south
        assert "Switched on for Northshire Council" in north
        assert "Switched off for Southshire Council" in south
    north_rows = _page_rows(outputs["north"]["page"])
    south_rows = _page_rows(outputs["south"]["page"])
    assert set(north_rows) == {"north-voice"} and set(south_rows) == {"south-voice"}
    assert north_rows["north-voice"]["retention"] == "365 days"
    assert north_rows["north-voice"]["responses"] == "6"
    assert south_rows["south-voice"]["retention"] == "90 days"
    assert south_rows["south-voice"]["responses"] == "0"
    # The CSV's counts are each organisation's own: the north's 6 responses, none in the south.
    north_csv = {row[0]: row for row in csv.reader(io.StringIO(outputs["north"]["csv"].lstrip("\ufeff")))}
    south_csv = {row[0]: row for row in csv.reader(io.StringIO(outputs["south"]["csv"].lstrip("\ufeff")))}
    assert north_csv["Answers (pseudonymised)"][-1] == "6" and south_csv["Answers (pseudonymised)"][-1] == "0"
    assert north_csv["Identity vault entries"][-1] == "fewer than 5"
    assert south_csv["Identity vault entries"][-1] == "0"


def _page_rows(html: str) -> dict[str, dict[str, str]]:
    soup = BeautifulSoup(html, "html.parser")
    rows = {}
    for row in soup.find(id="retention").find_next("table").select("tbody tr"):
        cells = row.find_all("td")
        rows[row["id"].removeprefix("consultation-")] = {
            "closes": cells[1].get_text(" ", strip=True),
            "retention": cells[2].get_text(" ", strip=True),
            "purge": cells[3].get("data-purge", ""),
            "purge_text": " ".join(cells[3].get_text(" ").split()),
            "responses": cells[4].get_text(strip=True),
        }
    return rows


def test_retention_dates_are_the_close_date_plus_the_retention_period(app, client, two_councils):
    assert dpia.purge_date(date(2026, 3, 31), 365) == date(2027, 3, 31)
    assert dpia.purge_date(date(2027, 12, 31), 60) == date(2028, 2, 29)  # through a leap day
    assert dpia.purge_date(date(2026, 1, 1), 0) == date(2026, 1, 1)
    assert dpia.purge_date(None, 730) is None
    org, admin, secret = two_councils["north"]
    with app.app_context():
        db.session.add(
            Consultation(organisation_id=org.id, code="north-old", closes_on=date(2020, 1, 31), retention_days=30)
        )
        db.session.commit()
    factories.sign_in(client, admin, secret)
    rows = _page_rows(client.get(PAGE).get_data(as_text=True))
    assert rows["north-voice"]["purge"] == "2027-03-31"
    assert rows["north-voice"]["purge_text"].startswith("31 March 2027")
    assert rows["north-voice"]["closes"] == "31 March 2026"
    assert rows["north-old"]["purge"] == "2020-03-01"  # 30 days after 31 January 2020, a leap year
    assert "date reached" in rows["north-old"]["purge_text"]
    _south, south_admin, south_secret = two_councils["south"]
    other = app.test_client()
    factories.sign_in(other, south_admin, south_secret)
    south = _page_rows(other.get(PAGE).get_data(as_text=True))["south-voice"]
    assert south["purge"] == "" and south["closes"] == "No close date"
    assert "has no close date" in south["purge_text"]


def test_nothing_secret_appears_with_a_password_in_the_database_url_and_keys_in_the_environment(
    app, client, two_councils, monkeypatch
):
    org, admin, secret = two_councils["north"]
    factories.sign_in(client, admin, secret)
    password = "Pa55-w0rd-Never-Shown"
    url = f"postgresql+psycopg://heard_owner:{password}@db.internal:6543/heard_live?sslmode=require"
    monkeypatch.setenv("DATABASE_URL", url)
    with app.app_context():
        real_password = db.engine.url.password
        monkeypatch.setattr(db.engine, "url", make_url(url))
    # The keys in use, set in the environment (the same values the app runs with, so sign-in still works).
    keys = {variable: str(app.config[setting]) for setting, variable, *_rest in dpia_setup.KEYS}
    for variable, value in keys.items():
        monkeypatch.setenv(variable, value)
    outputs = {"page": client.get(PAGE)}
    outputs.update({kind: client.get(f"{PAGE}.{kind}") for kind in KINDS})
    assert all(response.status_code == 200 for response in outputs.values())
    page = _words(_page(outputs["page"]))
    assert "PostgreSQL: database heard_live on db.internal" in page
    for variable in keys:
        assert f"Environment variable {variable}" in page
    forbidden = [password, url, "heard_owner", "sslmode", *keys.values()]
    forbidden += [part for value in keys.values() for part in value.split(",") if len(part) >= 8]
    if real_password:
        forbidden.append(real_password)
    for name, response in outputs.items():
        body = response.get_data(as_text=name != "pdf") if name != "pdf" else response.data.decode("latin-1")
        for secret_text in forbidden:
            assert secret_text not in body, (name, secret_text[:6])
    # The PDF is drawn from the same document: check the document it draws from, not only its compressed bytes.
    with app.test_request_context():
        from participation.organisations.models import Organisation

        document = dpia.document(dpia.build(db.session.get(Organisation, org.id)))
    assert all(secret_text not in document for secret_text in forbidden)


def test_keys_in_the_instance_file_are_named_with_its_permissions(app, client, two_councils, monkeypatch, tmp_path):
    _org, admin, secret = two_councils["north"]
    factories.sign_in(client, admin, secret)
    for _setting, variable, *_rest in dpia_setup.KEYS:
        monkeypatch.delenv(variable, raising=False)
    stored = {setting: str(app.config[setting]) for setting, *_rest in dpia_setup.KEYS}
    path = tmp_path / "secrets.json"
    path.write_text(json.dumps(stored), encoding="utf-8")
    os.chmod(path, 0o644)
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    page = _page(client.get(PAGE))
    text = _words(page)
    assert f"Instance secret file {path} (permissions 0644)" in text
    assert "chmod 600" in _words(page.select_one(".govuk-warning-text"))
    os.chmod(path, 0o600)
    page = _page(client.get(PAGE))
    assert f"Instance secret file {path} (permissions 0600)" in _words(page)
    assert not page.select(".govuk-warning-text")
    assert all(value not in page.get_text() for value in stored.values())
    # A SQLite file beside the secret file: one backup of the folder would hold the data and the keys together.
    with app.app_context():
        monkeypatch.setattr(db.engine, "url", make_url(f"sqlite:///{tmp_path / 'heard.sqlite3'}"))
    page = _page(client.get(PAGE))
    assert f"SQLite file: {tmp_path / 'heard.sqlite3'}" in _words(page)
    assert "Back them up separately" in _words(page.select_one(".govuk-warning-text"))


def test_the_never_stored_claims_are_checked_against_the_schema(app):
    # Today's schema: every claim holds.
    assert dpia_schema.schema_findings(db.metadata) == {"ip": [], "agent": [], "answer-times": []}
    # A schema that broke them is caught, and the claims are then withdrawn with a warning.
    broken = MetaData()
    Table(
        "response",
        broken,
        Column("id", Integer, primary_key=True),
        Column("ip_address", String(45)),
        Column("submitted_at", DateTime),
    )
    Table(
        "staff_session",
        broken,
        Column("id", Integer, primary_key=True),
        Column("user_agent", String(200)),
        Column("created_at", DateTime),
    )
    assert dpia_schema.schema_findings(broken) == {
        "ip": ["response.ip_address"],
        "agent": ["staff_session.user_agent"],
        "answer-times": ["response.submitted_at"],
    }
    with app.test_request_context():
        warnings: list[str] = []
        claims = " ".join(dpia_schema.never_stored(broken, warnings))
    assert "IP addresses" not in claims and "user agent" not in claims and "Exact times" not in claims
    assert len(warnings) == 3 and "response.ip_address" in warnings[0]


def test_every_page_the_summary_names_exists(app):
    """Who can see what is read from the pages' declared roles: a renamed page must fail here, not understate."""
    assert dpia_records.every_endpoint_named() <= set(app.view_functions)
    assert set(dpia_records.SEEN_AT) == CATEGORY_SLUGS
