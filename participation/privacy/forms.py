"""The forms of two-person re-identification and of erasure by identifier."""

from __future__ import annotations

from collections.abc import Callable

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea, GovTextInput
from wtforms import Field, HiddenField, RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.widgets import SelectChoice


def _not_blank(message: str) -> Callable[[FlaskForm, Field], None]:
    def check(form: FlaskForm, field: Field) -> None:
        if not (field.data or "").strip():
            raise ValidationError(message)

    return check


class AskForm(FlaskForm):
    reason = TextAreaField(
        _l("Why do you need to know who wrote it?"),
        widget=GovTextArea(),
        description=_l(
            "A second safeguarding lead or an admin reads this before deciding. It is kept in the audit log."
        ),
        validators=[
            _not_blank(_l("Write why you need to know who wrote it")),
            Length(max=2000, message=_l("Reason must be 2,000 characters or fewer")),
        ],
    )


class DecisionForm(FlaskForm):
    decision = RadioField(
        _l("Your decision"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[
            SelectChoice("approve", _l("Approve: they may see who wrote it")),
            SelectChoice("refuse", _l("Refuse")),
        ],
        validators=[InputRequired(message=_l("Select approve or refuse"))],
    )
    note = TextAreaField(
        _l("Why"),
        widget=GovTextArea(),
        validators=[
            _not_blank(_l("Write why you decided this")),
            Length(max=2000, message=_l("Note must be 2,000 characters or fewer")),
        ],
    )

    def validate_decision(self, field: RadioField) -> None:
        if field.data not in ("approve", "refuse"):
            raise ValidationError(_l("Select approve or refuse"))


class EraseForm(FlaskForm):
    identifier = StringField(
        _l("Identifier"),
        widget=GovTextInput(),
        filters=[lambda value: (value or "").strip()],
        description=_l(
            "Exactly as it was listed when the invite codes were printed, for example "
            "a case number. Capital letters and spaces do not matter."
        ),
        validators=[
            _not_blank(_l("Enter the identifier the young person's invite code was printed with")),
            Length(max=200, message=_l("Identifier must be 200 characters or fewer")),
        ],
    )
    confirmed = HiddenField()
