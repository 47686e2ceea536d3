"""Sessions of a group and participation activity: a worker records a session with attendance by band and topics,
notes go through the survey comments' analysis and safeguarding screen, two workers' notes never overwrite each
other, the shared screen never shows earlier words, boards see only suppressed figures, and one council never reaches
another's sessions."""

from __future__ import annotations

import itertools
import uuid
from collections import Counter
from datetime import date

import numpy
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis.models import SafeguardingCase
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll
from participation.sessions import services as sessions_services
from participation.sessions.models import ActivityKind, GroupSession, NoteSource, SessionNote
from participation.surveys.models import BAND_NAMES
from tests import factories
from tests.pages import error_summary, fetch, h1


def _token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def _group(app, council: str, name: str = "Voices Together") -> uuid.UUID:
    with app.app_context():
        org = db.session.scalar(select(Organisation).where(Organisation.name == council))
        group = Group(organisation_id=org.id, name=name, kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=40)
        db.session.add(group)
        db.session.commit()
        return group.id


def _record(app, client, council="Sessionshire", **fields) -> GroupSession:
    factories.worker_console(app, client, council)
    group_id = _group(app, council)
    page = fetch(client, "/staff/sessions")
    data = {
        "group": str(group_id),
        "held_on": ["14", "3", "2027"],
        "run_by": "the young people, with Sam",
        "topics": "Family time\nPocket money",
        "band_8_11": "3",
        "band_12_17": "9",
        "csrf_token": _token(page),
    } | fields
    fetch(client, "/staff/sessions", method="post", status=302, data=data)
    with app.app_context():
        return db.session.scalars(select(GroupSession)).one()


def _hand_over(client, session: GroupSession):
    """The worker opens the shared screen on this device (signed out on it) and the room's page opens."""
    page = fetch(client, f"/staff/sessions/{session.id}")
    form = page.find("form", {"action": f"/staff/sessions/{session.id}/room"})
    response = client.post(form["action"], data={"csrf_token": _token(form)})
    assert response.status_code == 302 and response.headers["Location"] == "/room"
    return fetch(client, "/room")


def _notes(app, session: GroupSession) -> list[SessionNote]:
    with app.app_context():
        return list(db.session.scalars(select(SessionNote).where(SessionNote.session_id == session.id)))


def test_a_worker_records_a_session_with_attendance_by_band_and_topics(app, client):
    session = _record(app, client)
    assert session.held_on == date(2027, 3, 14)
    assert session.attendance == {"8-11": 3, "12-17": 9}
    assert session.topics == ["Family time", "Pocket money"]
    page = fetch(client, f"/staff/sessions/{session.id}")
    assert h1(page) == "Voices Together, 14 March 2027"
    rows = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in page.select("tr") if row.th}
    assert rows == {"8 to 11": "3", "12 to 17": "9"}


def test_a_session_needs_a_group_and_a_real_date_and_keeps_what_was_typed(app, client):
    factories.worker_console(app, client, "Datesshire")
    _group(app, "Datesshire")
    page = fetch(client, "/staff/sessions")
    data = {
        "group": "",
        "held_on": ["31", "2", "2027"],
        "topics": "Food",
        "band_12_17": "ten",
        "csrf_token": _token(page),
    }
    page = fetch(client, "/staff/sessions", method="post", status=400, data=data)
    assert set(error_summary(page)) == {
        "Select the group",
        "The date of the session must be a real date, like 14 3 2027",
        "Enter how many came as a number, like 6",
    }
    assert page.find("textarea", {"name": "topics"}).get_text().strip() == "Food"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(GroupSession)) == 0


def test_notes_are_themed_and_a_worrying_note_opens_a_safeguarding_case(app, client):
    session = _record(app, client)
    page = fetch(client, f"/staff/sessions/{session.id}")
    data = {"text": "I want to see my little brother more", "consent": "y", "csrf_token": _token(page)}
    fetch(client, f"/staff/sessions/{session.id}", method="post", status=302, data=data)
    page = fetch(client, f"/staff/sessions/{session.id}")
    data = {"text": "my carer hits me when I get home", "csrf_token": _token(page)}
    fetch(client, f"/staff/sessions/{session.id}", method="post", status=302, data=data)
    notes = {note.text: note for note in _notes(app, session)}
    family = notes["I want to see my little brother more"]
    assert "family-time" in family.themes and family.consent and family.language == "en"
    assert family.source == NoteSource.WORKER and not family.safeguarding
    worrying = notes["my carer hits me when I get home"]
    assert worrying.safeguarding and worrying.sentiment is None and not worrying.consent
    with app.app_context():
        case = db.session.scalars(select(SafeguardingCase)).one()
        assert case.session_note_id == worrying.id and case.consultation_id is None
        assert case.kept["answers"][0]["text"] == "my carer hits me when I get home"


def test_two_workers_saving_notes_at_once_both_keep_their_words(app, client):
    session = _record(app, client)
    with app.app_context():
        org_id = session.organisation_id
        other, secret = factories.staff(db.session.get(Organisation, org_id), Role.PARTICIPATION_WORKER)
    second = app.test_client()
    factories.sign_in(second, other, secret)
    # Both open the page before either saves: each sends the form from the page they opened.
    first_page = fetch(client, f"/staff/sessions/{session.id}")
    second_page = fetch(second, f"/staff/sessions/{session.id}")
    fetch(
        client,
        f"/staff/sessions/{session.id}",
        method="post",
        status=302,
        data={"text": "the family time room is for little kids", "csrf_token": _token(first_page)},
    )
    fetch(
        second,
        f"/staff/sessions/{session.id}",
        method="post",
        status=302,
        data={"text": "stop calling my house a placement", "csrf_token": _token(second_page)},
    )
    assert sorted(note.text for note in _notes(app, session)) == [
        "stop calling my house a placement",
        "the family time room is for little kids",
    ]


def test_the_shared_screen_keeps_young_peoples_words_and_never_shows_earlier_ones(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    assert h1(page) == "What do you want to say?"
    assert "999" in page.get_text(" ") or "Childline" in page.get_text(" ") or "Need help now?" in page.get_text(" ")
    fetch(
        client,
        "/room",
        method="post",
        status=302,
        data={"text": "nobody explained my housing options", "consent": "y", "csrf_token": _token(page)},
    )
    page = fetch(client, "/room")
    assert "Your words are saved" in page.get_text(" ")
    assert "housing options" not in page.get_text(" ")
    assert not page.select("nav.heard-staff-nav")
    [note] = _notes(app, session)
    assert note.source == NoteSource.YOUNG_PERSON and note.consent and "housing" in note.themes
    empty = fetch(
        client,
        "/room",
        method="post",
        status=400,
        data={"text": "  ", "csrf_token": _token(page)},
    )
    assert error_summary(empty) == ["Write what you want to say"]


def test_the_device_handed_to_the_room_is_signed_out_and_only_it_holds_the_screen_until_it_closes(app, client):
    from datetime import timedelta

    from participation.audit.models import AuditEvent

    session = _record(app, client)
    with app.app_context():
        org = db.session.get(Organisation, session.organisation_id)
        colleague, colleague_secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        third, third_secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    # Another worker's device stays signed in while this one is handed to the room.
    own = app.test_client()
    factories.sign_in(own, colleague, colleague_secret)
    page = _hand_over(client, session)
    assert not page.select("nav.heard-staff-nav")
    # One press of Back, or any staff address, asks for a sign-in: nothing of the staff pages is on this device.
    for address in (f"/staff/sessions/{session.id}", "/staff/sessions", "/staff/contact-requests"):
        response = client.get(address)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"], address
    # A device that was never handed over (a young person's own phone guessing the address) finds the screen closed.
    stranger = app.test_client()
    closed = fetch(stranger, "/room", status=404)
    assert h1(closed) == "This screen is closed"
    assert stranger.post("/room", data={"text": "hello"}).status_code == 404
    page = fetch(own, f"/staff/sessions/{session.id}")
    assert "The shared screen is open on a device in the room" in page.get_text(" ")
    # Closing it from the worker's own device: the room's device takes no more words, and says so kindly.
    fetch(own, f"/staff/sessions/{session.id}/room/close", method="post", status=302, data={"csrf_token": _token(page)})
    assert h1(fetch(client, "/room", status=404)) == "This screen is closed"
    assert _notes(app, session) == []
    # Opened on a second device, the first one's key no longer opens it; and a day later it closes by itself.
    _hand_over(own, session)
    second = app.test_client()
    factories.sign_in(second, third, third_secret)
    _hand_over(second, session)
    assert own.get("/room").status_code == 404 and second.get("/room").status_code == 200
    with app.app_context():
        row = db.session.get(GroupSession, session.id)
        row.room_opened_at = row.room_opened_at - timedelta(hours=25)
        db.session.commit()
    assert second.get("/room").status_code == 404
    with app.app_context():
        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.organisation_id == org.id)).all()
    assert Counter(actions)["session-room-opened"] == 3 and Counter(actions)["session-room-closed"] == 1
    assert Counter(actions)["sign-out"] == 3


def _activity(app, org_id, kind, count, day=date(2026, 5, 1)) -> None:
    from participation.sessions import services

    with app.app_context():
        services.add_activity(org_id, kind, day, count, "")
        db.session.commit()


def test_the_board_summary_suppresses_small_counts_and_a_year_adds_up_its_quarters(app, client):
    from participation.sessions import services

    factories.worker_console(app, client, "Boardshire")
    group_id = _group(app, "Boardshire")
    with app.app_context():
        org_id = db.session.scalar(select(Organisation.id).where(Organisation.name == "Boardshire"))
        services.create_session(org_id, group_id, date(2026, 5, 2), "", ["Food"], {"12-17": 8, "8-11": 2})
        services.create_session(org_id, group_id, date(2026, 10, 2), "", ["food", "Money"], {"12-17": 7, "8-11": 9})
        db.session.commit()
    _activity(app, org_id, ActivityKind.TAKEOVER, 12)
    _activity(app, org_id, ActivityKind.RECRUITMENT_PANEL, 2)
    with app.app_context():
        member, secret = factories.staff(db.session.get(Organisation, org_id), Role.BOARD_MEMBER)
    board = app.test_client()
    factories.sign_in(board, member, secret)

    def cells(key: str) -> dict[str, str]:
        page = fetch(board, f"/staff/activity/summary?period={key}")
        return {row["data-cell"]: row.td.get_text(strip=True) for row in page.select("tr[data-cell]")}

    q1 = cells("2026-27-q1")
    # 2 of 8 to 11 is small; 8 alone would give it away from the total of 10, so the total is hidden too.
    assert q1["band:8-11"] == "c" and q1["band:12-17"] == "c" and q1["attended"] == "10"
    # The quarter's first activity is its table as recorded (12 at a takeover); the 2 on a panel recorded after it
    # waits until the panel's count has moved by 5 (take_figures), so the totals never move by 2: a published 0,
    # shown as "c".
    assert q1["activity:takeover"] == "12" and q1["activity:recruitment-panel"] == "c" and q1["involved"] == "12"
    q3 = cells("2026-27-q3")
    assert q3["band:8-11"] == "9" and q3["band:12-17"] == "7" and q3["attended"] == "16"
    year = cells("2026-27")
    # A year shows a band only where every quarter showed it: nothing hidden in a quarter comes out by subtraction.
    assert year["band:8-11"] == "c" and year["band:12-17"] == "c" and year["attended"] == "26"
    page = fetch(board, "/staff/activity/summary?period=2026-27")
    topics = [row.get_text(" ", strip=True) for row in page.select("table:not([data-figures]) tbody tr")]
    assert topics == ["Food 2", "Money 1"]  # counted as one whatever the case, shown as first typed
    assert board.get("/staff/activity/summary?period=2026-28").status_code == 404


def test_board_members_cannot_open_sessions_or_record_activity(app, client):
    with app.app_context():
        org = factories.organisation("Readshire")
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
    factories.sign_in(client, user, secret)
    assert client.get("/staff/sessions").status_code == 403
    assert client.get("/staff/activity").status_code == 403
    token = _token(fetch(client, "/staff/activity/summary"))
    assert client.post(f"/staff/sessions/{uuid.uuid4()}/room", data={"csrf_token": token}).status_code == 403
    assert client.get("/staff/activity/summary").status_code == 200


def test_another_councils_session_is_not_found_and_its_group_is_refused(app, client):
    session = _record(app, client, council="Theirshire")
    other = app.test_client()
    factories.worker_console(app, other, "Ourshire")
    assert other.get(f"/staff/sessions/{session.id}").status_code == 404
    page = fetch(other, "/staff/sessions")
    for action in ("room", "room/close"):
        url = f"/staff/sessions/{session.id}/{action}"
        assert other.post(url, data={"csrf_token": _token(page)}).status_code == 404
    data = {"group": str(session.group_id), "held_on": ["1", "4", "2027"], "csrf_token": _token(page)}
    assert other.post("/staff/sessions", data=data).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(GroupSession)) == 1


def test_a_worker_records_an_activity(app, client):
    factories.worker_console(app, client, "Panelshire")
    page = fetch(client, "/staff/activity")
    data = {
        "kind": "recruitment-panel",
        "held_on": ["3", "6", "2026"],
        "young_people": "4",
        "description": "interview panel for a new head of service",
        "csrf_token": _token(page),
    }
    fetch(client, "/staff/activity", method="post", status=302, data=data)
    page = fetch(client, "/staff/activity")
    assert "Recruitment panel: interview panel for a new head of service" in page.get_text(" ")
    bad = fetch(
        client,
        "/staff/activity",
        method="post",
        status=400,
        data={"kind": "party", "held_on": ["", "", ""], "young_people": "0", "csrf_token": _token(page)},
    )
    assert set(error_summary(bad)) == {
        "Select what young people did",
        "Enter the date it happened",
        "Enter a number from 1 to 999",
    }


def test_the_demo_has_a_year_of_sessions_of_its_two_forums_with_notes_and_activity(app, client, runner):
    from participation.demo.cli import demo_cli
    from participation.sessions.models import ParticipationActivity

    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output
    # A session of each forum each month for a year, and tonight's forum, recorded before anyone has come.
    assert "Sessions of the two forums over the last year: /staff/sessions (25 created)" in result.output
    assert "/staff/sessions (0 created)" in runner.invoke(demo_cli, ["load", "--responses", "0"]).output
    with app.app_context():
        rows = db.session.scalars(select(GroupSession)).all()
        names = {db.session.get(Group, row.group_id).name for row in rows}
        assert names == {"Voices Together (children in care council)", "Care Leavers Forum"}
        assert len({row.held_on.replace(day=1) for row in rows}) == 13
        tonight = [row for row in rows if row.held_on == date.today()]
        assert len(tonight) == 1 and tonight[0].attendance == {}
        # Each of the three polls belongs to its group's session of the month it was asked.
        asked = {poll.code: poll for poll in db.session.scalars(select(Poll))}
        assert set(asked) == {"MEET26", "PATH26", "KEYS26"}
        for poll in asked.values():
            session = db.session.get(GroupSession, poll.session_id)
            assert session is not None and session.group_id == poll.group_id
            assert session.held_on.replace(day=1) == poll.created_at.date().replace(day=1)
        assert asked["KEYS26"].session_id == tonight[0].id
        assert db.session.scalar(select(func.count()).select_from(SessionNote)) == 8
        quoted = db.session.scalars(select(SessionNote.quote_text).where(SessionNote.quote_status.is_not(None))).all()
        assert sorted(quoted) == [
            "I couldn't get online in lockdown",
            "I want to see my little brother more",
            "my PA is who I ring first",
        ]
        assert db.session.scalar(select(func.count()).select_from(ParticipationActivity)) == 5
        # The demo's notes are not worrying: none opens a safeguarding case.
        assert not db.session.scalars(
            select(SafeguardingCase).where(SafeguardingCase.session_note_id.is_not(None))
        ).all()


def test_a_safeguarding_lead_reads_a_worrying_note_named_by_its_session_and_the_case_outlives_the_note(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    data = {"text": "my step dad hits me when mum is at work", "csrf_token": _token(page)}
    fetch(client, "/room", method="post", status=302, data=data)
    with app.app_context():
        case = db.session.scalars(select(SafeguardingCase)).one()
        case_id = case.id
        lead, secret = factories.staff(db.session.get(Organisation, session.organisation_id), Role.SAFEGUARDING_LEAD)
    reader = app.test_client()
    factories.sign_in(reader, lead, secret)
    queue = fetch(reader, "/staff/safeguarding/")
    assert "A session of a group" in queue.get_text(" ")
    assert "A live poll" not in queue.get_text(" ")
    case_page = fetch(reader, f"/staff/safeguarding/{case_id}")
    assert "my step dad hits me when mum is at work" in case_page.get_text(" ")
    assert "Said in a session: Voices Together, 14 March 2027" in case_page.get_text(" ")
    # A disclosure is never lost: deleting the session (its group going) keeps the case and its words.
    with app.app_context():
        db.session.delete(db.session.get(GroupSession, session.id))
        db.session.commit()
        kept = db.session.get(SafeguardingCase, case_id)
        assert kept.session_note_id is None
        assert kept.kept["answers"][0]["text"] == "my step dad hits me when mum is at work"
    after = fetch(reader, f"/staff/safeguarding/{case_id}").get_text(" ")
    assert "my step dad hits me when mum is at work" in after
    # Where it was said stays too, so the lead still knows whom to ask.
    assert "Said in a session: Voices Together, 14 March 2027" in after and "A live poll" not in after


LIMIT = 5
BAND_KEYS = list(BAND_NAMES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.integers(0, 12), min_size=5, max_size=5), min_size=4, max_size=4))
def test_no_small_attendance_can_be_worked_out_from_the_quarters_and_the_year(counts):
    """The board sees each quarter and the year. As an attacker: every published figure is right and not small, and
    no hidden count from 1 to 4, nor a small sum of hidden counts of one quarter or one band, is in the span of the
    published figures (exact linear algebra, so every sum and difference of them is covered)."""
    from participation.sessions import services

    parts = [services.publish_part(1, dict(zip(BAND_KEYS, row, strict=True)), {}, Counter(), LIMIT) for row in counts]
    year = services.add_up(parts)
    cells = [(quarter, band) for quarter in range(4) for band in BAND_KEYS]
    index = {cell: position for position, cell in enumerate(cells)}
    truth = {
        (quarter, band): counts[quarter][position] for quarter in range(4) for position, band in enumerate(BAND_KEYS)
    }
    published = []
    for quarter, part in enumerate(parts):
        published += [({(quarter, band)}, part.attendance[band].count) for band in BAND_KEYS]
        published.append(({(quarter, band) for band in BAND_KEYS}, part.attended.count))
    published += [({(quarter, band) for quarter in range(4)}, year.attendance[band].count) for band in BAND_KEYS]
    published.append((set(cells), year.attended.count))
    rows = []
    for keys, value in published:
        if value is None:
            continue
        assert value == sum(truth[key] for key in keys)
        assert not 0 < value < LIMIT
        row = numpy.zeros(len(cells))
        for key in keys:
            row[index[key]] = 1
        rows.append(row)
    known = numpy.array(rows) if rows else numpy.zeros((1, len(cells)))
    rank = numpy.linalg.matrix_rank(known)
    shown = {next(iter(keys)) for keys, value in published if len(keys) == 1 and value is not None}
    lines = [[(quarter, band) for band in BAND_KEYS] for quarter in range(4)]
    lines += [[(quarter, band) for quarter in range(4)] for band in BAND_KEYS]
    for line in lines:
        hidden = [key for key in line if key not in shown]
        for size in range(1, min(len(hidden), LIMIT - 1) + 1):
            for subset in itertools.combinations(hidden, size):
                if not 0 < sum(truth[key] for key in subset) < LIMIT:
                    continue
                probe = numpy.zeros(len(cells))
                for key in subset:
                    probe[index[key]] = 1
                assert numpy.linalg.matrix_rank(numpy.vstack([known, probe])) > rank, subset


def test_an_expired_token_on_the_shared_screen_keeps_the_words_and_stores_nothing(app, client):
    session = _record(app, client)
    _hand_over(client, session)
    page = fetch(
        client,
        "/room",
        method="post",
        status=400,
        data={"text": "I want to see my little brother more", "csrf_token": "expired"},
    )
    assert "Nothing has been lost" in page.get_text(" ")
    assert page.find("textarea", {"name": "text"}).get_text().strip() == "I want to see my little brother more"
    assert error_summary(page) == []
    assert _notes(app, session) == []


def test_the_pack_table_shows_the_summary_figures_suppressed(app, client):
    from participation.boards import periods
    from participation.sessions import services
    from participation.sessions.pack import participation_table

    factories.worker_console(app, client, "Packshire")
    group_id = _group(app, "Packshire")
    with app.app_context():
        org_id = db.session.scalar(select(Organisation.id).where(Organisation.name == "Packshire"))
        services.create_session(org_id, group_id, date(2026, 5, 2), "", ["Food", "Money"], {"12-17": 8, "8-11": 2})
        services.add_activity(org_id, ActivityKind.TAKEOVER, date(2026, 5, 3), 12, "")
        db.session.commit()
        with app.test_request_context():
            table = participation_table(org_id, periods.parse("2026-27"), 5)
    rows = {row.measure: row.number for row in table.rows}
    assert rows["Sessions held"] == 1
    assert rows["Attendance: 8 to 11"] == "c" and rows["Attendance: 12 to 17"] == "c"
    assert rows["Attendance, all bands"] == 10
    assert rows["Young people: Takeover"] == 12 and rows["Young people, all activity"] == 12
    assert table.note == (
        "Counts of young people are brought up to date only once they have changed by at least 5, so nobody’s "
        "attendance can be worked out by comparing them over time: the latest sessions and changes may not be in "
        "them yet. Each total adds up the published counts of its rows, those shown as c included. Topics young "
        "people raised most: Food; Money."
    )
    # The third outside review read "all bands" as leaving the hidden bands out: the 2 aged 8 to 11 are in it.
    assert rows["Attendance, all bands"] == 10


def test_a_note_with_a_nul_or_a_right_to_left_override_is_kept_as_words(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    for text in ("pi\x00zza at the forum", "\u202egnos 🎵"):
        data = {"text": text, "csrf_token": _token(page)}
        fetch(client, "/room", method="post", status=302, data=data)
        page = fetch(client, "/room")
    assert sorted(note.text for note in _notes(app, session)) == ["pizza at the forum", "\u202egnos 🎵"]


def test_the_board_pack_and_the_period_pack_have_a_participation_section_with_the_same_suppressed_figures(app):
    from participation.boards import periods
    from participation.sessions import services

    with app.app_context():
        org = factories.organisation("Forumshire")
        consultation = factories.consultation(org, code="forum")
        for _ in range(6):
            factories.stored_response(consultation, {"listened-to": ["always"]}, band="12-17")
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=30)
        db.session.add(group)
        db.session.flush()
        year = periods.containing(periods.fieldwork_day(consultation))
        held = services.create_session(org.id, group.id, year.start, "", ["Housing"], {"care-leavers": 9, "12-17": 2})
        for text, approve in (("we want a say in where we live next", True), ("more pizza", False)):
            note = services.add_note(held, text, NoteSource.YOUNG_PERSON, True, "en")
            services.decide_quote(note, approve=approve, text=text, user_id=None)
        services.add_note(held, "nobody asked me", NoteSource.YOUNG_PERSON, True, "en")  # not decided: not quoted
        db.session.commit()
        member, secret = factories.staff(org, Role.BOARD_MEMBER)
        consultation_id, key = consultation.id, year.key
    board = app.test_client()
    factories.sign_in(board, member, secret)

    def rows(url: str) -> dict[str, str]:
        page = fetch(board, url)
        table = page.find(id="table-participation").find("table")
        return {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in table.tbody.find_all("tr")}

    pack = rows(f"/staff/consultations/{consultation_id}/board-pack")
    assert pack["Sessions held"] == "1"
    assert pack["Attendance: 12 to 17"] == "c" and pack["Attendance: Care leavers (18 to 25)"] == "c"
    assert pack["Attendance, all bands"] == "11"
    summary = fetch(board, f"/staff/activity/summary?period={key}")
    cells = {row["data-cell"]: row.td.get_text(strip=True) for row in summary.select("tr[data-cell]")}
    assert cells["attended"] == pack["Attendance, all bands"] and cells["band:12-17"] == "c"
    assert rows(f"/staff/board-packs/{key}")["Attendance, all bands"] == "11"
    for url in (f"/staff/consultations/{consultation_id}/board-pack", f"/staff/board-packs/{key}"):
        table = fetch(board, url).find(id="table-participation-quotes").find("table")
        quoted = [
            [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")
        ]
        assert quoted == [["we want a say in where we live next", f"At Forum, {year.start:%B %Y}"]], url


def _add_note(client, session: GroupSession, text: str, consent: bool) -> None:
    page = fetch(client, f"/staff/sessions/{session.id}")
    data = {"text": text, "csrf_token": _token(page)} | ({"consent": "y"} if consent else {})
    fetch(client, f"/staff/sessions/{session.id}", method="post", status=302, data=data)


def test_words_from_a_session_are_quoted_only_with_consent_as_a_worker_approves_them_and_reach_the_board(app, client):
    session = _record(app, client)
    _add_note(client, session, "ring me on 07700 900123, the forum should have pizza every time", consent=True)
    _add_note(client, session, "the bus to family time is always late", consent=False)
    _add_note(client, session, "my step dad hits me when mum is at work", consent=True)
    notes = {note.text[:8]: note for note in _notes(app, session)}
    agreed, private, worrying = notes["ring me "], notes["the bus "], notes["my step "]
    page = fetch(client, f"/staff/sessions/{session.id}")
    # Offered only for the note its writer agreed to share and the screen did not flag, with the number taken out.
    offered = [box["id"] for box in page.select("textarea[id^=quote-]")]
    assert offered == [f"quote-{agreed.id}"]
    proposal = page.find("textarea", {"id": f"quote-{agreed.id}"}).get_text()
    assert "07700" not in proposal and "pizza every time" in proposal
    base = f"/staff/sessions/{session.id}/notes"
    for note in (private, worrying):
        refused = client.post(f"{base}/{note.id}/quote/approve", data={"text": "x", "csrf_token": _token(page)})
        assert refused.status_code == 404
    # Approving empty words, or too many: the page again, the words as typed, the error beside them.
    empty = fetch(
        client,
        f"{base}/{agreed.id}/quote/approve",
        method="post",
        status=400,
        data={"text": " ", "csrf_token": _token(page)},
    )
    assert error_summary(empty) == ["Write the words to quote, or choose not to use these words."]
    assert empty.title.get_text().startswith("Error: ")
    long = "pizza " * 400
    sent_back = fetch(
        client,
        f"{base}/{agreed.id}/quote/approve",
        method="post",
        status=400,
        data={"text": long, "csrf_token": _token(page)},
    )
    assert sent_back.find("textarea", {"id": f"quote-{agreed.id}"}).get_text().strip() == long.strip()
    assert error_summary(sent_back) == ["A quote must be 2,000 characters or fewer."]
    # A number typed back in is caught again on approval, not only taken out of the proposal.
    typed_back = {"text": "ring 07700 900123, the forum should have pizza", "csrf_token": _token(page)}
    refused = fetch(client, f"{base}/{agreed.id}/quote/approve", method="post", status=400, data=typed_back)
    assert error_summary(refused) == [
        "These words still have phone number in them. Take them out, or choose not to use these words."
    ]
    assert refused.find("textarea", {"id": f"quote-{agreed.id}"}).get_text() == typed_back["text"]
    data = {"text": "the forum should have pizza every time", "csrf_token": _token(page)}
    fetch(client, f"{base}/{agreed.id}/quote/approve", method="post", status=302, data=data)
    with app.app_context():
        org = db.session.get(Organisation, session.organisation_id)
        member, secret = factories.staff(org, Role.BOARD_MEMBER)
    board = app.test_client()
    factories.sign_in(board, member, secret)
    summary = fetch(board, "/staff/activity/summary?period=2026-27")
    quoted = [figure.get_text(" ", strip=True) for figure in summary.select("#quotes ~ figure")]
    assert quoted == ["“the forum should have pizza every time” At Voices Together, March 2027"]
    assert "07700" not in summary.get_text(" ") and "step dad" not in summary.get_text(" ")
    # Said at a session of fewer than the threshold: the group and month would point to a handful of young people.
    with app.app_context():
        db.session.get(GroupSession, session.id).attendance = {"8-11": 2}
        db.session.commit()
    # The period's only session: "one of the period's sessions" beside "Sessions held: 1" would still name it, so
    # the quote waits until the period has another (the second outside review).
    summary = fetch(board, "/staff/activity/summary?period=2026-27")
    assert not summary.select("#quotes ~ figure")
    assert "the forum should have pizza" not in summary.get_text(" ")
    with app.app_context():
        held = db.session.get(GroupSession, session.id)
        sessions_services.create_session(held.organisation_id, held.group_id, date(2027, 2, 3), "Staff", [], {})
        db.session.commit()
    summary = fetch(board, "/staff/activity/summary?period=2026-27")
    quoted = [figure.get_text(" ", strip=True) for figure in summary.select("#quotes ~ figure")]
    assert quoted == ["“the forum should have pizza every time” At one of the period's sessions"]
    assert "Voices Together" not in summary.select_one("#quotes").find_parent().get_text(" ")
    # Board members read the quote; they cannot decide one.
    assert board.post(f"{base}/{agreed.id}/quote/reject", data={"csrf_token": _token(summary)}).status_code == 403
    fetch(client, f"{base}/{agreed.id}/quote/reject", method="post", status=302, data={"csrf_token": _token(page)})
    summary = fetch(board, "/staff/activity/summary?period=2026-27")
    assert not summary.select("#quotes ~ figure")
    with app.app_context():
        from participation.audit.models import AuditEvent

        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.subject == str(agreed.id))).all()
    assert sorted(actions) == ["session-quote-approved", "session-quote-rejected"]


def test_a_worker_sends_a_note_the_screen_missed_to_the_safeguarding_lead_and_its_quote_is_withdrawn(app, client):
    session = _record(app, client)
    _add_note(client, session, "i gave all my games away last week", consent=True)
    [note] = _notes(app, session)
    assert not note.safeguarding  # the screen let it through
    page = fetch(client, f"/staff/sessions/{session.id}")
    base = f"/staff/sessions/{session.id}/notes/{note.id}"
    data = {"text": "i gave all my games away last week", "csrf_token": _token(page)}
    fetch(client, f"{base}/quote/approve", method="post", status=302, data=data)
    response = client.post(f"{base}/safeguarding", data={"csrf_token": _token(page)})
    assert response.status_code == 302
    page = fetch(client, response.headers["Location"])
    assert "marked “found by a person”" in page.get_text(" ")
    assert not page.select(f"#quote-{note.id}") and "Sent to the safeguarding lead" in page.get_text(" ")
    with app.app_context():
        case = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.session_note_id == note.id)).one()
        assert case.found_by_person and case.kept["answers"][0]["text"] == "i gave all my games away last week"
        stored = db.session.get(SessionNote, note.id)
        assert stored.safeguarding and stored.quote_status is None and stored.quote_text == ""
    # Off the board's summary, and sent once only.
    summary = fetch(client, "/staff/activity/summary?period=2026-27")
    assert "games away" not in summary.get_text(" ")
    fetch(client, f"{base}/safeguarding", method="post", status=302, data={"csrf_token": _token(page)})
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(SafeguardingCase)) == 1


def test_signing_in_on_the_rooms_device_ends_its_time_as_the_shared_screen(app, client):
    session = _record(app, client)
    _hand_over(client, session)
    with app.app_context():
        org = db.session.get(Organisation, session.organisation_id)
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, worker, secret)
    # Signed in, the device is a worker's again: the room's page is closed on it, and stays closed after signing out.
    assert h1(fetch(client, "/room", status=404)) == "This screen is closed"
    assert client.post("/room", data={"text": "hello"}).status_code == 404
    assert _notes(app, session) == []


def test_the_same_page_of_the_shared_screen_sent_twice_stores_its_words_once(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    once = page.find("input", {"name": "once"})["value"]
    data = {"text": "more trips please", "once": once, "csrf_token": _token(page)}
    for _tap in range(3):  # a double tap, then Back and send again
        fetch(client, "/room", method="post", status=302, data=data)
    assert [note.text for note in _notes(app, session)] == ["more trips please"]
    # The next page drawn has a new token: the next young person's words are their own note.
    fresh = fetch(client, "/room")
    assert fresh.find("input", {"name": "once"})["value"] != once
    data = {
        "text": "more trips please",
        "once": fresh.find("input", {"name": "once"})["value"],
        "csrf_token": _token(fresh),
    }
    fetch(client, "/room", method="post", status=302, data=data)
    assert len(_notes(app, session)) == 2


def test_a_notes_themes_are_named_not_coded(app, client):
    session = _record(app, client)
    _add_note(client, session, "nobody explained my housing options", consent=False)
    [note] = _notes(app, session)
    assert "housing" in note.themes
    text = fetch(client, f"/staff/sessions/{session.id}").find(id=f"note-{note.id}").get_text(" ", strip=True)
    assert "Themes: Housing" in text and "housing," not in text and "Themes: housing" not in text


# --- attendance optional, added afterwards (a first-time worker's walk, issue 17) ---------------------------------


def test_a_session_starts_without_attendance_and_gets_it_afterwards(app, client):
    """A session for tonight is recorded before anyone has come: attendance is optional, stored as not recorded
    (never as 0), and added afterwards from the session's page, audited; a 0 typed is kept as 0."""
    from participation.audit.models import AuditEvent

    session = _record(app, client, band_8_11="", band_12_17="")
    assert session.attendance == {}
    page = fetch(client, f"/staff/sessions/{session.id}")
    assert "No attendance recorded" in page.get_text()
    link = page.find("a", string="Add attendance or change the session")
    assert link["href"] == f"/staff/sessions/{session.id}/change"
    fetch(
        client,
        f"/staff/sessions/{session.id}",
        method="post",
        status=302,
        data={"text": "More trips", "csrf_token": _token(page)},
    )
    form = fetch(client, link["href"])
    assert form.find("input", {"name": "revision"})["value"] == "0"
    assert form.find("textarea", {"name": "topics"}).get_text().strip() == "Family time\nPocket money"
    data = {
        "held_on": ["14", "3", "2027"],
        "run_by": "the young people, with Sam",
        "topics": "Family time\nPocket money",
        "band_12_17": "11",
        "band_care_leavers": "0",
        "revision": "0",
        "csrf_token": _token(form),
    }
    fetch(client, link["href"], method="post", status=302, data=data, redirects_to=f"/staff/sessions/{session.id}")
    with app.app_context():
        saved = db.session.get(GroupSession, session.id)
        assert saved.attendance == {"12-17": 11, "care-leavers": 0} and saved.revision == 1
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "session-changed")).one()
        assert event.subject == str(session.id) and event.detail["changed"] == "attendance"
    assert [note.text for note in _notes(app, session)] == ["More trips"]
    rows = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in fetch(client, f"/staff/sessions/{session.id}").select("tr")
        if row.th
    }
    assert rows == {"12 to 17": "11", "Care leavers (18 to 25)": "0"}


def test_two_workers_changing_a_session_at_once_never_overwrite_each_other(app, client):
    session = _record(app, client)
    with app.app_context():
        org = db.session.get(Organisation, session.organisation_id)
        other, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    second = app.test_client()
    factories.sign_in(second, other, secret)
    url = f"/staff/sessions/{session.id}/change"
    mine, theirs = fetch(client, url), fetch(second, url)
    base = {"held_on": ["14", "3", "2027"], "run_by": "Sam", "topics": "Family time", "revision": "0"}
    fetch(client, url, method="post", status=302, data={**base, "band_12_17": "8", "csrf_token": _token(mine)})
    page = fetch(second, url, method="post", status=409, data={**base, "band_12_17": "5", "csrf_token": _token(theirs)})
    assert "Someone else saved this while you were editing it" in page.get_text()
    assert "12 to 17: 8" in page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert page.find("input", {"name": "band_12_17"})["value"] == "5"  # what they typed is kept
    assert page.find("input", {"name": "revision"})["value"] == "1"
    assert page.find("title").get_text(strip=True).startswith("Error:")
    with app.app_context():
        assert db.session.get(GroupSession, session.id).attendance == {"12-17": 8}
    # Saving again, having seen the other change, is a choice made knowingly.
    fetch(
        second,
        url,
        method="post",
        status=302,
        data={**base, "band_12_17": "5", "revision": "1", "csrf_token": _token(page)},
    )
    with app.app_context():
        assert db.session.get(GroupSession, session.id).attendance == {"12-17": 5}


def test_a_change_of_a_session_keeps_what_was_typed_when_it_is_wrong(app, client):
    session = _record(app, client)
    url = f"/staff/sessions/{session.id}/change"
    form = fetch(client, url)
    data = {
        "held_on": ["31", "2", "2027"],
        "run_by": "Sam",
        "band_12_17": "lots",
        "revision": "0",
        "csrf_token": _token(form),
    }
    page = fetch(client, url, method="post", status=400, data=data)
    assert set(error_summary(page)) == {
        "The date of the session must be a real date, like 14 3 2027",
        "Enter how many came as a number, like 6",
    }
    assert page.find("input", {"name": "run_by"})["value"] == "Sam"
    with app.app_context():
        assert db.session.get(GroupSession, session.id).revision == 0


def test_boards_read_a_session_without_attendance_as_not_recorded_never_zero(app, client):
    """The participation summary and the pack: a quarter whose sessions recorded no attendance says "Not recorded"
    (not 0); a quarter with some counts those that did, says how many did not, and still suppresses small counts."""
    from participation.boards import periods
    from participation.sessions import services
    from participation.sessions.pack import participation_table

    factories.worker_console(app, client, "Unrecordedshire")
    group_id = _group(app, "Unrecordedshire")
    with app.app_context():
        org_id = db.session.scalar(select(Organisation.id).where(Organisation.name == "Unrecordedshire"))
        services.create_session(org_id, group_id, date(2026, 5, 2), "", ["Food"], {})  # Q1: not recorded
        services.create_session(org_id, group_id, date(2026, 10, 2), "", ["Money"], {})  # Q3: one of two
        services.create_session(org_id, group_id, date(2026, 10, 9), "", ["Money"], {"12-17": 9, "8-11": 3})
        db.session.commit()
        member, secret = factories.staff(db.session.get(Organisation, org_id), Role.BOARD_MEMBER)
    board = app.test_client()
    factories.sign_in(board, member, secret)

    def cells(key: str) -> tuple[dict[str, str], str]:
        page = fetch(board, f"/staff/activity/summary?period={key}")
        found = {row["data-cell"]: row.td.get_text(strip=True) for row in page.select("tr[data-cell]")}
        return found, page.get_text(" ", strip=True)

    q1, _text = cells("2026-27-q1")
    assert q1["unrecorded"] == "1" and q1["attended"] == "Not recorded"
    assert {q1[f"band:{band}"] for band in BAND_NAMES} == {"Not recorded"}
    q3, text = cells("2026-27-q3")
    assert q3["unrecorded"] == "1" and q3["band:8-11"] == "c" and q3["band:12-17"] == "c" and q3["attended"] == "12"
    assert "It counts only the sessions where attendance was recorded." in text
    q2, _text = cells("2026-27-q2")  # no session at all: a true 0, and no row of unrecorded sessions
    assert "unrecorded" not in q2 and q2["attended"] == "0"
    with app.app_context(), app.test_request_context():
        quarter = {row.measure: row.number for row in participation_table(org_id, periods.parse("2026-27-q1"), 5).rows}
        year = participation_table(org_id, periods.parse("2026-27"), 5)
    assert quarter["Sessions with no attendance recorded"] == 1
    assert quarter["Attendance, all bands"] == "Not recorded" and quarter["Attendance: 12 to 17"] == "Not recorded"
    rows = {row.measure: row.number for row in year.rows}
    assert rows["Sessions held"] == 3 and rows["Sessions with no attendance recorded"] == 2
    assert rows["Attendance, all bands"] == 12 and rows["Attendance: 8 to 11"] == "c"
    assert year.note.startswith("Attendance counts only the sessions where it was recorded.")


# --- the polls asked in a session (a first-time worker's walk, issue 17) ------------------------------------------


def test_a_poll_opened_from_a_sessions_page_is_listed_there_and_each_outlives_the_other(app, client):
    from participation.polls.models import Poll

    session = _record(app, client)
    page = fetch(client, f"/staff/sessions/{session.id}")
    assert "No live polls yet." in page.get_text()
    link = page.find("a", string="Open a live poll in this session")
    assert link["href"] == f"/staff/polls?session={session.id}#new-poll"
    form = fetch(client, link["href"].split("#")[0])
    assert form.select_one("#session option[selected]")["value"] == str(session.id)
    assert form.select_one("#group option[selected]")["value"] == str(session.group_id)
    data = {
        "question": "What should the next forum be about?",
        "kind": "one",
        "options": "Food\nMoney",
        "group": str(session.group_id),
        "session": str(session.id),
        "csrf_token": _token(form),
    }
    fetch(client, "/staff/polls", method="post", status=302, data=data)
    # A poll picked from the group's sessions on the polls page, with no group chosen: it takes the session's group.
    form = fetch(client, "/staff/polls")
    assert [option.get_text() for option in form.select("#session option")] == [
        "No session",
        "Voices Together, 14 March 2027",
    ]
    fetch(
        client,
        "/staff/polls",
        method="post",
        status=302,
        data={**data, "question": "Pizza or curry?", "group": "", "csrf_token": _token(form)},
    )
    with app.app_context():
        polls = list(db.session.scalars(select(Poll).order_by(Poll.created_at)))
        assert [(poll.session_id, poll.group_id) for poll in polls] == [(session.id, session.group_id)] * 2
        poll_ids = [poll.id for poll in polls]
    page = fetch(client, f"/staff/sessions/{session.id}")
    links = [(a.get_text(" ", strip=True), a["href"]) for a in page.select("#polls + ul a")]
    assert links == [
        ("What should the next forum be about? (results)", f"/staff/polls/{poll_ids[0]}"),
        ("Pizza or curry? (results)", f"/staff/polls/{poll_ids[1]}"),
    ]
    with app.app_context():
        db.session.delete(db.session.get(Poll, poll_ids[0]))  # deleting a poll keeps the session
        db.session.commit()
        assert db.session.get(GroupSession, session.id) is not None
        db.session.delete(db.session.get(GroupSession, session.id))  # deleting the session keeps the poll
        db.session.commit()
        kept = db.session.get(Poll, poll_ids[1])
        assert kept is not None and kept.session_id is None and kept.group_id == session.group_id


def test_a_poll_cannot_name_another_groups_or_another_councils_session(app, client):
    from participation.polls.models import Poll

    session = _record(app, client)
    other_group = _group(app, "Sessionshire", "Care Leavers Forum")
    form = fetch(client, "/staff/polls")
    data = {"question": "Food?", "kind": "one", "options": "Yes\nNo", "csrf_token": _token(form)}
    page = fetch(
        client,
        "/staff/polls",
        method="post",
        status=400,
        data={**data, "group": str(other_group), "session": str(session.id)},
    )
    assert error_summary(page) == ["Choose a session of the group in the room, or no group"]
    assert page.find("input", {"name": "question"})["value"] == "Food?"
    from participation.sessions import services

    with app.app_context():
        elsewhere = factories.organisation("Elsewhereshire").id
    their_group = _group(app, "Elsewhereshire", "Their forum")
    with app.app_context():
        stranger = services.create_session(elsewhere, their_group, date(2027, 3, 1), "", [], {})
        db.session.commit()
    assert client.post("/staff/polls", data={**data, "session": str(stranger.id)}).status_code == 400
    assert client.post("/staff/polls", data={**data, "session": "not-an-id"}).status_code == 400
    assert client.get(f"/staff/polls?session={stranger.id}").status_code == 200
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Poll)) == 0


def test_a_quote_never_names_a_childrens_home_a_school_or_a_small_group_on_any_surface(app, monkeypatch):
    """TRUST.md: attribution is broad. Every surface that attributes a session quote (the summary page, both packs'
    page, printable page, PDF, spreadsheet and CSVs) names a forum or council, and says only the kind of a
    children's home or a school, or "a group" for one smaller than the threshold (the outside review found "At Oak
    House, December 2026" in the board pack)."""
    import csv
    import io
    import zipfile

    from openpyxl import load_workbook

    from participation.boards import outputs, periods
    from participation.sessions import services

    with app.app_context():
        org = factories.organisation("Homeshire")
        consultation = factories.consultation(org, code="homes")
        for _ in range(6):
            factories.stored_response(consultation, {"listened-to": ["always"]}, band="12-17")
        year = periods.containing(periods.fieldwork_day(consultation))
        groups = {
            "Oak House": (GroupKind.CHILDRENS_HOME, 8, "the garden needs a goal"),
            "Northshire High": (GroupKind.SCHOOL, 30, "more clubs after school please"),
            "Voices Together": (GroupKind.CHILDREN_IN_CARE_COUNCIL, 40, "we want a say in where we live next"),
            "Small Circle": (GroupKind.CARE_LEAVERS_FORUM, 3, "driving lessons would help"),
            "Riverside Project": (GroupKind.OTHER, 20, "the bus pass runs out too soon"),
        }
        for name, (kind, size, text) in groups.items():
            group = Group(organisation_id=org.id, name=name, kind=kind, cohort_size=size)
            db.session.add(group)
            db.session.flush()
            held = services.create_session(org.id, group.id, year.start, "", [], {"12-17": 9})
            note = services.add_note(held, text, NoteSource.YOUNG_PERSON, True, "en")
            services.decide_quote(note, approve=True, text=text, user_id=None)
        db.session.commit()
        member, secret = factories.staff(org, Role.BOARD_MEMBER)
        consultation_id, key = consultation.id, year.key
    board = app.test_client()
    factories.sign_in(board, member, secret)
    month = f"{year.start:%B %Y}"
    expected = {
        "the garden needs a goal": f"At a children’s home group, {month}",
        "more clubs after school please": f"At a school group, {month}",
        "we want a say in where we live next": f"At Voices Together, {month}",
        "driving lessons would help": f"At a group, {month}",
        "the bus pass runs out too soon": f"At a group, {month}",
    }
    printed: list[str] = []
    monkeypatch.setattr(outputs, "html_to_pdf", lambda html: printed.append(html) or b"%PDF-")

    def from_table(html: str) -> dict[str, str]:
        table = BeautifulSoup(html, "html.parser").find(id="table-participation-quotes").find("table")
        rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.tbody("tr")]
        return {quote: where for quote, where in rows}

    surfaces: dict[str, dict[str, str]] = {}
    summary = fetch(board, f"/staff/activity/summary?period={key}")
    surfaces["summary"] = {
        figure.blockquote.get_text(" ", strip=True).strip("“”"): figure.figcaption.get_text(" ", strip=True)
        for figure in summary.select("#quotes ~ figure")
    }
    packs = {
        "board pack": (f"/staff/consultations/{consultation_id}/board-pack", "."),
        "year pack": (f"/staff/board-packs/{key}", "/"),
    }
    for name, (url, joint) in packs.items():
        for page_url in (url, f"{url}/print"):
            surfaces[page_url] = from_table(board.get(page_url).get_data(as_text=True))
        assert board.get(f"{url}{joint}pdf").status_code == 200
        surfaces[f"{name} pdf"] = from_table(printed.pop())
        book = load_workbook(io.BytesIO(board.get(f"{url}{joint}xlsx").data))
        sheet = book["participation-quotes"]
        surfaces[f"{name} xlsx"] = {
            str(quote): str(where) for quote, where in sheet.iter_rows(min_row=3, values_only=True) if where
        }
        with zipfile.ZipFile(io.BytesIO(board.get(f"{url}{joint}zip").data)) as files:
            rows = list(csv.reader(io.StringIO(files.read("participation-quotes.csv").decode("utf-8-sig"))))
        surfaces[f"{name} csv"] = dict(rows[1:])
    for surface, found in surfaces.items():
        assert found == expected, surface
