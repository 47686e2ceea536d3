"""The translation editor's side of a consultation: each text a young person reads beside its English, how far each
language has got, and saving a language's texts (an empty one falls back to English).

Review state is kept field by field (``participation.surveys.models``, the note above ``ConsultationText``): each
translated field remembers the English it was made from, so rewording a question's title makes only the titles of
that question out of date in each language, and rewording one answer only that answer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.extensions import db
from participation.surveys.builder import ALL_BANDS, editable, questions_of, set_text, texts_of, touch
from participation.surveys.models import Consultation, ConsultationText, OptionText, QuestionText
from participation.surveys.wordings import BAND_WORDINGS

START_FIELDS = {"title": _l("Title"), "about": _l("What it is about"), "next_steps": _l("What happens next")}
QUESTION_FIELDS = {"title": _l("Question"), "hint": _l("Hint")}
# Long texts get a text area; a title or answer this long does too, so nothing is cut off in a one-line box.
LONG_FIELDS = {"hint", "about", "next_steps"}
LONG_TEXT = 70
# Characters a text area shows a line, roughly, when working out how many lines fit a text.
LINE = 70


def _limit(model: type[Any], field: str) -> int:
    """The most a field holds: its column's length, or 1000 characters for a text column."""
    return int(getattr(model.__table__.c[field].type, "length", None) or 1000)


@dataclass(frozen=True)
class TranslationItem:
    """One piece of text a young person reads: its English, and its translation in one language."""

    name: str
    context: str
    english: str
    current: str
    needs_review: bool
    multiline: bool = False
    # ("c", field) for the start page, ("q", key, field, band) for a question, ("o", key, option key) for an answer.
    target: tuple[str, ...] = ()
    field: str = "title"
    band: str = ""
    # The question's number (0 on the start page) and, for an answer, its number in the question.
    number: int = 0
    option: int = 0
    # The English this was translated from, when that English has changed since: the translation is out of date.
    was: str | None = None
    # Nobody who speaks the language has ticked "Checked" since it was saved.
    unchecked: bool = False
    limit: int = 300
    # For an answer only some age bands see (the faces for 4 to 7s), which bands; empty for every band.
    shown_to: tuple[str, ...] = ()

    @property
    def out_of_date(self) -> bool:
        return self.was is not None

    @property
    def label(self) -> str:
        """What the text is, as the field's label: "Title", "Question", "Hint", "Answer 2"."""
        if self.target[0] == "c":
            return str(START_FIELDS[self.field])
        if self.target[0] == "o":
            return str(_("Answer %(number)s", number=self.option))
        return str(QUESTION_FIELDS[self.field])

    @property
    def where(self) -> str:
        """Where the text is, for a screen reader beside the label and in an error message."""
        if self.target[0] == "c":
            return str(_("start page"))
        if self.band:
            return str(_("question %(number)s, %(wording)s", number=self.number, wording=str(BAND_WORDINGS[self.band])))
        return str(_("question %(number)s", number=self.number))

    @property
    def rows(self) -> int:
        """Lines for a text area to show the whole text (English or translation, whichever is longer)."""
        longest = max(
            sum(max(1, math.ceil(len(line) / LINE)) for line in (text or " ").splitlines() or [" "])
            for text in (self.english, self.current)
        )
        return max(2, min(12, longest + 1))


@dataclass(frozen=True)
class QuestionGroup:
    """A question's texts in the editor: those every band reads, then each band's own wording."""

    number: int
    key: str
    english: str
    items: tuple[TranslationItem, ...]
    bands: tuple[tuple[str, tuple[TranslationItem, ...]], ...]

    @property
    def progress(self) -> Progress:
        return progress_of([*self.items, *(item for _band, items in self.bands for item in items)])


@dataclass(frozen=True)
class Progress:
    """How far one language has got: texts translated, of how many, and how many of those need a speaker's look."""

    translated: int
    total: int
    needs_review: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.translated == self.total

    @property
    def untranslated(self) -> int:
        return self.total - self.translated


@dataclass(frozen=True)
class Saved:
    """What one save did: texts whose words changed, and texts newly ticked as checked."""

    changed: int
    checked: int


def _item(
    name: str,
    context: str,
    target: tuple[str, ...],
    english: str,
    row: Any,
    field: str,
    model: type[Any],
    **where: Any,
) -> TranslationItem:
    current = (getattr(row, field) or "") if row is not None else ""
    made_from = getattr(row, f"{field}_from") if row is not None and current else None
    was = made_from if made_from is not None and made_from != english else None
    unchecked = bool(row is not None and current and getattr(row, f"{field}_unchecked"))
    return TranslationItem(
        name,
        context,
        english,
        current,
        bool(current) and (unchecked or was is not None),
        field in LONG_FIELDS or len(english) > LONG_TEXT,
        target,
        field=field,
        was=was,
        unchecked=unchecked,
        limit=_limit(model, field),
        **where,
    )


def translation_items(consultation: Consultation, language: str) -> list[TranslationItem]:
    """Every text a young person reads, in the editor's order: the start page, then each question's texts for every
    band, its answers, and each band's own wording."""
    items: list[TranslationItem] = []
    texts = {(t.language, t.age_band): t for t in texts_of(consultation)}
    english, theirs = texts.get(("en", "")), texts.get((language, ""))
    for field in START_FIELDS:
        source = getattr(english, field) if english else None
        if source:
            items.append(_item(f"c-{field}", "start", ("c", field), source, theirs, field, ConsultationText))
    for number, question in enumerate(questions_of(consultation), start=1):
        rows = {(t.language, t.age_band): t for t in question.texts}
        band_items: list[TranslationItem] = []
        for band in [""] + ALL_BANDS:
            source_row, their_row = rows.get(("en", band)), rows.get((language, band))
            if source_row is None:
                continue
            found = items if not band else band_items
            if source_row.title:  # a band without its own title reads every band's: nothing of its own
                found.append(
                    _item(
                        f"q{number}-title-{band or 'all'}",
                        question.key,
                        ("q", question.key, "title", band),
                        source_row.title,
                        their_row,
                        "title",
                        QuestionText,
                        band=band,
                        number=number,
                    )
                )
            if source_row.hint:
                found.append(
                    _item(
                        f"q{number}-hint-{band or 'all'}",
                        question.key,
                        ("q", question.key, "hint", band),
                        source_row.hint,
                        their_row,
                        "hint",
                        QuestionText,
                        band=band,
                        number=number,
                    )
                )
        for option_number, option in enumerate(question.options, start=1):
            rows_o = {(t.language, t.age_band): t for t in option.texts}
            source_o = rows_o.get(("en", ""))
            if source_o is not None:
                items.append(
                    _item(
                        f"q{number}-option{option_number}",
                        question.key,
                        ("o", question.key, option.key),
                        source_o.label,
                        rows_o.get((language, "")),
                        "label",
                        OptionText,
                        number=number,
                        option=option_number,
                        shown_to=tuple(band for band in option.bands.split(",") if band),
                    )
                )
        items.extend(band_items)
    return items


def question_groups(items: Sequence[TranslationItem]) -> tuple[list[TranslationItem], list[QuestionGroup]]:
    """The editor's sections: the start page's texts, then one group a question (its texts for every band and its
    answers, then each band's own wording, youngest band first)."""
    start = [item for item in items if item.context == "start"]
    groups: list[QuestionGroup] = []
    numbers = sorted({item.number for item in items if item.context != "start"})
    for number in numbers:
        own = [item for item in items if item.number == number and item.context != "start"]
        title = next((item.english for item in own if item.field == "title" and not item.band), "")
        bands = tuple(
            (band, tuple(item for item in own if item.band == band))
            for band in ALL_BANDS
            if any(item.band == band for item in own)
        )
        groups.append(QuestionGroup(number, own[0].context, title, tuple(item for item in own if not item.band), bands))
    return start, groups


def progress(consultation: Consultation, language: str) -> Progress:
    """How far ``language`` has got in this consultation's draft."""
    return progress_of(translation_items(consultation, language))


def progress_of(items: Sequence[TranslationItem]) -> Progress:
    """How far the texts of one language (``translation_items``) have got."""
    return Progress(
        sum(1 for item in items if item.current),
        len(items),
        sum(1 for item in items if item.needs_review),
    )


def completeness(consultation: Consultation, languages: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """(translated, total, needing review) per language: a text needs review when nobody who speaks the language has
    checked it, or when its English has changed since it was translated."""
    result = {}
    for language in languages:
        counted = progress(consultation, language)
        result[language] = (counted.translated, counted.total, counted.needs_review)
    return result


def languages_needing_review(consultation: Consultation, languages: Sequence[str]) -> list[str]:
    """The languages (of ``languages``, in their order) with at least one text needing review."""
    return [language for language, (_done, _total, review) in completeness(consultation, languages).items() if review]


def _review(row: Any, field: str, item: TranslationItem, value: str, checked: bool) -> None:
    """Record a field's review state as it is saved: a text typed anew or ticked as checked is now of today's
    English; one left as it was and not ticked stays as out of date as it was."""
    if not value:
        setattr(row, f"{field}_from", None)
        setattr(row, f"{field}_unchecked", False)
        return
    if checked or value != item.current or getattr(row, f"{field}_from") is None:
        setattr(row, f"{field}_from", item.english)
    setattr(row, f"{field}_unchecked", not checked)


def save_translations(
    consultation: Consultation, language: str, values: dict[str, str], reviewed: dict[str, bool]
) -> Saved:
    """Store one language's texts; an item left empty falls back to English (marked as English) for young people.
    ``reviewed`` says which texts a speaker ticked as checked (a text missing from it counts as checked)."""
    editable(consultation)
    org = consultation.organisation_id
    changed = checked_now = 0
    questions = {question.key: question for question in questions_of(consultation)}
    for item in translation_items(consultation, language):
        if item.name not in values:
            continue
        value = values[item.name].strip()
        checked = reviewed.get(item.name, True)
        changed += value != item.current
        checked_now += bool(value and value == item.current and checked and item.needs_review)
        if item.target[0] == "c":
            set_text(consultation, language, "", **{item.field: value or None})
            start_page = next(t for t in texts_of(consultation) if t.language == language and t.age_band == "")
            _review(start_page, item.field, item, value, checked)
        elif item.target[0] == "q":
            _kind, key, field, band = item.target
            question = questions[key]
            row = next((t for t in question.texts if t.language == language and t.age_band == band), None)
            if row is None:
                row = QuestionText(organisation_id=org, language=language, age_band=band, title="")
                question.texts.append(row)
            setattr(row, field, value or ("" if field == "title" else None))
            _review(row, field, item, value, checked)
            if not row.title and not row.hint:
                question.texts.remove(row)
        else:
            _kind, key, option_key = item.target
            option = next(o for o in questions[key].options if o.key == option_key)
            row_o = next((t for t in option.texts if t.language == language and t.age_band == ""), None)
            if value and row_o is None:
                row_o = OptionText(organisation_id=org, language=language, age_band="", label=value)
                option.texts.append(row_o)
            if value and row_o is not None:
                row_o.label = value
                _review(row_o, "label", item, value, checked)
            elif row_o is not None:
                option.texts.remove(row_o)
    touch(consultation)
    db.session.flush()
    return Saved(changed, checked_now)
