"""Every worrying word reaches a person (issue 12): every free-text answer is read by a named person; the screen only
decides the order; unread comments escalate; a reader opens a case the screen missed, marked "found by a person"."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis import reading, triage
from participation.analysis.models import AnswerAnalysis, CaseAnswer, CaseStatus, CommentReading, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.organisations.models import Organisation
from participation.responses import services as responses
from participation.responses.models import Response
from participation.surveys.models import Consultation
from tests import factories
from tests.integration.test_erasure import answer as stored_answer
from tests.pages import parse

DISCLOSURE = "my mums boyfriend hits me when shes out"
NEGATIVE = "the food here is horrible and the house is boring"
PLAIN = "i like my new room and the garden"
UNLISTED = "ሰላም ኣብዚ ገዛ ጽቡቕ ኣይኮነን"  # Tigrinya: no word list


def _page(client, url: str) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return parse(response)


def _token(page: BeautifulSoup) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


@pytest.fixture()
def council(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        org = factories.organisation("Readington Council")
        consultation = factories.consultation(org, code="rd")
        people = {
            role: factories.staff(org, role)
            for role in (Role.PARTICIPATION_WORKER, Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN, Role.BOARD_MEMBER)
        }
        answers = {}
        for name, text in (
            ("plain", PLAIN),
            ("negative", NEGATIVE),
            ("disclosure", DISCLOSURE),
            ("unlisted", UNLISTED),
        ):
            response = stored_answer(consultation, text)
            answers[name] = next(a.id for a in response.answers if a.text)
        # The screen has no word list for Tigrinya and says so; the comment is read next after disclosures.
        assert db.session.get(AnswerAnalysis, answers["unlisted"]).listed is False
        db.session.commit()
        return org.id, consultation.id, people, answers


def _texts(page: BeautifulSoup) -> list[str]:
    return [p.get_text(strip=True) for p in page.select(".heard-comment__text")]


def test_every_free_text_answer_arrives_unread_and_the_screen_only_decides_the_order(app, client, council):
    org_id, consultation_id, people, answers = council
    with app.app_context():
        states = db.session.scalars(
            select(CommentReading).where(CommentReading.consultation_id == consultation_id)
        ).all()
        assert len(states) == 4 and all(state.read_at is None and state.read_by_id is None for state in states)
        # The hour it arrived, never the minute.
        assert all(state.arrived_at.minute == 0 and state.arrived_at.second == 0 for state in states)
    factories.sign_in(client, *people[Role.PARTICIPATION_WORKER])
    url = f"/staff/consultations/{consultation_id}/comments"
    page = _page(client, url)
    assert _texts(page) == [DISCLOSURE, UNLISTED, NEGATIVE, PLAIN]
    first = page.select(".heard-comment")[0]
    assert "Possible disclosure" in first.get_text() and "Flagged because of:" in first.get_text()
    assert first.select("code"), "the words that triggered it are shown"
    assert "Not screened in Tigrinya: needs reading" in page.select(".heard-comment")[1].get_text()
    assert "Negative" in page.select(".heard-comment")[2].get_text()
    # Looking is not reading: the page was opened twice and nothing is read.
    _page(client, url)
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count()).select_from(CommentReading).where(CommentReading.read_at.is_not(None))
            )
            == 0
        )


def test_a_named_person_marks_one_comment_read_and_the_first_reader_is_kept(app, client, council):
    org_id, consultation_id, people, answers = council
    worker, secret = people[Role.PARTICIPATION_WORKER]
    factories.sign_in(client, worker, secret)
    url = f"/staff/consultations/{consultation_id}/comments"
    page = _page(client, url)
    response = client.post(f"{url}/{answers['plain']}/read", data={"csrf_token": _token(page)})
    assert response.status_code == 302
    unread = _page(client, url)
    assert PLAIN not in _texts(unread) and len(_texts(unread)) == 3
    read = _page(client, url + "?show=read")
    assert _texts(read) == [PLAIN]
    assert "Read by Sam Worker" in read.select_one(".heard-comment").get_text()
    with app.app_context():
        state = db.session.get(CommentReading, answers["plain"])
        assert state.read_by_id == worker.id and state.read_at is not None and state.read_at.minute == 0
        assert (
            db.session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "comment-read"))
            == 1
        )
    # A second reader changes nothing: the first named person stays.
    admin_client = app.test_client()
    factories.sign_in(admin_client, *people[Role.ORGANISATION_ADMIN])
    page = _page(admin_client, url + "?show=all")
    assert admin_client.post(f"{url}/{answers['plain']}/read", data={"csrf_token": _token(page)}).status_code == 302
    with app.app_context():
        assert db.session.get(CommentReading, answers["plain"]).read_by_id == worker.id
    # Without the token nothing is read.
    assert client.post(f"{url}/{answers['negative']}/read", data={}).status_code == 400
    # An answer of another consultation, or no answer at all, is not found.
    mine = _token(_page(client, url))
    assert client.post(f"{url}/{uuid.uuid4()}/read", data={"csrf_token": mine}).status_code == 404


def test_safeguarding_leads_read_comments_too_and_board_members_never_do(app, client, council):
    org_id, consultation_id, people, answers = council
    url = f"/staff/consultations/{consultation_id}/comments"
    factories.sign_in(client, *people[Role.SAFEGUARDING_LEAD])
    page = _page(client, url)
    assert len(_texts(page)) == 4
    assert not page.select("form[action*='/add']"), "themes stay the workers' to correct"
    assert client.post(f"{url}/{answers['unlisted']}/read", data={"csrf_token": _token(page)}).status_code == 302
    queue = _page(client, "/staff/safeguarding/")
    waiting = queue.find("h2", string="Comments waiting to be read").find_next("ul").get_text(" ", strip=True)
    assert "3 unread comments" in waiting and "1 to read first" in waiting
    board = app.test_client()
    factories.sign_in(board, *people[Role.BOARD_MEMBER])
    assert board.get(url).status_code == 403
    token = _token(_page(board, "/staff/"))
    assert board.post(f"{url}/{answers['plain']}/read", data={"csrf_token": token}).status_code == 403
    assert board.post(f"{url}/{answers['plain']}/case", data={"csrf_token": token}).status_code == 403


def test_deciding_on_a_case_is_reading_its_words(app, client, council):
    org_id, consultation_id, people, answers = council
    lead, secret = people[Role.SAFEGUARDING_LEAD]
    factories.sign_in(client, lead, secret)
    with app.app_context():
        case_id = db.session.scalar(
            select(SafeguardingCase.id).where(SafeguardingCase.answer_id == answers["disclosure"])
        )
    page = _page(client, f"/staff/safeguarding/{case_id}")
    assert "Not yet: saving a decision marks it read" in page.get_text()
    client.post(
        f"/staff/safeguarding/{case_id}", data={"status": "acknowledged", "note": "", "csrf_token": _token(page)}
    )
    with app.app_context():
        state = db.session.get(CommentReading, answers["disclosure"])
        assert state.read_by_id == lead.id
    assert "Read by Sam Worker" in _page(client, f"/staff/safeguarding/{case_id}").get_text()


def test_a_reader_opens_a_case_the_screen_missed_in_one_step(app, client, council):
    org_id, consultation_id, people, answers = council
    worker, secret = people[Role.PARTICIPATION_WORKER]
    factories.sign_in(client, worker, secret)
    url = f"/staff/consultations/{consultation_id}/comments"
    page = _page(client, url)
    target = page.find(id=f"a-{answers['negative']}")
    assert any("Open a safeguarding case" in button.get_text() for button in target.find_all("button"))
    response = client.post(f"{url}/{answers['negative']}/case", data={"csrf_token": _token(page)})
    assert response.status_code == 302
    followed = _page(client, response.headers["Location"])
    assert "Safeguarding case opened" in followed.get_text()
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.answer_id == answers["negative"]))
        assert case.found_by_person and case.opened_by_id == worker.id and case.status == CaseStatus.NEW
        assert db.session.get(CommentReading, answers["negative"]).read_by_id == worker.id
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "safeguarding-case-opened-by-person")
            )
            == 1
        )
        # Never offered as a quote.
        from participation.analysis.services import quote_candidates

        assert answers["negative"] not in {c.answer_id for c in quote_candidates(consultation_id)}
    # Twice is once.
    again = client.post(f"{url}/{answers['negative']}/case", data={"csrf_token": _token(page)})
    assert "already in the safeguarding queue" in _page(client, again.headers["Location"]).get_text()
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(SafeguardingCase)
                .where(SafeguardingCase.answer_id == answers["negative"])
            )
            == 1
        )

    lead_client = app.test_client()
    factories.sign_in(lead_client, *people[Role.SAFEGUARDING_LEAD])
    queue = _page(lead_client, "/staff/safeguarding/")
    row = next(tr for tr in queue.select("tbody tr") if NEGATIVE[:20] in tr.get_text())
    assert "Found by a person" in row.get_text()
    case_page = _page(lead_client, f"/staff/safeguarding/{case.id}")
    assert "Sam Worker saw a worry the screen missed" in case_page.get_text()
    found = _page(lead_client, "/staff/safeguarding/found")
    rows = found.select("tbody tr")
    assert len(rows) == 1 and NEGATIVE[:20] in rows[0].get_text() and "Still misses it" in rows[0].get_text()
    # A lead who opens one goes straight to the case.
    page = _page(lead_client, url)
    response = lead_client.post(f"{url}/{answers['plain']}/case", data={"csrf_token": _token(page)})
    assert "/staff/safeguarding/" in response.headers["Location"]


def _late(app, consultation_id, days: int) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        for state in db.session.scalars(
            select(CommentReading).where(CommentReading.consultation_id == consultation_id)
        ):
            state.arrived_at = datetime.now(UTC) - timedelta(days=days)
        db.session.commit()


def _case_of(answer_id) -> SafeguardingCase:  # type: ignore[no-untyped-def]
    return db.session.scalar(
        select(SafeguardingCase)
        .join(CaseAnswer, CaseAnswer.case_id == SafeguardingCase.id)
        .where(CaseAnswer.answer_id == answer_id)
    )


def test_unread_comments_escalate_once_without_their_words(app, council):
    org_id, consultation_id, people, answers = council
    _late(app, consultation_id, 4)  # at least two working days, less than five
    with app.app_context():
        # The flagged disclosure and the comment the screen cannot read each have a case, still new: they escalate
        # through the safeguarding queue, not twice.
        assert reading.escalate() == 0
        assert db.session.get(CommentReading, answers["disclosure"]).escalated_at is None
        assert db.session.get(CommentReading, answers["unlisted"]).escalated_at is None
        lead = people[Role.SAFEGUARDING_LEAD][0]
        # Once the unreadable one's case is decided without its words being marked read, the comment's own
        # deadline (a disclosure's: it was never screened) still applies.
        case = _case_of(answers["unlisted"])
        case.status = CaseStatus.ACKNOWLEDGED
        assert reading.escalate() == 1, "only the comment the screen cannot read is late after four days"
        mail = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "unread-comments")).all()
        assert [m.to for m in mail] == [lead.email]
        assert UNLISTED not in mail[0].body and str(consultation_id) in mail[0].body
        db.session.commit()
    _late(app, consultation_id, 8)
    with app.app_context():
        assert reading.escalate() == 2, "the plain and negative comments, now more than five working days old"
        mail = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "unread-comments")).all()
        worker = people[Role.PARTICIPATION_WORKER][0]
        assert sorted(m.to for m in mail) == sorted([lead.email, worker.email])
        for message in mail:
            assert all(text not in message.body for text in (PLAIN, NEGATIVE, DISCLOSURE, UNLISTED))
        assert reading.escalate() == 0, "each comment is escalated once"
        db.session.commit()


def test_the_organisation_sets_how_long_comments_may_wait(app, client, council):
    org_id, consultation_id, people, answers = council
    factories.sign_in(client, *people[Role.ORGANISATION_ADMIN])
    page = _page(client, "/staff/settings")
    base = {
        "identity_vault": "no",
        "compare_opt_in": "no",
        "read_unsent_disclosures": "yes",
        "contact_requests_role": Role.PARTICIPATION_WORKER.value,
        "contact_acknowledge_within": "2",
        "csrf_token": _token(page),
    }
    for bad in ("abc", "0", "4", "", "1.5"):
        response = client.post(
            "/staff/settings", data={**base, "read_disclosures_within": bad, "read_comments_within": "5"}
        )
        assert response.status_code == 400
        text = parse(response).get_text()
        assert "a whole number from 1 to 3" in text and "Traceback" not in text
    response = client.post(
        "/staff/settings", data={**base, "read_disclosures_within": "2", "read_comments_within": "10"}
    )
    assert response.status_code == 302
    with app.app_context():
        org = db.session.get(Organisation, org_id)
        assert (org.read_disclosures_within, org.read_comments_within) == (2, 10)
    _late(app, consultation_id, 8)  # six working days at most: less than ten
    with app.app_context():
        _case_of(answers["unlisted"]).status = CaseStatus.ACKNOWLEDGED  # left to the comment's own deadline
        assert reading.escalate() == 1, "only the comment the screen cannot read"


def test_figures_say_how_many_were_read_and_how_fast_and_hide_small_counts(app, client, council):
    org_id, consultation_id, people, answers = council
    with app.app_context():
        figures = reading.figures(consultation_id, 5)
        assert figures.comments.count is None and figures.unread.count is None, "four comments: below the threshold"
        assert figures.read.count == 0, "a zero is not a small count"
        consultation = db.session.get(Consultation, consultation_id)
        for index in range(8):
            stored_answer(consultation, f"{PLAIN} {index}")
        worker = people[Role.PARTICIPATION_WORKER][0]
        for state in db.session.scalars(
            select(CommentReading).where(CommentReading.consultation_id == consultation_id)
        ):
            state.arrived_at = datetime(2026, 11, 2, 9, tzinfo=UTC)  # a Monday
            if state.answer_id != answers["disclosure"]:
                state.read_by_id, state.read_at = worker.id, datetime(2026, 11, 2, 15, tzinfo=UTC)
        db.session.commit()
        figures = reading.figures(consultation_id, 5, now=datetime(2026, 11, 20, tzinfo=UTC))
        assert figures.comments.count == 12
        # One unread comment is a small count, and the read ones are the whole minus it: both hidden.
        assert figures.unread.count is None and figures.read.count is None and figures.median_hours is None
        state = db.session.get(CommentReading, answers["disclosure"])
        state.read_by_id, state.read_at = worker.id, datetime(2026, 11, 5, 9, tzinfo=UTC)  # three days
        db.session.commit()
        figures = reading.figures(consultation_id, 5, now=datetime(2026, 11, 20, tzinfo=UTC))
        assert (figures.read.count, figures.unread.count) == (12, 0)
        # Eleven read within the day; the possible disclosure after three working days (one allowed): late, but
        # "late" alone is one comment, so in time (the whole minus it) is hidden with it.
        assert figures.read_in_time.count is None and figures.late.count == 0 and figures.median_hours == 6
    factories.sign_in(client, *people[Role.PARTICIPATION_WORKER])
    overview = _page(client, f"/staff/consultations/{consultation_id}").get_text(" ", strip=True)
    assert "Comments: 12. Read: 12, c of them in time. Unread: 0, 0 of them late." in overview
    assert "Typical time to read: 6 hours." in overview
    board = app.test_client()
    factories.sign_in(board, *people[Role.BOARD_MEMBER])
    pack = _page(board, f"/staff/consultations/{consultation_id}/board-pack")
    row = [cell.get_text(strip=True) for cell in pack.select("#table-reading tbody tr")[0].find_all(["th", "td"])]
    assert row[1:] == ["12", "12", "c", "0", "6 hours"]
    workbook = load_workbook(io.BytesIO(board.get(f"/staff/consultations/{consultation_id}/board-pack.xlsx").data))
    assert any(
        "Every comment read by a person" in str(sheet.title)
        or any("Every comment read by a person" in str(c.value) for r in sheet.iter_rows() for c in r)
        for sheet in workbook.worksheets
    )


def test_a_deleted_answer_takes_its_read_state_and_a_case_found_by_a_person_is_kept(app, council):
    org_id, consultation_id, people, answers = council
    with app.app_context():
        consultation = db.session.get(Consultation, consultation_id)
        response = stored_answer(
            consultation, "the trip to the seaside with him was fine i guess", receipt="ABCD-EFGH-JKLM"
        )
        answer = next(a for a in response.answers if a.text)
        worker = people[Role.PARTICIPATION_WORKER][0]
        case = reading.open_case(answer, consultation_id, worker).case
        case_id, answer_id = case.id, answer.id
        db.session.commit()
        responses.delete_response(db.session.get(Response, response.id))
        db.session.commit()
        assert db.session.get(CommentReading, answer_id) is None
        case = db.session.get(SafeguardingCase, case_id)
        assert case.found_by_person and case.kept["text"] == "the trip to the seaside with him was fine i guess"
        assert [item.view.case.id for item in triage.found_by_people(org_id)] == [case_id]
        # Who read it stays with the case (the outside review found it went with the answer).
        (kept,) = triage.get(org_id, case_id).answers
        assert kept.answer_id is None and kept.read_by_id == worker.id and kept.read_at is not None


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 40), st.integers(0, 40), st.integers(1, 10))
def test_no_small_reading_count_can_be_worked_out_from_the_published_ones(in_time, late_read, waiting, overdue, limit):
    """The outside review found "Read: 392, 388 of them in time" (so 4 read late). Whole = read + unread,
    read = in time + late, unread = waiting + overdue: at every level the hidden parts must not add up to a small
    number, and a hidden total's parts cannot all be shown."""
    from tests.disclosure import assert_partition_safe

    whole, read, unread, read_parts, unread_parts = reading.protected(
        {"in-time": in_time, "late-read": late_read, "waiting": waiting, "overdue": overdue}, limit
    )
    assert_partition_safe(whole.count, [read.count, unread.count], limit, "read or not")
    assert_partition_safe(read.count, [read_parts["in-time"].count, read_parts["late-read"].count], limit, "read")
    assert_partition_safe(unread.count, [unread_parts["waiting"].count, unread_parts["overdue"].count], limit, "unread")
    # A big late backlog stays visible when only the read side has a small part.
    if unread.count is not None and overdue >= limit and waiting >= limit:
        assert unread_parts["overdue"].count == overdue


def test_comments_come_a_page_at_a_time_in_reading_order(app, client, council, monkeypatch):
    from participation.analysis import routes

    org_id, consultation_id, people, answers = council
    monkeypatch.setattr(routes, "COMMENTS_PER_PAGE", 2)
    factories.sign_in(client, *people[Role.PARTICIPATION_WORKER])
    url = f"/staff/consultations/{consultation_id}/comments"
    first = _page(client, url)
    assert _texts(first) == [DISCLOSURE, UNLISTED] and "showing 1 to 2" in first.get_text()
    assert first.select_one("nav.govuk-pagination a[rel=next]")
    second = _page(client, url + "?page=2")
    assert _texts(second) == [NEGATIVE, PLAIN]
    assert _texts(_page(client, url + "?page=99")) == [NEGATIVE, PLAIN]
    wrong = client.get(url + "?page=abc")
    assert wrong.status_code == 400 and _texts(parse(wrong)) == [DISCLOSURE, UNLISTED]
    response = client.post(f"{url}/{answers['negative']}/read?page=2", data={"csrf_token": _token(second)})
    assert response.headers["Location"].endswith("page=2")
    assert _texts(_page(client, response.headers["Location"])) == [PLAIN]
