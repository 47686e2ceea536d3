"""Making the synthetic voice: espeak-ng reads every text of a consultation's question pages, in every language it
has a voice for, after the consultation is published and again after any of its texts change.

It never holds up the worker: a change is noticed when its transaction commits (the consultation's
``content_version`` moved), and the clips are made after the page has answered, in one background thread per
process (``HEARD_READ_ALOUD=background``, the default), or in the request itself (``now``, for tests), or not at all
(``off``). ``flask audio make`` does the same for every open consultation and suits a timer: it makes only what is
missing, so running it again does nothing. A server without espeak-ng publishes as always; its texts have no audio
yet, and the consultation's page says why.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, g, has_request_context
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from participation.audio import services, speech
from participation.audio.texts import spoken_texts
from participation.extensions import db
from participation.i18n import enabled_languages
from participation.languages import espeak_voice
from participation.surveys.models import Consultation, ConsultationStatus

log = logging.getLogger(__name__)

PENDING = "heard_read_aloud_pending"


@dataclass(frozen=True)
class Made:
    """What one run made: clips new this time, clips already there, texts espeak-ng failed on."""

    made: int = 0
    already: int = 0
    failed: int = 0
    espeak_missing: bool = False
    seconds: float = 0.0
    bytes: int = 0


def make(consultation: Consultation, languages: Sequence[str] | None = None) -> Made:
    """Make every missing espeak-ng clip of the consultation's question pages (live and draft versions), in these
    page languages (every language offered unless named). Idempotent; never raises for one text that fails."""
    started = time.perf_counter()
    program = services.espeak_program()
    if program is None:
        return Made(espeak_missing=True)
    chosen = list(languages) if languages is not None else [language.code for language in enabled_languages()]
    made = already = failed = size = 0
    for spoken in sorted(spoken_texts(consultation, chosen), key=lambda item: (item.language, item.text)):
        voice = espeak_voice(spoken.language)
        if voice is None:
            continue  # only a recording can read it
        name = services.clip_name(voice, spoken.text)
        if services.has_clip(name):
            already += 1
            continue
        try:
            mp3 = speech.synthesise(program, voice, spoken.text)
            services.write_clip(name, mp3)
        except (speech.SpeechFailed, OSError) as error:
            # The words stay out of the log: a consultation's text is not secret, but the rule is simple.
            log.warning("Read-aloud: %s (%s, %s)", error, consultation.code, spoken.language)
            failed += 1
            continue
        made += 1
        size += len(mp3)
    return Made(made, already, failed, seconds=time.perf_counter() - started, bytes=size)


class _Maker:
    """One background thread a process, making clips for the consultations handed to it, one at a time."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Flask, uuid.UUID]] = queue.Queue()
        self._waiting: set[uuid.UUID] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, app: Flask, consultation_id: uuid.UUID) -> None:
        with self._lock:
            if consultation_id in self._waiting:
                return  # already queued: it will read the newest texts when its turn comes
            self._waiting.add(consultation_id)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="heard-read-aloud", daemon=True)
                self._thread.start()
        self._queue.put((app, consultation_id))

    def _run(self) -> None:
        while True:
            app, consultation_id = self._queue.get()
            with self._lock:
                self._waiting.discard(consultation_id)
            try:
                with app.app_context():
                    try:
                        _make_by_id(consultation_id)
                    finally:
                        db.session.remove()
            except Exception:  # a failure here must never stop the thread, and never reach a page
                app.logger.exception("Read-aloud: making audio failed for consultation %s", consultation_id)


MAKER = _Maker()


def _make_by_id(consultation_id: uuid.UUID) -> None:
    consultation = db.session.get(Consultation, consultation_id)
    if consultation is not None:
        make(consultation)


# --- noticing changes ------------------------------------------------------------------------------------------------


def _noticed_changes(session: Session, _context: Any) -> None:
    """After a flush: the consultations whose texts changed (new, published, edited, translated)."""
    for item in (*session.new, *session.dirty):
        if not isinstance(item, Consultation):
            continue
        if item in session.new or inspect(item).attrs.content_version.history.has_changes():
            session.info.setdefault(PENDING, set()).add(item.id)


def _committed(session: Session) -> None:
    """The changes are kept: hand them to the request, which makes their audio once it has answered."""
    pending = session.info.pop(PENDING, None)
    if pending and has_request_context():
        g.setdefault(PENDING, set()).update(pending)


def _rolled_back(session: Session) -> None:
    session.info.pop(PENDING, None)


_LISTENING = False


def listen_for_changes() -> None:
    """Watch every session (the app's, and the tests' own) for consultations whose texts change. Once a process."""
    global _LISTENING
    if _LISTENING:
        return
    event.listen(Session, "after_flush", _noticed_changes)
    event.listen(Session, "after_commit", _committed)
    event.listen(Session, "after_rollback", _rolled_back)
    _LISTENING = True


def init_app(app: Flask) -> None:
    """Make audio after every request whose changes need it (``HEARD_READ_ALOUD``: background, now or off)."""
    listen_for_changes()

    @app.after_request
    def read_aloud_after_request(response: Response) -> Response:
        _after_request(app)
        return response


def _after_request(app: Flask) -> None:
    """Once a request has answered and its transaction ended: start making the audio its changes need, and delete
    recording files it left unused. Nothing here can turn a page that worked into an error."""
    try:
        services.forget_unused_clips()
    except Exception:
        app.logger.exception("Read-aloud: could not tidy recording files")
    pending: set[uuid.UUID] = g.pop(PENDING, set())
    mode = app.config.get("HEARD_READ_ALOUD", "background")
    if not pending or mode == "off":
        return
    for consultation_id in pending:
        if mode == "now":
            try:
                _make_by_id(consultation_id)
            except Exception:
                app.logger.exception("Read-aloud: making audio failed for consultation %s", consultation_id)
        else:
            MAKER.submit(app, consultation_id)


def to_read(code: str | None = None) -> list[Consultation]:
    """The consultations whose pages can be read: every one not closed, or the one at ``code``."""
    query = select(Consultation).order_by(Consultation.created_at)
    if code:
        query = query.where(Consultation.code == code)
    else:
        query = query.where(Consultation.status != ConsultationStatus.CLOSED)
    return list(db.session.scalars(query))
