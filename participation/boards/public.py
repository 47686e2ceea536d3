"""The young people's "you said, we did" page: what they raised and what happened, in their language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l

from participation.analysis.models import AnswerAnalysis, Quote
from participation.boards import services, yousaid
from participation.boards.models import ActionStatus
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
                db.select(AnswerAnalysis.answer_id, AnswerAnalysis.language)
                .where(AnswerAnalysis.answer_id.in_(list(languages)))).all():
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
            theme.actions.append(PublicAction(what, what_language, action.status, reason, reason_language,
                                              action.due_on, action.done_on))
        themes.append(theme)
    return PublicPage(view.respondents, themes)


def _quote(quote: Quote, language: str | None) -> PublicQuote:
    return PublicQuote(quote.text, language, str(ATTRIBUTIONS.get(quote.attribution, "")))
