"""How much the redaction takes out of young people's words, measured on labelled sets: each row is what was written
and what it should read after redaction (tests/data/redaction_dev.csv, tests/data/redaction_heldout.csv).

Two figures, both counted word by word against the expected text:
- identifying details taken out: a detail (the words one placeholder stands for in the expected text) counts only
  when every one of its words is gone ("jamie dot [email]" leaves the detail in);
- ordinary words taken out: words the expected text keeps that the redaction took away. Over-redaction is a defect
  too: it makes a quote unreadable ("i [name] it [name] get better").

The outside review of the redaction (first names with no cue word, titles with surnames, schools and homes nobody
listed, spelt-out email addresses) measured before the change: development set 9 of 43 details taken out, 5 ordinary
words taken out ("i'm [address]" for "i'm 17 so no way", "called [name]" for "called Childline"), 47 of 81 rows exactly
right; held-out set 5 of 22 details, 0 ordinary words, 21 of 38 rows. After it: development set (tuned on) 43 of 43,
0 ordinary words, 81 of 81 rows; held-out set, written with the development set before the change and measured once
after it, 21 of 22 details ("church street" missed: "church" was read as never a person before it was read as a
place's word; fixed since, so 22 of 22 now), 0 ordinary words. Neither set is now fit to measure the next round:
write a fresh one.

Known misses after that (rows r082-r104 of the development set, tuned on): a name that is also a word before who the
person is ("Will is my key worker"), names written with digits for letters ("s4rah", "j0sh") and towns after "in",
"from", "to" or "near" ("moved to Rotherham"), with look-alikes ("Summer is my favourite time of year", "gr8 m8",
"I got into reading this year", "we watched Derby County"). Before the change 43 of 58 details, 0 ordinary words, 89
of 104 rows exactly right; after, 58 of 58, 0, 104 of 104. The held-out set, measured once at the end and not tuned
on: 22 of 22 details, 0 ordinary words, 38 of 38 rows, before and after.

The fourth outside review (N2) put on the projector what young people write to get past a filter: a full name in
lower case or capitals ("jade thompson", "JADE THOMPSON", a first name that is also a word), spelt out ("j a d e
thompson", "J A D E"), a phone number with letters for digits, marks between them or in words ("o7700 9oo 129",
"zero seven seven ..."), and an address in slang ("my addy is 12 kingsway"). tests/data/redaction_disguised.csv has
24 such details (with "J-A-D-E T-H-O-M-P-S-O-N", "jade_thompson", "+44 7700 9oo 129") and 27 look-alikes that must
stay ("I love Chelsea", "SCHOOL IS BORING", "I am 15", "top 10", "will spain win the euros", "L O V E this group").
Before the change: 0 of 24 details, 0 ordinary words, 27 of 51 rows exactly right; after (tuned on): 24 of 24, 0,
51 of 51. The development and held-out sets: 58 of 58 and 22 of 22
details, 0 ordinary words, 104 of 104 and 38 of 38 rows, before and after; and of the 4,070 texts in tests/data
(comments of every labelled set and what the redaction should leave), ``may_point_to_someone`` flags the same 128.

The fifth outside review got six more through: the family name first ("thompson jade"), run together
("jadethompson"), hyphens inside the names ("ja-de thom-pson"), digits and digits' words mixed in one piece of a phone
number ("0seven700 900 1two9"), a postcode spelt out ("n e 1 4 s t") and a house number in words ("number twelve
kingsway"). redaction_disguised.csv now has 46 details (those, "no. 12 kingsway", "jade THOMPSON", "ne 1 4 s t" and
more) and 38 look-alikes ("the number 12 bus", "kane will score", "my e-mail is broken", "im 14 y.o and hes 20",
Polish "ale chemia jest"). Before the change: 24 of 46 details, 0 ordinary words, 62 of 84 rows exactly right; after
(tuned on): 46 of 46, 0, 84 of 84. The development and held-out sets unchanged (58 of 58, 22 of 22, 0 ordinary words,
every row right); of the 4,070 texts in tests/data outside this set, ``may_point_to_someone`` flags the same 128, and
the redaction leaves every one of them as it did.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from participation.analysis.redaction import PLACEHOLDERS, redact

DATA = Path(__file__).resolve().parents[1] / "data"
# A placeholder is one token; otherwise words (with their apostrophes) and single marks.
_TOKEN = re.compile(r"\[[a-z ]+\]|[^\W_]+(?:['’][^\W_]+)*|\S")


@dataclass
class Score:
    rows: int = 0
    exact: int = 0
    details: int = 0
    details_out: int = 0
    ordinary_out: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    over: list[tuple[str, str]] = field(default_factory=list)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _removed(original: Sequence[str], redacted: Sequence[str]) -> set[int]:
    """Which of the original's tokens the redacted text no longer has (aligned word by word)."""
    kept: set[int] = set()
    matcher = difflib.SequenceMatcher(a=original, b=redacted, autojunk=False)
    for block in matcher.get_matching_blocks():
        kept.update(range(block.a, block.a + block.size))
    return set(range(len(original))) - kept


def _details(removed: set[int]) -> list[list[int]]:
    """The expected removals grouped into details: runs of neighbouring tokens."""
    runs: list[list[int]] = []
    for index in sorted(removed):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def read_rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score(rows: Sequence[dict[str, str]], redactor: Callable[[str], str]) -> Score:
    result = Score()
    for row in rows:
        original, expected = _tokens(row["text"]), _tokens(row["expected"])
        actual_text = redactor(row["text"])
        actual = _tokens(actual_text)
        result.rows += 1
        result.exact += actual_text == row["expected"]
        should, did = _removed(original, expected), _removed(original, actual)
        for detail in _details(should):
            result.details += 1
            if set(detail) <= did:
                result.details_out += 1
            else:
                result.missed.append((row["id"], " ".join(original[i] for i in detail)))
        for index in sorted(did - should):
            if re.match(r"\w", original[index]):
                result.ordinary_out += 1
                result.over.append((row["id"], original[index]))
    return result


def _redacted(text: str) -> str:
    return redact(text)[0]


@dataclass(frozen=True)
class Floors:
    rows: int
    details: float  # share of identifying details taken out
    ordinary: int  # ordinary words taken out, at most


# Floors just below what the change reached (the module's note): two missed details fail either set, and so does
# one ordinary word taken out.
SETS = {
    "redaction_dev.csv": Floors(rows=60, details=0.97, ordinary=0),
    "redaction_heldout.csv": Floors(rows=30, details=0.95, ordinary=0),
    "redaction_disguised.csv": Floors(rows=40, details=0.95, ordinary=0),
}


def test_the_labelled_rows_use_only_real_placeholders():
    names = set(PLACEHOLDERS.values())
    for name in SETS:
        for row in read_rows(name):
            assert set(re.findall(r"\[[a-z ]+\]", row["expected"])) <= names, row["id"]
            assert "[" not in row["text"], row["id"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_identifying_details_go_and_ordinary_words_stay(name):
    floors = SETS[name]
    rows = read_rows(name)
    assert len(rows) >= floors.rows
    result = score(rows, _redacted)
    print(
        f"\n{name}: {result.details_out}/{result.details} details taken out, {result.ordinary_out} ordinary words "
        f"taken out, {result.exact}/{result.rows} rows exactly right; missed {result.missed}; over {result.over}"
    )
    assert result.details_out / result.details >= floors.details, result.missed
    assert result.ordinary_out <= floors.ordinary, result.over


def test_the_scoring_counts_what_it_should():
    """The measure itself: a detail only partly taken out is missed, an ordinary word taken out is counted."""
    rows = [
        {"id": "x", "text": "tell jamie dot smith at gmail dot com i hope", "expected": "tell [name] [email] i hope"}
    ]
    partly = score(rows, lambda _text: "tell [name] dot [email] i [name]")
    assert (partly.details, partly.details_out, partly.ordinary_out) == (1, 0, 1)
    whole = score(rows, lambda _text: "tell [name] [email] i hope")
    assert (whole.details_out, whole.ordinary_out, whole.exact) == (1, 0, 1)
