"""The young people's "you said, we did" page: what they raised and what happened, in their language."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l

from participation.analysis.models import AnswerAnalysis, Quote
from participation.boards import pledges, services, yousaid
from participation.boards.models import ActionStatus, PledgeStatus, Verdict
from participation.extensions import db
from participation.reporting.suppression import Cell
from participation.surveys.models import Consultation

# The codebook's themes in the words a young person uses.
# What each action's status says to young people ("you said, we did"), in their words.
ACTION_STATUS_FOR_YOUNG_PEOPLE = {
    ActionStatus.PLANNED.value: _l("We are going to do this"),
    ActionStatus.IN_PROGRESS.value: _l("We are doing this now"),
    ActionStatus.DONE.value: _l("Done"),
    ActionStatus.NOT_POSSIBLE.value: _l("We could not do this"),
}

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
    due_on: date | None
    done_on: date | None


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


def page(consultation: Consultation, language: str) -> PublicPage:
    """Themes someone raised (shown as "a few of you" below the threshold) or that have an action, most raised
    first. Each approved quote appears once, under the first theme it belongs to."""
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
            what, what_language = services.text_of(action, language, "what")
            reason, reason_language = services.text_of(action, language, "reason")
            theme.actions.append(
                PublicAction(what, what_language, action.status, reason, reason_language, action.due_on, action.done_on)
            )
        themes.append(theme)
    return PublicPage(view.respondents, themes)


def _quote(quote: Quote, language: str | None) -> PublicQuote:
    return PublicQuote(quote.text, language, str(ATTRIBUTIONS.get(quote.attribution, "")))


# Pledge statuses and verdicts in the words a young person uses.
PROMISE_STATUS = {
    PledgeStatus.NOT_STARTED.value: _l("Not started yet"),
    PledgeStatus.ON_TRACK.value: _l("Going to plan"),
    PledgeStatus.AT_RISK.value: _l("It might not happen in time"),
    PledgeStatus.DONE.value: _l("Done"),
    PledgeStatus.DROPPED.value: _l("They stopped working on this"),
}
PROMISE_VERDICT = {
    Verdict.KEPT.value: _l("They kept the promise"),
    Verdict.PARTLY.value: _l("They partly kept the promise"),
    Verdict.NOT_KEPT.value: _l("They did not keep the promise"),
    Verdict.TOO_EARLY.value: _l("It is too early to say"),
}


@dataclass
class PublicPromise:
    text: str
    language: str
    who: str
    made_at: str
    made_on: date | None
    due_on: date | None
    status: str
    late: bool
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
                pledge.status.value,
                pledges.overdue(pledge, today),
                verdict.verdict.value if verdict else None,
                verdict.group_name if verdict else "",
                verdict.why if verdict else "",
            )
        )
    return result
