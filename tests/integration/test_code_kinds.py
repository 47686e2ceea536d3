"""Invite codes and receipt codes told apart (issue 15: both looked like K7PXM-3MQDT, the hints used the same
example, and a receipt code typed where the card's code goes only said "did not work").

Codes made now start with their kind's letter (C on a card, R on a receipt; a resume code is shorter); the hints use
an example of their own kind; a code typed into another kind's box gets a sentence saying what it looks like and a
link to the box it works in, in the page's language. Codes given before the letters still work in their own box."""

from __future__ import annotations

import re

import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import select

from participation.distribution import services as distribution
from participation.distribution.models import InviteBatch, InviteCode
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.pseudonyms import (
    CODE_SHAPES,
    CodeKind,
    derived_code,
    format_code,
    keyed_hash,
    kind_of,
    normalise_code,
)
from participation.responses import services as responses
from participation.responses.models import Response
from tests import factories
from tests.integration.test_journey import complete
from tests.journey import Journey


@pytest.fixture()
def codes(app, client):  # type: ignore[no-untyped-def]
    """A published consultation, a card's code and a real receipt code from sending answers."""
    with app.app_context():
        consultation = factories.consultation(code="kinds")
        batch = distribution.create_batch(consultation, count=3, group=None, age_band="12-17")
        invite = distribution.printed_codes(batch)[0].code
        db.session.commit()
    journey = Journey(client, "kinds")
    complete(journey, "12-17")
    receipt = journey.submit_current().select_one(".heard-receipt").get_text(strip=True)
    return invite, receipt


def test_new_codes_start_with_their_kinds_letter_and_the_hints_use_examples_of_their_own_kind(app, codes):
    invite, receipt = codes
    assert kind_of(invite) == CodeKind.INVITE and normalise_code(invite).startswith("C")
    assert kind_of(receipt) == CodeKind.RECEIPT and normalise_code(receipt).startswith("R")
    with app.app_context():
        for batch in db.session.scalars(select(InviteBatch)):
            assert all(kind_of(card.code) == CodeKind.INVITE for card in distribution.printed_codes(batch))
    hints = {}
    for path, field in (("/i", CodeKind.INVITE), ("/receipt", CodeKind.RECEIPT), ("/resume", CodeKind.RESUME)):
        page = Journey(app.test_client(), "kinds").get(path)
        hints[field] = re.search(r"[0-9A-Z]{4,5}-[0-9A-Z]{4,5}", page.select_one(".govuk-hint").get_text()).group(0)
    assert len(set(hints.values())) == 3
    assert {kind: kind_of(example) for kind, example in hints.items()} == {kind: kind for kind in hints}


@pytest.mark.parametrize(
    ("box", "typed", "says", "link"),
    [
        ("/i", "receipt", "This looks like a receipt code", "/receipt"),
        ("/receipt", "invite", "This looks like the code from an invite card", "/i"),
        ("/resume", "invite", "This looks like the code from an invite card", "/i"),
        ("/resume", "receipt", "This looks like a receipt code", "/receipt"),
        ("/receipt", "resume", "This looks like a code for carrying on where you stopped", "/resume"),
        ("/i", "resume", "This looks like a code for carrying on where you stopped", "/resume"),
    ],
)
def test_a_code_in_the_wrong_box_says_what_it_looks_like_and_links_to_its_box(app, codes, box, typed, says, link):
    invite, receipt = codes
    code = {"invite": invite, "receipt": receipt, "resume": "9HWD-E4NP"}[typed]
    visitor = Journey(app.test_client(), "kinds")
    visitor.get(box)
    page = visitor.submit_current({"code": code})
    assert says in page.select_one(".govuk-error-summary").get_text()
    assert says in page.select_one(".govuk-error-message").get_text()
    assert "did not work" not in page.get_text()
    there = page.select_one("#code-elsewhere a")
    assert there["href"].split("?")[0] == link
    # The link leads to a box that takes the code.
    if typed != "resume":
        answered = Journey(app.test_client(), "kinds")
        answered.get(there["href"])
        answered.submit_current({"code": code})
        assert answered.page.select_one(".govuk-error-summary") is None, answered.h1()


def test_the_card_link_says_the_same_for_a_receipt_code(app, codes):
    _invite, receipt = codes
    response = app.test_client().get(f"/i/{normalise_code(receipt)}")
    assert response.status_code == 404
    assert "This looks like a receipt code" in response.get_data(as_text=True)


def test_a_code_of_the_right_kind_that_is_not_there_still_says_it_did_not_work(app, codes):
    visitor = Journey(app.test_client(), "kinds")
    visitor.get("/i")
    page = visitor.submit_current({"code": "C2345-6789A"})
    assert "That code did not work" in page.get_text() and page.select_one("#code-elsewhere") is None
    visitor.get("/receipt")
    page = visitor.submit_current({"code": "Q2345-6789A"})  # a typo: no kind's shape
    assert "That code did not work" in page.get_text() and page.select_one("#code-elsewhere") is None


def test_in_the_youngest_bands_words_the_secret_code_box_says_the_same(app, codes):
    invite, _receipt = codes
    visitor = Journey(app.test_client(), "kinds")
    visitor.get("/receipt?band=4-7")
    assert "Enter your secret code" in visitor.page.get_text() and "R4TNW-8HKPZ" in visitor.page.get_text()
    page = visitor.submit_current({"code": invite})
    assert "This looks like the code from an invite card" in page.select_one(".govuk-error-message").get_text()
    assert page.select_one("#code-elsewhere a")["href"] == "/i"


@pytest.mark.parametrize("language", sorted(code for code in LANGUAGES if code != "en"))
def test_the_wrong_box_sentences_are_in_the_pages_language(app, codes, language):
    _invite, receipt = codes
    visitor = Journey(app.test_client(), "kinds", language=language)
    visitor.get(f"/i?lang={language}")
    page = visitor.submit_current({"code": receipt})
    with app.test_request_context(), force_locale(LANGUAGES[language].babel_locale):
        says = gettext("This looks like a receipt code")
        link = gettext("See or delete your answers")
    assert says != "This looks like a receipt code" and link != "See or delete your answers"
    assert says in page.select_one(".govuk-error-message").get_text()
    assert page.select_one("#code-elsewhere a").get_text(strip=True) == link


def test_codes_given_before_the_letters_still_work_in_their_own_box(app, client):
    """An invite code and a receipt code from before, each starting with the other kind's letter."""
    with app.app_context():
        consultation = factories.consultation(code="older")
        batch = distribution.create_batch(consultation, count=1, group=None, age_band="12-17")
        old_invite = "R7PXM3MQDT"
        card = db.session.scalar(select(InviteCode).where(InviteCode.batch_id == batch.id))
        card.code_hash = keyed_hash("invite-code", old_invite)
        db.session.commit()
    visitor = Journey(client, "older")
    visitor.get("/i")
    visitor.submit_current({"code": format_code(old_invite)})
    assert visitor.path.startswith("/s/older"), visitor.h1()
    complete(visitor, "12-17")
    visitor.submit_current()
    old_receipt = "C4TNW8HKPZ"
    with app.app_context():
        response = db.session.scalar(select(Response).where(Response.consultation_id == consultation.id))
        response.receipt_hash = responses.receipt_hash(old_receipt)
        db.session.commit()
    other = Journey(app.test_client(), "older")
    other.get("/receipt")
    other.submit_current({"code": format_code(old_receipt)})
    assert other.h1() == "Your answers"


def test_no_code_can_look_like_two_kinds():
    shapes = list(CODE_SHAPES.values())
    for index, one in enumerate(shapes):
        for other in shapes[index + 1 :]:
            assert one.length != other.length or (one.lead and other.lead and one.lead != other.lead)


def test_answers_sent_before_the_letters_get_the_code_that_opens_them_on_a_thank_you_page_shown_after(app, client):
    """Sent just before an upgrade (stored under the code in its old shape), the thank-you page first shown just
    after: it shows the old-shape code, the one that opens them, never a new-shape code that opens nothing."""
    with app.app_context():
        factories.consultation(code="deploy")
        db.session.commit()
    journey = Journey(client, "deploy")
    complete(journey, "12-17")
    form = next(f for f in journey.page.find_all("form") if f.find("input", {"name": "csrf_token"}))
    sent = client.post(
        str(form.get("action") or journey.path), data={"csrf_token": journey.token()}, follow_redirects=False
    )
    assert sent.status_code == 302 and sent.location.endswith("/s/deploy/done")
    with app.app_context():
        with client.session_transaction() as session:
            (entry,) = session["sent"].values()  # filed under this device's own digest of the code
            token = entry["token"]
        response = db.session.scalar(select(Response))
        # As the code was made before the letters: the same derivation from the device token, without the lead.
        old_shape = derived_code("receipt", token, CODE_SHAPES[CodeKind.RECEIPT].length)
        response.receipt_hash = responses.receipt_hash(old_shape)
        db.session.commit()
    shown = journey.get("/s/deploy/done").select_one(".heard-receipt").get_text(strip=True)
    assert normalise_code(shown) == old_shape
    other = Journey(app.test_client(), "deploy")
    other.get("/receipt")
    other.submit_current({"code": shown})
    assert other.h1() == "Your answers"
