"""The outside review of issue 17: the redaction missed names in lower case, social media names, email addresses
spelt out, the organisation's own children's homes and dates of birth, and so did the check when a worker approves a
quote. Survey quotes and session quotes alike: the proposal takes them out, and words typed back in are refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis.models import Quote
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.sessions import services as sessions
from participation.sessions.models import NoteSource, SessionNote
from tests import factories
from tests.journey import Journey
from tests.pages import error_summary, fetch, parse

SAID = "im jamie, i live at willowbank house, add me on insta jamie.s or jamie at gmail dot com, born 03/04/2010"
TAKEN_OUT = ("jamie", "willowbank", "jamie.s", "gmail", "03/04/2010")
# Each typed back into approved words, and what the worker is told is still in them.
TYPED_BACK = [
    ("my name is jamie smith and the forum is good", "name"),
    ("the forum is good, snap me @jamie_s99", "social media name"),
    ("the forum is good, jamie(at)hotmail(dot)co(dot)uk", "email address"),
    ("the forum at willowbank is good", "children's home"),
    ("the forum is good, my birthday is 3rd april 2011", "date of birth"),
    # Known misses after the review: a town after "to", and a name written with digits.
    ("the forum is good, i moved to Rotherham", "town or city"),
    ("the forum is good, s4rah said so", "name"),
    # A person, where "I love Chelsea" (below) is a club.
    ("the forum is good, I told Sarah", "name"),
]


def _token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def _council(app, name: str):
    with app.app_context():
        org = factories.organisation(name)
        # The organisation's own home, known by its group: young people call it "willowbank".
        db.session.add(
            Group(organisation_id=org.id, name="Willowbank House", kind=GroupKind.CHILDRENS_HOME, cohort_size=6)
        )
        forum = Group(organisation_id=org.id, name="Voices", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=30)
        db.session.add(forum)
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        db.session.commit()
        return org, forum.id, worker, secret


@pytest.fixture()
def survey_quote(app, client):
    org, _forum, worker, secret = _council(app, "Quoteshire")
    with app.app_context():
        consultation = factories.consultation(db.session.merge(org), code="redact")
    journey = Journey(app.test_client(), "redact")
    journey.start("care-leavers")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current("skip")
    journey.submit_current({"answer": SAID})
    while not journey.path.endswith("/check"):
        if journey.page.select_one("input[value=yes]") and "words without your name" in journey.h1():
            journey.submit_current({"answer": "yes"})
        else:
            journey.answer_current("skip")
    journey.submit_current()
    factories.sign_in(client, worker, secret)
    url = f"/staff/consultations/{consultation.id}/quotes"
    page = fetch(client, url)
    [block] = page.select("main .heard-topic")
    return url, page, block


def test_a_survey_quotes_proposal_takes_them_out(survey_quote):
    _url, _page, block = survey_quote
    proposed = block.select_one("textarea").get_text()
    assert not [word for word in TAKEN_OUT if word in proposed], proposed
    for kind in ("name", "children's home", "social media name", "email address", "date of birth"):
        assert kind in block.get_text(" "), kind


@pytest.mark.parametrize("typed, kind", TYPED_BACK)
def test_a_survey_quote_typed_back_is_refused(app, client, survey_quote, typed, kind):
    url, page, block = survey_quote
    answer_id = block["id"][2:]
    refused = client.post(
        f"{url}/{answer_id}/approve", data={"text": typed, "csrf_token": _token(page)}, follow_redirects=True
    )
    assert f"These words still have {kind} in them" in parse(refused).get_text(" ")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Quote)) == 0
    client.post(f"{url}/{answer_id}/approve", data={"text": "the forum is good", "csrf_token": _token(page)})
    with app.app_context():
        assert db.session.scalar(select(Quote.text)) == "the forum is good"


@pytest.fixture()
def session_note(app, client):
    org, forum, worker, secret = _council(app, "Noteshire")
    with app.app_context():
        held = sessions.create_session(org.id, forum, date(2027, 3, 14), "", [], {})
        note = sessions.add_note(held, SAID, NoteSource.YOUNG_PERSON, True, "en")
        db.session.commit()
        assert not note.safeguarding
        ids = held.id, note.id
    factories.sign_in(client, worker, secret)
    return ids


def test_a_session_quotes_proposal_takes_them_out(client, session_note):
    session_id, note_id = session_note
    page = fetch(client, f"/staff/sessions/{session_id}")
    proposed = page.find("textarea", {"id": f"quote-{note_id}"}).get_text()
    assert not [word for word in TAKEN_OUT if word in proposed], proposed


@pytest.mark.parametrize("typed, kind", TYPED_BACK)
def test_a_session_quote_typed_back_is_refused(app, client, session_note, typed, kind):
    session_id, note_id = session_note
    page = fetch(client, f"/staff/sessions/{session_id}")
    base = f"/staff/sessions/{session_id}/notes/{note_id}/quote/approve"
    refused = fetch(client, base, method="post", status=400, data={"text": typed, "csrf_token": _token(page)})
    assert error_summary(refused) == [
        f"These words still have {kind} in them. Take them out, or choose not to use these words."
    ]
    fetch(client, base, method="post", status=302, data={"text": "the forum is good", "csrf_token": _token(page)})
    with app.app_context():
        assert db.session.get(SessionNote, note_id).quote_text == "the forum is good"


# The outside review of the redaction: approval checked again with the same detector, so it passed whatever the
# proposal had missed. It is stricter now: a capitalised name mid-sentence, or digits like a phone number, a date or
# a house number, are refused, and the worker's words stay in the box to change.
STRICTER = [
    ("the forum is good, Grace loved it", "These words may still name someone: “Grace”."),
    ("the forum is good, ring 0770 090", "a phone number, a date or a house number in them: “0770 090”."),
    ("the forum is good, it was 12/03/2019", "a phone number, a date or a house number in them: “12/03/2019”."),
]


@pytest.mark.parametrize(
    "typed, said", STRICTER + [(typed, f"still have {kind} in them") for typed, kind in TYPED_BACK]
)
def test_a_survey_quote_refused_keeps_what_the_worker_typed(app, client, survey_quote, typed, said):
    url, page, block = survey_quote
    answer_id = block["id"][2:]
    refused = fetch(
        client,
        f"{url}/{answer_id}/approve",
        method="post",
        status=400,
        data={"text": typed, "csrf_token": _token(page)},
    )
    [message] = error_summary(refused)
    assert said in message
    box = refused.find("textarea", {"id": f"text-{answer_id}"})
    assert box.get_text() == typed
    assert box["aria-describedby"] == f"text-{answer_id}-error"
    assert said in refused.find(id=f"text-{answer_id}-error").get_text()
    assert refused.title.get_text().startswith("Error:")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Quote)) == 0
    # In lower case, "grace" is the worker saying it is not a name; in words, the number is not a number.
    client.post(
        f"{url}/{answer_id}/approve", data={"text": "the forum is good, grace loved it", "csrf_token": _token(page)}
    )
    with app.app_context():
        assert db.session.scalar(select(Quote.text)) == "the forum is good, grace loved it"


@pytest.mark.parametrize("typed, said", STRICTER)
def test_a_session_quote_is_checked_as_strictly(app, client, session_note, typed, said):
    session_id, note_id = session_note
    page = fetch(client, f"/staff/sessions/{session_id}")
    base = f"/staff/sessions/{session_id}/notes/{note_id}/quote/approve"
    refused = fetch(client, base, method="post", status=400, data={"text": typed, "csrf_token": _token(page)})
    [message] = error_summary(refused)
    assert said in message
    assert refused.find("textarea", {"id": f"quote-{note_id}"}).get_text() == typed
    with app.app_context():
        assert db.session.get(SessionNote, note_id).quote_text in (None, "")


def test_a_football_club_is_approved(app, client, survey_quote):
    """ "I love Chelsea" is a club, not a person ("I told Sarah" is refused, above)."""
    url, page, block = survey_quote
    client.post(f"{url}/{block['id'][2:]}/approve", data={"text": "I love Chelsea", "csrf_token": _token(page)})
    with app.app_context():
        assert db.session.scalar(select(Quote.text)) == "I love Chelsea"


def test_a_session_quote_of_a_football_club_is_approved(app, client, session_note):
    session_id, note_id = session_note
    page = fetch(client, f"/staff/sessions/{session_id}")
    base = f"/staff/sessions/{session_id}/notes/{note_id}/quote/approve"
    data = {"text": "the forum is good and I love Chelsea", "csrf_token": _token(page)}
    fetch(client, base, method="post", status=302, data=data)
    with app.app_context():
        assert db.session.get(SessionNote, note_id).quote_text == "the forum is good and I love Chelsea"


# The fourth outside review (N2): a full name in lower case or capitals or spelt out, a phone number with letters for
# digits or in words and an address in slang passed approval. Each is refused for a survey's quote and a session's.
DISGUISED = [
    ("the forum is good, jade thompson said so", "name"),
    ("the forum is good, JADE THOMPSON SAID SO", "name"),
    ("the forum is good, ask j a d e thompson", "name"),
    ("the forum is good, text o7700 9oo 129", "phone number"),
    ("the forum is good, zero seven seven zero zero nine zero zero one two nine", "phone number"),
    ("the forum is good, my addy is 12 kingsway", "address"),
    # the fifth outside review's
    ("the forum is good, thompson jade said so", "name"),
    ("the forum is good, ask jadethompson", "name"),
    ("the forum is good, ask ja-de thom-pson", "name"),
    ("the forum is good, text 0seven700 900 1two9", "phone number"),
    ("the forum is good, send it to n e 1 4 s t", "postcode"),
    ("the forum is good, come to number twelve kingsway", "address"),
]
# Their look-alikes are approved as they were written.
ORDINARY = "I am 15 and I love Chelsea, SCHOOL IS BORING but MORE TRIPS would help, top 10 days, 2 hours each"


@pytest.mark.parametrize("typed, kind", DISGUISED)
def test_a_survey_quote_written_to_get_past_a_filter_is_refused(app, client, survey_quote, typed, kind):
    url, page, block = survey_quote
    answer_id = block["id"][2:]
    refused = fetch(
        client,
        f"{url}/{answer_id}/approve",
        method="post",
        status=400,
        data={"text": typed, "csrf_token": _token(page)},
    )
    assert error_summary(refused) == [
        f"These words still have {kind} in them. Take them out, or choose not to use these words."
    ]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Quote)) == 0
    client.post(f"{url}/{answer_id}/approve", data={"text": ORDINARY, "csrf_token": _token(page)})
    with app.app_context():
        assert db.session.scalar(select(Quote.text)) == ORDINARY


@pytest.mark.parametrize("typed, kind", DISGUISED)
def test_a_session_quote_written_to_get_past_a_filter_is_refused(app, client, session_note, typed, kind):
    session_id, note_id = session_note
    page = fetch(client, f"/staff/sessions/{session_id}")
    base = f"/staff/sessions/{session_id}/notes/{note_id}/quote/approve"
    refused = fetch(client, base, method="post", status=400, data={"text": typed, "csrf_token": _token(page)})
    assert error_summary(refused) == [
        f"These words still have {kind} in them. Take them out, or choose not to use these words."
    ]
    fetch(client, base, method="post", status=302, data={"text": ORDINARY, "csrf_token": _token(page)})
    with app.app_context():
        assert db.session.get(SessionNote, note_id).quote_text == ORDINARY
