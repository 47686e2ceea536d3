"""Respondent forms. Question forms are built per question, because each question has its own options."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovTextInput,
)
from wtforms import BooleanField, Field, HiddenField, RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.responses.services import clean_text
from participation.surveys.models import AgeBand, QuestionKind
from participation.surveys.services import QuestionView
from participation.widgets import SelectChoice

BAND_LABELS = {
    AgeBand.EARLY_YEARS: _l("I am 4 to 7 years old"),
    AgeBand.CHILDREN: _l("I am 8 to 11 years old"),
    AgeBand.TEENAGERS: _l("I am 12 to 17 years old"),
    AgeBand.CARE_LEAVERS: _l("I am a care leaver (18 to 25)"),
    AgeBand.PARENTS_CARERS: _l("I am a parent or carer"),
}

YES_NO_CHOICES = (
    ("yes", _l("Yes"), "thumbs-up"),
    ("no", _l("No"), "thumbs-down"),
    ("not-sure", _l("Not sure"), "question"),
)
CONSENT_CHOICES = (
    ("yes", _l("Yes, you can use my words"), "thumbs-up"),
    ("no", _l("No, do not use my words"), "thumbs-down"),
)


class BandForm(FlaskForm):
    band = RadioField(
        _l("Who is answering?"),
        choices=[SelectChoice(band.value, label) for band, label in BAND_LABELS.items()],
        validators=[InputRequired(message=_l("Select who is answering"))],
        validate_choice=False,
        widget=GovRadioInput(),
    )

    def validate_band(self, field: Field) -> None:
        if field.data not in {band.value for band in AgeBand}:
            raise ValidationError(_l("Select who is answering"))


class EmptyForm(FlaskForm):
    """A form with only the CSRF token: start, submit, save for later."""


class CheckForm(FlaskForm):
    assisted = BooleanField(
        _l("An adult helped me to answer, for example a worker or carer"), widget=GovCheckboxInput()
    )


class CodeForm(FlaskForm):
    code = StringField(
        _l("Your code"),
        validators=[
            InputRequired(message=_l("Enter your code")),
            Length(max=40, message=_l("Enter the code exactly as it was shown to you")),
        ],
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        widget=GovTextInput(),
    )


class DeleteForm(CodeForm):
    """Deleting answers by receipt code: ``confirmed`` is set only by the page that says what deleting does."""

    confirmed = HiddenField()


def _offered(field: Field, allowed: set[str], multiple: bool) -> None:
    values = field.data if multiple else [field.data]
    if any(value not in allowed for value in values or []):
        raise ValidationError(_l("Select one of the answers shown"))


def choices_for(question: QuestionView) -> list[tuple[str, str, str | None, str]]:
    """(value, label, symbol, lang) for every answer a question offers."""
    if question.kind == QuestionKind.YES_NO:
        return [(value, str(label), symbol, "") for value, label, symbol in YES_NO_CHOICES]
    if question.kind == QuestionKind.CONSENT_QUOTE:
        return [(value, str(label), symbol, "") for value, label, symbol in CONSENT_CHOICES]
    return [(option.key, option.label.text, option.symbol, option.label.lang) for option in question.options]


def question_form(question: QuestionView, **kwargs: Any) -> FlaskForm:
    """A FlaskForm with one field, ``answer``, for this question."""
    allowed = {value for value, *_ in choices_for(question)}
    choices = [SelectChoice(value, label) for value, label, *_ in choices_for(question)]
    field: Field
    if question.kind == QuestionKind.MULTIPLE:
        field = SelectMultipleField(
            question.title.text,
            choices=choices,
            validate_choice=False,
            # Each option once: a tampered post repeating one (300 times) stores it once. Unknown values stay, to be
            # refused by ``_offered``.
            filters=[lambda values: list(dict.fromkeys(values or []))],
            validators=[
                InputRequired(message=_l("Select at least one answer, or choose ‘I’d rather not say’")),
                lambda form, f: _offered(f, allowed, multiple=True),
            ],
            widget=GovCheckboxesInput(),
        )
    elif question.kind.is_text:
        limit = question.text_limit
        too_long = _l("Your answer must be %(limit)s characters or fewer", limit=limit)
        field_class = TextAreaField if question.kind == QuestionKind.LONG_TEXT else StringField
        field = field_class(
            question.title.text,
            validators=[Length(max=limit, message=too_long)],
            filters=[lambda value: clean_text(value) if isinstance(value, str) else value],
            widget=GovCharacterCount() if question.kind == QuestionKind.LONG_TEXT else GovTextInput(),
        )
    else:
        field = RadioField(
            question.title.text,
            choices=choices,
            validate_choice=False,
            validators=[
                InputRequired(message=_l("Select an answer, or choose ‘I’d rather not say’")),
                lambda form, f: _offered(f, allowed, multiple=False),
            ],
            widget=GovRadioInput(),
        )

    form_class = type("QuestionForm", (FlaskForm,), {"answer": field})
    return form_class(**kwargs)
