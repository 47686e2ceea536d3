"""Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps use.

pyotp does the arithmetic; this module keeps Heard's rules on top of it: one step of clock drift either way, and a
step at or before the last one used is refused, so a code cannot be replayed.
"""

from __future__ import annotations

import time

import pyotp
import pyotp.utils

STEP_SECONDS = 30
DIGITS = 6


def _otp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)


def new_secret() -> str:
    """A fresh 160-bit secret in base32 without padding (32 characters), from the system's secure random source."""
    return pyotp.random_base32()


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def code_for(secret: str, now: float | None = None) -> str:
    return _otp(secret).generate_otp(current_step(now))


def verify(secret: str, code: str, last_step: int | None, now: float | None = None) -> int | None:
    """The step a code is valid for (allowing one step of clock drift either way), or None.

    A step at or before ``last_step`` is refused, so a code seen over a shoulder cannot be replayed.
    """
    typed = "".join(ch for ch in code if ch.isdigit())
    if len(typed) != DIGITS:
        return None
    otp = _otp(secret)
    step = current_step(now)
    for candidate in (step - 1, step, step + 1):
        if last_step is not None and candidate <= last_step:
            continue
        if pyotp.utils.strings_equal(otp.generate_otp(candidate), typed):
            return candidate
    return None


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    return _otp(secret).provisioning_uri(name=account, issuer_name=issuer)
