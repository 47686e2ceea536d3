"""Making and checking sound in plain Python: espeak-ng reads a text aloud, soundfile (libsndfile) decodes and
encodes, numpy measures. Nothing here knows Flask or the database, so a bench or a command can use it alone.

Every clip Heard serves has one small format, whether espeak-ng spoke it or a person recorded it: MP3 (MPEG-2 Layer
III), mono, 22,050 Hz, 32 kbit/s constant bit rate. Every phone plays it (Safari included) and a question read aloud
is a few kilobytes.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import soundfile

Samples = npt.NDArray[np.float64]

SAMPLE_RATE = 22_050
# libsndfile's compression level for MP3 picks the bit rate: 0.85 is 32 kbit/s at 22,050 Hz (0.9 would be 24).
MP3_COMPRESSION = 0.85
MP3_TYPE = "audio/mpeg"
# Bumped whenever the voice or the encoding changes, so every synthetic clip is made again under a new name.
ENGINE = "espeak-ng/1"
ESPEAK_SECONDS = 30  # one text never takes espeak-ng this long: a hung process is given up on, not waited for

# What a recording may be. Reading a question aloud takes seconds; two minutes leaves room for a long hint.
MAX_SECONDS = 120.0
MIN_SECONDS = 0.3
# The loudest 50 ms of a recording must reach -45 dBFS: quieter than that is silence or a microphone left off.
SILENCE_RMS = 10 ** (-45 / 20)
WINDOW_SECONDS = 0.05
PEAK = 0.89  # -1 dBFS: recordings are brought to one loudness, as espeak-ng's are
MAX_GAIN = 10.0  # but a whisper is not turned into hiss

Refusal = Literal["unreadable", "too-long", "too-short", "silent"]


class SpeechFailed(Exception):
    """espeak-ng is missing, or could not read one text aloud."""


class RecordingRefused(Exception):
    """An uploaded file that cannot be a recording of a text: ``reason`` says why."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason)
        self.reason: Refusal = reason


def synthetic_name(voice: str, text: str, key: bytes) -> str:
    """The file name of a text read by an espeak-ng voice: the same words in the same voice share one file. Keyed
    (HMAC under the server's ``key``), so nobody outside can test whether some wording is in a council's consultation,
    a draft's included, by asking for the clip its words would have."""
    return hmac.new(key, f"{ENGINE}\x00{voice}\x00{text}".encode(), hashlib.sha256).hexdigest()[:32]


def recording_name(mp3: bytes) -> str:
    """The file name of a recording: its own bytes' digest, so identical uploads share one file."""
    return hashlib.sha256(mp3).hexdigest()[:32]


def text_digest(text: str) -> str:
    """How a text is named in addresses and in the recordings table (the words themselves can be long)."""
    return _digest(text)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def find_espeak(configured: str) -> str | None:
    """The espeak-ng program to run (a name on PATH or a path), or None when this server has none."""
    return shutil.which(configured) if configured else None


def synthesise(espeak: str, voice: str, text: str) -> bytes:
    """``text`` read aloud by espeak-ng in ``voice``, as MP3. The text goes in on stdin, never as an argument."""
    try:
        result = subprocess.run(
            [espeak, "-v", voice, "-b", "1", "--stdout"],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=ESPEAK_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SpeechFailed(f"espeak-ng did not run: {type(error).__name__}") from error
    if result.returncode != 0 or not result.stdout:
        raise SpeechFailed(f"espeak-ng voice {voice} failed with code {result.returncode}")
    try:
        samples, rate = _decode(result.stdout)
    except RecordingRefused as error:
        raise SpeechFailed("espeak-ng gave sound that could not be read") from error
    return encode(samples, rate)


def encode(samples: Samples, rate: int) -> bytes:
    """Mono samples at any rate as Heard's one clip format (MP3, 22,050 Hz, 32 kbit/s)."""
    prepared = np.clip(resample(samples, rate, SAMPLE_RATE), -1.0, 1.0)
    buffer = io.BytesIO()
    soundfile.write(
        buffer,
        prepared,
        SAMPLE_RATE,
        format="MP3",
        subtype="MPEG_LAYER_III",
        compression_level=MP3_COMPRESSION,
        bitrate_mode="CONSTANT",
    )
    return buffer.getvalue()


@dataclass(frozen=True)
class Recording:
    """An upload that passed every check, transcoded to the one clip format."""

    mp3: bytes
    seconds: float


def check_recording(data: bytes) -> Recording:
    """Decode an upload by its content (never its name or type), refuse what cannot be a recording of a text, and
    transcode the rest: mixed to mono, silence trimmed from both ends, brought to one loudness, MP3."""
    samples, rate = _decode(data)
    seconds = len(samples) / rate
    if seconds > MAX_SECONDS:
        raise RecordingRefused("too-long")
    if seconds < MIN_SECONDS:
        raise RecordingRefused("too-short")
    loudness = _window_rms(samples, rate)
    if not len(loudness) or float(loudness.max()) < SILENCE_RMS:
        raise RecordingRefused("silent")
    trimmed = _trim(samples, rate, loudness)
    peak = float(np.abs(trimmed).max())
    level = trimmed * min(PEAK / peak, MAX_GAIN)
    return Recording(encode(level, rate), round(len(trimmed) / rate, 1))


def _decode(data: bytes) -> tuple[Samples, int]:
    """Mono samples and their rate. Reads at most a little more than ``MAX_SECONDS``, however long the file says
    it is, so a small compressed file cannot unpack into hours of sound in memory."""
    try:
        info = soundfile.info(io.BytesIO(data))
        rate, channels = int(info.samplerate), int(info.channels)
        if not 4_000 <= rate <= 384_000 or not 1 <= channels <= 8:
            raise RecordingRefused("unreadable")
        frames = int((MAX_SECONDS + 1) * rate)
        samples, _rate = soundfile.read(io.BytesIO(data), frames=frames, dtype="float64", always_2d=True)
    except RecordingRefused:
        raise
    except Exception as error:  # libsndfile refuses what it cannot read in many ways; each means "not audio"
        raise RecordingRefused("unreadable") from error
    if not samples.size:
        raise RecordingRefused("unreadable")
    mono: Samples = np.nan_to_num(np.asarray(samples, dtype=np.float64).mean(axis=1))
    return mono, rate


def _window_rms(samples: Samples, rate: int) -> Samples:
    """The loudness (root mean square) of each 50 ms of sound."""
    width = max(1, int(rate * WINDOW_SECONDS))
    count = len(samples) // width
    # A clip shorter than one window is one window.
    windows = samples[: count * width].reshape(count, width) if count else samples.reshape(1, -1)
    rms: Samples = np.sqrt(np.mean(np.square(windows), axis=1))
    return rms


def _trim(samples: Samples, rate: int, loudness: Samples) -> Samples:
    """The recording without the silence before the first word and after the last, keeping 150 ms either side."""
    width = max(1, int(rate * WINDOW_SECONDS))
    floor = max(SILENCE_RMS, float(loudness.max()) * 0.05)
    heard = np.flatnonzero(loudness >= floor)
    margin = int(rate * 0.15)
    start = max(0, int(heard[0]) * width - margin)
    end = min(len(samples), (int(heard[-1]) + 1) * width + margin)
    return samples[start:end]


def resample(samples: Samples, rate: int, target: int) -> Samples:
    """Samples at another rate: low-passed below the new Nyquist frequency when going down (a windowed-sinc filter,
    so a 48 kHz recording does not alias), then interpolated. Plenty for speech."""
    if rate == target or not len(samples):
        return samples
    if rate > target:
        cutoff = 0.45 * target / rate  # as a fraction of the old rate
        taps = np.arange(-32, 33)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        samples = np.convolve(samples, kernel / kernel.sum(), mode="same")
    count = int(len(samples) * target / rate)
    positions = np.arange(count) * (rate / target)
    resampled: Samples = np.interp(positions, np.arange(len(samples)), samples)
    return resampled
