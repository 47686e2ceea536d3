"""Encryption at rest for the few values Heard must be able to read back, with keys held outside the database.

Each key setting holds one or more Fernet keys separated by commas, newest first: new values are encrypted under the
first, and every listed key can still decrypt, so a key can be rotated without downtime (``flask keys rotate``).

- ``ACCOUNT_SECRETS_KEY``: staff TOTP secrets and the printable copy of invite codes.
- ``VAULT_KEY``: the identity vault (identifiers kept for safeguarding follow-up). Separate from the pseudonym key
  and from the account key, so whoever holds one cannot read the other.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import current_app

KEY_SETTINGS = ("ACCOUNT_SECRETS_KEY", "VAULT_KEY")


def split_keys(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


def fernet(setting: str) -> MultiFernet:
    keys = split_keys(current_app.config[setting])
    if not keys:
        raise RuntimeError(f"{setting} holds no key")
    return MultiFernet([Fernet(key.encode()) for key in keys])


def encrypt(setting: str, value: str) -> str:
    return fernet(setting).encrypt(value.encode()).decode()


def decrypt(setting: str, token: str) -> str | None:
    """The plain value, or None when no listed key opens it (a key was dropped too early, or the row was altered)."""
    try:
        return fernet(setting).decrypt(token.encode()).decode()
    except InvalidToken:
        return None
