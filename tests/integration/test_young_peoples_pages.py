"""The young people's "you said, we did" and promises pages: a long page has a contents list, and how a promise or an
action is going is one sentence whose date and state agree, in words a young person uses, in every language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask_babel import force_locale

from participation.boards import pledges
from participation.boards.models import Action, ActionStatus, PledgeStatus
from participation.boards.public import Stage, progress
from participation.extensions import db
from participation.languages import LANGUAGES
from tests import factories
from tests.journey import Journey

TODAY = date(2026, 12, 6)
PAST = date(2026, 6, 30)
FUTURE = date(2027, 6, 30)
# One comment for each of several themes of the codebook.
COMMENTS = (
    "I want to see my brother more often",
    "the wifi at my carers never works",
    "my social worker keeps changing",
    "I need help with maths at school",
    "I don't feel safe at home",
    "I want to go to football club with my friends",
)


def respond(consultation, text: str) -> None:
    factories.stored_response(consultation, {"one-change": text}, analyse=True)


def _pledge(organisation_id, text: str, due_on: date | None, status: PledgeStatus):
    pledge = pledges.save_pledge(
        organisation_id,
        owner_name="Cllr Sam Jones",
        owner_role="Lead Member",
        text=text,
        made_at="Corporate Parenting Board",
        made_on=date(2025, 11, 12),
        due_on=due_on,
        themes=["workers"],
    )
    if status != PledgeStatus.NOT_STARTED:
        pledges.add_update(pledge, status=status, note="", evidence_url="", on=date(2026, 1, 5), user_id=None)
    return pledge


# --- how it is going: the date and the state agree -------------------------------------------------------------------


@pytest.mark.parametrize("promise", [True, False])
@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize("due_on", [None, PAST, FUTURE])
def test_the_date_and_the_state_always_agree(app, stage, due_on, promise):
    with app.test_request_context():
        said = progress(stage, due_on, None, TODAY, promise=promise)
    late = due_on == PAST and stage not in (Stage.DONE, Stage.STOPPED)
    assert said.late == late
    assert (said.tag == "Late") == late and (said.colour == "govuk-tag--red") == late
    # "Late" in the sentence exactly when it is late; and never the old "Going to plan", late or not.
    assert ("late" in said.sentence.lower()) == late, said
    assert "plan" not in f"{said.tag} {said.sentence}".lower()
    if late:
        assert said.sentence.startswith("We said we'd do this by June 2026. It's late")
    elif due_on and stage in (Stage.NOT_STARTED, Stage.WORKING, Stage.AT_RISK):
        assert "June 2027" in said.sentence, said
    if stage == Stage.STOPPED and not promise:
        assert said.sentence == ""  # the action's own reason says why, beside it
    else:
        assert said.sentence.endswith(".") and said.tag


def test_the_sentences_of_the_issue(app):
    with app.test_request_context():
        assert (
            progress(Stage.WORKING, PAST, None, TODAY, promise=True).sentence
            == "We said we'd do this by June 2026. It's late, and we're still working on it."
        )
        assert progress(Stage.WORKING, FUTURE, None, TODAY, promise=True).tag == "Working on it"
        assert progress(Stage.AT_RISK, FUTURE, None, TODAY, promise=True).tag == "It might be late"
        done_late = progress(Stage.DONE, date(2026, 3, 31), date(2026, 5, 2), TODAY, promise=False)
        assert done_late.sentence == "We said we'd do this by March 2026. We did it in May 2026, later than we said."
        assert (
            progress(Stage.DONE, FUTURE, date(2026, 5, 2), TODAY, promise=False).sentence == "We did this in May 2026."
        )


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_language_says_how_it_is_going_in_its_own_words(app, language):
    with app.test_request_context():
        english = [progress(stage, due, None, TODAY, promise=True) for stage in Stage for due in (None, PAST, FUTURE)]
        with force_locale(LANGUAGES[language].locale or language):
            said = [progress(stage, due, None, TODAY, promise=True) for stage in Stage for due in (None, PAST, FUTURE)]
    for theirs, ours in zip(said, english, strict=True):
        if language != "en":
            assert theirs.tag != ours.tag and theirs.sentence != ours.sentence, (language, ours)


def test_a_late_promise_is_never_going_to_plan(app):
    with app.app_context():
        organisation = factories.organisation("Promiseshire")
        factories.consultation(organisation, code="prom")
        _pledge(
            organisation.id,
            "You will meet your new worker within a week",
            date.today() - timedelta(days=40),
            PledgeStatus.ON_TRACK,
        )
        _pledge(
            organisation.id,
            "Every care leaver gets a laptop",
            date.today() + timedelta(days=200),
            PledgeStatus.ON_TRACK,
        )
        _pledge(organisation.id, "Free bus passes", None, PledgeStatus.DONE)
        db.session.commit()
    page = Journey(app.test_client(), "prom").get("/s/prom/promises")
    sections = {section.h2.get_text(strip=True): section for section in page.select("section.heard-ysdw__theme")}
    late = sections["You will meet your new worker within a week"]
    assert late.select_one(".govuk-tag").get_text(strip=True) == "Late"
    assert "It's late, and we're still working on it." in late.get_text()
    on_time = sections["Every care leaver gets a laptop"]
    assert on_time.select_one(".govuk-tag").get_text(strip=True) == "Working on it"
    assert "It should be done by" in on_time.get_text() and "late" not in on_time.get_text().lower()
    assert sections["Free bus passes"].select_one(".govuk-tag").get_text(strip=True) == "Done"
    text = page.get_text()
    assert "Going to plan" not in text and "this is late. It is" not in text
    # Late ones first, as before.
    assert list(sections)[0] == "You will meet your new worker within a week"

    polish = Journey(app.test_client(), "prom").get("/s/prom/promises?lang=pl")
    tags = [tag.get_text(strip=True) for tag in polish.select("section .govuk-tag")]
    assert "Late" not in tags and "Working on it" not in tags and all(tags)


# --- the contents list of a long page ---------------------------------------------------------------------------------


def test_a_long_you_said_we_did_page_has_a_contents_list(app):
    with app.app_context():
        organisation = factories.organisation("Contentshire")
        consultation = factories.consultation(organisation, code="long")
        for text in COMMENTS:
            respond(consultation, text)
        db.session.add(
            Action(
                organisation_id=organisation.id,
                consultation_id=consultation.id,
                themes=["workers"],
                texts={"en": {"what": "You will meet your new worker within a week."}},
                owner="Head of Service",
                status=ActionStatus.IN_PROGRESS,
                due_on=date.today() - timedelta(days=40),
            )
        )
        _pledge(organisation.id, "Free bus passes", None, PledgeStatus.DONE)
        db.session.commit()
    page = Journey(app.test_client(), "long").get("/s/long/you-said-we-did")
    nav = page.select_one("nav.heard-contents-list")
    assert nav is not None and nav["aria-labelledby"] == "contents-title"
    assert page.find(id="contents-title").get_text(strip=True) == "Contents"
    links = nav.select("ol > li > a")
    headings = [section.h2 for section in page.select("section.heard-ysdw__theme")]
    assert len(headings) >= 5
    # One link per theme's section, in the page's order, each to that section's heading; then the promises.
    assert [link["href"] for link in links[:-1]] == [f"#{heading['id']}" for heading in headings]
    assert [link.get_text(strip=True) for link in links[:-1]] == [heading.get_text(strip=True) for heading in headings]
    assert links[-1]["href"] == "#promises" and page.find(id="promises") is not None
    # Each section leads back to the list.
    for heading in headings:
        assert heading.find_parent("section").find("a", href="#contents") is not None
    # A late action says so, in words that agree with its date.
    workers = page.find(id="theme-workers").find_parent("section")
    assert workers.select_one(".heard-ysdw__actions .govuk-tag").get_text(strip=True) == "Late"
    assert "It's late, and we're still working on it." in workers.get_text()


def test_a_short_page_has_no_contents_list(app):
    with app.app_context():
        consultation = factories.consultation(factories.organisation("Shortshire"), code="short")
        respond(consultation, "I want to see my brother more often")
        db.session.commit()
    page = Journey(app.test_client(), "short").get("/s/short/you-said-we-did")
    assert page.select("section.heard-ysdw__theme")
    assert page.select_one("nav.heard-contents-list") is None and page.find("a", href="#contents") is None
