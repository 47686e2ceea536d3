"""One error summary, in one place: base.html's ``errorSummary`` block fills it from the page's form through
``macros.error_summary``, first in <main> and so before the h1, each message linking to a field that is on the page.
No other template calls govukErrorSummary, so a page cannot grow a second summary or lose it by being edited."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from participation.accounts.models import Role
from tests import factories
from tests.console import Console
from tests.integration.test_seam_faults import _question
from tests.journey import Journey
from tests.pages import fetch

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# Only the macro that base.html's block calls may use the component.
SUMMARY_HOME = TEMPLATES / "macros.html"
CALLS_COMPONENT = re.compile(r"govukErrorSummary\s*\(|import[^%]*\bgovukErrorSummary\b")


def test_only_the_shared_macro_calls_the_error_summary_component() -> None:
    templates = sorted(TEMPLATES.rglob("*.html"))
    assert SUMMARY_HOME in templates and CALLS_COMPONENT.search(SUMMARY_HOME.read_text(encoding="utf-8"))
    pasted = [
        str(path.relative_to(TEMPLATES))
        for path in templates
        if path != SUMMARY_HOME and CALLS_COMPONENT.search(path.read_text(encoding="utf-8"))
    ]
    assert pasted == [], "set error_form or extra_errors (see base.html) instead of calling govukErrorSummary"


def summaries(page: BeautifulSoup) -> list[BeautifulSoup]:
    main = page.find("main")
    assert main is not None
    return list(main.select(".govuk-error-summary"))


def assert_one_summary_before_the_h1(page: BeautifulSoup, field_id: str, message: str) -> None:
    """Exactly one summary, in <main> before the h1, whose messages each link to an element on the page, one of
    them ``message`` linking to ``field_id``."""
    found = summaries(page)
    assert len(found) == 1, f"{len(found)} error summaries"
    summary = found[0]
    main = page.find("main")
    heading = main.find("h1")
    assert heading is not None
    in_order = main.find_all(True)
    assert in_order.index(summary) < in_order.index(heading), "the error summary comes after the h1"
    assert summary.select_one(".govuk-error-summary__title").get_text(strip=True) == "There is a problem"
    assert summary.get("data-module") == "govuk-error-summary"
    items = [(link.get_text(" ", strip=True), str(link["href"])) for link in summary.select("a")]
    links = dict(items)
    assert links, "the summary links to nothing"
    assert len(links) == len(items), f"a message is listed twice: {items}"
    for href in links.values():
        assert href.startswith("#") and page.find(id=href[1:]) is not None, f"{href} is not on the page"
    assert links.get(message) == f"#{field_id}", links
    assert page.title is not None and page.title.get_text().startswith("Error:")


@pytest.fixture()
def worker(app: Flask, client: FlaskClient) -> Console:
    with app.app_context():
        org = factories.organisation("Summaryshire Council")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER, Role.ORGANISATION_ADMIN)
    factories.sign_in(client, user, secret)
    return Console(client)


@pytest.fixture()
def consultation(app: Flask) -> None:
    with app.app_context():
        factories.consultation(code="sumq")


def _new_consultation(console: Console) -> str:
    console.get("/staff/consultations/new")
    console.submit({"title": "Summarised", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    return str(console.response.request.path)


def _dates(console: Console) -> BeautifulSoup:
    console.get(_new_consultation(console) + "/dates")
    return console.submit(
        {"opens_on": ["10", "2", "2027"], "closes_on": ["1", "2", "2027"], "feedback_due_on": ["", "", ""]}
    )


def _pledge(console: Console) -> BeautifulSoup:
    console.get("/staff/pledges/new")
    return console.submit({"owner_name": "", "text": "", "made_on": ["1", "11", "2026"], "due_on": ["1", "12", "2026"]})


def _helplines(console: Console) -> BeautifulSoup:
    console.get("/staff/settings/helplines")
    return console.submit({"emergency_duty_team": "0306-999", "leaving_care_team": "", "advocacy": ""})


def _bank(console: Console) -> BeautifulSoup:
    console.get("/staff/consultations/new")
    return console.submit({"title": "No questions", "start": "bank"}, drop=("bank",))


STAFF_PAGES: dict[str, tuple[Callable[[Console], BeautifulSoup], str, str]] = {
    "consultation dates": (_dates, "closes_on", "The closing date must be on or after the opening date"),
    "pledge": (_pledge, "owner_name", "Enter who made the pledge"),
    "helplines": (
        _helplines,
        "emergency_duty_team",
        "Enter a phone number using only digits and spaces, with a + only at the start",
    ),
    # Errors added after the form's own validation.
    "new consultation": (_bank, "bank", "Select at least one question from the bank"),
}


@pytest.mark.parametrize("name", list(STAFF_PAGES))
def test_a_staff_form_with_errors_has_one_summary_before_its_heading(worker: Console, name: str) -> None:
    fill, field_id, message = STAFF_PAGES[name]
    page = fill(worker)
    assert worker.response.status_code == 400
    assert_one_summary_before_the_h1(page, field_id, message)


def test_sign_in_with_nothing_typed(client: FlaskClient) -> None:
    journey = Journey(client, "")
    journey.get("/staff/sign-in")
    page = journey.post("/staff/sign-in", {"email": "", "password": ""})
    assert journey.response.status_code == 400
    assert_one_summary_before_the_h1(page, "email", "Enter your email address")
    assert_one_summary_before_the_h1(page, "password", "Enter your password")


def test_a_question_left_unanswered(client: FlaskClient, consultation: None) -> None:
    journey = Journey(client, "sumq")
    journey.start("12-17")
    page = journey.submit_current({})
    assert journey.response.status_code == 400
    assert_one_summary_before_the_h1(page, "answer", "Select an answer, or choose ‘I’d rather not say’")


def test_an_expired_token_shows_its_notice_instead_of_a_summary(client: FlaskClient, consultation: None) -> None:
    journey = Journey(client, "sumq")
    journey.start("12-17")
    page = journey.post("/s/sumq/q/1", {"csrf_token": "stale"}, with_token=False)
    assert journey.response.status_code == 400
    assert "Nothing has been lost" in page.get_text()
    assert summaries(page) == []


def test_the_pledge_page_summarises_the_form_that_was_sent(worker: Console) -> None:
    _pledge(worker)
    page = worker.submit(
        {
            "owner_name": "Cllr Patel",
            "text": "Bus passes",
            "made_on": ["1", "11", "2026"],
            "due_on": ["1", "12", "2026"],
        }
    )
    pledge_url = str(worker.response.request.path)
    page = worker.submit({"status": "on-track", "note": "", "on": ["2", "11", "2026"]}, form_index=0)
    assert worker.response.status_code == 400
    note = page.select_one("textarea[name=note]")
    assert note is not None
    assert_one_summary_before_the_h1(page, str(note["id"]), "Say what has happened")
    page = worker.submit({"group_name": "", "verdict": "", "why": ""}, form_index=1)
    assert worker.response.status_code == 400
    assert len(summaries(page)) == 1
    # Saved by someone else meanwhile: the conflict banner is the only summary.
    stale = fetch(worker.client, pledge_url)
    worker.get(pledge_url)
    worker.submit({"status": "done", "note": "Passes issued", "on": ["20", "11", "2026"]})
    worker.page = stale
    page = worker.submit(
        {"status": "at-risk", "note": "Older news", "on": ["21", "11", "2026"]}, action=f"{pledge_url}/update"
    )
    assert worker.response.status_code == 409
    found = summaries(page)
    assert len(found) == 1 and "Someone else saved this" in found[0].get_text()


def test_an_error_about_a_questions_answers_links_to_the_first_answer(app: Flask) -> None:
    consultation_id, question_id, worker = _question(app)
    console = Console(app.test_client())
    factories.sign_in(console.client, *worker)
    console.get(f"/staff/consultations/{consultation_id}/questions/{question_id}")
    # Two rows naming one answer (a stale page): the error is about the rows as a whole, listed once.
    page = console.submit({"options-1-key": "one"}, drop=("options-1-key",))
    assert console.response.status_code == 400
    assert_one_summary_before_the_h1(
        page, "options-0-label", "Each answer can only appear once. Check the answers, then save again."
    )
