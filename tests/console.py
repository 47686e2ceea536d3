"""A signed-in member of staff's browser in the test client: every page it reaches is checked (``tests.pages``)."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from werkzeug.datastructures import MultiDict

from tests.journey import read


class Console:
    """A signed-in worker's browser, posting forms the way the pages build them."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.page: BeautifulSoup | None = None
        self.response: Any = None

    def get(self, url: str) -> BeautifulSoup:
        self.response = self.client.get(url, follow_redirects=True)
        self.page = read(self.response)
        return self.page

    def form_data(self, form) -> list[tuple[str, str]]:
        data = []
        for field in form.find_all(["input", "textarea", "select"]):
            name = field.get("name")
            if not name:
                continue
            if field.name == "select":
                chosen = field.find("option", selected=True) or field.find("option")
                data.append((name, chosen.get("value", "") if chosen else ""))
            elif field.get("type") in ("checkbox", "radio"):
                if field.has_attr("checked"):
                    data.append((name, field.get("value", "y")))
            elif field.name == "textarea":
                data.append((name, field.get_text()))
            else:
                data.append((name, field.get("value", "")))
        return data

    def submit(
        self, changes: dict | None = None, form_index: int = 0, action: str | None = None, drop: tuple[str, ...] = ()
    ) -> BeautifulSoup:
        main = self.page.find("main")
        form = [f for f in main.find_all("form") if f.find("input", {"name": "csrf_token"})][form_index]
        data = MultiDict([(k, v) for k, v in self.form_data(form) if k not in (changes or {}) and k not in drop])
        for key, value in (changes or {}).items():
            for item in value if isinstance(value, list) else [value]:
                data.add(key, item)
        url = action or form.get("action") or self.response.request.path
        self.response = self.client.post(url, data=data, follow_redirects=True)
        self.page = read(self.response)
        return self.page

    def post(self, url: str, data: dict) -> BeautifulSoup:
        """Post to any URL with the CSRF token of the page last seen (a hand-made or tampered request)."""
        token = self.page.find("input", {"name": "csrf_token"})["value"]
        self.response = self.client.post(url, data={**data, "csrf_token": token}, follow_redirects=True)
        self.page = read(self.response)
        return self.page

    def follow(self, label: str) -> BeautifulSoup:
        """Follow a link in the page's main part whose words start with ``label`` (a link styled as a button, such as
        Publish, which leads to its confirmation page)."""
        link = next(
            (a for a in self.page.find("main").find_all("a") if a.get_text(" ", strip=True).startswith(label)),
            None,
        )
        assert link is not None, f"no link {label}"
        return self.get(link["href"])

    def press(self, label: str) -> BeautifulSoup:
        """Press a button that sits in its own small form (publish, move, remove)."""
        button = next(
            (b for b in self.page.find("main").find_all("button") if b.get_text(" ", strip=True).startswith(label)),
            None,
        )
        assert button is not None, f"no button {label}"
        form = button.find_parent("form")
        token = form.find("input", {"name": "csrf_token"})["value"]
        self.response = self.client.post(form["action"], data={"csrf_token": token}, follow_redirects=True)
        self.page = read(self.response)
        return self.page
