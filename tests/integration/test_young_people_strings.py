"""Every string a young person, parent or carer can read is in translations/young-people.pot, the catalogue the
languages without staff pages (Pashto, Dari, Tigrinya, Sorani, Albanian, Vietnamese) are complete against.

The walk records every message the pages ask Babel for, in every band, with errors, disclosures, saving, receipts,
deleting, help, "you said, we did", invite codes and the printed poster: a page that starts showing a string from a
file babel-young-people.cfg does not extract fails here, instead of showing English to a child who reads Tigrinya."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from flask_babel import Domain, force_locale, get_locale, gettext

from participation.accounts.models import Role
from participation.demo.cli import demo_cli
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.organisations.models import Organisation
from participation.polls import services as polls
from participation.polls.models import PollKind
from participation.surveys.models import ConsultationStatus
from tests import factories
from tests.journey import Journey

ROOT = Path(__file__).resolve().parents[2]
DISCLOSURE = "my carer hits me and I feel scared at home"
PASHTO = "ps"
BANDS = ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"]


class Recording:
    """Babel's translations for the request, noting every message id asked for."""

    def __init__(self, inner: Any, seen: set[str]) -> None:
        self.inner, self.seen = inner, seen

    def ugettext(self, message: str) -> str:
        self.seen.add(message)
        return str(self.inner.ugettext(message))

    gettext = ugettext

    def ungettext(self, singular: str, plural: str, number: int) -> str:
        self.seen.add(singular)
        return str(self.inner.ungettext(singular, plural, number))

    ngettext = ungettext

    def upgettext(self, context: str, message: str) -> str:
        self.seen.add(message)
        return str(self.inner.upgettext(context, message))

    pgettext = upgettext

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.fixture()
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    seen: set[str] = set()
    original = Domain.get_translations

    def recording(self: Domain) -> Any:
        # Only what is asked for in the language under walk: a staff page's own words (the poster's menu) are in the
        # worker's language, the poster itself in the one chosen for it.
        if str(get_locale()) != PASHTO:
            return original(self)
        return Recording(original(self), seen)

    monkeypatch.setattr(Domain, "get_translations", recording)
    yield seen


@pytest.fixture(scope="module")
def young_people_ids(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    output = tmp_path_factory.mktemp("pot") / "young-people.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel-young-people.cfg", "-k", "_l"]
        + ["--no-location", "-o", str(output), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with open(output, "rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


def walk_a_band(app: Any, band: str) -> None:
    """Everything one young person might see, errors included, in one band."""
    journey = Journey(app.test_client(), "yv", language="ps")
    journey.get("/s/yv?lang=ps")
    journey.submit_current({})  # who is answering: nothing chosen
    journey.submit_current({"band": band})
    journey.get(f"/s/yv?band={band}")
    journey.submit_current()
    journey.submit_current({})  # a question left unanswered
    first = journey.path
    journey.get("/s/yv/save")
    journey.submit_current()
    journey.get(first)
    while not journey.path.endswith("/check"):
        kinds = {field.get("type") for field in journey.page.select("form input, form textarea")}
        if journey.page.find("textarea"):
            journey.answer_current(text=DISCLOSURE)
        elif "text" in kinds:
            journey.answer_current(text="x" * 5000)  # too long: an error, then an answer that fits
            journey.answer_current(text="Fine")
        else:
            journey.answer_current()
    journey.submit_current()
    receipt = journey.page.select_one(".heard-receipt")
    journey.get("/s/yv/done")
    # Asking for an advocate or a call back: refused with nothing to contact, a wrong number, then sent.
    journey.get("/s/yv/ask")
    journey.submit_current({"kind": "advocate"})
    journey.submit_current({"kind": "advocate", "phone": "call me", "text": "1", "email": "no"})
    journey.submit_current({"kind": "call-back", "email": "kai@example.org"})
    assert journey.path == "/s/yv/ask/sent", journey.path
    other = Journey(app.test_client(), "yv", language="ps")
    other.get("/receipt?lang=ps")
    other.submit_current({"code": "ABCD-EFGH"})
    other.submit_current({"code": ""})
    if receipt is not None:
        other.submit_current({"code": receipt.get_text(strip=True)})
        form = other.page.find("form", action="/receipt/delete")
        if form is not None:
            other.post("/receipt/delete", {"code": form.find("input", {"name": "code"})["value"]})
            confirm = other.page.find("form", action="/receipt/delete")
            other.submit_current(
                {
                    "code": confirm.find("input", {"name": "code"})["value"],
                    "confirmed": confirm.find("input", {"name": "confirmed"})["value"],
                }
            )


def test_every_string_young_people_read_is_in_their_catalogue(app, asked, young_people_ids):
    with app.app_context():
        consultation = factories.consultation(code="yv")
        factories.consultation(code="shut", status=ConsultationStatus.CLOSED)
        organisation = db.session.get(Organisation, consultation.organisation_id)
        worker, secret = factories.staff(organisation, Role.PARTICIPATION_WORKER)
    for band in BANDS:
        walk_a_band(app, band)
    visitor = Journey(app.test_client(), "yv", language="ps")
    visitor.get("/?lang=ps")
    for url in (
        "/",
        "/help",
        "/language?next=/help",
        "/resume",
        "/i",
        "/s/yv/you-said-we-did",
        "/s/yv/promises",
        "/s/yv/what-changed",
        "/s/shut",
        "/s/nope",
    ):
        visitor.get(url)
    visitor.get("/resume")
    visitor.submit_current({"code": "ABCD-EFGH"})
    visitor.get("/i")
    visitor.submit_current({"code": "ABCDE-FGHJK"})
    visitor.get("/i/ABCDE-FGHJK")
    # A code typed into another kind's box: what it looks like, and a link to its own box.
    for box, code in (("/i", "R4TNW-8HKPZ"), ("/receipt", "C7PXM-3MQDT"), ("/i", "9HWD-E4NP")):
        visitor.get(box)
        visitor.submit_current({"code": code})
    staff = app.test_client()
    factories.sign_in(staff, worker, secret)
    staff.get(f"/staff/consultations/{consultation.id}/poster?language=ps")
    walk_the_shared_screen(app, staff, organisation.id)
    walk_asking_outside_a_survey(app, organisation.id, organisation.slug)
    missing = sorted(asked - young_people_ids)
    assert missing == [], f"young people read these but babel-young-people.cfg does not extract them: {missing}"


def walk_the_shared_screen(app, staff, organisation_id) -> None:
    """A session's shared screen in the room: handed over (the worker signed out on it), an empty note, a saved
    one, and the page another device finds."""
    from datetime import date, timedelta

    from participation.db import utcnow
    from participation.distribution.models import Group, GroupKind
    from participation.sessions import services as sessions
    from participation.sessions.models import GroupSession

    with app.app_context():
        group = Group(organisation_id=organisation_id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(organisation_id, group.id, date(2027, 3, 14), "", [], {})
        db.session.commit()
        session_id = held.id
    room = Journey(staff, "yv", language="ps")
    room.get(f"/staff/sessions/{session_id}")
    room.post(f"/staff/sessions/{session_id}/room")
    room.get("/room?lang=ps")
    room.submit_current({"text": ""})
    room.submit_current({"text": "more trips please", "consent": "y"})
    Journey(app.test_client(), "yv", language="ps").get("/room?lang=ps")
    # Words sent just after the worker closed the screen are kept; long after, refused but kept on the page.
    typing = room.get("/room?lang=ps")
    with app.app_context():
        sessions.close_room(db.session.get(GroupSession, session_id))
        db.session.commit()
    room.submit_current({"text": "and a pizza night"})
    with app.app_context():
        db.session.get(GroupSession, session_id).room_closed_at = utcnow() - timedelta(hours=3)
        db.session.commit()
    room.page = typing
    room.submit_current({"text": "and a film night"})


def walk_asking_outside_a_survey(app, organisation_id, slug: str) -> None:
    """A live poll's question and thank-you pages, the help page reached from them, the council's own form (refused,
    then sent) and a draft's code, which shows nothing of it (fourth outside review, N3 and N8)."""
    with app.app_context():
        poll = polls.create(organisation_id, "What next?", PollKind.ONE, ["Trips", "Food"], None, None)
        db.session.commit()
        code = poll.code
        factories.consultation(
            db.session.get(Organisation, organisation_id), code="drafty", status=ConsultationStatus.DRAFT
        )
    phone = Journey(app.test_client(), "yv", language="ps")
    phone.get(f"/p/{code}?lang=ps")
    phone.submit_current({"answer": "0"})
    phone.get(f"/help?from=p.{code}")
    phone.get(f"/ask/{slug}?from=poll")
    phone.submit_current({"kind": "advocate"})
    phone.submit_current({"kind": "call-back", "email": "kai@example.org"})
    assert phone.path == f"/ask/{slug}/sent", phone.path
    phone.get("/s/drafty/ask")


def test_languages_without_staff_pages_have_young_peoples_catalogues_only():
    assert {code for code, language in LANGUAGES.items() if not language.staff_pages} == {
        "ps",
        "prs",
        "ti",
        "ckb",
        "sq",
        "vi",
    }


def test_the_demos_young_peoples_pages_ask_only_for_their_strings(app, runner, asked, young_people_ids):
    """The demo has what a test consultation lacks: actions in every status, pledges, approved quotes, last year's
    wave and themes with counts, all on the pages young people read."""
    result = runner.invoke(demo_cli, ["load", "--responses", "60"])
    assert result.exit_code == 0, result.output
    visitor = Journey(app.test_client(), "demo", language="ps")
    visitor.get("/s/demo?lang=ps")
    for url in (
        "/s/demo/you-said-we-did",
        "/s/demo-2025/you-said-we-did",
        "/s/demo/promises",
        "/s/demo/what-changed",
        "/s/demo-2025",
    ):
        visitor.get(url)
    # The easy version ("Simpler words and pictures"): pictures beside answers and to pick instead of typing.
    for band in BANDS:
        easy = Journey(app.test_client(), "demo", language="ps")
        easy.get(f"/s/demo?band={band}&lang=ps")
        easy.switch_easy(True)
        easy.submit_current()
        while not easy.path.endswith("/check"):
            easy.answer_current()
        easy.submit_current()
    text = visitor.get("/s/demo/you-said-we-did").get_text()
    with app.test_request_context(), force_locale("ps"):
        assert gettext("Done") in text
    missing = sorted(asked - young_people_ids)
    assert missing == [], f"young people read these but babel-young-people.cfg does not extract them: {missing}"
