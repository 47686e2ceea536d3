"""Parts of a young person's page kept per process (participation.templating.kept_fragment: the language menu, the
skip link and quick exit, the footer) draw exactly what drawing them afresh would: every kind of question, in English,
Welsh and Arabic (right to left), for a teenager and in the youngest band's plain words, before and after an answer,
and with an error."""

from __future__ import annotations

import re

import pytest

from participation.extensions import db
from participation.surveys.builder import create_consultation
from tests import factories
from tests.journey import Journey

# Values made afresh for every response (the CSP nonce, the CSRF tokens): not part of what is compared.
FRESH = re.compile(r'(nonce|value)="[A-Za-z0-9_\-]{20,}={0,2}"')


def _same_page(client, app, method: str, url: str, data=None) -> str:  # type: ignore[no-untyped-def]
    drawn = {}
    for keep in (False, True, True):  # afresh; then kept (the first keeps it, the second reads it back)
        app.config["HEARD_KEEP_FRAGMENTS"] = keep
        response = client.open(url, method=method, data=data)
        assert response.status_code in (200, 302, 400), (url, response.status_code)
        drawn.setdefault(keep, []).append(FRESH.sub(r'\1="…"', response.get_data(as_text=True)))
    assert drawn[True][0] == drawn[False][0], url
    assert drawn[True][1] == drawn[False][0], url
    return drawn[False][0]


@pytest.mark.parametrize(("language", "band"), [("en", "12-17"), ("cy", "12-17"), ("ar", "12-17"), ("en", "4-7")])
def test_kept_parts_of_question_pages_are_what_drawing_them_afresh_draws(app, client, language, band):
    rank = {
        "key": "what-matters",
        "kind": "rank",
        "bands": factories.ALL_BANDS,
        "title": factories.text("What matters most to you?"),
        "options": [{"key": key, "label": factories.text(key)} for key in ("friends", "school", "home")],
    }
    with app.app_context():
        org = factories.organisation("Keptshire Council")
        create_consultation(org.id, {"code": "kept", "title": factories.text("Kept")}, [*factories.QUESTIONS, rank])
        db.session.commit()
    journey = Journey(client, "kept", language=language)
    journey.start(band)
    assert journey.path == "/s/kept/q/1"
    number = 1
    while client.get(f"/s/kept/q/{number}").status_code != 404:
        url = f"/s/kept/q/{number}"
        page = _same_page(client, app, "GET", url)
        if language == "ar":
            assert 'lang="ar" dir="rtl"' in page
        # Sent with nothing chosen: an error where an answer is needed (a question that may be left empty moves on).
        token = journey.get(url) and journey.token()
        _same_page(client, app, "POST", url, {"csrf_token": token})
        journey.get(url)
        journey.answer_current()
        _same_page(client, app, "GET", url)  # with the saved answer
        number += 1
    assert number > 4
    # Another language on the same device: the same addresses, each part now in that language.
    other = "cy" if language == "en" else "en"
    assert client.get(f"/s/kept/q/1?lang={other}").status_code == 200
    for number in (1, 2):
        assert f'lang="{other}"' in _same_page(client, app, "GET", f"/s/kept/q/{number}")[:300]
    kept = app.extensions["heard_fragments"].kept
    assert {key[0] for key in kept} == {"language menu", "skip link and quick exit", "footer"}
    # Each question's address has its own language menu (its links return to the same page in another language).
    assert len([key for key in kept if key[0] == "language menu"]) >= number - 1


def test_outside_a_request_a_part_is_drawn_afresh(app):
    """A page drawn by a command has no address to key a kept part by: it is drawn, never kept."""
    from flask import render_template_string

    with app.app_context():
        assert render_template_string('{% call kept_fragment("part") %}<p>drawn</p>{% endcall %}') == "<p>drawn</p>"
        kept = app.extensions.get("heard_fragments")  # other tests' pages may have kept parts in this app
        assert kept is None or not [key for key in kept.kept if key[0] == "part"]


def _question_parts(app, code: str = "kept") -> list[tuple]:  # type: ignore[no-untyped-def]
    """The kept parts of the consultation at ``code``'s question pages (the app is the whole session's)."""
    from participation.surveys.services import get_consultation_by_code

    with app.app_context():
        consultation = get_consultation_by_code(code)
        assert consultation is not None
        kept = app.extensions.get("heard_parts")
        return [key for key in (kept.kept if kept else {}) if key[:2] == ("question page", consultation.id)]


def _started(app, client) -> Journey:  # type: ignore[no-untyped-def]
    """A young person part-way into a consultation of every kind of question, at ``/s/kept``."""
    with app.app_context():
        org = factories.organisation("Keptshire Council")
        create_consultation(org.id, {"code": "kept", "title": factories.text("Kept")}, factories.QUESTIONS)
        db.session.commit()
    journey = Journey(client, "kept")
    journey.start("12-17")
    return journey


def test_a_question_page_is_kept_once_and_sends_fresh_tokens_each_time(app, client):
    """The question with its answers is drawn once and kept; every page still carries tokens of its own, and the
    tokens put back are ones the next page accepts."""
    journey = _started(app, client)
    first = client.get("/s/kept/q/1").get_data(as_text=True)
    second = client.get("/s/kept/q/1").get_data(as_text=True)
    assert len(_question_parts(app)) == 1
    tokens = [re.findall(r'name="csrf_token" type="hidden" value="([^"]+)"', page) for page in (first, second)]
    assert len(tokens[0]) == len(tokens[1]) == 2  # the easy version's switch and the answer's form
    assert not set(tokens[0]) & set(tokens[1]) and tokens[1][0] != tokens[1][1]
    assert "\ue000" not in second  # no mark left behind
    journey.get("/s/kept/q/1")
    journey.answer_current()
    assert journey.path == "/s/kept/q/2"  # the kept page's token was accepted


def test_typed_words_are_never_kept_in_a_process(app, client):
    """Going back to a question answered in words draws it afresh: what a young person typed is not kept in memory
    beside the page."""
    journey = _started(app, client)
    number = 1
    typed = "my foster carer Zebedee is kind"
    while True:
        page = journey.get(f"/s/kept/q/{number}")
        if page.select_one("textarea, input[type=text]") is not None:
            break
        journey.answer_current()
        number += 1
    name = (page.select_one("textarea") or page.select_one("input[type=text]"))["name"]
    journey.submit_current({name: typed})
    again = client.get(f"/s/kept/q/{number}").get_data(as_text=True)
    assert typed in again
    kept = app.extensions["heard_parts"].kept
    assert all(typed not in markup for markup, _checks in kept.values())
    assert all(typed not in str(key) for key in kept)


def test_a_page_kept_before_its_read_aloud_clips_were_made_has_them_once_they_are(app, client, tmp_path, monkeypatch):
    """Clips are made in the background after publishing: a question kept without an answer's player gains it as
    soon as the clip exists, exactly as drawing it afresh would."""
    from participation.audio import services as audio
    from participation.i18n import LANGUAGES

    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(tmp_path / "audio"))
    monkeypatch.setitem(app.config, "HEARD_READ_ALOUD", "off")
    journey = _started(app, client)
    page = journey.get("/s/kept/q/1")
    assert not page.select("audio") and len(_question_parts(app)) == 1
    label = page.select_one(".govuk-radios__label, .govuk-checkboxes__label").get_text(" ", strip=True)
    with app.test_request_context():
        name = audio.clip_name(LANGUAGES["en"].espeak, label)
        audio.clip_path(name).parent.mkdir(parents=True, exist_ok=True)
        audio.clip_path(name).write_bytes(b"ID3 not really a clip")
    page = _same_page(client, app, "GET", "/s/kept/q/1")
    assert f"Listen to ‘{label}’" in page


def _whole_pages(app, number: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The kept whole pages of question ``number`` at ``/s/kept``."""
    kept = app.extensions.get("heard_parts")
    ids = {key[1] for key in _question_parts(app)}
    return [
        key
        for key in (kept.kept if kept else {})
        if key[0] == "whole question page" and key[2] in ids and f"/s/kept/q/{number}?" in key
    ]


def test_a_whole_question_page_is_kept_with_its_nonce_and_tokens_put_back(app, client):
    """The whole question page is kept once (templating.kept_page); each response still has a CSP nonce of its own,
    the one its header names, and tokens of its own that the next page accepts."""
    journey = _started(app, client)
    responses = [client.get("/s/kept/q/1") for _ in range(3)]
    assert len(_whole_pages(app, 1)) == 1
    nonces = []
    for response in responses:
        page = response.get_data(as_text=True)
        assert "\ue000" not in page
        found = set(re.findall(r'nonce="([^"]+)"', page))
        assert len(found) == 1
        (nonce,) = found
        assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
        nonces.append(nonce)
    assert len(set(nonces)) == 3
    tokens = [
        re.findall(r'name="csrf_token" type="hidden" value="([^"]+)"', r.get_data(as_text=True)) for r in responses
    ]
    assert all(len(found) == 2 for found in tokens) and len({t for found in tokens for t in found}) == 6
    journey.get("/s/kept/q/1")
    journey.answer_current()
    assert journey.path == "/s/kept/q/2"


def test_a_kept_question_page_follows_the_council_s_name(app, client):
    """The council's name heads the page: renaming the council draws the page again with the new name."""
    from participation.organisations.models import Organisation

    _started(app, client)
    assert "Keptshire Council" in client.get("/s/kept/q/1").get_data(as_text=True)
    with app.app_context():
        organisation = db.session.scalars(db.select(Organisation).filter_by(name="Keptshire Council")).one()
        organisation.name = "Keptshire and District Council"
        db.session.commit()
    page = client.get("/s/kept/q/1").get_data(as_text=True)
    assert "Keptshire and District Council" in page
