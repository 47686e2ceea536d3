"""A shared or checked phone (fourth outside review, N3): the session cookie is signed, not encrypted, so anyone
holding the phone can decode it. It must not say which live polls the phone answered or how old its user is; and the
quick exit leaves nothing of the site on the phone: the whole session goes, and the browser is asked to clear the
site's cookies, storage and cache."""

from __future__ import annotations

import base64
import zlib

from participation.accounts.models import Role
from participation.extensions import db
from participation.polls import services as polls
from participation.polls.models import PollKind
from tests import factories
from tests.journey import Journey
from tests.pages import fetch


def readable(cookie: str) -> str:
    """What anyone holding the phone reads in the session cookie, without the server's key."""
    compressed = cookie.startswith(".")
    payload = cookie.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return (zlib.decompress(raw) if compressed else raw).decode()


def _poll(app, org_name: str = "Northshire Council") -> str:
    with app.app_context():
        org = factories.organisation(org_name)
        factories.consultation(org, code="sharedsv")
        poll = polls.create(org.id, "What should the forum do next?", PollKind.ONE, ["Trips", "Food"], None, None)
        db.session.commit()
        return poll.code


def _answer(client, code: str) -> None:
    page = fetch(client, f"/p/{code}")
    token = page.find("input", {"name": "csrf_token"})["value"]
    fetch(client, f"/p/{code}", method="post", status=302, data={"answer": "0", "csrf_token": token})


def test_the_cookie_does_not_say_which_polls_were_answered_or_the_age_band(app, client):
    code = _poll(app)
    _answer(client, code)
    journey = Journey(client, "sharedsv")
    journey.get("/s/sharedsv")
    assert journey.path == "/s/sharedsv/who"
    journey.submit_current({"band": "care-leavers"})
    assert journey.path == "/s/sharedsv"
    shown = readable(client.get_cookie("session").value)
    assert code not in shown and code.lower() not in shown
    assert "care-leavers" not in shown and "care" not in shown
    # Nor which survey (so which council) it has a draft of: the draft's token is kept, its survey's code masked.
    journey.get("/s/sharedsv/who")
    journey.submit_current({"band": "care-leavers"})
    journey.get("/s/sharedsv")
    journey.submit_current({})
    shown = readable(client.get_cookie("session").value)
    assert '"drafts"' in shown and "sharedsv" not in shown
    # What the device needs still works: the poll knows this phone answered, the survey its chosen band.
    assert fetch(client, f"/p/{code}").find("h1").get_text(strip=True) == "You have already answered"
    journey.get("/s/sharedsv")
    assert journey.path == "/s/sharedsv"
    assert journey.page.select_one("input[name=band][value=care-leavers][checked]") is None  # the start page, no form
    journey.get("/s/sharedsv/who")
    assert journey.page.select_one("input[name=band][value=care-leavers]").has_attr("checked")


def test_a_band_the_link_fixed_stays_fixed(app, client):
    _poll(app)
    fixed = Journey(client, "sharedsv")
    fixed.get("/s/sharedsv?band=12-17")
    assert "12-17" not in readable(client.get_cookie("session").value)
    fixed.get("/s/sharedsv/who")
    assert fixed.path == "/s/sharedsv"  # fixed by the link: no choosing again


def test_quick_exit_clears_the_whole_session_and_asks_the_browser_to_clear_the_site(app, client):
    code = _poll(app)
    _answer(client, code)
    Journey(client, "sharedsv").start("12-17")
    assert client.get_cookie("session") is not None
    left = client.get("/leave")
    assert left.status_code == 303 and left.headers["Location"] == app.config["HEARD_QUICK_EXIT_URL"]
    assert left.headers["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    # The cookie is deleted, not rewritten with what was left in it.
    assert any(
        header.startswith("session=;") and "Max-Age=0" in header for header in left.headers.getlist("Set-Cookie")
    )
    assert client.get_cookie("session") is None
    # The poll no longer knows this phone: it asks again as for anyone new.
    assert "already" not in fetch(client, f"/p/{code}").get_text().lower()


def test_quick_exit_on_a_workers_device_ends_their_session_on_the_server(app, client):
    with app.app_context():
        org = factories.organisation("Exitshire")
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, worker, secret)
    copied = client.get_cookie("session").value
    fetch(client, "/staff/polls")
    assert client.get("/leave").headers["Clear-Site-Data"]
    snoop = app.test_client()
    snoop.set_cookie("session", copied)
    assert snoop.get("/staff/polls").status_code in (302, 303)


def test_two_phones_file_the_same_survey_poll_and_band_under_different_keys(app, client):
    """The fifth outside review (M4): the digests were the same on every phone, so anyone could open the survey and
    the poll once on their own phone, choose each band, and read a shared phone's cookie off that table."""
    import json

    code = _poll(app)

    def cookie_of(phone) -> dict:
        _answer(phone, code)
        journey = Journey(phone, "sharedsv")
        journey.get("/s/sharedsv")
        journey.submit_current({"band": "care-leavers"})
        return json.loads(readable(phone.get_cookie("session").value))

    first, second = cookie_of(client), cookie_of(app.test_client())
    for name in ("poll_devices", "bands"):
        assert first[name] and second[name]
        assert not set(first[name]) & set(second[name]), name
    assert not set(first["bands"].values()) & set(second["bands"].values())  # the band's seal too
    # The quick exit forgets the salt with the rest: the next person on the phone starts with digests of their own.
    client.get("/leave")
    assert client.get_cookie("session") is None or "device_salt" not in readable(client.get_cookie("session").value)
