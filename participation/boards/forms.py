"""Forms for "we did" actions, pledges and the board pack's reference figures."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import DateField, HiddenField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from participation.boards.models import ACTION_STATUS_NAMES, PLEDGE_STATUS_NAMES, VERDICT_NAMES, ActionStatus
from participation.surveys.models import BAND_NAMES
from participation.widgets import DayMonthYearField, SelectChoice, offered


def revision_seen(field: HiddenField) -> int | None:
    """The revision the form was opened at (None for a new item or a tampered value)."""
    seen = field.data or ""
    return int(seen) if seen.isdigit() else None


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class ActionForm(FlaskForm):
    themes = SelectMultipleField(
        _l("Which themes does this answer?"), widget=GovCheckboxesInput(), choices=[], validate_choice=False
    )
    what = TextAreaField(
        _l("What was done, or will be done"),
        widget=GovTextArea(),
        filters=[_strip],
        description=_l("Write it for young people to read: short, plain words, no jargon."),
        validators=[Length(max=1000, message=_l("Keep it to 1,000 characters or fewer"))],
    )
    owner = StringField(
        _l("Who is doing it"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("A team or a role, for example: Head of Service, Children in Care"),
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    status = RadioField(
        _l("Status"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in ACTION_STATUS_NAMES.items()],
    )
    reason = TextAreaField(
        _l("Why it was not possible"),
        widget=GovTextArea(),
        filters=[_strip],
        validators=[Length(max=1000, message=_l("Keep it to 1,000 characters or fewer"))],
    )
    due_on = DayMonthYearField(
        _l("When it should be done by (optional)"),
        not_a_date=_l("The date it should be done by must be a real date, like 31 3 2027"),
        validators=[Optional()],
        description=_l("For example, 31 3 2027"),
    )
    done_on = DayMonthYearField(
        _l("When it was done (optional)"),
        not_a_date=_l("The date it was done must be a real date, like 31 3 2027"),
        validators=[Optional()],
    )
    evidence_url = StringField(
        _l("Link to evidence (optional)"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("For example, a published policy or board minutes"),
        validators=[Length(max=500, message=_l("Keep it to 500 characters or fewer"))],
    )
    evidence_note = TextAreaField(
        _l("Evidence note (optional)"),
        widget=GovTextArea(),
        filters=[_strip],
        validators=[Length(max=2000, message=_l("Keep it to 2,000 characters or fewer"))],
    )
    revision = HiddenField()

    def validate_themes(self, field: SelectMultipleField) -> None:
        values = offered(self.themes)
        if not field.data:
            raise ValidationError(_l("Select at least one theme"))
        if any(value not in values for value in field.data):
            raise ValidationError(_l("Select themes from the list"))

    def validate_what(self, field: TextAreaField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter what was done, or will be done"))

    def validate_status(self, field: RadioField) -> None:
        if field.data not in ACTION_STATUS_NAMES:
            raise ValidationError(_l("Select a status"))

    def validate_reason(self, field: TextAreaField) -> None:
        if self.status.data == ActionStatus.NOT_POSSIBLE.value and not field.data:
            raise ValidationError(_l("Say why it was not possible: young people will read this"))

    def validate_evidence_url(self, field: StringField) -> None:
        if field.data and not field.data.lower().startswith(("https://", "http://")):
            raise ValidationError(_l("Enter a link starting with https://"))


# --- pledges ------------------------------------------------------------------------------------------------------


class PledgeForm(FlaskForm):
    owner_name = StringField(
        _l("Who made the pledge"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("Their name, for example: Cllr Amina Patel"),
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    owner_role = StringField(
        _l("Their role (optional)"),
        widget=GovTextInput(),
        filters=[_strip],
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    text = TextAreaField(
        _l("The pledge"),
        widget=GovTextArea(),
        filters=[_strip],
        description=_l(
            "In the words young people heard, for example: every care leaver will get "
            "a phone with data for their first year"
        ),
        validators=[Length(max=1000, message=_l("Keep it to 1,000 characters or fewer"))],
    )
    made_at = StringField(
        _l("Where it was made (optional)"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("For example, a Care Leavers Week workshop"),
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    made_on = DayMonthYearField(
        _l("When it was made (optional)"),
        not_a_date=_l("The date it was made must be a real date, like 31 3 2027"),
        validators=[Optional()],
    )
    due_on = DayMonthYearField(
        _l("When it should be done by (optional)"),
        not_a_date=_l("The date it should be done by must be a real date, like 31 3 2027"),
        validators=[Optional()],
    )
    themes = SelectMultipleField(
        _l("Themes (optional)"), widget=GovCheckboxesInput(), choices=[], validate_choice=False
    )
    revision = HiddenField()

    def validate_owner_name(self, field: StringField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter who made the pledge"))

    def validate_text(self, field: TextAreaField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter the pledge"))

    def validate_themes(self, field: SelectMultipleField) -> None:
        values = offered(self.themes)
        if any(value not in values for value in field.data or []):
            raise ValidationError(_l("Select themes from the list"))

    def validate_due_on(self, field: DateField) -> None:
        if field.data and self.made_on.data and field.data < self.made_on.data:
            raise ValidationError(_l("The due date must be on or after the date it was made"))


class PledgeUpdateForm(FlaskForm):
    status = RadioField(
        _l("Status now"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in PLEDGE_STATUS_NAMES.items()],
    )
    note = TextAreaField(
        _l("What has happened"),
        widget=GovTextArea(),
        filters=[_strip],
        validators=[Length(max=2000, message=_l("Keep it to 2,000 characters or fewer"))],
    )
    evidence_url = StringField(
        _l("Link to evidence (optional)"),
        widget=GovTextInput(),
        filters=[_strip],
        validators=[Length(max=500, message=_l("Keep it to 500 characters or fewer"))],
    )
    on = DayMonthYearField(
        _l("Date of this update"),
        not_a_date=_l("The date of this update must be a real date, like 31 3 2027"),
        validators=[Optional()],
    )
    revision = HiddenField()

    def validate_status(self, field: RadioField) -> None:
        if field.data not in PLEDGE_STATUS_NAMES:
            raise ValidationError(_l("Select a status"))

    def validate_note(self, field: TextAreaField) -> None:
        if not field.data:
            raise ValidationError(_l("Say what has happened"))

    def validate_evidence_url(self, field: StringField) -> None:
        if field.data and not field.data.lower().startswith(("https://", "http://")):
            raise ValidationError(_l("Enter a link starting with https://"))


class VerdictForm(FlaskForm):
    group_name = StringField(
        _l("Who is giving their verdict"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("For example, the children in care council or the care leavers forum"),
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    verdict = RadioField(
        _l("Do they think the pledge was kept?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in VERDICT_NAMES.items()],
    )
    why = TextAreaField(
        _l("Why, in their words"),
        widget=GovTextArea(),
        filters=[_strip],
        validators=[Length(max=2000, message=_l("Keep it to 2,000 characters or fewer"))],
    )

    def validate_group_name(self, field: StringField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter who is giving their verdict"))

    def validate_verdict(self, field: RadioField) -> None:
        if field.data not in VERDICT_NAMES:
            raise ValidationError(_l("Select what they think"))

    def validate_why(self, field: TextAreaField) -> None:
        if not field.data:
            raise ValidationError(_l("Write why, in their words"))


class ImportForm(FlaskForm):
    upload = FileField(_l("Spreadsheet (.xlsx or .csv)"))


class ReferenceFigureForm(FlaskForm):
    question_key = SelectField(_l("Indicator"), widget=GovSelect(), choices=[], validate_choice=False)
    age_band = SelectField(
        _l("Age band"),
        widget=GovSelect(),
        choices=[],
        validate_choice=False,
        description=_l("Leave as “All ages” unless the figure is for one age band"),
    )
    label = StringField(
        _l("What the figure is"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("For example, National average, children in care aged 11 to 18"),
        validators=[Length(max=200, message=_l("Keep it to 200 characters or fewer"))],
    )
    percent = StringField(
        _l("Figure, as a percentage"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("A number from 0 to 100, for example 83 or 83.5"),
    )
    source = StringField(
        _l("Source"),
        widget=GovTextInput(),
        filters=[_strip],
        description=_l("Where the figure comes from and its year, so the board can check it"),
        validators=[Length(max=500, message=_l("Keep it to 500 characters or fewer"))],
    )

    def validate_question_key(self, field: SelectField) -> None:
        if field.data not in offered(field):
            raise ValidationError(_l("Select an indicator"))

    def validate_age_band(self, field: SelectField) -> None:
        if (field.data or "") not in offered(field):
            raise ValidationError(_l("Select an age band"))

    def validate_label(self, field: StringField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter what the figure is"))

    def validate_percent(self, field: StringField) -> None:
        try:
            value = float((field.data or "").rstrip("%").strip())
        except ValueError:
            raise ValidationError(_l("Enter the figure as a number from 0 to 100")) from None
        if not 0 <= value <= 100 or value != value:
            raise ValidationError(_l("Enter the figure as a number from 0 to 100"))

    def validate_source(self, field: StringField) -> None:
        if not field.data:
            raise ValidationError(_l("Enter where the figure comes from"))

    @property
    def percent_value(self) -> float:
        return float((self.percent.data or "").rstrip("%").strip())


def reference_figure_form(indicators: dict[str, str], **kwargs: Any) -> ReferenceFigureForm:
    """The form for one reference figure, offering the organisation's indicators (``indicators``: name by key) and
    every age band. The page and the spreadsheet import both check a figure with it, so a row is checked exactly as
    a typed figure is (``kwargs`` go to the form: the import passes a row as ``formdata``)."""
    form = ReferenceFigureForm(**kwargs)
    by_name = sorted(indicators.items(), key=lambda pair: pair[1])
    form.question_key.choices = [SelectChoice(key, name) for key, name in by_name]
    form.age_band.choices = [SelectChoice("", str(_l("All ages")))] + [
        SelectChoice(key, str(name)) for key, name in BAND_NAMES.items()
    ]
    return form


class FigureImportForm(FlaskForm):
    upload = FileField(
        _l("Spreadsheet (.xlsx or .csv)"),
        widget=GovFileInput(),
        description=_l("An Excel workbook (only its first sheet is read) or a CSV file, with the template’s columns"),
    )
