"""The translation editor's side of a consultation: each text a young person reads beside its English, how complete
each language is, and saving a language's texts (an empty one falls back to English)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from participation.extensions import db
from participation.surveys.builder import ALL_BANDS, editable, questions_of, set_text, texts_of, touch
from participation.surveys.models import Consultation, OptionText, QuestionText


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


def translation_items(consultation: Consultation, language: str) -> list[TranslationItem]:
    items: list[TranslationItem] = []
    texts = {(t.language, t.age_band): t for t in texts_of(consultation)}
    english, theirs = texts.get(("en", "")), texts.get((language, ""))
    for field, multiline in (("title", False), ("about", True), ("next_steps", True)):
        source = getattr(english, field) if english else None
        if source:
            items.append(
                TranslationItem(
                    f"c-{field}",
                    "start",
                    source,
                    (getattr(theirs, field) or "") if theirs else "",
                    bool(theirs and theirs.needs_review),
                    multiline,
                    ("c", field),
                )
            )
    for number, question in enumerate(questions_of(consultation), start=1):
        rows = {(t.language, t.age_band): t for t in question.texts}
        for band in [""] + ALL_BANDS:
            source_row, their_row = rows.get(("en", band)), rows.get((language, band))
            if source_row is None:
                continue
            review = bool(their_row and their_row.needs_review)
            items.append(
                TranslationItem(
                    f"q{number}-title-{band or 'all'}",
                    question.key,
                    source_row.title,
                    their_row.title if their_row else "",
                    review,
                    False,
                    ("q", question.key, "title", band),
                )
            )
            if source_row.hint:
                items.append(
                    TranslationItem(
                        f"q{number}-hint-{band or 'all'}",
                        question.key,
                        source_row.hint,
                        (their_row.hint or "") if their_row else "",
                        review,
                        False,
                        ("q", question.key, "hint", band),
                    )
                )
        for option_number, option in enumerate(question.options, start=1):
            rows_o = {(t.language, t.age_band): t for t in option.texts}
            source_o, their_o = rows_o.get(("en", "")), rows_o.get((language, ""))
            if source_o is not None:
                items.append(
                    TranslationItem(
                        f"q{number}-option{option_number}",
                        question.key,
                        source_o.label,
                        their_o.label if their_o else "",
                        bool(their_o and their_o.needs_review),
                        False,
                        ("o", question.key, option.key),
                    )
                )
    return items


def completeness(consultation: Consultation, languages: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """(translated, total, needing review) per language."""
    result = {}
    for language in languages:
        items = translation_items(consultation, language)
        result[language] = (
            sum(1 for item in items if item.current),
            len(items),
            sum(1 for item in items if item.current and item.needs_review),
        )
    return result


def save_translations(
    consultation: Consultation, language: str, values: dict[str, str], reviewed: dict[str, bool]
) -> None:
    """Store one language's texts; an item left empty falls back to English (marked as English) for young people."""
    editable(consultation)
    org = consultation.organisation_id
    for item in translation_items(consultation, language):
        if item.name not in values:
            continue
        value = values[item.name].strip()
        review = not reviewed.get(item.name, True)
        questions = {question.key: question for question in questions_of(consultation)}
        if item.target[0] == "c":
            set_text(consultation, language, "", **{item.target[1]: value or None})
            start_page = next(t for t in texts_of(consultation) if t.language == language and t.age_band == "")
            start_page.needs_review = review
        elif item.target[0] == "q":
            _kind, key, field, band = item.target
            question = questions[key]
            row = next((t for t in question.texts if t.language == language and t.age_band == band), None)
            if row is None:
                row = QuestionText(organisation_id=org, language=language, age_band=band, title="")
                question.texts.append(row)
            setattr(row, field, value or ("" if field == "title" else None))
            row.needs_review = review
            if not row.title and not row.hint:
                question.texts.remove(row)
        else:
            _kind, key, option_key = item.target
            option = next(o for o in questions[key].options if o.key == option_key)
            row_o = next((t for t in option.texts if t.language == language and t.age_band == ""), None)
            if value and row_o is None:
                option.texts.append(
                    OptionText(organisation_id=org, language=language, age_band="", label=value, needs_review=review)
                )
            elif value and row_o is not None:
                row_o.label, row_o.needs_review = value, review
            elif row_o is not None:
                option.texts.remove(row_o)
    touch(consultation)
    db.session.flush()
