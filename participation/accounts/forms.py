"""Staff account forms, in the GOV.UK design-system voice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovRadioInput, GovTextInput
from wtforms import EmailField, IntegerField, PasswordField, RadioField, StringField
from wtforms.validators import Email, EqualTo, InputRequired, Length, NumberRange, ValidationError

from participation.accounts.credentials import MIN_PASSWORD_LENGTH
from participation.accounts.models import ROLE_LABELS, Role
from participation.widgets import SelectChoice

_EMAIL_TOO_LONG = _l("Email address must be 254 characters or fewer")
_PASSWORD_TOO_LONG = _l("Password must be 200 characters or fewer")
_ENTER_THE_CODE = _l("Enter the 6-digit code from your authenticator app")


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class SignInForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[InputRequired(message=_l("Enter your email address")), Length(max=254, message=_EMAIL_TOO_LONG)],
    )
    password = PasswordField(
        _l("Password"),
        widget=GovPasswordInput(),
        validators=[InputRequired(message=_l("Enter your password")), Length(max=200, message=_PASSWORD_TOO_LONG)],
    )


class CodeForm(FlaskForm):
    code = StringField(
        _l("Security code"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[InputRequired(message=_ENTER_THE_CODE), Length(max=20, message=_ENTER_THE_CODE)],
    )


def _strong_password(form: FlaskForm, field: PasswordField) -> None:
    if len(field.data or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(_l("Password must be %(count)s characters or more", count=MIN_PASSWORD_LENGTH))


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        _l("Create a password"),
        widget=GovPasswordInput(),
        description=_l("Use 12 characters or more. A few unrelated words work well."),
        validators=[
            InputRequired(message=_l("Enter a password")),
            Length(max=200, message=_PASSWORD_TOO_LONG),
            _strong_password,
        ],
    )
    confirm = PasswordField(
        _l("Confirm password"),
        widget=GovPasswordInput(),
        validators=[
            InputRequired(message=_l("Enter the password again")),
            EqualTo("password", message=_l("Passwords must match")),
        ],
    )


class AcceptInvitationForm(NewPasswordForm):
    name = StringField(
        _l("Your name"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter your name")),
            Length(max=120, message=_l("Your name must be 120 characters or fewer")),
        ],
    )


class ResetRequestForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[InputRequired(message=_l("Enter your email address")), Length(max=254, message=_EMAIL_TOO_LONG)],
    )


class InviteForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter their email address")),
            Email(message=_l("Enter an email address in the correct format, like name@example.org")),
            Length(max=254, message=_EMAIL_TOO_LONG),
        ],
    )
    role = RadioField(
        _l("Role"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(role.value, label) for role, label in ROLE_LABELS.items()],
        validators=[InputRequired(message=_l("Select a role"))],
    )

    def validate_role(self, field: RadioField) -> None:
        if field.data not in {role.value for role in Role}:
            raise ValidationError(_l("Select a role"))


class OrganisationForm(FlaskForm):
    name = StringField(
        _l("Organisation name"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter the organisation’s name")),
            Length(max=200, message=_l("The organisation’s name must be 200 characters or fewer")),
        ],
    )
    admin_email = EmailField(
        _l("Email address of its first organisation admin"),
        filters=[_strip],
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter their email address")),
            Email(message=_l("Enter an email address in the correct format, like name@example.org")),
            Length(max=254, message=_EMAIL_TOO_LONG),
        ],
    )


def _yes_or_no(message: str) -> Callable[[FlaskForm, RadioField], None]:
    """A settings question answered only "yes" or "no"; anything else posted gets ``message``."""

    def check(_form: FlaskForm, field: RadioField) -> None:
        if field.data not in ("yes", "no"):
            raise ValidationError(message)

    return check


class WorkingDaysField(IntegerField):
    """A whole number of working days whose every error is our own clear, translated sentence."""

    def __init__(self, label: LazyString, message: LazyString, low: int, high: int, **kwargs: Any) -> None:
        self.message = message
        super().__init__(
            label,
            widget=GovTextInput(),
            validators=[InputRequired(message=message), NumberRange(min=low, max=high, message=message)],
            **kwargs,
        )

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None
            raise ValueError(str(self.message)) from None


class SettingsForm(FlaskForm):
    identity_vault = RadioField(
        _l("Keep identifiers for safeguarding follow-up?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[
            SelectChoice("no", _l("No: keep only keyed pseudonyms (recommended unless your process needs it)")),
            SelectChoice("yes", _l("Yes: keep them encrypted in the identity vault")),
        ],
        description=_l(
            "When a worker lists identifiers (such as case numbers) while printing personal invite codes. "
            "With the vault on, a safeguarding lead can find out who wrote a worrying answer, but only "
            "with a reason and a second person’s approval. Identifiers listed while it was off cannot be "
            "recovered."
        ),
        validators=[
            InputRequired(message=_l("Select whether to keep identifiers")),
            _yes_or_no(_l("Select whether to keep identifiers")),
        ],
    )

    compare_opt_in = RadioField(
        _l("Compare your indicators with other councils?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[
            SelectChoice("no", _l("No")),
            SelectChoice("yes", _l("Yes: share our headline indicator shares and see the average of others")),
        ],
        description=_l(
            "Board packs then show, beside each headline indicator, the average of at least three other "
            "councils that also chose to compare. Only shares that could be published on their own are "
            "used, never a count or an answer, and no single council can be picked out."
        ),
        validators=[
            InputRequired(message=_l("Select whether to compare with other councils")),
            _yes_or_no(_l("Select whether to compare with other councils")),
        ],
    )

    # Issue 11 (disclosures): a draft with a possible disclosure left unsent for 24 hours opens a safeguarding case.
    read_unsent_disclosures = RadioField(
        _l("Read possible disclosures that are not sent?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[
            SelectChoice("yes", _l("Yes: open a safeguarding case after 24 hours (recommended)")),
            SelectChoice("no", _l("No: nobody reads answers until they are sent")),
        ],
        description=_l(
            "When a young person writes something that may disclose harm and leaves it unsent for 24 "
            "hours, a case marked “not sent by the young person” goes to the safeguarding queue. The start "
            "page tells young people which you have chosen."
        ),
        validators=[
            InputRequired(message=_l("Select whether to read possible disclosures that are not sent")),
            _yes_or_no(_l("Select whether to read possible disclosures that are not sent")),
        ],
    )

    # Issue 12 (read everything): how long a comment may wait unread before the readers are emailed.
    read_disclosures_within = WorkingDaysField(
        _l("Working days to read possible disclosures"),
        _l("Enter the working days to read possible disclosures, a whole number from 1 to 3"),
        1,
        3,
        description=_l(
            "Comments the screen flagged, and comments in a language Heard has no word list for (the screen "
            "cannot read those). From 1 to 3; 1 is recommended, as the safeguarding queue’s own escalation "
            "is after one working day."
        ),
    )
    read_comments_within = WorkingDaysField(
        _l("Working days to read every other comment"),
        _l("Enter the working days to read every other comment, a whole number from 1 to 20"),
        1,
        20,
        description=_l("From 1 to 20; 5 is the default."),
    )

    # Issue 17 (asking for an advocate or a call back): who receives the requests, and how soon they answer.
    contact_requests_role = RadioField(
        _l("Who receives requests for an advocate or a call back?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[
            SelectChoice(Role.PARTICIPATION_WORKER.value, _l("Participation workers")),
            SelectChoice(Role.SAFEGUARDING_LEAD.value, _l("Safeguarding leads")),
            SelectChoice(Role.ORGANISATION_ADMIN.value, _l("Organisation admins only")),
        ],
        description=_l("Organisation admins see them too. Nobody else does."),
        validators=[InputRequired(message=_l("Select who receives requests for an advocate or a call back"))],
    )
    contact_acknowledge_within = WorkingDaysField(
        _l("Working days to acknowledge a request"),
        _l("Enter the working days to acknowledge a request, a whole number from 1 to 10"),
        1,
        10,
        description=_l("From 1 to 10; 2 is the default. After that, the people who receive them are emailed."),
    )

    def validate_contact_requests_role(self, field: RadioField) -> None:
        if field.data not in {Role.PARTICIPATION_WORKER, Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN}:
            raise ValidationError(_l("Select who receives requests for an advocate or a call back"))


class ConfirmForm(FlaskForm):
    """Only the CSRF token: sign out, disable, enable."""
