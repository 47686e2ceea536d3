"""The comments page's counting, on random lists of comments: the pages hold exactly the total, and each filter
choice's number is what choosing it gives. The emerging-topics check reads themes as the analysis does."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from participation.analysis import comment_filters
from participation.analysis.comment_filters import ANY, DIMENSIONS, FLAGS, Facts, Filters, find, searchable
from participation.analysis.engine import classify, themes_of

START = datetime(2026, 1, 1, tzinfo=UTC)
THEMES = ["family-time", "workers", "education"]
WORDS = ["home", "school", "worker", "mum", "Źle"]

comment = st.builds(
    lambda band, language, rank, hours, read, themes, words: Facts(
        answer_id=uuid.uuid4(),
        band=band,
        language=language,
        flag=FLAGS[rank],
        rank=rank,
        arrived_at=START + timedelta(hours=hours),
        read_at=START + timedelta(days=30, hours=hours) if read else None,
        themes=frozenset(themes),
        words=searchable(" ".join(words)),
    ),
    st.sampled_from(["4-7", "8-11", "12-17"]),
    st.sampled_from(["en", "pl", None]),
    st.integers(0, 3),
    st.integers(0, 500),
    st.booleans(),
    st.sets(st.sampled_from(THEMES), max_size=2),
    st.lists(st.sampled_from(WORDS), max_size=3),
)
filters = st.builds(
    Filters,
    show=st.sampled_from(comment_filters.READ_STATES),
    theme=st.sampled_from([ANY, *THEMES, comment_filters.NO_THEME]),
    band=st.sampled_from([ANY, "4-7", "12-17"]),
    language=st.sampled_from([ANY, "en", comment_filters.UNKNOWN_LANGUAGE]),
    flag=st.sampled_from([ANY, *FLAGS]),
    search=st.sampled_from([(), ("school",), ("zle", "home")]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(comment, max_size=40), filters, st.integers(1, 4))
def test_pages_hold_the_total_and_each_choice_gives_its_number(comments, chosen, per_page):
    found = find(comments, chosen, 1, per_page)
    pages = [find(comments, chosen, number, per_page).shown for number in range(1, found.pages + 1)]
    shown = [item.answer_id for page in pages for item in page]
    assert len(shown) == len(set(shown)) == found.total
    assert all(len(page) == per_page for page in pages[:-1])
    assert set(shown) == {item.answer_id for item in comments if comment_filters.matches(item, chosen)}
    for dimension in DIMENSIONS:
        for value, number in found.counts[dimension].items():
            given_value = Filters(**{**vars(chosen), dimension: value})
            other = chosen.without(dimension) if value in (ANY, "all") else given_value
            assert find(comments, other, 1, per_page).total == number, (dimension, value)
    # A theme's number counts comments: with several themes on a comment the themes add up to at least the total.
    assert sum(n for value, n in found.counts["theme"].items() if value != ANY) >= found.counts["theme"][ANY]
    # Unread ones first, in reading order; then read ones, latest first.
    order = [item for page in pages for item in page]
    unread = [item for item in order if not item.read]
    assert order[: len(unread)] == unread
    assert [(i.rank, i.arrived_at) for i in unread] == sorted((i.rank, i.arrived_at) for i in unread)


def test_the_search_ignores_capitals_accents_marks_and_strokes():
    assert searchable("ŹLE Żółw") == searchable("zle zolw") == "zle zolw"
    assert searchable("Đi HỌC") == "di hoc"
    assert searchable("كَتَبَ") == searchable("كتب")  # Arabic vowel signs
    assert comment_filters.search_terms("  Mum mum  HOME ") == ("mum", "home")


def test_emerging_topics_read_a_phrases_themes_as_the_analysis_does():
    for phrase in [
        "little brother",
        "social worker",
        "pathway plan",
        "hits me",
        "free gym",
        "bus pass",
        "my pa",
        "ሰላም ኣብዚ",
        "widywać brata",
        "nobody",
        "",
    ]:
        assert themes_of(phrase) == classify(phrase).themes, phrase
