"""The board pack: what young people said in a consultation, what was done, and which promises were kept, in a form a
corporate parenting board can read in ten minutes.

Every figure is built here once, as ``Table`` rows, and the page, the printable page, the PDF, the CSVs and the
spreadsheet all show those same rows, so a number is suppressed exactly the same way wherever it leaves Heard.

Suppression (TRUST.md): respondents, theme counts and indicator shares are each one published whole split two ways,
by age band and by group, and protected as one (``suppression.protect``/``protect_split``), so no hidden cell can be
worked out from the whole, from the other split or from the shown cells. A filter (one age band, or one group) only
picks rows and columns out of those same protected tables: it never computes a new number, so comparing filtered
packs with each other or with the whole pack gives nothing away. The last wave is protected the same way on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import func, select

from participation.analysis import reading
from participation.analysis.models import AnswerTheme
from participation.boards import compare, periods, pledges, public, yousaid
from participation.boards.indicators import Indicator, indicators_for
from participation.boards.models import (
    ACTION_STATUS_NAMES,
    PLEDGE_STATUS_NAMES,
    RAG_NAMES,
    VERDICT_NAMES,
    Action,
    ActionStatus,
    Pledge,
)
from participation.distribution.models import Group
from participation.distribution.services import groups_for, target_groups
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.reporting import figures
from participation.reporting.figures import EMPTY, OTHER_WAYS_IN, Split, respondents, share, through_groups
from participation.reporting.suppression import SUPPRESSED, Cell, SplitRow, combine, combine_maps, protect
from participation.responses.models import Answer, Response
from participation.surveys.forms import BAND_NAMES
from participation.surveys.models import Consultation
from participation.titles import staff_title

Value = int | float | str | None


@dataclass
class Table:
    """One table of the pack, as it is shown and exported. ``numeric`` marks the columns holding figures."""

    key: str
    caption: str
    columns: list[str]
    rows: list[list[Value]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)
    note: str = ""
    signed: set[int] = field(default_factory=set)  # changes, shown with a + or - sign


@dataclass
class Scope:
    """What a pack is of: one consultation (beside its last wave), or the consultations of a period (beside those of
    the period before)."""

    organisation_id: uuid.UUID
    title: str
    consultations: list[Consultation]
    previous: list[Consultation]
    previous_title: str | None
    period: periods.Period | None = None

    @classmethod
    def of_consultation(cls, consultation: Consultation) -> Scope:
        earlier = yousaid.previous_wave(consultation)
        return cls(
            consultation.organisation_id,
            staff_title(consultation),
            [consultation],
            [earlier] if earlier is not None else [],
            staff_title(earlier) if earlier is not None else None,
        )

    @classmethod
    def of_period(cls, organisation_id: uuid.UUID, period: periods.Period) -> Scope:
        before = period.previous()
        earlier = periods.consultations_in(organisation_id, before) if before is not None else []
        return cls(
            organisation_id,
            period.label,
            periods.consultations_in(organisation_id, period),
            earlier,
            before.label if before is not None and earlier else None,
            period,
        )


@dataclass
class Pack:
    consultation: Consultation | None  # None for a period's pack
    title: str
    organisation: str
    threshold: int
    generated_on: date
    band: str | None
    group: Group | None
    other_ways_in: bool  # the filter is the responses that came through no group
    previous_title: str | None
    respondents: Cell  # of the whole consultation, or of the band or group chosen
    cohort: int
    response_rate: float | None
    tables: dict[str, Table]
    themes_chart: list[tuple[str, float | None, str]]  # name, share, label as shown
    indicator_chart: list[tuple[str, float | None, float | None, float | None]]  # name, now, last wave, others
    top_themes: list[tuple[str, Cell, float | None]]
    action_counts: dict[str, int]
    pledge_summary: pledges.Summary
    compared_with: int  # how many other organisations the comparison averages, 0 when there is none
    parts: list[tuple[str, str]]  # the filters this pack offers: (value of ?part=, label)
    late_pledges: list[tuple[str, str, date]]  # who, the pledge, when it was due
    verdict_rows: list[tuple[str, str, str]]  # the pledge, the owner's status, young people's verdict
    organisation_id: uuid.UUID | None = None
    period: periods.Period | None = None
    consultations: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # what the pack adds up: id, title
    left_out: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # in the period, too few answers to count

    @property
    def filtered(self) -> bool:
        return self.band is not None or self.group is not None or self.other_ways_in

    @property
    def filter_name(self) -> str:
        if self.band is not None:
            return str(BAND_NAMES.get(self.band, self.band))
        if self.other_ways_in:
            return _("Other ways in (open link, poster or code)")
        return self.group.name if self.group is not None else ""


def cell(value: Cell) -> Value:
    return SUPPRESSED if value.count is None else value.count


# --- the protected figures -----------------------------------------------------------------------------------------


def combined(splits: Sequence[Split]) -> Split:
    """Splits protected on their own (one per consultation), added up where every part is shown."""
    return Split(
        combine([item.whole for item in splits]),
        combine_maps([item.by_band for item in splits]),
        combine_maps([item.by_group for item in splits]),
    )


def combined_themes(per_consultation: Sequence[dict[str, Split]]) -> dict[str, Split]:
    slugs: list[str] = []
    for splits in per_consultation:
        slugs += [slug for slug in splits if slug not in slugs]
    return {slug: combined([splits.get(slug, EMPTY) for splits in per_consultation]) for slug in slugs}


def theme_splits(consultation_id: uuid.UUID, limit: int) -> dict[str, Split]:
    """Split who raised each theme, by band and by group (a respondent counts once per theme)."""
    rows = db.session.execute(
        select(AnswerTheme.slug, Response.age_band, Response.group_id, func.count(func.distinct(Response.id)))
        .join(Answer, Answer.id == AnswerTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(Response.consultation_id == consultation_id, AnswerTheme.removed.is_(False))
        .group_by(AnswerTheme.slug, Response.age_band, Response.group_id)
    ).all()
    by_theme: dict[str, tuple[dict[str, int], dict[uuid.UUID | None, int]]] = {}
    for slug, band, group, count in rows:
        bands, groups = by_theme.setdefault(slug, ({}, {}))
        bands[band] = bands.get(band, 0) + count
        groups[group] = groups.get(group, 0) + count
    result = {}
    for slug, (bands, groups) in by_theme.items():
        whole, (by_band, by_group) = protect(sum(bands.values()), [bands, groups], limit)
        result[slug] = Split(whole, by_band, by_group)  # type: ignore[arg-type]
    return result


# --- building the pack ---------------------------------------------------------------------------------------------


def _slice(
    band: str | None, group: uuid.UUID | None, whole: Any, by_band: dict[Any, Any], by_group: dict[Any, Any], empty: Any
) -> Any:
    """The figure for the chosen band or group (taken from the protected table), or the whole."""
    if band is not None:
        return by_band.get(band, empty)
    if group is not None:
        return by_group.get(None if group == OTHER_WAYS_IN else group, empty)
    return whole


def _counted(consultations: Sequence[Consultation], limit: int) -> tuple[list[Consultation], list[Consultation]]:
    """The consultations whose own pack shows how many answered, and those it hides (too few to show)."""
    counted, left_out = [], []
    for item in consultations:
        (counted if respondents(item.id, limit).whole.shown else left_out).append(item)
    return counted, left_out


def left_out_note(count: int) -> str:
    return ngettext(
        "%(num)s consultation with too few answers to show is not counted.",
        "%(num)s consultations with too few answers to show are not counted.",
        count,
    )


class EmptyPeriod(ValueError):
    """No consultation opened in the period asked for: there is nothing to add up."""


def build(
    consultation: Consultation,
    *,
    band: str | None = None,
    group: uuid.UUID | str | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> Pack:
    return build_for(Scope.of_consultation(consultation), band=band, group=group, limit=limit, today=today)


def build_period(
    organisation_id: uuid.UUID,
    period: periods.Period,
    *,
    band: str | None = None,
    group: uuid.UUID | str | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> Pack:
    scope = Scope.of_period(organisation_id, period)
    if not scope.consultations:
        raise EmptyPeriod(period.key)
    return build_for(scope, band=band, group=group, limit=limit, today=today)


def build_for(
    scope: Scope,
    *,
    band: str | None = None,
    group: uuid.UUID | str | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> Pack:
    limit = yousaid.threshold() if limit is None else limit
    today = today or date.today()
    first = scope.consultations[0]
    single = first if scope.period is None else None
    organisation = db.session.get(Organisation, scope.organisation_id)
    known_groups = {item.id: item for item in groups_for(scope.organisation_id)}
    band = band if band in BAND_NAMES else None
    chosen_group = None
    group_key: Any = None
    if group is not None and band is None:
        if group == OTHER_WAYS_IN:
            group_key = OTHER_WAYS_IN
        else:
            chosen_group = known_groups.get(group if isinstance(group, uuid.UUID) else _uuid(group))  # type: ignore[arg-type]
            group_key = chosen_group.id if chosen_group is not None else None

    # A period adds up the consultations whose own pack publishes how many answered; one with too few to show is
    # left out of every figure, and the pack says so, rather than hiding the whole period's figures.
    counted, left_out = _counted(scope.consultations, limit) if scope.period is not None else (scope.consultations, [])
    previous = _counted(scope.previous, limit)[0] if scope.period is not None else scope.previous
    # The pack compares waves through its own protected splits, so each you_said skips its last-wave counts.
    # The consultations left out still bring their quotes and actions: their own packs show those too.
    view = yousaid.combined(
        [yousaid.you_said(item, limit=limit, with_previous=False) for item in counted],
        limit,
        [yousaid.you_said(item, limit=limit, with_previous=False) for item in left_out],
    )
    each_people = [respondents(item.id, limit) for item in counted]
    people = combined(each_people)
    before = combined([respondents(item.id, limit) for item in previous]) if previous else None
    splits = combined_themes([theme_splits(item.id, limit) for item in counted])
    earlier_splits = combined_themes([theme_splits(item.id, limit) for item in previous])
    items = indicators_for(counted, previous, scope.organisation_id, limit=limit)
    averages = compare.averages(first, [item.key for item in items], limit=limit)
    for item in items:
        item.comparison = averages.get(item.key, (None, 0))[0]
    compared_with = max((count for _avg, count in averages.values()), default=0)
    every_pledge = pledges.pledges_for(scope.organisation_id)

    each_targets = [target_groups(item) for item in counted]
    targets = each_targets[0] if each_targets else []
    chosen_people = people.pick(band, group_key)
    response_rate: float | None = None
    if single is not None and chosen_group is not None:
        cohort = chosen_group.cohort_size
        response_rate = figures.group_rate(people, chosen_group, limit)
    elif band is not None or group_key is not None:
        cohort = 0  # cohorts are held per group and consultation, not per age band or for the open link
    elif single is not None:
        cohort, response_rate = figures.cohort(targets), figures.response_rate(people, targets, limit)
    else:
        response_rate, cohort = figures.period_rate(list(zip(each_people, each_targets, strict=True)), limit)

    responses = (
        _responses_table(people, targets, known_groups, limit)
        if single is not None
        else _period_responses_table(counted, each_people, each_targets, people, limit, len(left_out))
    )
    earlier = _earlier(scope.period)
    tables: dict[str, Table] = {}
    for table in (
        responses,
        _bands_table(people, before, limit, earlier),
        _indicators_table(items, band, group_key, averages, earlier),
        _split_table(
            items,
            "indicators-by-band",
            _("Headline indicators by age band"),
            _("Age band"),
            [(key, str(name)) for key, name in BAND_NAMES.items()],
            earlier,
            by="band",
        ),
        _split_table(
            items,
            "indicators-by-group",
            _("Headline indicators by group"),
            _("Group"),
            _group_labels(people, known_groups),
            earlier,
            by="group",
        ),
        _themes_table(view, splits, earlier_splits, people, before, band, group_key, limit, earlier),
        _themes_by_table(
            view,
            splits,
            "themes-by-band",
            _("Themes by age band"),
            [(key, str(name)) for key, name in BAND_NAMES.items()],
            by="band",
        ),
        _themes_by_table(
            view, splits, "themes-by-group", _("Themes by group"), _group_labels(people, known_groups), by="group"
        ),
        _quotes_table(view, band, group_key),
        _actions_table(view.actions, view),
        _pledges_table(every_pledge, today),
        _reading_table(counted, limit),
    ):
        tables[table.key] = table

    themes_table = tables["themes"]
    themes_chart = [
        (str(row[0]), row[2] if isinstance(row[2], float) else None, _shown(row[1], row[2]))
        for row in themes_table.rows
        if row[1] != 0
    ]
    indicator_chart = [
        (str(row[0]), _number(row[3]), _number(row[4]), _number(row[6])) for row in tables["indicators"].rows
    ]
    top = [
        (str(row[0]), Cell(row[1] if isinstance(row[1], int) else None), _number(row[2]))
        for row in themes_table.rows
        if isinstance(row[1], int) and row[1] > 0
    ][:3]
    action_counts = {
        status.value: sum(1 for action in view.actions if action.status == status) for status in ActionStatus
    }
    return Pack(
        consultation=single,
        title=scope.title,
        organisation=organisation.name if organisation else "",
        threshold=limit,
        generated_on=today,
        band=band,
        group=chosen_group,
        other_ways_in=group_key == OTHER_WAYS_IN,
        previous_title=scope.previous_title,
        organisation_id=scope.organisation_id,
        period=scope.period,
        consultations=[(item.id, staff_title(item)) for item in counted],
        left_out=[(item.id, staff_title(item)) for item in left_out],
        respondents=chosen_people,
        cohort=cohort,
        response_rate=response_rate,
        tables=tables,
        themes_chart=themes_chart,
        indicator_chart=indicator_chart,
        top_themes=top,
        action_counts=action_counts,
        pledge_summary=pledges.summary(every_pledge, today),
        compared_with=compared_with,
        parts=[(f"band:{key}", str(name)) for key, name in BAND_NAMES.items() if key in people.by_band]
        + [(f"group:{key or OTHER_WAYS_IN}", name) for key, name in _group_labels(people, known_groups)],
        late_pledges=[
            (pledge.owner_name, pledges.text_of(pledge)[0], pledge.due_on)
            for pledge in every_pledge
            if pledges.overdue(pledge, today) and pledge.due_on is not None
        ],
        verdict_rows=[
            (
                pledges.text_of(pledge)[0],
                str(PLEDGE_STATUS_NAMES[pledge.status.value]),
                str(VERDICT_NAMES[verdict.verdict.value]),
            )
            for pledge in every_pledge
            if (verdict := pledges.latest_verdict(pledge)) is not None
        ],
    )


@dataclass(frozen=True)
class Earlier:
    """How a pack names what it compares with: the last wave of a consultation, or the period before a period."""

    count: str
    percent: str
    indicators_note: str


def _earlier(period: periods.Period | None) -> Earlier:
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


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _number(value: Value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _shown(count: Value, percent: Value) -> str:
    if count == SUPPRESSED:
        return SUPPRESSED
    return f"{percent:.0f}%" if isinstance(percent, float) else str(count)


def _group_labels(people: Split, known: dict[uuid.UUID, Group]) -> list[tuple[Any, str]]:
    labels = [(key, known[key].name) for key in people.by_group if key is not None and key in known]
    labels.sort(key=lambda pair: pair[1])
    if None in people.by_group:
        labels.append((None, _("Other ways in (open link, poster or code)")))
    return labels


# --- the tables ----------------------------------------------------------------------------------------------------


def _responses_table(people: Split, targets: Sequence[Group], known: dict[uuid.UUID, Group], limit: int) -> Table:
    table = Table(
        "responses",
        _("Responses against the cohort"),
        [_("Group"), _("Cohort"), _("Responses"), _("Response rate (%)")],
        numeric={1, 2, 3},
        note=_(
            "The cohort is how many young people each group reaches. Responses through the open link "
            "or a poster are not tied to a group, so they count in no group's rate."
        ),
    )
    listed = {group.id for group in targets} | {key for key in people.by_group if key is not None}
    for group in sorted((known[key] for key in listed if key in known), key=lambda item: item.name):
        count = people.by_group.get(group.id, Cell(0))
        table.rows.append([group.name, group.cohort_size, cell(count), figures.group_rate(people, group, limit)])
    counted = figures.counted_groups(targets)
    reached = through_groups(people, counted)
    if counted:
        table.rows.append(
            [
                _("All the groups this consultation reaches"),
                figures.cohort(counted),
                SUPPRESSED if reached is None else reached,
                figures.response_rate(people, targets, limit),
            ]
        )
    if None in people.by_group:
        table.rows.append([_("Other ways in (open link, poster or code)"), None, cell(people.by_group[None]), None])
    table.rows.append([_("All responses"), None, cell(people.whole), None])
    return table


def _reading_table(consultations: Sequence[Consultation], limit: int) -> Table:
    """How many comments a person has read, and how fast: one row per consultation, each protected on its own
    (``reading.figures``). Comments, not people: one young person may write several."""
    table = Table(
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
            [
                staff_title(consultation),
                cell(done.comments),
                cell(done.read),
                cell(done.read_in_time),
                cell(done.late),
                done.median_text or SUPPRESSED if done.read.count else None,
            ]
        )
    return table


def _period_responses_table(
    consultations: Sequence[Consultation],
    each_people: Sequence[Split],
    each_targets: Sequence[Sequence[Group]],
    people: Split,
    limit: int,
    left_out: int = 0,
) -> Table:
    """A period's responses, consultation by consultation: each row is what that consultation's own pack shows."""
    table = Table(
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
            [
                staff_title(consultation),
                figures.cohort(counted) or None,
                (SUPPRESSED if reached is None else reached) if counted else None,
                figures.response_rate(part, targets, limit) if counted else None,
                cell(part.whole),
            ]
        )
    table.rows.append([_("All consultations in the period"), None, None, None, cell(people.whole)])
    return table


def _bands_table(people: Split, before: Split | None, limit: int, earlier: Earlier) -> Table:
    columns = [_("Age band"), _("Responses"), _("Share (%)")]
    if before is not None:
        columns += [earlier.count]
    table = Table("bands", _("Responses by age band"), columns, numeric={1, 2, 3})
    for key, name in BAND_NAMES.items():
        count = people.by_band.get(key, Cell(0))
        row: list[Value] = [str(name), cell(count), share(count, people.whole, limit)]
        if before is not None:
            row.append(cell(before.by_band.get(key, Cell(0))))
        table.rows.append(row)
    return table


def _reference_text(item: Indicator, band: str | None) -> str:
    figures = [ref for ref in item.references if ref.age_band == (band or "")]
    return "; ".join(f"{ref.label}: {ref.percent:g}% ({ref.source})" for ref in figures)


def _indicators_table(
    items: Sequence[Indicator], band: str | None, group: Any, averages: dict[str, tuple[float, int]], earlier: Earlier
) -> Table:
    table = Table(
        "indicators",
        _("Headline indicators"),
        [
            _("Indicator"),
            _("Positive"),
            _("Answered"),
            _("Share (%)"),
            earlier.percent,
            _("Change (points)"),
            _("Other councils (%)"),
            _("Reference figures"),
        ],
        numeric={1, 2, 3, 4, 5, 6},
        signed={5},
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
            [
                item.title,
                cell(now.positive),
                cell(now.answered),
                now.percent,
                then.percent if then is not None else None,
                moved,
                others,
                _reference_text(item, band),
            ]
        )
    return table


def _split_table(
    items: Sequence[Indicator],
    key: str,
    caption: str,
    part_name: str,
    parts: list[tuple[Any, str]],
    earlier: Earlier,
    *,
    by: str,
) -> Table:
    table = Table(
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
                [
                    item.title,
                    name,
                    cell(now.positive),
                    cell(now.answered),
                    now.percent,
                    then.percent if then is not None else None,
                    moved,
                ]
            )
    return table


def _themes_table(
    view: yousaid.YouSaid,
    splits: dict[str, Split],
    earlier: dict[str, Split],
    people: Split,
    before: Split | None,
    band: str | None,
    group: Any,
    limit: int,
    words: Earlier,
) -> Table:
    columns = [_("Theme"), _("People"), _("Share (%)")]
    if before is not None:
        columns += [words.percent, _("Change (points)")]
    columns += [_("Mood (English comments)"), _("What we did")]
    table = Table(
        "themes",
        _("What young people raised"),
        columns,
        numeric=set(range(1, len(columns) - 1)),
        signed={4, 5} if before is not None else {3},
        note=_(
            "People is how many respondents raised the theme in any comment; one comment can raise "
            "several themes. Mood runs from -1 (unhappy) to +1 (happy)."
        ),
    )
    base = people.pick(band, group)
    base_before = before.pick(band, group) if before else None
    rows = []
    for row in view.rows:
        count = splits.get(row.slug, EMPTY).pick(band, group)
        if count.count == 0 and not row.actions:
            continue
        percent = share(count, base, limit)
        values: list[Value] = [row.name, cell(count), percent]
        if before is not None and base_before is not None:
            was = earlier.get(row.slug, EMPTY).pick(band, group)
            was_percent = share(was, base_before, limit)
            values += [
                was_percent,
                round(percent - was_percent, 1) if percent is not None and was_percent is not None else None,
            ]
        # Mood is of everyone's comments: only on the whole pack, where the theme's count is shown.
        values += [
            row.sentiment if not (band or group) and count.shown else None,
            "; ".join(_action_what(action) for action in row.actions),
        ]
        rows.append((-(count.count if count.count is not None else limit - 0.5), row.name, values))
    table.rows = [values for _order, _name, values in sorted(rows, key=lambda item: (item[0], item[1]))]
    return table


def _themes_by_table(
    view: yousaid.YouSaid, splits: dict[str, Split], key: str, caption: str, parts: list[tuple[Any, str]], *, by: str
) -> Table:
    table = Table(key, caption, [_("Theme"), *[name for _part, name in parts]], numeric=set(range(1, len(parts) + 1)))
    for row in view.rows:
        split = splits.get(row.slug)
        if split is None:
            continue
        cells = split.by_band if by == "band" else split.by_group
        table.rows.append([row.name, *[cell(cells.get(part, Cell(0))) for part, _name in parts]])
    return table


def _quotes_table(view: yousaid.YouSaid, band: str | None, group: Any) -> Table:
    table = Table(
        "quotes",
        _("What young people said, in their words"),
        [_("Theme"), _("Quote"), _("Who")],
        note=_("Only quotes a participation worker approved, from young people who agreed to be quoted."),
    )
    if group is not None:
        table.note = _("Quotes are not shown by group: in a small group a quote could point to one young person.")
        return table
    seen: set[uuid.UUID] = set()
    for row in view.rows:
        for quote in row.quotes:
            if quote.id in seen or (band is not None and quote.attribution != band):
                continue
            seen.add(quote.id)
            table.rows.append([row.name, quote.text, str(public.ATTRIBUTIONS.get(quote.attribution, ""))])
    return table


def _action_what(action: Action) -> str:
    return (action.texts or {}).get("en", {}).get("what", "")


def _actions_table(actions: Sequence[Action], view: yousaid.YouSaid) -> Table:
    names = {row.slug: row.name for row in view.rows}
    table = Table(
        "we-did",
        _("You said, we did"),
        [_("Themes"), _("What we did"), _("Who"), _("Status"), _("Due"), _("Done"), _("Evidence")],
    )
    order = {ActionStatus.DONE: 0, ActionStatus.IN_PROGRESS: 1, ActionStatus.PLANNED: 2, ActionStatus.NOT_POSSIBLE: 3}
    for action in sorted(actions, key=lambda item: (order[item.status], item.due_on or date.max)):
        status = str(ACTION_STATUS_NAMES[action.status.value])
        if action.status == ActionStatus.NOT_POSSIBLE:
            status += ": " + (action.texts or {}).get("en", {}).get("reason", "")
        evidence = "; ".join(part for part in (action.evidence_url, action.evidence_note) if part)
        table.rows.append(
            [
                "; ".join(names.get(slug, slug) for slug in action.themes),
                _action_what(action),
                action.owner,
                status,
                action.due_on.isoformat() if action.due_on else None,
                action.done_on.isoformat() if action.done_on else None,
                evidence,
            ]
        )
    return table


def _pledges_table(every: Sequence[Pledge], today: date) -> Table:
    table = Table(
        "pledges",
        _("Pledge tracker"),
        [_("Who"), _("Pledge"), _("Due"), _("Status"), _("RAG"), _("Latest update"), _("Young people’s verdict")],
        note=_(
            "Red is overdue or at risk. The verdict is what the children in care council or care "
            "leavers forum said, beside the owner’s own status."
        ),
    )
    rag_order = {"red": 0, "amber": 1, "green": 2, "grey": 3}
    for pledge in sorted(every, key=lambda item: (rag_order[pledges.rag(item, today)], item.due_on or date.max)):
        update = pledge.updates[0] if pledge.updates else None
        verdict = pledges.latest_verdict(pledge)
        status = str(PLEDGE_STATUS_NAMES[pledge.status.value])
        if pledges.overdue(pledge, today):
            status += " (" + _("overdue") + ")"
        table.rows.append(
            [
                f"{pledge.owner_name}, {pledge.owner_role}" if pledge.owner_role else pledge.owner_name,
                pledges.text_of(pledge)[0],
                pledge.due_on.isoformat() if pledge.due_on else None,
                status,
                str(RAG_NAMES[pledges.rag(pledge, today)]),
                f"{update.on.isoformat()}: {update.note}" if update else None,
                f"{VERDICT_NAMES[verdict.verdict.value]} ({verdict.group_name}): {verdict.why}" if verdict else None,
            ]
        )
    return table
