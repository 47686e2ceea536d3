"""The comments page a page at a time (issue 15): search, filters for read state, theme, age band, language and what
the screen found, combinable as address parameters, with counts that agree with the rows.

Every count is checked against the rows it promises: the total equals the comments on all its pages put together,
each filter choice's number equals the comments you get by choosing it (with the other filters kept), and each single
filter's comments equal what the database holds, counted here another way. A theme's number counts comments, not
theme tags. Wrong parameters get a sentence and the page without that filter, never a server error."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis import reading
from participation.analysis import routes as comment_routes
from participation.analysis import services as analysis
from participation.analysis.comment_filters import searchable
from participation.analysis.models import AnswerAnalysis, AnswerTheme, SafeguardingCase
from participation.extensions import db
from participation.ops.access_log import redacted_query
from participation.responses.models import Answer, Response
from tests import factories
from tests.integration.test_erasure import answer as stored_answer
from tests.pages import parse

PER_PAGE = 4
# (text, band): themed, twice-themed, unthemed, a disclosure, a negative one, Polish, Welsh, Tigrinya (no word list).
COMMENTS = [
    ("I want to see my little brother more", "8-11"),
    ("I want to see my mum more and my social worker never calls", "12-17"),
    ("my social worker never rings me back", "12-17"),
    ("my social worker never rings me back", "care-leavers"),
    ("school is really good now", "4-7"),
    ("school is really good now", "12-17"),
    ("the food here is horrible and the house is boring", "12-17"),
    ("my mums boyfriend hits me when shes out", "8-11"),
    ("i like my new room and the garden", "care-leavers"),
    ("nothing to add", "4-7"),
    ("Chcę częściej widywać brata, jest mi ŹLE", "12-17"),
    ("Rwy eisiau gweld fy mrawd yn amlach", "8-11"),
    ("ሰላም ኣብዚ ገዛ ጽቡቕ ኣይኮነን", "12-17"),
    ("I want to see my little brother more", "12-17"),
]
READ = {0, 4, 8, 11}  # the comments a worker has read


@pytest.fixture()
def comments(app, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(comment_routes, "COMMENTS_PER_PAGE", PER_PAGE)
    with app.app_context():
        org = factories.organisation("Listington Council")
        consultation = factories.consultation(org, code="ls")
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        board, board_secret = factories.staff(org, Role.BOARD_MEMBER)
        ids = []
        for text, band in COMMENTS:
            response = stored_answer(consultation, text, band=band)
            ids.append(next(a.id for a in response.answers if a.text))
        # Pictures picked instead of typing, in the easy version: no words, themed by what the pictures say.
        pictured = stored_answer(consultation, "placeholder", band="4-7")
        comment = next(a for a in pictured.answers if a.text)
        comment.text, comment.pictures = None, ["family", "sad"]
        ids.append(comment.id)
        db.session.flush()
        analysis.rerun(consultation.id)
        for index in READ:
            reading.mark_read(reading.reading_of(org.id, ids[index]), worker)
        db.session.commit()
        return consultation.id, ids, (worker, secret), (board, board_secret)


def _url(consultation_id, **params) -> str:  # type: ignore[no-untyped-def]
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"/staff/consultations/{consultation_id}/comments" + (f"?{query}" if query else "")


def _ids(page: BeautifulSoup) -> list[str]:
    return [item["id"].removeprefix("a-") for item in page.select("li.heard-comment")]


def _total(page: BeautifulSoup) -> int:
    return int(re.match(r"([\d,]+) comments?", page.select_one("#comment-total").get_text(strip=True)).group(1))


def _options(page: BeautifulSoup, name: str) -> dict[str, int]:
    found = {}
    for option in page.select(f"select[name={name}] option"):
        found[option["value"]] = int(re.search(r"\(([\d,]+)\)$", option.get_text(strip=True)).group(1))
    return found


def _every_page(client, consultation_id, **params) -> tuple[BeautifulSoup, list[str]]:  # type: ignore[no-untyped-def]
    """The first page and the comments of every page, following the pagination's own links."""
    response = client.get(_url(consultation_id, **params))
    assert response.status_code == 200, (params, response.status_code)
    first = page = parse(response)
    seen = _ids(page)
    while (link := page.select_one("nav.govuk-pagination a[rel=next]")) is not None:
        kept = parse_qs(urlsplit(link["href"]).query)
        for key, value in params.items():
            if value and key != "page" and (key, value) != ("show", "unread"):  # unread: the default, unsaid
                assert kept.get(key) == [str(value)], f"the next page lost {key}: {link['href']}"
        page = parse(client.get(link["href"]))
        seen += _ids(page)
    assert len(seen) == len(set(seen)), "a comment is on two pages"
    return first, seen


def _stored(consultation_id) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """Each comment's facts counted from the database directly, not through the page's code."""
    rows = db.session.execute(
        select(
            Answer.id,
            Response.age_band,
            AnswerAnalysis.language,
            AnswerAnalysis.safeguarding,
            AnswerAnalysis.listed,
            AnswerAnalysis.sentiment,
        )
        .join(Response, Response.id == Answer.response_id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
        .where(Response.consultation_id == consultation_id, Answer.said())
    ).all()
    themes: dict = {}
    for answer_id, slug in db.session.execute(
        select(AnswerTheme.answer_id, AnswerTheme.slug).where(AnswerTheme.removed.is_(False))
    ):
        themes.setdefault(answer_id, set()).add(slug)
    cases = set(db.session.scalars(select(SafeguardingCase.answer_id)))
    return {
        str(answer_id): {
            "band": band,
            "language": language or "unknown",
            "themes": themes.get(answer_id, set()),
            # Words the screen could not read have a case too, but are listed as what they are: not screened.
            "disclosure": bool(flagged) or (answer_id in cases and listed),
            "negative": not flagged and answer_id not in cases and listed and (sentiment or 0) < 0,
        }
        for answer_id, band, language, flagged, listed, sentiment in rows
    }


def test_the_total_is_every_comment_on_every_page_and_each_filter_gives_what_the_database_holds(app, client, comments):
    consultation_id, ids, worker, _board = comments
    factories.sign_in(client, *worker)
    with app.app_context():
        stored = _stored(consultation_id)
    assert len(stored) == len(COMMENTS) + 1
    everything, seen = _every_page(client, consultation_id, show="all")
    assert _total(everything) == len(seen) == len(stored) and set(seen) == set(stored)
    read = {str(ids[index]) for index in READ}
    assert set(_every_page(client, consultation_id)[1]) == set(stored) - read  # unread, the default
    assert set(_every_page(client, consultation_id, show="read")[1]) == read

    for band in ("4-7", "8-11", "12-17", "care-leavers"):
        page, seen = _every_page(client, consultation_id, show="all", band=band)
        assert set(seen) == {key for key, facts in stored.items() if facts["band"] == band}
        assert _total(page) == len(seen) > 0
    for language in ("en", "pl", "cy", "ti", "unknown"):
        page, seen = _every_page(client, consultation_id, show="all", language=language)
        assert set(seen) == {key for key, facts in stored.items() if facts["language"] == language}, language
    for theme in ("family-time", "workers", "education"):
        page, seen = _every_page(client, consultation_id, show="all", theme=theme)
        assert set(seen) == {key for key, facts in stored.items() if theme in facts["themes"]}
    page, seen = _every_page(client, consultation_id, show="all", theme="none")
    assert set(seen) == {key for key, facts in stored.items() if not facts["themes"]} != set()
    page, seen = _every_page(client, consultation_id, show="all", flag="disclosure")
    assert set(seen) == {key for key, facts in stored.items() if facts["disclosure"]} == {str(ids[7])}
    assert _every_page(client, consultation_id, show="all", flag="unscreened")[1] == [str(ids[12])]
    negative = set(_every_page(client, consultation_id, show="all", flag="negative")[1])
    assert negative == {key for key, facts in stored.items() if facts["negative"]} and str(ids[6]) in negative


@pytest.mark.parametrize(
    "chosen",
    [
        {},
        {"show": "all"},
        {"show": "all", "band": "12-17"},
        {"band": "8-11", "language": "en"},
        {"show": "all", "theme": "family-time", "band": "12-17"},
        {"show": "all", "q": "social worker"},
        {"show": "read", "flag": "none", "band": "4-7"},
    ],
)
def test_each_choice_shows_the_comments_it_gives_with_the_other_filters(app, client, comments, chosen):
    consultation_id, _ids_, worker, _board = comments
    factories.sign_in(client, *worker)
    page, seen = _every_page(client, consultation_id, **chosen)
    assert _total(page) == len(seen)
    for name in ("show", "theme", "band", "language", "flag"):
        options = _options(page, name)
        selected = page.select_one(f"select[name={name}] option[selected]")
        for value, number in options.items():
            other = {**chosen, name: value or None}
            if number > PER_PAGE:
                given = parse(client.get(_url(consultation_id, **other)))
                assert _total(given) == number and len(_ids(given)) == PER_PAGE, (name, value, number)
            else:  # on one page: count them
                assert len(_every_page(client, consultation_id, **other)[1]) == number, (name, value, number)
        # The selected choice's number is the total shown.
        if selected is not None:
            assert options[selected["value"]] == _total(page)


def test_a_theme_counts_comments_not_tags_and_says_so(app, client, comments):
    consultation_id, ids, worker, _board = comments
    factories.sign_in(client, *worker)
    page, seen = _every_page(client, consultation_id, show="all")
    themes = _options(page, "theme")
    # Every theme is every comment, whatever the number of tags; a comment with two themes counts in both.
    assert themes[""] == len(seen) == _total(page)
    assert sum(number for slug, number in themes.items() if slug) > themes[""]
    two = str(ids[1])
    assert two in _every_page(client, consultation_id, show="all", theme="family-time")[1]
    assert two in _every_page(client, consultation_id, show="all", theme="workers")[1]
    assert "more than one theme" in page.select_one("#theme-counts").get_text()
    # Age bands are listed youngest first.
    assert [value for value in _options(page, "band") if value] == ["4-7", "8-11", "12-17", "care-leavers"]


def test_search_finds_every_word_whatever_the_capitals_and_accents(app, client, comments):
    consultation_id, ids, worker, _board = comments
    factories.sign_in(client, *worker)
    assert set(_every_page(client, consultation_id, show="all", q="SOCIAL worker")[1]) == {
        str(ids[1]),
        str(ids[2]),
        str(ids[3]),
    }
    assert _every_page(client, consultation_id, show="all", q="social garden")[1] == []
    # Polish typed without its accents finds the Polish comment, written in capitals with them; Tigrinya by its word.
    assert _every_page(client, consultation_id, show="all", q="zle czesciej")[1] == [str(ids[10])]
    assert _every_page(client, consultation_id, show="all", q="ጽቡቕ")[1] == [str(ids[12])]
    # Pictures are found by what they show.
    assert _every_page(client, consultation_id, show="all", q="family")[1] == [str(ids[14])]
    # The search combines with the filters, and says when nothing matches.
    assert _every_page(client, consultation_id, show="all", q="school", band="4-7")[1] == [str(ids[4])]
    empty = parse(client.get(_url(consultation_id, show="all", q="zebra")))
    assert _total(empty) == 0 and "No comments match" in empty.get_text()
    # Letters with a stroke are found by the letter under it too (Polish ł, Vietnamese đ).
    assert searchable("  Źle  ŻÓŁW  Đà ") == "zle zolw da"


def test_what_was_searched_for_stays_out_of_the_logs(app, client, comments):
    """The access log keeps the filters (fixed words) and the page, never the words searched for."""
    logged = redacted_query("q=my+mums+boyfriend&band=8-11&show=all&page=2&language=pl&flag=disclosure")
    assert "boyfriend" not in logged and "q=<redacted>" in logged
    assert "band=8-11" in logged and "page=2" in logged and "flag=disclosure" in logged


def test_pages_have_their_boundaries_and_links_that_keep_the_filters(app, client, comments):
    consultation_id, _ids_, worker, _board = comments
    factories.sign_in(client, *worker)
    total = len(COMMENTS) + 1
    last = -(-total // PER_PAGE)
    first = parse(client.get(_url(consultation_id, show="all")))
    assert len(_ids(first)) == PER_PAGE and f"showing 1 to {PER_PAGE}" in first.get_text()
    assert first.select_one("nav.govuk-pagination a[rel=prev]") is None
    final = parse(client.get(_url(consultation_id, show="all", page=last)))
    assert len(_ids(final)) == total - PER_PAGE * (last - 1)
    assert f"showing {PER_PAGE * (last - 1) + 1} to {total}" in final.get_text()
    assert final.select_one("nav.govuk-pagination a[rel=next]") is None
    assert final.select_one("nav.govuk-pagination [aria-current=page]").get_text(strip=True) == str(last)
    # Past the last page: the last page, saying so (a list shrinks as comments are read).
    past = client.get(_url(consultation_id, show="all", page=last + 5))
    assert past.status_code == 200 and _ids(parse(past)) == _ids(final)
    assert f"There are only {last} pages" in parse(past).select_one("#last-page").get_text()
    huge = client.get(_url(consultation_id, show="all", page=10**30))
    assert huge.status_code == 200 and _ids(parse(huge)) == _ids(final)
    # Every page link keeps every filter chosen.
    chosen = {"show": "all", "band": "12-17", "q": "I"}
    page = parse(client.get(_url(consultation_id, **chosen)))
    links = page.select("nav.govuk-pagination a")
    assert links
    for link in links:
        kept = parse_qs(urlsplit(link["href"]).query)
        assert {key: kept.get(key) for key in chosen} == {key: [value] for key, value in chosen.items()}, link


def test_a_readers_forms_come_back_to_the_same_filters_and_page(app, client, comments):
    consultation_id, ids, worker, _board = comments
    factories.sign_in(client, *worker)
    page = parse(client.get(_url(consultation_id, band="12-17", page=2)))
    form = page.select_one("form[action*='/read']")
    kept = parse_qs(urlsplit(form["action"]).query)
    assert kept["band"] == ["12-17"] and kept["page"] == ["2"]
    token = page.find("input", {"name": "csrf_token"})["value"]
    response = client.post(form["action"], data={"csrf_token": token})
    back = parse_qs(urlsplit(response.headers["Location"]).query)
    assert back["band"] == ["12-17"] and back["page"] == ["2"]


WRONG = [
    ({"band": "zz"}, "Choose an age band from the list"),
    ({"theme": "no-such-theme"}, "Choose a theme from the list"),
    ({"language": "xx"}, "Choose a language from the list"),
    ({"flag": "maybe"}, "Choose what the screen found from the list"),
    ({"show": "everything"}, "Choose which comments to show from the list"),
    ({"page": "two"}, "Page must be a number, like 2"),
    ({"page": "0"}, "Page must be 1 or more"),
    ({"page": "-3"}, "Page must be 1 or more"),
    ({"q": "x" * 101}, "Search words must be 100 characters or fewer"),
]
ODD = [
    "q=%00%E2%80%AE",
    "band=%ff%fe",
    "page=1e9",
    "theme=&band=&page=",
    "q=" + "%F0%9F%91%8D" * 3,
    "band=4-7&band=8-11",
]


def test_a_wrong_parameter_gets_a_sentence_and_the_page_without_it(app, client, comments):
    consultation_id, _ids_, worker, _board = comments
    factories.sign_in(client, *worker)
    everything = _total(parse(client.get(_url(consultation_id, show="all"))))
    for params, message in WRONG:
        response = client.get(_url(consultation_id, **{"show": "all", **params}))
        assert response.status_code == 400, params
        page = parse(response)
        summary = page.select_one(".govuk-error-summary")
        assert summary is not None and message in summary.get_text(), params
        assert page.title.get_text().startswith("Error:")
        # The list is still there, without the wrong filter (every comment, or every unread one).
        assert _ids(page) and _total(page) <= everything, params
        assert summary.select_one("a")["href"] in ("#comment-count", f"#{next(iter(params))}"), params
    for query in ODD:
        response = client.get(_url(consultation_id) + "?" + query)
        assert response.status_code in (200, 400), query
        parse(response)


def test_only_people_who_read_the_comments_see_them_and_their_numbers(app, client, comments):
    """The numbers on this page are counts of comments the same people read one by one on it: a board member, who
    must never see small numbers of people, cannot open it (TRUST.md, one suppression)."""
    consultation_id, _ids_, _worker, board = comments
    factories.sign_in(client, *board)
    assert client.get(_url(consultation_id, show="all", band="4-7")).status_code == 403
