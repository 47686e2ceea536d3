"""Translations keep their review state field by field: rewording one English text marks only its own translations
as needing review, with the English they were made from beside them; the editor groups texts by question and band,
shows each language's progress and says what a save changed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.extensions import db
from participation.surveys import translations
from participation.surveys.models import Consultation
from tests import factories
from tests.console import Console

LANGUAGES = ["cy", "pl", "ro", "ar", "ur"]


@pytest.fixture()
def console(app, client):
    return factories.worker_console(app, client, "Translateshire Council")


def _start(console: Console, keys: list[str]) -> str:
    console.get("/staff/consultations/new")
    console.submit({"title": "Your voice", "start": "bank", "bank": keys}, drop=("bank",))
    return console.response.request.path


def _items(app, language: str) -> dict[str, translations.TranslationItem]:
    with app.app_context():
        consultation = db.session.scalars(select(Consultation).order_by(Consultation.created_at.desc())).first()
        found = {item.name: item for item in translations.translation_items(consultation, language)}
        db.session.remove()
    return found


def _needing_review(app, language: str) -> set[str]:
    return {name for name, item in _items(app, language).items() if item.needs_review}


def _edit_first_question(console: Console, overview: str, changes: dict) -> None:
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    console.submit(changes)
    assert "Question saved." in console.page.get_text()


def test_editing_a_title_marks_only_the_titles_as_needing_review(app, console):
    overview = _start(console, ["listened-to", "school"])
    assert all(_needing_review(app, language) == set() for language in LANGUAGES)
    _edit_first_question(console, overview, {"title": "Do people listen to you?"})
    for language in LANGUAGES:
        # The title every band reads, in each language; not its hint, its answers, its bands' own wordings, nor the
        # other question.
        assert _needing_review(app, language) == {"q1-title-all"}, language
        item = _items(app, language)["q1-title-all"]
        assert item.out_of_date and item.was == "Do you feel listened to?"
        assert item.english == "Do people listen to you?"
    # The editor shows the old English beside the new; the hint beside it is untouched.
    page = console.get(overview + "/translations/pl")
    english = page.select_one("#q1-title-all-english").get_text(" ", strip=True)
    assert "English changed" in english
    assert "English now: Do people listen to you?" in english
    assert "English when translated: Do you feel listened to?" in english
    assert "heard-translation--review" in page.select_one("#q1-title-all-group")["class"]
    assert "English changed" not in page.select_one("#q1-hint-all-english").get_text()
    assert "heard-translation--review" not in page.select_one("#q1-hint-all-group")["class"]
    assert page.select_one("#q1-title-all-checked").get("checked") is None
    assert page.select_one("#q1-hint-all-checked").get("checked") is not None


def test_editing_an_answer_marks_only_that_answer(app, console):
    overview = _start(console, ["listened-to"])
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    labels = {field["value"]: field["name"] for field in console.page.select("input[name$='-label']") if field["value"]}
    console.submit({labels["Mostly"]: "Most of the time"})
    for language in LANGUAGES:
        assert _needing_review(app, language) == {"q1-option2"}, language
        assert _items(app, language)["q1-option2"].was == "Mostly"


def test_editing_one_bands_wording_marks_only_that_bands_title(app, console):
    overview = _start(console, ["listened-to"])
    _edit_first_question(console, overview, {"title_4_7": "Do big people listen to you?"})
    for language in LANGUAGES:
        assert _needing_review(app, language) == {"q1-title-4-7"}, language


def test_editing_the_start_page_marks_only_the_changed_text(app, console):
    overview = _start(console, ["listened-to"])
    console.get(overview + "/details")
    console.submit({"about": "What it is like where you live."})
    console.get(overview + "/translations/cy")
    console.submit({"c-about": "Sut beth yw lle rwyt ti'n byw.", "c-about-checked": "y"})
    console.get(overview + "/details")
    console.submit({"title": "Your voice 2027"})
    # No Welsh title yet, so nothing to review there; the Welsh "about" is of today's English.
    assert _needing_review(app, "cy") == set()
    console.get(overview + "/translations/cy")
    console.submit({"c-title": "Dy lais", "c-title-checked": "y"})
    console.get(overview + "/details")
    console.submit({"about": "What it is like at home."})
    assert _needing_review(app, "cy") == {"c-about"}


def test_a_stale_text_stays_stale_until_it_is_updated_or_ticked(app, console):
    overview = _start(console, ["listened-to"])
    _edit_first_question(console, overview, {"title": "Do people listen to you?", "hint": "Think about everyone."})
    assert _needing_review(app, "pl") == {"q1-title-all", "q1-hint-all"}
    # Saving the page without touching them keeps both out of date.
    console.get(overview + "/translations/pl")
    console.submit()
    assert _needing_review(app, "pl") == {"q1-title-all", "q1-hint-all"}
    assert _items(app, "pl")["q1-hint-all"].was == "Think about your social worker, your carers and your reviews."
    # Ticking 'Checked' on the title clears the title only; a new hint typed (not ticked) is no longer out of date but
    # still waits for a speaker's check.
    console.get(overview + "/translations/pl")
    console.submit({"q1-title-all-checked": "y", "q1-hint-all": "Pomyśl o wszystkich."})
    assert _needing_review(app, "pl") == {"q1-hint-all"}
    hint = _items(app, "pl")["q1-hint-all"]
    assert not hint.out_of_date and hint.unchecked
    banner = console.page.select_one(".govuk-notification-banner--success").get_text(" ", strip=True)
    assert banner == "Success Polish translation saved: 1 text changed, 1 marked as checked"
    # Publishing keeps each text's state: the next draft still knows the hint waits for a check.
    console.get(overview)
    console.follow("Publish")
    console.press("Publish")
    assert _needing_review(app, "pl") == {"q1-hint-all"}
    with app.app_context():
        consultation = db.session.scalars(select(Consultation).order_by(Consultation.created_at.desc())).first()
        # Every language still has something to review; Polish one text, the others both texts.
        assert translations.languages_needing_review(consultation, LANGUAGES) == LANGUAGES
        counts = translations.completeness(consultation, LANGUAGES)
        assert counts["pl"][2] == 1 and counts["cy"][2] == 2
        db.session.remove()


def test_the_editor_groups_texts_by_question_and_band_with_text_areas_for_long_texts(app, console):
    overview = _start(console, ["listened-to", "social-worker-count"])
    page = console.get(overview + "/translations/pl")
    first = page.select_one("#question-1")
    assert first.h2.get_text(" ", strip=True) == "Question 1 Do you feel listened to?"
    labels = [label.get_text(" ", strip=True) for label in first.select("label.govuk-label--s")]
    assert labels[:3] == ["Question (question 1)", "Hint (question 1)", "Answer 1 (question 1)"]
    # Each band's own wording under a heading that names the band, labelled with it for a screen reader too.
    bands = [heading.get_text(strip=True) for heading in first.select("h3")]
    assert bands == ["Wording for 4 to 7 year olds", "Wording for care leavers", "Wording for parents and carers"]
    assert page.select_one("label[for='q1-title-parents-carers']").get_text(" ", strip=True) == (
        "Question (question 1, Wording for parents and carers)"
    )
    assert page.select_one("label[for='q1-hint-care-leavers']").get_text(" ", strip=True) == (
        "Hint (question 1, Wording for care leavers)"
    )
    # The care leavers' title is the general one repeated (they have only a hint of their own): not asked twice.
    assert page.select_one("#q1-title-care-leavers") is None
    # Hints are text areas sized to their text; each field says what its English is.
    hint = page.select_one("#q2-hint-parents-carers")
    assert hint.name == "textarea" and "govuk-textarea" in hint["class"] and int(hint["rows"]) >= 2
    assert hint.get_text() == "Prosimy policzyć wszystkich, nawet jeśli pracowali z rodziną tylko przez krótki czas."
    assert "q2-hint-parents-carers-english" in hint["aria-describedby"].split()
    assert page.select_one("#q1-title-all").name == "input"
    # An answer only some bands see says which.
    assert "Only for: 4 to 7" in page.select_one("#q1-option6-english").get_text(" ", strip=True)
    assert "Only for" not in page.select_one("#q2-option1-english").get_text()
    # A contents list leads to each question and says what is left to do in each.
    contents = [item.get_text(" ", strip=True) for item in page.select(".heard-translation-contents li")]
    assert contents == [
        "Start page – 1 not translated",
        "Question 1: Do you feel listened to?",
        "Question 2: How many social workers have you had in the last 12 months?",
    ]
    # Progress for the language, on the editor and on the list of languages: the bank brings every text but the
    # consultation's own title.
    total = len(page.select("main form input.govuk-input, main form textarea"))
    said = f"{total - 1} of {total} texts translated, 0 need review"
    assert page.select_one("#translation-progress").get_text(" ", strip=True) == said
    console.get(overview)
    row = next(r for r in console.page.select("#languages ~ table tbody tr") if "Polski" in r.get_text())
    assert said in row.get_text(" ", strip=True)


def test_a_rejected_save_keeps_everything_typed_and_ticked(app, console):
    overview = _start(console, ["listened-to"])
    console.get(overview + "/translations/ro")
    page = console.submit(
        {
            "c-title": "Vocea ta",
            "q1-hint-all": "x" * 1001,
            "q1-option1": "Mereu",
            "q1-option1-checked": [],
            "q1-option2-checked": "y",
            # An answer holds 200 characters (its column's length), not the 300 a title may have.
            "q1-option3": "y" * 201,
        }
    )
    assert console.response.status_code == 400
    assert page.title.get_text().startswith("Error:")
    summary = page.select(".govuk-error-summary a")
    assert [(link.get_text(strip=True), link["href"]) for link in summary] == [
        ("Hint (question 1) must be 1000 characters or fewer", "#q1-hint-all"),
        ("Answer 3 (question 1) must be 200 characters or fewer", "#q1-option3"),
    ]
    assert page.select_one("#q1-hint-all-error") is not None
    assert "q1-hint-all-error" in page.select_one("#q1-hint-all")["aria-describedby"].split()
    assert page.select_one("#c-title")["value"] == "Vocea ta"
    assert page.select_one("#q1-hint-all").get_text() == "x" * 1001
    assert page.select_one("#q1-option1")["value"] == "Mereu"
    assert page.select_one("#q1-option1-checked").get("checked") is None
    assert page.select_one("#q1-option2-checked").get("checked") is not None
    assert _items(app, "ro")["q1-option1"].current == "Întotdeauna"


def test_saving_nothing_says_so(app, console):
    overview = _start(console, ["listened-to"])
    console.get(overview + "/translations/ar")
    console.submit()
    banner = console.page.select_one(".govuk-notification-banner--success").get_text(" ", strip=True)
    assert banner == "Success Arabic translation saved: nothing changed"
    assert console.response.request.path == overview + "/translations/ar"
