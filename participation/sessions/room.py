"""What young people read on the shared screen in the room (its strings are in the young people's catalogues)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovTextArea
from wtforms import BooleanField, HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from participation.sessions.services import MAX_NOTE

SAVED = _l("Thank you. Your words are saved. Now pass the screen to the next person.")


def _strip(value: object) -> object:
    # A NUL is never typed (and PostgreSQL cannot keep one): taken out, as from survey comments, never an error.
    return value.replace("\x00", "").strip() if isinstance(value, str) else value


class RoomNoteForm(FlaskForm):
    """The shared screen in the room: young people type what they want to say themselves."""

    text = TextAreaField(
        _l("What do you want to say?"),
        filters=[_strip],
        widget=GovTextArea(),
        description=_l("Do not write your name."),
        validators=[
            DataRequired(message=_l("Write what you want to say")),
            Length(max=MAX_NOTE, message=_l("Keep it to 2,000 characters or fewer")),
        ],
    )
    # A one-time token per page drawn: the same page sent twice stores its words once (services.add_note).
    once = HiddenField()
    # What ticking it means, exactly as the code does it (TRUST.md): approved words reach the board's summary and
    # pack with the month and the group's name, or its kind only where it may not be named (a children's home, a
    # small group: ``distribution.models.may_be_named``), never a young person's name.
    consent = BooleanField(
        _l("You can share my words, without my name"),
        widget=GovCheckboxInput(),
        description=_l(
            "Your words may be shown to people who make decisions, like councillors, with the month and your "
            "group's name, or only the kind of group for a home or a small group. Never your name."
        ),
    )
