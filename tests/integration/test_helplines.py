"""Helplines that fit the reader (TRUST.md, Safeguarding): Childline is for under-19s, so care leavers and parents get
Samaritans and Shout; every council adds its own numbers; and every phone number on every page, in every language,
is a tel: (or sms:) link isolated left-to-right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.helplines import registry
from participation.helplines.models import CouncilHelpline
from participation.languages import codes
from tests import factories
from tests.console import Console
from tests.integration.test_safeguarding import DISCLOSURE
from tests.journey import Journey
from tests.pages import fetch
from tests.phones import check_page

LANGUAGES = codes()
CHILDREN = ["4-7", "8-11", "12-17"]
ADULTS = ["care-leavers", "parents-carers"]
COUNCIL = {"emergency-duty-team": "0306 999 0123", "leaving-care-team": "01632 960 001", "advocacy": "0808 157 0456"}


@pytest.fixture()
def council(app):
    with app.app_context():
        org = factories.organisation("Helpshire Council")
        consultation = factories.consultation(org, code="helps")
        for kind, number in COUNCIL.items():
            db.session.add(CouncilHelpline(organisation_id=org.id, kind=kind, number=number))
        db.session.commit()
    return org, consultation


def journey_pages(client, code: str, band: str, language: str = "en") -> Iterator[tuple[str, BeautifulSoup]]:
    """Every page a young person in ``band`` meets: the start page, each question (a worrying answer in the first
    text box, so the "where to get help now" box shows on the next page), the check page and the done page."""
    journey = Journey(client, code, language)
    yield "start", journey.get(f"/s/{code}?band={band}&lang={language}")
    journey.submit_current()
    worried = False
    for _ in range(20):
        assert journey.response.status_code == 200, journey.path
        yield journey.path, journey.page
        if journey.path.endswith("/check"):
            break
        if (
            journey.page.select_one("#answer") is not None
            and journey.page.select_one("input.govuk-radios__input, input.govuk-checkboxes__input") is None
            and not worried
        ):
            journey.submit_current({"answer": DISCLOSURE})
            worried = True
        else:
            journey.answer_current()
    assert journey.path.endswith("/check")
    journey.submit_current()
    assert journey.path.endswith("/done")
    yield "done", journey.page


def help_text(page: BeautifulSoup) -> str:
    return " ".join(box.get_text(" ", strip=True) for box in page.select(".heard-safety"))


def dialled(page: BeautifulSoup) -> set[str]:
    return {str(link["href"]) for link in page.select("a.heard-phone")}


@pytest.mark.parametrize("band", CHILDREN + ADULTS)
def test_every_help_box_on_a_journey_gives_the_lines_for_the_band(client, council, band):
    org, consultation = council
    boxes: dict[str, tuple[str, set[str]]] = {}
    for name, page in journey_pages(client, consultation.code, band):
        for box in page.select(".heard-safety"):
            kind = (
                "after a worrying answer"
                if box.get("role") == "status"
                else ("beside a text box" if box.find_parent("form") is not None else name)
            )
            boxes[f"{kind} {name}"] = (
                box.get_text(" ", strip=True),
                {str(link["href"]) for link in box.select("a.heard-phone")},
            )
    # The start page, the reminder beside each text box, the box after a worrying answer, and the done page.
    kinds = {name.split(" /")[0] for name in boxes}
    assert {"start start", "done done", "beside a text box", "after a worrying answer"} <= kinds, sorted(boxes)
    for name, (text, hrefs) in boxes.items():
        assert "tel:999" in hrefs, (band, name)
        if band in CHILDREN:
            assert "Childline" in text and "tel:+448001111" in hrefs, (band, name)
            assert "Samaritans" not in text and "Shout" not in text, (band, name)
        else:
            assert "Childline" not in text and "0800 1111" not in text, (band, name)
            assert "tel:116123" in hrefs and "sms:85258?body=SHOUT" in hrefs, (band, name)
            assert "Samaritans" in text and "Shout" in text, (band, name)
        # The council's own numbers: the leaving care team only for care leavers; the others for all but the
        # youngest, who are told to tell a grown-up they trust.
        assert ("tel:+441632960001" in hrefs) == (band == "care-leavers"), (band, name)
        assert ("tel:+443069990123" in hrefs) == (band != "4-7"), (band, name)
        assert ("tel:+448081570456" in hrefs) == (band != "4-7"), (band, name)


def test_a_parents_start_page_does_not_send_them_to_childline(client, council):
    """Regression: parents were told "Children can call Childline", care leavers to call Childline themselves."""
    _org, consultation = council
    for band in ADULTS:
        page = Journey(client, consultation.code).get(f"/s/{consultation.code}?band={band}")
        assert "Childline" not in page.get_text(), band
        assert "0800 1111" not in page.get_text(), band
    page = Journey(client, consultation.code).get(f"/s/{consultation.code}?band=parents-carers")
    assert "tel:+448088005000" in dialled(page)  # the NSPCC's line for adults worried about a child


def test_another_councils_numbers_never_show(client, council, app):
    with app.app_context():
        other = factories.consultation(factories.organisation("Elsewhere"), code="elsewhere")
    page = Journey(client, other.code).get(f"/s/{other.code}?band=care-leavers")
    assert not any("+44163296" in href or "+44306999" in href for href in dialled(page))
    assert "tel:116123" in dialled(page)


def test_the_help_page_says_whom_each_line_is_for(client):
    page = fetch(client, "/help")
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings[:4] == [
        "If you or someone else is in danger",
        "If you are under 19",
        "If you are 19 or over",
        "If you are worried about a child",
    ]
    under_19 = page.find("h2", string="If you are under 19").find_next("ul")
    assert "Childline" in under_19.get_text() and "Samaritans" not in under_19.get_text()
    adults = page.find("h2", string="If you are 19 or over").find_next("ul")
    assert {a["href"] for a in adults.select("a")} == {"tel:116123", "sms:85258?body=SHOUT"}


# --- the admin's own numbers -------------------------------------------------------------------------------------


@pytest.fixture()
def admin(app, client):
    with app.app_context():
        org = factories.organisation("Settingshire")
        consultation = factories.consultation(org, code="settings")
        user, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    factories.sign_in(client, user, secret)
    return Console(client), org, consultation, user


def save_numbers(console: Console, **numbers: str) -> BeautifulSoup:
    console.get("/staff/settings/helplines")
    data = {"emergency_duty_team": "", "leaving_care_team": "", "advocacy": ""}
    data.update(numbers)
    return console.submit(data)


def stored(app, org) -> dict[str, str]:
    with app.app_context():
        return {
            row.kind: row.number
            for row in db.session.scalars(select(CouncilHelpline).where(CouncilHelpline.organisation_id == org.id))
        }


@pytest.mark.parametrize(
    "typed, message",
    [
        ("0306-999-0123", "Enter a phone number using only digits and spaces, with a + only at the start"),
        ("call 0306 999", "Enter a phone number using only digits and spaces, with a + only at the start"),
        ("03+06 999 0123", "Enter a phone number using only digits and spaces, with a + only at the start"),
        ("++44 306 999 0123", "Enter a phone number using only digits and spaces, with a + only at the start"),
        ("0306 999 0123<script>", "Enter a phone number using only digits and spaces, with a + only at the start"),
        ("12", "Enter a phone number with between 3 and 15 digits"),
        ("+44 306 999 0123 4567 8", "Enter a phone number with between 3 and 15 digits"),
        ("0" * 31, "Enter a phone number of 30 characters or fewer"),
    ],
)
def test_a_number_that_cannot_be_dialled_is_refused_with_a_clear_error(app, admin, typed, message):
    console, org, _consultation, _user = admin
    page = save_numbers(console, emergency_duty_team="0306 999 0123", leaving_care_team=typed)
    assert console.response.status_code == 400
    summary = page.select_one(".govuk-error-summary")
    assert summary is not None and message in summary.get_text()
    assert summary.select_one("a")["href"] == "#leaving_care_team"
    assert page.title.get_text().startswith("Error:")
    assert page.select_one("#leaving_care_team")["value"] == typed  # what was typed is kept to correct
    assert stored(app, org) == {}  # nothing saved, not even the good number


def test_errors_are_in_the_admins_language(admin):
    console, _org, _consultation, _user = admin
    console.get("/staff/settings/helplines?lang=cy")
    page = console.submit({"emergency_duty_team": "0306-999", "leaving_care_team": "", "advocacy": ""})
    assert (
        "Rhowch rif ffôn gan ddefnyddio digidau a bylchau yn unig" in page.select_one(".govuk-error-summary").get_text()
    )


def test_an_admin_sets_changes_and_removes_numbers_and_each_change_is_audited(app, client, admin):
    console, org, consultation, user = admin
    page = save_numbers(console, emergency_duty_team="  0306  999 0123 ", leaving_care_team="+44 1632 960001")
    assert console.response.status_code == 200 and "Helpline numbers saved." in page.get_text()
    assert stored(app, org) == {"emergency-duty-team": "0306 999 0123", "leaving-care-team": "+44 1632 960001"}
    # The form shows what is saved.
    assert page.select_one("#emergency_duty_team")["value"] == "0306 999 0123"

    young = Journey(app.test_client(), consultation.code)
    hrefs = dialled(young.get(f"/s/{consultation.code}?band=care-leavers"))
    assert {"tel:+443069990123", "tel:+441632960001"} <= hrefs

    save_numbers(console, emergency_duty_team="0306 999 0123", leaving_care_team="", advocacy="0808 157 0456")
    assert stored(app, org) == {"emergency-duty-team": "0306 999 0123", "advocacy": "0808 157 0456"}
    save_numbers(console, emergency_duty_team="0306 999 0123", advocacy="0808 157 0456")  # nothing changed

    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.organisation_id == org.id, AuditEvent.action == "helplines-changed")
            .order_by(AuditEvent.at)
        ).all()
        assert [(event.user_id, event.detail["numbers"]) for event in events] == [
            (user.id, {"emergency-duty-team": "0306 999 0123", "leaving-care-team": "+44 1632 960001"}),
            (user.id, {"leaving-care-team": "", "advocacy": "0808 157 0456"}),
        ]


def test_only_an_organisation_admin_may_change_the_numbers(app, client):
    with app.app_context():
        org = factories.organisation()
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    assert client.get("/staff/settings/helplines").status_code == 403
    assert stored(app, org) == {}


def test_the_settings_page_leads_to_the_numbers(admin):
    console, *_rest = admin
    page = console.get("/staff/settings")
    assert page.find("a", href="/staff/settings/helplines") is not None


# --- every phone number, on every page, in every language ---------------------------------------------------------


def test_the_registry_gives_children_childline_and_adults_samaritans_and_shout():
    for band in CHILDREN:
        keys = [line.key for line in registry.lines_for(band, COUNCIL)]
        assert keys[:2] == ["emergency", "childline"] and "samaritans" not in keys
    for band in ADULTS:
        keys = [line.key for line in registry.lines_for(band, COUNCIL)]
        assert "childline" not in keys and {"emergency", "samaritans", "shout"} <= set(keys)
    assert "leaving-care-team" in [line.key for line in registry.lines_for("care-leavers", COUNCIL)]
    assert "leaving-care-team" not in [line.key for line in registry.lines_for("parents-carers", COUNCIL)]


@pytest.mark.parametrize(
    "number, href",
    [
        ("0800 1111", "tel:+448001111"),
        ("0306 999 0123", "tel:+443069990123"),
        ("+44 1632 960001", "tel:+441632960001"),
        ("0044 1632 960001", "tel:+441632960001"),
        ("999", "tel:999"),
        ("116 123", "tel:116123"),
    ],
)
def test_numbers_are_dialled_in_international_form_where_they_can_be(number, href):
    assert registry.tel_href(number) == href


def staff_pages(client, app, consultation) -> Iterator[tuple[str, BeautifulSoup]]:
    console = Console(client)
    yield "poster", console.get(f"/staff/consultations/{consultation.id}/poster")
    for band in CHILDREN + ADULTS:
        yield f"poster {band}", console.get(f"/staff/consultations/{consultation.id}/poster?band={band}")
    for band in ("", "care-leavers", "8-11"):
        console.get(f"/staff/consultations/{consultation.id}/invites")
        yield f"invite sheet {band}", console.submit({"count": "2", "identifiers": "", "band": band, "group": ""})
    for band in CHILDREN + ADULTS:
        for number in (0, 5):
            yield (
                f"preview {band} {number}",
                console.get(f"/staff/consultations/{consultation.id}/preview?band={band}&n={number}"),
            )
    yield "helplines settings", console.get("/staff/settings/helplines")


def test_every_phone_number_on_every_page_is_a_tel_link_isolated_left_to_right(app, client):
    with app.app_context():
        org = factories.organisation("Everywhere Council")
        consultation = factories.consultation(org, code="everywhere")
        for kind, number in COUNCIL.items():
            db.session.add(CouncilHelpline(organisation_id=org.id, kind=kind, number=number))
        db.session.commit()
        user, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    problems, checked, pages = [], 0, 0
    staff = app.test_client()
    factories.sign_in(staff, user, secret)  # once: an authenticator code is never accepted twice
    for language in LANGUAGES:
        respondent = app.test_client()
        visited = [
            (url, fetch(respondent, f"{url}?lang={language}")) for url in ("/", "/help", "/resume", "/receipt", "/i")
        ]
        for band in CHILDREN + ADULTS:
            respondent = app.test_client()
            visited += list(journey_pages(respondent, consultation.code, band, language))
        staff.get(f"/staff/consultations?lang={language}")
        visited += list(staff_pages(staff, app, consultation))
        for name, page in visited:
            pages += 1
            for found in check_page(page):
                checked += 1
                if found.problem:
                    problems.append((language, name, found.text, found.problem))
            if name in ("start", "done", "/help") or name.startswith(("poster", "invite sheet")):
                assert page.select("a.heard-phone"), (language, name)
    assert problems == []
    assert checked > 500 and pages > 100, (checked, pages)  # the walk really found numbers to check


def test_the_checker_finds_a_number_written_as_plain_text():
    """The old pages, as they were: a plain-text number and a tel: link without isolation both fail."""
    old = BeautifulSoup(
        '<p>Call Childline on 0800 1111. In an emergency call <a href="tel:999">999</a>.</p>', "html.parser"
    )
    assert [(found.text, found.problem) for found in check_page(old)] == [
        ("0800 1111", "not a link"),
        ("999", "the link is not dir=ltr"),
    ]


def test_no_translation_holds_a_phone_number():
    from pathlib import Path

    from babel.messages.pofile import read_po

    from tests.phones import phone_numbers_in

    root = Path(__file__).resolve().parents[2] / "translations"
    offenders = []
    for path in [root / "messages.pot", *sorted(root.glob("*/LC_MESSAGES/messages.po"))]:
        with path.open("rb") as handle:
            for message in (entry for entry in read_po(handle) if entry.id):
                for text in (message.id, message.string):
                    for value in text if isinstance(text, tuple) else (text,):
                        if value and phone_numbers_in(value):
                            offenders.append((path.parent.name, value[:60]))
    assert offenders == []


def test_a_kept_page_shows_the_councils_new_number_once_it_changes(client, council, app):
    """Question pages are kept per process (templating.kept_page): one that shows the council's numbers (the reminder
    beside a text box) is drawn again as soon as the council changes them, never with a number it replaced."""
    org, consultation = council
    journey = Journey(client, consultation.code)
    journey.get(f"/s/{consultation.code}?band=12-17")
    journey.submit_current()
    for _ in range(20):
        if journey.page.select_one("textarea") is not None:
            break
        journey.answer_current()
    url = journey.path
    assert "tel:+443069990123" in dialled(journey.get(url))
    assert "tel:+443069990123" in dialled(journey.get(url))  # read back from what the process kept
    with app.app_context():
        line = db.session.scalars(
            select(CouncilHelpline).filter_by(organisation_id=org.id, kind="emergency-duty-team")
        ).one()
        line.number = "0306 999 0456"
        db.session.commit()
    hrefs = dialled(journey.get(url))
    assert "tel:+443069990456" in hrefs and "tel:+443069990123" not in hrefs
