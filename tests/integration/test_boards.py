""" "You said, we did": themes counted by respondent and suppressed, "we did" actions written by workers (with
translations, validation and conflict handling), and the young people's page in their language."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.boards.models import Action
from participation.extensions import db
from tests import factories
from tests.console import Console
from tests.journey import Journey


def respond(consultation, text: str, band: str = "12-17") -> None:
    """A stored, analysed response with one comment, as submission leaves it."""
    factories.stored_response(consultation, {"one-change": text}, band=band, analyse=True)


@pytest.fixture()
def setup(app):
    with app.app_context():
        org = factories.organisation("Boardshire")
        consultation = factories.consultation(org, code="ysdw")
        for _ in range(7):
            respond(consultation, "I want to see my brother more often")
        for _ in range(3):
            respond(consultation, "the wifi at my placement never works")
        for _ in range(2):
            respond(consultation, "nothing to add")
        db.session.commit()
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        board = factories.staff(org, Role.BOARD_MEMBER)
    return consultation, worker, board


def console_for(app, person) -> Console:
    client = app.test_client()
    factories.sign_in(client, *person)
    return Console(client)


def test_you_said_counts_people_not_comments_and_hides_small_numbers(app, setup):
    consultation, worker, _board = setup
    page = console_for(app, worker).get(f"/staff/consultations/{consultation.id}/you-said-we-did")
    rows = {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page.select("main table tbody tr")
    }
    assert rows["Family time"][:2] == ["7", "58%"]
    # Three people mentioned wifi: shown as "c", with no share.
    assert rows["Digital access"][:2] == ["c", "–"]
    assert "12 people answered" in page.get_text()


def test_a_worker_writes_what_we_did_and_young_people_read_it_in_their_language(app, setup):
    consultation, worker, _board = setup
    console = console_for(app, worker)
    console.get(f"/staff/consultations/{consultation.id}/we-did/new")
    # Everything wrong at once: each gets a clear error and nothing typed is lost.
    page = console.submit(
        {
            "themes": [],
            "what": "",
            "status": "not-possible",
            "reason": "",
            "evidence_url": "javascript:alert(1)",
            "owner": "Head of Service",
        }
    )
    assert console.response.status_code == 400
    text = page.get_text()
    for message in (
        "Select at least one theme",
        "Enter what was done, or will be done",
        "Say why it was not possible",
        "Enter a link starting with https://",
    ):
        assert message in text
    assert page.select_one("#owner")["value"] == "Head of Service"
    page = console.submit({"themes": ["family-time", "not-a-theme"], "what": "x", "status": "done"})
    assert "Select themes from the list" in page.get_text()
    console.submit(
        {
            "themes": ["family-time"],
            "what": "Family time can now happen at weekends.",
            "status": "done",
            "reason": "",
            "evidence_url": "https://example.org/minutes",
            "what_pl": "Spotkania z rodziną mogą teraz odbywać się w weekendy.",
            "due_on": ["", "", ""],
            "done_on": ["14", "11", "2026"],
        }
    )
    assert "Saved." in console.page.get_text()
    with app.app_context():
        action = db.session.scalar(select(Action))
        assert action.themes == ["family-time"] and action.done_on == date(2026, 11, 14)
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "we-did-saved"))

    young_person = Journey(app.test_client(), "ysdw")
    page = young_person.get("/s/ysdw/you-said-we-did?lang=pl")
    did = page.select_one(".heard-ysdw__actions li p[lang]")
    assert did["lang"] == "pl" and "weekendy" in did.get_text()
    assert "7" in page.select_one("#theme-family-time").find_parent("section").get_text()
    # The wifi theme is there, but as "a few of you", never the number.
    wifi = page.select_one("#theme-digital-access").find_parent("section").get_text()
    assert "3" not in wifi
    page = young_person.get("/s/ysdw/you-said-we-did?lang=en")
    assert "A few of you talked about this." in page.get_text()

    # Changing the English hides the old translation until someone checks it.
    console.get(f"/staff/consultations/{consultation.id}/we-did/{action.id}")
    console.submit({"what": "Family time can now happen at weekends and by video call."})
    page = young_person.get("/s/ysdw/you-said-we-did?lang=pl")
    did = page.select_one(".heard-ysdw__actions li p[lang]")
    assert did["lang"] == "en" and "video call" in did.get_text()


def test_two_workers_saving_one_action_cannot_overwrite_each_other(app, setup):
    consultation, worker, _board = setup
    first = console_for(app, worker)
    first.get(f"/staff/consultations/{consultation.id}/we-did/new")
    first.submit({"themes": ["family-time"], "what": "Weekend family time", "status": "planned"})
    with app.app_context():
        action_id = db.session.scalar(select(Action.id))
    url = f"/staff/consultations/{consultation.id}/we-did/{action_id}"
    first.get(url)
    stale_form = first.page
    first.submit({"status": "in-progress"})
    first.page = stale_form
    page = first.submit({"what": "My older edit", "status": "done"}, action=url)
    assert first.response.status_code == 409
    assert "Someone else saved this while you were editing it" in page.get_text()
    assert page.select_one("#what").get_text() == "My older edit"
    with app.app_context():
        action = db.session.get(Action, action_id)
        assert action.status.value == "in-progress" and action.texts["en"]["what"] == "Weekend family time"
    # Saving again from the conflict page (it carries the current revision) works.
    first.submit({}, action=url)
    with app.app_context():
        assert db.session.get(Action, action_id).texts["en"]["what"] == "My older edit"


def test_board_members_read_but_do_not_write_and_other_councils_get_404(app, setup):
    consultation, worker, board = setup
    reader = console_for(app, board)
    page = reader.get(f"/staff/consultations/{consultation.id}/you-said-we-did")
    assert reader.response.status_code == 200 and "Add what we did" not in page.get_text()
    assert reader.client.get(f"/staff/consultations/{consultation.id}/we-did/new").status_code == 403
    console = console_for(app, worker)
    console.get(f"/staff/consultations/{consultation.id}/we-did/new")
    console.submit({"themes": ["family-time"], "what": "Weekend family time", "status": "planned"})
    with app.app_context():
        action_id = db.session.scalar(select(Action.id))
        stranger = factories.staff(factories.organisation("Elsewhere"), Role.PARTICIPATION_WORKER)
    outsider = console_for(app, stranger)
    assert outsider.client.get(f"/staff/consultations/{consultation.id}/we-did/{action_id}").status_code == 404
    assert outsider.client.get(f"/staff/consultations/{consultation.id}/you-said-we-did").status_code == 404


def test_the_page_before_anything_is_analysed_says_so(app):
    with app.app_context():
        factories.consultation(code="empty", feedback_due_on=date(2027, 3, 31))
    page = Journey(app.test_client(), "empty").get("/s/empty/you-said-we-did")
    assert "We are still reading everything young people told us" in page.get_text()
    assert "31 March 2027" in page.get_text()


def test_change_since_the_last_wave(app, setup):
    from participation.boards.yousaid import you_said
    from participation.surveys.builder import copy_wave

    consultation, _worker, _board = setup
    with app.app_context():
        earlier = db.session.get(type(consultation), consultation.id)
        later = copy_wave(earlier.organisation_id, earlier, "Your voice 2027")
        later.code = "ysdw27"
        for _ in range(5):
            respond(later, "I want to see my mum more")
        for _ in range(5):
            respond(later, "school is fine")
        view = you_said(later)
        family = next(row for row in view.rows if row.slug == "family-time")
        assert family.respondents.count == 5 and family.share == 50.0
        assert family.previous.count == 7 and family.change == round(50.0 - 58.3, 1)
