"""Sound files for the read-aloud tests, made in memory: a voice-like tone, silence, and files that are not sound."""

from __future__ import annotations

import io

import numpy as np
import soundfile


def wav(seconds: float = 1.5, rate: int = 44_100, channels: int = 1, level: float = 0.3, pitch: float = 180.0) -> bytes:
    """A WAV of a voice-like sound: a buzzing tone rising and falling in syllables, a little quiet either side."""
    times = np.arange(int(seconds * rate)) / rate
    syllables = np.clip(np.sin(2 * np.pi * 3 * times), 0, None)
    tone = level * syllables * (np.sin(2 * np.pi * pitch * times) + 0.3 * np.sin(2 * np.pi * 2.5 * pitch * times))
    quiet = np.zeros(int(0.4 * rate))
    samples = np.concatenate([quiet, tone, quiet])
    if channels > 1:
        samples = np.stack([samples] * channels, axis=1)
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def silent_wav(seconds: float = 2.0, rate: int = 22_050) -> bytes:
    """Two seconds of a microphone left off: nothing but the faintest noise."""
    noise = np.random.default_rng(7).normal(0, 0.0002, int(seconds * rate))
    buffer = io.BytesIO()
    soundfile.write(buffer, noise, rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()
