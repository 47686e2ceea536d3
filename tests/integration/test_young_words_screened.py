"""Young people's words, screened wherever the screen runs: one table of the words three outside reviews of issue 17
and the known misses after them found unflagged (and their look-alikes), each sent through every surface a young
person's or a worker's words reach.

The surfaces: a survey comment, a worker's note of a session, the shared screen in the room, a live poll's word (with
its stricter screen) and the message of a request for an advocate. A worrying row is a possible disclosure with a case
for the safeguarding lead on each of them; an ordinary row stays ordinary on each.

The reviews: the first found "i took a load of tablets", "im going to jump" and "one of the staff kissed me"
unflagged. The second wrote disclosures as teenagers write them: a child's age beside an adult partner's, selling
oneself for somewhere to stay, rape and sexual assault masked or in slang ("graped", "r*ped", "SA'd"), wanting to die
masked or misspelt ("d!e", "s*icide", "want to dye"), no point living, getting jumped, a knife with blood in emoji.
The third: a 16 or 17-year-old with a much older partner ("im 16 and my boyfriend is 31", "hes 35 im 16"), an age
written as one word ("14yo", "14y/o"), a relationship with an adult in a position of trust, and being jumped on the
bus. After them: a robbery as teenagers tell it ("they rushed me and took my phone") and harm done to a friend ("they
jumped my mate", "my mate got robbed"). Their look-alikes ("dyed my hair blue", "🔪 and fork", "i jumped on the bus
to town", "im 17 and my boyfriend is 19", "we rushed to get the bus", "my mate beat me at fifa") stay ordinary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from participation.analysis.models import AnswerAnalysis, SafeguardingCase
from participation.contact.models import ContactRequest
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll, PollAnswer, WordState
from participation.polls.services import MAX_WORD
from participation.sessions import services as sessions
from participation.sessions.models import SessionNote
from tests import factories
from tests.journey import Journey
from tests.pages import fetch


@dataclass(frozen=True)
class Words:
    text: str
    worrying: bool
    # A live poll's word is also read by a stricter screen (analysis.word_answers): with no context, a lone short
    # form of self-harm or suicide goes to a person even where a sentence would not. None: as ``worrying``.
    poll_word_worrying: bool | None = None

    @property
    def flagged_as_a_poll_word(self) -> bool:
        return self.worrying if self.poll_word_worrying is None else self.poll_word_worrying


def worrying(*texts: str) -> list[Words]:
    return [Words(text, True) for text in texts]


def ordinary(*texts: str) -> list[Words]:
    return [Words(text, False) for text in texts]


TABLE: list[Words] = [
    # The first review: tablets by the load, jumping, a member of staff's kisses.
    *worrying("i took a load of tablets", "im going to jump", "one of the staff kissed me"),
    *worrying("im gonna jump", "staff kissed me", "took loads of pills"),
    # No verb: the comment screen lets it pass, the poll word's stricter screen does not.
    Words("loads of pills", False, poll_word_worrying=True),
    # The computer a youth club asks for, and a trampoline: ordinary.
    *ordinary("we jumped on the trampoline", "tablets", "trampoline"),
    # The second review: ages, selling oneself, masked words, getting jumped, emoji.
    *worrying(
        "im 14 n pregnant, hes 23",
        "im 13 and my boyfriend is 19",
        "had to sell myself for somewhere to stay",
        "got graped at a party",
        "he r*ped me",
        "i got SA'd by a lad from the home",
        "i want to d!e",
        "s*icide is on my mind every day",
        "i want to dye",
        "no point livin anymore",
        "i hate my life n want it over",
        "im getting jumped every day after school",
        "🔪🩸 again tonight",
        "graped",
        "wanna dye",
        "🔪🩸",
    ),
    # A lone masked "die": the comment screen wants a sentence around it, the poll word's stricter screen does not.
    Words("d!e", False, poll_word_worrying=True),
    *ordinary(
        "🔪 and fork",
        "dyed my hair blue",
        "he jumped the queue",
        "the film was killer",
        "I'm 14 and my brother is 19",
        "my carer is dead good",
        "we did a sponsored walk for suicide prevention",
        "dye",
        "grapes",
        "knife",
    ),
    # The third review: older partners at 16 and 17, "14yo", positions of trust, jumped on the bus.
    *worrying(
        "im 16 and my boyfriend is 31",
        "me (17) and him 29",
        "hes 35 im 16",
        "im sixteen and hes twenty eight",
        "im 14yo n hes 30",
        "im 15y/o and my bf is 31",
        "im 16 and dating my teacher",
        "got jumped on the bus home",
        "i was jumped on the bus",
        "they jumped on me at the bus stop",
    ),
    *ordinary(
        "i jumped on the bus to town",
        "my sister is 16 and my dad is 40",
        "im 17 and my boyfriend is 19",
        "im 16 and my boyfriends dad is 45",
        "my 14yo brother plays fifa all day",
        "my dog jumped on me at the bus stop",
    ),
    # Known misses after the third review: a robbery as teenagers tell it, and harm done to a friend.
    *worrying(
        "they rushed me and took my phone",
        "got mugged for my phone",
        "some lads battered my mate",
        "my friend got stabbed",
        "they beat up my friend after school",
        "my mate got jumped and they took his stuff",
        "they jumped my mate",
        "my mate got robbed",
    ),
    *ordinary(
        "we rushed to get the bus",
        "my mate beat me at fifa",
        "my friend got stabbed in a film we watched",
        "my carer took my phone off me at night",
    ),
    # The third outside review's misses: "unaliving" without its e, and a parent who batters the family.
    *worrying(
        "sometimes i think about unaliving myself",
        "unaliving",
        "my dad batters my mum and me",
        "he batters us when hes drunk",
    ),
    # The fourth outside review's misses: algospeak for suicide, British words for hitting, and "fiddles with me".
    *worrying(
        "been thinking about sewerslide a lot",
        "i might just ctb soon",
        "my mums boyfriend lamps me",
        "he leathers me when hes drunk",
        "my carer wallops me",
        "my uncle fiddles with me",
    ),
    *ordinary("the lamp in my room is broken", "my uncle fixed my bike with me"),
]
TEXTS = [words.text for words in TABLE]
WORRYING = sorted(words.text for words in TABLE if words.worrying)
# A poll's word is 40 letters at most: a longer row is a sentence, read on the other four surfaces.
POLL_WORDS = [words for words in TABLE if len(words.text) <= MAX_WORD]


def _token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def _case_texts() -> list[str]:
    return sorted(str(case.kept["answers"][0]["text"]) for case in db.session.scalars(select(SafeguardingCase)))


def _expected(texts: list[str]) -> dict[str, bool]:
    return {words.text: words.worrying for words in TABLE if words.text in texts}


def test_the_table_is_whole():
    assert len(set(TEXTS)) == len(TEXTS), "each row once"
    # The reviews' words, every one: none may go missing from the table unnoticed.
    assert len(TABLE) == 77 and len(WORRYING) == 50
    # Three sentences are too long for a poll's word ("we did a sponsored walk for suicide prevention").
    assert len(POLL_WORDS) == len(TABLE) - 3


@pytest.mark.parametrize("words", TABLE, ids=lambda words: words.text)
def test_a_survey_comment(app, client, words):
    """The row written in a survey's comment box and sent: worrying, one case on that answer with its risk terms,
    and the young person told at once that someone will read it; ordinary, neither."""
    with app.app_context():
        factories.consultation(code="young")
    journey = Journey(client, "young")
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": words.text})
    told = journey.page.select_one(".heard-safety[role=status]") is not None
    assert told == words.worrying
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        flagged = db.session.scalars(select(AnswerAnalysis).where(AnswerAnalysis.safeguarding)).all()
        cases = db.session.scalars(select(SafeguardingCase)).all()
        if words.worrying:
            [analysis] = flagged
            [case] = cases
            assert case.answer_id == analysis.answer_id and analysis.risk_terms
        else:
            assert flagged == [] and cases == []


def _session(app, client, council: str):
    factories.worker_console(app, client, council)
    with app.app_context():
        org = db.session.scalar(select(Organisation).where(Organisation.name == council))
        group = Group(organisation_id=org.id, name="Voices", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=20)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "Sam", [], {})
        db.session.commit()
        return held.id


def test_a_workers_session_notes(app, client):
    session_id = _session(app, client, "Noteshire")
    for text in TEXTS:
        page = fetch(client, f"/staff/sessions/{session_id}")
        data = {"text": text, "csrf_token": _token(page)}
        fetch(client, f"/staff/sessions/{session_id}", method="post", status=302, data=data)
    with app.app_context():
        flagged = {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}
        assert flagged == _expected(TEXTS)
        assert _case_texts() == WORRYING
        # The lead is shown the words of the list that matched ("staff* ... kis* me"), not every alternative.
        terms = [
            term
            for case in db.session.scalars(select(SafeguardingCase))
            for term in case.kept["answers"][0]["risk_terms"]
        ]
        assert terms and not any("|" in term for term in terms), terms


def test_the_shared_screen_in_the_room(app, client):
    session_id = _session(app, client, "Roomshire")
    page = fetch(client, f"/staff/sessions/{session_id}")
    form = page.find("form", {"action": f"/staff/sessions/{session_id}/room"})
    assert client.post(form["action"], data={"csrf_token": _token(form)}).status_code == 302
    for text in TEXTS:
        room = fetch(client, "/room")
        fetch(client, "/room", method="post", status=302, data={"text": text, "csrf_token": _token(room)})
    with app.app_context():
        flagged = {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}
        assert flagged == _expected(TEXTS)
        assert _case_texts() == WORRYING


def test_a_live_polls_word_with_its_stricter_screen(app, client):
    """Each row sent from its own phone to a live poll asking for a word: a worrying one is flagged (never shown)
    with a case, an ordinary one waits for a worker to approve it."""
    factories.worker_console(app, client, "Pollshire")
    page = fetch(client, "/staff/polls")
    data = {"question": "One word for how you feel?", "kind": "word", "options": "", "csrf_token": _token(page)}
    fetch(client, "/staff/polls", method="post", status=302, data=data)
    with app.app_context():
        poll = db.session.scalars(select(Poll)).one()
    for words in POLL_WORDS:
        phone = app.test_client()
        answer_page = fetch(phone, f"/p/{poll.code}")
        data = {"answer": words.text, "csrf_token": _token(answer_page)}
        fetch(phone, f"/p/{poll.code}", method="post", status=302, data=data)
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
        assert states == {
            words.text: WordState.FLAGGED if words.flagged_as_a_poll_word else WordState.WAITING for words in POLL_WORDS
        }
        assert _case_texts() == sorted(words.text for words in POLL_WORDS if words.flagged_as_a_poll_word)


def test_the_message_of_a_request_for_an_advocate(app, client, monkeypatch):
    from participation.contact import services as contact

    # Every row its own request and case: past a council's ceiling for a day, worrying requests would join one batch
    # (tests/integration/test_contact_ceiling.py); this table is about the screen, not the ceiling.
    monkeypatch.setattr(contact, "WORRYING_PER_DAY", len(TABLE))
    with app.app_context():
        factories.consultation(factories.organisation("Askshire"), code="askyoung")
    for number, text in enumerate(TEXTS):
        page = fetch(client, "/s/askyoung/ask")
        data = {"kind": "call-back", "phone": "07700 900123", "message": text, "csrf_token": _token(page)}
        # Each from its own address: the form takes 20 an hour from one address, and this sends every row.
        sent = client.post("/s/askyoung/ask", data=data, environ_base={"REMOTE_ADDR": f"198.51.100.{number + 1}"})
        assert sent.status_code == 302, text
    with app.app_context():
        # Which request is which is told by the cases' words: the requests keep theirs encrypted, in the order sent.
        worrying_requests = [request.worrying for request in db.session.scalars(select(ContactRequest))]
        assert sorted(worrying_requests) == sorted(words.worrying for words in TABLE)
        assert _case_texts() == WORRYING
