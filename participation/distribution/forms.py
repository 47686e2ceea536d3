"""Forms for groups and distribution."""

from __future__ import annotations

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
from wtforms import BooleanField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from participation.distribution.models import GroupKind
from participation.surveys.models import BAND_NAMES
from participation.widgets import SelectChoice, WholeNumberField

GROUP_KINDS = {
    GroupKind.CHILDREN_IN_CARE_COUNCIL.value: _l("Children in care council"),
    GroupKind.CARE_LEAVERS_FORUM.value: _l("Care leavers forum"),
    GroupKind.PARENTS_AND_CARERS.value: _l("Parents and carers"),
    GroupKind.CHILDRENS_HOME.value: _l("Children’s home"),
    GroupKind.SCHOOL.value: _l("School or college"),
    GroupKind.OTHER.value: _l("Other"),
}


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class GroupForm(FlaskForm):
    name = StringField(
        _l("Name"),
        filters=[_strip],
        widget=GovTextInput(),
        description=_l("For example, ‘Voices Together’ or ‘Oak House’"),
        validators=[
            InputRequired(message=_l("Enter a name for the group")),
            Length(max=120, message=_l("The group’s name must be 120 characters or fewer")),
        ],
    )
    kind = RadioField(
        _l("Kind of group"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in GROUP_KINDS.items()],
        validators=[InputRequired(message=_l("Select the kind of group"))],
    )
    cohort_size = WholeNumberField(
        _l("How many people are in it"),
        not_a_number=_l("How many people are in it must be a number, like 65"),
        widget=GovTextInput(),
        description=_l("Response rates are worked out against this number"),
        validators=[
            InputRequired(message=_l("Enter how many people are in the group")),
            NumberRange(min=1, max=100000, message=_l("Enter a whole number from 1 to 100,000")),
        ],
    )

    def validate_kind(self, field: RadioField) -> None:
        if field.data not in GROUP_KINDS:
            raise ValidationError(_l("Select the kind of group"))


class ReachForm(FlaskForm):
    groups = SelectMultipleField(
        _l("Who is this consultation meant to reach?"), widget=GovCheckboxesInput(), validate_choice=False, choices=[]
    )


class InviteBatchForm(FlaskForm):
    group = SelectField(_l("Group"), widget=GovSelect(), validate_choice=False, choices=[])
    band = SelectField(
        _l("Age band"),
        widget=GovSelect(),
        validate_choice=False,
        choices=[SelectChoice("", _l("Let them choose"))]
        + [SelectChoice(value, label) for value, label in BAND_NAMES.items()],
    )
    count = WholeNumberField(
        _l("How many codes"),
        not_a_number=_l("How many codes must be a number, like 30"),
        widget=GovTextInput(),
        validators=[Optional(), NumberRange(min=1, max=2000, message=_l("Enter a whole number from 1 to 2,000"))],
    )
    easy = BooleanField(
        _l("Open the easy version: simpler words and pictures"),
        widget=GovCheckboxInput(),
        description=_l(
            "For young people who find reading hard, whatever their age. Their age band stays their own; they can "
            "turn it off."
        ),
    )
    identifiers = TextAreaField(
        _l("Identifiers, one a line (optional)"),
        widget=GovTextArea(),
        filters=[_strip],
        description=_l(
            "Only if your safeguarding process needs to follow up an answer: "
            "for example case numbers. Each gets its own code."
        ),
        validators=[Length(max=200000, message=_l("Identifiers must be 200,000 characters or fewer in all"))],
    )

    def validate_band(self, field: SelectField) -> None:
        if field.data and field.data not in BAND_NAMES:
            raise ValidationError(_l("Select an age band from the list"))

    def validate(self, extra_validators: Any = None) -> bool:
        # After every field's own checks, as an empty "How many codes" ends its own (Optional): a number or a list of
        # identifiers is needed either way, and never more than 2,000 codes at once.
        valid: bool = super().validate(extra_validators)
        lines = [line for line in (self.identifiers.data or "").splitlines() if line.strip()]
        problem = None
        if not lines and not self.count.data and not self.count.errors:
            problem = _l("Enter how many codes you need, or list the identifiers")
        elif len(lines) > 2000:
            problem = _l("List at most 2,000 identifiers at a time")
        if problem is not None:
            self.count.errors = [*self.count.errors, problem]
            valid = False
        return valid
