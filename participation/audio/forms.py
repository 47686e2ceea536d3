"""The recording upload: one file, checked by what it holds (``speech.check_recording``), never by its name."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import GovFileInput
from wtforms.validators import StopValidation

from participation.audio import speech

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

REFUSALS = {
    "unreadable": _l("The selected file must be a sound recording: MP3, WAV, OGG or FLAC"),
    "too-long": _l("The selected file must be 2 minutes long or shorter"),
    "too-short": _l("The selected file is too short to hear: record the words again"),
    "silent": _l("The selected file is silent: check the microphone and record the words again"),
}


def _a_recording(form: RecordingForm, field: FileField) -> None:
    """Read the upload (at most one byte past the limit) and check it is a recording; keep the transcoded clip."""
    data = field.data.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise StopValidation(_l("The selected file must be smaller than 10 MB"))
    try:
        form.checked = speech.check_recording(data)
    except speech.RecordingRefused as refused:
        raise StopValidation(REFUSALS[refused.reason]) from refused


class RecordingForm(FlaskForm):
    recording = FileField(
        _l("Upload a recording"),
        description=_l("MP3, WAV, OGG or FLAC, up to 10 MB and 2 minutes. Heard makes it small for phones."),
        validators=[FileRequired(message=_l("Select a recording to upload")), _a_recording],
        widget=GovFileInput(),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.checked: speech.Recording | None = None
