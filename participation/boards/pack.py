"""The board pack: what young people said in a consultation, what was done, and which promises were kept, in a form a
corporate parenting board can read in ten minutes.

Every figure is built here once, as ``Table`` rows (``pack_tables`` for the figures, ``pack_voice`` for what young
people said and what was done), and the page, the printable page, the PDF, the CSVs and the
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
from typing import Any, NamedTuple

from flask_babel import gettext as _
from sqlalchemy import func, select

from participation.analysis.models import AnswerTheme
from participation.boards import compare, pack_charts, periods, pledges, yousaid
from participation.boards.indicators import indicators_for, remembered_counts
from participation.boards.models import PLEDGE_STATUS_NAMES, VERDICT_NAMES, ActionStatus
from participation.boards.pack_contact import contact_table
from participation.boards.pack_tables import (
    Table,
    Value,
    bands_table,
    earlier_for,
    indicators_table,
    period_responses_table,
    reading_table,
    responses_table,
    split_table,
)
from participation.boards.pack_voice import (
    actions_table,
    elsewhere_actions,
    elsewhere_table,
    pledges_table,
    quotes_table,
    rankings_table,
    themes_by_table,
    themes_table,
)
from participation.distribution.labels import group_labels
from participation.distribution.models import Group
from participation.distribution.services import groups_for, target_groups
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.reporting import figures
from participation.reporting.figures import EMPTY, OTHER_WAYS_IN, Split, respondents
from participation.reporting.suppression import SUPPRESSED, Cell, combine, combine_maps, protect
from participation.responses.models import Response
from participation.sessions.pack import participation_table, session_quotes_table
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES, Consultation
from participation.titles import staff_title


class ThemeBar(NamedTuple):
    """A bar of the themes chart."""

    name: str
    share: float | None
    label: str  # the share as shown, or the count where there is no share, or "c"


class IndicatorBars(NamedTuple):
    """An indicator in the indicators chart: this wave (or period), the last one and other councils' average."""

    name: str
    positive: str  # what counts as positive, in words
    now: float | None
    before: float | None
    others: float | None


class TopTheme(NamedTuple):
    name: str
    people: Cell
    share: float | None


class LatePledge(NamedTuple):
    owner: str
    text: str
    due: date


class VerdictLine(NamedTuple):
    """A pledge beside the owner's status and young people's verdict on it."""

    text: str
    status: str
    verdict: str


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
    tables: dict[str, Table[Any]]
    themes_chart: list[ThemeBar]
    indicator_chart: list[IndicatorBars]
    top_themes: list[TopTheme]
    action_counts: dict[str, int]
    pledge_summary: pledges.Summary
    compared_with: int  # how many other organisations the comparison averages, 0 when there is none
    parts: list[tuple[str, str]]  # the filters this pack offers: (value of ?part=, label)
    late_pledges: list[LatePledge]
    verdict_rows: list[VerdictLine]
    organisation_id: uuid.UUID | None = None
    period: periods.Period | None = None
    consultations: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # what the pack adds up: id, title
    left_out: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # in the period, too few answers to count
    no_themes: str = ""  # why no theme can be shown, where none can
    # The actions from sessions, live polls and the board in the pack's period, by status (as ``action_counts``).
    elsewhere_counts: dict[str, int] = field(default_factory=dict)
    group_label: str = ""  # the chosen group as the pack calls it (``distribution.labels``), never by a home's name

    @property
    def themes_layout(self) -> pack_charts.Chart:
        return pack_charts.themes(self.themes_chart)

    @property
    def indicators_layout(self) -> pack_charts.Chart:
        return pack_charts.indicators(self.indicator_chart)

    @property
    def filtered(self) -> bool:
        return self.band is not None or self.group is not None or self.other_ways_in

    @property
    def filter_name(self) -> str:
        if self.band is not None:
            return str(BAND_NAMES.get(self.band, self.band))
        if self.other_ways_in:
            return str(_("Other ways in (open link, poster or code)"))
        return self.group_label


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


ThemeCounts = list[tuple[str, str, "uuid.UUID | None", int]]


def theme_counts(consultation: Consultation) -> ThemeCounts:
    """How many respondents raised each theme, by band and group, counted in the database: (theme, band, group, how
    many). A respondent has one band and one group, so a theme's rows add up to how many raised it at all.

    A theme row carries its answer's response and consultation (migration 0030), so the database reads the
    consultation's themes from their index and their responses, never the answers (a few in ten have a theme)."""
    rows = db.session.execute(
        select(AnswerTheme.slug, Response.age_band, Response.group_id, func.count(func.distinct(Response.id)))
        .join(Response, Response.id == AnswerTheme.response_id)
        .where(AnswerTheme.consultation_id == consultation.id, AnswerTheme.removed.is_(False))
        .group_by(AnswerTheme.slug, Response.age_band, Response.group_id)
    ).all()
    return [(slug, band, group, count) for slug, band, group, count in rows]


def raised_by(rows: ThemeCounts) -> dict[str, int]:
    """Respondents who raised each theme (``yousaid.respondents_by_theme``) from the split counts."""
    found: dict[str, int] = {}
    for slug, _band, _group, count in rows:
        found[slug] = found.get(slug, 0) + count
    return found


def theme_splits(consultation: Consultation, limit: int, rows: ThemeCounts | None = None) -> dict[str, Split]:
    """Split who raised each theme, by band and by group (a respondent counts once per theme)."""
    rows = theme_counts(consultation) if rows is None else rows
    by_theme: dict[str, tuple[dict[str, int], dict[uuid.UUID | None, int]]] = {}
    for slug, band, group, count in rows:
        bands, groups = by_theme.setdefault(slug, ({}, {}))
        bands[band] = bands.get(band, 0) + count
        groups[group] = groups.get(group, 0) + count
    result = {}
    for slug, (bands, groups) in by_theme.items():
        # Two splits keyed differently (band, group), so one key type for both is Any.
        partitions: list[dict[Any, int]] = [bands, groups]
        whole, (by_band, by_group) = protect(sum(bands.values()), partitions, limit)
        result[slug] = Split(whole, by_band, by_group)
    return result


# --- building the pack ---------------------------------------------------------------------------------------------


def _counted(
    consultations: Sequence[Consultation], people: dict[uuid.UUID, Split]
) -> tuple[list[Consultation], list[Consultation]]:
    """The consultations whose own pack shows how many answered, and those it hides (too few to show)."""
    counted: list[Consultation] = []
    left_out: list[Consultation] = []
    for item in consultations:
        (counted if people[item.id].whole.shown else left_out).append(item)
    return counted, left_out


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
    # Building a pack only reads: each consultation's questions are loaded, and its answers counted, once for all its
    # tables.
    with builder.remembered_questions(), remembered_counts(scope.consultations):
        return _build_for(scope, band=band, group=group, limit=limit, today=today)


def _build_for(
    scope: Scope,
    *,
    band: str | None,
    group: uuid.UUID | str | None,
    limit: int | None,
    today: date | None,
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
            group_id = group if isinstance(group, uuid.UUID) else _uuid(group)
            chosen_group = known_groups.get(group_id) if group_id is not None else None
            group_key = chosen_group.id if chosen_group is not None else None

    # A period adds up the consultations whose own pack publishes how many answered; one with too few to show is
    # left out of every figure, and the pack says so, rather than hiding the whole period's figures.
    # Each consultation's protected respondents, counted once (a period's pack reads them twice).
    people_of = {item.id: respondents(item.id, limit) for item in [*scope.consultations, *scope.previous]}
    counted, left_out = (
        _counted(scope.consultations, people_of) if scope.period is not None else (scope.consultations, [])
    )
    previous = _counted(scope.previous, people_of)[0] if scope.period is not None else scope.previous
    # The pack compares waves through its own protected splits, so each you_said skips its last-wave counts.
    # The consultations left out still bring their quotes and actions: their own packs show those too.
    # Who raised each theme is counted once per consultation, for "you said" and for the splits by band and group.
    raised = {item.id: theme_counts(item) for item in counted}
    view = yousaid.combined(
        [
            yousaid.you_said(item, limit=limit, with_previous=False, raised=raised_by(raised[item.id]))
            for item in counted
        ],
        limit,
        [yousaid.you_said(item, limit=limit, with_previous=False) for item in left_out],
    )
    each_people = [people_of[item.id] for item in counted]
    people = combined(each_people)
    before = combined([people_of[item.id] for item in previous]) if previous else None
    splits = combined_themes([theme_splits(item, limit, raised[item.id]) for item in counted])
    earlier_splits = combined_themes([theme_splits(item, limit) for item in previous])
    items = indicators_for(counted, previous, scope.organisation_id, limit=limit)
    averages = compare.averages(first, [item.key for item in items], limit=limit)
    for item in items:
        item.comparison = averages.get(item.key, (None, 0))[0]
    compared_with = max((count for _avg, count in averages.values()), default=0)
    every_pledge = pledges.pledges_for(scope.organisation_id)

    each_targets = [target_groups(item) for item in counted]
    targets = each_targets[0] if each_targets else []
    # Every group as the pack calls it, for everyone (packs are published): a children's home by its kind, never its
    # name (``distribution.labels``); the same label in every table, filter and download, and in every other pack.
    labels = group_labels(known_groups.values(), limit)
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
        responses_table(people, targets, known_groups, labels, limit)
        if single is not None
        else period_responses_table(counted, each_people, each_targets, people, limit, len(left_out))
    )
    earlier = earlier_for(scope.period)
    # Forums and meetings: participation and what was done about what was said there, in the pack's period (a
    # consultation's pack, the year its fieldwork opened).
    activity_period = scope.period or periods.containing(periods.fieldwork_day(first))
    from_elsewhere = elsewhere_actions(scope.organisation_id, activity_period)
    indicators = indicators_table(items, band, group_key, averages, earlier)
    themes = themes_table(view, splits, earlier_splits, people, before, band, group_key, limit, earlier)
    tables: dict[str, Table[Any]] = {}
    for table in (
        responses,
        bands_table(people, before, limit, earlier),
        indicators,
        split_table(
            items,
            "indicators-by-band",
            _("Headline indicators by age band"),
            _("Age band"),
            [(key, str(name)) for key, name in BAND_NAMES.items()],
            earlier,
            by="band",
        ),
        split_table(
            items,
            "indicators-by-group",
            _("Headline indicators by group"),
            _("Group"),
            _group_parts(people, labels),
            earlier,
            by="group",
        ),
        themes,
        themes_by_table(
            view,
            splits,
            "themes-by-band",
            _("Themes by age band"),
            [(key, str(name)) for key, name in BAND_NAMES.items()],
            by="band",
        ),
        themes_by_table(
            view, splits, "themes-by-group", _("Themes by group"), _group_parts(people, labels), by="group"
        ),
        quotes_table(view, band, group_key),
        actions_table(view.actions, view),
        elsewhere_table(from_elsewhere, activity_period, view),
        pledges_table(every_pledge, today),
        reading_table(counted, limit),
        rankings_table(counted, limit),
        contact_table(scope.organisation_id, scope.period, limit),
    ):
        tables[table.key] = table
    tables["participation"] = participation_table(scope.organisation_id, activity_period, limit)
    tables["participation-quotes"] = session_quotes_table(scope.organisation_id, activity_period, limit)
    if band is not None or group_key is not None:
        _mark_unfiltered(tables, _part_name(band, group_key, labels.get(group_key, "")))

    themes_chart = [
        ThemeBar(str(row.theme), row.share if isinstance(row.share, float) else None, _shown(row.people, row.share))
        for row in themes.rows
        if row.people != 0
    ]
    indicator_chart = [
        IndicatorBars(
            str(row.indicator), row.counts_as_positive, _number(row.share), _number(row.earlier), _number(row.others)
        )
        for row in indicators.rows
    ]
    top = [
        TopTheme(str(row.theme), Cell(row.people if isinstance(row.people, int) else None), _number(row.share))
        for row in themes.rows
        if isinstance(row.people, int) and row.people > 0
    ][:3]
    action_counts = {
        status.value: sum(1 for action in view.actions if action.status == status) for status in ActionStatus
    }
    elsewhere_counts = {
        status.value: sum(1 for action in from_elsewhere if action.status == status) for status in ActionStatus
    }
    built = Pack(
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
        elsewhere_counts=elsewhere_counts if from_elsewhere else {},
        group_label=labels.get(chosen_group.id, "") if chosen_group is not None else "",
        pledge_summary=pledges.summary(every_pledge, today),
        compared_with=compared_with,
        parts=[(f"band:{key}", str(name)) for key, name in BAND_NAMES.items() if key in people.by_band]
        + [(f"group:{key or OTHER_WAYS_IN}", name) for key, name in _group_parts(people, labels)],
        late_pledges=[
            LatePledge(pledge.owner_name, pledges.text_of(pledge)[0], pledge.due_on)
            for pledge in every_pledge
            if pledges.overdue(pledge, today) and pledge.due_on is not None
        ],
        verdict_rows=[
            VerdictLine(
                pledges.text_of(pledge)[0],
                str(PLEDGE_STATUS_NAMES[pledge.status.value]),
                str(VERDICT_NAMES[verdict.verdict.value]),
            )
            for pledge in every_pledge
            if (verdict := pledges.latest_verdict(pledge)) is not None
        ],
    )
    if not top:
        built.no_themes = why_no_themes(built, themes.rows, counted)
    return built


def why_no_themes(built: Pack, rows: Sequence[Any], consultations: Sequence[Consultation]) -> str:
    """Why the pack shows no theme, from what it already publishes (who answered, which theme counts are hidden) and
    from how the consultations were built (whether this part was asked for comments at all): never a new count."""
    part = built.filter_name if built.filtered else None
    if built.respondents.count == 0:
        if part:
            return str(_("No one in “%(part)s” has answered yet, so there are no themes.", part=part))
        return str(_("No one has answered yet, so there are no themes."))
    if built.respondents.count is None:
        return str(_("Too few people answered to show what they raised without risking identifying someone."))
    if any(row.people == SUPPRESSED for row in rows):
        hidden = _(
            "Every theme is hidden (“c”): each was raised by fewer than %(threshold)s people, or is hidden so that a "
            "small number cannot be worked out. That is too few to show without risking identifying anyone.",
            threshold=built.threshold,
        )
        return str(hidden)
    asked = any(
        question.kind.is_text and (built.band is None or built.band in question.band_slugs)
        for consultation in consultations
        for question in builder.questions_of(consultation, consultation.live_version or None)
    )
    if not asked:
        if part:
            return str(_("The questions for “%(part)s” ask for no comments, so there are no themes.", part=part))
        return str(_("The questions ask for no comments, so there are no themes."))
    if part:
        unsorted = _(
            "No comment from “%(part)s” has been sorted into a theme yet. Comments are sorted as they arrive; a worker "
            "can add a theme to any comment.",
            part=part,
        )
    else:
        unsorted = _(
            "No comment has been sorted into a theme yet. Comments are sorted as they arrive; a worker can add a theme "
            "to any comment."
        )
    return str(unsorted)


# The tables a filter narrows: the headline indicators, the themes and the quotes. Every other table of a filtered
# pack (responses by group and by age band, the splits, what was done, pledges, reading, rankings) is of everyone.
FILTERED_TABLES = frozenset({"indicators", "themes", "quotes"})


def _part_name(band: str | None, group_key: Any, group_label: str) -> str:
    if band is not None:
        return str(BAND_NAMES.get(band, band))
    if group_key == OTHER_WAYS_IN:
        return str(_("Other ways in (open link, poster or code)"))
    return group_label


def _mark_unfiltered(tables: dict[str, Table[Any]], part: str) -> None:
    """In a filtered pack, each table the filter does not narrow says so in its caption (on the page, the printable
    page, the PDF and the spreadsheet), so no figure of everyone reads as the part's."""
    for key, table in tables.items():
        if key not in FILTERED_TABLES:
            table.caption = str(_("%(caption)s: everyone, not only %(part)s", caption=table.caption, part=part))


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


def _group_parts(people: Split, labels: dict[uuid.UUID, str]) -> list[tuple[uuid.UUID | None, str]]:
    """The groups answers came through, as the pack calls them, in the order of those labels (never of the names
    behind them), then the other ways in."""
    parts: list[tuple[uuid.UUID | None, str]] = [
        (key, labels[key]) for key in people.by_group if key is not None and key in labels
    ]
    parts.sort(key=lambda pair: pair[1])
    if None in people.by_group:
        parts.append((None, _("Other ways in (open link, poster or code)")))
    return parts
