"""Asking for an advocate or a call back from outside a survey: a live poll's thank-you page, the room's shared
screen and the help page of a device that only answered a poll or is a room's screen link to the council's form
(the settings and board pack say "on the help page a young person can ask"); with no council known, the help page
says how to find the way to ask; a council with no published survey gets no link that would fail."""

from __future__ import annotations

from datetime import date

from participation.accounts.access import ROOM_KEY
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.polls import services as polls
from participation.polls.models import PollKind
from participation.sessions import services as sessions
from participation.surveys.models import ConsultationStatus
from tests import factories
from tests.pages import fetch

ASK_WORDS = "Ask for an advocate or for someone to get in touch"


def _council(app, name: str, published: bool = True) -> dict[str, object]:
    with app.app_context():
        org = factories.organisation(name)
        if published:
            factories.consultation(org, code=f"ask{name[:3].lower()}")
        factories.consultation(org, code=f"draft{name[:3].lower()}", status=ConsultationStatus.DRAFT)
        poll = polls.create(org.id, "What should the forum do next?", PollKind.ONE, ["Trips", "Food"], None, None)
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=20)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2026, 11, 3), "", [], {})
        key = sessions.open_room(held)
        db.session.commit()
        return {"code": poll.code, "room": key, "ask": f"/s/ask{name[:3].lower()}/ask"}


def _answer_poll(client, code: str) -> None:
    page = fetch(client, f"/p/{code}")
    token = page.find("input", {"name": "csrf_token"})["value"]
    fetch(client, f"/p/{code}", method="post", status=302, data={"answer": "0", "csrf_token": token})


def _ask_links(page) -> list[str]:
    return [link["href"] for link in page.select("a[href]") if "/ask" in link["href"]]


def test_a_polls_thank_you_page_and_the_help_page_after_it_link_to_the_councils_form(app, client):
    made = _council(app, "Pollborough")
    _council(app, "Elsewhere Council")  # another council's survey is never offered
    _answer_poll(client, made["code"])
    done = fetch(client, f"/p/{made['code']}/done")
    link = done.find("a", string=ASK_WORDS)
    assert link is not None and link["href"] == made["ask"]
    assert _ask_links(done) == [made["ask"]]
    # The link opens the council's form.
    assert fetch(client, link["href"]).select_one("form") is not None
    help_page = fetch(client, "/help")
    assert _ask_links(help_page) == [made["ask"]]
    assert "Pollborough" in help_page.find("a", href=made["ask"]).get_text()


def test_the_rooms_shared_screen_and_its_help_page_link_to_the_councils_form(app, client):
    made = _council(app, "Roomford")
    with client.session_transaction() as held:
        held[ROOM_KEY] = made["room"]
    room = fetch(client, "/room")
    link = room.find("a", string=ASK_WORDS)
    assert link is not None and link["href"] == made["ask"]
    assert _ask_links(fetch(client, "/help")) == [made["ask"]]


def test_a_council_with_no_published_survey_gets_no_link_and_the_help_page_says_how_to_find_one(app, client):
    made = _council(app, "Draftshire", published=False)
    _answer_poll(client, made["code"])
    assert not _ask_links(fetch(client, f"/p/{made['code']}/done"))
    with client.session_transaction() as held:
        held[ROOM_KEY] = made["room"]
    assert not _ask_links(fetch(client, "/room"))
    for device in (client, app.test_client()):  # a council with nothing to ask from, and a device with no council
        help_page = fetch(device, "/help")
        assert not _ask_links(help_page)
        text = help_page.get_text(" ", strip=True)
        assert "To ask for an advocate or for someone to get in touch, open a survey or live poll" in text


def test_ask_code_is_the_councils_newest_published_survey(app):
    from participation.contact import services as contact

    with app.app_context():
        org = factories.organisation("Codeshire")
        assert contact.ask_code(org.id) is None and contact.ask_code(None) is None
        factories.consultation(org, code="older")
        db.session.flush()
        factories.consultation(org, code="newdraft", status=ConsultationStatus.DRAFT)
        assert contact.ask_code(org.id) == "older"
        other = factories.organisation("Othershire")
        factories.consultation(other, code="theirs")
        assert contact.ask_code(org.id) == "older" and contact.ask_code(other.id) == "theirs"
