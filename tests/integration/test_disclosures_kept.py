"""A disclosure is never lost (TRUST.md, issue 11): deleting by receipt code, erasing by identifier, the retention
purge and any other removal keep an open safeguarding case, marked with what happened, until a safeguarding lead
closes it; what a young person is told about who reads their words is exactly what the code does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import delete, func, select

from participation.accounts.models import Role
from participation.analysis import keeping, triage
from participation.analysis.models import AnswerAnalysis, CaseStatus, Removal, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.distribution.services import create_batch
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.organisations.models import Organisation
from participation.privacy import erasure
from participation.privacy.models import ReidentificationRequest, VaultEntry
from participation.pseudonyms import identifier_pseudonym
from participation.responses import services as responses
from participation.responses.models import Answer, Draft, Response
from participation.surveys.models import Consultation
from tests import factories
from tests.console import Console
from tests.integration.test_erasure import answer as stored_answer
from tests.journey import Journey

DISCLOSURE = "school is ok but my mums boyfriend hits me when shes out"


def count(model, *where) -> int:  # type: ignore[no-untyped-def]
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.fixture()
def council(app):  # type: ignore[no-untyped-def]
    """A council with the identity vault on, a closed consultation (so the purge can reach it), its safeguarding
    leads, an admin, a participation worker and a board member."""
    with app.app_context():
        org = factories.organisation("Keepington Council")
        org.identity_vault = True
        consultation = factories.consultation(org, code="kp", closes_on=date(2026, 1, 31))
        consultation.retention_days = 30
        create_batch(consultation, count=0, group=None, age_band="12-17", identifiers=["CASE-7"])
        factories.consultation(org, code="kq")  # still open, for the journey
        people = {
            role: factories.staff(org, role)
            for role in (Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN, Role.PARTICIPATION_WORKER, Role.BOARD_MEMBER)
        }
        people["second lead"] = factories.staff(org, Role.SAFEGUARDING_LEAD)
        db.session.commit()
        return org.id, consultation.id, people


_CONSOLES: dict[object, Console] = {}


@pytest.fixture(autouse=True)
def _fresh_consoles():  # type: ignore[no-untyped-def]
    _CONSOLES.clear()
    yield
    _CONSOLES.clear()


def signed_in(app, person) -> Console:  # type: ignore[no-untyped-def]
    """One signed-in browser per person per test (an authenticator code is accepted once)."""
    user, secret = person
    if user.id not in _CONSOLES:
        client = app.test_client()
        factories.sign_in(client, user, secret)
        _CONSOLES[user.id] = Console(client)
    return _CONSOLES[user.id]


def open_case(app) -> SafeguardingCase:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(SafeguardingCase))


def queue_text(app, person, show_all: bool = False) -> str:  # type: ignore[no-untyped-def]
    console = signed_in(app, person)
    page = console.get("/staff/safeguarding/" + ("?show=all" if show_all else ""))
    table = page.select_one("main table")
    return table.get_text(" ", strip=True) if table else ""


def close_case(console: Console, case_id) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    page = console.get(f"/staff/safeguarding/{case_id}")
    # The decision form (a case that can still be traced also shows the form to ask who wrote it).
    forms = [f for f in page.find("main").find_all("form") if f.find("input", {"name": "csrf_token"})]
    index = next(i for i, form in enumerate(forms) if form.find(attrs={"name": "status"}))
    return console.submit(
        {"status": "no-concern", "note": "Spoke to the young person's worker; no concern."}, form_index=index
    )


# --- the removal paths -------------------------------------------------------------------------------------------


def remove_by_receipt(app, consultation_id, people) -> None:  # type: ignore[no-untyped-def]
    """Through the pages, as a young person would: receipt code, delete, confirm."""
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE, receipt="ABCDE-FGHJK")
        db.session.commit()
    journey = Journey(app.test_client(), "kp")
    journey.get("/receipt")
    page = journey.submit_current({"code": "ABCDE-FGHJK"})
    form = page.find("form", action="/receipt/delete")
    journey.submit_current({"code": form.find("input", {"name": "code"})["value"]})
    confirm = journey.page.find("form", action="/receipt/delete")
    journey.submit_current(
        {
            "code": confirm.find("input", {"name": "code"})["value"],
            "confirmed": confirm.find("input", {"name": "confirmed"})["value"],
        }
    )
    assert journey.h1() == "Your answers have been deleted"


def remove_by_erasure(app, consultation_id, people) -> None:  # type: ignore[no-untyped-def]
    """A safeguarding lead erases by identifier, through the page."""
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE, identifier="CASE-7")
        db.session.commit()
    console = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    console.get("/staff/erasure/")
    page = console.submit({"identifier": "CASE-7"})
    assert "Safeguarding cases still open (kept) 1" in page.get_text(" ", strip=True)
    console.submit({}, action=None)


def remove_by_purge(app, consultation_id, people) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE)
        db.session.commit()
    result = app.test_cli_runner().invoke(args=["retention", "purge", "--today", "2026-03-02"])
    assert result.exit_code == 0, result.output


def remove_by_deleting_the_rows(app, consultation_id, people) -> None:  # type: ignore[no-untyped-def]
    """Any other removal, even one that forgets the rule and deletes answer rows outright: the database keeps the
    case (its link to the answer is SET NULL, never CASCADE)."""
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE)
        db.session.commit()
        db.session.execute(delete(Response))
        db.session.commit()


REMOVALS = {
    "receipt": (remove_by_receipt, Removal.DELETED_BY_YOUNG_PERSON, "The young person deleted their answers on"),
    "erasure": (remove_by_erasure, Removal.ERASED_BY_IDENTIFIER, "Erased by identifier on"),
    "purge": (remove_by_purge, Removal.RETENTION_PURGE, "Removed by the retention purge on"),
}


@pytest.mark.parametrize("how", sorted(REMOVALS))
def test_every_removal_keeps_the_open_case_and_its_words_until_a_lead_closes_it(app, council, how):
    _org_id, consultation_id, people = council
    remove, removal, mark = REMOVALS[how]
    remove(app, consultation_id, people)
    with app.app_context():
        # The answer is gone from analysis, figures and quotes ...
        assert count(Answer, Answer.text.is_not(None)) == 0
        if how != "purge":  # the purge keeps the anonymous analysis rows the figures are counted from
            assert count(AnswerAnalysis) == 0
        # ... but the case is kept, open, with its words and a mark of what happened.
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None and case.status == CaseStatus.NEW and case.answer_id is None
        assert case.kept["text"] == DISCLOSURE and case.removal == removal and case.removed_on is not None
        case_id = case.id
    listed = queue_text(app, people[Role.SAFEGUARDING_LEAD])
    assert DISCLOSURE in listed and mark in listed
    # Only a safeguarding lead (or admin) may close it: a participation worker and a board member are refused.
    for role in (Role.PARTICIPATION_WORKER, Role.BOARD_MEMBER):
        console = signed_in(app, people[role])
        token = console.get("/staff/").find("input", {"name": "csrf_token"})["value"]
        refused = console.client.post(
            f"/staff/safeguarding/{case_id}", data={"status": "no-concern", "note": "x", "csrf_token": token}
        )
        assert refused.status_code == 403
    assert open_case(app).status == CaseStatus.NEW
    # The lead who erased cannot close it alone; a second lead closes it, and then the words go.
    closer = people["second lead"] if how == "erasure" else people[Role.SAFEGUARDING_LEAD]
    close_case(signed_in(app, closer), case_id)
    with app.app_context():
        case = db.session.get(SafeguardingCase, case_id)
        assert case.status == CaseStatus.NO_CONCERN and "text" not in case.kept and case.notes
    assert DISCLOSURE not in queue_text(app, closer)
    closed = queue_text(app, closer, show_all=True)
    assert mark in closed and "The case was closed, so its words have gone." in closed and DISCLOSURE not in closed


def test_even_a_removal_that_forgets_the_rule_keeps_the_case(app, council):
    _org_id, consultation_id, people = council
    remove_by_deleting_the_rows(app, consultation_id, people)
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None and case.status == CaseStatus.NEW and case.answer_id is None


def test_every_removal_of_answers_calls_the_one_rule(app, council, monkeypatch):
    """The receipt delete, erasure by identifier and the purge all decide what happens to a case through
    ``keeping.keep_cases`` (one rule), with their own mark."""
    org_id, consultation_id, people = council
    seen: list[Removal] = []
    real = keeping.keep_cases

    def spy(answer_ids, removal, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(removal)
        return real(answer_ids, removal, **kwargs)

    monkeypatch.setattr(keeping, "keep_cases", spy)
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        responses.delete_response(stored_answer(consultation, "a comment"))
        stored_answer(consultation, "another comment", identifier="CASE-7")
        erasure.erase(org_id, "CASE-7", by=None, may_touch_open_cases=True)
        stored_answer(consultation, "a third comment")
        erasure.purge(erasure.expired(date(2026, 3, 2)), on=date(2026, 3, 2))
        db.session.rollback()
    assert seen == [Removal.DELETED_BY_YOUNG_PERSON, Removal.ERASED_BY_IDENTIFIER, Removal.RETENTION_PURGE]


# --- deleting by receipt code: a confirm step that says what happens -----------------------------------------------


@pytest.mark.parametrize(
    ("band", "words"),
    [
        ("4-7", "a grown-up whose job is keeping children safe will still read it"),
        ("12-17", "a safeguarding worker will still read it and may act to keep you safe"),
        ("parents-carers", "our safeguarding team will still read it and may act on it"),
    ],
)
def test_deleting_by_receipt_asks_first_in_words_for_the_age_band(app, council, band, words):
    _org_id, consultation_id, _people = council
    with app.app_context():
        stored_answer(
            db.session.get(Consultation, consultation_id), "more trips please", band=band, receipt="KMNPQ-RSTVW"
        )
        db.session.commit()
    journey = Journey(app.test_client(), "kp")
    journey.get("/receipt")
    page = journey.submit_current({"code": "KMNPQ-RSTVW"})
    # Said on the answers page, and again on the confirm page, before anything is deleted; the same words
    # whatever was written, so whoever holds the code does not learn whether an answer was flagged.
    assert words in page.get_text(" ", strip=True)
    journey.submit_current({"code": "KMNPQ-RSTVW"})
    assert journey.h1() == "Are you sure you want to delete your answers?"
    assert words in journey.page.select_one("main").get_text(" ", strip=True)
    assert journey.page.find("a", string="No, keep my answers") is not None
    with app.app_context():
        assert count(Response) == 1  # nothing deleted before confirming
    journey.submit_current({"code": "KMNPQ-RSTVW", "confirmed": "yes"})
    assert journey.h1() == "Your answers have been deleted"
    assert "They will not be counted or read" not in journey.page.get_text()
    with app.app_context():
        assert count(Response) == 0


def test_a_receipt_deleted_case_can_still_be_traced_with_two_people(app, council):
    """Deleting by receipt code leaves the identity vault alone, so the kept case still says it can be traced."""
    org_id, consultation_id, people = council
    with app.app_context():
        stored_answer(
            db.session.get(Consultation, consultation_id), DISCLOSURE, identifier="CASE-7", receipt="ABCDE-FGHJK"
        )
        db.session.commit()
        responses.delete_response(responses.find_response_by_receipt("ABCDE-FGHJK"))
        db.session.commit()
    case = open_case(app)
    page = signed_in(app, people[Role.SAFEGUARDING_LEAD]).get(f"/staff/safeguarding/{case.id}")
    text = page.get_text(" ", strip=True)
    assert DISCLOSURE in text and "The young person deleted their answers on" in text
    assert "so it can be linked to a person" in text


# --- erasure by identifier -------------------------------------------------------------------------------------------


def test_a_participation_worker_cannot_erase_an_open_case_and_learns_nothing(app, council):
    org_id, consultation_id, people = council
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE, identifier="CASE-7")
        db.session.commit()
        case = db.session.scalar(select(SafeguardingCase))
        lead = people[Role.SAFEGUARDING_LEAD][0]
        triage.update(case, CaseStatus.ACKNOWLEDGED, "Looking into it", lead)
        db.session.add(
            ReidentificationRequest(organisation_id=org_id, case_id=case.id, reason="At risk", requested_by_id=lead.id)
        )
        db.session.commit()
    worker = signed_in(app, people[Role.PARTICIPATION_WORKER])
    worker.get("/staff/erasure/")
    page = worker.submit({"identifier": "CASE-7"})
    shown = page.select_one("main").get_text(" ", strip=True)
    assert "1 response" not in shown and "What will be erased" not in shown and "Safeguarding cases" not in shown
    worker.submit({}, action=None)
    with app.app_context():
        # Held back for a lead: the response, the case with its note and request, and the vault entry that traces it.
        pseudonym = identifier_pseudonym(org_id, "CASE-7")
        assert count(Response, Response.invite_pseudonym == pseudonym) == 1
        case = db.session.scalar(select(SafeguardingCase))
        assert case.answer_id is not None and case.removal is None and len(case.notes) == 1
        assert count(ReidentificationRequest) == 1 and count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 1
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier"))
        assert event.detail["held_back"] == 1
    # A safeguarding lead erases: the answers go, the case stays open with its words, notes and request.
    lead_console = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    lead_console.get("/staff/erasure/")
    lead_console.submit({"identifier": "CASE-7"})
    lead_console.submit({}, action=None)
    with app.app_context():
        assert count(Response, Response.invite_pseudonym == identifier_pseudonym(org_id, "CASE-7")) == 0
        case = db.session.scalar(select(SafeguardingCase))
        assert case.status == CaseStatus.ACKNOWLEDGED and case.kept["text"] == DISCLOSURE
        assert (
            case.removal == Removal.ERASED_BY_IDENTIFIER and case.removed_by_id == people[Role.SAFEGUARDING_LEAD][0].id
        )
        assert len(case.notes) == 1 and count(ReidentificationRequest) == 1
        case_id = case.id
    # Two people means two people: whoever erased cannot also close the case.
    refused = close_case(lead_console, case_id)
    assert "You erased these answers, so a second person must close this case" in refused.get_text()
    assert open_case(app).status == CaseStatus.ACKNOWLEDGED


# --- unsent drafts -----------------------------------------------------------------------------------------------


def write_without_sending(app, band: str = "12-17", words: str = DISCLOSURE) -> Journey:  # type: ignore[no-untyped-def]
    journey = Journey(app.test_client(), "kq")
    journey.start(band)
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": words})
    return journey


# Tigrinya, which has no word list: "I am not happy at home" could be anything, so a person reads it.
UNSCREENED = "ኣብ ገዛ ሕጉስ ኣይኮንኩን"


def test_words_the_screen_cannot_read_are_read_by_a_person_even_unsent(app, council):
    """A comment in a language without a word list is never silently passed: the young person is told where to get
    help and that a person reads it, and left unsent it opens a case saying why."""
    _org_id, _consultation_id, people = council
    journey = write_without_sending(app, words=UNSCREENED)
    assert journey.page.select_one(".heard-safety") is not None
    with app.app_context():
        written = db.session.scalar(select(Draft)).disclosure_at
        assert written is not None
        written = written if written.tzinfo else written.replace(tzinfo=UTC)
        opened = keeping.sweep_unsent(written + timedelta(hours=24))
        assert len(opened) == 1 and opened[0].kept["text"] == UNSCREENED and opened[0].kept["risk_terms"] == []
        assert opened[0].kept["language"] == "ti"
        case_id = opened[0].id
        db.session.commit()
    page = signed_in(app, people[Role.SAFEGUARDING_LEAD]).get(f"/staff/safeguarding/{case_id}")
    assert "Not screened in Tigrinya: needs reading" in page.get_text()


def test_a_draft_left_unsent_for_24_hours_opens_a_case_marked_not_sent(app, council, runner):
    _org_id, _consultation_id, people = council
    write_without_sending(app)
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        written = draft.disclosure_at
        assert written is not None and written.minute == 0 and written.second == 0  # an hour, never the minute
        written = written if written.tzinfo else written.replace(tzinfo=UTC)
        # A moved clock: not before 24 hours have passed ...
        assert keeping.sweep_unsent(written + timedelta(hours=23, minutes=59)) == []
        # ... and once they have, one case, marked, with the words.
        opened = keeping.sweep_unsent(written + timedelta(hours=24))
        assert len(opened) == 1
        case = opened[0]
        assert case.status == CaseStatus.NEW and case.removal == Removal.NOT_SENT and case.kept["text"] == DISCLOSURE
        assert db.session.scalar(select(Draft)).disclosure_at is None
        assert keeping.sweep_unsent(written + timedelta(hours=48)) == []  # once
        db.session.commit()
    listed = queue_text(app, people[Role.SAFEGUARDING_LEAD])
    assert DISCLOSURE in listed and "Not sent by the young person" in listed


def test_the_escalation_timer_and_its_own_command_run_the_sweep(app, council, runner):
    write_without_sending(app)
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        draft.disclosure_at = datetime.now(UTC) - timedelta(hours=25)
        db.session.commit()
    result = runner.invoke(args=["analysis", "sweep-drafts"])
    assert result.exit_code == 0 and "Opened 1 case(s)" in result.output
    result = runner.invoke(args=["analysis", "escalate"])
    assert result.exit_code == 0 and "Opened 0 case(s)" in result.output
    with app.app_context():
        assert count(SafeguardingCase, SafeguardingCase.removal == Removal.NOT_SENT) == 1


def test_sending_stops_the_clock_and_the_setting_turns_it_off(app, council):
    org_id, _consultation_id, _people = council
    journey = write_without_sending(app)
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        assert db.session.scalar(select(Draft)).disclosure_at is None
        assert keeping.sweep_unsent(datetime.now(UTC) + timedelta(days=3)) == []
        db.session.get(Organisation, org_id).read_unsent_disclosures = False
        db.session.commit()
    write_without_sending(app)
    with app.app_context():
        # Off: not even the hour is kept, and nothing opens.
        assert count(Draft, Draft.disclosure_at.is_not(None)) == 0
        assert keeping.sweep_unsent(datetime.now(UTC) + timedelta(days=3)) == []
        assert count(SafeguardingCase, SafeguardingCase.removal == Removal.NOT_SENT) == 0


def test_the_purge_never_takes_an_unsent_disclosure_with_the_drafts(app, council, runner):
    """A draft the purge is about to delete that has held a possible disclosure for 24 hours opens its case first."""
    _org_id, consultation_id, _people = council
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        db.session.add(
            Draft(
                organisation_id=consultation.organisation_id,
                consultation_id=consultation_id,
                token_hash="0" * 64,
                age_band="12-17",
                language="en",
                answers={"one-change": {"choices": [], "text": DISCLOSURE, "declined": False}},
                last_active_on=date(2026, 1, 20),
                disclosure_at=datetime(2026, 1, 20, 15, tzinfo=UTC),
            )
        )
        db.session.commit()
    result = runner.invoke(args=["retention", "purge", "--today", "2026-03-02"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert count(Draft) == 0
        case = db.session.scalar(select(SafeguardingCase))
        assert case.removal == Removal.RETENTION_PURGE and case.kept["text"] == DISCLOSURE
        assert case.status == CaseStatus.NEW and case.kept["unsent"] is True


@pytest.mark.parametrize(
    ("reads", "band", "start_words", "box_words"),
    [
        (
            True,
            "12-17",
            "will still read it after 24 hours",
            "If you do not send them, someone whose job is keeping "
            "young people safe will still read what you wrote after 24 hours",
        ),
        (
            True,
            "4-7",
            "a grown-up will still read it after a day",
            "If you do not send it, a grown-up will still read it after a day",
        ),
        (
            False,
            "12-17",
            "Nobody reads your answers until you send them",
            "Nobody reads your answers until you send them",
        ),
        (
            False,
            "4-7",
            "Nobody reads what you write until you press send",
            "Nobody reads what you write until you press send",
        ),
    ],
)
def test_the_start_page_and_the_box_say_exactly_what_happens(app, council, reads, band, start_words, box_words):
    org_id, _consultation_id, _people = council
    with app.app_context():
        db.session.get(Organisation, org_id).read_unsent_disclosures = reads
        db.session.commit()
    journey = Journey(app.test_client(), "kq")
    page = journey.get(f"/s/kq?band={band}")
    assert start_words in page.select_one("main").get_text(" ", strip=True)
    journey.submit_current()
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": DISCLOSURE})
    box = journey.page.select_one(".heard-safety[role=status]").get_text(" ", strip=True)
    # Nothing is sent yet: the box says what happens when they send, never that it will be read regardless.
    assert "will read what you wrote soon" not in box
    assert ("When you press send" if band == "4-7" else "When you send your answers") in box
    assert box_words in box


def test_the_admin_sets_whether_unsent_disclosures_are_read(app, council):
    org_id, _consultation_id, people = council
    console = signed_in(app, people[Role.ORGANISATION_ADMIN])
    page = console.get("/staff/settings")
    checked = page.select_one("input[name=read_unsent_disclosures][checked]")
    assert checked is not None and checked["value"] == "yes"  # on by default
    console.submit({"read_unsent_disclosures": "no"})
    with app.app_context():
        assert db.session.get(Organisation, org_id).read_unsent_disclosures is False
        assert count(AuditEvent, AuditEvent.action == "unsent-disclosures-read-off") == 1


def test_erasing_a_personal_codes_fresh_unsent_disclosure_is_for_a_lead_and_opens_its_case_first(app, council):
    """Found from outside (twice): a worker's erasure deleted a draft written an hour before, holding a possible
    disclosure the young person was told would be read, and no case opened; then it opened one but took the vault
    entry with it, marked "left unsent for 24 hours". A worker now leaves it (and what traces it) for a lead; a lead
    erasing it opens its case marked as erased by identifier and never sent."""
    org_id, consultation_id, people = council
    with app.app_context():
        from participation.distribution.models import InviteCode

        invite = db.session.scalar(
            select(InviteCode).where(InviteCode.pseudonym == identifier_pseudonym(org_id, "CASE-7"))
        )
        db.session.add(
            Draft(
                organisation_id=org_id,
                consultation_id=consultation_id,
                token_hash="1" * 64,
                age_band="12-17",
                language="en",
                invite_id=invite.id,
                answers={"one-change": {"choices": [], "text": DISCLOSURE, "declined": False}},
                last_active_on=date.today(),
                disclosure_at=datetime.now(UTC).replace(minute=0, second=0, microsecond=0),
            )
        )
        db.session.commit()
        pseudonym = identifier_pseudonym(org_id, "CASE-7")
    worker = signed_in(app, people[Role.PARTICIPATION_WORKER])
    worker.get("/staff/erasure/")
    worker.submit({"identifier": "CASE-7"})
    worker.submit({}, action=None)
    with app.app_context():
        # Held back: the draft, its invite's pseudonym and the vault entry stay; no case yet (the sweep opens it).
        assert count(Draft) == 1 and count(SafeguardingCase) == 0
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 1
        assert count(InviteCode, InviteCode.pseudonym == pseudonym) == 1
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier"))
        assert event.detail["held_back"] == 1 and event.detail["drafts"] == 0 and event.detail["responses"] == 0
    lead = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    lead.get("/staff/erasure/")
    lead.submit({"identifier": "CASE-7"})
    lead.submit({}, action=None)
    with app.app_context():
        assert count(Draft) == 0
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None and case.status == CaseStatus.NEW and case.kept["text"] == DISCLOSURE
        assert case.removal == Removal.ERASED_BY_IDENTIFIER and case.kept["unsent"] is True
        assert case.removed_by_id == people[Role.SAFEGUARDING_LEAD][0].id
        case_id = case.id
    page = signed_in(app, people["second lead"]).get(f"/staff/safeguarding/{case_id}").get_text(" ", strip=True)
    assert DISCLOSURE in page and "Erased by identifier" in page and "had not sent these answers" in page
    assert "left unsent for 24 hours" not in page and "did not keep the identifiers" not in page


def test_the_erasure_audit_counts_only_the_vault_entries_that_went(app, council):
    """Found from outside: an answer held back for a lead kept its vault entry, but the audit row said it went."""
    org_id, _consultation_id, people = council
    with app.app_context():
        stored_answer(db.session.get(Consultation, _consultation_id), DISCLOSURE, identifier="CASE-7")
        db.session.commit()
    worker = signed_in(app, people[Role.PARTICIPATION_WORKER])
    worker.get("/staff/erasure/")
    worker.submit({"identifier": "CASE-7"})
    worker.submit({}, action=None)
    with app.app_context():
        pseudonym = identifier_pseudonym(org_id, "CASE-7")
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 1
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier"))
        assert event.detail["held_back"] == 1 and event.detail["vault_entries"] == 0


def test_erasure_keeps_what_an_open_case_needs_to_trace_until_a_lead_closes_it(app, council):
    """Found from outside: a lead or admin erasing an identifier took the vault entry an open case (with a request
    to find out who wrote it) depended on. The entry now waits for the case, and goes when a lead closes it."""
    org_id, consultation_id, people = council
    with app.app_context():
        stored_answer(db.session.get(Consultation, consultation_id), DISCLOSURE, identifier="CASE-7")
        db.session.commit()
        pseudonym = identifier_pseudonym(org_id, "CASE-7")
    lead = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    lead.get("/staff/erasure/")
    lead.submit({"identifier": "CASE-7"})
    done = lead.submit({}, action=None).get_text(" ", strip=True)
    assert "Erased 1 response and everything made from it." in done
    assert "1 safeguarding case keeps its words in the queue until a second person closes it." in done
    case_id = open_case(app).id
    with app.app_context():
        assert count(Response, Response.invite_pseudonym == pseudonym) == 0
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 1
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier"))
        assert event.detail["vault_entries"] == 0
    second = signed_in(app, people["second lead"])
    page = second.get(f"/staff/safeguarding/{case_id}").get_text(" ", strip=True)
    assert "can be linked to a person" in page and "did not keep the identifiers" not in page
    close_case(second, case_id)
    with app.app_context():
        assert db.session.get(SafeguardingCase, case_id).status == CaseStatus.NO_CONCERN
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 0
    page = second.get(f"/staff/safeguarding/{case_id}").get_text(" ", strip=True)
    assert "it has since been removed" in page


def test_the_vault_entry_waits_for_the_last_open_case_of_the_same_young_person(app, council):
    """Found from outside: with two flagged answers from one young person, closing the first case removed the vault
    entry while the second was still open."""
    org_id, consultation_id, people = council
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        stored_answer(consultation, DISCLOSURE, identifier="CASE-7")
        stored_answer(consultation, "he hits me when i am home late", identifier="CASE-7")
        db.session.commit()
        pseudonym = identifier_pseudonym(org_id, "CASE-7")
        assert count(SafeguardingCase) == 2
    lead = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    lead.get("/staff/erasure/")
    lead.submit({"identifier": "CASE-7"})
    lead.submit({}, action=None)
    with app.app_context():
        first, second_case = (case.id for case in db.session.scalars(select(SafeguardingCase)))
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "responses-erased-by-identifier"))
        assert event.detail["responses"] == 2 and event.detail["vault_entries"] == 0
    second = signed_in(app, people["second lead"])
    close_case(second, first)
    with app.app_context():
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 1
    assert "can be linked to a person" in second.get(f"/staff/safeguarding/{second_case}").get_text(" ", strip=True)
    close_case(second, second_case)
    with app.app_context():
        assert count(VaultEntry, VaultEntry.pseudonym == pseudonym) == 0


# Written the way the outside review wrote them: Pashto without its own letters (read as Arabic), Albanian and
# Vietnamese typed without accents (read as English): on a page in a language with no word list, a person reads them.
ON_PAGES_WITHOUT_LISTS = [
    ("ps", "زما پلار ما وهي"),
    ("prs", "پدرم مرا میزند"),
    ("sq", "babai më rreh"),
    ("vi", "toi muon chet"),
]


@pytest.mark.parametrize("language,words", ON_PAGES_WITHOUT_LISTS)
def test_words_on_a_page_without_a_word_list_are_read_by_a_person_sent_or_not(app, council, language, words):
    _org_id, _closed_id, people = council
    with app.app_context():
        consultation_id = db.session.scalar(select(Consultation.id).where(Consultation.code == "kq"))
    unsent = Journey(app.test_client(), "kq", language=language)
    unsent.get(f"/s/kq?band=12-17&lang={language}")
    unsent.submit_current()
    while not unsent.page.select_one("textarea#answer"):
        unsent.answer_current()
    unsent.submit_current({"answer": words})
    assert unsent.page.select_one(".heard-safety") is not None
    with app.app_context():
        assert db.session.scalar(select(Draft)).disclosure_at is not None
    sent = Journey(app.test_client(), "kq", language=language)
    sent.get(f"/s/kq?band=12-17&lang={language}")
    sent.submit_current()
    while not sent.path.endswith("/check"):
        sent.answer_current(text=words)
    sent.submit_current()
    with app.app_context():
        analyses = db.session.scalars(select(AnswerAnalysis)).all()
        assert analyses and all(not analysis.listed for analysis in analyses)
        assert {analysis.language for analysis in analyses} == {language}
    lead = signed_in(app, people[Role.SAFEGUARDING_LEAD])
    page = lead.get(f"/staff/consultations/{consultation_id}/comments")
    assert f"Not screened in {LANGUAGES[language].english_name}: needs reading" in page.get_text()
    # Sent, it is in the safeguarding queue at once, with its clock, like a possible disclosure.
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.status == CaseStatus.NEW))
        assert case is not None and case.removal is None
        case_id = case.id
    queue = lead.get("/staff/safeguarding/").get_text(" ", strip=True)
    assert words in queue
    assert f"Not screened in {LANGUAGES[language].english_name}: needs reading" in queue
    # Deleting the answers by their receipt code keeps the words for the lead, as for a flagged disclosure.
    receipt = sent.page.select_one(".heard-receipt").get_text(strip=True)
    deleting = Journey(app.test_client(), "kq", language=language)
    deleting.get("/receipt")
    page = deleting.submit_current({"code": receipt})
    deleting.submit_current(
        {"code": page.find("form", action="/receipt/delete").find("input", {"name": "code"})["value"]}
    )
    confirm = deleting.page.find("form", action="/receipt/delete")
    deleting.submit_current({name: confirm.find("input", {"name": name})["value"] for name in ("code", "confirmed")})
    with app.app_context():
        assert count(Response) == 0
        kept = db.session.get(SafeguardingCase, case_id)
        assert kept.status == CaseStatus.NEW and kept.removal == Removal.DELETED_BY_YOUNG_PERSON
        assert words in str(kept.kept)
    assert "Not screened in" in lead.get(f"/staff/safeguarding/{case_id}").get_text()
