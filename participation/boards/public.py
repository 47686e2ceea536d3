"""The young people's "you said, we did" page: what they raised and what happened, in their language."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.analysis.models import AnswerAnalysis, Quote
from participation.boards import pledges, services, yousaid
from participation.boards.models import Action, ActionSource, ActionStatus, PledgeStatus, Verdict
from participation.distribution.models import NAMED_KINDS
from participation.extensions import db
from participation.reporting.suppression import Cell
from participation.surveys.models import Consultation

# The codebook's themes in the words a young person uses.
THEME_NAMES = {
    "family-time": _l("Family time"),
    "home-and-stability": _l("Your home and feeling settled"),
    "workers": _l("Your worker"),
    "being-heard": _l("Being listened to"),
    "language-and-stigma": _l("Words used about you, and being treated differently"),
    "identity-and-culture": _l("Who you are: culture, religion and your story"),
    "education": _l("School and college"),
    "health-and-wellbeing": _l("Health and feelings"),
    "safety": _l("Feeling safe"),
    "leaving-care": _l("Getting ready for adult life"),
    "housing": _l("Somewhere to live after care"),
    "money-and-work": _l("Money and work"),
    "activities-and-friends": _l("Things to do and friends"),
    "digital-access": _l("Phones, wifi and getting online"),
    "rights-and-information": _l("Your rights and information"),
}
# Who said it, broadly enough that nobody can be picked out (TRUST.md).
ATTRIBUTIONS = {
    "4-7": _l("Someone aged 4 to 7"),
    "8-11": _l("Someone aged 8 to 11"),
    "12-17": _l("Someone aged 12 to 17"),
    "care-leavers": _l("A care leaver"),
    "parents-carers": _l("A parent or carer"),
}
QUOTES_PER_THEME = 2


@dataclass
class PublicAction:
    what: str
    what_language: str
    status: ActionStatus
    reason: str
    reason_language: str
    progress: Progress


@dataclass
class PublicQuote:
    text: str
    language: str | None
    attribution: str


@dataclass
class PublicTheme:
    slug: str
    name: str
    respondents: Cell
    quotes: list[PublicQuote] = field(default_factory=list)
    actions: list[PublicAction] = field(default_factory=list)


@dataclass
class PublicPage:
    respondents: Cell
    themes: list[PublicTheme]

    @property
    def has_actions(self) -> bool:
        return any(theme.actions for theme in self.themes)


def page(consultation: Consultation, language: str, today: date | None = None) -> PublicPage:
    """Themes someone raised (shown as "a few of you" below the threshold) or that have an action, most raised
    first. Each approved quote appears once, under the first theme it belongs to. Each action says how it is going
    as of ``today``."""
    today = today or date.today()
    view = yousaid.you_said(consultation)
    languages = {quote.answer_id: None for row in view.rows for quote in row.quotes}
    if languages:
        for answer_id, detected in db.session.execute(
            db.select(AnswerAnalysis.answer_id, AnswerAnalysis.language).where(
                AnswerAnalysis.answer_id.in_(list(languages))
            )
        ).all():
            languages[answer_id] = detected
    used: set[object] = set()
    themes = []
    for row in view.rows:
        if row.respondents.count == 0 and not row.actions:
            continue
        name = str(THEME_NAMES[row.slug]) if row.slug in THEME_NAMES else row.name
        theme = PublicTheme(row.slug, name, row.respondents)
        for quote in row.quotes:
            if quote.id in used or len(theme.quotes) >= QUOTES_PER_THEME:
                continue
            used.add(quote.id)
            theme.quotes.append(_quote(quote, languages.get(quote.answer_id)))
        for action in row.actions:
            theme.actions.append(public_action(action, language, today))
        themes.append(theme)
    return PublicPage(view.respondents, themes)


def _quote(quote: Quote, language: str | None) -> PublicQuote:
    return PublicQuote(quote.text, language, str(ATTRIBUTIONS.get(quote.attribution, "")))


def feedback_promise(due_on: date | None, today: date | None = None) -> tuple[date | None, date | None]:
    """The date young people were told to come back by, as (still to come, already past): a page never asks them to
    come back by a day that has gone, and says so honestly instead."""
    today = today or date.today()
    if due_on is None:
        return None, None
    return (due_on, None) if due_on >= today else (None, due_on)


@dataclass(frozen=True)
class WhatChanged:
    """Where a young person of one organisation can read what changed: the "you said, we did" page of its latest
    consultation with something done about it (its code, or None), whether it has written promises down, and whether
    anything was done about what was said at sessions, in live polls or decided by the board (``has_elsewhere``: the
    organisation's "what changed" page, reached through ``promises_code`` as the promises are)."""

    organisation_name: str
    you_said_code: str | None
    has_promises: bool
    promises_code: str
    has_elsewhere: bool = False


# Actions the organisation's "what changed" page lists: each survey has its own "you said, we did" page.
ELSEWHERE = (ActionSource.SESSION, ActionSource.POLL, ActionSource.BOARD)


def has_elsewhere(organisation_id: uuid.UUID) -> bool:
    """Whether the organisation's "what changed" page has anything from sessions, live polls or the board."""
    return services.has_actions(organisation_id, ELSEWHERE)


def what_changed(organisation_id: uuid.UUID) -> WhatChanged | None:
    """Links to "you said, we did", the promises and the "what changed" page for one organisation, or None when it
    has nothing to show yet (no published consultation has a "we did" action, no promise is written down and nothing
    was done about what was said anywhere else). The pages are reached through a published consultation's code."""
    answered = services.consultations_with_actions(organisation_id)
    has_promises = bool(pledges.pledges_for(organisation_id))
    elsewhere_too = has_elsewhere(organisation_id)
    published = services.published_consultations(organisation_id)
    if not published or (not answered and not has_promises and not elsewhere_too):
        return None
    return WhatChanged(
        services.organisation_name(organisation_id),
        answered[0].code if answered else None,
        has_promises,
        (answered[0] if answered else published[0]).code,
        elsewhere_too,
    )


def surveys_with_actions(organisation_id: uuid.UUID) -> list[Consultation]:
    """The published surveys whose own "you said, we did" page says what changed, the latest first."""
    return services.consultations_with_actions(organisation_id)


@dataclass
class ChangeFromElsewhere:
    """An action about what was said at a session or in a live poll, or that the board decided, as a young person
    reads it: where it was said first, in their words, then what was done and how it is going."""

    where: str
    themes: list[str]
    action: PublicAction


# Groups named on a page anyone can read: the kinds a quote's attribution may name too (``NAMED_KINDS``).
PUBLICLY_NAMED_KINDS = NAMED_KINDS


def where_said(said: services.Said) -> str:
    """Where young people said it, in their words, by month only (never a day: TRUST.md), naming the group only if
    it is a forum or council (``PUBLICLY_NAMED_KINDS``)."""
    month = _month(said.month) if said.month else ""
    named = bool(said.group) and not said.gone and said.group_kind in PUBLICLY_NAMED_KINDS
    if said.source == ActionSource.SESSION:
        if named:
            return str(_("At a %(group)s meeting in %(month)s", group=said.group, month=month))
        return str(_("At a meeting in %(month)s", month=month))
    if said.source == ActionSource.POLL:
        if named:
            return str(_("In a live poll at a %(group)s meeting in %(month)s", group=said.group, month=month))
        return str(_("In a live poll in %(month)s", month=month))
    if said.source == ActionSource.SURVEY:
        return str(_("What you said in surveys"))
    return str(_("The board decided this"))


def elsewhere(organisation_id: uuid.UUID, language: str, today: date | None = None) -> list[ChangeFromElsewhere]:
    """What was done about what young people said at sessions and in live polls, and what the board decided, the
    latest said first; each in the young person's language where the worker translated it. No figure at all: a
    session's or poll's counts are on no page a young person reads."""
    today = today or date.today()
    actions = services.actions_of(organisation_id, ELSEWHERE)
    said = services.where_said(actions)
    found = []
    for action in actions:
        found.append(
            ChangeFromElsewhere(
                where_said(said[action.id]),
                [str(THEME_NAMES[slug]) if slug in THEME_NAMES else slug for slug in action.themes],
                public_action(action, language, today),
            )
        )
    return found


def public_action(action: Action, language: str, today: date) -> PublicAction:
    what, what_language = services.text_of(action, language, "what")
    reason, reason_language = services.text_of(action, language, "reason")
    stage = ACTION_STAGES[action.status]
    return PublicAction(
        what,
        what_language,
        action.status,
        reason,
        reason_language,
        progress(stage, action.due_on, action.done_on, today, promise=False),
    )


PROMISE_VERDICT = {
    Verdict.KEPT.value: _l("They kept the promise"),
    Verdict.PARTLY.value: _l("They partly kept the promise"),
    Verdict.NOT_KEPT.value: _l("They did not keep the promise"),
    Verdict.TOO_EARLY.value: _l("It is too early to say"),
}


class Stage(enum.Enum):
    """Where a promise or a "we did" action is, whichever of the two it is."""

    NOT_STARTED = "not-started"
    WORKING = "working"
    AT_RISK = "at-risk"
    DONE = "done"
    STOPPED = "stopped"


PLEDGE_STAGES = {
    PledgeStatus.NOT_STARTED: Stage.NOT_STARTED,
    PledgeStatus.ON_TRACK: Stage.WORKING,
    PledgeStatus.AT_RISK: Stage.AT_RISK,
    PledgeStatus.DONE: Stage.DONE,
    PledgeStatus.DROPPED: Stage.STOPPED,
}
ACTION_STAGES = {
    ActionStatus.PLANNED: Stage.NOT_STARTED,
    ActionStatus.IN_PROGRESS: Stage.WORKING,
    ActionStatus.DONE: Stage.DONE,
    ActionStatus.NOT_POSSIBLE: Stage.STOPPED,
}


@dataclass(frozen=True)
class Progress:
    """How a promise or an action is going, for a young person: a short tag and one sentence, in which the date and
    the state always agree (something past its date is late, whatever else its owner says about it)."""

    tag: str
    colour: str  # the GOV.UK tag's modifier; the tag's words say the same, so nothing is told by colour alone
    sentence: str
    late: bool


def _month(day: date) -> str:
    return str(format_date(day, "LLLL yyyy"))


def progress(stage: Stage, due_on: date | None, done_on: date | None, today: date, *, promise: bool) -> Progress:
    """The tag and sentence for something at ``stage``, due by ``due_on`` (if set) and done on ``done_on`` (if
    known: an action's, which a worker enters; a pledge's updates say when it was marked done, which is not when it
    was done), as of ``today``. ``promise``: a pledge, whose owner may stop working on it; an action that could not
    be done has its reason beside it instead of a sentence."""
    if stage == Stage.DONE:
        return Progress(_("Done"), "govuk-tag--green", _done_sentence(due_on, done_on), False)
    # One tag for each state, whether a promise or a "we did" action shows it: the same commitment often appears on
    # both pages, and a young person reading both must read the same state.
    if stage == Stage.STOPPED:
        if not promise:
            return Progress(_("Stopped"), "govuk-tag--grey", "", False)
        return Progress(_("Stopped"), "govuk-tag--grey", _("We stopped working on this, so it will not happen."), False)
    if due_on is not None and due_on < today:
        return Progress(_("Late"), "govuk-tag--red", _late_sentence(stage, _month(due_on)), True)
    if stage == Stage.NOT_STARTED:
        tag = _("Not started yet")
        if due_on is None:
            return Progress(tag, "govuk-tag--yellow", _("We have not started this yet."), False)
        sentence = _("We have not started this yet. We said we'd do it by %(month)s.", month=_month(due_on))
        return Progress(tag, "govuk-tag--yellow", sentence, False)
    if stage == Stage.WORKING:
        tag = _("Working on it")
        if due_on is None:
            return Progress(tag, "govuk-tag--blue", _("We're working on this."), False)
        sentence = _("We're working on this. It should be done by %(month)s.", month=_month(due_on))
        return Progress(tag, "govuk-tag--blue", sentence, False)
    if due_on is None:
        return Progress(
            _("It might not happen"), "govuk-tag--orange", _("We're working on this, but it might not happen."), False
        )
    sentence = _("We're working on this, but it might not be done by %(month)s.", month=_month(due_on))
    return Progress(_("It might be late"), "govuk-tag--orange", sentence, False)


def _done_sentence(due_on: date | None, done_on: date | None) -> str:
    if done_on is None:
        return str(_("It's done."))
    if due_on is not None and (done_on.year, done_on.month) > (due_on.year, due_on.month):
        return str(
            _(
                "We said we'd do this by %(due)s. We did it in %(done)s, later than we said.",
                due=_month(due_on),
                done=_month(done_on),
            )
        )
    return str(_("We did this in %(month)s.", month=_month(done_on)))


def _late_sentence(stage: Stage, month: str) -> str:
    if stage == Stage.NOT_STARTED:
        return str(_("We said we'd do this by %(month)s. It's late, and we have not started it yet.", month=month))
    if stage == Stage.AT_RISK:
        return str(
            _(
                "We said we'd do this by %(month)s. It's late, and we do not know yet when it will be done.",
                month=month,
            )
        )
    return str(_("We said we'd do this by %(month)s. It's late, and we're still working on it.", month=month))


@dataclass
class PublicPromise:
    text: str
    language: str
    who: str
    made_at: str
    made_on: date | None
    due_on: date | None
    progress: Progress
    verdict: str | None
    verdict_by: str
    verdict_why: str


def promises(organisation_id: uuid.UUID, language: str, today: date | None = None) -> list[PublicPromise]:
    """Every pledge the organisation's corporate parents made, in the young person's language where a worker
    translated it, late ones first, with the latest verdict of the children in care council or care leavers forum."""
    today = today or date.today()
    result = []
    every = pledges.pledges_for(organisation_id)
    for pledge in sorted(
        every,
        key=lambda item: (
            not pledges.overdue(item, today),
            item.status == PledgeStatus.DROPPED,
            item.due_on or date.max,
        ),
    ):
        text, text_language = pledges.text_of(pledge, language)
        verdict = pledges.latest_verdict(pledge)
        who = f"{pledge.owner_name}, {pledge.owner_role}" if pledge.owner_role else pledge.owner_name
        result.append(
            PublicPromise(
                text,
                text_language,
                who,
                pledge.made_at,
                pledge.made_on,
                pledge.due_on,
                progress(PLEDGE_STAGES[pledge.status], pledge.due_on, None, today, promise=True),
                verdict.verdict.value if verdict else None,
                verdict.group_name if verdict else "",
                verdict.why if verdict else "",
            )
        )
    return result
