"""The young person's form: asking for an advocate or for their worker to get in touch. Its strings are in the young
people's catalogue (babel-young-people.cfg)."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea, GovTextInput
from wtforms import Field, RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.contact.models import ContactKind
from participation.contact.services import Details
from participation.widgets import SelectChoice

MESSAGE_LENGTH = 500
# Digits with spaces, dashes, brackets and a + at the start: 10 to 15 digits (a UK number, or one from abroad).
_PHONE = re.compile(r"\+?[\d\s()\-]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
NOTHING_TO_CONTACT = _l("Tell us at least one way to reach you: a phone number, a number for texts or an email address")
KIND_REQUIRED = _l("Choose who you would like to hear from")
KIND_LABELS = {
    ContactKind.ADVOCATE.value: _l("An advocate: someone independent who is on your side"),
    ContactKind.CALL_BACK.value: _l("My worker to get in touch with me"),
}


def _strip(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def _number(message: str) -> object:
    def check(_form: FlaskForm, field: Field) -> None:
        if field.data and (not _PHONE.fullmatch(field.data) or not 10 <= sum(c.isdigit() for c in field.data) <= 15):
            raise ValidationError(message)

    return check


def _email(_form: FlaskForm, field: Field) -> None:
    if field.data and not _EMAIL.fullmatch(field.data):
        raise ValidationError(_l("Enter an email address like name@example.com"))


class AskForm(FlaskForm):
    kind = RadioField(
        _l("Who would you like to hear from?"),
        choices=[SelectChoice(value, label) for value, label in KIND_LABELS.items()],
        validators=[InputRequired(message=KIND_REQUIRED)],
        validate_choice=False,
        widget=GovRadioInput(),
    )
    phone = StringField(
        _l("A phone number to call (optional)"),
        filters=[_strip],
        validators=[
            Length(max=30, message=_l("Enter a phone number, using numbers only")),
            _number(_l("Enter a phone number, using numbers only")),
        ],
        widget=GovTextInput(),
    )
    text = StringField(
        _l("A mobile number for text messages (optional)"),
        filters=[_strip],
        validators=[
            Length(max=30, message=_l("Enter a mobile number, using numbers only")),
            _number(_l("Enter a mobile number, using numbers only")),
        ],
        widget=GovTextInput(),
    )
    email = StringField(
        _l("An email address (optional)"),
        filters=[_strip],
        validators=[Length(max=200, message=_l("Enter an email address like name@example.com")), _email],
        widget=GovTextInput(),
    )
    name = StringField(
        _l("What would you like us to call you? (optional)"),
        filters=[_strip],
        validators=[Length(max=60, message=_l("Write a name of 60 letters or fewer"))],
        widget=GovTextInput(),
    )
    good_time = StringField(
        _l("When is a good time to get in touch? (optional)"),
        filters=[_strip],
        validators=[Length(max=100, message=_l("Write a good time in 100 letters or fewer"))],
        widget=GovTextInput(),
    )
    message = TextAreaField(
        _l("Anything else you want to tell us? (optional)"),
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[Length(max=MESSAGE_LENGTH, message=_l("Write 500 letters or fewer"))],
        widget=GovTextArea(),
    )

    def validate_kind(self, field: Field) -> None:
        if field.data not in KIND_LABELS:
            raise ValidationError(KIND_REQUIRED)

    def validate_phone(self, _field: Field) -> None:
        # Checked on the first way to reach them so the error links there; a kind word, and what was typed stays.
        if not (self.phone.data or self.text.data or self.email.data):
            raise ValidationError(NOTHING_TO_CONTACT)

    def details(self, language: str, source: str) -> Details:
        return Details(
            phone=self.phone.data or "",
            text=self.text.data or "",
            email=self.email.data or "",
            name=self.name.data or "",
            good_time=self.good_time.data or "",
            message=self.message.data or "",
            language=language,
            source=source,
        )
