"""Building a consultation in the worker console, and what young people see as it is published and edited."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.dates import format_date
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.surveys.models import Consultation, Question
from tests import factories
from tests.console import Console
from tests.journey import Journey


@pytest.fixture()
def console(app, client):
    return factories.worker_console(app, client, "Buildshire Council")


def created(app) -> Consultation:
    with app.app_context():
        return db.session.scalars(select(Consultation).order_by(Consultation.created_at.desc())).first()


def test_create_from_the_bank_with_core_questions_preselected(app, console):
    page = console.get("/staff/consultations/new")
    preselected = {box["value"] for box in page.select("input[name=bank][checked]")}
    assert {"listened-to", "reach-worker", "know-how-to-complain"} <= preselected
    console.submit({"title": "Your voice 2027", "start": "bank"})
    assert console.page.h1.get_text(strip=True) == "Your voice 2027"
    consultation = created(app)
    assert consultation.status.value == "draft" and consultation.live_version == 0
    assert consultation.code.startswith("your-voice-2027-")
    items = console.page.select(".heard-question-list__item")
    assert len(items) == len(preselected)
    # Not published yet: the public link says so kindly.
    assert console.client.get(f"/s/{consultation.code}").status_code == 410


def test_create_needs_a_title_and_a_way_to_start(console):
    console.get("/staff/consultations/new")
    page = console.submit({"title": ""}, drop=("bank", "start"))
    assert console.response.status_code == 400
    text = page.select_one(".govuk-error-summary").get_text()
    assert "Enter a title" in text and "Select how you want to start" in text


def test_build_publish_and_answer(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Care leavers check-in", "start": "blank"}, drop=("bank",))
    assert "Add at least one question" in console.page.get_text()
    overview = console.response.request.path
    console.get(overview + "/questions/new")
    page = console.submit(
        {
            "kind": "single",
            "title": "Where do you live now?",
            "bands": ["care-leavers"],
            "options-0-label": "With a carer",
        }
    )
    assert console.response.status_code == 400
    assert "Enter at least two answers" in page.get_text()
    assert page.select_one("#title")["value"] == "Where do you live now?"
    console.submit({"options-1-label": "In my own flat", "options-1-positive": "y"})
    assert "Question added." in console.page.get_text()
    console.get(overview + "/questions/new")
    console.submit({"kind": "scale", "title": "Do you feel ready for adult life?", "bands": ["care-leavers"]})
    console.follow("Publish")
    console.press("Publish")
    assert "Published. Young people can now answer." in console.page.get_text()
    consultation = created(app)
    assert consultation.live_version == 1
    journey = Journey(app.test_client(), consultation.code)
    journey.start("care-leavers")
    assert "Where do you live now?" in journey.h1()
    assert [r["value"] for r in journey.page.select("input[name=answer]")] == ["with-a-carer", "in-my-own-flat"]
    journey.answer_current()
    # The scale preset gives five faces with words.
    assert len(journey.page.select(".govuk-radios__label svg.heard-face")) == 5


def test_edits_after_publishing_wait_for_the_next_publish(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Wave one", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    overview = console.response.request.path
    console.follow("Publish")
    console.press("Publish")
    consultation = created(app)
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    console.submit({"title": "Do people listen to you?"})
    assert "You have changes that are not published yet" in console.page.get_text()
    journey = Journey(app.test_client(), consultation.code)
    journey.start("12-17")
    assert "Do you feel listened to?" in journey.h1()
    console.follow("Publish")
    console.press("Publish")
    fresh = Journey(app.test_client(), consultation.code)
    fresh.start("12-17")
    assert "Do people listen to you?" in fresh.h1()
    with app.app_context():
        keys = set(db.session.scalars(select(Question.key).where(Question.consultation_id == consultation.id)))
        assert keys == {"listened-to"}
        published = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "consultation-published")).all()
        assert [event.detail["version"] for event in published] == [1, 2]
    # Publishing again with nothing new changes nothing and audits nothing.
    assert not [b for b in console.page.find("main").find_all("button") if "Publish" in b.get_text()]


def test_copying_a_wave_keeps_question_identities(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Wave one", "start": "bank"})
    first = created(app)
    console.get("/staff/consultations/new")
    page = console.submit({"title": "Wave two", "start": "copy", "source": str(first.id)}, drop=("bank",))
    second = created(app)
    assert second.id != first.id and page.h1.get_text(strip=True) == "Wave two"
    with app.app_context():

        def keys(consultation_id):
            return list(
                db.session.scalars(
                    select(Question.key).where(Question.consultation_id == consultation_id).order_by(Question.position)
                )
            )

        assert keys(first.id) == keys(second.id)


def test_reorder_and_remove(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Order", "start": "bank", "bank": ["listened-to", "reach-worker"]}, drop=("bank",))
    titles = [h.get_text(strip=True) for h in console.page.select(".heard-question-list__item h3")]
    console.press("Move down")
    after = [h.get_text(strip=True) for h in console.page.select(".heard-question-list__item h3")]
    assert after[0].split(". ", 1)[1] == titles[1].split(". ", 1)[1]
    console.press("Remove")
    assert len(console.page.select(".heard-question-list__item")) == 1


def test_two_workers_editing_one_question_do_not_overwrite_each_other(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Clash", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    edit_url = console.page.select_one(".heard-actions a")["href"]
    with app.app_context():
        org_id = created(app).organisation_id
        from participation.organisations.models import Organisation

        other, secret = factories.staff(db.session.get(Organisation, org_id), Role.PARTICIPATION_WORKER)
    colleague = Console(app.test_client())
    factories.sign_in(colleague.client, other, secret)
    colleague.get(edit_url)
    console.get(edit_url)
    colleague.submit({"title": "Do grown-ups listen to you?"})
    page = console.submit({"title": "Does anyone listen to you?"})
    assert console.response.status_code == 409
    assert "Someone else saved this question while you were editing it" in page.get_text()
    assert "Do grown-ups listen to you?" in page.select_one(".govuk-error-summary").get_text()
    assert page.select_one("#title")["value"] == "Does anyone listen to you?"
    console.submit()
    assert "Question saved." in console.page.get_text()


def test_close_and_reopen(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Short one", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    console.follow("Publish")
    console.press("Publish")
    code = created(app).code
    console.follow("Close")
    console.press("Close consultation")
    assert app.test_client().get(f"/s/{code}").status_code == 410
    # The page says when it really closed, never "when you close it".
    dates = console.page.get_text(" ", strip=True)
    assert "when you close it" not in dates
    assert f"Closed: {format_date(date.today(), 'long', locale='en_GB')}" in dates
    console.follow("Reopen")
    console.press("Reopen")
    assert app.test_client().get(f"/s/{code}?band=8-11").status_code == 200
    # Reopened, it has no closing date again: a date already passed would shut it the same day.
    assert "Closes: when you close it" in console.page.get_text(" ", strip=True)


def test_dates_are_checked(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Dated", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    console.get(console.response.request.path + "/dates")
    page = console.submit(
        {"opens_on": ["10", "2", "2027"], "closes_on": ["1", "2", "2027"], "feedback_due_on": ["", "", ""]}
    )
    assert console.response.status_code == 400
    assert "The closing date must be on or after the opening date" in page.get_text()
    assert page.select_one(".govuk-error-summary a")["href"] == "#closes_on"
    assert page.select_one("#closes_on") is not None
    page = console.submit({"opens_on": ["10", "2"], "closes_on": ["31", "2", "2027"], "feedback_due_on": ["", "", ""]})
    assert console.response.status_code == 400
    console.submit({"opens_on": ["10", "2", "2027"], "closes_on": ["1", "3", "2027"], "feedback_due_on": ["", "", ""]})
    assert "10 February 2027" in console.page.get_text()


def test_another_organisations_consultation_is_not_found(app, console):
    with app.app_context():
        theirs = factories.consultation(factories.organisation("Elsewhere"))
    assert console.client.get(f"/staff/consultations/{theirs.id}").status_code == 404
    question_id = theirs.questions[0].id
    assert console.client.get(f"/staff/consultations/{theirs.id}/questions/{question_id}").status_code == 404


def test_translation_editor_completeness_review_and_what_young_people_see(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Lingo", "start": "bank", "bank": ["reach-worker"]}, drop=("bank",))
    overview = console.response.request.path

    def counts(language_name):
        row = next(r for r in console.page.select("#languages ~ table tbody tr") if language_name in r.get_text())
        found = re.search(r"(\d+) of (\d+) texts? translated, (\d+) needs? review", row.get_text(" "))
        return tuple(int(number) for number in found.groups())

    done, total, _review = counts("Polski")
    assert done == total - 1  # the bank brings its Polish; only the new title is missing
    console.get(overview + "/translations/pl")
    names = [field["name"] for field in console.page.select("main input.govuk-input, main textarea")]
    assert names[0] == "c-title" and console.page.select_one("#c-title")["value"] == ""
    assert console.page.select_one("#c-title")["lang"] == "pl"
    console.submit({"c-title": "Język", "c-title-checked": "y"})
    # Saving stays on the editor and says so in a banner, with what changed.
    banner = console.page.select_one(".govuk-notification-banner--success")
    assert banner.get_text(" ", strip=True) == "Success Polish translation saved: 1 text changed"
    assert console.page.select_one("#c-title")["value"] == "Język"
    console.get(overview + "/translations/ar")
    console.submit({"c-title": "x" * 201})
    assert console.response.status_code == 400
    assert "Title (start page) must be 200 characters or fewer" in console.page.get_text()
    assert console.page.select_one("#c-title")["value"] == "x" * 201
    console.get(overview + "/translations/ar")
    console.submit({"c-title": "لغة"})
    console.get(overview)
    done, total, review = counts("Polski")
    assert done == total and review == 0
    assert counts("العربية")[2] >= 1
    console.follow("Publish")
    console.press("Publish")
    journey = Journey(app.test_client(), created(app).code, language="pl")
    page = journey.get(f"/s/{created(app).code}?band=12-17&lang=pl")
    assert page.h1.get_text(strip=True) == "Język"
    # Not translated into Romanian: shown in English, marked as English.
    page = journey.get(f"/s/{created(app).code}?band=12-17&lang=ro")
    assert page.h1.find("span", lang="en").get_text(strip=True) == "Lingo"


@pytest.mark.parametrize("language", ["ti", "ps"])
def test_preview_in_a_language_without_staff_pages(app, console, language):
    """Staff pages stay in English for a worker who chose Tigrinya, but the preview is the young person's page."""
    console.get("/staff/consultations/new")
    console.submit({"title": "Peek", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    overview = console.response.request.path
    page = console.get(overview + f"/preview?band=12-17&lang={language}")
    assert page.find("html")["lang"] == language
    assert page.select_one(".heard-preview") is not None
    staff_page = console.get(overview)
    assert staff_page.find("html")["lang"] == "en"
    # The staff pages' language menu offers only the languages staff pages are written in.
    offered = [item.get_text(strip=True) for item in staff_page.select(".heard-languages__item")]
    assert offered == [language.native_name for language in LANGUAGES.values() if language.staff_pages]


def test_preview_any_band_and_language_without_saving(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Peek", "start": "bank", "bank": ["listened-to", "school"]}, drop=("bank",))
    overview = console.response.request.path
    page = console.get(overview + "/preview?band=4-7&lang=cy")
    assert page.find("html")["lang"] == "cy"
    assert page.select_one(".heard-preview") is not None
    page = console.get(overview + "/preview?band=4-7&n=1")
    assert page.select_one("legend h1") is not None
    assert len(page.select(".govuk-radios__label svg.heard-face")) == 3
    form = page.select_one("main form")
    assert form["method"] == "get"
    page = console.get(overview + "/preview?band=4-7&n=2&skip=1")
    assert "2" in page.select_one(".heard-progress").get_text()
    with app.app_context():
        from participation.responses.models import Draft

        assert db.session.scalar(select(Draft)) is None


def test_words_to_avoid_are_flagged_with_suggestions_and_editable(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Words", "start": "blank"}, drop=("bank",))
    overview = console.response.request.path
    console.get(overview + "/questions/new")
    console.submit({"kind": "yes_no", "title": "Do you like your placement?", "bands": ["12-17"]})
    text = console.page.get_text(" ")
    assert "‘placement’ in" in text and "try ‘home’" in text
    page = console.get("/staff/words")
    assert "placement = home" in page.select_one("textarea").get_text()
    console.submit({"rules": "placement home"})
    assert console.response.status_code == 400
    assert "Line 1 must look like: placement = home" in console.page.get_text()
    console.submit({"rules": "like = enjoy"})
    page = console.get(overview)
    assert "try ‘enjoy’" in page.get_text(" ") and "try ‘home’" not in page.get_text(" ")


def test_reading_age_per_band_against_its_target(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Reading", "start": "blank"}, drop=("bank",))
    overview = console.response.request.path
    console.get(overview + "/questions/new")
    console.submit(
        {
            "kind": "yes_no",
            "bands": ["4-7", "parents-carers"],
            "title": "To what extent do you consider the accommodation arrangements appropriate?",
            "title_4_7": "Do you like your home?",
        }
    )
    rows = {r.find("th").get_text(strip=True): r for r in console.page.select("#reading-age-table tbody tr")}
    assert "OK" in rows["4 to 7"].get_text()
    assert "Too hard" in rows["Parents and carers"].get_text()
    assert rows["8 to 11"].select("td")[1].get_text(strip=True) == "–"
    # A few words get no reading age (the formula needs 100): each sentence is judged instead, and the page says which
    # sentence is hard and why.
    assert rows["Parents and carers"].select("td")[1].get_text(strip=True) == "Too few words to estimate"
    advice = console.page.select_one("#reading-age-parents-carers + ul").get_text(" ", strip=True)
    assert "To what extent do you consider the accommodation arrangements appropriate?" in advice
    assert "4 long words, consider, accommodation, arrangements, appropriate (aim for 3 or fewer)" in advice
    assert console.page.select_one("#reading-age-4-7") is None


def test_the_reading_check_explains_itself_per_band(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Explained", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    overview = console.response.request.path
    guide = console.page.select_one("#reading-age-guide").get_text(" ", strip=True)
    assert "Long sentences and long words (three syllables or more)" in guide
    assert "only worked out once a band has 100 words or more" in guide
    assert "It is a guide, not a rule" in guide
    aims = {
        r.find("th").get_text(strip=True): r.select("td")[2].get_text(" ", strip=True)
        for r in console.page.select("#reading-age-table tbody tr")
    }
    assert aims["4 to 7"] == "Reading age 7 or under Up to 12 words a sentence Up to 1 long word a sentence"
    assert (
        aims["Parents and carers"] == "Reading age 12 or under Up to 25 words a sentence Up to 3 long words a sentence"
    )
    # Explained in the worker's language too.
    page = console.get(overview + "?lang=cy")
    assert page.select_one("#reading-age-guide").get_text(" ", strip=True) != guide


def test_the_list_leads_to_each_consultation(app, console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Findable", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    page = console.get("/staff/")
    link = page.find("a", string="Findable")
    assert link is not None
    assert console.get(link["href"]).h1.get_text(strip=True) == "Findable"
