"""Participation activity as a table of the board pack and of the period packs: the same suppressed figures as the
summary page (``services.summary``), in the pack's ``Table`` form so the page, the printable page, the PDF, the CSVs
and the spreadsheet all show them alike."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from flask_babel import format_date
from flask_babel import gettext as _

from participation.boards.pack_tables import Table, Value, cell
from participation.boards.periods import Period
from participation.distribution.models import GroupKind
from participation.sessions import services
from participation.sessions.models import ACTIVITY_NAMES
from participation.surveys.models import BAND_NAMES

TOPICS_SHOWN = 5


class SessionQuoteRow(NamedTuple):
    quote: str
    where: str


class ParticipationRow(NamedTuple):
    measure: str
    number: Value


def participation_table(organisation_id: uuid.UUID, period: Period, limit: int) -> Table[ParticipationRow]:
    """Sessions held, attendance by age band and young people in each kind of activity in ``period``; counts of
    people suppressed as on the summary page (a year adds up its quarters), with the topics raised most in a note."""
    summary = services.summary(organisation_id, services.quarters_of(period), limit)
    table: Table[ParticipationRow] = Table(
        "participation",
        _("Participation activity: %(period)s", period=period.label),
        [_("Measure"), _("Number")],
        numeric={1},
    )
    table.rows.append(ParticipationRow(_("Sessions held"), summary.sessions))
    if summary.unrecorded:
        table.rows.append(ParticipationRow(_("Sessions with no attendance recorded"), summary.unrecorded))
    # Sessions with no attendance recorded are not sessions nobody came to: with none recorded in the period, its
    # attendance is "not recorded", never 0; with some, the figures count the sessions that recorded it.
    # A band no session recorded reads "Not recorded" too, never a 0 that looks like a count.
    known = summary.attendance_known
    not_recorded = _("Not recorded")
    for band, name in BAND_NAMES.items():
        found = summary.band(band)
        number = cell(found) if found is not None else not_recorded
        table.rows.append(ParticipationRow(_("Attendance: %(band)s", band=name), number))
    whole = summary.attended_all
    table.rows.append(ParticipationRow(_("Attendance, all bands"), cell(whole) if whole is not None else not_recorded))
    for kind, name in ACTIVITY_NAMES.items():
        table.rows.append(
            ParticipationRow(_("Young people: %(activity)s", activity=name), cell(summary.activities[kind]))
        )
    table.rows.append(ParticipationRow(_("Young people, all activity"), cell(summary.involved)))
    topics = [topic for topic, _count in summary.topics[:TOPICS_SHOWN]]
    notes = []
    if summary.unrecorded and known:
        notes.append(_("Attendance counts only the sessions where it was recorded."))
    notes.append(steps_note(limit))
    notes.append(totals_note())
    if topics:
        notes.append(_("Topics young people raised most: %(topics)s.", topics="; ".join(topics)))
    table.note = " ".join(notes)
    return table


def totals_note() -> str:
    """What a total of these counts is (third outside review: "all bands" read as leaving the hidden bands out)."""
    return str(_("Each total adds up the published counts of its rows, those shown as c included."))


def steps_note(limit: int) -> str:
    """What every table of these counts says about them: they move only in steps (``services.take_figures``)."""
    return str(
        _(
            "Counts of young people are brought up to date only once they have changed by at least %(threshold)s, "
            "so nobody’s attendance can be worked out by comparing them over time: the latest sessions and changes "
            "may not be in them yet.",
            threshold=limit,
        )
    )


def session_quotes_table(organisation_id: uuid.UUID, period: Period, limit: int) -> Table[SessionQuoteRow]:
    """Words said at sessions in ``period`` that their writers agreed to share and a worker approved for quoting,
    with where and the month (never the day: TRUST.md), as ``where_said`` attributes them."""
    table: Table[SessionQuoteRow] = Table(
        "participation-quotes",
        _("In their words, at sessions: %(period)s", period=period.label),
        [_("Quote"), _("Where it was said")],
        note=_("Only words young people agreed to share, approved for quoting by a participation worker."),
    )
    for quote in services.quotes_in(organisation_id, period.start, period.end, limit):
        table.rows.append(SessionQuoteRow(quote.text, where_said(quote)))
    return table


def where_said(quote: services.SessionQuote) -> str:
    """Where and when a quote was said, as every surface of the packs and the summary page attribute it (the one
    place): the group and month where it may be named (``distribution.models.may_be_named``: a forum or council
    big enough); a children's home or a school by its kind ("At a children's home group, December 2026"), any other
    group as "a group"; no more than "a session" where few young people came. TRUST.md: attribution is broad (the
    outside review found "At Oak House, December 2026" in the board pack, naming a children's home the redaction
    had taken out of the words themselves)."""
    if quote.small:
        return str(_("At one of the period's sessions"))
    month = format_date(quote.held_on, "LLLL yyyy")
    if quote.named and quote.group:
        return str(_("At %(group)s, %(month)s", group=quote.group, month=month))
    if quote.group_kind == GroupKind.CHILDRENS_HOME:
        return str(_("At a children’s home group, %(month)s", month=month))
    if quote.group_kind == GroupKind.SCHOOL:
        return str(_("At a school group, %(month)s", month=month))
    return str(_("At a group, %(month)s", month=month))
