"""Finding comments on the comments page: filters, a free-text search, pages, and the number beside each choice.

Pure functions over what the page needs to know of each comment (``Facts``), with no Flask and no database: the list
of one consultation's comments is read once (``services.comment_facts``) and every figure the page shows is counted
from it with the same test the page's rows pass (``matches``), so the numbers agree by construction:

- the total is the number of comments every chosen filter lets through, and the pages hold exactly those;
- each choice of a filter shows how many comments choosing it would give together with the other filters chosen
  (a "faceted" count); "any" shows the total without that filter;
- a theme's number counts comments, not theme tags. A comment can be about several themes, so the themes' numbers
  can add up to more than the total; "no theme yet" counts those with none.

The search looks in the words as stored (``Answer.text`` is kept as typed, in the database's text column, and the
retention purge and erasure remove it) plus what each picked picture says. It runs here, in Python, on the comments
already read for the page, never as SQL: SQLite's ``lower()`` and ``LIKE`` fold only ASCII letters while PostgreSQL's
fold every script, so the same search would find different comments on the two; and no second copy of young people's
words (a search index) is kept anywhere that erasure would have to find. Capitals, accents and other marks do not
matter ("zle" finds "Źle"); every word typed must appear.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

PER_PAGE = 50
SEARCH_MAX = 100

ANY = ""
READ_STATES = ("unread", "read", "all")
NO_THEME = "none"
UNKNOWN_LANGUAGE = "unknown"
# What the screen found, in the order comments are read (``reading.Priority``): its name in addresses.
FLAGS = ("disclosure", "unscreened", "negative", "none")
DIMENSIONS = ("show", "theme", "band", "language", "flag")


# Letters whose mark is part of the letter, so Unicode does not split it off: searched as the letter under the stroke.
STROKES = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l"})


def searchable(text: str) -> str:
    """Text as the search compares it: compatibility forms joined (NFKD), marks dropped (accents, Arabic vowel
    signs) and strokes too (Polish ł, Vietnamese đ), case folded for every script, runs of space made one."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(STROKES)
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


def search_terms(typed: str) -> tuple[str, ...]:
    """The words of a search, each compared as ``searchable`` text; repeated words once."""
    return tuple(dict.fromkeys(searchable(typed).split()))


@dataclass(frozen=True)
class Facts:
    """What the page filters, counts and orders one comment by."""

    answer_id: uuid.UUID
    band: str
    language: str | None
    flag: str  # one of FLAGS
    rank: int  # reading order: lower first (``reading.Priority``)
    arrived_at: datetime
    read_at: datetime | None
    themes: frozenset[str]
    words: str  # ``searchable`` text of what was typed and what the picked pictures say
    text: str = ""  # what was typed, as typed (for emerging topics)

    @property
    def read(self) -> bool:
        return self.read_at is not None


@dataclass(frozen=True)
class Filters:
    show: str = "unread"
    theme: str = ANY
    band: str = ANY
    language: str = ANY
    flag: str = ANY
    search: tuple[str, ...] = ()

    def without(self, dimension: str) -> Filters:
        """The same filters with one of them (``DIMENSIONS``) set to take every comment."""
        if dimension == "show":
            return replace(self, show="all")
        return replace(self, **{dimension: ANY})  # type: ignore[arg-type]  # one of the str filters, never search

    @property
    def narrowed(self) -> bool:
        """Whether anything narrows the list beyond which comments to show (read or unread)."""
        return bool(self.theme or self.band or self.language or self.flag or self.search)


def _value(facts: Facts, dimension: str) -> Iterable[str]:
    """The choices of one filter that would let this comment through (any number for themes, one for the rest)."""
    if dimension == "show":
        return ("read" if facts.read else "unread", "all")
    if dimension == "theme":
        return facts.themes or (NO_THEME,)
    if dimension == "band":
        return (facts.band,)
    if dimension == "language":
        return (facts.language or UNKNOWN_LANGUAGE,)
    return (facts.flag,)


def _passes(facts: Facts, filters: Filters, dimension: str) -> bool:
    chosen = getattr(filters, dimension)
    return chosen in (ANY, "all") or chosen in _value(facts, dimension)


def matches(facts: Facts, filters: Filters) -> bool:
    """Whether every chosen filter and every search word lets this comment through."""
    return all(_passes(facts, filters, dimension) for dimension in DIMENSIONS) and all(
        term in facts.words for term in filters.search
    )


def in_reading_order(comments: Iterable[Facts]) -> list[Facts]:
    """Unread comments first, in the order they should be read (by ``rank``, then oldest first), then read ones, the
    most recently read first."""
    listed = list(comments)
    unread = sorted((c for c in listed if not c.read), key=lambda c: (c.rank, c.arrived_at, str(c.answer_id)))
    read = sorted((c for c in listed if c.read), key=lambda c: (c.read_at, str(c.answer_id)), reverse=True)
    return unread + read


@dataclass
class Found:
    """One page of the comments the filters let through, and the numbers for the filter form."""

    total: int
    page: int
    pages: int
    shown: list[Facts]
    # For each filter (DIMENSIONS): each choice -> how many comments choosing it would give, the other filters kept.
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    asked_page: int = 1  # the page asked for, when it was past the last one
    per_page: int = PER_PAGE

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.first + len(self.shown) - 1 if self.shown else 0

    @property
    def past_the_end(self) -> bool:
        return self.asked_page > self.pages


def find(comments: Sequence[Facts], filters: Filters, page: int = 1, per_page: int = PER_PAGE) -> Found:
    """The comments ``filters`` let through, in reading order, cut to ``page`` (the last page when past it), with
    each filter choice's count."""
    chosen = in_reading_order(c for c in comments if matches(c, filters))
    pages = max(1, -(-len(chosen) // per_page))
    number = min(max(1, page), pages)
    counts: dict[str, Counter[str]] = {}
    for dimension in DIMENSIONS:
        others = filters.without(dimension)
        let_through = [comment for comment in comments if matches(comment, others)]
        tally = Counter(value for comment in let_through for value in _value(comment, dimension))
        tally["all" if dimension == "show" else ANY] = len(let_through)
        counts[dimension] = tally
    return Found(
        total=len(chosen),
        page=number,
        pages=pages,
        shown=chosen[(number - 1) * per_page : number * per_page],
        counts=counts,
        asked_page=page,
        per_page=per_page,
    )
