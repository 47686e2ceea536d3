"""Walk the URL map as every role: each staff route answers only the roles it declares, refusals are audited,
and nothing of one organisation is reachable from another."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.demo import content
from participation.demo.cli import demo_cli
from participation.extensions import db
from tests import factories
from tests.pages import fetch

# Requests for an advocate or a call back go to the role the organisation names (participation.contact).
NAMED_ROLE_ROUTES = {"contact.queue", "contact.request_page"}


def staff_routes(app):
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff"):
            continue
        access = app.view_functions[rule.endpoint].heard_access
        if access.public:
            continue
        values = {}
        for name, converter in rule._converters.items():
            if "UUID" in type(converter).__name__:
                values[name] = uuid.uuid4()
            elif getattr(converter, "items", None):
                values[name] = sorted(converter.items)[0]
            else:
                values[name] = "x"
        url = rule.build(values, append_unknown=False)[1]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url, access


def csrf_token(client) -> str:

    page = fetch(client, "/staff/sign-in", follow_redirects=True)
    return str(page.find("input", {"name": "csrf_token"})["value"])


def test_signed_out_visitors_are_sent_to_sign_in(app, client):
    token = csrf_token(client)
    for endpoint, method, url, _access in staff_routes(app):
        response = client.open(url, method=method, data={"csrf_token": token})
        assert response.status_code == 302, (endpoint, method)
        assert "/staff/sign-in" in response.headers["Location"]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_reaches_only_what_it_may(app, client, role):
    with app.app_context():
        org = factories.organisation()
        user, secret = factories.staff(org, role)
    factories.sign_in(client, user, secret)
    token = csrf_token(client)
    for endpoint, method, url, access in staff_routes(app):
        if endpoint == "accounts.sign_out":
            continue  # walked last: it ends the session the walk runs in
        response = client.open(url, method=method, data={"csrf_token": token})
        allowed = role in access.roles
        if endpoint in NAMED_ROLE_ROUTES:
            # Declared for every role an organisation may name; only the one it names (and its admins) get in.
            allowed = role in {Role.ORGANISATION_ADMIN, Role(org.contact_requests_role)}
        if allowed:
            assert response.status_code != 403, (endpoint, method, role)
        else:
            assert response.status_code == 403, (endpoint, method, role)
    with app.app_context():
        refused = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "authorisation-refused")).all()
        assert all(event.user_id == user.id for event in refused)
        expected = sum(
            1
            for endpoint, *_rest, access in staff_routes(app)
            if endpoint != "accounts.sign_out"
            and (
                role not in {Role.ORGANISATION_ADMIN, Role(org.contact_requests_role)}
                if endpoint in NAMED_ROLE_ROUTES
                else role not in access.roles
            )
        )
        # One row, at once, with a count: repeated refusals cannot flood the audit log.
        assert len(refused) == min(expected, 1)
        assert sum(event.detail["count"] for event in refused) == expected


def test_board_members_never_reach_the_team_or_audit_log(app, client):
    with app.app_context():
        org = factories.organisation()
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
    factories.sign_in(client, user, secret)
    assert client.get("/staff/team").status_code == 403
    assert client.get("/staff/audit").status_code == 403
    assert client.get("/staff/").status_code == 200


def test_an_admin_cannot_touch_another_organisations_people(app, client):
    with app.app_context():
        ours, theirs = factories.organisation("Ourshire"), factories.organisation("Theirshire")
        admin, secret = factories.staff(ours, Role.ORGANISATION_ADMIN)
        stranger, _ = factories.staff(theirs, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, admin, secret)
    page = client.get("/staff/team").get_data(as_text=True)
    assert stranger.email not in page
    from bs4 import BeautifulSoup

    token = BeautifulSoup(page, "html.parser").find("input", {"name": "csrf_token"})["value"]
    response = client.post(f"/staff/team/{stranger.id}/disable", data={"csrf_token": token})
    assert response.status_code == 404
    with app.app_context():
        from participation.accounts.models import User

        assert db.session.get(User, stranger.id).disabled_at is None


def test_a_board_member_never_sees_a_raw_answer_anywhere(app, client, runner):
    """Every staff page a board member can open, filled with the demo's real ids, shows no word anyone wrote."""
    from participation.distribution.models import Group, InviteBatch
    from participation.organisations.models import Organisation
    from participation.surveys.models import Consultation, Question

    assert runner.invoke(demo_cli, ["load"]).exit_code == 0
    with app.app_context():
        org = db.session.scalar(select(Organisation).where(Organisation.slug == "northshire"))
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == "demo"))
        ids = {
            "consultation_id": consultation.id,
            "question_id": db.session.scalar(select(Question.id).where(Question.consultation_id == consultation.id)),
            "group_id": db.session.scalar(select(Group.id).where(Group.organisation_id == org.id)),
            "batch_id": db.session.scalar(select(InviteBatch.id)) or uuid.uuid4(),
            "user_id": uuid.uuid4(),
        }
        board, secret = factories.staff(org, Role.BOARD_MEMBER)
    factories.sign_in(client, board, secret)
    with app.app_context():
        from participation.analysis.models import Quote, QuoteStatus

        # Approved quotes are published (young people's page, board pack): every other word stays inside.
        approved = set(db.session.scalars(select(Quote.text).where(Quote.status == QuoteStatus.APPROVED)))
    written = [
        comment["text"]
        for comment in content.COMMENTS
        if len(comment["text"]) > 12
        and not any(comment["text"] in quote or quote in comment["text"] for quote in approved)
    ]
    assert len(written) > 100
    opened = 0
    for rule in app.url_map.iter_rules():
        access = getattr(app.view_functions[rule.endpoint], "heard_access", None)
        if not rule.rule.startswith("/staff") or "GET" not in rule.methods or access is None or access.public:
            continue
        values = {name: ids.get(name, "x") for name in rule.arguments}
        if "action" in rule.arguments or "direction" in rule.arguments:
            continue
        response = client.get(rule.build(values, append_unknown=False)[1])
        body = response.get_data()
        if body[:2] == b"PK":  # the board pack's CSV files and spreadsheet: look inside
            import html
            import io
            import zipfile

            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                page = html.unescape(
                    " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
                )
        else:
            page = body.decode("utf-8", "replace")  # a PDF's text is compressed: its tables are the CSVs' tables
        assert not [text for text in written if text in page], rule.endpoint
        opened += response.status_code == 200
    assert opened >= 3  # the list, the overview and the live view at least


def refused_rows(app, user_id, action: str = "authorisation-refused") -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == action, AuditEvent.user_id == user_id)
                .order_by(AuditEvent.at)
            )
        )


def test_repeated_refusals_are_one_audit_row_with_a_count(app, client):
    """A signed-in user asking again and again for what they may not see cannot flood the audit log: the first
    refusal is a row at once; the rest add to its count (and the first hundred are listed in it)."""
    from participation.audit import services as audit

    with app.app_context():
        org = factories.organisation()
        user, secret = factories.staff(org, Role.BOARD_MEMBER)
    factories.sign_in(client, user, secret)
    assert client.get("/staff/team").status_code == 403
    first = refused_rows(app, user.id)
    assert len(first) == 1 and first[0].subject == "/staff/team" and first[0].detail["count"] == 1
    for number in range(150):
        assert client.get("/staff/audit" if number % 2 else "/staff/team").status_code == 403
    rows = refused_rows(app, user.id)
    assert len(rows) == 1 and rows[0].id == first[0].id
    assert rows[0].detail["count"] == 151 and rows[0].detail["last_at"]
    listed = audit.refusals_in(rows[0])
    assert len(listed) == 1 + audit.REFUSALS_LISTED
    assert {entry["subject"] for entry in listed} == {"/staff/team", "/staff/audit"}
    assert all(entry["reason"] == "role" and entry["method"] == "GET" for entry in listed)

    # After the window, the next refusal is a new row again.
    with app.app_context():
        event = db.session.get(AuditEvent, rows[0].id)
        event.at = event.at - audit.REFUSAL_WINDOW - audit.REFUSAL_WINDOW
        db.session.commit()
    assert client.get("/staff/team").status_code == 403
    rows = refused_rows(app, user.id)
    assert [row.detail["count"] for row in rows] == [151, 1]
    # The audit log page shows the count, not the list.
    with app.app_context():
        admin, admin_secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    reader = app.test_client()
    factories.sign_in(reader, admin, admin_secret)
    page = reader.get("/staff/audit").get_data(as_text=True)
    assert "count=151" in page and "also=" not in page


def test_refused_lookups_are_aggregated_too(app, client):
    with app.app_context():
        ours, theirs = factories.organisation("Ourshire"), factories.organisation("Theirshire")
        admin, secret = factories.staff(ours, Role.ORGANISATION_ADMIN)
        consultation = factories.consultation(theirs, code="theirs")
    factories.sign_in(client, admin, secret)
    for _attempt in range(40):
        assert client.get(f"/staff/consultations/{consultation.id}").status_code == 404
    rows = refused_rows(app, admin.id, "lookup-refused")
    assert len(rows) == 1 and rows[0].detail["count"] == 40
    assert rows[0].subject == f"/staff/consultations/{consultation.id}"


@pytest.mark.parametrize("who", [*[role.value for role in Role], "platform-admin"])
def test_every_link_in_the_menu_opens(app, client, who):
    """The staff menu offers only pages the person may open: every link in it answers 200, never 403."""
    with app.app_context():
        if who == "platform-admin":
            user, secret = factories.staff(None, platform_admin=True, email="platform@example.org")
        else:
            user, secret = factories.staff(factories.organisation(), Role(who))
    factories.sign_in(client, user, secret)
    # Where signing in lands each of them: the consultations, or the platform's organisations.
    page = fetch(client, "/staff/organisations" if who == "platform-admin" else "/staff/", follow_redirects=True)
    links = [link["href"] for link in page.select(".heard-header a, .heard-staff-nav a")]
    assert links, who
    for href in links:
        fetch(client, href, follow_redirects=True)  # asserts 200 and checks the page


def test_board_members_read_closed_polls_figures_but_never_a_word(app, client):
    """PRODUCT.md: boards hear what young people said, in a room too; a closed poll's figures, suppressed as on the
    projector, are theirs to read. Words (approved, waiting or flagged) and open polls are not, nor running a poll."""
    from participation.polls import services as polls
    from participation.polls.models import PollAnswer, PollKind, PollStatus, WordState

    with app.app_context():
        org = factories.organisation("Boardpolls")
        board, secret = factories.staff(org, Role.BOARD_MEMBER)
        choice = polls.create(
            org.id, "What should the next forum be about?", PollKind.ONE, ["Food", "Housing"], None, None
        )
        for number in range(7):
            polls.answer(choice, f"phone-{number}", [0 if number < 6 else 1], None, None)
        polls.set_status(choice, PollStatus.CLOSED)
        words = polls.create(org.id, "One word for your home?", PollKind.WORD, [], None, None)
        for number, word in enumerate(["cosy", "noisy", "safe", "small", "warm", "he hits me"]):
            polls.answer(words, f"word-{number}", [], word, "en")
        approved = db.session.scalars(select(PollAnswer).where(PollAnswer.word == "cosy")).one()
        approved.word_state = WordState.APPROVED
        polls.set_status(words, PollStatus.CLOSED)
        still_open = polls.create(org.id, "Pizza or pasta?", PollKind.ONE, ["Pizza", "Pasta"], None, None)
        other = factories.organisation("Otherpolls")
        theirs = polls.create(other.id, "Their closed question?", PollKind.ONE, ["Yes", "No"], None, None)
        polls.set_status(theirs, PollStatus.CLOSED)
        db.session.commit()
        choice_id, open_id = choice.id, still_open.id
    factories.sign_in(client, board, secret)
    page = fetch(client, "/staff/polls/results")
    text = page.get_text(" ")
    assert "What should the next forum be about?" in text and "One word for your home?" in text
    cells = [cell.get_text(strip=True) for cell in page.select("td.govuk-table__cell--numeric")]
    # The figures as the projector showed them: taken at 5 answers, and moved only by 5 more.
    assert (
        cells == ["5", "0"]
        and "These figures count the first 5 answers: they change only when" in text
        and "of the 7 answers" not in text
    )
    for word in ("cosy", "noisy", "he hits me"):
        assert word not in text
    assert "Pizza or pasta?" not in text and "Their closed question?" not in text
    # Read only: the worker's page, the projector and running a poll stay with those who run them.
    assert client.get(f"/staff/polls/{choice_id}").status_code == 403
    assert client.get(f"/staff/polls/{choice_id}/projector").status_code == 403
    assert client.get(f"/staff/polls/{open_id}").status_code == 403
