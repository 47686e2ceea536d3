""" "You said": what young people raised in a consultation, by theme, suppressed as TRUST.md says.

A theme's count is the number of respondents (not comments) who raised it, out of everyone who answered, so a young
person who mentions school twice counts once. Themes overlap (one comment may touch several), so their counts are
not parts of a published total: each is suppressed on its own, and no share is given on a small base.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import func, select

from participation.analysis.models import AnswerAnalysis, AnswerTheme, Quote, QuoteStatus
from participation.analysis.services import themes_for
from participation.boards.models import Action
from participation.extensions import db
from participation.reporting.suppression import Cell, combine, suppress, total
from participation.responses.models import Response
from participation.surveys.models import Consultation


@dataclass
class ThemeRow:
    slug: str
    name: str
    respondents: Cell
    previous: Cell | None = None  # the last wave's count, where there was one
    change: float | None = None  # percentage points since the last wave, when both shares can be published
    sentiment: float | None = None  # mean polarity of the English comments, when enough were scored
    scored: int = 0  # how many comments the mean is of (never shown: it tells when a mean may be combined)
    quotes: list[Quote] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        return self.respondents.percent


@dataclass
class YouSaid:
    consultation: Consultation
    respondents: Cell
    rows: list[ThemeRow]
    previous: Consultation | None
    threshold: int
    actions: Sequence[Action] = ()

    @property
    def raised(self) -> list[ThemeRow]:
        """Themes someone raised (suppressed ones included: "c" still says a few people did)."""
        return [row for row in self.rows if row.respondents.count != 0]


def threshold() -> int:
    return int(current_app.config.get("HEARD_SUPPRESSION_THRESHOLD", 5))


def respondent_count(consultation_id: uuid.UUID) -> int:
    return (
        db.session.scalar(select(func.count()).select_from(Response).where(Response.consultation_id == consultation_id))
        or 0
    )


def respondents_by_theme(consultation_id: uuid.UUID) -> dict[str, int]:
    """How many respondents raised each theme (worker corrections count; removed themes do not)."""
    return dict(
        db.session.execute(
            select(AnswerTheme.slug, func.count(func.distinct(AnswerTheme.response_id)))
            .where(AnswerTheme.consultation_id == consultation_id, AnswerTheme.removed.is_(False))
            .group_by(AnswerTheme.slug)
        ).all()
    )


def _sentiment(consultation_id: uuid.UUID, limit: int) -> dict[str, tuple[float | None, int]]:
    rows = db.session.execute(
        select(AnswerTheme.slug, func.avg(AnswerAnalysis.sentiment), func.count(AnswerAnalysis.sentiment))
        .join(AnswerAnalysis, AnswerAnalysis.answer_id == AnswerTheme.answer_id)
        .where(
            AnswerAnalysis.consultation_id == consultation_id,
            AnswerTheme.removed.is_(False),
            AnswerAnalysis.sentiment.is_not(None),
            # Never a possible disclosure's score, nor one the screen could not read (kept by older analyses).
            AnswerAnalysis.safeguarding.is_(False),
            AnswerAnalysis.listed.is_(True),
        )
        .group_by(AnswerTheme.slug)
    ).all()
    # A mean of fewer than ``limit`` comments says too much about each of them. The scores are often simple
    # fractions (a quarter, a half), so a mean can fall exactly halfway between two hundredths: rounded first to far
    # more places than a sum's order can disturb, it rounds the same however the database added it up.
    return {
        slug: (round(round(float(mean), 9), 2) if scored >= limit and mean is not None else None, scored)
        for slug, mean, scored in rows
    }


def _quotes(consultation_id: uuid.UUID) -> dict[str, list[Quote]]:
    rows = db.session.execute(
        select(Quote, AnswerTheme.slug)
        .join(AnswerTheme, AnswerTheme.answer_id == Quote.answer_id)
        .where(
            Quote.consultation_id == consultation_id,
            Quote.status == QuoteStatus.APPROVED,
            AnswerTheme.removed.is_(False),
        )
        .order_by(Quote.decided_at)
    ).all()
    by_theme: dict[str, list[Quote]] = {}
    for quote, slug in rows:
        by_theme.setdefault(slug, []).append(quote)
    return by_theme


def actions_for(consultation_id: uuid.UUID) -> Sequence[Action]:
    return db.session.scalars(
        select(Action).where(Action.consultation_id == consultation_id).order_by(Action.updated_at)
    ).all()


def previous_wave(consultation: Consultation) -> Consultation | None:
    if consultation.previous_wave_id is None:
        return None
    earlier = db.session.get(Consultation, consultation.previous_wave_id)
    return earlier if earlier is not None and earlier.organisation_id == consultation.organisation_id else None


def you_said(
    consultation: Consultation,
    *,
    limit: int | None = None,
    with_previous: bool = True,
    raised: dict[str, int] | None = None,
) -> YouSaid:
    """Every theme in the organisation's codebook with how many raised it, its change since the last wave,
    sentiment where scored, approved quotes and the "we did" actions linked to it; most raised first. ``raised``:
    ``respondents_by_theme`` already counted (the board pack counts it with its splits, in one query)."""
    limit = threshold() if limit is None else limit
    names = {theme.slug: theme.name for theme in themes_for(consultation.organisation_id)}
    base = respondent_count(consultation.id)
    counts = respondents_by_theme(consultation.id) if raised is None else raised
    slugs = list(names) + sorted(set(counts) - set(names))
    cells = suppress({slug: counts.get(slug, 0) for slug in slugs}, limit, total_published=False, base=base)
    earlier = previous_wave(consultation) if with_previous else None
    earlier_cells: dict[str, Cell] = {}
    if earlier is not None:
        earlier_counts = respondents_by_theme(earlier.id)
        earlier_cells = suppress(
            {slug: earlier_counts.get(slug, 0) for slug in slugs},
            limit,
            total_published=False,
            base=respondent_count(earlier.id),
        )
    sentiment, quotes = _sentiment(consultation.id, limit), _quotes(consultation.id)
    every_action = actions_for(consultation.id)
    actions: dict[str, list[Action]] = {}
    for action in every_action:
        for slug in action.themes:
            actions.setdefault(slug, []).append(action)
    rows = []
    for slug in slugs:
        row = ThemeRow(
            slug, names.get(slug, slug), cells[slug], quotes=quotes.get(slug, []), actions=actions.get(slug, [])
        )
        mood, row.scored = sentiment.get(slug, (None, 0))
        if cells[slug].shown:
            row.sentiment = mood
        if earlier is not None:
            row.previous = earlier_cells[slug]
            if row.share is not None and row.previous.percent is not None:
                row.change = round(row.share - row.previous.percent, 1)
        rows.append(row)
    rows.sort(
        key=lambda row: (-(row.respondents.count if row.respondents.count is not None else limit - 0.5), row.name)
    )
    return YouSaid(consultation, total(base, limit), rows, earlier, limit, every_action)


def combined(views: Sequence[YouSaid], limit: int, uncounted: Sequence[YouSaid] = ()) -> YouSaid:
    """Several consultations' "you said" as one (a period's): counts added up where every part is shown
    (``suppression.combine``), quotes and actions put together, and a mood only where every consultation's own
    mood could be shown (or it had no scored comments), so no consultation's hidden mood can be worked back.
    ``uncounted`` are consultations left out of the figures (too few answered): only their quotes and actions,
    which their own pages show too, are added."""
    if len(views) == 1 and not uncounted:
        return views[0]
    slugs: list[str] = []
    names: dict[str, str] = {}
    for view in [*views, *uncounted]:
        for row in view.rows:
            if row.slug not in names:
                slugs.append(row.slug)
                names[row.slug] = row.name
    by_slug = [{row.slug: row for row in view.rows} for view in views]
    extra = [{row.slug: row for row in view.rows} for view in uncounted]
    rows = []
    for slug in slugs:
        present = [rows_of[slug] for rows_of in by_slug if slug in rows_of]
        also = [rows_of[slug] for rows_of in extra if slug in rows_of]
        row = ThemeRow(
            slug,
            names[slug],
            combine([row.respondents for row in present] or [Cell(0)]),
            quotes=[quote for part in [*present, *also] for quote in part.quotes],
            actions=[action for part in [*present, *also] for action in part.actions],
        )
        scored = [part for part in present if part.scored]
        row.scored = sum(part.scored for part in scored)
        if row.respondents.shown and scored and all(part.sentiment is not None for part in scored):
            row.sentiment = round(sum((part.sentiment or 0) * part.scored for part in scored) / row.scored, 2)
        rows.append(row)
    rows.sort(
        key=lambda row: (-(row.respondents.count if row.respondents.count is not None else limit - 0.5), row.name)
    )
    return YouSaid(
        [*views, *uncounted][0].consultation,
        combine([view.respondents for view in views] or [Cell(0)]),
        rows,
        None,
        limit,
        [action for view in [*views, *uncounted] for action in view.actions],
    )
