"""One case per response, with the English meaning of flagged words (issue 15): one young person's two worrying
answers are one safeguarding case listing each answer (question, words, flagged words and what their word list files
them under); a worry found later joins that case while nobody has acted on it, and opens its own after; removing the
answers keeps every one of them on the case until a lead closes it; the escalation email still holds no words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import AnswerAnalysis, CaseAnswer, CaseStatus, SafeguardingCase
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.responses import services as responses
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation
from tests import factories
from tests.console import Console

BEST = "In a few words, what is the best thing about where you live?"
CHANGE = "If you could change one thing, what would it be?"
# Two worrying answers in each language: hitting in the first, no food and a drunk adult (or fear) in the second.
TWO_WORRIES = {
    "ar": ("زوج امي يضربني كل يوم", "ما في اكل بالبيت وامي دايما سكرانه", "physical abuse", "neglect"),
    "ur": (
        "میرا سوتیلا باپ مجھے مارتا ہے",
        "رات کو وہ میرے کمرے میں آتا ہے اور مجھے ڈر لگتا ہے",
        "physical abuse",
        "feeling unsafe where they live",
    ),
}


def store(consultation: Consultation, best: str | None, change: str | None, language: str = "en") -> Response:
    """A stored, analysed response with its two free-text answers (either may be empty)."""
    words = {key: text for key, text in (("best-thing", best), ("one-change", change)) if text}
    return factories.stored_response(
        consultation, words, language=language, submitted_on=date(2026, 1, 12), analyse=True
    )


@pytest.fixture()
def council(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        org = factories.organisation("Onecase Council")
        consultation = factories.consultation(org, code="oc")
        people = {role: factories.staff(org, role) for role in (Role.SAFEGUARDING_LEAD, Role.PARTICIPATION_WORKER)}
        db.session.commit()
        return org.id, consultation.id, people


def console(app, person) -> Console:  # type: ignore[no-untyped-def]
    user, secret = person
    client = app.test_client()
    factories.sign_in(client, user, secret)
    return Console(client)


def cases() -> list[SafeguardingCase]:
    return list(db.session.scalars(select(SafeguardingCase).order_by(SafeguardingCase.flagged_at)))


@pytest.mark.parametrize("language", sorted(TWO_WORRIES))
def test_two_worrying_answers_are_one_case_listing_each_with_the_english_meaning(app, council, language):
    org_id, consultation_id, people = council
    best, change, best_meaning, change_meaning = TWO_WORRIES[language]
    with app.app_context():
        store(db.session.get(Consultation, consultation_id), best, change, language)
        db.session.commit()
        (case,) = cases()
        assert len(case.answers) == 2 and case.status == CaseStatus.NEW
        case_id = case.id
    lead = console(app, people[Role.SAFEGUARDING_LEAD])
    queue = lead.get("/staff/safeguarding/")
    assert len(queue.select("main table tbody tr")) == 1
    page = lead.get(f"/staff/safeguarding/{case_id}")
    assert page.select_one("#answers").get_text(strip=True) == "2 worrying answers"
    cards = {
        card.select_one(".govuk-summary-card__title").get_text(strip=True): card
        for card in page.select(".heard-flagged-answer")
    }
    assert set(cards) == {BEST, CHANGE}
    for title, words, meaning in ((BEST, best, best_meaning), (CHANGE, change, change_meaning)):
        card = cards[title]
        assert card.select_one("blockquote p").get_text(strip=True) == words
        assert card.select_one("blockquote p")["lang"] == language
        glosses = [span.get_text(strip=True) for span in card.select(".heard-flagged-terms span[lang=en]")]
        assert meaning in glosses, (title, glosses)


def test_english_words_need_no_gloss_and_words_no_list_explains_say_so(app, council):
    org_id, consultation_id, people = council
    with app.app_context():
        store(db.session.get(Consultation, consultation_id), "my mums boyfriend hits me when shes out", None)
        db.session.commit()
        case_id = cases()[0].id
    page = console(app, people[Role.SAFEGUARDING_LEAD]).get(f"/staff/safeguarding/{case_id}")
    (card,) = page.select(".heard-flagged-answer")
    assert card.select(".heard-flagged-terms code") and not card.select(".heard-flagged-terms span[lang=en]")
    # What the case page says about sentiment: never a score on a possible disclosure, and what a score is not.
    text = page.get_text(" ", strip=True)
    assert "Not scored: a possible disclosure is never given a sentiment score." in text
    assert "it is not a measure of risk" in text


def test_a_worry_a_reader_finds_joins_the_new_case_and_after_a_decision_opens_its_own(app, council):
    org_id, consultation_id, people = council
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        first = store(consultation, "my mums boyfriend hits me when shes out", "the trip with him was fine i guess")
        second = store(
            consultation, "my mums boyfriend hits me when shes out", "we stayed at his flat again at the weekend"
        )
        db.session.commit()
        quiet = {r.id: next(a.id for a in r.answers if a.question_key == "one-change") for r in (first, second)}
        first_id, second_id = first.id, second.id
        assert len(cases()) == 2
    worker = console(app, people[Role.PARTICIPATION_WORKER])
    comments = f"/staff/consultations/{consultation_id}/comments"
    token = worker.get(comments + "?show=all").find("input", {"name": "csrf_token"})["value"]
    joined = worker.client.post(f"{comments}/{quiet[first_id]}/case", data={"csrf_token": token})
    assert joined.status_code == 302
    page = worker.get(comments + "?show=all")
    assert "Added to the safeguarding case already open on this young person’s other answers" in page.get_text()
    with app.app_context():
        assert len(cases()) == 2  # joined, not a third case
        link = db.session.get(CaseAnswer, quiet[first_id])
        assert link.found_by_person and link.found_by_id == people[Role.PARTICIPATION_WORKER][0].id
        first_case = db.session.get(SafeguardingCase, link.case_id)
        assert len(first_case.answers) == 2
        assert {db.session.get(Answer, link.answer_id).response_id for link in first_case.answers} == {first_id}
        # The lead decides on the second response's case; a worry found after that opens a case of its own.
        other = db.session.scalar(
            select(SafeguardingCase).join(CaseAnswer).join(Answer).where(Answer.response_id == second_id)
        )
        triage.update(other, CaseStatus.ACKNOWLEDGED, "Called the school", people[Role.SAFEGUARDING_LEAD][0])
        db.session.commit()
        other_id = other.id
    worker.client.post(f"{comments}/{quiet[second_id]}/case", data={"csrf_token": token})
    with app.app_context():
        assert len(cases()) == 3
        new = db.session.get(SafeguardingCase, db.session.get(CaseAnswer, quiet[second_id]).case_id)
        assert new.id != other_id and new.status == CaseStatus.NEW and new.found_by_person
        new_id = new.id
    lead = console(app, people[Role.SAFEGUARDING_LEAD])
    page = lead.get(f"/staff/safeguarding/{new_id}")
    assert page.select_one(f"a[href='/staff/safeguarding/{other_id}']") is not None
    assert "also in 1 other case" in page.get_text(" ", strip=True)
    found = lead.get("/staff/safeguarding/found").get_text(" ", strip=True)
    assert "the trip with him was fine i guess" in found and "we stayed at his flat again at the weekend" in found


def test_deleting_the_response_keeps_every_answer_on_the_case_until_a_lead_closes_it(app, council):
    org_id, consultation_id, people = council
    best, change, best_meaning, change_meaning = TWO_WORRIES["ar"]
    with app.app_context():
        response = store(db.session.get(Consultation, consultation_id), best, change, "ar")
        db.session.commit()
        assert responses.delete_response(response) == 1
        db.session.commit()
        (case,) = cases()
        assert case.answer_id is None and not case.answers
        assert [item["text"] for item in case.kept["answers"]] == [best, change]
        assert db.session.scalar(select(func.count()).select_from(CaseAnswer)) == 0
        case_id = case.id
        # The escalation email says a case waits, never what was written nor what it was flagged for.
        triage.escalate(now=datetime.now(UTC) + timedelta(days=5))
        db.session.commit()
        (email,) = db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "safeguarding-escalation")
        ).all()
        for said in (best, change, best_meaning, change_meaning, "سكران"):
            assert said not in email.body and said not in email.subject
    lead = console(app, people[Role.SAFEGUARDING_LEAD])
    page = lead.get(f"/staff/safeguarding/{case_id}")
    cards = page.select(".heard-flagged-answer")
    assert [card.select_one("blockquote p").get_text(strip=True) for card in cards] == [best, change]
    assert best_meaning in cards[0].get_text() and change_meaning in cards[1].get_text()
    forms = [f for f in page.find("main").find_all("form") if f.find("input", {"name": "csrf_token"})]
    decision = next(index for index, form in enumerate(forms) if form.find(attrs={"name": "status"}))
    lead.submit({"status": "no-concern", "note": "Spoke to her worker."}, form_index=decision)
    with app.app_context():
        case = db.session.get(SafeguardingCase, case_id)
        assert case.status == CaseStatus.NO_CONCERN and "text" not in case.kept
        assert all("text" not in item for item in case.kept["answers"])
        assert [item["question_key"] for item in case.kept["answers"]] == ["best-thing", "one-change"]
    closed = lead.get(f"/staff/safeguarding/{case_id}").get_text(" ", strip=True)
    assert best not in closed and change not in closed and "2 worrying answers" in closed


def test_a_disclosure_never_shows_a_score_on_the_comments_page_which_says_what_a_score_is(app, council):
    org_id, consultation_id, people = council
    carer = "my carer shouts at me and I don't feel safe at home"
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        flagged = store(consultation, carer, None)
        store(consultation, "my carers are really kind and they always make time for me", None)
        store(consultation, "nie lubię mojej szkoły", None, "pl")
        # An analysis stored before scores were withheld from disclosures still says +0.50: never shown.
        analysis = db.session.get(AnswerAnalysis, flagged.answers[0].id)
        assert analysis.safeguarding and analysis.sentiment is None
        analysis.sentiment = 0.5
        db.session.commit()
    page = console(app, people[Role.PARTICIPATION_WORKER]).get(f"/staff/consultations/{consultation_id}/comments")
    items = {
        item.select_one(".heard-comment__text").get_text(strip=True): item for item in page.select(".heard-comment")
    }
    meta = {text: item.select_one(".heard-comment__meta").get_text(" ", strip=True) for text, item in items.items()}
    assert "sentiment not scored: possible disclosure" in meta[carer] and "+0.50" not in meta[carer]
    assert "leans positive" in meta["my carers are really kind and they always make time for me"]
    assert "sentiment not scored" in meta["nie lubię mojej szkoły"]
    text = page.get_text(" ", strip=True)
    assert "What the sentiment score is, and is not" in text
    assert "English only: comments in other languages are not scored." in text
    assert "It can miss negation and sarcasm" in text and "It is not a measure of risk." in text
