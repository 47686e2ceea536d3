"""Every field error a member of staff can be shown is a sentence in the design system's style, translated: never one of
WTForms' own defaults ("Not a valid integer value.", "This field is required.", "Not a valid date value.",
"Field cannot be longer than 200 characters.").

Two walks. Every form class in Heard is filled with nothing, with words where numbers, dates and choices belong, and
with far too much, and none of its errors is a WTForms default. Then every staff page is opened as a member of staff
with every role, and every form on it is sent the same bad input through the real pages: no default reaches the
screen, and every list to choose from on the way is the design system's select, with a label.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from sqlalchemy import select
from werkzeug.datastructures import MultiDict
from wtforms import Form

import participation
from participation.accounts.models import Role
from participation.extensions import db
from participation.organisations.models import Organisation
from tests import factories
from tests.integration.test_isolation import STAFF_OBJECT_ROUTES, World, build_b
from tests.pages import fetch

# WTForms' own messages, from its catalogue (every language's file holds the same English ids), and Flask-WTF's.
WTFORMS_CATALOGUE = Path(importlib.import_module("wtforms").__file__).parent / "locale/pl/LC_MESSAGES/wtforms.po"
FLASK_WTF_DEFAULTS = [
    "File does not have an approved extension: %(extensions)s",
    "File must be between %(min_size)s and %(max_size)s bytes.",
    "The CSRF token is missing.",
    "The CSRF token is invalid.",
    "The CSRF token has expired.",
]


def _defaults() -> list[re.Pattern[str]]:
    with open(WTFORMS_CATALOGUE, "rb") as handle:
        catalogue = read_po(handle)
    ids: list[str] = list(FLASK_WTF_DEFAULTS)
    for message in catalogue:
        if message.id:
            ids.extend(message.id if isinstance(message.id, tuple) else [message.id])
    patterns = []
    for text in ids:
        # "%(max)d", "%s" and the like stand for anything; the closing full stop may go.
        pattern = re.sub(r"%(\\\(\w+\\\))?[dsr]", ".+?", re.escape(text.rstrip(".")))
        patterns.append(re.compile(pattern))
    return patterns


DEFAULTS = _defaults()


def raw(text: str) -> list[str]:
    """The WTForms defaults in ``text``."""
    flat = " ".join(text.split())
    return [pattern.pattern for pattern in DEFAULTS if pattern.search(flat)]


def test_the_defaults_are_recognised():
    """The walks below would pass vacuously if the patterns matched nothing."""
    assert raw("Not a valid integer value.") and raw("This field is required.")
    assert raw("Field cannot be longer than 200 characters.") and raw("Not a valid date value.")
    assert raw("Not a valid choice")
    assert not raw("How many codes must be a number, like 30")


# --- every form class -----------------------------------------------------------------------------------------------


def _form_classes() -> list[type[Form]]:
    for module in pkgutil.walk_packages(participation.__path__, "participation."):
        importlib.import_module(module.name)
    found: list[type[Form]] = []
    waiting = list(Form.__subclasses__())
    while waiting:
        cls = waiting.pop()
        waiting.extend(cls.__subclasses__())
        module = sys.modules.get(cls.__module__)
        # Only classes a module defines (not one made on the fly for one question), and only Heard's own.
        if cls.__module__.startswith("participation.") and getattr(module, cls.__name__, None) is cls:
            found.append(cls)
    return sorted(set(found), key=lambda cls: f"{cls.__module__}.{cls.__name__}")


def _bad_input(form: Form, kind: str) -> MultiDict[str, str]:
    data: MultiDict[str, str] = MultiDict()
    for field in form:
        if field.type in ("CSRFTokenField", "HiddenField"):
            continue
        if kind == "empty":
            value = ""
        elif kind == "words":
            value = "ten"
        else:
            value = "x" * 250_001
        parts = 3 if "Date" in field.type else 1
        for _part in range(parts):
            data.add(field.name, value)
    return data


def _errors(errors: Any) -> Iterator[str]:
    if isinstance(errors, dict):
        for value in errors.values():
            yield from _errors(value)
    elif isinstance(errors, list | tuple):
        for value in errors:
            yield from _errors(value)
    else:
        yield str(errors)


@pytest.mark.parametrize("kind", ["empty", "words", "long"])
def test_every_form_class_answers_bad_input_in_its_own_words(app, kind):
    classes = _form_classes()
    assert len(classes) > 20
    shown: dict[str, list[str]] = {}
    with app.test_request_context():
        for cls in classes:
            empty = cls(formdata=None, meta={"csrf": False})
            form = cls(formdata=_bad_input(empty, kind), meta={"csrf": False})
            form.validate()
            for message in _errors(form.errors):
                if raw(message):
                    shown.setdefault(f"{cls.__module__}.{cls.__name__}", []).append(message)
    assert shown == {}


# --- every staff page and its forms, through the pages ------------------------------------------------------------


def _visible_fields(form: Any) -> list[Any]:
    return [
        field
        for field in form.find_all(["input", "select", "textarea"])
        if field.get("name") and field.get("type") not in ("hidden", "submit", "button", "file")
    ]


def _post_data(form: Any, kind: str) -> MultiDict[str, str]:
    """What the form would send with every field filled badly: hidden fields (the CSRF token, a revision) as they
    are."""
    fields = _visible_fields(form)
    long_value = "x" * min(5_001, 200_000 // max(1, len(fields)))
    data: MultiDict[str, str] = MultiDict()
    for field in form.find_all("input", {"type": "hidden"}):
        if field.get("name"):
            data.add(field["name"], field.get("value", ""))
    for field in fields:
        name = field["name"]
        if field.name == "select" or field.get("type") in ("radio", "checkbox"):
            if kind != "empty" and name not in data:
                data.add(name, "not-one-of-the-choices")
            continue
        data.add(name, {"empty": "", "words": "ten", "long": long_value}[kind])
    return data


def _select_problems(page: BeautifulSoup, url: str) -> list[str]:
    problems = []
    main = page.find("main") or page
    for element in main.find_all("select"):
        label = element.get("id") and page.find("label", attrs={"for": element["id"]})
        if "govuk-select" not in (element.get("class") or []) or not label:
            problems.append(f"{url}: <select name={element.get('name')}> is not a labelled govuk-select")
    return problems


def _staff_urls(app, world: World) -> list[str]:
    urls = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda item: item.rule):
        if not rule.rule.startswith("/staff") or "GET" not in rule.methods:
            continue
        if rule.arguments:
            if rule.endpoint not in STAFF_OBJECT_ROUTES:
                continue
            values = dict(STAFF_OBJECT_ROUTES[rule.endpoint](world)[0])
            for name in rule.arguments - set(values):
                converter = rule._converters[name]
                items = sorted(getattr(converter, "items", None) or ["cy"])
                values[name] = items[0]
            urls.append(rule.build(values, append_unknown=False)[1])
        else:
            urls.append(rule.rule)
    return urls


def _walk(client: Any, urls: list[str]) -> tuple[dict[str, list[str]], list[str], int]:
    shown: dict[str, list[str]] = {}
    selects: list[str] = []
    sent = 0
    for url in urls:
        response = client.get(url)
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        selects += _select_problems(page, url)
        main = page.find("main")
        forms = [form for form in (main.find_all("form") if main else []) if form.get("method") == "post"]
        for form in forms:
            if not _visible_fields(form):
                continue  # a button in a form of its own: sign out, mark as read, move up
            action = form.get("action") or url
            for kind in ("empty", "words", "long"):
                answer = client.post(action, data=_post_data(form, kind), follow_redirects=True)
                sent += 1
                assert answer.status_code < 500, (url, action, kind)
                text = BeautifulSoup(answer.get_data(as_text=True), "html.parser").get_text(" ")
                if raw(text):
                    shown.setdefault(f"{action} ({kind})", []).extend(raw(text))
                if answer.mimetype == "text/html":
                    selects += _select_problems(BeautifulSoup(answer.get_data(as_text=True), "html.parser"), action)
    return shown, selects, sent


def test_no_staff_form_shows_a_wtforms_default_and_every_select_is_the_design_systems(app):
    side = build_b(app)
    world = World(a=side, b=side)
    with app.app_context():
        organisation = db.session.get(Organisation, side.organisation)
        user, secret = factories.staff(
            organisation, Role.ORGANISATION_ADMIN, Role.PARTICIPATION_WORKER, Role.SAFEGUARDING_LEAD
        )
    client = app.test_client()
    factories.sign_in(client, user, secret)
    shown, selects, sent = _walk(client, _staff_urls(app, world))
    assert sent > 60, "the walk sent too few forms to mean anything"
    assert shown == {}
    assert selects == []
    # Still signed in: no form on the way signed the walker out, so every page was really walked.
    assert fetch(client, "/staff/").find("h1").get_text(strip=True) == "Consultations"


def test_signing_in_shows_no_wtforms_default(app):
    client = app.test_client()
    shown, selects, sent = _walk(client, ["/staff/sign-in", "/staff/reset-password"])
    assert sent >= 6 and shown == {} and selects == []


def test_invite_codes_need_a_number_or_a_list_even_when_how_many_is_left_empty(app, client):
    """Found by the walk: with "How many codes" empty its own checks stopped early (Optional), so the form passed
    with neither a number nor identifiers and made an empty batch; 2,001 identifiers passed the same way."""
    from participation.distribution.models import InviteBatch
    from tests.console import Console

    with app.app_context():
        organisation = factories.organisation("Emptyshire")
        consultation = factories.consultation(organisation)
        user, secret = factories.staff(organisation, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    console = Console(client)
    console.get(f"/staff/consultations/{consultation.id}/invites")
    page = console.submit({"count": "", "identifiers": ""})
    assert console.response.status_code == 400
    assert (
        "Enter how many codes you need, or list the identifiers" in page.select_one(".govuk-error-summary").get_text()
    )
    page = console.submit({"count": "", "identifiers": "\n".join(f"CASE-{n}" for n in range(2001))})
    assert console.response.status_code == 400
    assert "List at most 2,000 identifiers at a time" in page.select_one(".govuk-error-summary").get_text()
    with app.app_context():
        assert db.session.scalars(select(InviteBatch)).all() == []
