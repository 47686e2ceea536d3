"""Quotes: only from young people who agreed, never a possible disclosure, redacted, approved by a worker."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis.models import Quote, QuoteStatus
from participation.extensions import db
from tests import factories
from tests.journey import Journey
from tests.pages import fetch


def answer(app, text: str, consent: str) -> None:
    journey = Journey(app.test_client(), "quo")
    journey.start("care-leavers")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current("skip")
    journey.submit_current({"answer": text})
    while not journey.path.endswith("/check"):
        if journey.page.select_one("input[value=yes]") and "words without your name" in journey.h1():
            journey.submit_current({"answer": consent})
        else:
            journey.answer_current("skip")
    journey.submit_current()


def test_quotes_are_consented_redacted_and_approved(app, client):
    with app.app_context():
        org = factories.organisation()
        consultation = factories.consultation(org, code="quo")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        board, board_secret = factories.staff(org, Role.BOARD_MEMBER)
    answer(app, "my PA Sarah is who I ring first, her number is 07700 900123", "yes")
    answer(app, "nobody asked me before they moved me", "no")
    answer(app, "my carer hits me", "yes")
    factories.sign_in(client, user, secret)
    url = f"/staff/consultations/{consultation.id}/quotes"
    page = fetch(client, url)
    blocks = page.select("main .heard-topic")
    assert len(blocks) == 1  # not the one without consent, not the possible disclosure
    block = blocks[0]
    assert "care leaver" in block.h2.get_text()
    proposed = block.select_one("textarea").get_text()
    assert "Sarah" not in proposed and "07700" not in proposed and "[name]" in proposed
    assert "Sarah" in block.get_text() and "phone number" in block.get_text()
    answer_id = block["id"][2:]
    token = page.find("input", {"name": "csrf_token"})["value"]
    empty = client.post(f"{url}/{answer_id}/approve", data={"text": "", "csrf_token": token}, follow_redirects=True)
    assert "Write the words to quote" in empty.get_data(as_text=True)
    # A number typed back into the words is caught on approval too: nothing is stored.
    typed_back = {"text": "my PA is who I ring first on 07700 900123", "csrf_token": token}
    refused = client.post(f"{url}/{answer_id}/approve", data=typed_back, follow_redirects=True)
    assert "These words still have phone number in them" in refused.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Quote)) is None
    client.post(f"{url}/{answer_id}/approve", data={"text": "my PA is who I ring first", "csrf_token": token})
    with app.app_context():
        quote = db.session.scalar(select(Quote))
        assert quote.status == QuoteStatus.APPROVED and quote.text == "my PA is who I ring first"
        assert quote.attribution == "care-leavers"
    client.post(f"{url}/{answer_id}/reject", data={"csrf_token": token})
    with app.app_context():
        assert db.session.scalar(select(Quote)).status == QuoteStatus.REJECTED
    # An answer that was never offered cannot be approved by guessing its id.
    assert client.post(f"{url}/{uuid.uuid4()}/approve", data={"text": "x", "csrf_token": token}).status_code == 404
    viewer = app.test_client()
    factories.sign_in(viewer, board, board_secret)
    assert viewer.get(url).status_code == 403
