"""Read-aloud: where the clips are kept, which clip reads a text (the council's recording first, then espeak-ng's),
how ready a consultation's audio is, and the recordings workers upload and delete.

Clips are files in the audio folder (``HEARD_AUDIO_DIR``, by default ``instance/audio``), named by a digest of what
they hold: espeak-ng's by its engine, voice and words (``speech.synthetic_name``), a recording by its own bytes. A
name never changes what it holds, so they are served as immutable.
"""

from __future__ import annotations

import enum
import os
import secrets
import threading
import time
import uuid
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flask import current_app, g, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from participation.audio import speech
from participation.audio.models import Recording
from participation.audio.texts import Spoken, spoken_texts
from participation.audit import services as audit
from participation.extensions import db
from participation.i18n import current_language, enabled_languages
from participation.languages import espeak_voice
from participation.ops.private_files import PRIVATE_FILE, make_private_folder
from participation.pseudonyms import keyed_hash
from participation.surveys.models import Consultation

CLIP_ENDPOINT = "read_aloud.clip"


def clip_name(voice: str, text: str) -> str:
    """The clip of ``text`` read by an espeak-ng voice, named under this server's own key."""
    return _clip_name(voice, text, keyed_hash("read-aloud", "clip names"))


@lru_cache(maxsize=8192)
def _clip_name(voice: str, text: str, key: str) -> str:
    # The same words are named again on every page that shows them; the name depends only on these three.
    return speech.synthetic_name(voice, text, bytes.fromhex(key))


def is_recording(name: str) -> bool:
    """Whether the clip is a person's recorded voice (not espeak-ng's): cached privately and for a day only, so a
    deleted recording does not live on in a shared cache for a year."""
    return db.session.scalar(select(Recording.id).where(Recording.file == name).limit(1)) is not None


def audio_folder() -> Path:
    return Path(current_app.config["HEARD_AUDIO_DIR"])


def clip_path(name: str) -> Path:
    return audio_folder() / f"{name}.mp3"


def is_clip_name(name: str) -> bool:
    return len(name) == 32 and all(character in "0123456789abcdef" for character in name)


def has_clip(name: str) -> bool:
    names = _listed_clips(audio_folder())
    if names is not None:
        return name in names
    return clip_path(name).is_file()


# Which clips the audio folder holds, listed once per process and listed again whenever the folder changes: every
# clip is added (``write_clip``, by this process, another worker or ``flask audio make``) or removed by a rename or
# an unlink in the folder itself, and either moves the folder's modification time. A question page then asks the
# disk once (the folder's stat) rather than once per text.
TRUST_AFTER_NS = 2_000_000_000  # a folder changed in the last 2 s is asked file by file: a file system's clock
# ticks coarsely (a few ms on Linux, 2 s on FAT), so a clip added within the same tick as a listing would not move
# the time again, and the listing would miss it until the next change.


@dataclass(frozen=True)
class _Listing:
    changed_ns: int
    names: frozenset[str]


_listings: dict[str, _Listing] = {}
_listing_lock = threading.Lock()


def _listed_clips(folder: Path) -> frozenset[str] | None:
    """The clip names in ``folder`` (without ``.mp3``), or None when the folder changed too recently to trust a
    listing (then each clip is looked for on its own, as before)."""
    listing = _listing(folder)
    return listing.names if listing is not None else None


_NO_FOLDER = _Listing(-1, frozenset())


def _listing(folder: Path) -> _Listing | None:
    try:
        changed_ns = os.stat(folder).st_mtime_ns
    except FileNotFoundError:
        # No folder, no clips (a server without espeak-ng and no recordings yet): not worth a look per text.
        return _NO_FOLDER
    except OSError:
        return None
    key = str(folder)
    listing = _listings.get(key)
    if listing is not None and listing.changed_ns == changed_ns:
        return listing
    if time.time_ns() - changed_ns < TRUST_AFTER_NS:
        return None
    try:
        with os.scandir(folder) as entries:
            names = frozenset(entry.name[:-4] for entry in entries if entry.name.endswith(".mp3") and entry.is_file())
    except OSError:
        return None
    listing = _Listing(changed_ns, names)
    with _listing_lock:
        _listings[key] = listing
    return listing


def write_clip(name: str, mp3: bytes) -> None:
    """Put a clip in the audio folder in one step, so a page never links to half a file; 0600 in a 0700 folder, as
    everything Heard keeps (a recording is a person's voice)."""
    folder = audio_folder()
    make_private_folder(folder)
    temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(mp3)
    os.replace(temporary, clip_path(name))


def espeak_program() -> str | None:
    """The espeak-ng program this server runs (``HEARD_ESPEAK``), or None when it has none."""
    return speech.find_espeak(str(current_app.config["HEARD_ESPEAK"]))


class Voice(enum.StrEnum):
    """What reads a text aloud, or why nothing does yet."""

    RECORDED = "recorded"
    SYNTHETIC = "synthetic"
    WAITING = "waiting"  # espeak-ng makes it in the background after every change, or at the next `flask audio make`
    NO_TOOL = "no-tool"  # espeak-ng is not installed on this server
    NEEDS_RECORDING = "needs-recording"  # espeak-ng has no voice for the language


# What the staff pages call each, and the colour of its tag.
VOICE_LABELS = {
    Voice.RECORDED: (_l("Recorded voice"), "green"),
    Voice.SYNTHETIC: (_l("Synthetic voice"), "blue"),
    Voice.WAITING: (_l("Audio being made"), "grey"),
    Voice.NO_TOOL: (_l("No audio yet"), "yellow"),
    Voice.NEEDS_RECORDING: (_l("Needs a recording"), "orange"),
}


@dataclass(frozen=True)
class Heard:
    spoken: Spoken
    voice: Voice
    clip: str | None  # the file's name, when there is one to play
    recording: Recording | None = None

    @property
    def ready(self) -> bool:
        return self.clip is not None

    @property
    def label(self) -> str:
        return str(VOICE_LABELS[self.voice][0])

    @property
    def colour(self) -> str:
        return VOICE_LABELS[self.voice][1]


def _recordings(organisation_id: uuid.UUID) -> dict[tuple[str, str], Recording]:
    """The council's recordings by language and words, read once a request."""
    cached: dict[uuid.UUID, dict[tuple[str, str], Recording]] = g.setdefault("heard_recordings", {})
    if organisation_id not in cached:
        rows = db.session.scalars(select(Recording).where(Recording.organisation_id == organisation_id))
        cached[organisation_id] = {(row.language, row.text_digest): row for row in rows}
    return cached[organisation_id]


def heard(spoken: Spoken, organisation_id: uuid.UUID) -> Heard:
    """Which clip reads these words to the council's young people: its recording, else espeak-ng's."""
    found = _playable(spoken, organisation_id)
    if found is not None:
        return found
    if espeak_voice(spoken.language) is None:
        return Heard(spoken, Voice.NEEDS_RECORDING, None)
    return Heard(spoken, Voice.WAITING if espeak_program() else Voice.NO_TOOL, None)


# The recordings' files by organisation and stamp, kept by this process: a young person's page reads the stamp with
# its consultation (participation.surveys.services.get_consultation_by_code), so it asks for the recordings themselves
# only when they have changed since this process last read them.
_KEPT_FILES: dict[tuple[uuid.UUID, tuple[int, str]], dict[tuple[str, str], str]] = {}
_KEPT_LOCK = threading.Lock()


def _recorded_files(organisation_id: uuid.UUID) -> dict[tuple[str, str], str]:
    """The council's recordings' files by language and words: kept per process under the stamp this request read
    (``heard_recordings_stamp``), else read from the request's recordings."""
    stamp = g.get("heard_recordings_stamp", {}).get(organisation_id)
    if stamp is None:
        return {key: recording.file for key, recording in _recordings(organisation_id).items()}
    kept = _KEPT_FILES.get((organisation_id, stamp))
    if kept is None:
        recordings = _recordings(organisation_id)
        kept = {key: recording.file for key, recording in recordings.items()}
        # Kept under the stamp of what was read, which is the stamp read with the consultation unless a worker
        # changed the recordings in between: two different sets of recordings never have the same stamp (whatever
        # is added or changed becomes the latest), so what is kept always matches its key.
        read = (len(recordings), str(max((recording.updated_at for recording in recordings.values()), default=None)))
        with _KEPT_LOCK:
            for old in [key for key in _KEPT_FILES if key[0] == organisation_id]:
                del _KEPT_FILES[old]
            _KEPT_FILES[(organisation_id, read)] = kept
    return kept


def _playable(spoken: Spoken, organisation_id: uuid.UUID, *, for_staff: bool = True) -> Heard | None:
    """The clip that reads these words (the council's recording, else espeak-ng's), or None while there is none.
    Staff pages get the recording itself (when it was uploaded, how long it is); a young person's page only its
    file, which is kept per process (``_recorded_files``)."""
    if for_staff:
        recording = _recordings(organisation_id).get((spoken.language, spoken.digest))
        if recording is not None and has_clip(recording.file):
            return Heard(spoken, Voice.RECORDED, recording.file, recording)
    else:
        file = _recorded_files(organisation_id).get((spoken.language, spoken.digest))
        if file is not None and has_clip(file):
            return Heard(spoken, Voice.RECORDED, file)
    voice = espeak_voice(spoken.language)
    if voice is None:
        return None
    name = clip_name(voice, spoken.text)
    return Heard(spoken, Voice.SYNTHETIC, name) if has_clip(name) else None


def clip_url(text: str | None, language: str, organisation_id: uuid.UUID) -> str | None:
    """Where the clip reading ``text`` is (``language`` empty: the page's language), or None while there is none, so a
    page shows no control rather than a broken one. Templates reach it through ``respond/listen.html``."""
    if not text or not text.strip():
        return None
    # Only whether there is a clip: why there is none (espeak-ng missing or still making it) is for staff pages.
    found = _playable(Spoken(language or current_language().code, text), organisation_id, for_staff=False)
    return url_for(CLIP_ENDPOINT, name=found.clip) if found is not None and found.clip else None


def clips_version(organisation_id: uuid.UUID) -> Hashable:
    """Everything ``clip_url`` reads besides the words and their language, for a young person's page: the audio
    folder's listing (by its modification time) and the council's recordings (by the stamp read with the
    consultation). While this gives the same, every ``clip_url`` of the page gives the same, so a kept page asks it
    once rather than once per text. Where either is not known (the folder changed in the last moments, or no stamp
    was read), it gives something equal to nothing, so the page is drawn again."""
    listing = _listing(audio_folder())
    stamp = g.get("heard_recordings_stamp", {}).get(organisation_id)
    if listing is None or stamp is None:
        return object()
    return (listing.changed_ns, stamp)


def heard_text(text: str | None, language: str, organisation_id: uuid.UUID) -> Heard | None:
    """What reads a text on the staff pages (the translation editor); None for an empty text."""
    return heard(Spoken(language, text), organisation_id) if text and text.strip() else None


@dataclass(frozen=True)
class Readiness:
    """How much of a consultation can be listened to."""

    ready: int
    total: int
    recorded: int
    needs_recording: int  # in languages espeak-ng cannot read, with no recording yet
    waiting: int  # espeak-ng has not made them yet
    espeak_missing: bool


def readiness(consultation: Consultation, languages: Sequence[str] | None = None) -> Readiness:
    """Every text of the question pages (live and draft, every language offered) and how many have a clip."""
    chosen = list(languages) if languages is not None else [language.code for language in enabled_languages()]
    found = [heard(spoken, consultation.organisation_id) for spoken in spoken_texts(consultation, chosen)]
    return Readiness(
        ready=sum(1 for item in found if item.ready),
        total=len(found),
        recorded=sum(1 for item in found if item.voice == Voice.RECORDED),
        needs_recording=sum(1 for item in found if item.voice == Voice.NEEDS_RECORDING),
        waiting=sum(1 for item in found if item.voice == Voice.WAITING),
        espeak_missing=espeak_program() is None,
    )


def find_spoken(consultation: Consultation, language: str, digest: str) -> Spoken | None:
    """Words in ``language`` that this consultation's question pages read aloud, by their digest: what a recording
    may be uploaded for. Anything else (another council's words, a made-up digest) is not found."""
    pages = [item.code for item in enabled_languages()]
    return next(
        (item for item in spoken_texts(consultation, pages) if item.language == language and item.digest == digest),
        None,
    )


def save_recording(
    consultation: Consultation, spoken: Spoken, checked: speech.Recording, user_id: uuid.UUID
) -> Recording:
    """Make an upload that passed ``speech.check_recording`` the council's recording of these words, replacing any
    earlier one (whose file goes once the change is kept)."""
    name = speech.recording_name(checked.mp3)
    write_clip(name, checked.mp3)
    _maybe_unused(name)  # kept only if the transaction that names it commits
    recording = _recordings(consultation.organisation_id).get((spoken.language, spoken.digest))
    if recording is None:
        recording = Recording(
            organisation_id=consultation.organisation_id, language=spoken.language, text_digest=spoken.digest
        )
        db.session.add(recording)
    else:
        _maybe_unused(recording.file)
    recording.text, recording.file = spoken.text, name
    recording.seconds, recording.size, recording.uploaded_by_id = checked.seconds, len(checked.mp3), user_id
    audit.record(
        "recording-uploaded",
        organisation_id=consultation.organisation_id,
        user_id=user_id,
        subject=consultation.code,
        language=spoken.language,
        words=spoken.digest,
        seconds=checked.seconds,
    )
    db.session.flush()
    g.pop("heard_recordings", None)
    return recording


def delete_recording(consultation: Consultation, spoken: Spoken, user_id: uuid.UUID) -> bool:
    """Delete the council's recording of these words (its file goes once nothing names it); False if there was none."""
    recording = _recordings(consultation.organisation_id).get((spoken.language, spoken.digest))
    if recording is None:
        return False
    _maybe_unused(recording.file)
    db.session.delete(recording)
    audit.record(
        "recording-deleted",
        organisation_id=consultation.organisation_id,
        user_id=user_id,
        subject=consultation.code,
        language=spoken.language,
        words=spoken.digest,
    )
    db.session.flush()
    g.pop("heard_recordings", None)
    return True


def _maybe_unused(name: str) -> None:
    g.setdefault("heard_maybe_unused_clips", set()).add(name)


def forget_unused_clips() -> int:
    """After a request's transaction has ended: delete the recording files it wrote or replaced that no recording
    names any more (a voice is personal: a deleted recording does not stay on the disk). Returns how many went."""
    names: set[str] = g.pop("heard_maybe_unused_clips", set())
    if not names:
        return 0
    named = set(db.session.scalars(select(Recording.file).where(Recording.file.in_(names))))
    gone = 0
    for name in names - named:
        path = clip_path(name)
        if path.is_file():
            path.unlink()
            gone += 1
    return gone
