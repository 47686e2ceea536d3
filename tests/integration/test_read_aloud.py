"""Read-aloud: publishing makes espeak-ng's voice for every text in every language it speaks; a server without
espeak-ng still publishes and says so; a worker's recording replaces the synthetic voice, refused when it is not a
usable recording (the previous one still plays); clips are immutable files; the young person's page shows a player
only where there is a clip.

Tests that need espeak-ng skip without it, except in CI (CI=true), where they fail: `make test` installs it.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile
from flask import Flask
from flask_babel import force_locale, gettext
from sqlalchemy import select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from participation.accounts.models import Role
from participation.audio import services, speech
from participation.audio.models import Recording
from participation.audio.texts import Spoken, spoken_texts
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.surveys.content import create_consultation
from participation.surveys.models import Consultation, ConsultationStatus
from tests import factories, sound
from tests.console import Console
from tests.journey import Journey, read

SMALL = [
    {
        "key": "listened-to",
        "kind": "scale",
        "core": True,
        "bands": factories.ALL_BANDS,
        "title": factories.text("Do you feel listened to?", cy="Wyt ti’n teimlo bod pobl yn gwrando arnat ti?"),
        "hint": factories.text("Think about the last few months."),
        "options": [
            {"key": "always", "symbol": "face-5", "positive": True, "label": factories.text("Always", cy="Bob amser")},
            {"key": "never", "symbol": "face-1", "label": factories.text("Never", cy="Byth")},
        ],
    },
    {
        "key": "reach-worker",
        "kind": "yes_no",
        "core": True,
        "bands": factories.ALL_BANDS,
        "title": factories.text("Can you get in touch with your worker when you need to?"),
        "options": [],
    },
]


def _require_espeak() -> None:
    if shutil.which("espeak-ng"):
        return
    if os.environ.get("CI") == "true":
        pytest.fail("espeak-ng is required in CI (make test installs the Debian package espeak-ng)")
    pytest.skip("espeak-ng is not installed (as root: apt-get install espeak-ng)")


@pytest.fixture()
def now(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Audio made in the request that needs it, into a folder of this test's own."""
    folder = Path(app.config["HEARD_AUDIO_DIR"]) / os.urandom(4).hex()
    monkeypatch.setitem(app.config, "HEARD_READ_ALOUD", "now")
    monkeypatch.setitem(app.config, "HEARD_AUDIO_DIR", str(folder))
    yield folder


@pytest.fixture()
def espeak(now: Path) -> Path:
    _require_espeak()
    return now


@pytest.fixture()
def no_espeak(app: Flask, now: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setitem(app.config, "HEARD_ESPEAK", "/nonexistent/espeak-ng")
    return now


def _small(org: Any, status: ConsultationStatus = ConsultationStatus.DRAFT) -> Consultation:
    code = f"listen-{os.urandom(3).hex()}"
    created = create_consultation(org.id, {"code": code, "title": factories.text("Listen")}, SMALL, status=status)
    db.session.commit()
    return created


@pytest.fixture()
def world(app: Flask, client: Any) -> dict[str, Any]:
    """A worker signed in, with a small draft consultation."""
    with app.app_context():
        org = factories.organisation("Listenshire Council")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        consultation = _small(org)
    factories.sign_in(client, user, secret)
    return {"org": org.id, "user": user.id, "id": consultation.id, "code": consultation.code}


def _consultation(app: Flask, world: dict[str, Any]) -> Consultation:
    consultation = db.session.get(Consultation, world["id"])
    assert consultation is not None
    return consultation


def _publish(client: Any, world: dict[str, Any]) -> Console:
    console = Console(client)
    console.get(f"/staff/consultations/{world['id']}")
    console.follow("Publish")
    console.press("Publish")
    assert "Published. Young people can now answer." in console.page.get_text()
    return console


def _first_question(client: Any, code: str, language: str = "en", band: str = "12-17") -> Any:
    journey = Journey(client, code, language)
    journey.get(f"/s/{code}?band={band}&lang={language}")
    journey.submit_current({"band": band})
    assert journey.path == f"/s/{code}/q/1", journey.path
    return journey.page


def _clip(client: Any, url: str, **headers: str) -> Any:
    """A clip's response, read and closed (a file the test client leaves open would warn)."""
    response = client.get(url, headers=headers)
    response.get_data()
    response.close()
    return response


def _players(page: Any) -> dict[str, str]:
    return {player["aria-label"]: player["src"] for player in page.select("audio")}


# --- making the synthetic voice ----------------------------------------------------------------------------------


def test_publishing_makes_audio_for_every_text_in_every_language_espeak_speaks(app, client, world, espeak):
    console = _publish(client, world)
    with app.app_context():
        consultation = _consultation(app, world)
        assert consultation.status == ConsultationStatus.PUBLISHED
        pages = app.config["HEARD_LANGUAGES"]
        voiced = {code for code in pages if LANGUAGES[code].espeak}
        assert {"en", "cy", "pl", "ro", "ar", "ur"} <= voiced
        texts = {spoken for spoken in spoken_texts(consultation, pages) if spoken.language in voiced}
        # The Welsh words, the English ones every other page falls back to, and each page's "Yes", "No", "Not sure".
        assert Spoken("cy", "Bob amser") in texts and Spoken("en", "Always") in texts
        assert {spoken.language for spoken in texts} == voiced
        for spoken in texts:
            name = services.clip_name(LANGUAGES[spoken.language].espeak, spoken.text)
            clip = espeak / f"{name}.mp3"
            assert clip.is_file(), spoken
        samples, rate = soundfile.read(io.BytesIO(clip.read_bytes()))
        assert rate == speech.SAMPLE_RATE and samples.ndim == 1 and len(samples) > rate // 2
        ready = services.readiness(consultation)
        assert ready.ready == len(texts) and ready.total == len(texts) + ready.needs_recording
    summary = console.get(f"/staff/consultations/{world['id']}").get_text(" ", strip=True)
    assert f"{ready.ready} of {ready.total} texts ready" in summary


def test_the_young_persons_page_has_a_labelled_player_beside_the_question_hint_and_every_answer(
    app, client, world, espeak
):
    _publish(client, world)
    page = _first_question(client, world["code"])
    players = _players(page)
    assert set(players) == {"Listen to the question", "Listen to the hint", "Listen to ‘Always’", "Listen to ‘Never’"}
    for player in page.select("audio"):
        assert player.has_attr("controls") and player["preload"] == "none" and "autoplay" not in player.attrs
    # Each answer's player sits with its answer; the question's before the answers.
    assert page.select_one(".govuk-radios__item .govuk-radios__hint audio")["aria-label"] == "Listen to ‘Always’"
    assert page.select_one(".heard-listen-group audio")["aria-label"] == "Listen to the question"
    response = _clip(client, players["Listen to the question"])
    assert response.status_code == 200 and response.mimetype == "audio/mpeg"
    # In Welsh: the Welsh words, labels in Welsh, and the yes/no answers the catalogue gives in Welsh.
    welsh = Journey(client, world["code"], "cy")
    welsh.get(f"/s/{world['code']}/q/1?lang=cy")
    assert players["Listen to the question"] not in _players(welsh.page).values()
    assert len(welsh.page.select("audio")) == 4
    second = welsh.get(f"/s/{world['code']}/q/2?lang=cy")
    assert len(second.select(".govuk-radios__hint audio")) == 3  # Yes, No, Not sure, read by the Welsh voice
    with app.test_request_context():
        title = second.select_one("h1").get_text(" ", strip=True)
        assert "Can you get in touch" in title  # no Welsh title yet: the English words, read in English
        english = services.clip_url("Can you get in touch with your worker when you need to?", "en", world["org"])
    assert second.select_one(".heard-listen-group audio")["src"] == english


def test_editing_a_text_makes_audio_for_the_new_words(app, client, world, espeak):
    console = _publish(client, world)
    console.get(f"/staff/consultations/{world['id']}/translations/cy")
    console.submit({"q1-hint-all": "Meddylia am y misoedd diwethaf."})
    assert "Welsh translation saved: 1 text changed" in console.page.get_text()
    with app.app_context():
        name = services.clip_name("cy", "Meddylia am y misoedd diwethaf.")
    assert (espeak / f"{name}.mp3").is_file()
    # The translation editor says what reads each saved text aloud.
    page = console.get(f"/staff/consultations/{world['id']}/translations/cy")
    assert "Synthetic voice" in page.get_text()


def test_without_espeak_publishing_works_with_no_audio_and_a_warning(app, client, world, no_espeak):
    console = _publish(client, world)
    with app.app_context():
        consultation = _consultation(app, world)
        assert consultation.status == ConsultationStatus.PUBLISHED and consultation.live_version == 1
        ready = services.readiness(consultation)
        assert ready.ready == 0 and ready.total > 0 and ready.espeak_missing
    assert not list(no_espeak.glob("*.mp3"))
    overview = console.get(f"/staff/consultations/{world['id']}")
    warning = overview.select_one(".govuk-warning-text").get_text(" ", strip=True)
    assert "espeak-ng is not installed on this server: no audio yet" in warning
    assert f"0 of {ready.total} texts ready" in overview.get_text(" ", strip=True)
    page = _first_question(client, world["code"])
    assert page.select("audio") == [] and page.select(".heard-listen-group") == []


def test_the_make_command_is_idempotent_and_says_when_espeak_is_missing(app, runner, world, espeak, monkeypatch):
    with app.app_context():
        _consultation(app, world)
    first = runner.invoke(args=["audio", "make", "--consultation", world["code"]])
    assert first.exit_code == 0, first.output
    assert "already there" in first.output and "made 0 clips" not in first.output
    again = runner.invoke(args=["audio", "make", "--consultation", world["code"]])
    assert "made 0 clips" in again.output
    monkeypatch.setitem(app.config, "HEARD_ESPEAK", "/nonexistent/espeak-ng")
    missing = runner.invoke(args=["audio", "make"])
    assert missing.exit_code == 1 and "espeak-ng is not installed" in missing.output


# --- the clip route ------------------------------------------------------------------------------------------------


def test_clips_are_immutable_for_a_year_with_an_etag(app, client, now):
    with app.app_context():
        mp3 = speech.check_recording(sound.wav()).mp3
        name = speech.recording_name(mp3)
        services.write_clip(name, mp3)
    response = _clip(client, f"/audio/{name}.mp3")
    assert response.status_code == 200 and response.mimetype == "audio/mpeg"
    assert response.get_data() == mp3
    directives = {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=31536000", "immutable"}
    assert response.headers["ETag"] == f'"{name}"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert _clip(client, f"/audio/{name}.mp3", **{"If-None-Match": f'"{name}"'}).status_code == 304
    # Phones ask for a range of the file (Safari always does).
    ranged = _clip(client, f"/audio/{name}.mp3", Range="bytes=0-99")
    assert ranged.status_code == 206 and len(ranged.get_data()) == 100
    missing = _clip(client, f"/audio/{'0' * 32}.mp3")
    assert missing.status_code == 404 and missing.headers["Cache-Control"] == "no-store"
    assert _clip(client, "/audio/..%2F..%2Fsecrets.json.mp3").status_code == 404
    assert _clip(client, f"/audio/{'Z' * 32}.mp3").status_code == 404


# --- recordings ------------------------------------------------------------------------------------------------------


def _upload(client: Any, world: dict[str, Any], spoken: Spoken, data: bytes, filename: str) -> Console:
    console = Console(client)
    url = f"/staff/consultations/{world['id']}/read-aloud/{spoken.language}/{spoken.digest}"
    console.get(url)
    token = console.page.find("input", {"name": "csrf_token"})["value"]
    # Encoded here in memory: the test client would spool a big body to a temporary file nobody closes.
    upload = FileStorage(io.BytesIO(data), filename=filename, content_type="application/octet-stream")
    boundary, body = encode_multipart({"csrf_token": token, "recording": upload})
    console.response = client.post(
        url, data=body, content_type=f"multipart/form-data; boundary={boundary}", follow_redirects=True
    )
    console.page = read(console.response)
    return console


def _served_for(client: Any, world: dict[str, Any]) -> str:
    page = _first_question(client, world["code"])
    return _players(page).get("Listen to the question", "")


def test_a_recording_replaces_the_synthetic_voice_and_bad_files_leave_it_in_place(app, client, world, now):
    _publish(client, world)
    question = Spoken("en", "Do you feel listened to?")
    console = _upload(client, world, question, sound.wav(seconds=2.0, rate=48_000, channels=2), "question.wav")
    assert console.response.status_code == 200
    assert "Recording saved." in console.page.get_text()
    assert console.page.select_one(".govuk-tag").get_text(strip=True) == "Recorded voice"
    with app.app_context():
        recording = db.session.scalar(select(Recording).where(Recording.organisation_id == world["org"]))
        assert (recording.language, recording.text, recording.uploaded_by_id) == ("en", question.text, world["user"])
        assert 1.5 < recording.seconds < 3.5
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "recording-uploaded"))
        assert event.user_id == world["user"] and event.organisation_id == world["org"]
        assert event.detail["language"] == "en" and question.text not in str(event.detail)
    served = _served_for(client, world)
    assert served == f"/audio/{recording.file}.mp3"
    heard = _clip(client, served)
    clip = heard.get_data()
    # A person's voice: kept by the listener's browser for a day, never by a shared cache for a year.
    assert {part.strip() for part in heard.headers["Cache-Control"].split(",")} == {"private", "max-age=86400"}
    samples, rate = soundfile.read(io.BytesIO(clip))
    assert (rate, samples.ndim) == (speech.SAMPLE_RATE, 1)  # 48 kHz stereo WAV in, the one small MP3 out
    assert len(clip) < 20_000

    refused = {
        "a text file named like a recording": (b"These are not the sounds you are looking for.\n" * 40, "voice.wav"),
        "silence": (sound.silent_wav(), "quiet.wav"),
        "more than 10 MB": (sound.wav(seconds=30, rate=96_000, channels=2), "long.wav"),
    }
    messages = {
        "a text file named like a recording": "The selected file must be a sound recording: MP3, WAV, OGG or FLAC",
        "silence": "The selected file is silent: check the microphone and record the words again",
        "more than 10 MB": "The selected file must be smaller than 10 MB",
    }
    for what, (data, filename) in refused.items():
        console = _upload(client, world, question, data, filename)
        assert console.response.status_code == 400, what
        assert messages[what] in console.page.select_one(".govuk-error-summary").get_text(), what
        assert console.page.select_one("#recording-error"), what
        assert _served_for(client, world) == served, what
        assert _clip(client, served).get_data() == clip, what
    with app.app_context():
        assert len(db.session.scalars(select(Recording)).all()) == 1
        assert len(list(now.glob("*.mp3"))) >= 1


def test_replacing_and_deleting_a_recording_removes_its_file(app, client, world, now):
    _publish(client, world)
    question = Spoken("en", "Do you feel listened to?")
    _upload(client, world, question, sound.wav(pitch=180), "first.wav")
    first = _served_for(client, world)
    _upload(client, world, question, sound.wav(pitch=220), "second.wav")
    second = _served_for(client, world)
    assert first != second and _clip(client, first).status_code == 404  # a voice is not kept once replaced
    console = Console(client)
    console.get(f"/staff/consultations/{world['id']}/read-aloud/en/{question.digest}")
    console.press("Delete this recording")
    assert "Recording deleted." in console.page.get_text()
    assert _clip(client, second).status_code == 404
    with app.app_context():
        assert db.session.scalars(select(Recording)).all() == []
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "recording-deleted")) is not None
    # espeak-ng's voice again, where this server has it.
    assert _players(_first_question(client, world["code"])).get("Listen to the question") not in (first, second)


def test_only_texts_the_consultation_reads_take_a_recording(app, client, world, now):
    _publish(client, world)
    console = Console(client)
    for url in (
        f"/staff/consultations/{world['id']}/read-aloud/en/{Spoken('en', 'Somebody else').digest}",
        f"/staff/consultations/{world['id']}/read-aloud/xx/{Spoken('en', 'Always').digest}",
        f"/staff/consultations/{world['id']}/read-aloud/cy/{Spoken('en', 'Always').digest}",
    ):
        assert console.client.get(url).status_code == 404, url
    assert console.client.get(f"/staff/consultations/{world['id']}/read-aloud/cy/{Spoken('cy', 'Byth').digest}")


def test_a_language_espeak_lacks_needs_a_recording_until_one_exists(app, client, world, now, monkeypatch):
    """Pashto (espeak-ng has no voice): its texts say "Needs a recording" in the translation editor and have no
    player; a recording gives them one."""
    assert LANGUAGES["ps"].espeak is None
    with app.test_request_context(), force_locale("ps"):
        listen = gettext("Listen to the question")
    console = _publish(client, world)
    console.get(f"/staff/consultations/{world['id']}/translations/ps")
    console.submit({"q1-title-all": "ایا تاسو احساس کوئ چې خلک ستاسو خبرې اوري؟"})
    page = console.get(f"/staff/consultations/{world['id']}/translations/ps")
    tags = [tag.get_text(strip=True) for tag in page.select("form .heard-translation__voice .govuk-tag")]
    assert tags == ["Needs a recording"]
    index = console.get(f"/staff/consultations/{world['id']}/read-aloud").get_text(" ", strip=True)
    assert "No synthetic voice" in index
    console.get(f"/staff/consultations/{world['id']}")
    console.follow("Publish")
    console.press("Publish")
    assert _players(_first_question(client, world["code"], "ps")).get(listen) is None
    spoken = Spoken("ps", "ایا تاسو احساس کوئ چې خلک ستاسو خبرې اوري؟")
    _upload(client, world, spoken, sound.wav(), "pashto.wav")
    page = console.get(f"/staff/consultations/{world['id']}/translations/ps")
    assert [tag.get_text(strip=True) for tag in page.select("form .heard-translation__voice .govuk-tag")] == [
        "Recorded voice"
    ]
    assert _players(_first_question(client, world["code"], "ps")).get(listen)


def test_another_councils_recording_is_never_heard_on_our_pages(app, client, world, now):
    """Both councils ask the same question: each hears only its own recording."""
    with app.app_context():
        theirs = factories.organisation("Othershire Council")
        other = _small(theirs, ConsultationStatus.PUBLISHED)
        worker, _secret = factories.staff(theirs, Role.PARTICIPATION_WORKER)
        spoken = Spoken("en", "Do you feel listened to?")
        services.save_recording(other, spoken, speech.check_recording(sound.wav(pitch=300)), worker.id)
        db.session.commit()
        their_file = db.session.scalar(select(Recording.file).where(Recording.organisation_id == theirs.id))
    _publish(client, world)
    assert their_file not in _served_for(client, world)
    assert their_file in _players(_first_question(app.test_client(), other.code))["Listen to the question"]


# --- every kind of question page, and the background maker -----------------------------------------------------------


def test_every_kind_of_question_page_has_its_players(app, client, espeak):
    """Radios, checkboxes, yes/no, text boxes and a ranking: each question's player before its answers, one per
    answer, on pages that still pass every check (tests/pages.py)."""
    from participation.audio import making
    from tests.integration.test_rank_question import PRIORITIES

    rank = {
        "key": "what-matters",
        "kind": "rank",
        "bands": factories.ALL_BANDS,
        "title": factories.text("What matters most to you?"),
        "options": [{"key": key, "label": factories.text(label)} for key, label in PRIORITIES],
    }
    with app.app_context():
        org = factories.organisation("Kindshire Council")
        questions = [*factories.QUESTIONS, rank]
        consultation = create_consultation(org.id, {"code": "kinds", "title": factories.text("Kinds")}, questions)
        db.session.commit()
        made = making.make(consultation, ["en"])
        assert made.made > 0 and made.failed == 0
        kinds = [question["kind"] for question in questions if "12-17" in question["bands"]]
    journey = Journey(client, "kinds")
    journey.get("/s/kinds?band=12-17")
    journey.submit_current({"band": "12-17"})
    for number, kind in enumerate(kinds, start=1):
        page = journey.get(f"/s/kinds/q/{number}")
        players = _players(page)
        assert "Listen to the question" in players, kind
        group = page.select_one(".heard-listen-group")
        assert group is not None and group.find_next(["input", "textarea", "select"]) is not None, kind
        answers = [label for label in players if label.startswith("Listen to ‘")]
        if kind in ("short_text", "long_text"):
            assert answers == [], kind
        elif kind == "rank":
            assert len(page.select(".heard-listen-answers li audio")) == len(PRIORITIES)
        else:
            assert len(answers) == len(page.select(".govuk-radios__input, .govuk-checkboxes__input")), kind


def test_the_background_maker_makes_each_consultation_once_per_turn(app, monkeypatch):
    """Changes in quick succession queue one run a consultation; a failing run does not stop the thread."""
    import threading
    import uuid

    from participation.audio import making

    calls: list[uuid.UUID] = []
    done = threading.Event()
    first, second = uuid.uuid4(), uuid.uuid4()

    def fake_make(consultation_id: uuid.UUID) -> None:
        calls.append(consultation_id)
        if consultation_id == first:
            raise RuntimeError("espeak-ng fell over")
        done.set()

    monkeypatch.setattr(making, "_make_by_id", fake_make)
    maker = making._Maker()
    for consultation_id in (first, first, second):
        maker.submit(app, consultation_id)
    assert done.wait(10)
    assert calls.count(second) == 1 and calls.count(first) in (1, 2)
