"""The safeguarding lead's form on a case."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea
from wtforms import RadioField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.analysis.models import CASE_STATUS_NAMES, CaseStatus
from participation.widgets import SelectChoice


class CaseForm(FlaskForm):
    status = RadioField(
        _l("What have you decided?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in CASE_STATUS_NAMES.items() if value != CaseStatus.NEW],
        validators=[InputRequired(message=_l("Select what you have decided"))],
    )
    note = TextAreaField(
        _l("Notes"),
        widget=GovTextArea(),
        validators=[Length(max=5000, message=_l("Notes must be 5,000 characters or fewer"))],
        description=_l("What you did and why. Notes are kept with the case and cannot be changed."),
    )

    def validate_status(self, field: RadioField) -> None:
        if field.data not in CASE_STATUS_NAMES or field.data == CaseStatus.NEW:
            raise ValidationError(_l("Select what you have decided"))

    def validate_note(self, field: TextAreaField) -> None:
        if self.status.data in (CaseStatus.REFERRED, CaseStatus.NO_CONCERN) and not (field.data or "").strip():
            raise ValidationError(_l("Write a note saying why"))
