"""What a worker new to Heard tripped on (issue 15): the new-consultation page showing every way to start at once, a
preview with no band switch that turned the worker's own pages Polish, and Publish and Close taking effect on one
click, with no word about languages still showing old wording or about the dates."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.dates import format_date
from flask_babel import force_locale
from flask_babel import gettext as babel_gettext
from sqlalchemy import select

from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.surveys.models import BAND_NAMES, Consultation, ConsultationStatus
from tests import factories
from tests.console import Console
from tests.integration import test_young_people_strings as young_people_strings


@pytest.fixture()
def console(app, client):
    return factories.worker_console(app, client, "Firstshire Council")


def newest(app) -> Consultation:
    with app.app_context():
        return db.session.scalars(select(Consultation).order_by(Consultation.created_at.desc())).first()


def reveal_of(page, value: str):
    """The follow-up a 'How do you want to start?' choice reveals (the design system's conditional reveal)."""
    radio = page.select_one(f"input[name=start][value={value}]")
    assert radio is not None, f"no start option {value}"
    controlled = radio.get("data-aria-controls")
    return page.find(id=controlled) if controlled else None


def hidden(reveal) -> bool:
    return "govuk-radios__conditional--hidden" in reveal["class"]


def long_date(day: date) -> str:
    return format_date(day, "long", locale="en_GB")


def create(console: Console, title: str, bank: list[str] | None = None) -> str:
    console.get("/staff/consultations/new")
    console.submit({"title": title, "start": "bank", "bank": bank or ["listened-to"]}, drop=("bank",))
    return console.response.request.path


# --- 1. New consultation: only what the chosen start needs ---------------------------------------------------------


def test_each_way_to_start_reveals_only_what_it_needs(app, console):
    create(console, "Wave one")
    page = console.get("/staff/consultations/new")
    bank, copy = reveal_of(page, "bank"), reveal_of(page, "copy")
    assert reveal_of(page, "blank") is None
    # The bank's checklist sits under "from the bank", the list to copy under "a new wave": hidden until chosen.
    assert bank is not None and bank.select("input[name=bank]") and not bank.select("select")
    assert copy is not None and copy.select_one("select[name=source]") and not copy.select("input[name=bank]")
    assert hidden(bank) and hidden(copy)
    assert not page.select("input[name=bank]:not([type=checkbox])")
    # The design system's select, wide enough for a consultation's title.
    source = copy.select_one("select[name=source]")
    assert {"govuk-select", "govuk-!-width-full"} <= set(source["class"])


def test_the_server_reads_only_the_chosen_start_and_keeps_what_was_typed(app, console):
    create(console, "Wave one")
    console.get("/staff/consultations/new")
    # A new wave with no consultation chosen: one error, about that, and the bank's ticks (sent without JavaScript,
    # or left from another choice) neither complain nor are lost.
    page = console.submit({"title": "Wave two", "start": "copy", "source": "", "bank": ["school"]}, drop=("bank",))
    assert console.response.status_code == 400
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "Select the consultation to copy" in summary and "Select at least one question" not in summary
    assert page.select_one("#title")["value"] == "Wave two"
    assert page.select_one("input[name=start][value=copy]").has_attr("checked")
    assert not hidden(reveal_of(page, "copy")) and hidden(reveal_of(page, "bank"))
    assert [box["value"] for box in page.select("input[name=bank][checked]")] == ["school"]
    # From the bank with nothing ticked: its own error, shown under its own choice.
    page = console.submit({"start": "bank"}, drop=("bank", "start"))
    assert console.response.status_code == 400
    assert "Select at least one question from the bank" in page.select_one(".govuk-error-summary").get_text()
    assert not hidden(reveal_of(page, "bank")) and hidden(reveal_of(page, "copy"))
    assert page.select_one("#title")["value"] == "Wave two"
    # With no questions: whatever the other parts hold is not read.
    console.submit({"start": "blank", "source": "not-a-consultation", "bank": []}, drop=("bank", "start", "source"))
    assert console.page.h1.get_text(strip=True) == "Wave two"
    assert console.page.select(".heard-question-list__item") == []


def test_with_nothing_to_copy_a_new_wave_is_not_offered(console):
    page = console.get("/staff/consultations/new")
    assert page.select_one("input[name=start][value=copy]") is None
    assert page.select_one("select[name=source]") is None
    console.submit({"title": "First", "start": "copy"}, drop=("bank",))
    assert console.response.status_code == 400
    assert "Select how you want to start" in console.page.select_one(".govuk-error-summary").get_text()


# --- 2. Preview: any band in any language, named in the banner ------------------------------------------------------


def banner_words(app, language: str, band: str) -> str:
    with app.test_request_context(), force_locale(language):
        return babel_gettext("Age band: %(band)s", band=str(BAND_NAMES[band]))


def test_one_step_previews_any_band_in_any_language_named_in_the_banner(app, console):
    overview = create(console, "Peek", ["listened-to", "school"])
    page = console.get(overview)
    form = page.select_one("form.heard-preview-choice")
    assert form["method"] == "get" and form["action"].endswith("/preview")
    assert [option["value"] for option in form.select("select[name=band] option")] == list(BAND_NAMES)
    assert "pl" in [option["value"] for option in form.select("select[name=lang] option")]
    # No "Preview" that quietly means 12 to 17.
    assert not page.select("a[href*='band=12-17']")

    page = console.get(f"{overview}/preview?band=8-11&lang=pl")
    assert page.find("html")["lang"] == "pl"
    banner = page.select_one(".heard-preview")
    words = banner.get_text(" ", strip=True)
    assert banner_words(app, "pl", "8-11") in words and banner_words(app, "pl", "8-11") != "Age band: 8 to 11"
    assert banner.find("span", lang="pl").get_text(strip=True) == "Polski"
    switch = banner.select_one("form.heard-preview__switch")
    assert switch.select_one("select[name=band] option[selected]")["value"] == "8-11"
    assert switch.select_one("select[name=lang] option[selected]")["value"] == "pl"
    # Through the questions the band and language stay (the start page's own form carries them).
    start = page.select_one("main form[method=get]:not(.heard-preview__switch)")
    assert start.select_one("input[name=lang]")["value"] == "pl"
    page = console.get(f"{overview}/preview?band=8-11&lang=pl&n=1")
    assert page.find("html")["lang"] == "pl"
    assert banner_words(app, "pl", "8-11") in page.select_one(".heard-preview").get_text(" ", strip=True)
    assert "lang=pl" in page.select_one(".govuk-back-link")["href"]
    # Switching band in the banner: the care leavers' version, still Polish.
    page = console.get(f"{overview}/preview?band=care-leavers&lang=pl")
    assert banner_words(app, "pl", "care-leavers") in page.select_one(".heard-preview").get_text(" ", strip=True)


def test_previewing_in_polish_leaves_the_workers_own_pages_in_their_language(console):
    overview = create(console, "Peek")
    console.get(f"{overview}/preview?band=8-11&lang=pl")
    assert console.page.find("html")["lang"] == "pl"
    # Polish has staff pages: had the preview set the language cookie, the console would now be in Polish.
    assert "heard_lang=" not in (console.response.headers.get("Set-Cookie") or "")
    assert console.get(overview).find("html")["lang"] == "en"


# --- 3. Publish and close: confirmed, warning about old wording, with real dates ---------------------------------


def test_the_overview_has_no_one_click_publish_or_close(app, console):
    overview = create(console, "Careful")
    page = console.get(overview)
    posting = [form["action"] for form in page.find("main").select("form[method=post]")]
    assert not [action for action in posting if action.endswith(("/publish", "/close", "/reopen"))]
    assert page.select_one(f"main a[href='{overview}/publish']").get_text(strip=True) == "Publish"


def test_publishing_is_confirmed_naming_the_languages_that_show_old_wording(app, console):
    overview = create(console, "Careful", ["listened-to", "reach-worker"])
    # The bank brings its translations; changing a question's English leaves them showing the old wording.
    console.get(overview)
    console.get(console.page.select_one(".heard-question-list__item a")["href"])
    console.submit({"title": "Do people at the council listen to you?"})
    page = console.follow("Publish")
    assert console.response.status_code == 200
    assert page.h1.get_text(strip=True) == "Publish this consultation?"
    stale = [" ".join(item.get_text().split()) for item in page.select("#stale-languages li")]
    # How many of its texts depends on how finely staleness is kept (the title, or the title and its hint).
    assert any(re.fullmatch(r"Polish: [12] texts? needs? review", line) for line in stale), stale
    assert any(line.startswith("Welsh: ") for line in stale), stale
    links = {a.get_text(strip=True): a["href"] for a in page.select("#stale-languages a")}
    assert links["Polish"] == f"{overview}/translations/pl"
    assert f"The opening date on every page becomes {long_date(date.today())}." in page.get_text(" ", strip=True)
    assert page.select_one(f"main a[href='{overview}']").get_text(strip=True) in {"Cancel", "Back"}
    assert [a.get_text(strip=True) for a in page.select("main form a")] == ["Cancel"]
    assert page.select_one("main form")["action"] == f"{overview}/publish"
    assert page.select_one("main form input[name=csrf_token]") is not None
    # Asking is not doing.
    assert newest(app).status == ConsultationStatus.DRAFT
    console.press("Publish")
    assert "Published. Young people can now answer." in console.page.get_text()
    assert newest(app).status == ConsultationStatus.PUBLISHED
    text = console.page.get_text(" ", strip=True)
    assert f"Opened: {long_date(date.today())}" in text and "when published" not in text
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "consultation-published")).all()
        assert [event.detail["version"] for event in events] == [1]
    # Nothing new to publish: no Publish, and its page leads back to the overview.
    assert console.page.select_one(f"main a[href='{overview}/publish']") is None
    console.get(f"{overview}/publish")
    assert console.response.request.path == overview


def test_publishing_with_a_closing_date_already_passed_says_nobody_could_answer(console):
    overview = create(console, "Late")
    console.get(f"{overview}/dates")
    console.submit({"opens_on": ["1", "1", "2020"], "closes_on": ["2", "1", "2020"], "feedback_due_on": ["", "", ""]})
    page = console.follow("Publish")
    warning = page.select_one("#closing-date-passed")
    assert warning is not None and "2 January 2020, has passed" in warning.get_text()
    assert warning.select_one("a")["href"] == f"{overview}/dates"


def test_a_consultation_not_ready_says_why_and_offers_no_publish(console):
    console.get("/staff/consultations/new")
    console.submit({"title": "Empty", "start": "blank"}, drop=("bank",))
    overview = console.response.request.path
    page = console.get(f"{overview}/publish")
    assert "Add at least one question" in page.get_text()
    assert page.select("main button") == []


def test_closing_is_confirmed_and_every_page_shows_the_real_dates(app, console):
    overview = create(console, "Closing time")
    console.follow("Publish")
    console.press("Publish")
    page = console.follow("Close")
    assert page.h1.get_text(strip=True) == "Close this consultation?"
    today = long_date(date.today())
    assert f"The closing date on every page becomes {today}." in page.get_text(" ", strip=True)
    assert page.select_one("main form button").get_text(strip=True) == "Close consultation"
    assert newest(app).status == ConsultationStatus.PUBLISHED
    console.press("Close consultation")
    assert "Closed. The link now tells young people the survey has closed." in console.page.get_text()
    text = console.page.get_text(" ", strip=True)
    assert f"Closed: {today}" in text and f"Opened: {today}" in text and "when you close it" not in text
    with app.app_context():
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "consultation-closed")) is not None
    listed = console.get("/staff/").get_text(" ", strip=True)
    assert f"Closed on {today}" in listed
    # Reopening is asked the same way.
    console.get(overview)
    page = console.follow("Reopen")
    assert page.h1.get_text(strip=True) == "Reopen this consultation?"
    console.press("Reopen")
    assert f"Opened on {today}" in console.get("/staff/").get_text(" ", strip=True)


def test_a_status_change_is_still_refused_without_the_csrf_token(app, console):
    overview = create(console, "Guarded")
    assert console.client.post(f"{overview}/publish", data={}).status_code == 400
    assert newest(app).status == ConsultationStatus.DRAFT


# The preview is a young person's page: every word it shows, the banner's included, is in their catalogue (so in
# Pashto, Dari, Tigrinya, Sorani, Albanian and Vietnamese too). The walk's fixtures are the young people's walk's own.
asked = young_people_strings.asked
young_people_ids = young_people_strings.young_people_ids


def test_the_preview_banner_speaks_every_young_persons_language(app, console, asked, young_people_ids):
    overview = create(console, "Peek", ["listened-to", "school"])
    for band in BAND_NAMES:
        page = console.get(f"{overview}/preview?band={band}&lang=ps")
        assert page.find("html")["lang"] == "ps"
        banner = page.select_one(".heard-preview").get_text(" ", strip=True)
        assert banner_words(app, "ps", band) in banner and "Age band" not in banner
        console.get(f"{overview}/preview?band={band}&lang=ps&n=1")
    missing = sorted(asked - young_people_ids)
    assert missing == [], f"the preview shows these but babel-young-people.cfg does not extract them: {missing}"
