"""Groups, posters, invite codes (single use, with keyed pseudonyms), assisted answers and the live view."""

from __future__ import annotations

import re
from datetime import date

import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import func, select, text

from participation.accounts.models import Role
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.languages import LANGUAGES
from participation.responses.models import Response
from tests import factories
from tests.console import Console
from tests.journey import Journey


@pytest.fixture()
def setup(app, client):
    with app.app_context():
        org = factories.organisation("Reachshire")
        consultation = factories.consultation(org, code="reach")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    return Console(client), consultation


def add_group(console, name="Voices Together", kind="children-in-care-council", size="40"):
    console.get("/staff/groups")
    return console.submit({"name": name, "kind": kind, "cohort_size": size})


def make_codes(console, consultation, **fields):
    console.get(f"/staff/consultations/{consultation.id}/invites")
    data = {"count": "", "identifiers": "", "band": "", "group": ""}
    data.update(fields)
    return console.submit(data)


def complete(journey: Journey) -> None:
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    journey.submit_current()


def test_groups_have_cohort_sizes_and_unique_names(setup):
    console, _consultation = setup
    add_group(console)
    assert "Group added." in console.page.get_text()
    page = add_group(console, name="voices together", size="0")
    assert console.response.status_code == 400
    assert "Enter a whole number from 1 to 100,000" in page.get_text()
    page = add_group(console, name="voices together", size="12")
    assert "There is already a group with that name" in page.get_text()
    assert page.select_one("#name")["value"] == "voices together"


def test_poster_has_a_qr_code_and_the_link_written_out(setup):
    console, consultation = setup
    page = console.get(f"/staff/consultations/{consultation.id}/poster?band=8-11")
    assert page.select_one(".heard-poster__qr svg title").get_text().startswith("QR code for")
    assert page.select_one(".heard-poster__url").get_text(strip=True) == "https://heard.example.org/s/reach?band=8-11"
    # The languages it says the survey is in are the ones this installation offers, from the registry.
    names = [language.native_name for language in LANGUAGES.values()]
    assert f"In {', '.join(names[:-1])} and {names[-1]}." in page.get_text()


@pytest.mark.parametrize("language", ["ps", "ti", "cy"])
def test_the_poster_is_printed_in_the_language_chosen_for_it(setup, language):
    """Staff pages stay in the worker's language; the poster speaks the young people's, and its link opens the survey
    in that language."""
    console, consultation = setup
    page = console.get(f"/staff/consultations/{consultation.id}/poster?language={language}")
    assert page.find("html")["lang"] == "en"
    body = page.select_one(".heard-poster__body")
    assert body["lang"] == language and body["dir"] == LANGUAGES[language].direction
    assert page.select_one(".heard-poster__url").get_text(strip=True).endswith(f"/s/reach?lang={language}")
    chosen = page.select_one("select[name=language] option[selected]")
    assert chosen["value"] == language
    with console.client.application.test_request_context(), force_locale(LANGUAGES[language].babel_locale):
        assert body.select_one("h1").get_text(strip=True) == gettext("Have your say")


def test_the_poster_lists_only_the_languages_offered(app, setup):
    console, consultation = setup
    app.config["HEARD_LANGUAGES"], offered = ["en", "pl"], app.config["HEARD_LANGUAGES"]
    try:
        page = console.get(f"/staff/consultations/{consultation.id}/poster")
    finally:
        app.config["HEARD_LANGUAGES"] = offered
    assert "In English and Polski." in page.get_text() and "Cymraeg" not in page.select_one("main").get_text()


def test_invite_codes_are_single_use_and_count_towards_their_group(app, setup):
    console, consultation = setup
    add_group(console)
    group_id = console.page.find("a", href=re.compile("/staff/groups/"))["href"].rsplit("/", 1)[1]
    console.get(f"/staff/consultations/{consultation.id}/reach")
    console.submit({"groups": [group_id]})
    page = make_codes(console, consultation, count="25", group=group_id, band="8-11")
    codes = [card.get_text(strip=True) for card in page.select(".heard-card__code")]
    assert len(codes) == 25 and len(set(codes)) == 25
    assert all(re.fullmatch(r"[2-9A-Z]{5}-[2-9A-Z]{5}", code) for code in codes)
    assert len(page.select(".heard-card__qr svg")) == 25
    with app.app_context():
        stored = " ".join(db.session.scalars(select(InviteCode.code_hash)))
        assert not any(code.replace("-", "") in stored for code in codes)

    child = Journey(app.test_client(), "reach")
    child.get("/i")
    child.submit_current({"code": codes[0].lower().replace("-", " ")})
    assert child.path == "/s/reach"  # the card fixed the band: straight to the start page
    child.submit_current()
    complete(child)
    assert child.path == "/s/reach/done"
    again = Journey(app.test_client(), "reach")
    again.get(f"/i/{codes[0].replace('-', '')}")
    assert again.response.status_code == 410
    assert "This code has already been used" in again.page.get_text()
    with app.app_context():
        response = db.session.scalar(select(Response))
        assert str(response.group_id) == group_id and response.age_band == "8-11"
        assert db.session.scalar(select(InviteCode).where(InviteCode.used_on.is_not(None))) is not None


def test_an_invite_started_on_one_device_carries_on_on_another(app, setup):
    """Only with the draft's resume code: the invite code alone never shows another device's unsent answers."""
    console, consultation = setup
    page = make_codes(console, consultation, count="1", band="12-17")
    code = page.select_one(".heard-card__code").get_text(strip=True)
    phone = Journey(app.test_client(), "reach")
    phone.get(f"/i/{code}")
    phone.submit_current()
    phone.answer_current(text="My secret words")
    # The same device opening its own card again carries on.
    phone.get(f"/i/{code}")
    assert phone.path == "/s/reach"

    tablet = Journey(app.test_client(), "reach")
    page = tablet.get(f"/i/{code}")
    assert tablet.response.status_code == 409
    assert tablet.h1() == "This code has already been started on another device"
    assert "My secret words" not in str(page) and not page.select(".govuk-summary-list__value")
    form = page.find("form", action="/resume")
    assert form is not None and form.find("input", {"name": "code"}) is not None
    # Nothing was handed over: the tablet holds no draft, and the phone still has its own.
    tablet.get("/s/reach/q/2")
    assert tablet.path == "/s/reach/who" and tablet.page.select_one("textarea") is None
    phone.get("/s/reach/q/2")
    assert phone.path == "/s/reach/q/2"

    phone.get("/s/reach/save")
    resume_code = phone.submit_current().select_one(".heard-receipt").get_text(strip=True)
    tablet.get(f"/i/{code}")
    tablet.submit_current({"code": resume_code})
    assert tablet.path == "/s/reach/q/2"
    with app.app_context():
        from participation.responses.models import Draft

        assert db.session.scalar(select(func.count()).select_from(Draft)) == 1


def test_a_second_device_cannot_start_a_second_draft_with_the_same_card(app, setup):
    console, consultation = setup
    page = make_codes(console, consultation, count="1", band="12-17")
    code = page.select_one(".heard-card__code").get_text(strip=True)
    phone, tablet = Journey(app.test_client(), "reach"), Journey(app.test_client(), "reach")
    phone.get(f"/i/{code}")
    tablet.get(f"/i/{code}")  # both opened the card before either started
    phone.submit_current()
    tablet.submit_current()
    assert tablet.response.status_code == 409
    assert tablet.h1() == "This code has already been started on another device"
    with app.app_context():
        from participation.responses.models import Draft

        assert db.session.scalar(select(func.count()).select_from(Draft)) == 1


def test_identifiers_become_keyed_pseudonyms_and_are_never_stored(app, setup):
    console, consultation = setup
    page = make_codes(console, consultation, identifiers="CASE-KESTREL\nCASE-OSPREY\n", band="care-leavers")
    codes = [card.get_text(strip=True) for card in page.select(".heard-card__code")]
    assert len(codes) == 2
    young_person = Journey(app.test_client(), "reach")
    young_person.get(f"/i/{codes[1]}")
    young_person.submit_current()
    complete(young_person)
    with app.app_context():
        from participation.pseudonyms import identifier_pseudonym

        response = db.session.scalar(select(Response))
        assert response.invite_pseudonym == identifier_pseudonym(consultation.organisation_id, "case-osprey")
        for table in ("invite_code", "invite_batch", "response", "draft", "audit_event"):
            dump = " ".join(str(row) for row in db.session.execute(text(f"SELECT * FROM {table}")))
            # Words, not digits: a timestamp's microseconds could contain any four digits.
            assert "KESTREL" not in dump.upper() and "OSPREY" not in dump.upper(), table


def test_wrong_invite_codes_get_a_kind_error(app, client):
    journey = Journey(client, "reach")
    journey.get("/i")
    journey.submit_current({"code": "NOPE"})
    assert journey.response.status_code == 400
    assert "That code did not work" in journey.page.get_text()
    assert client.get("/i/ABCDEFGHJK").status_code == 404


def test_assisted_answers_are_marked_without_saying_who_helped(app, setup):
    _console, _consultation = setup
    journey = Journey(app.test_client(), "reach")
    journey.get("/s/reach?band=4-7&assisted=1")
    journey.submit_current()
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    assert journey.page.select_one("input[name=assisted]").has_attr("checked")
    journey.submit_current({"assisted": "y"})
    with app.app_context():
        assert db.session.scalar(select(Response.assisted)) is True


def test_live_view_counts_rates_drop_off_and_suppression(app, setup):
    console, consultation = setup
    add_group(console, size="20")
    group_id = console.page.find("a", href=re.compile("/staff/groups/"))["href"].rsplit("/", 1)[1]
    console.get(f"/staff/consultations/{consultation.id}/reach")
    console.submit({"groups": [group_id]})
    codes = [
        c.get_text(strip=True)
        for c in make_codes(console, consultation, count="8", group=group_id, band="12-17").select(".heard-card__code")
    ]
    for code in codes[:6]:
        journey = Journey(app.test_client(), "reach")
        journey.get(f"/i/{code}")
        journey.submit_current()
        complete(journey)
    quitter = Journey(app.test_client(), "reach")
    quitter.get(f"/i/{codes[6]}")
    quitter.submit_current()
    quitter.answer_current()
    page = console.get(f"/staff/consultations/{consultation.id}/responses")
    numbers = [n.get_text(strip=True) for n in page.select(".heard-figure__number")]
    # One person started and did not send: "started" would be 7, and 7 - 6 gives that one person away.
    assert numbers[0] == "6" and numbers[1] == "c" and numbers[2] == "30%"
    group_row = page.find("th", string="Voices Together").find_parent("tr")
    assert "30%" in group_row.get_text() and "Below 30%" not in group_row.get_text()
    rows = {
        r.find("th").get_text(strip=True): [td.get_text(strip=True) for td in r.find_all("td")]
        for r in page.select("#drop-off tbody tr")
    }
    first, second = list(rows.values())[:2]
    assert first == ["0"]
    assert second == ["c"]  # one person stopped at question 2: too few to show
    assert rows["Started but did not send"] == ["c"]
    assert all(value in (["0"], ["c"]) for value in rows.values())
    # Languages: all answered in English; the other languages show 0, never a small count.
    assert "c" not in [td.get_text(strip=True) for td in page.select("#languages-title ~ *")]
    # A board member sees the same counts, and never a word anyone wrote.
    with app.app_context():
        from participation.organisations.models import Organisation

        board, secret = factories.staff(db.session.get(Organisation, consultation.organisation_id), Role.BOARD_MEMBER)
    viewer = app.test_client()
    factories.sign_in(viewer, board, secret)
    board_page = viewer.get(f"/staff/consultations/{consultation.id}/responses").get_data(as_text=True)
    assert "Things are fine" not in board_page
    assert viewer.get(f"/staff/consultations/{consultation.id}/invites").status_code == 403


def test_a_suppressed_group_gets_no_low_rate_flag_either(app, setup):
    """'Below 30%' beside a hidden count would say what the 'c' hides."""
    console, consultation = setup
    add_group(console, name="Oak House", kind="childrens-home", size="6")
    group_id = console.page.find("a", href=re.compile("/staff/groups/"))["href"].rsplit("/", 1)[1]
    console.get(f"/staff/consultations/{consultation.id}/reach")
    console.submit({"groups": [group_id]})
    code = make_codes(console, consultation, count="1", group=group_id, band="8-11").select_one(".heard-card__code")
    journey = Journey(app.test_client(), "reach")
    journey.get(f"/i/{code.get_text(strip=True)}")
    journey.submit_current()
    complete(journey)
    row = console.get(f"/staff/consultations/{consultation.id}/responses").find("th", string="Oak House").parent
    cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
    assert cells[1] == "c" and "Below" not in cells[2]


def test_personal_invite_sheets_print_once_then_show_counts_only(app, setup):
    from participation.audit.models import AuditEvent

    console, consultation = setup
    page = make_codes(console, consultation, identifiers="CASE-KESTREL\nCASE-OSPREY\nCASE-WREN\n", band="12-17")
    sheet_url = console.response.request.path
    codes = [card.get_text(strip=True) for card in page.select(".heard-card__code")]
    assert len(codes) == 3
    assert "shown only once" in page.select_one(".govuk-warning-text").get_text()
    # The second card is used.
    young_person = Journey(app.test_client(), "reach")
    young_person.get(f"/i/{codes[1]}")
    young_person.submit_current()
    complete(young_person)
    assert young_person.path == "/s/reach/done"

    again = console.get(sheet_url)
    assert console.response.status_code == 200
    assert again.select(".heard-card") == [] and again.select(".heard-card__code") == []
    assert not any(code in str(again) for code in codes)
    assert "Card 2" not in again.get_text() and again.select(".heard-card--used") == []
    counts = {cell["data-count"]: cell.get_text(strip=True) for cell in again.select("[data-count]")}
    assert counts == {"made": "3", "used": "c", "unused": "c"}  # 1 and 2: too few to show
    # The consultation's page offers counts, not a reprint.
    reach = console.get(f"/staff/consultations/{consultation.id}/reach")
    assert reach.find("a", href=sheet_url).get_text(strip=True) == "Counts"
    with app.app_context():
        from participation.distribution.models import InviteBatch

        batch = db.session.scalar(select(InviteBatch))
        assert batch.printed_at is not None
        printed = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "invite-codes-printed")).all()
        assert len(printed) == 1 and printed[0].detail == {"count": 3, "personal": True}


def test_shared_invite_sheets_can_be_reprinted_with_used_marks(app, setup):
    console, consultation = setup
    page = make_codes(console, consultation, count="2", band="12-17")
    sheet_url = console.response.request.path
    codes = [card.get_text(strip=True) for card in page.select(".heard-card__code")]
    young_person = Journey(app.test_client(), "reach")
    young_person.get(f"/i/{codes[0]}")
    young_person.submit_current()
    complete(young_person)
    again = console.get(sheet_url)
    assert [card.get_text(strip=True) for card in again.select(".heard-card__code")] == codes
    assert len(again.select(".heard-card--used")) == 1


def test_after_sending_with_a_card_the_device_keeps_nothing_of_it(app, setup):
    from tests.integration.test_journey import device_session

    console, consultation = setup
    page = make_codes(console, consultation, identifiers="CASE-KESTREL\n", band="12-17")
    code = page.select_one(".heard-card__code").get_text(strip=True)
    client = app.test_client()
    young_person = Journey(client, "reach")
    young_person.get(f"/i/{code}")
    assert device_session(app, client)["invites"]
    young_person.submit_current()
    complete(young_person)
    held = device_session(app, client)
    assert not held.get("invites") and not held.get("drafts") and not held.get("sent")
    # The next person on this device starts an ordinary draft, not one under the card's pseudonym.
    young_person.get("/s/reach")
    young_person.submit_current()
    with app.app_context():
        from participation.responses.models import Draft

        fresh = db.session.scalar(select(Draft).where(Draft.response_id.is_(None)))
        assert fresh is not None and fresh.invite_id is None


def test_numbers_typed_in_words_get_a_sentence_and_keep_what_was_typed(setup):
    """A first-time worker typed "ten" and read WTForms' raw "Not a valid integer value."."""
    console, consultation = setup
    page = make_codes(console, consultation, count="ten")
    assert console.response.status_code == 400
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "How many codes must be a number, like 30" in summary and "Not a valid integer" not in page.get_text()
    assert page.select_one("#count")["value"] == "ten"
    page = add_group(console, name="Forum", size="forty")
    assert console.response.status_code == 400
    assert "How many people are in it must be a number, like 65" in page.get_text()
    assert page.select_one("#name")["value"] == "Forum"


def test_the_live_view_lists_age_bands_youngest_first(app, setup):
    """A first-time worker read "12 to 17, 4 to 7, 8 to 11": the database's order, not the ages'."""
    console, consultation = setup
    for band in ("12-17", "8-11", "4-7"):
        journey = Journey(app.test_client(), "reach")
        journey.start(band)
        complete(journey)
    page = console.get(f"/staff/consultations/{consultation.id}/responses")
    table = page.find("caption", string="Responses by age band").find_parent("table")
    assert [row.find("th").get_text(strip=True) for row in table.select("tbody tr")] == [
        "4 to 7",
        "8 to 11",
        "12 to 17",
    ]


def _cards(consultation, group, size: int, used: int, *, personal: bool) -> object:
    from participation.distribution import services as distribution

    identifiers = [f"CASE-{number}" for number in range(size)] if personal else []
    batch = distribution.create_batch(
        consultation, count=0 if personal else size, group=group, age_band="", identifiers=identifiers
    )
    for code in db.session.scalars(select(InviteCode).where(InviteCode.batch_id == batch.id)).all()[:used]:
        code.used_on = date.today()
        factories.stored_response(consultation, band="8-11", group_id=group.id if group else None)
    if personal:
        distribution.mark_printed(batch)
    db.session.commit()
    return batch


def _counts(console, consultation, batch) -> dict[str, str]:
    page = console.get(f"/staff/consultations/{consultation.id}/invites/{batch.id}")
    return {cell["data-count"]: cell.get_text(strip=True) for cell in page.select("[data-count]")}


def test_card_counts_come_from_the_protected_tables_and_agree_with_the_responses_page(app, setup):
    """The counts page said "Used 2 · Not used yet 4" for Oak House's six cards while the responses page showed
    Oak House's 5: two small numbers in plain sight, and 5 - 2 gave away the 3 who came through other cards."""
    from participation.distribution import services as distribution
    from participation.distribution.models import GroupKind

    console, consultation = setup
    with app.app_context():
        oak = distribution.save_group(consultation.organisation_id, "Oak House", GroupKind.CHILDRENS_HOME, 6)
        distribution.set_target_groups(consultation, [oak])
        personal = _cards(consultation, oak, 6, 2, personal=True)
        _cards(consultation, oak, 3, 3, personal=False)
        unused_set = _cards(consultation, None, 6, 0, personal=True)
        large = _cards(consultation, None, 12, 6, personal=True)
    row = console.get(f"/staff/consultations/{consultation.id}/responses").find("th", string="Oak House").parent
    assert row.find_all("td")[1].get_text(strip=True) == "5"
    page = console.get(f"/staff/consultations/{consultation.id}/invites/{personal.id}")
    assert _counts(console, consultation, personal) == {"made": "6", "used": "c", "unused": "c"}
    assert page.select_one("#counts-hidden") is not None
    scope = page.select_one("#counts-scope").get_text(" ", strip=True)
    assert "every answer that came through Oak House" in scope and "1 other set of cards" in scope
    # 0 of 6 is true and tells nothing hidden; 6 of 12 with 6 answers through no group is the whole of that count.
    assert _counts(console, consultation, unused_set) == {"made": "6", "used": "0", "unused": "6"}
    assert _counts(console, consultation, large) == {"made": "12", "used": "6", "unused": "6"}
    reach = console.get(f"/staff/consultations/{consultation.id}/reach")
    used = [row.select("td")[3].get_text(strip=True) for row in reach.select("tbody tr")]
    assert sorted(used) == sorted(["c of 6", "c of 3", "0 of 6", "6 of 12"])
