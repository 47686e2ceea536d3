"""Staff forms: a decision on a request."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea
from wtforms import Field, RadioField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.contact.models import ContactStatus
from participation.widgets import SelectChoice

DECISIONS = {
    ContactStatus.ACKNOWLEDGED.value: _l("Acknowledged: we have been in touch, or an advocate has"),
    ContactStatus.CLOSED.value: _l("Closed: nothing more to do"),
}


class DecisionForm(FlaskForm):
    status = RadioField(
        _l("What has happened?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in DECISIONS.items()],
        validators=[InputRequired(message=_l("Select what has happened"))],
    )
    note = TextAreaField(
        _l("Notes"),
        widget=GovTextArea(),
        validators=[
            InputRequired(message=_l("Write a note saying what you did")),
            Length(max=5000, message=_l("Notes must be 5,000 characters or fewer")),
        ],
        description=_l("What you did and when. Notes are kept with the request and cannot be changed."),
    )

    def validate_status(self, field: Field) -> None:
        if field.data not in DECISIONS:
            raise ValidationError(_l("Select what has happened"))

    def validate_note(self, field: Field) -> None:
        if not (field.data or "").strip():
            raise ValidationError(_l("Write a note saying what you did"))
