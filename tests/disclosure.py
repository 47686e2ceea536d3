"""An attacker's view of published tables, for the suppression property tests: given what was shown, can any count
below the threshold be worked out by adding up or subtracting? Independent of the code under test."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def small(value: int | None, threshold: int) -> bool:
    return value is not None and 0 < value < threshold


def assert_nothing_small(values: Iterable[int | None], threshold: int, what: str = "") -> None:
    for value in values:
        assert not small(value, threshold), f"{what}: published {value}"


def assert_partition_safe(whole: int | None, parts: Sequence[int | None], threshold: int, what: str = "") -> None:
    """``parts`` add up to ``whole``; ``None`` is hidden. Whatever is hidden must not be recoverable as, or add up
    to, a small number: the sum of the hidden parts is the whole minus the shown ones, and a hidden whole whose
    parts are all shown is their sum."""
    assert_nothing_small([whole, *parts], threshold, what)
    known = [part for part in parts if part is not None]
    if whole is None:
        if len(known) == len(parts):
            assert not small(sum(known), threshold), f"{what}: hidden whole is the sum of its parts, {sum(known)}"
        return
    hidden = len(parts) - len(known)
    if hidden:
        rest = whole - sum(known)
        assert not small(rest, threshold), f"{what}: {hidden} hidden part(s) add up to {rest}"


def assert_shares_safe(
    whole: tuple[int | None, int | None], parts: Sequence[tuple[int | None, int | None]], threshold: int, what: str = ""
) -> None:
    """Positive of answered, for a whole and its parts: sizes, positives and rests (answered minus positive, known
    wherever both are shown) each add up, and each must be safe."""

    def rest(pair: tuple[int | None, int | None]) -> int | None:
        positive, answered = pair
        return None if positive is None or answered is None else answered - positive

    assert_partition_safe(whole[1], [n for _p, n in parts], threshold, f"{what} sizes")
    assert_partition_safe(whole[0], [p for p, _n in parts], threshold, f"{what} positives")
    assert_partition_safe(rest(whole), [rest(part) for part in parts], threshold, f"{what} rests")
