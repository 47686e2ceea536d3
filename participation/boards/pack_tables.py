"""The board pack's tables of figures: responses against the cohort, responses by age band, the headline indicators
(whole, by age band and by group) and how many comments a person has read. Also what every table of the pack shares:
``Table``, whose rows are named tuples (a column has a name, not only a position), and how a protected cell is shown.

Each table only picks cells out of the protected figures ``pack.build_for`` hands it: it never computes a new count.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, NamedTuple, TypeVar

from babel.lists import format_list
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _

from participation.analysis import reading
from participation.boards import periods
from participation.boards.indicators import Indicator
from participation.distribution.models import Group
from participation.reporting import figures
from participation.reporting.figures import OTHER_WAYS_IN, Split, share, through_groups
from participation.reporting.suppression import SUPPRESSED, Cell, SplitRow
from participation.surveys.models import BAND_NAMES, Consultation
from participation.titles import staff_title

# A date in a table is a ``date``: the page and the PDF show it as people read it ("17 July 2027", ``DAY``, through
# Babel in the reader's language); the CSV and the spreadsheet keep it as 2027-07-17, which they sort and read back.
Value = int | float | str | date | None
DAY = "d MMMM yyyy"
# A table's row: a named tuple whose fields are its columns in order, so code reads ``row.share`` while the page,
# the CSV and the spreadsheet still show it cell by cell. A table whose columns are the age bands or the groups
# found (``themes-by-band``, ``themes-by-group``) has plain tuples: a theme, then one count per column.
RowT = TypeVar("RowT", bound=tuple[Any, ...])


@dataclass
class Table(Generic[RowT]):
    """One table of the pack, as it is shown and exported. ``numeric`` marks the columns holding figures."""

    key: str
    caption: str
    columns: list[str]
    rows: list[RowT] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)
    note: str = ""
    signed: set[int] = field(default_factory=set)  # changes, shown with a + or - sign


class ResponsesRow(NamedTuple):
    group: str
    cohort: Value
    responses: Value
    rate: Value


class PeriodResponsesRow(NamedTuple):
    consultation: str
    cohort: Value
    through_groups: Value
    rate: Value
    responses: Value


class ReadingRow(NamedTuple):
    consultation: str
    comments: Value
    read: Value
    read_in_time: Value
    late: Value
    typical_time: Value


class BandRow(NamedTuple):
    band: str
    responses: Value
    share: Value


class BandRowWithEarlier(NamedTuple):
    band: str
    responses: Value
    share: Value
    earlier: Value


class IndicatorRow(NamedTuple):
    indicator: str
    counts_as_positive: str
    positive: Value
    answered: Value
    share: float | None
    earlier: float | None
    change: float | None
    others: float | None
    references: str


class IndicatorPartRow(NamedTuple):
    """An indicator for one age band or one group."""

    indicator: str
    part: str
    positive: Value
    answered: Value
    share: float | None
    earlier: float | None
    change: float | None


def cell(value: Cell) -> Value:
    return SUPPRESSED if value.count is None else value.count


def _slice(
    band: str | None, group: uuid.UUID | None, whole: Any, by_band: dict[Any, Any], by_group: dict[Any, Any], empty: Any
) -> Any:
    """The figure for the chosen band or group (taken from the protected table), or the whole."""
    if band is not None:
        return by_band.get(band, empty)
    if group is not None:
        return by_group.get(None if group == OTHER_WAYS_IN else group, empty)
    return whole


def left_out_note(count: int) -> str:
    return str(
        ngettext(
            "%(num)s consultation with too few answers to show is not counted.",
            "%(num)s consultations with too few answers to show are not counted.",
            count,
        )
    )


@dataclass(frozen=True)
class Earlier:
    """How a pack names what it compares with: the last wave of a consultation, or the period before a period."""

    count: str
    percent: str
    indicators_note: str


def earlier_for(period: periods.Period | None) -> Earlier:
    if period is not None:
        return Earlier(
            _("Previous period"),
            _("Previous period (%)"),
            _(
                "Share is of those who answered the question. Change is since the previous period, where "
                "both shares can be published."
            ),
        )
    return Earlier(
        _("Last wave"),
        _("Last wave (%)"),
        _(
            "Share is of those who answered the question. Change is since the last wave, where both shares "
            "can be published."
        ),
    )


# --- the tables ----------------------------------------------------------------------------------------------------


def responses_table(
    people: Split, targets: Sequence[Group], known: dict[uuid.UUID, Group], labels: dict[uuid.UUID, str], limit: int
) -> Table[ResponsesRow]:
    table: Table[ResponsesRow] = Table(
        "responses",
        _("Responses against the cohort"),
        [_("Group"), _("Cohort"), _("Responses"), _("Response rate (%)")],
        numeric={1, 2, 3},
        note=_(
            "The cohort is how many young people each group reaches. Responses through the open link "
            "or a poster are not tied to a group, so they count in no group's rate."
        ),
    )
    # Each group as the pack calls it (``distribution.labels``), in the order of those labels: a children's home's
    # row says neither its name nor where its name sits in the alphabet.
    listed = {group.id for group in targets} | {key for key in people.by_group if key is not None}
    for group in sorted((known[key] for key in listed if key in known), key=lambda item: labels[item.id]):
        count = people.by_group.get(group.id, Cell(0))
        table.rows.append(
            ResponsesRow(labels[group.id], group.cohort_size, cell(count), figures.group_rate(people, group, limit))
        )
    counted = figures.counted_groups(targets)
    reached = through_groups(people, counted)
    if counted:
        table.rows.append(
            ResponsesRow(
                _("All the groups this consultation reaches"),
                figures.cohort(counted),
                SUPPRESSED if reached is None else reached,
                figures.response_rate(people, targets, limit),
            )
        )
    if None in people.by_group:
        table.rows.append(
            ResponsesRow(_("Other ways in (open link, poster or code)"), None, cell(people.by_group[None]), None)
        )
    table.rows.append(ResponsesRow(_("All responses"), None, cell(people.whole), None))
    return table


def reading_table(consultations: Sequence[Consultation], limit: int) -> Table[ReadingRow]:
    """How many comments a person has read, and how fast: one row per consultation, each protected on its own
    (``reading.figures``). Comments, not people: one young person may write several."""
    table: Table[ReadingRow] = Table(
        "reading",
        _("Every comment read by a person"),
        [
            _("Consultation"),
            _("Comments"),
            _("Read"),
            _("Read in time"),
            _("Unread and late"),
            _("Typical time to read"),
        ],
        numeric={1, 2, 3, 4},
        note=_(
            "A person reads every comment young people write, not only those the screen flags. "
            "“In time” is within the working days the council set (one for possible disclosures, five "
            "for the rest unless it chose otherwise); the typical time is the median, from arriving to "
            "being marked read. Counts are of comments for the whole consultation, whatever the filter."
        ),
    )
    for consultation in consultations:
        done = reading.figures(consultation.id, limit)
        table.rows.append(
            ReadingRow(
                staff_title(consultation),
                cell(done.comments),
                cell(done.read),
                cell(done.read_in_time),
                cell(done.late),
                done.median_text or SUPPRESSED if done.read.count else None,
            )
        )
    return table


def period_responses_table(
    consultations: Sequence[Consultation],
    each_people: Sequence[Split],
    each_targets: Sequence[Sequence[Group]],
    people: Split,
    limit: int,
    left_out: int = 0,
) -> Table[PeriodResponsesRow]:
    """A period's responses, consultation by consultation: each row is what that consultation's own pack shows."""
    table: Table[PeriodResponsesRow] = Table(
        "responses",
        _("Responses against the cohort"),
        [_("Consultation"), _("Cohort"), _("Responses through the groups"), _("Response rate (%)"), _("All responses")],
        numeric={1, 2, 3, 4},
        note=_(
            "Each consultation's cohort is how many young people its groups reach. Responses through the "
            "open link or a poster are not tied to a group, so they count only in all responses."
        ),
    )
    if left_out:
        table.note += " " + left_out_note(left_out)
    for consultation, part, targets in zip(consultations, each_people, each_targets, strict=True):
        counted = figures.counted_groups(targets)
        reached = through_groups(part, counted)
        table.rows.append(
            PeriodResponsesRow(
                staff_title(consultation),
                figures.cohort(counted) or None,
                (SUPPRESSED if reached is None else reached) if counted else None,
                figures.response_rate(part, targets, limit) if counted else None,
                cell(part.whole),
            )
        )
    table.rows.append(PeriodResponsesRow(_("All consultations in the period"), None, None, None, cell(people.whole)))
    return table


def bands_table(
    people: Split, before: Split | None, limit: int, earlier: Earlier
) -> Table[BandRow | BandRowWithEarlier]:
    columns = [_("Age band"), _("Responses"), _("Share (%)")]
    if before is not None:
        columns += [earlier.count]
    table: Table[BandRow | BandRowWithEarlier] = Table("bands", _("Responses by age band"), columns, numeric={1, 2, 3})
    for key, name in BAND_NAMES.items():
        count = people.by_band.get(key, Cell(0))
        row = BandRow(str(name), cell(count), share(count, people.whole, limit))
        if before is not None:
            table.rows.append(BandRowWithEarlier(*row, earlier=cell(before.by_band.get(key, Cell(0)))))
        else:
            table.rows.append(row)
    return table


def _reference_text(item: Indicator, band: str | None) -> str:
    figures = [ref for ref in item.references if ref.age_band == (band or "")]
    return "; ".join(f"{ref.label}: {ref.percent:g}% ({ref.source})" for ref in figures)


def positive_means(item: Indicator) -> str:
    """What counts as positive for an indicator, in words ("Always, Mostly or Yes"), from its definition."""
    return format_list(item.positive, style="or", locale=get_locale() or "en_GB") if item.positive else ""


def indicators_table(
    items: Sequence[Indicator], band: str | None, group: Any, averages: dict[str, tuple[float, int]], earlier: Earlier
) -> Table[IndicatorRow]:
    table: Table[IndicatorRow] = Table(
        "indicators",
        _("Headline indicators"),
        [
            _("Indicator"),
            _("Counts as positive"),
            _("Positive"),
            _("Answered"),
            _("Share (%)"),
            earlier.percent,
            _("Change (points)"),
            _("Other councils (%)"),
            _("Reference figures"),
        ],
        numeric={2, 3, 4, 5, 6, 7},
        signed={6},
        note=earlier.indicators_note,
    )
    for item in items:
        now = _slice(band, group, item.overall, item.by_band, item.by_group, SplitRow(Cell(0), Cell(0)))
        then = (
            _slice(band, group, item.previous, item.previous_by_band, item.previous_by_group, None)
            if item.previous is not None
            else None
        )
        moved = None
        if now.percent is not None and then is not None and then.percent is not None:
            moved = round(now.percent - then.percent, 1)
        others = averages.get(item.key, (None, 0))[0] if band is None and group is None else None
        table.rows.append(
            IndicatorRow(
                item.title,
                positive_means(item),
                cell(now.positive),
                cell(now.answered),
                now.percent,
                then.percent if then is not None else None,
                moved,
                others,
                _reference_text(item, band),
            )
        )
    return table


def split_table(
    items: Sequence[Indicator],
    key: str,
    caption: str,
    part_name: str,
    parts: list[tuple[Any, str]],
    earlier: Earlier,
    *,
    by: str,
) -> Table[IndicatorPartRow]:
    table: Table[IndicatorPartRow] = Table(
        key,
        caption,
        [
            _("Indicator"),
            part_name,
            _("Positive"),
            _("Answered"),
            _("Share (%)"),
            earlier.percent,
            _("Change (points)"),
        ],
        numeric={2, 3, 4, 5, 6},
        signed={6},
    )
    for item in items:
        now_parts = item.by_band if by == "band" else item.by_group
        then_parts = item.previous_by_band if by == "band" else item.previous_by_group
        for part, name in parts:
            if part not in now_parts:
                continue
            now = now_parts[part]
            then = then_parts.get(part)
            moved = item.band_change(part) if by == "band" else item.group_change(part)
            table.rows.append(
                IndicatorPartRow(
                    item.title,
                    name,
                    cell(now.positive),
                    cell(now.answered),
                    now.percent,
                    then.percent if then is not None else None,
                    moved,
                )
            )
    return table
