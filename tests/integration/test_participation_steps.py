"""The counts of young people boards see for sessions and activity move only in steps of at least the threshold
(``sessions.services.take_figures``), and a band no session recorded reads "Not recorded" (the outside review of the
forums and meetings).

The review's attack: a worker changes one session's attendance after a board member has read the period's figures;
the figures changed by exactly the edit, so reading them again told that session's count. Every place a board member
reads the counts (the participation summary for the quarter and the year, the consultation's board pack and the
period packs, each as a page, a printable page, a spreadsheet and CSVs) is read before and after each change."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from participation.accounts.models import Role
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.sessions import services
from participation.sessions.models import ActivityKind, GroupSession, PublishedQuarter
from participation.surveys.models import BAND_NAMES
from tests import factories
from tests.pages import fetch

LIMIT = 5
YEAR, QUARTER = "2026-27", "2026-27-q1"
FORM_BANDS = {band: f"band_{band.replace('-', '_')}" for band in BAND_NAMES}


def _token(page: Any) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


class Council:
    def __init__(self, app: Any, worker: Any, name: str) -> None:
        factories.worker_console(app, worker, name)
        with app.app_context():
            org = db.session.scalar(select(Organisation).where(Organisation.name == name))
            assert org is not None
            consultation = factories.consultation(org, opens_on=date(2026, 5, 1))
            group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=30)
            db.session.add(group)
            db.session.commit()
            member, secret = factories.staff(org, Role.BOARD_MEMBER)
            self.org_id, self.group_id, self.consultation_id = org.id, group.id, consultation.id
        self.app, self.worker = app, worker
        self.board = app.test_client()
        factories.sign_in(self.board, member, secret)

    def record(self, day: date, attendance: dict[str, int]) -> uuid.UUID:
        """A worker records a session on the sessions page."""
        page = fetch(self.worker, "/staff/sessions")
        data = {
            "group": str(self.group_id),
            "held_on": [str(day.day), str(day.month), str(day.year)],
            "run_by": "Sam",
            "topics": "Housing",
            "csrf_token": _token(page),
        } | {FORM_BANDS[band]: str(count) for band, count in attendance.items()}
        fetch(self.worker, "/staff/sessions", method="post", status=302, data=data)
        with self.app.app_context():
            found = db.session.scalars(
                select(GroupSession)
                .where(GroupSession.organisation_id == self.org_id)
                .order_by(GroupSession.created_at)
            ).all()
            return found[-1].id

    def change(self, session_id: uuid.UUID, attendance: dict[str, int]) -> None:
        """A worker changes a session's attendance afterwards, on its change page."""
        url = f"/staff/sessions/{session_id}/change"
        form = fetch(self.worker, url)
        with self.app.app_context():
            held = db.session.get(GroupSession, session_id)
            assert held is not None
            day, revision = held.held_on, held.revision
        data = {
            "held_on": [str(day.day), str(day.month), str(day.year)],
            "run_by": "Sam",
            "topics": "Housing",
            "revision": str(revision),
            "csrf_token": _token(form),
        } | {FORM_BANDS[band]: str(count) for band, count in attendance.items()}
        fetch(self.worker, url, method="post", status=302, data=data)

    def published(self) -> dict[tuple[str, str], str]:
        """Every participation count a board member can read, by where and what."""
        found: dict[tuple[str, str], str] = {}
        for key in (QUARTER, YEAR):
            page = fetch(self.board, f"/staff/activity/summary?period={key}")
            for row in page.select("tr[data-cell]"):
                found[(f"summary {key}", row["data-cell"])] = row.td.get_text(strip=True)
            found[(f"summary {key}", "sessions")] = page.find("th", string="Sessions held").find_next("td").get_text()
        packs = {
            "board pack": f"/staff/consultations/{self.consultation_id}/board-pack",
            "year pack": f"/staff/board-packs/{YEAR}",
            "quarter pack": f"/staff/board-packs/{QUARTER}",
        }
        for name, url in packs.items():
            for page_url in (url, f"{url}/print"):
                table = fetch(self.board, page_url).find(id="table-participation").find("table")
                for row in table.tbody.find_all("tr"):
                    found[(page_url, row.th.get_text(strip=True))] = row.td.get_text(strip=True)
            base = url if name != "board pack" else url.removesuffix("/board-pack") + "/board-pack."
            xlsx = self.board.get(f"{base}xlsx" if name == "board pack" else f"{url}/xlsx")
            assert xlsx.status_code == 200
            sheet = load_workbook(io.BytesIO(xlsx.data))["participation"]
            for measure, number in sheet.iter_rows(min_row=3, values_only=True):
                if number is not None:  # not the note below the table
                    found[(f"{name} xlsx", str(measure))] = str(number)
            archive = self.board.get(f"{base}zip" if name == "board pack" else f"{url}/zip")
            with zipfile.ZipFile(io.BytesIO(archive.data)) as files:
                rows = list(csv.reader(io.StringIO(files.read("participation.csv").decode("utf-8-sig"))))
            for measure, number in rows[1:]:
                found[(f"{name} csv", measure)] = number
        return found


def _sessions(key: tuple[str, str]) -> bool:
    """A count of sessions, not of people: it rises by one with every session held."""
    return key[1] in ("sessions", "unrecorded") or key[1].startswith("Sessions")


def _attendance_moves(before: dict[tuple[str, str], str], after: dict[tuple[str, str], str]) -> dict[Any, int]:
    """How each count of people a board reads moved."""
    moves = {}
    for key, value in after.items():
        if _sessions(key):
            continue
        old = before[key]
        if value != old and value.isdigit() and old.isdigit():
            moves[key] = int(value) - int(old)
    return moves


def test_changing_one_sessions_attendance_moves_no_count_a_board_reads_by_less_than_the_threshold(app, client):
    """The review's attack, on every surface. A change of 1 moves nothing; changes that add up to the threshold move
    the counts by all of them at once, so no single change can be read off; a new session counts at once as a session
    held and joins the attendance once its young people, with the changes not yet shown, come to the threshold."""
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    council = Council(app, client, "Stepshire")
    council.record(date(2026, 5, 2), {"12-17": 9, "care-leavers": 6})  # the quarter's first: its table as recorded
    second = council.record(date(2026, 5, 9), {"12-17": 7, "care-leavers": 1})
    before = council.published()
    assert before[("summary 2026-27-q1", "band:12-17")] == "16"
    assert before[("summary 2026-27-q1", "band:care-leavers")] == "6"  # the 1 waits
    assert before[("summary 2026-27-q1", "attended")] == "22"
    assert before[(f"/staff/board-packs/{YEAR}", "Attendance, all bands")] == "22"
    assert before[("year pack csv", "Attendance: 12 to 17")] == "16"

    # One more care leaver, then one more 12 to 17: on every surface, nothing moves.
    council.change(second, {"12-17": 7, "care-leavers": 2})
    assert council.published() == before
    council.change(second, {"12-17": 8, "care-leavers": 2})
    assert council.published() == before

    # Three more care leavers: with the one and the one before, five since the count was taken, so it is taken
    # again, by all five at once (the 12 to 17 count, one behind, stays).
    council.change(second, {"12-17": 8, "care-leavers": 5})
    after = council.published()
    moves = _attendance_moves(before, after)
    assert moves and all(abs(move) >= LIMIT for move in moves.values()), moves
    assert after[("summary 2026-27-q1", "band:care-leavers")] == "11"
    assert after[("summary 2026-27-q1", "band:12-17")] == "16"
    assert after[("quarter pack xlsx", "Attendance, all bands")] == "27"

    # A new session of 2 counts as a session held at once; its 2 wait for more.
    council.record(date(2026, 6, 1), {"12-17": 2})
    newer = council.published()
    assert newer[("summary 2026-27-q1", "sessions")] == "3"
    assert {key: value for key, value in newer.items() if not _sessions(key)} == {
        key: value for key, value in after.items() if not _sessions(key)
    }
    # The next session of 6 brings the 12 to 17 count 9 past it: taken, 2 and 6 and the 1 of the change together.
    council.record(date(2026, 6, 8), {"12-17": 6})
    latest = council.published()
    assert latest[("summary 2026-27-q1", "band:12-17")] == "25"
    moves = _attendance_moves(newer, latest)
    assert moves and all(abs(move) >= LIMIT for move in moves.values()), moves
    text = fetch(council.board, f"/staff/activity/summary?period={QUARTER}").select_one("[data-steps]").get_text()
    assert "brought up to date only once they have changed by at least 5" in text
    assert "Each total adds up the published counts of its rows, those shown as c included." in text


def test_a_band_no_session_recorded_reads_not_recorded_never_zero(app, client):
    """Attendance in an age band no session of the period recorded read 0, as if a count: it reads "Not recorded",
    as a period whose sessions recorded no attendance at all does. A year counts each band over the quarters that
    recorded it; a quarter without any session is a true 0."""
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    council = Council(app, client, "Bandshire")
    council.record(date(2026, 5, 2), {"12-17": 9, "8-11": 6})
    council.record(date(2026, 10, 2), {"care-leavers": 7})
    quarter = fetch(council.board, f"/staff/activity/summary?period={QUARTER}")
    cells = {row["data-cell"]: row.td.get_text(strip=True) for row in quarter.select("tr[data-cell]")}
    assert cells["band:12-17"] == "9" and cells["band:8-11"] == "6" and cells["attended"] == "15"
    assert {cells[f"band:{band}"] for band in ("4-7", "care-leavers", "parents-carers")} == {"Not recorded"}
    year = fetch(council.board, f"/staff/activity/summary?period={YEAR}")
    cells = {row["data-cell"]: row.td.get_text(strip=True) for row in year.select("tr[data-cell]")}
    assert cells["band:12-17"] == "9" and cells["band:care-leavers"] == "7" and cells["attended"] == "22"
    assert cells["band:4-7"] == "Not recorded" and cells["band:parents-carers"] == "Not recorded"
    empty = fetch(council.board, "/staff/activity/summary?period=2026-27-q2")
    cells = {row["data-cell"]: row.td.get_text(strip=True) for row in empty.select("tr[data-cell]")}
    assert cells["band:12-17"] == "0" and cells["attended"] == "0"
    published = council.published()
    for where in (f"/staff/board-packs/{QUARTER}", "quarter pack xlsx", "quarter pack csv"):
        assert published[(where, "Attendance: 4 to 7")] == "Not recorded", where
        assert published[(where, "Attendance: 12 to 17")] == "9", where
    assert published[("board pack csv", "Attendance: Parents and carers")] == "Not recorded"


def test_activity_moves_in_steps_too(app, client):
    """Young people in activity are counts of people in the same table: a takeover of 3 added after one of 12 does
    not show as 15 (3 by subtraction); it counts once the kind's count has moved by 5."""
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    council = Council(app, client, "Activityshire")
    with app.app_context():
        services.add_activity(council.org_id, ActivityKind.TAKEOVER, date(2026, 5, 3), 12, "")
        db.session.commit()
    before = council.published()
    assert before[("summary 2026-27-q1", "activity:takeover")] == "12"
    with app.app_context():
        services.add_activity(council.org_id, ActivityKind.TAKEOVER, date(2026, 5, 4), 3, "")
        db.session.commit()
    assert council.published() == before
    with app.app_context():
        services.add_activity(council.org_id, ActivityKind.TAKEOVER, date(2026, 5, 5), 2, "")
        db.session.commit()
    assert council.published()[("summary 2026-27-q1", "activity:takeover")] == "17"


def test_a_session_moved_to_another_quarter_moves_each_quarters_counts_in_steps(app, client):
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    council = Council(app, client, "Moveshire")
    council.record(date(2026, 5, 2), {"12-17": 20})
    moved = council.record(date(2026, 5, 9), {"12-17": 3})
    council.record(date(2026, 7, 9), {"12-17": 10})
    with app.app_context():
        held = db.session.get(GroupSession, moved)
        assert held is not None
        services.change_session(
            held, held_on=date(2026, 7, 2), run_by="", topics=[], attendance={"12-17": 3}, seen_revision=0
        )
        db.session.commit()
        shown = {
            row.quarter: row.figures
            for row in db.session.scalars(
                select(PublishedQuarter).where(PublishedQuarter.organisation_id == council.org_id)
            )
        }
    # The 3 left the first quarter and joined the second, neither by as many as 5: both stay as they were.
    assert shown == {date(2026, 4, 1): {"12-17": 20}, date(2026, 7, 1): {"12-17": 10}}


# --- the rule itself, for any changes --------------------------------------------------------------------------------

KEYS = [*BAND_NAMES, *(f"{services.ACTIVITY}{kind.value}" for kind in ActivityKind)]
# A count moved up or down, or (None) no longer recorded at all: a session's band cleared, or moved to another quarter.
change = st.dictionaries(st.sampled_from(KEYS), st.integers(-6, 9) | st.none(), max_size=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(change, min_size=1, max_size=12), st.integers(2, 8))
def test_published_counts_and_their_totals_never_move_by_less_than_the_threshold(changes, limit):
    """Any run of changes (sessions added, changed, moved away; activity added): every published count, and each
    table's total, moves by 0 or at least the threshold, except a table that showed nothing before, which is then
    published as recorded; and whatever is not taken is within the threshold of the records, or waiting to move the
    other way."""
    now: dict[str, int] = {}
    shown: dict[str, int] = {}
    for step in changes:
        empty = (
            {"attendance", "activity"}
            - {services._table(key) for key in now}
            - {services._table(key) for key, count in shown.items() if count}
        )
        for key, move in step.items():
            if move is None:
                now.pop(key, None)
            else:
                now[key] = max(0, now.get(key, 0) + move)
        taken = services.retake(now, shown, limit, empty)
        for table in ("attendance", "activity"):
            keys = [key for key in KEYS if services._table(key) == table]
            if table in empty:
                assert {key: taken[key] for key in keys if key in taken} == {
                    key: now[key] for key in keys if key in now
                }
                continue
            moves = [taken.get(key, 0) - shown.get(key, 0) for key in keys]
            assert all(move == 0 or abs(move) >= limit for move in moves), (shown, now, taken)
            assert sum(moves) == 0 or abs(sum(moves)) >= limit, (shown, now, taken)
            # A count is left behind by the threshold or more only where counts moved the other way were taken
            # instead (together they would have moved the total by little), and then all left behind move one way.
            behind = [now.get(key, 0) - taken.get(key, 0) for key in keys]
            far = [gap for gap in behind if abs(gap) >= limit]
            if far:
                assert any(moves) and (all(gap > 0 for gap in far) or all(gap < 0 for gap in far)), (shown, now, taken)
                assert all((gap > 0) != (move > 0) for gap in far for move in moves if move)
        for key in now:
            assert key in taken  # recorded: a row the board sees, "c" until its count is taken
        shown = taken
