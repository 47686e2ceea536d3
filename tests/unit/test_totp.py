"""The second factor's codes, checked against RFC 6238's own test vectors and Heard's rules on top of them."""

from __future__ import annotations

import base64

import pyotp
import pytest

from participation.accounts import totp

# RFC 6238 appendix B: the SHA-1 seed is the ASCII text "12345678901234567890"; the RFC prints 8 digits, an
# authenticator shows the last 6.
RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()
RFC_VECTORS = [
    (59, "94287082"),
    (1111111109, "07081804"),
    (1111111111, "14050471"),
    (1234567890, "89005924"),
    (2000000000, "69279037"),
    (20000000000, "65353130"),
]


@pytest.mark.parametrize(("when", "eight_digits"), RFC_VECTORS)
def test_codes_match_the_rfc_test_vectors(when: int, eight_digits: str) -> None:
    assert totp.code_for(RFC_SECRET, now=when) == eight_digits[-totp.DIGITS :]
    assert totp.verify(RFC_SECRET, eight_digits[-totp.DIGITS :], None, now=when) == when // totp.STEP_SECONDS


def test_one_step_of_drift_either_way_and_no_more() -> None:
    when = 1111111111
    step = when // 30
    for offset in (-1, 0, 1):
        assert (
            totp.verify(RFC_SECRET, totp.code_for(RFC_SECRET, now=when + 30 * offset), None, now=when) == step + offset
        )
    for offset in (-2, 2):
        assert totp.verify(RFC_SECRET, totp.code_for(RFC_SECRET, now=when + 30 * offset), None, now=when) is None


def test_a_used_step_or_an_earlier_one_is_refused() -> None:
    when = 1234567890
    step = when // 30
    code = totp.code_for(RFC_SECRET, now=when)
    assert totp.verify(RFC_SECRET, code, step, now=when) is None
    assert totp.verify(RFC_SECRET, code, step - 1, now=when) == step
    earlier = totp.code_for(RFC_SECRET, now=when - 30)
    assert totp.verify(RFC_SECRET, earlier, step - 1, now=when) is None


def test_spaces_are_ignored_and_wrong_or_short_codes_refused() -> None:
    when = 59
    assert totp.verify(RFC_SECRET, "287 082", None, now=when) == 1
    assert totp.verify(RFC_SECRET, "287083", None, now=when) is None
    assert totp.verify(RFC_SECRET, "28708", None, now=when) is None
    # Digits from another script are not a code, and must not raise.
    assert totp.verify(RFC_SECRET, "٢٨٧٠٨٢", None, now=when) is None


def test_new_secrets_are_160_bit_base32_and_differ() -> None:
    first, second = totp.new_secret(), totp.new_secret()
    assert first != second
    assert len(first) == 32
    assert len(base64.b32decode(first)) == 20
    assert totp.verify(first, totp.code_for(first), None) is not None


def test_the_provisioning_uri_names_the_account_issuer_and_secret() -> None:
    secret = totp.new_secret()
    uri = totp.provisioning_uri(secret, "ann@example.org", "Heard")
    assert uri.startswith("otpauth://totp/")
    read = pyotp.parse_uri(uri)
    assert isinstance(read, pyotp.TOTP)
    assert (read.secret, read.name, read.issuer) == (secret, "ann@example.org", "Heard")
    assert (read.digits, read.interval) == (totp.DIGITS, totp.STEP_SECONDS)
    assert read.at(1234567890) == totp.code_for(secret, now=1234567890)
