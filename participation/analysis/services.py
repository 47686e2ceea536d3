"""Storing what the analysis found: the only place analysis rows are written. The analysis itself is in engine.py."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from participation.analysis import comment_filters, reading
from participation.analysis.comment_filters import Facts
from participation.analysis.engine import Result, themes_of
from participation.analysis.lexicon import Matcher, custom_matcher
from participation.analysis.models import (
    AnswerAnalysis,
    AnswerTheme,
    CaseAnswer,
    CommentReading,
    Quote,
    QuoteStatus,
    SafeguardingCase,
    Theme,
    ThemeSource,
)
from participation.analysis.pictured import classify_answer, words_of
from participation.analysis.redaction import Known, redact
from participation.analysis.topics import emerging
from participation.db import utcnow
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation, Question, QuestionText
from participation.surveys.pictures import described

CODEBOOK = {
    "family-time": "Family time",
    "home-and-stability": "Home and stability",
    "workers": "Workers",
    "being-heard": "Being heard",
    "language-and-stigma": "Language and stigma",
    "identity-and-culture": "Identity and culture",
    "education": "Education",
    "health-and-wellbeing": "Health and wellbeing",
    "safety": "Safety",
    "leaving-care": "Leaving care",
    "housing": "Housing",
    "money-and-work": "Money and work",
    "activities-and-friends": "Activities and friends",
    "digital-access": "Digital access",
    "rights-and-information": "Rights and information",
}


def themes_for(organisation_id: uuid.UUID) -> list[Theme]:
    """The organisation's codebook, created from the default on first use."""
    themes = list(
        db.session.scalars(select(Theme).where(Theme.organisation_id == organisation_id).order_by(Theme.name))
    )
    if not themes:
        for slug, name in CODEBOOK.items():
            db.session.add(Theme(organisation_id=organisation_id, slug=slug, name=name, keywords=[], is_default=True))
        db.session.flush()
        themes = list(
            db.session.scalars(select(Theme).where(Theme.organisation_id == organisation_id).order_by(Theme.name))
        )
    return themes


def organisation_matcher(organisation_id: uuid.UUID) -> Matcher | None:
    keywords = {theme.slug: theme.keywords for theme in themes_for(organisation_id) if theme.keywords}
    return custom_matcher(keywords) if keywords else None


def theme_row(
    answer: Answer, consultation_id: uuid.UUID, slug: str, source: ThemeSource, *, removed: bool = False
) -> AnswerTheme:
    """A theme on ``answer`` (of a response to ``consultation_id``), carrying the answer's response and consultation
    as every theme row must (the board pack counts themes from them). The only way a theme row is made."""
    response_id = answer.response_id if answer.response_id is not None else answer.response.id
    return AnswerTheme(
        answer_id=answer.id,
        slug=slug,
        organisation_id=answer.organisation_id,
        response_id=response_id,
        consultation_id=consultation_id,
        source=source,
        removed=removed,
    )


def _store(
    answer: Answer, consultation_id: uuid.UUID, result: Result, arrived_at: datetime | None = None, *, new: bool = False
) -> bool:
    """Write one answer's result; worker corrections and its read state stay as they are. Returns True if a new case
    was opened. ``arrived_at`` is when the answer came (now, for a new one). ``new``: an answer stored in this
    transaction, which has no analysis, themes or read state yet to look up (three queries each, on every
    submission)."""
    state = reading.arrived(answer, consultation_id, arrived_at, new=new)
    analysis = None if new else db.session.get(AnswerAnalysis, answer.id)
    if analysis is None:
        analysis = AnswerAnalysis(
            answer_id=answer.id, organisation_id=answer.organisation_id, consultation_id=consultation_id
        )
        db.session.add(analysis)
    analysis.language, analysis.sentiment = result.language, result.sentiment
    analysis.safeguarding, analysis.risk_terms = result.safeguarding, list(result.risk_terms)
    analysis.listed = result.listed
    analysis.analysed_on = date.today()

    existing = (
        {}
        if new
        else {
            row.slug: row for row in db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == answer.id))
        }
    )
    for slug, row in existing.items():
        if row.source == ThemeSource.AUTO and slug not in result.themes:
            db.session.delete(row)
    for slug in result.themes:
        if slug not in existing:
            db.session.add(theme_row(answer, consultation_id, slug, ThemeSource.AUTO))
    # Words the screen cannot read (a language without a word list) may say anything: like a possible disclosure
    # they go to the safeguarding queue, with its clock, and are kept if the answers are deleted, until a lead has
    # read them ("Not screened in Pashto: needs reading"). On re-analysis, only while nobody has read them yet.
    unreadable = not result.listed and state.read_at is None
    if not result.safeguarding and not unreadable:
        return False
    # A case, once opened, stays: re-analysis never closes what a person has to decide on.
    return reading.place(answer, consultation_id).opened


def analyse_response(response: Response) -> int:
    """Analyse every free-text answer of a newly stored response (words, pictures picked instead, or both): its
    worrying answers open one case between them. Returns how many cases were opened."""
    matcher = organisation_matcher(response.organisation_id)
    opened = 0
    for answer in response.answers:
        if answer.text or answer.pictures:
            read = classify_answer(answer.text, answer.pictures, matcher, response.language)
            opened += _store(answer, response.consultation_id, read, new=True)
    db.session.flush()
    return opened


def text_answers(consultation_id: uuid.UUID | None = None) -> list[tuple[Answer, uuid.UUID]]:
    query = (
        select(Answer, Response.consultation_id).join(Response, Response.id == Answer.response_id).where(Answer.said())
    )
    if consultation_id is not None:
        query = query.where(Response.consultation_id == consultation_id)
    return [(answer, consultation) for answer, consultation in db.session.execute(query.order_by(Answer.id)).all()]


def rerun(
    consultation_id: uuid.UUID | None = None,
    progress: Callable[[Iterable[tuple[Answer, uuid.UUID]]], Iterable[tuple[Answer, uuid.UUID]]] | None = None,
    batch: int = 500,
) -> tuple[int, int]:
    """Analyse every free-text answer again (all, or one consultation's). Worker corrections survive. Returns
    (answers analysed, new cases opened)."""
    rows = text_answers(consultation_id)
    matchers: dict[uuid.UUID, Matcher | None] = {}
    analysed = opened = 0
    for answer, consultation in progress(rows) if progress else rows:
        if answer.organisation_id not in matchers:
            matchers[answer.organisation_id] = organisation_matcher(answer.organisation_id)
        opened += _store(
            answer,
            consultation,
            classify_answer(answer.text, answer.pictures, matchers[answer.organisation_id], answer.response.language),
            reading.arrived_on(answer.response.submitted_on),
        )
        analysed += 1
        if analysed % batch == 0:
            db.session.flush()
    db.session.flush()
    return analysed, opened


# --- the comments page ----------------------------------------------------------------------------------------------


@dataclass
class CommentRow:
    answer_id: uuid.UUID
    text: str
    question_key: str
    age_band: str
    language: str | None
    sentiment: float | None
    flagged: bool
    themes: list[tuple[str, ThemeSource]] = field(default_factory=list)  # shown themes and where they came from
    removed: list[str] = field(default_factory=list)  # auto themes a worker took off
    # Pictures picked instead of (or as well as) typing, in the easy version (surveys.pictures).
    pictures: tuple[str, ...] = ()
    # Reading (participation.analysis.reading): the order it is read in, and who read it when.
    rank: Any = None
    risk_terms: tuple[str, ...] = ()
    case_id: uuid.UUID | None = None
    found_by_person: bool = False
    arrived_at: datetime | None = None
    read_by_id: uuid.UUID | None = None
    read_at: datetime | None = None
    overdue: bool = False

    @property
    def read(self) -> bool:
        return self.read_at is not None


def comment_facts(consultation_id: uuid.UUID) -> list[Facts]:
    """What the comments page filters, counts and orders each of a consultation's comments by: one light query (no
    row objects) and one for the themes, however many comments there are."""
    rows = db.session.execute(
        select(
            Answer.id,
            Answer.text,
            Answer.pictures,
            Response.age_band,
            Response.submitted_on,
            AnswerAnalysis.language,
            AnswerAnalysis.safeguarding,
            AnswerAnalysis.listed,
            AnswerAnalysis.sentiment,
            CaseAnswer.case_id,
            CommentReading.arrived_at,
            CommentReading.read_at,
        )
        .join(Response, Response.id == Answer.response_id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
        .outerjoin(CommentReading, CommentReading.answer_id == Answer.id)
        .outerjoin(CaseAnswer, CaseAnswer.answer_id == Answer.id)
        .where(Response.consultation_id == consultation_id, Answer.said())
    ).all()
    themes: dict[uuid.UUID, set[str]] = {}
    for answer_id, slug in db.session.execute(
        select(AnswerTheme.answer_id, AnswerTheme.slug)
        .join(Answer, Answer.id == AnswerTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(Response.consultation_id == consultation_id, AnswerTheme.removed.is_(False))
    ):
        themes.setdefault(answer_id, set()).add(slug)
    facts = []
    for (
        answer_id,
        text,
        pictures,
        band,
        submitted_on,
        language,
        safeguarding,
        listed,
        sentiment,
        case_id,
        arrived_at,
        read_at,
    ) in rows:
        # No analysis row: the defaults of ``priority`` (not flagged, screened, no tone).
        rank = reading.priority_of(bool(safeguarding), listed is not False, sentiment, has_case=case_id is not None)
        # Pictures are searched by their names as the reader sees them and by the words the analysis reads them as.
        said = [described(pictures, None), *words_of(text, pictures)]
        facts.append(
            Facts(
                answer_id=answer_id,
                band=band,
                language=language,
                flag=comment_filters.FLAGS[rank],
                rank=int(rank),
                # Stored before read states existed and never re-analysed: unread since the day it was sent.
                arrived_at=reading.aware(arrived_at or reading.arrived_on(submitted_on)),
                read_at=reading.aware(read_at) if read_at else None,
                themes=frozenset(themes.get(answer_id, ())),
                words=comment_filters.searchable(" ".join(part for part in said if part)),
                text=text or "",
            )
        )
    return facts


def question_titles(consultation: Any) -> dict[str, str]:
    """Each question's English title by key (the live version's, or the draft's before publishing): how the comments
    page names the question a comment answers."""
    version = consultation.live_version or consultation.draft_version
    return dict(
        db.session.execute(
            select(Question.key, QuestionText.title)
            .join(QuestionText, QuestionText.question_id == Question.id)
            .where(
                Question.consultation_id == consultation.id,
                Question.version == version,
                QuestionText.language == "en",
                QuestionText.age_band == "",
            )
        ).all()
    )


def comment_rows(consultation_id: uuid.UUID, answer_ids: Sequence[uuid.UUID]) -> list[CommentRow]:
    """The comments ``answer_ids`` of a consultation, in that order, each with its analysis, themes (and themes a
    worker took off), safeguarding case and read state: what the comments page shows of each."""
    # The outer-joined columns can be None, which the selected row type does not say.
    rows: Sequence[tuple[Answer, str, date, AnswerAnalysis | None, CommentReading | None, SafeguardingCase | None]] = (
        db.session.execute(
            select(Answer, Response.age_band, Response.submitted_on, AnswerAnalysis, CommentReading, SafeguardingCase)
            .join(Response, Response.id == Answer.response_id)
            .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
            .outerjoin(CommentReading, CommentReading.answer_id == Answer.id)
            .outerjoin(CaseAnswer, CaseAnswer.answer_id == Answer.id)
            .outerjoin(SafeguardingCase, SafeguardingCase.id == CaseAnswer.case_id)
            .where(Response.consultation_id == consultation_id, Answer.said(), Answer.id.in_(list(answer_ids)))
        ).all()
    )
    tags: dict[uuid.UUID, list[AnswerTheme]] = {}
    for tag in db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id.in_([r[0].id for r in rows]))):
        tags.setdefault(tag.answer_id, []).append(tag)
    # Answers a reader put in the safeguarding queue (the screen missed them).
    found = set(
        db.session.scalars(
            select(CaseAnswer.answer_id).where(
                CaseAnswer.answer_id.in_([r[0].id for r in rows]), CaseAnswer.found_by_person.is_(True)
            )
        )
    )
    organisation = db.session.get(Organisation, rows[0][0].organisation_id) if rows else None
    now = datetime.now(tz=UTC)
    by_id = {}
    for answer, band, submitted_on, analysis, read_state, case in rows:
        if read_state is None:
            # Stored before read states existed and never re-analysed: unread since the day it was sent.
            read_state = CommentReading(answer_id=answer.id, arrived_at=reading.arrived_on(submitted_on))
        rank = reading.priority(analysis, case is not None)
        row = CommentRow(
            answer.id,
            answer.text or "",
            answer.question_key,
            band,
            analysis.language if analysis else None,
            analysis.sentiment if analysis else None,
            bool(analysis and analysis.safeguarding) or case is not None,
            pictures=tuple(answer.pictures or ()),
            rank=rank,
            risk_terms=tuple(analysis.risk_terms or ()) if analysis else (),
            case_id=case.id if case else None,
            found_by_person=answer.id in found,
            arrived_at=reading.aware(read_state.arrived_at),
            read_by_id=read_state.read_by_id,
            read_at=reading.aware(read_state.read_at) if read_state.read_at else None,
        )
        row.overdue = row.read_at is None and reading.due(read_state, rank, organisation) < now
        for tag in sorted(tags.get(answer.id, []), key=lambda t: t.slug):
            (row.removed.append(tag.slug) if tag.removed else row.themes.append((tag.slug, tag.source)))
        by_id[answer.id] = row
    return [by_id[answer_id] for answer_id in answer_ids if answer_id in by_id]


def answer_in(consultation_id: uuid.UUID, answer_id: uuid.UUID) -> Answer | None:
    return db.session.scalar(
        select(Answer)
        .join(Response, Response.id == Answer.response_id)
        .where(Answer.id == answer_id, Response.consultation_id == consultation_id)
    )


def correct_theme(answer: Answer, slug: str, present: bool) -> None:
    """A worker adds or removes a theme on one answer; re-analysis will not undo it."""
    row = db.session.get(AnswerTheme, (answer.id, slug))
    if row is None:
        row = theme_row(answer, answer.response.consultation_id, slug, ThemeSource.WORKER, removed=not present)
        db.session.add(row)
    else:
        row.source, row.removed = ThemeSource.WORKER, not present
    db.session.flush()


def adopt_topic(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID,
    phrase: str,
    *,
    slug: str | None = None,
    new_name: str | None = None,
) -> Theme:
    """Add an emerging phrase to a theme's keywords (or start a new theme with it), then theme the consultation's
    comments again so it takes effect at once."""
    themes = {theme.slug: theme for theme in themes_for(organisation_id)}
    if new_name:
        base = re.sub(r"[^a-z0-9]+", "-", new_name.lower()).strip("-")[:50] or "theme"
        new_slug, number = base, 1
        while new_slug in themes:
            number += 1
            new_slug = f"{base}-{number}"
        theme = Theme(organisation_id=organisation_id, slug=new_slug, name=new_name, keywords=[phrase])
        db.session.add(theme)
    else:
        theme = themes[slug or ""]
        if phrase not in theme.keywords:
            theme.keywords = [*theme.keywords, phrase]
    db.session.flush()
    rerun(consultation_id)
    return theme


def unthemed_comments(facts: Sequence[Facts]) -> list[tuple[str, Sequence[str]]]:
    return [(comment.text, sorted(comment.themes)) for comment in facts if comment.text]


def emerging_topics(consultation: Any, facts: Sequence[Facts] | None = None) -> list[Any]:
    """Frequent phrases in the consultation's comments that no theme (built-in or the organisation's) covers.
    ``facts``: the consultation's comments as ``comment_facts`` read them, when already read."""
    matcher = organisation_matcher(consultation.organisation_id)
    comments = unthemed_comments(comment_facts(consultation.id) if facts is None else facts)
    return emerging(comments, covered=lambda phrase: bool(themes_of(phrase, matcher)))


# --- quotes -----------------------------------------------------------------------------------------------------


@dataclass
class QuoteCandidate:
    answer_id: uuid.UUID
    original: str
    proposed: str
    redactions: list[Any]
    attribution: str
    language: str | None
    quote: Any | None


def known_places(organisation_id: uuid.UUID) -> Known:
    """What the redaction must also take out of this organisation's words: the names of its groups that are children's
    homes or schools ("Oak Lodge", "Northshire High"), however a young person writes them."""
    rows = db.session.execute(
        select(Group.kind, Group.name).where(
            Group.organisation_id == organisation_id, Group.kind.in_((GroupKind.CHILDRENS_HOME, GroupKind.SCHOOL))
        )
    ).all()
    homes = sorted(name for kind, name in rows if kind == GroupKind.CHILDRENS_HOME)
    return Known(tuple(homes), tuple(sorted(name for kind, name in rows if kind == GroupKind.SCHOOL)))


def quote_candidates(consultation_id: uuid.UUID) -> list[QuoteCandidate]:
    """Comments whose writers agreed to be quoted, never a possible disclosure, each with a redacted proposal."""
    organisation_id = db.session.scalar(select(Consultation.organisation_id).where(Consultation.id == consultation_id))
    known = known_places(organisation_id) if organisation_id is not None else Known()
    rows = db.session.execute(
        select(Answer, Response.age_band, AnswerAnalysis)
        .join(Response, Response.id == Answer.response_id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
        .where(Response.consultation_id == consultation_id, Response.quote_consent.is_(True), Answer.text.is_not(None))
        .order_by(Answer.id)
    ).all()
    quotes = {
        quote.answer_id: quote
        for quote in db.session.scalars(select(Quote).where(Quote.consultation_id == consultation_id))
    }
    in_queue = set(
        db.session.scalars(
            select(CaseAnswer.answer_id)
            .join(SafeguardingCase, SafeguardingCase.id == CaseAnswer.case_id)
            .where(SafeguardingCase.consultation_id == consultation_id)
        )
    )
    result = []
    for answer, band, analysis in rows:
        # Never a possible disclosure: flagged by the screen, or put in the queue by a person who read it.
        if (analysis is not None and analysis.safeguarding) or answer.id in in_queue:
            continue
        proposed, redactions = redact(answer.text or "", known)
        result.append(
            QuoteCandidate(
                answer.id,
                answer.text or "",
                proposed,
                redactions,
                band,
                analysis.language if analysis else None,
                quotes.get(answer.id),
            )
        )
    return result


def decide_quote(
    consultation_id: uuid.UUID, answer_id: uuid.UUID, *, approve: bool, text: str, user_id: uuid.UUID | None
) -> Any | None:
    """Approve a (redacted, possibly edited) quote, or decide not to use it. Refuses anything not offered."""
    candidate = next((c for c in quote_candidates(consultation_id) if c.answer_id == answer_id), None)
    if candidate is None:
        return None
    quote = candidate.quote
    if quote is None:
        answer = db.session.get(Answer, answer_id)
        assert answer is not None
        quote = Quote(
            organisation_id=answer.organisation_id,
            consultation_id=consultation_id,
            answer_id=answer_id,
            attribution=candidate.attribution,
            status=QuoteStatus.REJECTED,
            text="",
        )
        db.session.add(quote)
    quote.status = QuoteStatus.APPROVED if approve else QuoteStatus.REJECTED
    quote.text = text.strip() if approve else ""
    quote.decided_by_id, quote.decided_at = user_id, utcnow()
    db.session.flush()
    return quote
