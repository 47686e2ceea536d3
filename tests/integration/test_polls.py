"""Live polls: a worker opens one, phones answer it once each, a tablet passed round counts each turn, the projector
shows only suppressed figures and never a flagged word, and one council never reaches another's poll."""

from __future__ import annotations

import uuid

from bs4 import BeautifulSoup
from flask_babel import force_locale, gettext
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis.models import CaseStatus, SafeguardingCase
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll, PollAnswer, PollKind, WordState
from tests import factories
from tests.pages import error_summary, fetch, h1


def _token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def _open_poll(app, client, council="Pollshire", **fields) -> Poll:
    factories.worker_console(app, client, council)
    page = fetch(client, "/staff/polls")
    data = {"question": "What do you want at the next forum?", "kind": "one", "options": "Food\nSchool\nFamily time"}
    data |= fields
    fetch(client, "/staff/polls", method="post", status=302, data={**data, "csrf_token": _token(page)})
    with app.app_context():
        return db.session.scalars(select(Poll).order_by(Poll.created_at.desc())).first()


def _answer(app, phone, poll: Poll, status=302, **data):
    page = fetch(phone, f"/p/{poll.code}")
    return fetch(phone, f"/p/{poll.code}", method="post", status=status, data={**data, "csrf_token": _token(page)})


def _count(app, poll: Poll) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).where(PollAnswer.poll_id == poll.id))


def test_a_phone_answers_once_however_often_it_sends(app, client):
    poll = _open_poll(app, client)
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}")
    assert h1(page) == "What do you want at the next forum?"
    token = _token(page)
    fetch(phone, f"/p/{poll.code}", method="post", status=302, data={"answer": "1", "csrf_token": token})
    # A double tap (the same form sent again) and a later visit count nothing more.
    phone.post(f"/p/{poll.code}", data={"answer": "2", "csrf_token": token})
    assert h1(fetch(phone, f"/p/{poll.code}")) == "You have already answered"
    assert _count(app, poll) == 1


def test_a_cookie_sent_again_unchanged_answers_once(app, client):
    """The outside review sent the cookie of the question page again and again, ignoring the one each answer gave
    back: each counted. The phone's token now comes with the question, so every copy of that cookie is one phone."""
    poll = _open_poll(app, client)
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}")
    kept = phone.get_cookie("session").value
    for choice in ("0", "1", "2", "0"):
        phone.set_cookie("session", kept)
        phone.post(f"/p/{poll.code}", data={"answer": choice, "csrf_token": _token(page)})
    assert _count(app, poll) == 1


def test_an_answer_sent_with_no_token_for_the_poll_is_kept_and_asked_again(app, client):
    """A cookie from another page (here /p, whose form token passes) holds no token for this poll: the answer is
    shown again, kept, with the notice to press the button again, and nothing is stored until it is."""
    poll = _open_poll(app, client)
    phone = app.test_client()
    entry = fetch(phone, "/p")
    kept = phone.get_cookie("session").value
    for _ in range(3):
        phone.set_cookie("session", kept)
        response = phone.post(f"/p/{poll.code}", data={"answer": "1", "csrf_token": _token(entry)})
        assert response.status_code == 400
        page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert page.find("input", {"name": "answer", "value": "1"}).has_attr("checked")
    assert _count(app, poll) == 0
    fetch(phone, f"/p/{poll.code}", method="post", status=302, data={"answer": "1", "csrf_token": _token(page)})
    assert _count(app, poll) == 1


def test_a_choice_sent_twice_in_one_answer_counts_once(app, client):
    three = _open_poll(app, client, kind="up-to-three", options="A\nB\nC\nD")
    _answer(app, app.test_client(), three, answer=["0", "0", "0"])
    with app.app_context():
        assert db.session.scalar(select(PollAnswer.choices).where(PollAnswer.poll_id == three.id)) == [0]


def test_passing_the_tablet_round_signs_the_worker_out_on_it(app, client):
    poll = _open_poll(app, client)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/tablet", method="post", status=302, data={"csrf_token": _token(page)})
    # A young person holding it, pressing Back or typing an address, reaches no staff page.
    for url in ("/staff/polls", f"/staff/polls/{poll.id}", "/staff/contact-requests"):
        response = client.get(url)
        assert response.status_code in (302, 401, 403), url
        assert "/staff/sign-in" in (response.location or "/staff/sign-in"), url
    _answer(app, client, poll, answer="1")
    _answer(app, client, poll, answer="2")
    assert _count(app, poll) == 2


def test_the_database_refuses_a_second_answer_from_one_device(app, client):
    from participation.polls import services

    poll = _open_poll(app, client)
    with app.app_context():
        poll = db.session.get(Poll, poll.id)
        assert services.answer(poll, "same-token", [0], None, "en")
        assert not services.answer(poll, "same-token", [1], None, "en")
        assert services.answer(poll, "other-token", [1], None, "en")
        assert db.session.scalar(select(func.count()).where(PollAnswer.poll_id == poll.id)) == 2


def test_an_answer_outside_the_options_is_refused(app, client):
    poll = _open_poll(app, client)
    page = _answer(app, app.test_client(), poll, status=400, answer="7")
    assert error_summary(page) == ["Choose from the answers given"]
    assert _count(app, poll) == 0


def test_a_tablet_passed_round_counts_every_turn(app, client):
    poll = _open_poll(app, client)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/tablet", method="post", status=302, data={"csrf_token": _token(page)})
    for choice in ("0", "1", "2"):
        _answer(app, client, poll, answer=choice)
        done = fetch(client, f"/p/{poll.code}/done")
        assert done.find("a", string="Next person")
    assert _count(app, poll) == 3


def test_the_projector_shows_nothing_below_the_threshold_and_c_for_small_counts(app, client):
    poll = _open_poll(app, client)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    for _ in range(4):
        _answer(app, app.test_client(), poll, answer="0")
    fragment = client.get(f"/p/screen/{screen_key}").get_data(as_text=True)
    assert "Results show once at least 5 people have answered." in fragment
    assert "4" not in fragment.replace("5 people", "")
    for choice in ("0", "1", "1", "1", "2", "2"):
        _answer(app, app.test_client(), poll, answer=choice)
    # Food 5, School 3, Family time 2: both small counts hidden (together 5, so neither can be worked out).
    page = fetch(client, f"/staff/polls/{poll.id}/projector")
    cells = [cell.get_text(strip=True) for cell in page.select("#poll-results td")]
    assert cells == ["5", "c", "c"]
    assert "Answers: 10" in page.get_text(" ")
    # One more for School: 5, 4, 2 of 11 hides the 2 and the 4 with it (alone, 2 = 11 - 5 - 4).
    _answer(app, app.test_client(), poll, answer="1")
    cells = [cell.get_text(strip=True) for cell in fetch(client, f"/staff/polls/{poll.id}/projector").select("td")]
    assert cells == ["5", "c", "c"]
    assert page.select_one("[data-poll-results]")["data-poll-results"] == f"/p/screen/{screen_key}"
    # The room is told where to go and what to type; the QR code is the whole link.
    code = f"{poll.code[:3]}-{poll.code[3:]}"
    assert "Go to https://heard.example.org/p and type the code" in page.get_text(" ")
    assert page.select_one(".heard-projector__code").get_text(strip=True) == code
    assert page.select_one(".heard-poll__qr svg title").get_text() == "QR code to answer the poll"


def test_the_room_cannot_tell_from_the_screen_whether_anyone_has_answered_below_the_threshold(app, client):
    """The outside review of the forums and meetings: before 5 answers the projector said "No answers yet", then
    "Answers are coming in", so the room watching it learned whether the person who had just put their phone down
    had answered. From no answer to the fourth, the fragment the projector's script reads is now the same to the byte,
    and the projector page (with and without a staff session, the page without the script) and the worker's page
    say the same words."""
    poll = _open_poll(app, client)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    stranger = app.test_client()
    words = "Results show once at least 5 people have answered."
    fragments = set()
    for number in range(5):
        if number:
            _answer(app, app.test_client(), poll, answer=str(number % 3))
        response = stranger.get(f"/p/screen/{screen_key}")
        assert response.headers["Cache-Control"] == "no-store"
        fragments.add(response.get_data(as_text=True))
        for page in (
            fetch(client, f"/staff/polls/{poll.id}"),
            fetch(client, f"/staff/polls/{poll.id}/projector"),
            fetch(stranger, f"/p/screen/{screen_key}/page"),
        ):
            box = page.select_one(".heard-poll__waiting")
            assert (box["data-waiting"], box.get_text(" ", strip=True)) == ("open", words)
            assert "No answers yet" not in page.get_text() and "coming in" not in page.get_text()
    assert len(fragments) == 1, "the screen changed below the threshold"
    _answer(app, app.test_client(), poll, answer="0")
    fragment = BeautifulSoup(stranger.get(f"/p/screen/{screen_key}").get_data(as_text=True), "html.parser")
    assert fragment.select_one(".heard-poll__waiting") is None


def test_the_screen_does_not_say_when_more_answers_have_come_in_than_the_figures_count(app, client):
    """Once figures show, the note under them said "More have come in" only when someone had answered since they were
    taken: the same give-away one step up. It now reads the same until the figures are taken again."""
    poll = _open_poll(app, client)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    for choice in "00000":
        _answer(app, app.test_client(), poll, answer=choice)
    fragments = set()
    for choice in ["", *"1111"]:
        if choice:
            _answer(app, app.test_client(), poll, answer=choice)
        fragments.add(client.get(f"/p/screen/{screen_key}").get_data(as_text=True))
    assert len(fragments) == 1
    assert "These figures count the first 5 answers: they change only when at least 5 more people have answered" in (
        BeautifulSoup(fragments.pop(), "html.parser").get_text(" ", strip=True)
    )


def test_a_word_polls_count_of_answers_moves_in_steps_too(app, client):
    """A one-word poll showed how many had answered, one more with every answer: the room could tell who had just
    answered. Its count moves in the same steps as a choice poll's figures."""
    poll = _open_poll(app, client, kind="word", options="")
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    for word in ("pizza", "trips", "music", "games", "football"):
        _answer(app, app.test_client(), poll, answer=word)
    fragments = set()
    for word in ["", "bowling", "cinema", "art", "drama"]:
        if word:
            _answer(app, app.test_client(), poll, answer=word)
        fragments.add(client.get(f"/p/screen/{screen_key}").get_data(as_text=True))
    assert len(fragments) == 1 and "Answers: 5" in fragments.pop()
    _answer(app, app.test_client(), poll, answer="swimming")
    assert "Answers: 10" in client.get(f"/p/screen/{screen_key}").get_data(as_text=True)


def test_a_projector_without_javascript_reloads_itself_by_the_screen_key(app, client):
    poll = _open_poll(app, client)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    for page in (
        fetch(client, f"/staff/polls/{poll.id}/projector"),
        fetch(app.test_client(), f"/p/screen/{screen_key}/page"),
    ):
        refresh = BeautifulSoup(page.find("noscript").decode_contents(), "html.parser").find("meta")
        assert refresh["http-equiv"] == "refresh"
        assert refresh["content"] == f"10; url=/p/screen/{screen_key}/page"


def test_a_closed_poll_with_too_few_answers_says_so(app, client):
    poll = _open_poll(app, client)
    for _ in range(3):
        _answer(app, app.test_client(), poll, answer="0")
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})
    closed = fetch(client, "/staff/polls/results").select_one(".heard-poll__waiting")
    assert closed["data-waiting"] == "closed"
    assert closed.get_text(" ", strip=True).startswith("Fewer than 5 people answered")


def test_the_projector_fragment_works_without_a_staff_session(app, client):
    poll = _open_poll(app, client)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    stranger = app.test_client()
    response = stranger.get(f"/p/screen/{screen_key}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert stranger.get("/p/screen/not-the-key").status_code == 404
    # Without the script, the projector's reload link opens the same page by its key: no staff session needed.
    page = fetch(stranger, f"/p/screen/{screen_key}/page")
    assert page.select_one("h1").get_text(strip=True) == "What do you want at the next forum?"
    link = page.find("a", string="Refresh the results")["href"]
    assert link == f"/p/screen/{screen_key}/page"
    assert page.select_one("[data-poll-results]")["data-poll-results"] == f"/p/screen/{screen_key}"
    assert not page.select("nav.heard-staff-nav")
    staff_page = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert staff_page.find("a", string="Refresh the results")["href"] == link
    # The worker's own projector page shows the room the poll, not the staff menu.
    assert not staff_page.select("nav.heard-staff-nav") and fetch(client, f"/staff/polls/{poll.id}").select(
        "nav.heard-staff-nav"
    )
    assert stranger.get("/p/screen/not-the-key/page").status_code == 404


def test_words_show_only_once_approved_and_a_worrying_word_never(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    words = ["pizza", "trips", "he hits me", "music", "games", "football"]
    for word in words:
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
    assert states["he hits me"] == WordState.FLAGGED
    assert states["pizza"] == WordState.WAITING
    # The worrying word is in the safeguarding queue, with its words, like a survey comment's case.
    with app.app_context():
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).all()
        assert [(case.status, case.kept["answers"][0]["text"]) for case in cases] == [(CaseStatus.NEW, "he hits me")]
        case_id = cases[0].id
    page = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert not page.select(".heard-poll__words li")
    staff_page = fetch(client, f"/staff/polls/{poll.id}")
    with app.app_context():
        rows = {row.word: row.id for row in db.session.scalars(select(PollAnswer))}
    for word in ("pizza", "music"):
        fetch(
            client,
            f"/staff/polls/{poll.id}/words/{rows[word]}/show",
            method="post",
            status=302,
            data={"csrf_token": _token(staff_page)},
        )
    # A flagged word cannot be shown, even by a forged request.
    assert (
        client.post(
            f"/staff/polls/{poll.id}/words/{rows['he hits me']}/show", data={"csrf_token": _token(staff_page)}
        ).status_code
        == 404
    )
    page = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert [item.get_text() for item in page.select(".heard-poll__words li")] == ["music", "pizza"]
    # A safeguarding lead reads it on the case page, named by the poll's question.
    with app.app_context():
        org_id = db.session.get(Poll, poll.id).organisation_id
        lead, secret = factories.staff(db.session.get(Organisation, org_id), Role.SAFEGUARDING_LEAD)
    reader = app.test_client()
    factories.sign_in(reader, lead, secret)
    queue = fetch(reader, "/staff/safeguarding/")
    assert "A live poll" in queue.get_text(" ")
    case_page = fetch(reader, f"/staff/safeguarding/{case_id}")
    assert "he hits me" in case_page.get_text(" ")
    assert "What do you want at the next forum?" in case_page.get_text(" ")


def test_a_closed_poll_takes_no_answers(app, client):
    poll = _open_poll(app, client)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})
    phone = app.test_client()
    assert h1(fetch(phone, f"/p/{poll.code}")) == "This poll is closed"
    phone.post(f"/p/{poll.code}", data={"answer": "0"})
    assert _count(app, poll) == 0


def test_ranking_and_choosing_up_to_three(app, client):
    poll = _open_poll(app, client, kind="rank")
    page = _answer(app, app.test_client(), poll, status=400, place_0="1", place_1="1", place_2="2")
    assert error_summary(page) == ["Give each answer a different place"]
    _answer(app, app.test_client(), poll, place_0="2", place_1="3", place_2="1")
    with app.app_context():
        assert db.session.scalar(select(PollAnswer.choices).where(PollAnswer.poll_id == poll.id)) == [2, 0, 1]
    three = _open_poll(app, app.test_client(), council="Threeshire", kind="up-to-three", options="A\nB\nC\nD")
    page = _answer(app, app.test_client(), three, status=400, answer=["0", "1", "2", "3"])
    assert error_summary(page) == ["Choose up to 3 answers"]
    _answer(app, app.test_client(), three, answer=["0", "3"])
    assert _count(app, three) == 1


def test_a_code_typed_with_spaces_and_lower_case_finds_the_poll(app, client):
    poll = _open_poll(app, client)
    phone = app.test_client()
    page = fetch(phone, "/p")
    typed = f"{poll.code[:3].lower()} {poll.code[3:]}"
    fetch(
        phone,
        "/p",
        method="post",
        status=302,
        redirects_to=f"/p/{poll.code}",
        data={"code": typed, "csrf_token": _token(page)},
    )
    page = fetch(phone, "/p")
    page = fetch(phone, "/p", method="post", status=400, data={"code": "ZZZZZZ", "csrf_token": _token(page)})
    assert error_summary(page) == ["Check the code on the screen and try again"]


def test_another_council_never_sees_or_acts_on_a_poll(app, client):
    poll = _open_poll(app, client)
    other = app.test_client()
    factories.worker_console(app, other, "Othershire")
    token = _token(fetch(other, "/staff/polls"))
    assert poll.question not in other.get("/staff/polls").get_data(as_text=True)
    for url in (f"/staff/polls/{poll.id}", f"/staff/polls/{poll.id}/projector"):
        assert other.get(url).status_code == 404
    for url in (f"/staff/polls/{poll.id}/close", f"/staff/polls/{poll.id}/tablet"):
        assert other.post(url, data={"csrf_token": token}).status_code == 404
    with app.app_context():
        assert db.session.get(Poll, poll.id).status == "open"


def test_a_group_from_another_council_is_refused(app, client):
    from participation.distribution.models import Group, GroupKind

    with app.app_context():
        theirs = factories.organisation("Theirshire")
        group = Group(organisation_id=theirs.id, name="Their forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9)
        db.session.add(group)
        db.session.commit()
        group_id = group.id
    factories.worker_console(app, client, "Ourshire")
    page = fetch(client, "/staff/polls")
    data = {"question": "Q?", "kind": "faces", "group": str(group_id), "csrf_token": _token(page)}
    assert client.post("/staff/polls", data=data).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Poll)) == 0


def test_board_members_cannot_run_polls(app, client):
    with app.app_context():
        org = factories.organisation("Boardshire")
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
    factories.sign_in(client, user, secret)
    assert client.get("/staff/polls").status_code == 403
    assert client.get(f"/staff/polls/{uuid.uuid4()}/projector").status_code == 403


def test_the_demo_has_three_live_polls_at_its_forums(app, client, runner):
    from participation.demo.cli import demo_cli
    from participation.distribution.models import Group

    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output
    assert "Live polls: /p/MEET26, /p/PATH26, /p/KEYS26 (3 created)" in result.output
    assert "(0 created)" in runner.invoke(demo_cli, ["load", "--responses", "0"]).output
    with app.app_context():
        polls = db.session.scalars(select(Poll).order_by(Poll.code)).all()
        groups = {poll.code: db.session.get(Group, poll.group_id).name for poll in polls}
        assert groups == {
            "KEYS26": "Care Leavers Forum",
            "MEET26": "Voices Together (children in care council)",
            "PATH26": "Care Leavers Forum",
        }
        assert not db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id.is_not(None))).all()
        keys = {poll.code: poll.screen_key for poll in polls}
    meeting = BeautifulSoup(client.get(f"/p/screen/{keys['MEET26']}").get_data(as_text=True), "html.parser")
    assert [cell.get_text(strip=True) for cell in meeting.select("td")] == ["8", "c", "c", "c"]
    words = BeautifulSoup(client.get(f"/p/screen/{keys['KEYS26']}").get_data(as_text=True), "html.parser")
    assert [item.get_text() for item in words.select("li")] == ["bills", "exciting", "freedom", "proud", "scary"]


def test_a_word_with_a_nul_or_a_right_to_left_override_is_kept_as_words(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    _answer(app, app.test_client(), poll, answer="pi\x00zza")
    _answer(app, app.test_client(), poll, answer="\u202egnos 🎵")
    with app.app_context():
        assert sorted(db.session.scalars(select(PollAnswer.word))) == ["pizza", "\u202egnos 🎵"]


def test_an_expired_token_keeps_the_answer_and_stores_nothing(app, client):
    poll = _open_poll(app, client)
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}", method="post", status=400, data={"answer": "2", "csrf_token": "expired"})
    assert "Nothing has been lost" in page.get_text(" ")
    assert page.find("input", {"name": "answer", "value": "2"}).has_attr("checked")
    assert error_summary(page) == []
    assert _count(app, poll) == 0


def test_a_face_scale_has_a_text_label_for_every_face_and_keeps_the_choice(app, client):
    poll = _open_poll(app, client, kind="faces", options="")
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}")
    labels = [label.get_text(" ", strip=True) for label in page.select("label.govuk-radios__label")]
    assert labels == ["😢 Really unhappy", "🙁 Unhappy", "😐 Okay", "🙂 Happy", "😀 Really happy"]
    page = fetch(phone, f"/p/{poll.code}", method="post", status=400, data={"answer": "3", "csrf_token": "expired"})
    assert page.find("input", {"name": "answer", "value": "3"}).has_attr("checked")


def test_the_figures_move_only_after_enough_new_answers(app, client):
    """The outside review watched the projector while one person answered: "Family time 7 -> 8" said what they chose.
    The figures are taken again only when at least the threshold (5) of new answers has come in."""
    poll = _open_poll(app, client)
    with app.app_context():
        key = db.session.get(Poll, poll.id).screen_key

    def shown() -> tuple[list[str], str]:
        page = BeautifulSoup(client.get(f"/p/screen/{key}").get_data(as_text=True), "html.parser")
        return [cell.get_text(strip=True) for cell in page.select("td")], page.get_text(" ", strip=True)

    for choice in "00000":
        _answer(app, app.test_client(), poll, answer=choice)
    first, _ = shown()
    assert first == ["5", "0", "0"]
    for choice in "1111":
        _answer(app, app.test_client(), poll, answer=choice)
        cells, text = shown()
        assert cells == first, "one answer moved the figures"
        assert "These figures count the first 5 answers" in text
    _answer(app, app.test_client(), poll, answer="1")
    assert shown()[0] == ["5", "5", "0"]
    with app.app_context():
        row = db.session.get(Poll, poll.id)
        assert row.shown_count == 10 and len(row.shown_choices) == 10


def test_of_two_answers_arriving_together_only_one_takes_the_figures(app, client):
    from participation.polls import services

    poll = _open_poll(app, client)
    with app.app_context():
        row = db.session.get(Poll, poll.id)
        for number in range(6):
            db.session.add(
                PollAnswer(poll_id=row.id, organisation_id=row.organisation_id, device=f"d{number}", choices=[0])
            )
        db.session.flush()
        services.take_figures(row, 5)
        assert row.shown_count == 6 or db.session.scalar(select(Poll.shown_count).where(Poll.id == row.id)) == 6
        # The next answer, seen by a request that counted before the first one's figures were taken: nothing moves.
        db.session.add(PollAnswer(poll_id=row.id, organisation_id=row.organisation_id, device="d6", choices=[1]))
        db.session.flush()
        services.take_figures(row, 5)
        assert db.session.scalar(select(Poll.shown_count).where(Poll.id == row.id)) == 6
        db.session.rollback()


def test_a_lone_cutting_or_ending_it_is_flagged_in_a_word_poll_but_cutting_hair_is_not(app, client):
    """A one-word answer has no context: "cutting" or "ending it" alone goes to the safeguarding lead, never to the
    projector; "cutting hair" and "ending" are ordinary answers a worker can approve."""
    poll = _open_poll(app, client, kind="word", options="")
    for word in ["cutting", "ending it", "cutting hair", "ending", "pizza"]:
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).all()
        kept = sorted(case.kept["answers"][0]["text"] for case in cases)
        terms = {case.kept["answers"][0]["text"]: case.kept["answers"][0]["risk_terms"] for case in cases}
    assert states == {
        "cutting": WordState.FLAGGED,
        "ending it": WordState.FLAGGED,
        "cutting hair": WordState.WAITING,
        "ending": WordState.WAITING,
        "pizza": WordState.WAITING,
    }
    assert kept == ["cutting", "ending it"]
    assert terms["cutting"] == ["cutting (self-harm)"]


def test_a_worker_sends_a_word_the_screen_missed_to_the_safeguarding_lead_and_it_is_never_shown(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    for word in ("the bridge", "pizza"):
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        rows = {row.word: row for row in db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == poll.id))}
    assert rows["the bridge"].word_state == WordState.WAITING  # the screen let it through
    page = fetch(client, f"/staff/polls/{poll.id}")
    token = _token(page)
    missed = rows["the bridge"].id
    fetch(client, f"/staff/polls/{poll.id}/words/{missed}/show", method="post", status=302, data={"csrf_token": token})
    response = client.post(f"/staff/polls/{poll.id}/words/{missed}/safeguarding", data={"csrf_token": token})
    assert response.status_code == 302
    assert "marked “found by a person”" in fetch(client, response.headers["Location"]).get_text(" ")
    with app.app_context():
        case = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).one()
        assert case.found_by_person and case.opened_by_id is not None
        assert case.kept["answers"][0]["text"] == "the bridge"
        assert db.session.get(PollAnswer, missed).word_state == WordState.FLAGGED
    # Shown before, it is off the projector now; and it cannot be sent twice or shown again.
    projector = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert "the bridge" not in projector.get_text(" ")
    for action in ("safeguarding", "show"):
        url = f"/staff/polls/{poll.id}/words/{missed}/{action}"
        assert client.post(url, data={"csrf_token": token}).status_code == 404


def test_what_won_is_named_only_where_the_figures_shown_prove_it(app, client):
    """The outside review of the forums and meetings: "Most chosen: No" over "Yes" at 4 to 1 of 5, every count hidden,
    said that No had at least 3. A leader is named only where its own count is shown and is more than any other
    option's could be (a hidden count is at most the total less the shown counts), so naming it tells nothing the
    figures do not; the projector, the worker's page, the board's results and an action drawn from the poll agree."""
    from participation.polls.services import tabulate

    def named(kind, labels, picks):
        return tabulate(kind, labels, [(list(pick), None, None) for pick in picks], 5).leader

    # 4 to 1 of 5, and a room of ten at 6, 2, 1 and 1: every count hidden, so nothing is named.
    assert named(PollKind.ONE, ["No", "Yes"], [[0]] * 4 + [[1]]) is None
    assert named(PollKind.ONE, ["A", "B", "C", "D"], [[0]] * 6 + [[1], [1], [2], [3]]) is None
    # 12, 6, 1 and 1 of 20: the ones are hidden and the 6 with them; the 12 is shown and more than the 8 hidden.
    assert named(PollKind.ONE, ["A", "B", "C", "D"], [[0]] * 12 + [[1]] * 6 + [[2], [3]]) == "A"
    # 7, 6 and 2 of 15: the 7 is shown, but the 6 and the 2 hidden beside it make 8; naming A would say B < 7.
    assert named(PollKind.ONE, ["A", "B", "C"], [[0]] * 7 + [[1]] * 6 + [[2]] * 2) is None
    # A tie names nothing; choosing up to three names a leader only where no count is hidden.
    assert named(PollKind.ONE, ["A", "B"], [[0]] * 5 + [[1]] * 5) is None
    assert named(PollKind.UP_TO_THREE, ["A", "B", "C"], [[0, 1]] * 6 + [[0]] * 5 + [[2]]) is None
    assert named(PollKind.UP_TO_THREE, ["A", "B", "C"], [[0, 1]] * 6 + [[0]] * 5 + [[2]] * 5) == "A"

    poll = _open_poll(app, client, options="No\nYes\nMaybe")
    for choice in "00001":
        _answer(app, app.test_client(), poll, answer=choice)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})

    def surfaces() -> dict[str, str]:
        found = {
            "worker's page": fetch(client, f"/staff/polls/{poll.id}").get_text(" ", strip=True),
            "projector": fetch(client, f"/staff/polls/{poll.id}/projector").get_text(" ", strip=True),
            "board's results": fetch(client, "/staff/polls/results").get_text(" ", strip=True),
        }
        form = fetch(client, f"/staff/we-did/from-poll/{poll.id}")
        found["action"] = form.find("textarea", {"name": "evidence_note"}).get_text()
        return found

    for where, text in surfaces().items():
        assert "Most chosen" not in text, where
    # Fifteen more: No 12, Yes 6 and Maybe 2 of 20. The 2 is hidden and the 6 with it; the 12 is shown and more
    # than the 8 they make.
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/open", method="post", status=302, data={"csrf_token": _token(page)})
    for choice in "000000001111122":
        _answer(app, app.test_client(), poll, answer=choice)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})
    for where, text in surfaces().items():
        assert "Most chosen: No" in text, where
    projector = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert [cell.get_text(strip=True) for cell in projector.select("td")] == ["12", "c", "c"]


def test_a_ranking_keeps_the_order_the_options_were_given(app, client):
    """A ranking ordered its rows by each option's mean place: with two options that is the count who ranked each
    first, so the order gave away hidden counts. Rows keep the worker's order; what was ranked first most often is
    named under the rule for every poll."""
    from participation.polls.services import tabulate

    labels = ["Trips", "Food", "Music"]
    few = tabulate(PollKind.RANK, labels, [([1, 0, 2], None, None)] * 4 + [([2, 1, 0], None, None)], 5)
    assert [row.label for row in few.rows] == labels and few.leader is None
    two = tabulate(PollKind.RANK, ["Yes", "No"], [([1, 0], None, None)] * 4 + [([0, 1], None, None)], 5)
    assert [row.label for row in two.rows] == ["Yes", "No"] and [str(row.cell) for row in two.rows] == ["c", "c"]
    many = tabulate(PollKind.RANK, labels, [([1, 0, 2], None, None)] * 9 + [([2, 1, 0], None, None)] * 5, 5)
    assert [row.label for row in many.rows] == labels and many.leader == "Food"
    poll = _open_poll(app, client, kind="rank", options="Trips\nFood\nMusic")
    for _ in range(6):
        _answer(app, app.test_client(), poll, place_0="2", place_1="1", place_2="3")
    page = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert [row.th.get_text(strip=True) for row in page.select("#poll-results tbody tr")] == labels
    assert page.select_one("[data-leader]").get_text(" ", strip=True) == "Ranked first most often: Food"


def test_a_closed_poll_offers_no_tablet_and_an_open_one_says_it_signs_the_worker_out(app, client):
    poll = _open_poll(app, client)
    page = fetch(client, f"/staff/polls/{poll.id}")
    button = page.find("button", string="Pass this device round the room")
    assert page.find(id=button["aria-describedby"]).get_text().startswith("Passing this device round signs you out")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})
    page = fetch(client, f"/staff/polls/{poll.id}")
    assert page.find("button", string="Pass this device round the room") is None


def test_a_poll_is_read_in_the_language_the_phone_chose_and_counted_per_option(app, client):
    """A first-time worker's walk (issue 17): a poll could not be translated. A worker gives its question and options
    in other languages; a phone set to Polish reads them, each string in English where none was given (marked
    lang="en"); the answers count per option whatever the language."""
    from participation.audit.models import AuditEvent
    from participation.polls import services

    poll = _open_poll(app, client)
    page = fetch(client, f"/staff/polls/{poll.id}")
    link = page.find("a", string="Translate the poll")
    assert link["href"] == f"/staff/polls/{poll.id}/translate"
    form = fetch(client, link["href"])
    assert form.find("label", {"for": "option_0_pl"}).get_text(strip=True) == "‘Food’ in Polski"
    data = {
        "question_pl": "Czego chcesz na następnym forum?",
        "option_0_pl": "Jedzenie",
        "option_1_pl": "",  # not translated: read in English
        "option_2_pl": "Czas z rodziną",
        "question_ar": "ماذا تريد في المنتدى القادم؟",
        "csrf_token": _token(form),
    }
    fetch(client, link["href"], method="post", status=302, data=data, redirects_to=f"/staff/polls/{poll.id}")
    summary = fetch(client, f"/staff/polls/{poll.id}").get_text(" ", strip=True)
    assert "Translated into: " + ", ".join(["العربية", "Polski"]) + "." in summary
    with app.app_context():
        saved = db.session.get(Poll, poll.id)
        assert saved.texts["pl"] == {
            "question": "Czego chcesz na następnym forum?",
            "options": ["Jedzenie", "", "Czas z rodziną"],
        }
        assert saved.texts["ar"]["options"] == ["", "", ""]
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "poll-translated")).one()
        assert event.detail["languages"] == "ar,pl"

    polish = app.test_client()
    page = fetch(polish, f"/p/{poll.code}?lang=pl")
    assert h1(page) == "Czego chcesz na następnym forum?"
    labels = {label["for"]: label for label in page.select("label.govuk-radios__label")}
    assert [label.get_text(strip=True) for label in labels.values()] == ["Jedzenie", "School", "Czas z rodziną"]
    assert [span["lang"] for span in page.select("label.govuk-radios__label span[lang]")] == ["en"]
    _answer(app, polish, poll, answer="2")
    # In Arabic the question is translated, the options fall back to English; in English nothing changes.
    arabic = fetch(app.test_client(), f"/p/{poll.code}?lang=ar")
    assert h1(arabic) == "ماذا تريد في المنتدى القادم؟"
    assert h1(fetch(app.test_client(), f"/p/{poll.code}")) == "What do you want at the next forum?"
    for choice in ("2", "2", "2", "0"):
        _answer(app, app.test_client(), poll, answer=choice)
    with app.app_context():
        found = services.results(db.session.get(Poll, poll.id), 5)
    # The Polish "Czas z rodziną" and the English "Family time" are one option: 4 of 5 chose it (hidden, so it is not
    # named as chosen most either).
    assert [(row.label, str(row.cell)) for row in found.rows] == [("Food", "c"), ("School", "0"), ("Family time", "c")]
    assert found.leader is None


def test_a_translation_too_long_keeps_what_was_typed(app, client):
    poll = _open_poll(app, client)
    url = f"/staff/polls/{poll.id}/translate"
    form = fetch(client, url)
    page = fetch(
        client,
        url,
        method="post",
        status=400,
        data={"question_pl": "x" * 201, "option_0_pl": "Jedzenie", "csrf_token": _token(form)},
    )
    assert error_summary(page) == ["The question must be 200 characters or fewer"]
    assert page.find("input", {"name": "option_0_pl"})["value"] == "Jedzenie"
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts == {}


def test_two_people_translating_a_poll_at_once_never_undo_each_other(app, client):
    """The second outside review: worker A saved the Welsh, worker B then saved Polish from a page opened before,
    and the Welsh was wiped (phones in Welsh read English again). A language left as it was on the page keeps what
    is saved when Save is pressed; a language someone changed takes their words."""
    poll = _open_poll(app, client)
    url = f"/staff/polls/{poll.id}/translate"
    first, second = fetch(client, url), fetch(client, url)  # two pages open at once

    def sent(page, **words):  # type: ignore[no-untyped-def]
        fields = {field["name"]: field.get("value", "") for field in page.select("form input[name]")}
        return {**fields, **words, "csrf_token": _token(page)}

    fetch(client, url, method="post", status=302, data=sent(first, question_cy="Beth wyt ti eisiau yn y fforwm nesaf?"))
    fetch(client, url, method="post", status=302, data=sent(second, question_pl="Czego chcesz na następnym forum?"))
    with app.app_context():
        texts = db.session.get(Poll, poll.id).texts
    assert texts["cy"]["question"] == "Beth wyt ti eisiau yn y fforwm nesaf?"
    assert texts["pl"]["question"] == "Czego chcesz na następnym forum?"
    # Clearing a language on a page drawn with it still removes it.
    page = fetch(client, url)
    fetch(client, url, method="post", status=302, data=sent(page, question_cy=""))
    with app.app_context():
        assert set(db.session.get(Poll, poll.id).texts) == {"pl"}


def _sent(page, **words) -> dict[str, str]:
    """The translation page's boxes as drawn, with ``words`` typed over them."""
    fields = {field["name"]: field.get("value", "") for field in page.select("form input[name]")}
    return {**fields, **words, "csrf_token": _token(page)}


def _boxes(page) -> dict[str, str]:
    return {field["name"]: field.get("value", "") for field in page.select("form input[type=text]")}


def test_two_options_given_the_same_words_in_a_language_are_refused_keeping_everything_typed(app, client):
    """A phone must never show two identical choices: two options given the same words in one language (whatever
    their case or spacing), or one given the words another option shows in English there, are refused on the box,
    with every box on the page (every language) as typed, and nothing saved."""
    poll = _open_poll(app, client)  # Food, School, Family time
    url = f"/staff/polls/{poll.id}/translate"
    typed = {
        "question_cy": "Beth wyt ti eisiau yn y fforwm nesaf?",
        "option_0_cy": "Bwyd",
        "question_pl": "Czego chcesz na następnym forum?",
        "option_0_pl": "Jedzenie",
        "option_2_pl": "  jedZENIE ",  # the same words as option 0 but for case and spacing
        "option_0_ar": "school",  # the words option 1 shows in Arabic, where it has none of its own
    }
    page = fetch(client, url, method="post", status=400, data=_sent(fetch(client, url), **typed))
    assert error_summary(page) == [
        "‘Food’ reads the same as ‘Family time’ in Polski. Give each answer different words, so a phone never "
        "shows two the same.",
        "‘Family time’ reads the same as ‘Food’ in Polski. Give each answer different words, so a phone never "
        "shows two the same.",
        "‘Food’ reads the same as ‘School’ in العربية. Give each answer different words, so a phone never shows two "
        "the same.",
    ]
    assert page.title.get_text().startswith("Error: ")
    assert page.select_one("#option_2_pl-error").get_text(" ", strip=True).startswith("Error: ‘Family time’ reads")
    boxes = _boxes(page)
    assert {name: boxes[name] for name in typed} == {name: value.strip() for name, value in typed.items()}
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts == {}
    # Different words are saved.
    typed |= {"option_2_pl": "Czas z rodziną", "option_0_ar": "طعام"}
    fetch(client, url, method="post", status=302, data=_sent(fetch(client, url), **typed))
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts["pl"]["options"] == ["Jedzenie", "", "Czas z rodziną"]


def test_words_answered_in_a_language_stay_as_they_were_read(app, client):
    """Answers count per option, whatever the language: an answer given in Polish was given to the Polish words. Once
    someone has answered in Polish, its saved words (question and options) stay, or what a counted answer meant would
    change; an empty Polish box may still be filled (it read in English), and a language nobody has answered in (or
    a new one) may still change: a typo in Arabic can be put right until someone answers in Arabic."""
    poll = _open_poll(app, client)
    url = f"/staff/polls/{poll.id}/translate"
    page = fetch(client, url)
    assert "Until someone answers in a language, you can change its words" in page.get_text(" ", strip=True)
    polish = {"question_pl": "Czego chcesz na następnym forum?", "option_0_pl": "Jedzenie", "option_2_pl": "Czas"}
    fetch(client, url, method="post", status=302, data=_sent(page, **polish, option_0_ar="طعامم"))
    phone = app.test_client()
    fetch(phone, f"/p/{poll.code}?lang=pl")
    _answer(app, phone, poll, answer="2")
    _answer(app, app.test_client(), poll, answer="0")  # in English: no language's words are fixed by it
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts["pl"]["answered"] is True
        assert "answered" not in db.session.get(Poll, poll.id).texts["ar"]

    page = fetch(client, url)
    assert page.find(id="answered-pl") is not None and page.find(id="answered-ar") is None
    for change, message in (
        ({"option_2_pl": "Czas z rodziną"}, "so ‘Family time’ keeps the words they read"),
        ({"option_0_pl": "jedzenie"}, "so ‘Food’ keeps the words they read"),
        ({"question_pl": "Co chcesz?"}, "so the question keeps the words they read"),
        ({"question_pl": "", "option_0_pl": "", "option_2_pl": ""}, "so the question keeps the words they read"),
    ):
        refused = fetch(client, url, method="post", status=400, data=_sent(page, **change))
        assert any(message in line for line in error_summary(refused)), error_summary(refused)
        assert all("Someone has already answered in Polski" in line for line in error_summary(refused))
        assert {name: _boxes(refused)[name] for name in change} == change
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts["pl"]["options"] == ["Jedzenie", "", "Czas"]

    # The empty Polish box, the Arabic typo and a new language are all still open to change.
    fetch(
        client,
        url,
        method="post",
        status=302,
        data=_sent(page, option_1_pl="Szkoła", option_0_ar="طعام", question_cy="Beth wyt ti eisiau?"),
    )
    with app.app_context():
        texts = db.session.get(Poll, poll.id).texts
    assert texts["pl"] == {
        "question": "Czego chcesz na następnym forum?",
        "options": ["Jedzenie", "Szkoła", "Czas"],
        "answered": True,
    }
    assert texts["ar"]["options"][0] == "طعام"
    assert texts["cy"]["question"] == "Beth wyt ti eisiau?"


def test_an_answer_given_to_words_changed_since_is_asked_again(app, client):
    """A phone drew the Polish poll, then the worker put right a Polish word before anyone had answered in Polish:
    the answer sent from the page drawn before is not counted, but shown again with the new words and the choice
    kept, and counts when sent again."""
    poll = _open_poll(app, client)
    url = f"/staff/polls/{poll.id}/translate"
    fetch(client, url, method="post", status=302, data=_sent(fetch(client, url), option_2_pl="Czas z rodzina"))
    phone = app.test_client()
    drawn = fetch(phone, f"/p/{poll.code}?lang=pl")
    assert [label.get_text(strip=True) for label in drawn.select("label.govuk-radios__label")][2] == "Czas z rodzina"
    fetch(client, url, method="post", status=302, data=_sent(fetch(client, url), option_2_pl="Czas z rodziną"))
    words = drawn.find("input", {"name": "words"})["value"]
    again = fetch(
        phone,
        f"/p/{poll.code}",
        method="post",
        status=400,
        data={"answer": "2", "words": words, "csrf_token": _token(drawn)},
    )
    english = "The words on this page have just changed. Check your answer, then send it again."
    with app.test_request_context(), force_locale("pl"):
        changed = gettext(english)
    assert error_summary(again) == [changed] and changed != english  # in the phone's language
    assert [label.get_text(strip=True) for label in again.select("label.govuk-radios__label")][2] == "Czas z rodziną"
    assert again.find("input", {"name": "answer", "value": "2"}).has_attr("checked")
    assert again.select_one(".govuk-error-summary a")["href"] == "#answer"
    assert again.find(id="answer") is not None
    assert _count(app, poll) == 0
    fetch(phone, f"/p/{poll.code}", method="post", status=302, data=_sent(again, answer="2"))
    assert _count(app, poll) == 1
    with app.app_context():
        assert db.session.get(Poll, poll.id).texts["pl"]["answered"] is True


def test_a_word_with_contact_details_or_a_name_cannot_be_shown_on_the_projector(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    risky = {
        "07700900123": "phone number",
        "jayden.ok@gmail.com": "email address",
        "Jayden Okafor": "name",
        "SW1A 1AA": "postcode",
    }
    for word in [*risky, "pizza", "music", "games", "football"]:
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        rows = {row.word: row.id for row in db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == poll.id))}
    page = fetch(client, f"/staff/polls/{poll.id}")
    table = {
        row.select("td")[0].get_text(strip=True): row.select("td") for row in page.select("#words ~ table tbody tr")
    }
    for word, kind in risky.items():
        status, action = table[word][1], table[word][2]
        # No Show button: the reason instead, in words the worker reads.
        assert not [button for button in action.select("button") if button.get_text(" ", strip=True).startswith("Show")]
        # Not read yet, though: a person still reads it, and can say so without showing it.
        assert status.get_text(" ", strip=True).startswith("Not read yet")
        assert any(button.get_text(" ", strip=True).startswith("Mark as read") for button in action.select("button"))
        reason = action.select_one(".heard-poll__not-shown").get_text(" ", strip=True)
        assert reason.startswith("Cannot be shown on the projector") and kind in reason
        # Still one step to send it to the safeguarding lead.
        assert any("Send to the safeguarding lead" in button.get_text() for button in action.select("button"))
    assert table["pizza"][2].find("button").get_text(" ", strip=True).startswith("Show")
    # The server refuses a forged Show too, and says why.
    for word, kind in risky.items():
        response = client.post(f"/staff/polls/{poll.id}/words/{rows[word]}/show", data={"csrf_token": _token(page)})
        assert response.status_code == 302
        refused = fetch(client, response.headers["Location"])
        assert kind in refused.select_one(".govuk-error-summary").get_text(" ", strip=True)
    fetch(
        client,
        f"/staff/polls/{poll.id}/words/{rows['pizza']}/show",
        method="post",
        status=302,
        data={"csrf_token": _token(page)},
    )
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
    assert all(states[word] == WordState.WAITING for word in risky) and states["pizza"] == WordState.APPROVED
    projector = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert [item.get_text() for item in projector.select(".heard-poll__words li")] == ["pizza"]


# The fourth outside review (N2): words written to get past a filter went on the projector. Each is refused Show, on
# the page and by the server; the look-alikes beside them can still be shown.
DISGUISED_WORDS = {
    "jade thompson": "name",
    "JADE THOMPSON": "name",
    "j a d e thompson": "name",
    "J A D E": "name",
    "o7700 9oo 129": "phone number",
    "07700.900.129": "phone number",
    "oh seven seven double oh 9oo 129": "phone number",
    "my addy is 12 kingsway": "address",
    "come to 12 kingsway": "address",
    # The fifth outside review: each of these was offered Show, and two were shown.
    "thompson jade": "name",
    "jadethompson": "name",
    "ja-de thom-pson": "name",
    "0seven700 900 1two9": "phone number",
    "n e 1 4 s t": "postcode",
    "number twelve kingsway": "address",
    "THOMPSON JADE": "name",
    "no. 12 kingsway": "address",
}
PLAIN_WORDS = [
    "I love Chelsea",
    "SCHOOL IS BORING",
    "MORE TRIPS",
    "I am 15",
    "2 hours",
    "top 10",
    "Year 10 maths",
    "boring",
    "more trips",
    "will spain win",
    "hope taylor swift comes",
    "my nike trainers",
    "grace",
    "summer holidays",
    "one two three",
    "number one",
    "the number 12 bus",
    "a day out",
]


def test_names_numbers_and_addresses_written_to_get_past_a_filter_are_not_shown(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    for word in [*DISGUISED_WORDS, *PLAIN_WORDS]:
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        rows = {row.word: row.id for row in db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == poll.id))}
    page = fetch(client, f"/staff/polls/{poll.id}")
    table = {
        row.select("td")[0].get_text(strip=True): row.select("td") for row in page.select("#words ~ table tbody tr")
    }
    for word, kind in DISGUISED_WORDS.items():
        action = table[word][2]
        assert not [button for button in action.select("button") if button.get_text(" ", strip=True).startswith("Show")]
        assert kind in action.select_one(".heard-poll__not-shown").get_text(" ", strip=True), word
        response = client.post(f"/staff/polls/{poll.id}/words/{rows[word]}/show", data={"csrf_token": _token(page)})
        refused = fetch(client, response.headers["Location"])
        assert kind in refused.select_one(".govuk-error-summary").get_text(" ", strip=True), word
    for word in PLAIN_WORDS:
        assert table[word][2].find("button").get_text(" ", strip=True).startswith("Show"), word
        fetch(
            client,
            f"/staff/polls/{poll.id}/words/{rows[word]}/show",
            method="post",
            status=302,
            data={"csrf_token": _token(page)},
        )
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
    assert all(states[word] == WordState.WAITING for word in DISGUISED_WORDS)
    projector = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert sorted(item.get_text() for item in projector.select(".heard-poll__words li")) == sorted(PLAIN_WORDS)


def test_a_word_approved_before_the_check_is_kept_off_the_projector(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    for word in ("07700900123", "pizza", "music", "games", "football"):
        _answer(app, app.test_client(), poll, answer=word)
    with app.app_context():
        # Approved by an older release, which did not check.
        db.session.execute(
            PollAnswer.__table__.update().where(PollAnswer.poll_id == poll.id).values(word_state=WordState.APPROVED)
        )
        db.session.commit()
        screen_key = db.session.get(Poll, poll.id).screen_key
    projector = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert [item.get_text() for item in projector.select(".heard-poll__words li")] == [
        "football",
        "games",
        "music",
        "pizza",
    ]
    assert "07700900123" not in app.test_client().get(f"/p/screen/{screen_key}").get_data(as_text=True)
    # The worker can still hide it; it is listed as not shown.
    page = fetch(client, f"/staff/polls/{poll.id}")
    row = next(tr for tr in page.select("#words ~ table tbody tr") if "07700900123" in tr.get_text())
    assert row.select("td")[1].get_text(strip=True) == "Not shown"


def test_the_projector_has_no_way_back_into_the_console(app, client):
    """The projector page runs in the worker's signed-in browser in front of the room: no staff menu, no link to
    the poll's page (which lists words sent to the safeguarding lead), no link home, no "signed in as"."""
    poll = _open_poll(app, client, kind="word", options="")
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    for page in (fetch(client, f"/staff/polls/{poll.id}/projector"), fetch(client, f"/p/screen/{screen_key}/page")):
        assert not page.select("nav.heard-staff-nav") and not page.select(".govuk-back-link")
        links = [link["href"] for link in page.select("a[href]")]
        # Only the page itself in another language, never another staff page.
        here = f"/staff/polls/{poll.id}/projector?lang="
        into_console = [
            href for href in links if (href.startswith("/staff") and not href.startswith(here)) or href == "/"
        ]
        assert not into_console, into_console
        assert f"/p/screen/{screen_key}/page" in links  # the reload link is still there
        assert "Signed in as" not in page.get_text(" ")
        assert page.select_one(".heard-header__org").name == "span"
    # The worker's own pages keep their menu and header link.
    poll_page = fetch(client, f"/staff/polls/{poll.id}")
    assert poll_page.select("nav.heard-staff-nav") and poll_page.select_one(".heard-header__org").name == "a"


def test_a_closed_polls_projector_says_it_has_ended_and_shows_no_figures(app, client):
    poll = _open_poll(app, client)
    for choice in ("0", "0", "1", "1", "2", "0"):
        _answer(app, app.test_client(), poll, answer=choice)
    with app.app_context():
        screen_key = db.session.get(Poll, poll.id).screen_key
    stranger = app.test_client()
    assert "Answers: 5" in stranger.get(f"/p/screen/{screen_key}").get_data(as_text=True)
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(page)})
    # What the open projector's script reads next: that it has ended, never a figure.
    response = stranger.get(f"/p/screen/{screen_key}")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    fragment = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert fragment.select_one("[data-ended]").get_text(strip=True).startswith("This poll has ended")
    assert not fragment.select("table, td, li") and "Answers" not in fragment.get_text()
    ended = fetch(stranger, f"/p/screen/{screen_key}/page")
    assert h1(ended) == "This poll has ended"
    text = ended.get_text(" ", strip=True)
    assert "Answers" not in text and "Food" not in text and not ended.select("table, [data-poll-results]")
    assert not ended.select(".heard-projector__code") and not ended.find("noscript")
    # The worker, signed in, can still put the final results up: once, with nothing that reads them again by the
    # key, and no code to answer with.
    final = fetch(client, f"/staff/polls/{poll.id}/projector")
    assert final.select_one("[data-ended]").get_text(strip=True).startswith("This poll has ended")
    assert "Answers: 5" in final.get_text(" ") and final.select("#poll-results table")
    assert not final.select("[data-poll-results]") and not final.find("noscript")
    assert not final.select(".heard-projector__code") and screen_key not in str(final)
    # The worker still reads the results on the poll's own page, and anyone in the council on the results page.
    assert "Answers: 5" in fetch(client, f"/staff/polls/{poll.id}").get_text(" ")
    # Opened again, the projector works again.
    page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/open", method="post", status=302, data={"csrf_token": _token(page)})
    assert "Answers: 5" in stranger.get(f"/p/screen/{screen_key}").get_data(as_text=True)


def test_the_worker_is_told_when_answers_outnumber_the_young_people_in_the_group(app, client):
    """One answer per phone rests on the phone's cookie (a cleared cookie or a private tab answers again: the outside
    review, F3). The worker's page says so when the answers outnumber the group's recorded size, with no figure."""
    from participation.distribution.models import Group, GroupKind

    poll = _open_poll(app, client)
    with app.app_context():
        row = db.session.get(Poll, poll.id)
        group = Group(organisation_id=row.organisation_id, name="Small forum", kind=GroupKind.CARE_LEAVERS_FORUM)
        group.cohort_size = 3
        db.session.add(group)
        db.session.flush()
        row.group_id = group.id
        db.session.commit()
    warning = "more answers than young people in the group"
    for number in range(3):
        _answer(app, app.test_client(), poll, answer=str(number % 3))
    assert warning not in fetch(client, f"/staff/polls/{poll.id}").get_text(" ")
    _answer(app, app.test_client(), poll, answer="0")  # a fourth phone, or the same one with its cookies cleared
    page = fetch(client, f"/staff/polls/{poll.id}")
    assert warning in page.select_one(".govuk-warning-text").get_text(" ")
    assert fetch(client, f"/staff/polls/{poll.id}/projector").find(class_="govuk-warning-text") is None
