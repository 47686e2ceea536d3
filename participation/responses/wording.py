"""What the journey says, in words for each age band. Every string goes through Babel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from flask import url_for
from flask_babel import gettext, ngettext
from flask_wtf import FlaskForm
from markupsafe import Markup

from participation.responses.models import Draft, Response
from participation.responses.services import StoredAnswer, stored_answer
from participation.surveys import pictures
from participation.surveys.models import AgeBand
from participation.surveys.views import ConsultationView, QuestionView
from participation.templating import symbol_svg

# Flask-Babel ships no types; its gettext gives a str, which the wording functions return.
_: Callable[..., str] = gettext

YOUNGEST = AgeBand.EARLY_YEARS.value


@dataclass(frozen=True)
class StartPromise:
    who_reads: str
    no_names: str
    keep_safe: str
    help_now: str  # the helplines that fit the band follow it (templates/macros.html, help_lines)
    skip: str
    how_long: str
    unsent: str = ""


def unsent_words(band: str, reads_unsent: bool, easy: bool = False) -> str:
    """What happens to worrying words a young person writes and does not send: exactly what ``keeping.sweep_unsent``
    does for their organisation."""
    if easy and band != AgeBand.EARLY_YEARS:
        return (
            _(
                "If you write that someone is being hurt or is not safe and do not send it, someone will still "
                "read it after a day."
            )
            if reads_unsent
            else _("Nobody reads what you write until you press send.")
        )
    if band == AgeBand.EARLY_YEARS:
        return (
            _("If you write that someone is hurting you and do not send it, a grown-up will still read it after a day.")
            if reads_unsent
            else _("Nobody reads what you write until you press send.")
        )
    if band == AgeBand.PARENTS_CARERS:
        return (
            _(
                "If you write something that makes us think someone may be at risk of harm and do not send your "
                "answers, our safeguarding team will still read it after 24 hours."
            )
            if reads_unsent
            else _("Nobody reads your answers until you send them.")
        )
    return (
        _(
            "If you write something that makes us worried about your safety and do not send your answers, someone "
            "whose job is keeping young people safe will still read it after 24 hours."
        )
        if reads_unsent
        else _("Nobody reads your answers until you send them.")
    )


def personal_code_words(band: str, traceable: str | None, easy: bool = False) -> str | None:
    """What a personal invite code means for being found, exactly as the code behaves
    (``services.personal_code_traceability``); None where the band's usual "without your name" words are true."""
    if traceable is None:
        return None
    if easy and band != AgeBand.EARLY_YEARS:
        if traceable == "vault":
            return _(
                "This code was made just for you. If we are very worried about you, two people at the council "
                "can find out it was you."
            )
        return _("We do not keep your name. This code was made just for you, so we can delete your answers if you ask.")
    if band == AgeBand.EARLY_YEARS:
        if traceable == "vault":
            return _(
                "This code was made just for you. If we are very worried about you, two grown-ups at the "
                "council can find out it was you."
            )
        return _("We do not keep your name. This code was made just for you, so we can delete your answers if you ask.")
    if traceable == "vault":
        return _(
            "Your answers are stored without your name. This code was given to you personally: if we are "
            "worried about someone’s safety, two people at the council can agree to find out it was you. "
            "Nobody else can."
        )
    return _(
        "Your answers are stored without your name, and nobody can tell from them who you are. This code was "
        "given to you personally, so the council can delete your answers if you ask."
    )


def start_page(
    band: str, question_count: int, reads_unsent: bool = True, traceable: str | None = None, *, easy: bool = False
) -> StartPromise:
    """The plain-words privacy and safeguarding promise shown before the first question. ``traceable`` says what a
    personal invite code lets the council do (``services.personal_code_traceability``). In the easy version, the same
    promises in short sentences for any age (the youngest band's own are already)."""
    promise = _start_page(band, question_count, reads_unsent, easy)
    personal = personal_code_words(band, traceable, easy)
    return replace(promise, no_names=personal) if personal else promise


def _how_long(question_count: int) -> str:
    return str(
        ngettext(
            "There is %(num)s question. It takes about %(minutes)s minutes.",
            "There are %(num)s questions. It takes about %(minutes)s minutes.",
            question_count,
            minutes=max(2, round(question_count * 0.5)),
        )
    )


def _start_page(band: str, question_count: int, reads_unsent: bool, easy: bool) -> StartPromise:
    unsent = unsent_words(band, reads_unsent, easy)
    if easy and band != AgeBand.EARLY_YEARS:
        return StartPromise(
            unsent=unsent,
            who_reads=_("People at the council will read your answers. They want to make things better."),
            no_names=_("We do not keep your name."),
            keep_safe=_(
                "If you tell us that someone is being hurt or is not safe, we will try to help keep them safe."
            ),
            help_now=_("If you need help now, you can talk to someone:"),
            skip=_("You can skip any question."),
            how_long=_how_long(question_count),
        )
    if band == AgeBand.EARLY_YEARS:
        return StartPromise(
            unsent=unsent,
            who_reads=_("Some grown-ups at the council will read what you say. They want to make things better."),
            no_names=_("We do not keep your name."),
            keep_safe=_("If you tell us someone is hurting you, we will try to help keep you safe."),
            help_now=_("If you need help now, tell a grown-up you trust."),
            skip=_("You can skip any question."),
            how_long=_how_long(question_count),
        )
    if band == AgeBand.PARENTS_CARERS:
        return StartPromise(
            unsent=unsent,
            who_reads=_(
                "Your answers are read by the council’s participation team, who share what families tell "
                "us with the people who run children’s services and with councillors."
            ),
            no_names=_(
                "Your answers are stored without your name. We will never use them to make decisions about your family."
            ),
            keep_safe=_(
                "If something you write makes us think a child or anyone else may be at risk of harm, we "
                "will act to keep them safe."
            ),
            help_now=_("If you or a child need help now, you can talk to someone straight away:"),
            skip=_("You can skip any question by choosing ‘I’d rather not say’."),
            how_long=_how_long(question_count),
        )
    return StartPromise(
        unsent=unsent,
        who_reads=_(
            "Your answers are read by the council’s participation team. They share what young people tell "
            "us with the people who make decisions, like managers and councillors, so things can change."
        ),
        no_names=_("Your answers are stored without your name. Nobody can tell from them who you are."),
        keep_safe=_(
            "If something you write makes us think you or someone else may be at risk of harm, we will act "
            "to keep you safe. Someone will read it within one working day."
        ),
        help_now=_("If you need help now, you can talk to someone straight away:"),
        skip=_("You can skip any question by choosing ‘I’d rather not say’, and you can stop and come back later."),
        how_long=_how_long(question_count),
    )


def answer_items(question: QuestionView, band: str, *, easy: bool = False) -> list[dict[str, object]]:
    """Radio or checkbox items with a face or symbol beside each text label (symbols for the youngest, always for
    scales; in the easy version a picture beside every answer, a shape where the answer has none of its own): the
    text is always there, so nothing relies on a picture or colour alone."""
    with_symbols = easy or band == YOUNGEST or question.spec.symbols
    items: list[dict[str, object]] = []
    for position, choice in enumerate(question.choices):
        symbol = pictures.picture_for(choice.symbol, position) if easy else choice.symbol
        items.append(
            _pictured(choice.label, choice.lang if choice.lang != question.title.lang else "", symbol, with_symbols)
        )
    return items


def picture_items(form: FlaskForm) -> list[dict[str, object]]:
    """The checkboxes of the pictures a young person can pick instead of typing (the easy version's free-text
    pages), each with its picture; none where the form has no pictures to pick."""
    if getattr(form, "pictures", None) is None:
        return []
    # In the order the field offers them (kinds.Kind.pictures_field).
    return [_pictured(str(item.label), "", item.symbol, True) for item in pictures.PICTURE_ANSWERS]


def _pictured(label: str, lang: str, symbol: str | None, with_symbol: bool) -> dict[str, object]:
    text = Markup('<span class="heard-option__text"{lang}>{label}</span>').format(
        lang=Markup(' lang="{}"').format(lang) if lang else "", label=label
    )
    svg = symbol_svg(symbol) if with_symbol else Markup("")
    return {"html": Markup('<span class="heard-option">{}{}</span>').format(svg, text)}


@dataclass(frozen=True)
class AnswerRow:
    number: int
    question: QuestionView
    answer: str
    answer_lang: str
    change_url: str


def describe(question: QuestionView, answer: StoredAnswer | None) -> tuple[str, str]:
    """How an answer reads back to the person who gave it, and the language of that text."""
    if answer is None or not answer.answered:
        return _("Not answered"), ""
    if answer.declined:
        return _("I’d rather not say"), ""
    labels = {choice.value: (choice.label, choice.lang) for choice in question.choices}
    return question.spec.describe(answer.given, labels)


def check_rows(view: ConsultationView, draft: Draft) -> list[AnswerRow]:
    rows = []
    for number, question in enumerate(view.questions, start=1):
        text, lang = describe(question, stored_answer(draft, question.key))
        rows.append(
            AnswerRow(number, question, text, lang, url_for(".question", code=view.code, number=number, change="1"))
        )
    return rows


def response_rows(view: ConsultationView, response: Response) -> list[AnswerRow]:
    by_key = {answer.question_key: answer for answer in response.answers}
    rows = []
    for number, question in enumerate(view.questions, start=1):
        stored = by_key.get(question.key)
        answer = None
        if stored is not None:
            answer = StoredAnswer(
                tuple(stored.choices or ()), stored.text or "", stored.declined, tuple(stored.pictures or ())
            )
        text, lang = describe(question, answer)
        rows.append(AnswerRow(number, question, text, lang, ""))
    return rows


@dataclass(frozen=True)
class DeleteWords:
    what_goes: str
    still_read: str


def delete_answers(band: str) -> DeleteWords:
    """What deleting answers with a receipt code does, said before the young person confirms. The second sentence is
    said to everyone, whatever they wrote: whoever holds a receipt code must not learn whether an answer was
    flagged, and it is true either way (``keeping.keep_cases``)."""
    if band == AgeBand.EARLY_YEARS:
        return DeleteWords(
            what_goes=_(
                "If you delete your answers, we will not use them. Nobody will count them or put them in a report."
            ),
            still_read=_(
                "If you told us someone is hurting you, a grown-up whose job is keeping children safe will "
                "still read it, so they can help."
            ),
        )
    if band == AgeBand.PARENTS_CARERS:
        return DeleteWords(
            what_goes=_(
                "Deleting takes your answers out of everything we count, report and quote. You cannot get them back."
            ),
            still_read=_(
                "If something you wrote made us think a child or anyone else may be at risk of harm, our "
                "safeguarding team will still read it and may act on it. They keep it only until they "
                "have dealt with it."
            ),
        )
    return DeleteWords(
        what_goes=_(
            "If you delete your answers, they are taken out of everything we count, report and quote, and "
            "you cannot get them back."
        ),
        still_read=_(
            "If anything you wrote made us worried about your safety or someone else’s, a safeguarding "
            "worker will still read it and may act to keep you safe. They keep it only until they have "
            "dealt with it."
        ),
    )
