"""Read-aloud pages: the clips young people's pages play, and the worker's pages to hear every text of a
consultation in each language and to upload or delete a recorded voice for one of them."""

from __future__ import annotations

import uuid
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import BUILDERS, public, requires
from participation.accounts.forms import ConfirmForm
from participation.audio import services
from participation.audio.forms import MAX_UPLOAD_BYTES, RecordingForm
from participation.audio.texts import Spoken, heard_in
from participation.i18n import LANGUAGES, enabled_languages
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES, Consultation
from participation.templating import depends_on
from participation.transactions import commit_on_success

bp = Blueprint("read_aloud", __name__)

DAY = 60 * 60 * 24
YEAR = 365 * 24 * 60 * 60


@bp.app_template_global("audio_src")
def audio_src(text: str | None, language: str, organisation_id: uuid.UUID) -> str | None:
    """For ``respond/listen.html``: the clip reading ``text`` (``language`` empty: the page's), or None. A clip is
    made in the background after a text is published, so a kept part of a page (``templating.kept_part``) that drew
    this is used again only while the clips and recordings it was drawn with have not changed (``clips_version``)."""
    found = services.clip_url(text, language, organisation_id)
    depends_on(services.clips_version, (organisation_id,), services.clips_version(organisation_id))
    return found


@bp.app_template_global("read_aloud")
def read_aloud(text: str | None, language: str, organisation_id: uuid.UUID) -> services.Heard | None:
    """For the staff pages: what reads ``text`` aloud, or why nothing does yet."""
    return services.heard_text(text, language, organisation_id)


@bp.url_value_preprocessor
def _room_for_a_recording(endpoint: str | None, _values: dict[str, Any] | None) -> None:
    """Before anything reads the form: the upload page takes a recording (Heard's other posts stay small). Twice the
    limit, so a file a little too big gets the form's own error rather than the too-big page."""
    if endpoint == "read_aloud.recording" and request.method == "POST":
        request.max_content_length = 2 * MAX_UPLOAD_BYTES + 64 * 1024


@bp.route("/audio/<name>.mp3")
@public
def clip(name: str) -> ResponseReturnValue:
    """One clip. Its name is the digest of what it holds, so it never changes: espeak-ng's are cached for a year,
    immutable, anywhere; a person's recorded voice only by the listener's own browser, for a day."""
    if not services.is_clip_name(name) or not services.has_clip(name):
        abort(404)
    recorded = services.is_recording(name)
    age = DAY if recorded else YEAR
    try:
        response = send_file(services.clip_path(name), mimetype="audio/mpeg", etag=name, max_age=age, conditional=True)
    except FileNotFoundError:
        # On a folder several machines share, this machine's listing (or its file system's cache) can still name a
        # clip another machine has just deleted (a recording taken away): a clip not found, never an error page.
        abort(404)
    if recorded:
        response.cache_control.public = False
        response.cache_control.private = True
    else:
        response.cache_control.public = True
        response.cache_control.immutable = True
    return response


def _consultation(consultation_id: uuid.UUID) -> Consultation:
    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


def _language(code: str) -> str:
    if code not in {language.code for language in enabled_languages()}:
        abort(404)
    return code


def _spoken(consultation: Consultation, language: str, digest: str) -> Spoken:
    spoken = services.find_spoken(consultation, _language(language), digest)
    if spoken is None:
        abort(404)
    return spoken


@bp.route("/staff/consultations/<uuid:consultation_id>/read-aloud")
@requires(BUILDERS)
def index(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """How much of the consultation can be listened to in each language."""
    consultation = _consultation(consultation_id)
    languages = enabled_languages()
    return render_template(
        "read_aloud/index.html",
        consultation=consultation,
        title=_title(consultation),
        rows=[(language, services.readiness(consultation, [language.code])) for language in languages],
        espeak_missing=services.espeak_program() is None,
    )


@bp.route("/staff/consultations/<uuid:consultation_id>/read-aloud/<language>")
@requires(BUILDERS)
def in_language(consultation_id: uuid.UUID, language: str) -> ResponseReturnValue:
    """Every text of the question pages in one language, question by question: listen, record, replace."""
    consultation = _consultation(consultation_id)
    parts = heard_in(consultation, _language(language))
    organisation_id = consultation.organisation_id
    question_bands: dict[str, set[str]] = {}
    for part in parts:
        question_bands.setdefault(part.question_key, set()).update(part.bands)
    return render_template(
        "read_aloud/language.html",
        consultation=consultation,
        title=_title(consultation),
        language=LANGUAGES[language],
        rows=[(part, services.heard(part.spoken, organisation_id)) for part in parts],
        band_names=BAND_NAMES,
        question_bands=question_bands,
        espeak_missing=services.espeak_program() is None,
    )


@bp.route("/staff/consultations/<uuid:consultation_id>/read-aloud/<language>/<digest>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def recording(consultation_id: uuid.UUID, language: str, digest: str) -> ResponseReturnValue:
    """One text: hear what reads it now, and upload a recorded voice to read it instead."""
    consultation = _consultation(consultation_id)
    spoken = _spoken(consultation, language, digest)
    form = RecordingForm()
    if form.validate_on_submit() and form.checked is not None:
        services.save_recording(consultation, spoken, form.checked, g.staff.user.id)
        flash(_("Recording saved. Young people now hear it instead of the synthetic voice."))
        return redirect(url_for(".recording", consultation_id=consultation.id, language=language, digest=digest))
    return render_template(
        "read_aloud/recording.html",
        consultation=consultation,
        spoken=spoken,
        spoken_language=LANGUAGES[spoken.language],
        heard=services.heard(spoken, consultation.organisation_id),
        form=form,
        confirm=ConfirmForm(),
    ), 400 if form.errors else 200


@bp.route("/staff/consultations/<uuid:consultation_id>/read-aloud/<language>/<digest>/delete", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def delete_recording(consultation_id: uuid.UUID, language: str, digest: str) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    spoken = _spoken(consultation, language, digest)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if services.delete_recording(consultation, spoken, g.staff.user.id):
        flash(_("Recording deleted."))
    return redirect(url_for(".recording", consultation_id=consultation.id, language=language, digest=digest))


def _title(consultation: Consultation) -> str:
    english = builder.english_text(builder.texts_of(consultation))
    return str(english.title) if english is not None and english.title else consultation.code
