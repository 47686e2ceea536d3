"""A page's title and header name the service once: the staff sign-in page read "Heard | Heard" in its header (a
first-time worker's walk, issue 17), and a title that already names Heard ("Set up sign-in to Heard") was followed by
"– Heard" again. ``tests.pages.problems`` now checks every page a test fetches for the same."""

from __future__ import annotations

from bs4 import BeautifulSoup
from markupsafe import Markup

from participation.templating import page_title
from tests import factories
from tests.pages import fetch, said_twice


def _title(page: BeautifulSoup) -> str:
    return page.find("title").get_text(strip=True)


def _header(page: BeautifulSoup) -> list[str]:
    return [tag.get_text(strip=True) for tag in page.select(".heard-header__org, .heard-header__service")]


def test_the_sign_in_page_names_heard_once_in_its_title_and_header(client):
    page = fetch(client, "/staff/sign-in")
    assert _title(page) == "Sign in – Heard"
    assert _header(page) == ["Heard"]


def test_a_signed_in_workers_header_names_the_council_then_heard(app, client):
    factories.worker_console(app, client, "Titleshire")
    page = fetch(client, "/staff/sessions")
    assert _header(page) == ["Titleshire", "Heard"]
    assert _title(page) == "Sessions – Heard"


def test_a_title_that_names_the_site_is_not_followed_by_it_again():
    assert page_title("Set up sign-in to Heard", "Heard") == "Set up sign-in to Heard"
    assert page_title("Join Northshire on Heard", "Heard") == "Join Northshire on Heard"
    assert page_title("Being heard", "Heard") == "Being heard – Heard"
    assert page_title("  ", "Northshire") == "Northshire"
    assert page_title("Your answers", "Northshire Council") == "Your answers – Northshire Council"
    # The title block arrives escaped: it is taken back to text once, to be escaped once when shown.
    assert page_title(Markup("Tom &amp; Jerry"), "Heard") == "Tom & Jerry – Heard"


def test_the_page_check_finds_a_name_said_twice():
    page = BeautifulSoup(
        '<header><a class="heard-header__org">Heard</a><span class="heard-header__service">Heard</span></header>',
        "html.parser",
    )
    assert said_twice("Sign in – Heard", page) == ["the header says Heard | Heard"]
    assert said_twice("Set up sign-in to Heard – Heard", BeautifulSoup("", "html.parser"))
    assert said_twice("Sign in – Heard", BeautifulSoup("", "html.parser")) == []
