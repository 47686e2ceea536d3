from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import StringField
from wtforms.validators import Length, ValidationError

from participation.helplines import registry

_HINT = _l(
    "Digits and spaces, with a + at the start for a number outside the UK. Leave it empty if you do not have one."
)


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _phone_number(_form: FlaskForm, field: StringField) -> None:
    if field.data:
        problem = registry.number_problem(field.data)
        if problem is not None:
            raise ValidationError(problem)


def _field(kind: str) -> StringField:
    line = next(line for line in registry.COUNCIL_LINES if line.kind == kind)
    return StringField(
        line.label,
        filters=[_strip],
        widget=GovTextInput(),
        description=_HINT,
        validators=[Length(max=30, message=_l("Enter a phone number of 30 characters or fewer")), _phone_number],
    )


class CouncilHelplinesForm(FlaskForm):
    """The council's own numbers. Field names are the kinds in ``registry.COUNCIL_KINDS``, dashes made underscores."""

    emergency_duty_team = _field("emergency-duty-team")
    leaving_care_team = _field("leaving-care-team")
    advocacy = _field("advocacy")

    def numbers(self) -> dict[str, str]:
        return {kind: self[kind.replace("-", "_")].data or "" for kind in registry.COUNCIL_KINDS}

    @classmethod
    def with_numbers(cls, numbers: dict[str, str]) -> CouncilHelplinesForm:
        return cls(data={kind.replace("-", "_"): number for kind, number in numbers.items()})
