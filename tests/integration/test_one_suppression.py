"""TRUST.md "One suppression": every figure any role can see comes from one protected-table layer, and no count
below the threshold can be worked out by adding or subtracting figures the same role can see anywhere.

The property test stores random responses and unsent drafts, then reads every surface a board member sees for the
consultation and its period (the live view, the consultation list, the board pack and each of its filters, the
printable page, the spreadsheet, the CSVs, the period pack, and the command line's CSVs and printable page), parses
every published figure of the respondents split (whole, bands, groups, languages, days, adult help, the easy version)
and of the
not-yet-sent split (where people stopped, "started"), and checks as an attacker would: the same figure is the same
everywhere, nothing published is small, and no hidden count from 1 to threshold-1, nor a small sum of hidden cells of
one split, lies in the span of the published figures and the sums everyone knows (the parts of a split add up to its
whole). The span test is exact linear algebra, so it covers every sum and difference of published figures.

The walk test keeps the list of surfaces honest: every page, download and command must be named here either as a
figure surface the property test reads or as one that shows no count of people, so a new one fails until it is
placed."""

from __future__ import annotations

import csv
import io
import itertools
import re
import secrets
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click
import numpy
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from participation.accounts.models import Role
from participation.boards import pack, periods
from participation.demo.cli import demo_cli
from participation.distribution import services as distribution
from participation.distribution.models import GroupKind
from participation.extensions import db, limiter
from participation.i18n import LANGUAGES
from participation.reporting import figures
from participation.responses.models import Draft, Response
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES
from participation.titles import staff_title
from tests import factories
from tests.pages import parse

LIMIT = 5
BANDS = ["8-11", "12-17", "care-leavers"]
GROUPS = [("Oak House", 6), ("Forum", 40), ("Parents and Carers Network", 150)]
KINDS = {
    "Oak House": GroupKind.CHILDRENS_HOME,
    "Forum": GroupKind.CARE_LEAVERS_FORUM,
    "Parents and Carers Network": GroupKind.PARENTS_AND_CARERS,
}
# A children's home is never named where a board member reads (``distribution.labels``): its row is read by its label.
LABELS = {"Children’s home group": "Oak House"}
OTHER = "Other ways in (open link, poster or code)"

# --- the walk: every surface, placed -------------------------------------------------------------------------------

# Pages and downloads that show counts of people, and how the property test reads them.
FIGURE_SURFACES = {
    "live.responses": "live view: sent, started, rate, adult help, easy version, groups, bands, languages, days, stops",
    "consultations.index": "how many answered each consultation",
    "boards.board_pack": "board pack page, and each band and group filter",
    "boards.board_pack_print": "printable board pack",
    "boards.board_pack_xlsx": "board pack spreadsheet",
    "boards.board_pack_csv": "board pack CSVs",
    "boards.board_pack_pdf": "the printable page drawn by WeasyPrint (outputs.pdf(document)): read as that page",
    "periods.period_pack": "period pack page",
    "periods.period_pack_print": "printable period pack: the same document as the period page",
    "periods.period_pack_xlsx": "period pack spreadsheet",
    "periods.period_pack_csv": "period pack CSVs: the same tables as the spreadsheet",
    "periods.period_pack_pdf": "the printable period pack drawn by WeasyPrint",
    "boards.overview": (
        "theme counts: each theme suppressed on its own, as the pack's theme whole (test_pack_properties)"
    ),
    "respond.you_said_we_did": "young people's page: theme counts from the same you_said as boards.overview",
    "accounts.data_protection_summary": "records per consultation: 'fewer than N' below the threshold (test_dpia)",
    "accounts.data_protection_summary_csv": "as the summary page",
    "accounts.data_protection_summary_html": "as the summary page",
    "accounts.data_protection_summary_pdf": "as the summary page",
    "distribution.invite_sheet": (
        "a set of personal cards' used and not used: figures.card_use, the set's part of its group's published "
        "count (test_card_counts_come_from_the_protected_tables_and_agree_with_the_responses_page)"
    ),
    "distribution.reach": "each set of cards' used count, as distribution.invite_sheet",
    "polls.poll": "a live poll's answers per option: polls.services.results, one suppress() table (test_polls)",
    "polls.projector": "as polls.poll: the same results",
    "polls.results": "closed polls' results for every role: polls.services.results as polls.poll, without words",
    "poll_answers.screen": "the projector's fragment: the same results as polls.poll",
    "poll_answers.screen_page": "the projector page by its screen key: the same results as polls.poll",
    "sessions.summary": (
        "participation activity for a period: attendance by band and young people per activity, each quarter one "
        "suppress() table, a year combine() of its quarters (test_sessions)"
    ),
    "sessions.session": (
        "one session's attendance as the worker typed it, for builders only (who recorded it); boards see it only "
        "through sessions.summary"
    ),
    "sessions.change": "one session's attendance as typed, to change it: builders only, as sessions.session",
    "sessions.activities": "each activity's count as the worker typed it, for builders only, as sessions.session",
    "we_did.new_from_poll": (
        "a live poll's result as the action starts from it: polls.services.results, as polls.poll "
        "(test_we_did_anywhere)"
    ),
}
FIGURE_COMMANDS = {
    "boards pack": "the printable board pack, as boards.board_pack_print",
    "boards export": "the board pack CSVs, as boards.board_pack_csv",
}
# Pages that show no count of young people (forms, settings, single records a role may open, or the comments and
# cases a role reads one by one anyway). The comments page's numbers (how many comments each filter gives) count the
# comments listed on it, for the workers, admins and safeguarding leads who read every one; a board member cannot
# open it (test_comment_list), so they are not figures about people to protect.
NO_FIGURES = {
    "accounts.accept_invitation",
    "accounts.audit_log",
    "accounts.choose_password",
    "accounts.platform_organisations",
    "accounts.reset_password",
    "accounts.second_factor",
    "accounts.set_up_second_factor",
    "accounts.settings",
    "accounts.sign_in",
    "accounts.team",
    "boards.action",
    "boards.new_action",
    "comments.comments",
    "comments.quotes",
    "consultations.add_question",
    "consultations.change_status",
    "consultations.dates",
    "consultations.details",
    "consultations.edit_question",
    "consultations.new",
    "consultations.overview",
    "consultations.preview",
    "consultations.translate",
    "consultations.words",
    "distribution.edit_group",
    "distribution.groups",
    "distribution.invites",
    "distribution.poster",
    "erasure.erase_by_identifier",
    "figures.reference_figures",
    "figures.reference_figures_template",
    "periods.index",
    "pledges.edit",
    "pledges.export",
    "pledges.import_pledges",
    "pledges.index",
    "pledges.new",
    "pledges.pledge",
    "reidentification.request",
    "reidentification.requests",
    "respond.begin_resumed",
    "respond.check",
    "respond.done",
    "respond.help_now",
    "respond.choose_language",
    "respond.home",
    "respond.invite",
    "respond.invite_link",
    "respond.promises",
    "respond.question",
    "respond.receipt",
    "respond.resume",
    "respond.save",
    "respond.start",
    "respond.who",
    "safeguarding.case",
    "safeguarding.queue",
    "static",
    "accounts.platform_accounts",
    "accounts.enrol_link",
    "helplines.edit",
    "respond.leave",
    "safeguarding.found",
    "read_aloud.clip",
    "read_aloud.index",
    "read_aloud.in_language",
    "read_aloud.recording",
    "polls.index",
    "polls.translate",  # the poll's question and options in other languages: words, no count of anyone
    "sessions.index",
    # The workers' list of notes and words nobody has read yet: how many wait is a to-do count for the workers who
    # read every one of them, never a figure about young people a board or the public reads.
    "sessions.to_read",
    "session_room.room",
    "poll_answers.enter",
    "poll_answers.answer",
    "poll_answers.done",
    # Asking for an advocate or a call back, and the queue of requests: one request at a time, no figures (the board
    # pack's counts of requests are suppressed there).
    "ask.ask",
    "ask.sent",
    "ask.council_ask",
    "ask.council_sent",
    "contact.queue",
    "contact.request_page",
    # "You said, we did" from sessions, polls and the board: words and months, no count of anyone (a session's
    # themes are offered by name, never counted; the young people's page names where each thing was said).
    "respond.what_changed",
    "we_did.index",
    "we_did.new_from_board",
    "we_did.new_from_session",
    "we_did.edit",
}
# Operator commands: run by whoever runs the server, with the database in hand; they publish nothing to a role.
# "analysis evaluate" reads a labelled CSV, not stored answers: its figures are about the screen, not about people.
NO_FIGURE_COMMANDS = {
    "analysis classify",
    "analysis rerun",
    "analysis escalate",
    "contact escalate",
    "contact purge",
    "demo load",
    "keys new",
    "keys rotate",
    "keys check",
    "keys adopt",
    "retention purge",
    "backup restore-check",
    "translate extract",
    "translate update",
    "translate compile",
    "translate init",
    "mail relay",
    "analysis sweep-drafts",
    "analysis evaluate",
    "audio make",
}


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
        else:
            found.append(prefix + name)
    return found


def test_every_page_download_and_command_is_placed_in_the_suppression_walk(app):
    """A new page, download or command fails here until it is named as a figure surface (and read by the property
    test below) or as one that shows no count of people."""
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in rule.methods}
    assert not FIGURE_SURFACES.keys() & NO_FIGURES
    assert endpoints - FIGURE_SURFACES.keys() - NO_FIGURES == set(), "place these in FIGURE_SURFACES or NO_FIGURES"
    assert (FIGURE_SURFACES.keys() | NO_FIGURES) - endpoints == set(), "these surfaces are gone: remove them here"
    # wsgi.py offers the demo's command beside the app's own (create_app never imports the demo).
    commands = {name for name in _commands(app.cli) + _commands(demo_cli, "demo ") if not name.startswith("db ")}
    assert commands - FIGURE_COMMANDS.keys() - NO_FIGURE_COMMANDS == set()
    assert (FIGURE_COMMANDS.keys() | NO_FIGURE_COMMANDS) - commands == set()
    assert READ_BY_THE_PROPERTY_TEST <= FIGURE_SURFACES.keys() | FIGURE_COMMANDS.keys()


# --- the attacker's reading of each surface -----------------------------------------------------------------------

Key = tuple[Any, ...]  # a cell: ("whole",), ("band", slug), ("group", id or None), ("unsent",), ("stopped", key)...
Figure = tuple[frozenset[Key], int | None]  # the cells a figure adds up, and its value (None: shown as "c")

READ_BY_THE_PROPERTY_TEST = {
    "live.responses",
    "consultations.index",
    "boards.board_pack",
    "boards.board_pack_print",
    "boards.board_pack_xlsx",
    "boards.board_pack_csv",
    "periods.period_pack",
    "periods.period_pack_xlsx",
    "boards pack",
    "boards export",
}


def _value(text: Any) -> int | float | None | str:
    text = str(text if text is not None else "").strip().rstrip("%")
    if text == "c":
        return None
    if re.fullmatch(r"[\d,]+", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    return "–"


def _count(text: Any) -> tuple[bool, int | None]:
    value = _value(text)
    return (False, None) if value == "–" or isinstance(value, float) else (True, value)  # type: ignore[return-value]


def _from_rate(rate: Any, cohort: int) -> tuple[bool, int | None]:
    """A published rate gives its count away (to a tenth of a percent of a cohort under 1,000): read it as one."""
    value = _value(rate)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False, None
    return True, round(float(value) * cohort / 100)


class Reader:
    def __init__(self, world: World) -> None:
        self.world = world
        self.found: list[tuple[str, frozenset[Key], int | None]] = []

    def add(self, where: str, cells: frozenset[Key] | Key, shown: tuple[bool, int | None]) -> None:
        if shown[0]:
            self.found.append((where, cells if isinstance(cells, frozenset) else frozenset([cells]), shown[1]))

    def group_key(self, name: str) -> Key:
        return ("group", None) if name == OTHER else ("group", self.world.group_ids[LABELS.get(name, name)])

    def targeted(self) -> frozenset[Key]:
        return frozenset(("group", group_id) for group_id in self.world.group_ids.values())

    # The board pack's tables, from any of its forms: rows of (label, *cells as text).
    def pack_tables(self, where: str, tables: dict[str, list[list[Any]]], *, period: bool = False) -> None:
        for row in tables.get("responses", []):
            label = str(row[0])
            if period:
                if label == self.world.title:
                    self.add(where, self.targeted(), _count(row[2]))
                    self.add(where, self.targeted(), _from_rate(row[3], self.world.cohort))
                    self.add(where, ("whole",), _count(row[4]))
                elif label.startswith("All consultations"):
                    self.add(where, ("whole",), _count(row[4]))
                continue
            if label == "All responses":
                self.add(where, ("whole",), _count(row[2]))
            elif label.startswith("All the groups"):
                self.add(where, self.targeted(), _count(row[2]))
                self.add(where, self.targeted(), _from_rate(row[3], self.world.cohort))
            else:
                key = self.group_key(label)
                self.add(where, key, _count(row[2]))
                if key[1] is not None:
                    self.add(where, key, _from_rate(row[3], dict(GROUPS)[LABELS.get(label, label)]))
        names = {str(name): slug for slug, name in BAND_NAMES.items()}
        for row in tables.get("bands", []):
            self.add(where, ("band", names[str(row[0])]), _count(row[1]))

    def html_pack(self, where: str, page: BeautifulSoup, *, period: bool = False) -> None:
        tables = {}
        for key in ("responses", "bands"):
            found = page.select(f"#table-{key} tbody tr")
            tables[key] = [[cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])] for row in found]
        self.pack_tables(where, tables, period=period)

    def glance(self, where: str, page: BeautifulSoup, cells: Key) -> None:
        """The at-a-glance line of a pack, filtered or not: 'N young people answered', or hidden."""
        text = page.select_one("#at-a-glance + dl .govuk-summary-list__value").get_text(" ", strip=True)
        number = re.match(r"([\d,]+) young (?:person|people) answered", text)
        self.add(where, cells, (True, int(number.group(1).replace(",", "")) if number else None))

    def sheets(self, where: str, data: bytes, *, period: bool = False) -> None:
        book = load_workbook(io.BytesIO(data))
        tables = {
            name: [
                list(row)
                for row in book[name].iter_rows(min_row=3, values_only=True)
                if row[0] is not None and row[0] != "" and len(row) > 1
            ]
            for name in ("responses", "bands")
            if name in book
        }
        tables = {
            name: [row for row in rows if any(value is not None for value in row[1:])] for name, rows in tables.items()
        }
        self.pack_tables(where, tables, period=period)

    def csvs(self, where: str, files: dict[str, str]) -> None:
        tables = {
            name[:-4]: list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1:]
            for name, text in files.items()
            if name in ("responses.csv", "bands.csv")
        }
        self.pack_tables(where, tables)

    def live(self, where: str, page: BeautifulSoup) -> None:
        numbers = [item.get_text(strip=True) for item in page.select(".heard-figure__number")]
        self.add(where, ("whole",), _count(numbers[0]))
        self.add(where, frozenset([("whole",), ("unsent",)]), _count(numbers[1]))
        self.add(where, self.targeted(), _from_rate(numbers[2], self.world.cohort))
        self.add(where, ("assisted", True), _count(numbers[-2]))
        self.add(where, ("easy", True), _count(page.select_one("#easy-version .heard-figure__number").get_text()))
        groups = page.find("h2", string="Groups it is meant to reach").find_next("table")
        for row in groups.select("tbody tr"):
            name = row.find("th").get_text(strip=True)
            cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
            key = self.group_key(name)
            self.add(where, key, _count(cells[1]))
            if key[1] is not None:
                self.add(where, key, _from_rate(cells[2].split(" ")[0], dict(GROUPS)[LABELS.get(name, name)]))
        for caption, split, names in (
            ("Responses by age band", "band", {str(v): k for k, v in BAND_NAMES.items()}),
            ("Responses by language", "language", {item.native_name: code for code, item in LANGUAGES.items()}),
        ):
            table = page.find("caption", string=caption).find_parent("table")
            for row in table.select("tbody tr"):
                self.add(
                    where,
                    (split, names[row.find("th").get_text(strip=True)]),
                    _count(row.find("td").get_text(strip=True)),
                )
        days = page.find("th", string="Day").find_parent("table")
        for offset, row in enumerate(days.select("tbody tr")):
            self.add(
                where,
                ("day", self.world.opens_on + timedelta(days=offset)),
                _count(row.find("td").get_text(strip=True)),
            )
        questions = self.world.question_keys
        for row in page.select("#drop-off tbody tr"):
            label = row.find("th").get_text(strip=True)
            value = _count(row.find("td").get_text(strip=True))
            if label == "Started but did not send":
                self.add(where, ("unsent",), value)
            elif label == "Answered every question but did not send":
                self.add(where, ("stopped", figures.EVERY_QUESTION), value)
            else:
                self.add(where, ("stopped", questions[int(label.split(".")[0]) - 1]), value)


# --- the world: random answers, stored ---------------------------------------------------------------------------


class World:
    def __init__(
        self, consultation: Any, group_ids: dict[str, Any], opens_on: date, title: str, question_keys: list[str]
    ) -> None:
        self.consultation = consultation
        self.group_ids = group_ids
        self.opens_on = opens_on
        self.title = title
        self.question_keys = question_keys
        self.cohort = sum(size for _name, size in GROUPS)
        self.truth: dict[Key, int] = {}

    def count(self, key: Key) -> None:
        self.truth[key] = self.truth.get(key, 0) + 1


person = st.tuples(
    st.sampled_from(BANDS),
    st.sampled_from([None, *[name for name, _size in GROUPS]]),
    st.sampled_from(["en", "cy"]),
    st.integers(0, 3),
    st.booleans(),
    st.booleans(),
)
quitter = st.tuples(st.sampled_from(BANDS), st.integers(0, 3))


def _build(people: list[tuple[Any, ...]], quitters: list[tuple[str, int]]) -> World:
    today = date.today()
    opens_on = today - timedelta(days=3)
    org = factories.organisation()
    consultation = factories.consultation(org, opens_on=opens_on)
    # A second consultation in the same period with a single answer: the period pack leaves it out and says so.
    tiny = factories.consultation(org, opens_on=opens_on)
    groups = {name: distribution.save_group(org.id, name, KINDS[name], size) for name, size in GROUPS}
    distribution.set_target_groups(consultation, list(groups.values()))
    questions = builder.questions_of(consultation, consultation.live_version or None)
    world = World(
        consultation,
        {name: group.id for name, group in groups.items()},
        opens_on,
        staff_title(consultation),
        [question.key for question in questions],
    )
    for item, (band, group, language, day, assisted, easy) in [
        *((consultation, p) for p in people),
        (tiny, ("12-17", None, "en", 0, False, False)),
    ]:
        db.session.add(
            Response(
                organisation_id=org.id,
                consultation_id=item.id,
                pseudonym=secrets.token_hex(16),
                submission_key=secrets.token_hex(16),
                receipt_hash=secrets.token_hex(32),
                age_band=band,
                language=language,
                submitted_on=opens_on + timedelta(days=day),
                group_id=groups[group].id if group else None,
                assisted=assisted,
                easy=easy,
            )
        )
        if item is consultation:
            for key in (
                ("whole",),
                ("band", band),
                ("group", world.group_ids.get(group)),
                ("language", language),
                ("day", opens_on + timedelta(days=day)),
                ("assisted", assisted),
                ("easy", easy),
            ):
                world.count(key)
    for band, answered in quitters:
        asked = [question.key for question in questions if band in question.band_slugs]
        answers = {key: {"choices": [], "text": "x", "declined": False} for key in asked[: answered + 1]}
        db.session.add(
            Draft(
                organisation_id=org.id,
                consultation_id=consultation.id,
                token_hash=secrets.token_hex(32),
                age_band=band,
                language="en",
                answers=answers,
                last_active_on=today,
            )
        )
        world.count(("unsent",))
        world.count(("stopped", asked[answered + 1] if answered + 1 < len(asked) else figures.EVERY_QUESTION))
    db.session.commit()
    return world


# --- the attacker's algebra ---------------------------------------------------------------------------------------


def _unknowns(world: World) -> list[Key]:
    cells: list[Key] = [("whole",), ("unsent",)]
    cells += [("band", band) for band in BAND_NAMES]
    cells += [("group", None), *[("group", group_id) for group_id in world.group_ids.values()]]
    cells += [("language", code) for code in LANGUAGES]
    cells += [("day", world.opens_on + timedelta(days=offset)) for offset in range(4)]
    cells += [("assisted", True), ("assisted", False)]
    cells += [("easy", True), ("easy", False)]
    cells += [("stopped", key) for key in [*world.question_keys, figures.EVERY_QUESTION]]
    return cells


SPLITS = ("band", "group", "language", "day", "assisted", "easy", "stopped")


def _structure(index: dict[Key, int]) -> list[numpy.ndarray]:
    """What everyone knows without being told: each split of the respondents adds up to the whole, and where people
    stopped adds up to those who did not send."""
    rows = []
    for split in SPLITS:
        row = numpy.zeros(len(index))
        row[index[("unsent",) if split == "stopped" else ("whole",)]] = -1
        for key, position in index.items():
            if key[0] == split:
                row[position] = 1
        rows.append(row)
    return rows


def _check(world: World, reader: Reader) -> None:
    cells = _unknowns(world)
    index = {key: position for position, key in enumerate(cells)}
    truth = {key: world.truth.get(key, 0) for key in cells}
    # 1. Every figure is what it claims to be, nothing published is small, and one figure is one value everywhere.
    seen: dict[frozenset[Key], tuple[str, int | None]] = {}
    for where, keys, value in reader.found:
        real = sum(truth[key] for key in keys)
        assert value is None or value == real, (where, sorted(map(str, keys)), value, real)
        assert value is None or not 0 < value < LIMIT, (where, sorted(map(str, keys)), value)
        if keys in seen:
            assert seen[keys][1] == value, ("shown differently", sorted(map(str, keys)), seen[keys], (where, value))
        seen.setdefault(keys, (where, value))
    # 2. No hidden cell, nor a small sum of hidden cells of one split, is in the span of what is known.
    rows = _structure(index)
    for keys, (_where, value) in seen.items():
        if value is not None:
            row = numpy.zeros(len(cells))
            for key in keys:
                row[index[key]] = 1
            rows.append(row)
    known = numpy.array(rows)
    rank = numpy.linalg.matrix_rank(known)
    shown_single = {next(iter(keys)) for keys, (_w, value) in seen.items() if len(keys) == 1 and value is not None}
    for split in (*SPLITS, "whole", "unsent"):
        hidden = [key for key in cells if key[0] == split and key not in shown_single]
        for size in range(1, min(len(hidden), LIMIT - 1) + 1):
            for subset in itertools.combinations(hidden, size):
                total = sum(truth[key] for key in subset)
                if not 0 < total < LIMIT:
                    continue
                probe = numpy.zeros(len(cells))
                for key in subset:
                    probe[index[key]] = 1
                assert numpy.linalg.matrix_rank(numpy.vstack([known, probe])) > rank, (
                    "recoverable",
                    [str(key) for key in subset],
                    total,
                )


def _client(app: Any, world: World) -> Any:
    from participation.organisations.models import Organisation

    user, secret = factories.staff(db.session.get(Organisation, world.consultation.organisation_id), Role.BOARD_MEMBER)
    client = app.test_client()
    factories.sign_in(client, user, secret)
    return client


def _page(client: Any, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return parse(response)


def _read_everything(app: Any, world: World) -> Reader:
    reader = Reader(world)
    client = _client(app, world)
    consultation = world.consultation
    base = f"/staff/consultations/{consultation.id}"
    reader.live("live view", _page(client, f"{base}/responses"))
    for row in _page(client, "/staff/").select("tbody tr"):
        if row.find("a", href=re.compile(str(consultation.id))):
            reader.add(
                "consultation list",
                ("whole",),
                _count(row.select(".govuk-table__cell--numeric")[0].get_text(strip=True)),
            )
    whole = _page(client, f"{base}/board-pack")
    reader.html_pack("board pack", whole)
    reader.glance("board pack", whole, ("whole",))
    for band in BANDS:
        filtered = _page(client, f"{base}/board-pack?part=band:{band}")
        reader.glance(f"board pack, {band}", filtered, ("band", band))
        reader.html_pack(f"board pack, {band}", filtered)
    for name, group_id in [(OTHER, pack.OTHER_WAYS_IN), *world.group_ids.items()]:
        filtered = _page(client, f"{base}/board-pack?part=group:{group_id}")
        reader.glance(f"board pack, {name}", filtered, reader.group_key(name))
    reader.html_pack("printable pack", _page(client, f"{base}/board-pack/print"))
    reader.sheets("spreadsheet", client.get(f"{base}/board-pack.xlsx").data)
    with zipfile.ZipFile(io.BytesIO(client.get(f"{base}/board-pack.zip").data)) as archive:
        reader.csvs("CSVs", {name: archive.read(name).decode("utf-8") for name in archive.namelist()})
    key = periods.containing(world.opens_on).key
    period = _page(client, f"/staff/board-packs/{key}")
    # The one-answer consultation is named as left out (and this one too, when it has too few answers to show).
    left_out = period.select_one("#left-out").get_text(" ", strip=True)
    if 0 < world.truth.get(("whole",), 0) < LIMIT:
        assert left_out.startswith("2 consultations")
        reader.add("period pack", frozenset(), (True, 0 if "0 young people answered" in period.get_text() else -1))
    else:
        assert left_out.startswith("1 consultation")
        reader.html_pack("period pack", period, period=True)
        reader.glance("period pack", period, ("whole",))
        reader.sheets("period spreadsheet", client.get(f"/staff/board-packs/{key}/xlsx").data, period=True)
    runner = app.test_cli_runner()
    with tempfile.TemporaryDirectory() as folder:
        result = runner.invoke(args=["boards", "export", "--consultation", consultation.code, "--output", folder])
        assert result.exit_code == 0, result.output
        reader.csvs(
            "command line CSVs", {path.name: path.read_text(encoding="utf-8") for path in Path(folder).glob("*.csv")}
        )
        target = Path(folder) / "pack.html"
        result = runner.invoke(args=["boards", "pack", "--consultation", consultation.code, "--output", str(target)])
        assert result.exit_code == 0, result.output
        reader.html_pack("command line pack", BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser"))
    return reader


@settings(
    max_examples=15,
    deadline=None,
    report_multiple_bugs=False,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(person, max_size=40), st.lists(quitter, max_size=8))
def test_no_surface_a_role_sees_gives_away_a_small_count(app, people, quitters):
    app.config["HEARD_SUPPRESSION_THRESHOLD"] = LIMIT
    with factories.rolled_back(app):
        limiter.reset()
        world = _build(people, quitters)
        # Each request gets its own app context; the rows above live in the rolled-back connection, so read in it too.
        reader = _read_everything(app, world)
        surfaces = {where.split(",")[0] for where, _keys, _value in reader.found}
        assert {
            "live view",
            "consultation list",
            "board pack",
            "printable pack",
            "spreadsheet",
            "CSVs",
            "period pack",
            "command line CSVs",
            "command line pack",
        } <= surfaces
        _check(world, reader)


# --- the findings of issue 11, one regression test each ------------------------------------------------------------


def _respond(organisation_id: Any, consultation: Any, group: Any, count: int, band: str = "12-17") -> None:
    for _ in range(count):
        db.session.add(
            Response(
                organisation_id=organisation_id,
                consultation_id=consultation.id,
                pseudonym=secrets.token_hex(16),
                submission_key=secrets.token_hex(16),
                receipt_hash=secrets.token_hex(32),
                age_band=band,
                language="en",
                submitted_on=consultation.opens_on,
                group_id=group.id if group else None,
            )
        )


def _oak_house(app: Any) -> tuple[Any, dict[str, Any], Any, str]:
    """The finding's shape: a six-child home with 3 answers beside groups of 6, 7 and 10 and the open link."""
    with app.app_context():
        org = factories.organisation()
        consultation = factories.consultation(org, opens_on=date.today() - timedelta(days=2))
        groups = {
            name: distribution.save_group(org.id, name, kind, size)
            for name, kind, size in (
                ("Oak House", GroupKind.CHILDRENS_HOME, 6),
                ("Network", GroupKind.PARENTS_AND_CARERS, 60),
                ("Forum", GroupKind.CARE_LEAVERS_FORUM, 40),
            )
        }
        distribution.set_target_groups(consultation, list(groups.values()))
        for name, count in (("Oak House", 3), ("Network", 6), ("Forum", 12)):
            _respond(org.id, consultation, groups[name], count)
        _respond(org.id, consultation, None, 10)
        db.session.commit()
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
        client = app.test_client()
        factories.sign_in(client, user, secret)
        return client, {name: group.id for name, group in groups.items()}, consultation.id, consultation.code


def test_the_live_view_hides_the_group_the_board_pack_hides(app):
    """Live view showed 'Network 6' while the pack hid it, so Oak House = 31 - 10 - 12 - 6 = 3."""
    client, _groups, consultation_id, _code = _oak_house(app)
    live = _page(client, f"/staff/consultations/{consultation_id}/responses")
    table = live.find("h2", string="Groups it is meant to reach").find_next("table")
    shown = {
        row.find("th").get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
        for row in table.select("tbody tr")
    }
    board = _page(client, f"/staff/consultations/{consultation_id}/board-pack")
    in_pack = {
        row.find("th").get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
        for row in board.select("#table-responses tbody tr")
    }
    # The board member reads the home by its kind, on both pages (``distribution.labels``).
    assert shown["Children’s home group"] == "c" and shown["Network"] == "c" and "Oak House" not in shown
    assert {name: value for name, value in shown.items()} == {name: in_pack[name] for name in shown}


def test_one_response_rate_on_the_live_view_and_the_board_pack(app):
    """The live view gave all responses over the cohort (31 of 106 = 29%); the pack, responses through the groups.
    With every group published, both give the same number: 28 through the groups of 106 = 26.4%."""
    with app.app_context():
        org = factories.organisation()
        consultation = factories.consultation(org, opens_on=date.today() - timedelta(days=2))
        groups = [
            distribution.save_group(org.id, name, GroupKind.OTHER, size)
            for name, size in (("Home", 6), ("Network", 60), ("Forum", 40))
        ]
        distribution.set_target_groups(consultation, groups)
        for group, count in zip(groups, (6, 10, 12), strict=True):
            _respond(org.id, consultation, group, count)
        _respond(org.id, consultation, None, 9)
        db.session.commit()
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
        consultation_id = consultation.id
    client = app.test_client()
    factories.sign_in(client, user, secret)
    live = _page(client, f"/staff/consultations/{consultation_id}/responses")
    rate = live.select(".heard-figure__number")[2].get_text(strip=True)
    assert rate == "26.4%"
    assert live.select_one("#response-rate-definition") is not None
    board = _page(client, f"/staff/consultations/{consultation_id}/board-pack")
    assert "26.4% of the 106 young people" in board.select_one("#at-a-glance + dl").get_text(" ", strip=True)
    row = [
        cell.get_text(strip=True)
        for cell in board.find("th", string=re.compile("All the groups")).find_parent("tr").find_all(["th", "td"])
    ]
    assert row[1:] == ["106", "28", "26.4"]


def test_a_period_pack_adds_up_what_it_can_publish_and_names_what_it_left_out(app):
    """One consultation with a single answer in the quarter used to hide every figure of the period pack."""
    with app.app_context():
        org = factories.organisation()
        big = factories.consultation(org, opens_on=date(2026, 5, 1))
        small = factories.consultation(org, opens_on=date(2026, 5, 2))
        _respond(org.id, big, None, 12)
        _respond(org.id, big, None, 7, band="care-leavers")
        _respond(org.id, small, None, 1)
        db.session.commit()
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
        organisation_id = org.id
    client = app.test_client()
    factories.sign_in(client, user, secret)
    for key in ("2026-27", "2026-27-q1"):
        page = _page(client, f"/staff/board-packs/{key}")
        glance = page.select_one("#at-a-glance + dl .govuk-summary-list__value").get_text(" ", strip=True)
        assert glance.startswith("19 young people answered"), glance
        assert (
            page.select_one("#left-out").get_text(" ", strip=True)
            == "1 consultation with too few answers to show is not counted."
        )
        bands = {
            row.find("th").get_text(strip=True): row.find("td").get_text(strip=True)
            for row in page.select("#table-bands tbody tr")
        }
        assert bands["12 to 17"] == "12" and bands["Care leavers (18 to 25)"] == "7", bands
    with app.app_context():
        built = pack.build_period(organisation_id, periods.parse("2026-27"))
        assert "1 consultation with too few answers to show is not counted." in built.tables["responses"].note
