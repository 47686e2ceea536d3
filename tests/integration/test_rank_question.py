"""The "rank these" kind, carried through everything a kind touches: the builder, the young person's page without
JavaScript (three selects, most important first), its errors, back and resume, the check page and receipt, and the
counts a board reads (ranked first, in the top three), suppressed like every other count."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.boards import outputs, pack
from participation.boards.indicators import rankings_for
from participation.extensions import db
from participation.responses.models import Answer, Response
from participation.surveys.content import create_consultation
from participation.surveys.kinds import KINDS, QuestionKind
from participation.surveys.models import Consultation, Question
from tests import factories
from tests.factories import text
from tests.journey import Journey
from tests.pages import error_summary

ROOT = Path(__file__).resolve().parents[2]
PRIORITIES = [
    ("family-time", "Seeing my family"),
    ("same-worker", "Keeping the same worker"),
    ("money", "Having enough money"),
    ("somewhere-to-live", "Somewhere good to live"),
]


def rank_consultation(code: str = "rank") -> Consultation:
    org = factories.organisation("Rankshire Council")
    spec = {"code": code, "title": text("What matters most")}
    questions = [
        {
            "key": "priorities",
            "kind": "rank",
            "bands": ["12-17", "care-leavers"],
            "title": text("What should the council work on first?"),
            "options": [{"key": key, "label": text(label)} for key, label in PRIORITIES],
        },
        {
            "key": "anything-else",
            "kind": "short_text",
            "bands": ["12-17", "care-leavers"],
            "title": text("Anything else?"),
            "options": [],
        },
    ]
    created = create_consultation(org.id, spec, questions)
    db.session.commit()
    return created


def selects(page: BeautifulSoup) -> list[BeautifulSoup]:
    return page.select("select[name=answer]")


def chosen(page: BeautifulSoup) -> list[str]:
    return [(select.find("option", selected=True) or {"value": ""})["value"] for select in selects(page)]


def test_every_kind_has_its_partial_and_a_name_in_the_builder():
    for kind in QuestionKind:
        item = KINDS[kind]
        assert item.kind == kind
        assert (ROOT / "templates" / "respond" / "kinds" / f"{item.template}.html").is_file()
        assert str(item.label)
    assert KINDS[QuestionKind.RANK].own_options and KINDS[QuestionKind.RANK].ranking


def test_a_ranking_question_page_works_without_javascript(app, client):
    with app.app_context():
        rank_consultation()
    journey = Journey(client, "rank")
    page = journey.start("12-17")
    assert journey.path == "/s/rank/q/1"
    assert "Pick up to three, most important first." in page.get_text()
    places = selects(page)
    assert [select["id"] for select in places] == ["answer", "answer-2", "answer-3"]
    labels = [page.find("label", {"for": select["id"]}).get_text(strip=True) for select in places]
    assert labels == ["First choice", "Second choice", "Third choice"]
    offered = [option["value"] for option in places[0].find_all("option")]
    assert offered == [""] + [key for key, _label in PRIORITIES]
    assert page.find("legend").find("h1") is not None


def test_nothing_picked_asks_for_one_or_rather_not_say(app, client):
    with app.app_context():
        rank_consultation()
    journey = Journey(client, "rank")
    journey.start("12-17")
    page = journey.submit_current([("answer", ""), ("answer", ""), ("answer", "")])
    assert journey.response.status_code == 400
    summary = page.select_one(".govuk-error-summary")
    assert "Pick at least one, or choose ‘I’d rather not say’" in summary.get_text()
    assert summary.find("a")["href"] == "#answer"
    assert page.select_one("#answer-error") is not None


def test_the_same_answer_twice_is_refused_and_what_was_picked_is_kept(app, client):
    with app.app_context():
        rank_consultation()
    journey = Journey(client, "rank")
    journey.start("12-17")
    page = journey.submit_current([("answer", "money"), ("answer", "family-time"), ("answer", "money")])
    assert journey.response.status_code == 400
    assert "You picked ‘Having enough money’ more than once. Pick each one only once" in page.get_text()
    assert chosen(page) == ["money", "family-time", "money"]


def test_a_ranking_is_kept_in_order_and_read_back_everywhere(app, client):
    with app.app_context():
        consultation = rank_consultation()
    journey = Journey(client, "rank")
    journey.start("12-17")
    # A place left empty in the middle: the ranking closes up, most important first.
    journey.submit_current([("answer", "same-worker"), ("answer", ""), ("answer", "family-time")])
    assert journey.path == "/s/rank/q/2"
    page = journey.get("/s/rank/q/1")  # back: what was picked is shown again
    assert chosen(page) == ["same-worker", "family-time", ""]
    journey.get("/s/rank/q/2")
    journey.answer_current(text="More trips")
    assert journey.path == "/s/rank/check"
    check = journey.page.get_text(" ", strip=True)
    assert "1. Keeping the same worker, 2. Seeing my family" in check
    # Change the answer from the check page: it comes back to the check page.
    change = journey.page.select_one("a[href*='/q/1?change=1']")
    journey.get(change["href"])
    journey.submit_current([("answer", "money"), ("answer", "same-worker"), ("answer", "somewhere-to-live")])
    assert journey.path == "/s/rank/check"
    assert "1. Having enough money, 2. Keeping the same worker, 3. Somewhere good to live" in journey.page.get_text(
        " ", strip=True
    )
    journey.submit_current()
    receipt = journey.page.select_one(".heard-receipt").get_text(strip=True)
    with app.app_context():
        stored = db.session.scalar(
            select(Answer)
            .join(Response)
            .where(Response.consultation_id == consultation.id, Answer.question_key == "priorities")
        )
        assert stored.choices == ["money", "same-worker", "somewhere-to-live"]
    journey.get("/receipt")
    page = journey.submit_current({"code": receipt})
    assert "1. Having enough money, 2. Keeping the same worker, 3. Somewhere good to live" in page.get_text(
        " ", strip=True
    )


def test_a_ranking_survives_save_and_resume_on_another_device(app):
    with app.app_context():
        rank_consultation()
    phone = Journey(app.test_client(), "rank")
    phone.start("12-17")
    phone.submit_current([("answer", "money"), ("answer", "family-time"), ("answer", "")])
    phone.get("/s/rank/save")
    code = phone.submit_current().select_one(".heard-receipt").get_text(strip=True)
    laptop = Journey(app.test_client(), "rank")
    laptop.get("/resume")
    laptop.submit_current({"code": code})
    assert laptop.path == "/s/rank/q/2"
    page = laptop.get("/s/rank/q/1")
    assert chosen(page) == ["money", "family-time", ""]


def test_a_value_never_offered_is_refused_and_logged(app, client, caplog):
    with app.app_context():
        rank_consultation()
    journey = Journey(client, "rank")
    journey.start("12-17")
    with caplog.at_level(logging.WARNING):
        journey.submit_current([("answer", "money"), ("answer", "pony"), ("answer", "")])
    assert journey.response.status_code == 400
    assert "Select one of the answers shown" in journey.page.get_text()
    assert any("Refused an answer not offered by question priorities" in r.getMessage() for r in caplog.records)
    assert "pony" not in caplog.text
    # More places than the page has is a made-up post too.
    journey.submit_current([("answer", "money")] * 2 + [("answer", "family-time"), ("answer", "same-worker")])
    assert journey.response.status_code == 400


@pytest.fixture()
def console(app, client):
    return factories.worker_console(app, client, "Rankbuild Council")


def test_a_worker_adds_a_ranking_question_with_its_answers(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "What matters", "start": "blank"}, drop=("bank",))
    overview = console.response.request.path
    page = console.get(overview + "/questions/new")
    kinds = {radio["value"]: radio for radio in page.select("input[name=kind]")}
    label = page.find("label", {"for": kinds["rank"]["id"]}).get_text(strip=True)
    assert label == "Rank up to three, most important first"
    page = console.submit(
        {"kind": "rank", "title": "What should we work on first?", "bands": ["12-17"], "options-0-label": "Money"}
    )
    assert console.response.status_code == 400 and "Enter at least two answers" in page.get_text()
    # Two answers with the same words (whatever their case and spacing) cannot be told apart: refused, kept.
    page = console.submit(
        {
            "kind": "rank",
            "title": "What should we work on first?",
            "bands": ["12-17"],
            "options-0-label": "Money",
            "options-1-label": " money ",
            "options-2-label": "Family time",
        }
    )
    assert console.response.status_code == 400
    assert error_summary(page) == ["“money” is there twice. Make each answer different."]
    assert page.select_one("#options-2-label")["value"] == "Family time"
    page = console.submit(
        {
            "kind": "rank",
            "title": "What should we work on first?",
            "bands": ["12-17"],
            "options-0-label": "Money",
            "options-1-label": "Family time",
            "options-2-label": "Somewhere to live",
        }
    )
    assert console.response.status_code == 200
    assert "Rank up to three, most important first" in page.get_text()
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.kind == QuestionKind.RANK))
        assert [option.key for option in question.options] == ["money", "family-time", "somewhere-to-live"]
    # Editing keeps the answers editable, and the text limit is not offered for a ranking.
    page = console.get(overview + f"/questions/{question.id}")
    assert page.select_one("#options-0-label")["value"] == "Money"
    assert page.select_one("#max_length") is None
    console.submit({"options-3-label": "Keeping my worker"})
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.kind == QuestionKind.RANK))
        assert len(question.options) == 4
    console.follow("Publish")
    page = console.press("Publish")
    assert "Published" in page.get_text()


def _ranked(consultation: Consultation, band: str, order: list[str]) -> None:
    factories.stored_response(consultation, {"priorities": order}, band=band)


def test_rankings_count_firsts_and_top_three_with_small_numbers_hidden(app):
    with app.app_context():
        consultation = rank_consultation("rank-counts")
        for _ in range(12):
            _ranked(consultation, "12-17", ["family-time", "same-worker"])
        for _ in range(8):
            _ranked(consultation, "care-leavers", ["money"])
        for _ in range(2):
            _ranked(consultation, "care-leavers", ["somewhere-to-live", "money"])
        for _ in range(6):
            _ranked(consultation, "care-leavers", ["same-worker"])
        _ranked(consultation, "12-17", [])  # declined: not an answer
        (ranking,) = rankings_for([consultation], limit=5)
        assert ranking.answered.count == 28
        by_key = {option.key: option for option in ranking.options}
        assert by_key["family-time"].first.count == 12 and by_key["family-time"].first_percent == 42.9
        assert by_key["money"].first.count == 8 and by_key["money"].first_percent == 28.6
        # Two put "somewhere to live" first: hidden, and so is the next smallest first (6 for the same worker), so
        # the two cannot be worked out from the total.
        assert by_key["somewhere-to-live"].first.count is None
        assert by_key["same-worker"].first.count is None
        assert by_key["family-time"].top.positive.count == 12 and by_key["family-time"].top.percent == 42.9
        assert by_key["same-worker"].top.positive.count == 18 and by_key["same-worker"].top.percent == 64.3
        # Ten have money in their top three, eight of them first: showing both would give away the two who put it
        # second.
        assert by_key["money"].top.positive.count is None and by_key["money"].top.answered.count == 28
        assert by_key["somewhere-to-live"].top.positive.count is None
        # Nothing shown below the threshold, anywhere.
        for option in ranking.options:
            for count in (option.first.count, option.top.positive.count):
                assert count is None or count == 0 or count >= 5
            if option.first.count is not None and option.top.positive.count is not None:
                assert not 0 < option.top.positive.count - option.first.count < 5


def test_a_small_ranking_shows_no_counts(app):
    with app.app_context():
        consultation = rank_consultation("rank-small")
        for _ in range(3):
            _ranked(consultation, "12-17", ["money"])
        (ranking,) = rankings_for([consultation], limit=5)
        assert ranking.answered.count is None
        assert all(option.first.count is None and option.top.positive.count is None for option in ranking.options)


def test_the_board_pack_has_a_table_of_what_was_put_first(app):
    with app.app_context():
        consultation = rank_consultation("rank-pack")
        for _ in range(12):
            _ranked(consultation, "12-17", ["family-time", "money"])
        for _ in range(9):
            _ranked(consultation, "care-leavers", ["money", "family-time"])
        built = pack.build(consultation, limit=5)
        table = built.tables["priorities"]
        assert table.columns[:3] == ["Question", "Answer", "Ranked first"]
        rows = {row.answer: row for row in table.rows}
        family = rows["Seeing my family"]
        assert (family.first, family.first_share, family.top_three, family.top_three_share, family.answered) == (
            12,
            57.1,
            21,
            100.0,
            21,
        )
        assert (rows["Having enough money"].first, rows["Having enough money"].first_share) == (9, 42.9)
        assert rows["Keeping the same worker"].first == 0
        assert "priorities.csv" in outputs.csv_files(built)
        assert "Seeing my family" in outputs.csv_files(built)["priorities.csv"]
        with app.test_request_context():
            assert "What young people put first" in outputs.document(built, inline_styles=False)
            # A consultation without a ranking question leaves the table out of the page.
            other = factories.consultation(code="no-rank")
            page = outputs.document(pack.build(other, limit=5), inline_styles=False)
            assert "What young people put first" not in page


def test_answers_not_yet_translated_are_marked_as_english(app, client):
    with app.app_context():
        rank_consultation()
    journey = Journey(client, "rank", "cy")
    page = journey.start("12-17")
    options = [option for option in selects(page)[0].find_all("option") if option["value"]]
    assert options and all(option.get("lang") == "en" for option in options)
    assert "Dewiswch hyd at dri, y pwysicaf yn gyntaf." in page.get_text()
