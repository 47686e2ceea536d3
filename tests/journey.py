"""Drives the respondent journey through the test client the way a browser would: following redirects, reading
the CSRF token from the page, posting what a person would choose."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

from tests.pages import is_html, parse


class Journey:
    def __init__(self, client: FlaskClient, code: str, language: str = "en") -> None:
        self.client = client
        self.code = code
        self.language = language
        self.page: BeautifulSoup | None = None
        self.response: Any = None

    def get(self, url: str, **kwargs: Any) -> BeautifulSoup:
        self.response = self.client.get(url, follow_redirects=True, **kwargs)
        self.page = read(self.response)
        return self.page

    def token(self) -> str:
        assert self.page is not None
        field = self.page.find("input", {"name": "csrf_token"})
        assert field is not None, "page has no CSRF token"
        return str(field["value"])

    def post(
        self, url: str, data: dict[str, Any] | list[tuple[str, str]] | None = None, with_token: bool = True
    ) -> BeautifulSoup:
        items: list[tuple[str, str]] = list(data.items()) if isinstance(data, dict) else list(data or [])
        if with_token:
            items.append(("csrf_token", self.token()))
        self.response = self.client.post(url, data=MultiDict(items), follow_redirects=True)
        self.page = read(self.response)
        return self.page

    def submit_current(self, data: dict[str, Any] | list[tuple[str, str]] | None = None) -> BeautifulSoup:
        """Post the page's own form (the first form with a CSRF token, not the easy version's switch) to its own
        action."""
        assert self.page is not None
        form = next(
            f
            for f in self.page.find_all("form")
            if f.find("input", {"name": "csrf_token"}) and not f.find_parent(class_="heard-easy-switch")
        )
        action = form.get("action") or self.response.request.path + (
            "?" + self.response.request.query_string.decode() if self.response.request.query_string else ""
        )
        return self.post(str(action), data)

    @property
    def path(self) -> str:
        return str(self.response.request.path)

    def h1(self) -> str:
        assert self.page is not None
        heading = self.page.find("h1")
        return heading.get_text(" ", strip=True) if heading else ""

    def start(self, band: str, easy: bool = False) -> BeautifulSoup:
        self.get(f"/s/{self.code}?band={band}&lang={self.language}")
        if easy:
            self.switch_easy(True)
        return self.submit_current()

    def switch_easy(self, on: bool) -> BeautifulSoup:
        """Press the easy version's switch on the page (it must offer to turn it ``on`` or off)."""
        assert self.page is not None
        switch = self.page.select_one(".heard-easy-switch form")
        assert switch is not None, "no easy version switch on this page"
        button = switch.find("button", {"name": "easy"})
        assert button is not None and button["value"] == ("on" if on else "off"), button
        page = str(switch.find("input", {"name": "page"})["value"])
        return self.post(str(switch["action"]), {"easy": str(button["value"]), "page": page})

    def answer_current(self, choose: str = "first", text: str = "Things are fine") -> None:
        """Answer the question on the page: the first offered choice, or some text."""
        assert self.page is not None
        radios = self.page.select("input.govuk-radios__input[name=answer]")
        boxes = self.page.select("input.govuk-checkboxes__input[name=answer]")
        if choose == "skip":
            self.submit_current({"skip": "1"})
        elif radios:
            self.submit_current({"answer": radios[0]["value"]})
        elif boxes:
            self.submit_current([("answer", str(box["value"])) for box in boxes[:2]])
        else:
            self.submit_current({"answer": text})


def read(response: Any) -> BeautifulSoup:
    """Every HTML page the journey reaches is checked (``tests.pages``); anything else is only parsed."""
    if is_html(response):
        return parse(response)
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")
