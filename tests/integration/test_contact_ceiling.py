"""Worrying words in a request for an advocate skip the limit on asking (a child in danger is never refused), and now
have a ceiling of their own (``contact.services.WORRYING_PER_DAY``), fourth outside review N5.

The review's attack: a script sending the same request again and again with "he hits me" added went through the limit
and opened a request and a safeguarding case each time, filling both queues. Now the same words from one address
join the first request and its case; past the council's ceiling for the day, worrying requests join one batch whose
case holds every different set of words. The young person is told it was received every time, and different words
always reach a lead."""

from __future__ import annotations

import random
import string

from sqlalchemy import func, select

from participation.analysis.models import SafeguardingCase
from participation.contact import services
from participation.contact.models import ContactKind, ContactRepeat, ContactRequest
from participation.extensions import db
from tests import factories
from tests.integration.test_contact_requests import rotate_vault_key, token
from tests.pages import fetch

WORDS = "he hits me"


def _send(client, page, message: str, phone: str, address: str = "127.0.0.1"):
    data = {"csrf_token": token(page), "kind": "advocate", "phone": phone, "message": message}
    return client.post("/s/askme/ask", data=data, environ_base={"REMOTE_ADDR": address})


def _told_it_was_received(response) -> None:
    assert response.status_code == 302, response.status_code
    assert "/s/askme/ask/sent" in response.location


def _count(model) -> int:
    return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def _case_words() -> list[str]:
    return [
        str(item["text"])
        for case in db.session.scalars(select(SafeguardingCase))
        for item in (case.kept or {}).get("answers", [])
    ]


def test_a_script_of_200_identical_worrying_requests_gives_one_request_and_one_case(app, client, askshire):
    org, _consultation, worker, secret = askshire
    page = fetch(client, "/s/askme/ask")
    for number in range(200):
        # Stops and capitals varied each time: the same words, as a script varies them.
        stops = bin(number)[2:].replace("0", ".").replace("1", "!")
        message = f"{'He' if number % 2 else 'HE'} hits me {stops}"
        _told_it_was_received(_send(client, page, message, "07700 900001"))
    assert fetch(client, "/s/askme/ask/sent?kind=advocate").find("h1")
    with app.app_context():
        (request,) = db.session.scalars(select(ContactRequest)).all()
        (case,) = db.session.scalars(select(SafeguardingCase)).all()
        assert request.worrying and request.repeats == 199
        assert services.request_of(case) == request.id and case.kept["repeats"] == 199
        # What the repeats typed is kept up to a bound for the same words and the same way to reach them.
        assert _count(ContactRepeat) == services.REPEATS_KEPT
        assert services.repeats_of(request)[0].phone == "07700 900001"
    factories.sign_in(client, worker, secret)
    shown = fetch(client, f"/staff/contact-requests/{request.id}").get_text(" ")
    assert "Sent again" in shown and "199 more requests with worrying words joined this one" in shown


def test_words_that_differ_in_a_number_reach_the_lead_and_a_script_varying_one_meets_the_ceiling(app, client, askshire):
    """The fifth outside review (M3): "he hits me, day 20" was joined to "... day 10" as the same words, and only the
    request's handler ever read it. Digits count now; a script varying a number meets the day's ceiling instead,
    and every different set of words is in a case a lead reads."""
    page = fetch(client, "/s/askme/ask")
    for day in (10, 20):
        _told_it_was_received(_send(client, page, f"he hits me, day {day}", "07700 900001"))
    with app.app_context():
        assert sorted(_case_words()) == ["he hits me, day 10", "he hits me, day 20"]
    for number in range(120):
        _told_it_was_received(_send(client, page, f"he hits me {number}", "07700 900001"))
    with app.app_context():
        assert _count(ContactRequest) <= services.WORRYING_PER_DAY + 3
        words = _case_words()
        assert all(f"he hits me {number}" in words for number in range(120))


def test_the_same_words_from_other_children_on_one_network_keep_each_way_to_reach_them(app, client, askshire):
    """The fifth outside review (L3): past ``REPEATS_KEPT`` only the count of a repeat was kept, so children on one
    children's home's network typing the same words lost how to reach them; and a call back joined a request for an
    advocate, losing what was asked for."""
    page = fetch(client, "/s/askme/ask")
    phones = [f"07700 9{number:05d}" for number in range(services.REPEATS_KEPT + 10)]
    for phone in phones:
        _told_it_was_received(_send(client, page, WORDS, phone))
    data = {"csrf_token": token(page), "kind": "call-back", "phone": "07700 955555", "message": WORDS}
    assert client.post("/s/askme/ask", data=data).status_code == 302
    with app.app_context():
        requests = db.session.scalars(select(ContactRequest).order_by(ContactRequest.kind)).all()
        assert sorted(request.kind for request in requests) == [ContactKind.ADVOCATE, ContactKind.CALL_BACK]
        advocate = next(request for request in requests if request.kind == ContactKind.ADVOCATE)
        kept = {services.details_of(advocate).phone, *(details.phone for details in services.repeats_of(advocate))}
        assert kept == set(phones)


def test_different_worrying_words_each_reach_the_lead(app, client, askshire):
    """Young people in one children's home, on one address, each with their own words: a request and a case each."""
    page = fetch(client, "/s/askme/ask")
    said = [
        "my stepdad hits me every night",
        "I don't feel safe at home",
        "someone at the home touches me",
        "I want to kill myself",
        "he hits me and my brother",
    ]
    for number, message in enumerate(said):
        _told_it_was_received(_send(client, page, message, f"07700 90{number:04d}"))
    with app.app_context():
        assert _count(ContactRequest) == len(said) and _count(SafeguardingCase) == len(said)
        assert sorted(_case_words()) == sorted(said)


def test_a_flood_from_many_addresses_is_kept_in_a_few_batches_and_loses_no_words(app, client, askshire):
    """Past the day's ceiling, each worrying request joins the day's batch: a bounded number of requests and cases,
    and every different set of words in a case for the lead."""
    page = fetch(client, "/s/askme/ask")
    chance = random.Random(5)
    said = []
    for number in range(120):
        message = f"{WORDS} " + "".join(chance.choice(string.ascii_lowercase) for _ in range(8))
        said.append(message)
        address = f"10.0.{number // 200}.{number % 200 + 1}"
        _told_it_was_received(_send(client, page, message, f"07700 9{number:05d}", address))
    with app.app_context():
        ceiling, batch = services.WORRYING_PER_DAY, services.BATCH_WORDS
        batches = -(-(len(said) - ceiling) // batch)
        assert _count(ContactRequest) == ceiling + batches
        assert _count(SafeguardingCase) == ceiling + batches
        assert sorted(_case_words()) == sorted(said)
        kept = db.session.scalars(select(ContactRequest).where(ContactRequest.batch.is_not(None))).all()
        # Every young person's way to reach them is kept with the batch they joined.
        assert sum(request.repeats for request in kept) == len(said) - ceiling - batches
        assert _count(ContactRepeat) == len(said) - ceiling - batches


def test_a_worrying_request_over_the_spent_limit_is_still_received(app, client, askshire):
    """The limit of 20 an hour from one address is spent; the worrying request after it is received, and joins."""
    page = fetch(client, "/s/askme/ask")
    for number in range(25):
        client.post(
            "/s/askme/ask", data={"csrf_token": token(page), "kind": "call-back", "phone": f"07700 8{number:05d}"}
        )
    assert _send(client, page, "tuesdays are best", "07700 911111").status_code == 429
    for number in range(3):
        _told_it_was_received(_send(client, page, f"{WORDS}!", f"07700 92222{number}"))
    with app.app_context():
        assert _count(SafeguardingCase) == 1


def test_what_repeats_typed_is_rotated_with_the_vault_key_and_forgotten_with_the_request(
    app, askshire, runner, monkeypatch
):
    from datetime import timedelta

    from participation.contact.models import ContactStatus
    from participation.db import utcnow

    org, consultation, worker, _secret = askshire
    with app.app_context():
        for number in range(3):
            details = services.Details(phone=f"07700 90000{number}", message=f"{WORDS}!")
            services.ask(org.id, consultation.id, ContactKind.ADVOCATE, details, "12-17", sender="one")
        db.session.commit()
    rotate_vault_key(app, runner, monkeypatch, values=3)
    with app.app_context():
        (request,) = db.session.scalars(select(ContactRequest)).all()
        assert [repeat.phone for repeat in services.repeats_of(request)] == ["07700 900001", "07700 900002"]
        services.decide(request, ContactStatus.CLOSED, "", db.session.merge(worker))
        request.closed_at = utcnow() - timedelta(days=400)
        db.session.commit()
        assert services.purge_closed() == 1
        db.session.commit()
        (request,) = db.session.scalars(select(ContactRequest)).all()
        assert request.worry_key is None and request.repeats == 2
        assert {repeat.phone for repeat in services.repeats_of(request)} == {""}
