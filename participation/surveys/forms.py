"""Worker console forms for building consultations."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from participation.surveys.kinds import KINDS
from participation.surveys.models import BAND_NAMES
from participation.surveys.pictures import BUILDER_NAMES
from participation.surveys.wordings import BAND_WORDINGS
from participation.widgets import DayMonthYearField, SelectChoice, WholeNumberField, offered

# What the builder calls each kind, in the registry's order (participation.surveys.kinds).
KIND_NAMES = {kind.value: item.label for kind, item in KINDS.items()}
# The pictures an answer can have, from the one registry of pictures.
SYMBOL_NAMES = BUILDER_NAMES


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _choices(names: dict[str, object]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in names.items()]


class NewConsultationForm(FlaskForm):
    title = StringField(
        _l("Title"),
        filters=[_strip],
        widget=GovTextInput(),
        description=_l("Young people see this, for example ‘Your voice 2027’"),
        validators=[
            InputRequired(message=_l("Enter a title")),
            Length(max=200, message=_l("Title must be 200 characters or fewer")),
        ],
    )
    START_CHOICES = [
        SelectChoice("bank", _l("With the core ‘Your voice’ questions from the question bank")),
        SelectChoice("copy", _l("As a new wave of an earlier consultation")),
        SelectChoice("blank", _l("With no questions")),
    ]
    start = RadioField(
        _l("How do you want to start?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=START_CHOICES,
        validators=[InputRequired(message=_l("Select how you want to start"))],
    )
    bank = SelectMultipleField(
        _l("Questions from the bank"), widget=GovCheckboxesInput(), validate_choice=False, choices=[]
    )
    source = SelectField(_l("Earlier consultation to copy"), widget=GovSelect(), validate_choice=False, choices=[])

    def validate_start(self, field: RadioField) -> None:
        if field.data not in offered(field):
            raise ValidationError(_l("Select how you want to start"))

    def validate(self, extra_validators: Any = None) -> bool:
        # After every field has run its own validators: until then a field's ``errors`` is a tuple.
        valid: bool = super().validate(extra_validators)
        if self.start.data == "bank" and not set(self.bank.data or []) & offered(self.bank):
            self.bank.errors = [*self.bank.errors, _l("Select at least one question from the bank")]
            valid = False
        if self.start.data == "copy" and self.source.data not in offered(self.source) - {""}:
            self.source.errors = [*self.source.errors, _l("Select the consultation to copy")]
            valid = False
        return valid


class DetailsForm(FlaskForm):
    title = StringField(
        _l("Title"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter a title")),
            Length(max=200, message=_l("Title must be 200 characters or fewer")),
        ],
    )
    about = TextAreaField(
        _l("What it is about"),
        filters=[_strip],
        widget=GovTextArea(),
        description=_l("One or two sentences for the start page, in words young people use"),
        validators=[Length(max=1000, message=_l("What it is about must be 1,000 characters or fewer"))],
    )
    next_steps = TextAreaField(
        _l("What happens next"),
        filters=[_strip],
        widget=GovTextArea(),
        description=_l(
            "Shown after they send their answers: who reads them and what they will do with them. The date young "
            "people hear what changed is added from Dates, so leave it out here"
        ),
        validators=[Length(max=1000, message=_l("What happens next must be 1,000 characters or fewer"))],
    )


class OptionForm(Form):
    key = HiddenField()
    label = StringField(
        _l("Answer"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=200, message=_l("Each answer must be 200 characters or fewer"))],
    )
    symbol = SelectField(_l("Picture"), widget=GovSelect(), choices=_choices(SYMBOL_NAMES), validate_choice=False)
    positive = BooleanField(_l("Counts as a good answer in the headline figure"), widget=GovCheckboxInput())

    def validate_symbol(self, field: SelectField) -> None:
        if field.data not in SYMBOL_NAMES:
            raise ValidationError(_l("Select a picture from the list"))


_BAND_WORDING_TOO_LONG = _l("Wording for an age band must be 300 characters or fewer")


class QuestionForm(FlaskForm):
    kind = RadioField(
        _l("Type of question"), widget=GovRadioInput(), validate_choice=False, choices=_choices(KIND_NAMES)
    )
    scale_points = RadioField(
        _l("Points on the scale"),
        widget=GovRadioInput(),
        validate_choice=False,
        default="5",
        choices=[SelectChoice("5", _l("5 points")), SelectChoice("3", _l("3 points"))],
    )
    title = StringField(
        _l("Question"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter the question")),
            Length(max=300, message=_l("The question must be 300 characters or fewer")),
        ],
    )
    hint = StringField(
        _l("Hint (optional)"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=500, message=_l("The hint must be 500 characters or fewer"))],
    )
    bands = SelectMultipleField(
        _l("Who sees this question"),
        widget=GovCheckboxesInput(),
        validate_choice=False,
        choices=_choices(BAND_NAMES),
        validators=[InputRequired(message=_l("Select at least one age band"))],
    )
    core = BooleanField(
        _l("Core question: reported as an indicator and compared across bands and waves"), widget=GovCheckboxInput()
    )
    max_length = WholeNumberField(
        _l("Most characters allowed (optional)"),
        not_a_number=_l("Most characters allowed must be a number, like 500"),
        widget=GovTextInput(),
        validators=[Optional(), NumberRange(min=10, max=5000, message=_l("Enter a number from 10 to 5,000"))],
    )
    title_4_7 = StringField(
        BAND_WORDINGS["4-7"],
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=300, message=_BAND_WORDING_TOO_LONG)],
    )
    title_8_11 = StringField(
        BAND_WORDINGS["8-11"],
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=300, message=_BAND_WORDING_TOO_LONG)],
    )
    title_12_17 = StringField(
        BAND_WORDINGS["12-17"],
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=300, message=_BAND_WORDING_TOO_LONG)],
    )
    title_care_leavers = StringField(
        BAND_WORDINGS["care-leavers"],
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=300, message=_BAND_WORDING_TOO_LONG)],
    )
    title_parents_carers = StringField(
        BAND_WORDINGS["parents-carers"],
        filters=[_strip],
        widget=GovTextInput(),
        validators=[Length(max=300, message=_BAND_WORDING_TOO_LONG)],
    )
    options = FieldList(FormField(OptionForm), min_entries=0)
    seen = HiddenField()

    BAND_FIELDS = {
        "4-7": "title_4_7",
        "8-11": "title_8_11",
        "12-17": "title_12_17",
        "care-leavers": "title_care_leavers",
        "parents-carers": "title_parents_carers",
    }

    def validate_kind(self, field: RadioField) -> None:
        if field.data not in KIND_NAMES:
            raise ValidationError(_l("Select the type of question"))

    def validate_bands(self, field: SelectMultipleField) -> None:
        if any(band not in BAND_NAMES for band in field.data or []):
            raise ValidationError(_l("Select at least one age band"))

    def validate_options(self, field: FieldList[FormField[OptionForm]]) -> None:
        """Each answer row carries the key of the answer it edits; the page never gives two rows the same one, so
        two rows naming one answer is a stale or hand-made page. Refused, keeping what was typed."""
        keys = [entry.form.key.data for entry in field if entry.form.key.data and (entry.form.label.data or "")]
        if len(keys) != len(set(keys)):
            # A plain string, as the question page shows the first error of the answer rows only when it is one.
            raise ValidationError(str(_l("Each answer can only appear once. Check the answers, then save again.")))
        # Two answers with the same words cannot be told apart by a young person, nor in the figures. Answers already
        # stored may share words when each is for other age bands (the faces' "Sometimes" and the scale's); a new one
        # may not repeat any.
        labels = [(" ".join((entry.form.label.data or "").split()), bool(entry.form.key.data)) for entry in field]
        seen = {label.casefold() for label, stored in labels if stored and label}
        for label, stored in labels:
            if label and not stored:
                if label.casefold() in seen:
                    message = _l("“%(answer)s” is there twice. Make each answer different.", answer=label)
                    raise ValidationError(str(message))
                seen.add(label.casefold())

    def chosen_options(self) -> list[dict[str, object]]:
        return [entry.data for entry in self.options if (entry.data.get("label") or "").strip()]


# Consultation dates: a typo such as 1 6 1999 or 1 1 3001 is refused here, so it never reaches reports by period.
EARLIEST_DATE, LATEST_DATE = date(2000, 1, 1), date(2099, 12, 31)


def _in_sane_range(_form: Form, field: DateField) -> None:
    if field.data is not None and not EARLIEST_DATE <= field.data <= LATEST_DATE:
        raise ValidationError(
            _l("Enter a date in the years %(first)s to %(last)s", first=EARLIEST_DATE.year, last=LATEST_DATE.year)
        )


class DatesForm(FlaskForm):
    opens_on = DayMonthYearField(
        _l("Opens on"),
        not_a_date=_l("The opening date must be a real date, like 1 2 2027"),
        validators=[Optional(), _in_sane_range],
        description=_l("For example, 1 2 2027"),
    )
    closes_on = DayMonthYearField(
        _l("Closes on (optional)"),
        not_a_date=_l("The closing date must be a real date, like 1 3 2027"),
        validators=[Optional(), _in_sane_range],
    )
    feedback_due_on = DayMonthYearField(
        _l("Young people will hear what changed by (optional)"),
        not_a_date=_l("The date young people will hear what changed by must be a real date, like 1 6 2027"),
        validators=[Optional(), _in_sane_range],
    )

    def validate_closes_on(self, field: DateField) -> None:
        if field.data and self.opens_on.data and field.data < self.opens_on.data:
            raise ValidationError(_l("The closing date must be on or after the opening date"))


class WordsForm(FlaskForm):
    rules = TextAreaField(
        _l("Words to avoid"),
        widget=GovTextArea(),
        validators=[Length(max=10000, message=_l("Words to avoid must be 10,000 characters or fewer"))],
        description=_l("One a line, as: word young people do not want = what to say instead"),
    )
    parsed: list[tuple[str, str]] = []

    def validate_rules(self, field: TextAreaField) -> None:
        parsed: list[tuple[str, str]] = []
        for number, line in enumerate((field.data or "").splitlines(), start=1):
            if not line.strip():
                continue
            term, sep, suggestion = line.partition("=")
            if not sep or not term.strip() or not suggestion.strip():
                raise ValidationError(_l("Line %(number)s must look like: placement = home", number=number))
            if len(term.strip()) > 80 or len(suggestion.strip()) > 200:
                raise ValidationError(_l("Line %(number)s is too long", number=number))
            parsed.append((term.strip(), suggestion.strip()))
        self.parsed = parsed
