"""Respondent forms. Question forms are built per question by its kind, because each question has its own options."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovRadioInput, GovTextInput
from wtforms import BooleanField, Field, HiddenField, RadioField, StringField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.surveys.models import AgeBand
from participation.surveys.views import QuestionView
from participation.widgets import SelectChoice

BAND_LABELS = {
    AgeBand.EARLY_YEARS: _l("I am 4 to 7 years old"),
    AgeBand.CHILDREN: _l("I am 8 to 11 years old"),
    AgeBand.TEENAGERS: _l("I am 12 to 17 years old"),
    AgeBand.CARE_LEAVERS: _l("I am a care leaver (18 to 25)"),
    AgeBand.PARENTS_CARERS: _l("I am a parent or carer"),
}


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


class EasyForm(FlaskForm):
    """Turning the easy version on or off (the button says which): ``page`` is where to go back to."""

    page = HiddenField()


def question_form(question: QuestionView, *, easy: bool = False, **kwargs: Any) -> FlaskForm:
    """A FlaskForm with the field ``answer`` made by the question's kind (participation.surveys.kinds), and in the easy
    version ``pictures`` too where the kind offers pictures to pick instead of typing."""
    return _question_form_class(question, easy, str(get_locale()))(**kwargs)


@lru_cache(maxsize=1024)
def _question_form_class(question: QuestionView, easy: bool, _locale: str) -> type[FlaskForm]:
    """The form class of one question as one language reads it, made once per process: a question view never changes
    (a new version or new words make a new view), and its fields' words are lazy, translated when drawn. The locale is
    in the key all the same, so nothing made while one language is on the page is drawn in another."""
    fields: dict[str, Any] = {"answer": question.spec.field(question)}
    pictures = question.spec.pictures_field() if easy else None
    if pictures is not None:
        fields["pictures"] = pictures
    return type("QuestionForm", (FlaskForm,), fields)
