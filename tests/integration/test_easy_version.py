"""The easy version ("Simpler words and pictures"): chosen by the young person or opened by an invite card, in every
age band, with the simplest wording, a picture beside every answer and pictures to pick instead of typing."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag
from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis import services as analysis_services
from participation.analysis.models import AnswerAnalysis, AnswerTheme, SafeguardingCase
from participation.demo.cli import demo_cli
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Draft, Response
from participation.surveys import pictures
from participation.surveys.bank import bank_question
from participation.surveys.models import AgeBand, Consultation
from tests import factories
from tests.console import Console
from tests.journey import Journey


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


def _draft(app) -> Draft:
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        assert draft is not None
        db.session.expunge(draft)
        return draft


def _easy(page: BeautifulSoup) -> bool:
    return "heard-easy" in (page.select_one("body").get("class") or [])


def _pictured(label: Tag) -> bool:
    """A decorative picture beside the words: an image with empty alt text, or an SVG hidden from screen readers."""
    image = label.select_one("img.heard-picture")
    drawn = label.select_one("svg.heard-face")
    words = label.select_one(".heard-option__text")
    return (
        words is not None
        and bool(words.get_text(strip=True))
        and (
            (image is not None and image.get("alt") == "" and image["src"].startswith("/static/build/symbols/"))
            or (drawn is not None and drawn.get("aria-hidden") == "true")
        )
    )


def _answer_labels(page: BeautifulSoup) -> list[Tag]:
    return page.select("main .govuk-radios__label, main .govuk-checkboxes__label")


def test_chosen_on_the_start_page_kept_with_the_draft_and_turned_off_on_a_question(app, client, demo):
    journey = Journey(client, "demo")
    page = journey.get("/s/demo?band=12-17")
    assert not _easy(page)
    assert page.select_one(".heard-easy-switch button").get_text(strip=True) == "Simpler words and pictures"
    page = journey.switch_easy(True)
    assert journey.path == "/s/demo" and _easy(page)
    assert page.select_one(".heard-easy-switch button").get_text(strip=True) == "Back to the usual words"
    assert len(page.select(".heard-easy-read li img[alt='']")) == 6  # one picture a promise
    page = journey.submit_current()
    assert journey.path == "/s/demo/q/1" and _easy(page)
    # The simplest wording the consultation has (the youngest band's), with the band's own five answers.
    assert "Do grown-ups listen to you?" in journey.h1()
    assert [label.get_text(strip=True) for label in _answer_labels(page)] == [
        "Always",
        "Mostly",
        "Sometimes",
        "Hardly ever",
        "Never",
    ]
    assert _draft(app).easy and _draft(app).age_band == "12-17"

    page = journey.switch_easy(False)
    assert journey.path == "/s/demo/q/1" and not _easy(page)
    assert "Do you feel listened to?" in journey.h1()
    assert not _draft(app).easy
    journey.switch_easy(True)
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        response = db.session.scalar(select(Response))
        # Answered in the easy version; the age band stays the young person's own for reporting.
        assert response.easy and response.age_band == "12-17"


def test_a_switch_pressed_while_changing_an_answer_comes_back_to_it(app, client, demo):
    journey = Journey(client, "demo")
    journey.start("8-11")
    journey.answer_current()
    journey.get("/s/demo/q/1?change=1")
    journey.switch_easy(True)
    assert journey.response.request.full_path.startswith("/s/demo/q/1?change=1")
    assert journey.page.select_one(".govuk-back-link")["href"] == "/s/demo/check"


def test_the_switch_needs_its_token_and_goes_only_to_the_journeys_pages(app, client, demo):
    journey = Journey(client, "demo")
    journey.get("/s/demo?band=care-leavers")
    # Without the page's token (a stale page, or a post from another site) nothing changes, kindly: back to the page,
    # with a fresh token, where pressing again works.
    response = client.post("/s/demo/easy", data={"easy": "on", "page": "start"})
    assert response.status_code == 302 and response.location.endswith("/s/demo")
    assert not _easy(journey.get("/s/demo"))
    assert _easy(journey.switch_easy(True))
    for page in ("https://example.org/", "//example.org", "/staff", "0", "-1", "check"):
        response = client.post("/s/demo/easy", data={"easy": "on", "page": page, "csrf_token": journey.token()})
        assert response.status_code == 302
        assert response.location.split("?")[0] == "/s/demo", (page, response.location)


@pytest.mark.parametrize("band", [band.value for band in AgeBand])
def test_reachable_from_every_band_with_a_picture_beside_every_answer(app, client, demo, band):
    journey = Journey(client, "demo")
    page = journey.start(band, easy=True)
    kinds_seen = set()
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        assert _easy(page), journey.path
        labels = _answer_labels(page)
        assert labels, journey.path
        unpictured = [label.get_text(strip=True) for label in labels if not _pictured(label)]
        assert unpictured == [], (journey.path, unpictured)
        if page.select("input[name=pictures]"):
            kinds_seen.add("pictures")
            # Pictures instead of typing: the box stays and may stay empty.
            assert page.select_one("[name=answer]").get("required") is None
        else:
            kinds_seen.add(page.select_one("input[name=answer]")["type"])
        journey.answer_current()
        page = journey.page
    assert journey.path.endswith("/check")
    several = bank_question("help-with")["bands"]  # the demo's one "choose all that fit" question
    assert kinds_seen == ({"radio", "checkbox", "pictures"} if band in several else {"radio", "pictures"})


def test_parents_and_carers_keep_their_own_words(app, client, demo):
    """A child's wording of a question asks a parent something else: their easy version keeps their words."""
    journey = Journey(client, "demo")
    journey.start("parents-carers", easy=True)
    assert bank_question("listened-to")["title"]["en"]["parents-carers"] in journey.h1()
    assert _easy(journey.page)


def test_an_invite_batch_made_for_the_easy_version_opens_it(app, client):
    with app.app_context():
        org = factories.organisation("Easyshire")
        consultation = factories.consultation(org, code="easy")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    console = Console(client)
    console.get(f"/staff/consultations/{consultation.id}/invites")
    assert console.page.select_one("input[name=easy]") is not None
    cards = console.submit({"count": "2", "band": "8-11", "group": "", "identifiers": "", "easy": "y"})
    easy_codes = [card.get_text(strip=True) for card in cards.select(".heard-card__code")]
    assert len(cards.select(".heard-card__easy")) == 2  # each card says it opens the easy version
    console.get(f"/staff/consultations/{consultation.id}/invites")
    cards = console.submit({"count": "1", "band": "8-11", "group": "", "identifiers": ""})
    usual_code = cards.select_one(".heard-card__code").get_text(strip=True)
    assert not cards.select(".heard-card__easy")
    reach = console.get(f"/staff/consultations/{consultation.id}/reach")
    assert len(reach.find_all(string="Easy version")) == 1

    child = Journey(app.test_client(), "easy")
    child.get(f"/i/{easy_codes[0].replace('-', '')}")
    assert child.path == "/s/easy" and _easy(child.page)
    child.submit_current()
    assert _easy(child.page) and _draft(app).easy
    # They can still turn it off.
    child.switch_easy(False)
    assert not _easy(child.page) and not _draft(app).easy

    # A card from another batch, on a device that had the easy version: its holder starts with the usual words.
    shared = Journey(app.test_client(), "easy")
    shared.get(f"/i/{easy_codes[1].replace('-', '')}")
    assert _easy(shared.page)
    shared.client.post("/s/easy/again", data={"csrf_token": shared.token()})
    shared.get(f"/i/{usual_code.replace('-', '')}")
    assert not _easy(shared.page)


def _to_best_thing(journey: Journey, band: str = "12-17") -> None:
    journey.start(band, easy=True)
    for _ in range(20):
        if journey.page.select("input[name=pictures]"):
            return
        journey.answer_current()
    raise AssertionError("no free-text question")


def test_free_text_skipped_with_pictures_is_stored_read_and_shown_to_staff(app, client, demo):
    journey = Journey(client, "demo")
    _to_best_thing(journey)
    assert journey.page.select_one("legend").get_text(strip=True) == "Choose a picture"
    picked = ["happy", "family"]
    journey.submit_current([("pictures", value) for value in picked] + [("answer", "")])
    assert journey.response.status_code == 200 and "/q/" in journey.path
    assert _draft(app).answers["best-thing"]["pictures"] == picked
    # Going back shows them picked.
    journey.get("/s/demo/q/12")
    assert [box["value"] for box in journey.page.select("input[name=pictures][checked]")] == picked
    journey.get("/s/demo/q/13")
    for _ in range(5):
        if journey.path.endswith("/check"):
            break
        journey.answer_current(text="")
    assert "Happy, My family" in journey.page.select_one(".govuk-summary-list").get_text(" ")
    journey.submit_current()
    # The young person sees them again with their secret code.
    code = journey.page.select_one(".heard-receipt").get_text(strip=True)
    journey.get("/receipt")
    rows = journey.submit_current({"code": code}).select(".govuk-summary-list__value")
    assert "Happy, My family" in [row.get_text(" ", strip=True) for row in rows]
    with app.app_context():
        # Analysed again after the word lists change, they are still read as their words.
        assert analysis_services.rerun()[0] >= 1
        db.session.commit()
    with app.app_context():
        answer = db.session.scalar(select(Answer).where(Answer.question_key == "best-thing"))
        assert answer.pictures == picked and answer.text is None
        analysis = db.session.get(AnswerAnalysis, answer.id)
        assert analysis is not None and analysis.language is None and not analysis.safeguarding
        themes = set(db.session.scalars(select(AnswerTheme.slug).where(AnswerTheme.answer_id == answer.id)))
        assert "family-time" in themes
        consultation_id = answer.response.consultation_id
        organisation = db.session.get(Organisation, answer.organisation_id)
        worker, secret = factories.staff(organisation, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, worker, secret)
    comments = Console(client).get(f"/staff/consultations/{consultation_id}/comments")
    shown = comments.select_one(".heard-comment__pictures")
    assert shown is not None and "My family" in shown.get_text(" ") and shown.select("img[alt='']")


def test_the_picture_field_refuses_what_it_never_offered(app, client, demo):
    journey = Journey(client, "demo")
    _to_best_thing(journey)
    page = journey.submit_current([("pictures", "knife"), ("answer", "")])
    assert journey.response.status_code == 400
    assert "Select one of the answers shown" in page.select_one(".govuk-error-summary").get_text()
    assert page.select_one(".govuk-error-summary__title").get_text(strip=True) == "Something is not right"
    assert "best-thing" not in _draft(app).answers


@pytest.mark.parametrize("language", ["en", "ur", "ar", "pl"])
def test_a_picture_is_screened_as_its_words_in_every_language(app, client, demo, language):
    """'Scared' typed in Urdu is a possible disclosure; in English it is not. The picture means its English words in
    every language, so picking it neither opens a case the words would not, nor (below) passes one they would."""
    journey = Journey(client, "demo", language=language)
    _to_best_thing(journey)
    journey.submit_current([("pictures", "scared")])
    assert journey.page.select_one(".heard-safety[role=status]") is None
    assert _draft(app).disclosure_at is None


def test_a_picture_that_stands_for_a_disclosure_is_never_passed(app, client, demo, monkeypatch):
    worried = pictures.PictureAnswer("scared", pictures.picture_answer("scared").label, "scared", "I am not safe")
    monkeypatch.setitem(pictures._BY_VALUE, "scared", worried)
    journey = Journey(client, "demo", language="pl")
    _to_best_thing(journey)
    page = journey.submit_current([("pictures", "happy"), ("pictures", "scared")])
    assert page.select_one(".heard-safety[role=status]") is not None  # where to get help now, on the next page
    assert _draft(app).disclosure_at is not None
    for _ in range(5):
        if journey.path.endswith("/check"):
            break
        journey.answer_current(text="")
    journey.submit_current()
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None
        answer = db.session.get(Answer, case.answer_id)
        assert answer.pictures == ["happy", "scared"]


def test_words_typed_beside_a_picture_are_screened_as_always(app, client, demo):
    journey = Journey(client, "demo")
    _to_best_thing(journey)
    journey.submit_current([("pictures", "happy"), ("answer", "someone at home hurts me")])
    assert journey.page.select_one(".heard-safety[role=status]") is not None
    assert _draft(app).answers["best-thing"]["text"] == "someone at home hurts me"


def test_the_live_view_counts_answers_in_the_easy_version(app, client):
    with app.app_context():
        org = factories.organisation("Countshire")
        consultation = factories.consultation(org, code="count")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    for number in range(11):
        journey = Journey(app.test_client(), "count")
        journey.start("12-17", easy=number < 6)
        for _ in range(20):
            if journey.path.endswith("/check"):
                break
            journey.answer_current(choose="skip")
        journey.submit_current()
    page = Console(client).get(f"/staff/consultations/{consultation.id}/responses")
    assert page.select_one("#easy-version .heard-figure__number").get_text(strip=True) == "6"


def test_a_worker_can_preview_the_easy_version(app, client, demo):
    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == "demo"))
        consultation_id = consultation.id
        organisation = db.session.get(Organisation, consultation.organisation_id)
        user, secret = factories.staff(organisation, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    console = Console(client)
    page = console.get(f"/staff/consultations/{consultation_id}/preview?band=8-11&n=1")
    assert not _easy(page)
    page = console.get(page.select_one(".heard-easy-switch a")["href"])
    assert _easy(page) and "easy=1" in console.response.request.query_string.decode()
    assert "Do grown-ups listen to you?" in page.select_one("h1").get_text()
    assert all(_pictured(label) for label in _answer_labels(page))
    # The preview carries on in the easy version, and back to the usual words.
    assert page.select_one("form[method=get] input[name=easy]")["value"] == "1"
    assert "easy" not in page.select_one(".heard-easy-switch a")["href"]
