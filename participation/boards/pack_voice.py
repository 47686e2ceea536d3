"""The board pack's tables of what young people said and what was done: the themes they raised (whole, by age band
and by group), their quotes, "you said, we did" and the pledge tracker. Rows are named tuples, like every table of
the pack (``pack_tables.Table``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from flask_babel import format_date
from flask_babel import gettext as _

from participation.boards import pledges, public, services, sources, yousaid
from participation.boards.indicators import rankings_for
from participation.boards.models import (
    ACTION_STATUS_NAMES,
    RAG_NAMES,
    VERDICT_NAMES,
    Action,
    ActionStatus,
    Pledge,
)
from participation.boards.pack_tables import DAY, Earlier, Table, Value, cell
from participation.boards.periods import Period
from participation.reporting.figures import EMPTY, Split, share
from participation.reporting.suppression import Cell
from participation.surveys.models import Consultation


class ThemeRow(NamedTuple):
    theme: str
    people: Value
    share: float | None
    mood: float | None
    what_we_did: str


class ThemeRowWithEarlier(NamedTuple):
    theme: str
    people: Value
    share: float | None
    earlier: float | None
    change: float | None
    mood: float | None
    what_we_did: str


class RankingRow(NamedTuple):
    question: str
    answer: str
    first: Value
    first_share: float | None
    top_three: Value
    top_three_share: float | None
    answered: Value


class QuoteRow(NamedTuple):
    theme: str
    quote: str
    who: str


class ActionRow(NamedTuple):
    themes: str
    what: str
    who: str
    status: str
    due: date | None
    done: date | None
    evidence: str


class ElsewhereRow(NamedTuple):
    where: str
    themes: str
    what: str
    who: str
    status: str
    due: date | None
    done: date | None


class PledgeRow(NamedTuple):
    who: str
    pledge: str
    due: date | None
    status: str
    rag: str
    latest_update: str | None
    verdict: str | None


def themes_table(
    view: yousaid.YouSaid,
    splits: dict[str, Split],
    earlier: dict[str, Split],
    people: Split,
    before: Split | None,
    band: str | None,
    group: Any,
    limit: int,
    words: Earlier,
) -> Table[ThemeRow | ThemeRowWithEarlier]:
    columns = [_("Theme"), _("People"), _("Share (%)")]
    if before is not None:
        columns += [words.percent, _("Change (points)")]
    columns += [_("Mood (English comments)"), _("What we did")]
    table: Table[ThemeRow | ThemeRowWithEarlier] = Table(
        "themes",
        _("What young people raised"),
        columns,
        numeric=set(range(1, len(columns) - 1)),
        signed={4, 5} if before is not None else {3},
        note=_(
            "People is how many respondents raised the theme in any comment; one comment can raise "
            "several themes. Mood runs from -1 (unhappy) to +1 (happy): a rough guide from English word lists that can "
            "miss negation and sarcasm, leaves out possible disclosures and is not a measure of risk."
        ),
    )
    base = people.pick(band, group)
    base_before = before.pick(band, group) if before else None
    rows: list[tuple[float, str, ThemeRow | ThemeRowWithEarlier]] = []
    for row in view.rows:
        count = splits.get(row.slug, EMPTY).pick(band, group)
        if count.count == 0 and not row.actions:
            continue
        percent = share(count, base, limit)
        # Mood is of everyone's comments: only on the whole pack, where the theme's count is shown.
        mood = row.sentiment if not (band or group) and count.shown else None
        what = "; ".join(_action_what(action) for action in row.actions)
        values: ThemeRow | ThemeRowWithEarlier = ThemeRow(row.name, cell(count), percent, mood, what)
        if before is not None and base_before is not None:
            was = earlier.get(row.slug, EMPTY).pick(band, group)
            was_percent = share(was, base_before, limit)
            change = round(percent - was_percent, 1) if percent is not None and was_percent is not None else None
            values = ThemeRowWithEarlier(row.name, cell(count), percent, was_percent, change, mood, what)
        rows.append((-(count.count if count.count is not None else limit - 0.5), row.name, values))
    table.rows = [values for _order, _name, values in sorted(rows, key=lambda item: (item[0], item[1]))]
    return table


def themes_by_table(
    view: yousaid.YouSaid, splits: dict[str, Split], key: str, caption: str, parts: list[tuple[Any, str]], *, by: str
) -> Table[tuple[Value, ...]]:
    """Who raised each theme in each age band or group: a theme, then one count per column (``parts``)."""
    table: Table[tuple[Value, ...]] = Table(
        key, caption, [_("Theme"), *[name for _part, name in parts]], numeric=set(range(1, len(parts) + 1))
    )
    for row in view.rows:
        split = splits.get(row.slug)
        if split is None:
            continue
        cells = split.by_band if by == "band" else split.by_group
        table.rows.append((row.name, *[cell(cells.get(part, Cell(0))) for part, _name in parts]))
    return table


def quotes_table(view: yousaid.YouSaid, band: str | None, group: Any) -> Table[QuoteRow]:
    table: Table[QuoteRow] = Table(
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
            table.rows.append(QuoteRow(row.name, quote.text, str(public.ATTRIBUTIONS.get(quote.attribution, ""))))
    return table


def _action_what(action: Action) -> str:
    return (action.texts or {}).get("en", {}).get("what", "")


def actions_table(actions: Sequence[Action], view: yousaid.YouSaid) -> Table[ActionRow]:
    names = {row.slug: row.name for row in view.rows}
    table: Table[ActionRow] = Table(
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
            ActionRow(
                "; ".join(names.get(slug, slug) for slug in action.themes),
                _action_what(action),
                action.owner,
                status,
                action.due_on,
                action.done_on,
                evidence,
            )
        )
    return table


def _status(action: Action) -> str:
    status = str(ACTION_STATUS_NAMES[action.status.value])
    if action.status == ActionStatus.NOT_POSSIBLE:
        status += ": " + (action.texts or {}).get("en", {}).get("reason", "")
    return status


def elsewhere_actions(organisation_id: uuid.UUID, period: Period) -> list[Action]:
    """What a pack of ``period`` adds to its surveys' actions: those answering what was said at sessions and in
    live polls in the period, and the board's own decided in it."""
    return services.actions_in(organisation_id, period.start, period.end)


def elsewhere_table(actions: Sequence[Action], period: Period, view: yousaid.YouSaid) -> Table[ElsewhereRow]:
    """ "You said, we did" beyond the surveys: each action with where and when (the month) young people said what it
    answers, or that the board decided it. Text only: no count of anyone."""
    names = {row.slug: row.name for row in view.rows}
    said = services.where_said(actions)
    table: Table[ElsewhereRow] = Table(
        "we-did-elsewhere",
        _("You said, we did: at sessions, in live polls and from the board, %(period)s", period=period.label),
        [_("Where young people said it"), _("Themes"), _("What we did"), _("Who"), _("Status"), _("Due"), _("Done")],
        note=_(
            "Actions answering what young people said at sessions of their groups and in live polls in this period, "
            "and what the board decided itself. Each says where it was said, by month only."
        ),
    )
    for action in actions:
        table.rows.append(
            ElsewhereRow(
                sources.where(said[action.id], view.threshold),
                "; ".join(names.get(slug, slug) for slug in action.themes),
                _action_what(action),
                action.owner,
                _status(action),
                action.due_on,
                action.done_on,
            )
        )
    return table


def pledges_table(every: Sequence[Pledge], today: date) -> Table[PledgeRow]:
    table: Table[PledgeRow] = Table(
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
        status = pledges.status_name(pledge, today)
        table.rows.append(
            PledgeRow(
                f"{pledge.owner_name}, {pledge.owner_role}" if pledge.owner_role else pledge.owner_name,
                pledges.text_of(pledge)[0],
                pledge.due_on,
                status,
                str(RAG_NAMES[pledges.rag(pledge, today)]),
                f"{format_date(update.on, DAY)}: {update.note}" if update else None,
                f"{VERDICT_NAMES[verdict.verdict.value]} ({verdict.group_name}): {verdict.why}" if verdict else None,
            )
        )
    return table


def rankings_table(consultations: Sequence[Consultation], limit: int) -> Table[RankingRow]:
    """Questions where young people put up to three answers in order: how often each answer came first, and how
    often in the top three, of those who answered. Protected like every other count (``indicators.rankings_for``)."""
    table: Table[RankingRow] = Table(
        "priorities",
        _("What young people put first"),
        [
            _("Question"),
            _("Answer"),
            _("Ranked first"),
            _("Ranked first (%)"),
            _("In the top three"),
            _("In the top three (%)"),
            _("Answered"),
        ],
        numeric={2, 3, 4, 5, 6},
        note=_(
            "Young people picked up to three answers, most important first. Shares are of those who answered "
            "the question. Counts are for the whole consultation, whatever the filter."
        ),
    )
    for ranking in rankings_for(consultations, limit=limit):
        for option in ranking.options:
            table.rows.append(
                RankingRow(
                    ranking.title,
                    option.label,
                    cell(option.first),
                    option.first_percent,
                    cell(option.top.positive),
                    option.top.percent,
                    cell(ranking.answered),
                )
            )
    return table
