"""The plain-Python half of read-aloud (participation/audio/speech.py): recordings checked by what they hold and
transcoded to the one small clip format; espeak-ng run safely; names that change whenever the content would."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile

from participation.audio import speech
from tests import sound


def _decoded(mp3: bytes) -> tuple[np.ndarray, int]:
    samples, rate = soundfile.read(io.BytesIO(mp3))
    return samples, rate


@pytest.mark.parametrize(
    ("rate", "channels", "fmt"),
    [(44_100, 1, "WAV"), (48_000, 2, "WAV"), (16_000, 1, "FLAC"), (22_050, 1, "OGG"), (8_000, 1, "WAV")],
)
def test_any_readable_recording_becomes_one_small_mp3(rate, channels, fmt):
    samples, _rate = soundfile.read(io.BytesIO(sound.wav(seconds=2.0, rate=rate, channels=channels)))
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format=fmt)
    checked = speech.check_recording(buffer.getvalue())
    assert checked.mp3[:2] == b"\xff\xf3"  # an MPEG-2 Layer III frame, no container around it
    decoded, decoded_rate = _decoded(checked.mp3)
    assert decoded_rate == speech.SAMPLE_RATE and decoded.ndim == 1
    # Silence trimmed to 150 ms either side of the sound; about 32 kbit/s.
    assert 2.0 <= checked.seconds <= 2.6
    assert len(checked.mp3) <= checked.seconds * 32_000 / 8 * 1.2
    # Brought to one loudness, a little under full scale.
    assert 0.6 < float(np.abs(decoded).max()) <= 1.0


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "unreadable"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 200, "unreadable"),
        (b"%PDF-1.7\n" + b"0" * 5000, "unreadable"),
        (b"Dyma eiriau, nid sain.\n" * 300, "unreadable"),
        (sound.silent_wav(), "silent"),
        (sound.wav(seconds=0.1, rate=8_000)[:60], "too-short"),  # what is left of it is too short to hear
    ],
    ids=["empty", "header-only", "pdf", "text", "silence", "truncated"],
)
def test_what_cannot_be_a_recording_is_refused_with_a_reason(data, reason):
    with pytest.raises(speech.RecordingRefused) as refused:
        speech.check_recording(data)
    assert refused.value.reason == reason


def test_too_long_and_too_short_are_refused():
    long = np.zeros(int((speech.MAX_SECONDS + 5) * 8_000))
    long[::50] = 0.5
    buffer = io.BytesIO()
    soundfile.write(buffer, long, 8_000, format="WAV")
    with pytest.raises(speech.RecordingRefused) as refused:
        speech.check_recording(buffer.getvalue())
    assert refused.value.reason == "too-long"
    short = io.BytesIO()
    soundfile.write(short, np.full(800, 0.5), 8_000, format="WAV")
    with pytest.raises(speech.RecordingRefused) as refused:
        speech.check_recording(short.getvalue())
    assert refused.value.reason == "too-short"


def test_a_file_that_claims_hours_is_read_no_further_than_the_limit():
    """A compressed file that unpacks into hours of sound is refused without holding hours in memory."""
    buffer = io.BytesIO()
    with soundfile.SoundFile(buffer, "w", 8_000, 1, format="FLAC") as file:
        chunk = np.zeros(8_000 * 60)
        for _minute in range(30):
            file.write(chunk)
    assert len(buffer.getvalue()) < 1_000_000
    with pytest.raises(speech.RecordingRefused) as refused:
        speech.check_recording(buffer.getvalue())
    assert refused.value.reason == "too-long"


def test_resampling_keeps_speech_and_drops_what_would_alias():
    rate = 48_000
    times = np.arange(rate) / rate
    voice = np.sin(2 * np.pi * 440 * times)
    whistle = np.sin(2 * np.pi * 18_000 * times)  # above 11 kHz: would fold back into the voice band unfiltered
    down = speech.resample(voice + whistle, rate, speech.SAMPLE_RATE)
    assert abs(len(down) - speech.SAMPLE_RATE) <= 1
    spectrum = np.abs(np.fft.rfft(down))
    frequencies = np.fft.rfftfreq(len(down), 1 / speech.SAMPLE_RATE)
    at = {hz: spectrum[np.argmin(np.abs(frequencies - hz))] for hz in (440, 22_050 - 18_000)}
    assert at[440] > 50 * at[22_050 - 18_000]


def test_names_follow_the_content():
    key = b"k" * 32
    assert speech.synthetic_name("cy", "Byth", key) == speech.synthetic_name("cy", "Byth", key)
    assert speech.synthetic_name("cy", "Byth", key) != speech.synthetic_name("en-gb", "Byth", key)
    assert speech.synthetic_name("cy", "Byth", key) != speech.synthetic_name("cy", "Byth.", key)
    # Without the server's key nobody can tell which clip some words would have.
    assert speech.synthetic_name("cy", "Byth", key) != speech.synthetic_name("cy", "Byth", b"x" * 32)
    assert len(speech.text_digest("Always")) == 32 and speech.text_digest("Always") != speech.text_digest("always")
    assert speech.recording_name(b"one") != speech.recording_name(b"two")


def test_espeak_missing_or_failing_is_a_speech_failure_never_a_crash(tmp_path):
    with pytest.raises(speech.SpeechFailed):
        speech.synthesise(str(tmp_path / "no-such-espeak"), "en-gb", "Hello")
    failing = tmp_path / "espeak-ng"
    failing.write_text("#!/bin/sh\necho broken >&2\nexit 3\n")
    failing.chmod(0o700)
    with pytest.raises(speech.SpeechFailed):
        speech.synthesise(str(failing), "en-gb", "Hello")
    assert speech.find_espeak(str(tmp_path / "missing")) is None and speech.find_espeak("") is None


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_reads_text_from_stdin_never_as_options():
    """Words that look like options ("-w /tmp/x") are read aloud, not obeyed."""
    program = shutil.which("espeak-ng")
    assert program is not None
    mp3 = speech.synthesise(program, "en-gb", "--stdout -w /tmp/heard-should-not-exist.wav")
    samples, rate = _decoded(mp3)
    assert rate == speech.SAMPLE_RATE and len(samples) > rate
    assert not Path("/tmp/heard-should-not-exist.wav").exists()
    arabic = speech.synthesise(program, "ar", "هل تشعر أن الناس يستمعون إليك؟")
    assert len(_decoded(arabic)[0]) > rate // 2
