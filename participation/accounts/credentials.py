"""Passwords and second factors: hashing and checking passwords, and the authenticator secret kept encrypted. The
database is not read here: the accounts these are checked for come from ``services``."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app

from participation import crypto
from participation.accounts import totp
from participation.accounts.models import User

_hashers: dict[bool, PasswordHasher] = {}


def _hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's RFC 9106 "low memory" profile: strong, and quick enough on a council's small
    server. The test suite asks for a cheap profile (ARGON2_FAST) so hundreds of sign-ins stay quick."""
    fast = bool(current_app.config.get("ARGON2_FAST"))
    if fast not in _hashers:
        _hashers[fast] = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1) if fast else PasswordHasher()
    return _hashers[fast]


# A hash to check against when the email is unknown, so timing does not reveal which emails have accounts.
_dummy_hashes: dict[int, str] = {}


def _dummy_hash() -> str:
    hasher = _hasher()
    if id(hasher) not in _dummy_hashes:
        _dummy_hashes[id(hasher)] = hasher.hash("not a real password")
    return _dummy_hashes[id(hasher)]


MIN_PASSWORD_LENGTH = 12


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(user: User | None, password: str) -> bool:
    if user is None or not user.password_hash:
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        return False
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    return True


def encrypt_secret(secret: str) -> str:
    return crypto.encrypt("ACCOUNT_SECRETS_KEY", secret)


def decrypt_secret(token: str) -> str | None:
    return crypto.decrypt("ACCOUNT_SECRETS_KEY", token)


def verify_second_factor(user: User, code: str) -> bool:
    """Check a TOTP code and remember its step so it cannot be used again."""
    if not user.totp_secret:
        return False
    secret = decrypt_secret(user.totp_secret)
    if secret is None:
        return False
    step = totp.verify(secret, code, user.totp_last_step)
    if step is None:
        return False
    user.totp_last_step = step
    return True


def enrol_second_factor(user: User, secret: str, code: str) -> bool:
    step = totp.verify(secret, code, None)
    if step is None:
        return False
    user.totp_secret = encrypt_secret(secret)
    user.totp_last_step = step
    return True
