"""Asking for an advocate or a call back from outside a survey (fourth outside review, N8): a live poll's question
and thank-you pages, the room's shared screen and the help page reached from any of them link to the council's own
form, which needs no survey (a council with only polls and sessions is asked too), and the request keeps the page it
came from, never a survey it did not come from (a closed survey is no carrier). A draft's code shows nothing of it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from participation.accounts.access import ROOM_KEY
from participation.accounts.models import Role
from participation.analysis.models import SafeguardingCase
from participation.contact import services as contact
from participation.contact.models import ContactRequest
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls import services as polls
from participation.polls.models import PollKind
from participation.sessions import services as sessions
from participation.surveys.models import ConsultationStatus
from tests import factories
from tests.integration.test_safeguarding import DISCLOSURE
from tests.pages import fetch

ASK_WORDS = "Ask for an advocate or for someone to get in touch"
PHONE = "07700 900123"


def _council(app, name: str, survey: ConsultationStatus | None = None) -> dict[str, str]:
    """A council with a live poll and a session whose shared screen is open; a survey only if ``survey`` says."""
    with app.app_context():
        org = factories.organisation(name)
        if survey is not None:
            made = factories.consultation(org, code=f"ask{name[:3].lower()}")
            made.status = survey
        factories.consultation(org, code=f"draft{name[:3].lower()}", status=ConsultationStatus.DRAFT)
        poll = polls.create(org.id, "What should the forum do next?", PollKind.ONE, ["Trips", "Food"], None, None)
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=20)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2026, 11, 3), "", [], {})
        key = sessions.open_room(held)
        db.session.commit()
        return {"code": poll.code, "room": key, "slug": org.slug, "id": str(org.id), "name": name}


def _answer_poll(client, code: str) -> None:
    page = fetch(client, f"/p/{code}")
    token = page.find("input", {"name": "csrf_token"})["value"]
    fetch(client, f"/p/{code}", method="post", status=302, data={"answer": "0", "csrf_token": token})


def _ask_links(page) -> list[str]:
    return [link["href"] for link in page.select("a[href]") if "/ask" in link["href"]]


def _help_link(page) -> str:
    return str(page.find("a", string="Get help now")["href"])


def _send(client, url: str, message: str = "please ring after school") -> None:
    page = fetch(client, url)
    token = page.find("input", {"name": "csrf_token"})["value"]
    data = {"csrf_token": token, "kind": "call-back", "phone": PHONE, "message": message}
    fetch(client, url, method="post", status=302, data=data)


def _only_request(app) -> tuple[contact.Details, SafeguardingCase | None]:
    with app.app_context():
        (request,) = db.session.scalars(select(ContactRequest))
        details = contact.details_of(request)
        assert details is not None
        return details, db.session.scalar(select(SafeguardingCase))


def test_the_poll_question_page_links_to_the_councils_form_below_the_form(app, client):
    made = _council(app, "Questionford", ConsultationStatus.PUBLISHED)
    page = fetch(client, f"/p/{made['code']}")
    link = page.find("a", string=ASK_WORDS)
    assert link is not None and link["href"] == f"/ask/{made['slug']}?from=poll"
    # Below the form, out of the way of answering.
    assert link.find_previous("form") is not None and link.find_parent("form") is None


def test_a_council_with_only_polls_and_sessions_can_be_asked_and_the_request_says_so(app, client):
    made = _council(app, "Pollborough")
    _council(app, "Elsewhere Council", ConsultationStatus.PUBLISHED)  # another council is never offered
    _answer_poll(client, made["code"])
    done = fetch(client, f"/p/{made['code']}/done")
    assert _ask_links(done) == [f"/ask/{made['slug']}?from=poll"]
    form = fetch(client, _ask_links(done)[0])
    assert "Pollborough" in form.get_text() and form.select_one("form") is not None
    _send(client, _ask_links(done)[0], f"{DISCLOSURE} please ring")
    details, case = _only_request(app)
    assert details.source == "poll" and details.phone == PHONE
    # Its worrying words open a case on no survey, named for what it is.
    assert case is not None and case.consultation_id is None and case.kept["source"] == "poll"
    # The lead's queue and case, and the handler's request, say where it came from: never "a live poll" survey.
    with app.app_context():
        org = db.session.get(Organisation, case.organisation_id)
        lead, secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        admin, admin_secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    staff = app.test_client()
    factories.sign_in(staff, lead, secret)
    queue = fetch(staff, "/staff/safeguarding/")
    assert "A request for an advocate or a call back" in queue.get_text()
    case_page = fetch(staff, f"/staff/safeguarding/{case.id}")
    assert "A request for an advocate or a call back" in case_page.get_text()
    handler = app.test_client()
    factories.sign_in(handler, admin, admin_secret)
    with app.app_context():
        (request,) = db.session.scalars(select(ContactRequest))
    shown = fetch(handler, f"/staff/contact-requests/{request.id}").get_text(" ", strip=True)
    assert "Asked from A live poll" in shown


def test_a_closed_survey_is_never_the_carrier_of_a_request_from_a_poll_a_room_or_help(app, client):
    made = _council(app, "Closebury", ConsultationStatus.CLOSED)
    _answer_poll(client, made["code"])
    (link,) = _ask_links(fetch(client, f"/p/{made['code']}/done"))
    assert "/s/" not in link
    help_page = fetch(client, _help_link(fetch(client, f"/p/{made['code']}")))
    assert _ask_links(help_page) == [f"/ask/{made['slug']}?from=help"]
    _send(client, _ask_links(help_page)[0], f"{DISCLOSURE} please ring")
    details, case = _only_request(app)
    assert details.source == "help"
    assert case is not None and case.consultation_id is None and case.kept["source"] == "help"


def test_the_rooms_shared_screen_and_its_help_page_link_to_the_councils_form(app, client):
    made = _council(app, "Roomford")
    with client.session_transaction() as held:
        held[ROOM_KEY] = made["room"]
    room = fetch(client, "/room")
    link = room.find("a", string=ASK_WORDS)
    assert link is not None and link["href"] == f"/ask/{made['slug']}?from=room"
    help_page = fetch(client, _help_link(room))
    assert _ask_links(help_page) == [f"/ask/{made['slug']}?from=help"]
    _send(client, link["href"])
    details, case = _only_request(app)
    assert details.source == "room" and case is None


def test_help_reached_from_a_survey_asks_the_council_not_the_survey(app, client):
    made = _council(app, "Surveyton", ConsultationStatus.PUBLISHED)
    start = fetch(client, "/s/asksur?band=12-17")
    assert _help_link(start) == "/help?from=s.asksur"
    help_page = fetch(client, _help_link(start))
    assert _ask_links(help_page) == [f"/ask/{made['slug']}?from=help"]
    assert "Surveyton" in help_page.find("a", href=f"/ask/{made['slug']}?from=help").get_text()
    _send(client, f"/ask/{made['slug']}?from=help", f"{DISCLOSURE} please ring")
    details, case = _only_request(app)
    assert details.source == "help"
    assert case is not None and case.consultation_id is None


def test_the_help_page_names_no_council_it_was_not_reached_from(app, client):
    """On a shared or checked phone, a help page opened later must not say which council someone here is in touch
    with (fourth outside review, N3): only the link from the council's own page in this visit does."""
    made = _council(app, "Northshire Council", ConsultationStatus.PUBLISHED)
    fetch(client, "/s/asknor?band=12-17")
    _answer_poll(client, made["code"])
    for url in ("/help", "/", "/help?from=s.draftnor", "/help?from=p.NOTAPOLL", "/help?from=room"):
        page = fetch(client, url)
        assert "Northshire" not in str(page), url
        assert not _ask_links(page), url
    text = fetch(client, "/help").get_text(" ", strip=True)
    assert "To ask for an advocate or for someone to get in touch, open a survey or live poll" in text
    # A poll this device never opened: the help page is no way to learn which codes are real.
    other = _council(app, "Hiddenham")
    assert "Hiddenham" not in str(fetch(app.test_client(), f"/help?from=p.{other['code']}"))
    # From the council's own page in this visit: its name, its form and its own numbers.
    assert "Northshire" in str(fetch(client, f"/help?from=p.{made['code']}"))


def test_a_drafts_ask_page_shows_nothing_of_the_draft(app, client):
    with app.app_context():
        org = factories.organisation("Draftshire Council")
        draft = factories.consultation(org, code="notyet", status=ConsultationStatus.DRAFT)
        draft.title = {"en": {"*": "Secret plans for the review"}}
        db.session.commit()
    for url in ("/s/notyet/ask", "/s/notyet/ask/sent", "/s/notyet"):
        page = fetch(client, url, status=410)
        assert "Secret plans" not in str(page) and "Draftshire" not in str(page), url
        assert page.find("h1").get_text(strip=True) == "This survey is closed"


def test_an_unknown_council_has_no_form(client):
    fetch(client, "/ask/no-such-council", status=404)
