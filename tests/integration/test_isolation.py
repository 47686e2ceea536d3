"""Organisation isolation (TRUST.md: "every object lookup is scoped to the user's organisation"; "tampered option
values and ids from another organisation").

Every route whose URL names an object is walked with another organisation's object in it, by GET and by POST with a
valid CSRF token, as the most powerful member of staff there is (an organisation admin who is also a safeguarding
lead): each answers exactly as a missing object does, and nothing of the other organisation changes or shows.
A new route that names an object fails ``test_every_object_taking_route_is_walked`` until it is given a builder
here. The young person's routes that take a consultation code are walked with a draft and a closed consultation.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from participation.accounts.models import Role
from participation.audit import services as audit
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys.models import ConsultationStatus
from tests import factories, sound
from tests.pages import fetch

# Words only organisation B's objects contain: none may appear on any page organisation A's staff are shown.
B_WORDS = {
    "group": "Beeshire children in care council",
    "pledge": "Beeshire pledge: a laptop for every care leaver",
    "action": "Beeshire action: a new drop-in at the library",
    "comment": "the youth club in beeshire is brilliant",
    "figure": "Beeshire national survey figure",
    "email": "worker@beeshire.example",
    "disclosure": "my step dad hits me when mum is at work",
    "recording": "Beeshire: wyt ti'n teimlo bod y cyngor yn gwrando arnat ti?",
    "poll": "Beeshire poll: what should the forum be about?",
    "poll_word": "beeshirewaffles",
    "session_topic": "Beeshire topic: swimming passes",
    "session_note": "beeshire forum wants a minibus",
    "contact": "Call me Beeshire Bumble",
    "action_elsewhere": "Beeshire action: a minibus for the forum",
}


@dataclass
class Side:
    organisation: uuid.UUID
    consultation: uuid.UUID
    question: uuid.UUID | None = None
    group: uuid.UUID | None = None
    batch: uuid.UUID | None = None
    answer: uuid.UUID | None = None
    case: uuid.UUID | None = None
    request: uuid.UUID | None = None
    action: uuid.UUID | None = None
    pledge: uuid.UUID | None = None
    figure: uuid.UUID | None = None
    user: uuid.UUID | None = None
    invitation: uuid.UUID | None = None
    draft_code: str = ""
    closed_code: str = ""
    invite_code: str = ""
    poll: uuid.UUID | None = None
    poll_word: uuid.UUID | None = None  # an answer to B's word poll, waiting for approval
    session: uuid.UUID | None = None  # a session of B's group, with a note
    session_note: uuid.UUID | None = None  # that note (its writer agreed to be quoted)
    contact_request: uuid.UUID | None = None
    elsewhere_action: uuid.UUID | None = None  # an action answering B's session
    words: str = ""  # the digest of words only B's consultation reads aloud, which B has a recording of


@dataclass
class World:
    a: Side
    b: Side


# --- building organisation B's objects through the services the routes use -------------------------------------


def _answer_everything(consultation: Any, *, text: str, invite: Any = None, consent: bool = False) -> None:
    """One submitted response: the first offered choice everywhere, ``text`` in every free-text box."""
    from participation.responses import services as responses
    from participation.surveys.services import consultation_view

    band = "12-17"
    view = consultation_view(consultation, "en", band)
    draft, token = responses.start_draft(consultation, band, "en", True, invite=invite)
    for question in view.questions:
        if question.spec.consent:
            responses.record_answer(draft, question, choices=["yes" if consent else "no"])
        elif question.spec.text:
            responses.record_answer(draft, question, text=text)
        else:
            responses.record_answer(draft, question, choices=[question.choices[0].value])
    responses.submit(draft, view, token)


def build_b(app: Any) -> Side:
    from participation.analysis.models import SafeguardingCase
    from participation.audio import services as read_aloud
    from participation.audio import speech
    from participation.audio.texts import Spoken
    from participation.boards import pledges
    from participation.boards import services as boards
    from participation.boards.models import ActionStatus, ReferenceFigure
    from participation.contact import services as contact
    from participation.contact.models import ContactKind
    from participation.distribution import services as distribution
    from participation.distribution.models import GroupKind, InviteCode
    from participation.privacy import reidentify
    from participation.responses.models import Answer
    from participation.surveys import builder, translations

    with app.app_context():
        org = factories.organisation("Beeshire Council")
        org.identity_vault = True
        worker, _secret = factories.staff(org, Role.PARTICIPATION_WORKER, email=B_WORDS["email"])
        lead, _secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        factories.staff(org, Role.ORGANISATION_ADMIN)
        consultation = factories.consultation(org)
        draft = factories.consultation(org, status=ConsultationStatus.DRAFT)
        closed = factories.consultation(org, status=ConsultationStatus.CLOSED)
        closed.opens_on, closed.closes_on = date(2019, 6, 1), date(2019, 7, 1)
        group = distribution.save_group(org.id, B_WORDS["group"], GroupKind.CHILDREN_IN_CARE_COUNCIL, 12)
        batch = distribution.create_batch(
            consultation,
            count=0,
            group=group,
            age_band="12-17",
            identifiers=["BEE-PERSON-1", "BEE-PERSON-2"],
            created_by=worker.id,
        )
        invite = db.session.scalar(
            select(InviteCode).where(InviteCode.batch_id == batch.id).order_by(InviteCode.position)
        )
        _answer_everything(consultation, text=B_WORDS["disclosure"], invite=invite)
        _answer_everything(consultation, text=B_WORDS["comment"], consent=True)
        case = db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.organisation_id == org.id))
        assert case is not None, "the disclosure did not reach organisation B's safeguarding queue"
        request = reidentify.ask(case, lead, "Worried about this young person's safety at home")
        comment = db.session.scalar(select(Answer).where(Answer.text == B_WORDS["comment"]))
        action = boards.save_action(
            consultation,
            boards.ActionInput(
                themes=["activities-and-friends"],
                what=B_WORDS["action"],
                owner="Beeshire youth service",
                status=ActionStatus.IN_PROGRESS,
                reason="",
                due_on=None,
                done_on=None,
                evidence_url="",
                evidence_note="",
                translations={},
            ),
            user_id=worker.id,
        )
        pledge = pledges.save_pledge(
            org.id,
            owner_name="Councillor Bee",
            owner_role="Lead member",
            text=B_WORDS["pledge"],
            made_at="Corporate parenting board",
            made_on=None,
            due_on=None,
            themes=["digital-access"],
        )
        figure = ReferenceFigure(
            organisation_id=org.id,
            question_key="listened-to",
            age_band="",
            label=B_WORDS["figure"],
            percent=71.0,
            source="National survey 2025",
        )
        db.session.add(figure)
        # Printed invite code of the closed consultation: the card still works as a way to the kind page.
        closed_batch = distribution.create_batch(closed, count=1, group=None, age_band="12-17")
        closed_invite = distribution.printed_codes(closed_batch)[0].code
        from participation.accounts import invitations
        from participation.accounts.models import Invitation

        invitations.invite(org.id, "newcomer@beeshire.example", Role.BOARD_MEMBER, worker)
        invitation = db.session.scalar(select(Invitation).where(Invitation.organisation_id == org.id))
        # Welsh words only B's draft has, read aloud by B's own recorded voice.
        translations.save_translations(consultation, "cy", {"q1-title-all": B_WORDS["recording"]}, {})
        spoken = Spoken("cy", B_WORDS["recording"])
        read_aloud.save_recording(consultation, spoken, speech.check_recording(sound.wav()), worker.id)
        from participation.polls import services as polls
        from participation.polls.models import PollAnswer, PollKind

        poll = polls.create(org.id, B_WORDS["poll"], PollKind.WORD, [], group.id, worker.id)
        polls.answer(poll, "bee-phone", [], B_WORDS["poll_word"], "en")
        poll_word = db.session.scalar(select(PollAnswer.id).where(PollAnswer.poll_id == poll.id))
        from participation.sessions import services as sessions
        from participation.sessions.models import ActivityKind, NoteSource

        held = sessions.create_session(
            org.id, group.id, date.today(), "Beeshire worker", [B_WORDS["session_topic"]], {"12-17": 9}
        )
        note = sessions.add_note(held, B_WORDS["session_note"], NoteSource.WORKER, True, "en")
        sessions.add_activity(org.id, ActivityKind.TAKEOVER, date.today(), 17, "Beeshire takeover day")
        elsewhere_action = boards.save_action(
            boards.from_session(held),
            boards.ActionInput(
                themes=["activities-and-friends"],
                what=B_WORDS["action_elsewhere"],
                owner="Beeshire youth service",
                status=ActionStatus.PLANNED,
                reason="",
                due_on=None,
                done_on=None,
                evidence_url="",
                evidence_note="",
                translations={},
            ),
            user_id=worker.id,
        )
        contact_request = contact.ask(
            org.id,
            consultation.id,
            ContactKind.ADVOCATE,
            contact.Details(phone="07700 900456", name=B_WORDS["contact"], message=B_WORDS["contact"]),
            "12-17",
        )
        db.session.commit()
        return Side(
            organisation=org.id,
            session=held.id,
            session_note=note.id,
            poll=poll.id,
            poll_word=poll_word,
            consultation=consultation.id,
            question=builder.questions_of(consultation)[0].id,
            group=group.id,
            batch=batch.id,
            answer=comment.id,
            case=case.id,
            request=request.id,
            action=action.id,
            pledge=pledge.id,
            figure=figure.id,
            user=worker.id,
            invitation=invitation.id,
            draft_code=draft.code,
            closed_code=closed.code,
            invite_code=closed_invite,
            words=spoken.digest,
            contact_request=contact_request.id,
            elsewhere_action=elsewhere_action.id,
        )


@pytest.fixture()
def world(app) -> World:
    b = build_b(app)
    from participation.surveys import builder

    with app.app_context():
        ours = factories.organisation("Ayshire Council")
        consultation = factories.consultation(ours)
        a = Side(organisation=ours.id, consultation=consultation.id, question=builder.questions_of(consultation)[0].id)
    return World(a, b)


# --- which routes name an object, and how to build organisation B's ------------------------------------------------

Variants = Callable[[World], list[dict[str, Any]]]


def whole(w: World) -> list[dict[str, Any]]:
    return [{"consultation_id": w.b.consultation}]


def inside(name: str, attribute: str) -> Variants:
    """B's object under B's consultation, and B's object under A's own consultation (a tampered child id)."""

    def variants(w: World) -> list[dict[str, Any]]:
        child = getattr(w.b, attribute)
        return [{"consultation_id": w.b.consultation, name: child}, {"consultation_id": w.a.consultation, name: child}]

    return variants


def words(w: World) -> list[dict[str, Any]]:
    """B's recorded words under B's consultation, and under A's own (which does not read them)."""
    return [
        {"consultation_id": consultation, "language": "cy", "digest": w.b.words}
        for consultation in (w.b.consultation, w.a.consultation)
    ]


def one(name: str, attribute: str) -> Variants:
    return lambda w: [{name: getattr(w.b, attribute)}]


# Every staff route that names an object. Adding a route that names an object without adding it here fails the
# first test below: give it a builder, so the walk proves another organisation cannot reach it.
STAFF_OBJECT_ROUTES: dict[str, Variants] = {
    "consultations.overview": whole,
    "consultations.details": whole,
    "consultations.add_question": whole,
    "consultations.edit_question": inside("question_id", "question"),
    "consultations.move_question": inside("question_id", "question"),
    "consultations.delete_question": inside("question_id", "question"),
    "consultations.change_status": whole,
    "consultations.dates": whole,
    "consultations.translate": whole,
    "consultations.preview": whole,
    "read_aloud.index": whole,
    "read_aloud.in_language": whole,
    "read_aloud.recording": words,
    "read_aloud.delete_recording": words,
    "distribution.reach": whole,
    "distribution.poster": whole,
    "distribution.invites": whole,
    "distribution.invite_sheet": inside("batch_id", "batch"),
    "distribution.edit_group": one("group_id", "group"),
    "live.responses": whole,
    "comments.comments": whole,
    "comments.correct": inside("answer_id", "answer"),
    "comments.adopt": whole,
    "comments.quotes": whole,
    "comments.decide_quote": inside("answer_id", "answer"),
    "comments.mark_read": inside("answer_id", "answer"),
    "comments.open_case": inside("answer_id", "answer"),
    "safeguarding.case": one("case_id", "case"),
    "contact.request_page": one("request_id", "contact_request"),
    "safeguarding.mark_case_read": one("case_id", "case"),
    "reidentification.ask": one("case_id", "case"),
    "reidentification.request": one("request_id", "request"),
    "reidentification.reveal": one("request_id", "request"),
    "reidentification.withdraw": one("request_id", "request"),
    "boards.overview": whole,
    "boards.new_action": whole,
    "boards.action": inside("action_id", "action"),
    "boards.delete_action": inside("action_id", "action"),
    "boards.board_pack": whole,
    "boards.board_pack_print": whole,
    "boards.board_pack_pdf": whole,
    "boards.board_pack_xlsx": whole,
    "boards.board_pack_csv": whole,
    "pledges.pledge": one("pledge_id", "pledge"),
    "pledges.edit": one("pledge_id", "pledge"),
    "pledges.update": one("pledge_id", "pledge"),
    "pledges.verdict": one("pledge_id", "pledge"),
    "figures.delete_reference_figure": one("figure_id", "figure"),
    "accounts.change_access": one("user_id", "user"),
    "accounts.withdraw_invitation": one("invitation_id", "invitation"),
    "accounts.switch_organisation": one("organisation_id", "organisation"),
    "polls.poll": one("poll_id", "poll"),
    "polls.translate": one("poll_id", "poll"),
    "polls.change_status": one("poll_id", "poll"),
    "polls.projector": one("poll_id", "poll"),
    "polls.tablet": one("poll_id", "poll"),
    "polls.decide_word": lambda w: [{"poll_id": w.b.poll, "answer_id": w.b.poll_word}],
    "sessions.session": one("session_id", "session"),
    "sessions.change": one("session_id", "session"),
    "sessions.open_room": one("session_id", "session"),
    "sessions.note_to_safeguarding": lambda w: [{"session_id": w.b.session, "note_id": w.b.session_note}],
    "sessions.read_note": lambda w: [{"session_id": w.b.session, "note_id": w.b.session_note}],
    "polls.word_to_safeguarding": lambda w: [{"poll_id": w.b.poll, "answer_id": w.b.poll_word}],
    "sessions.decide_quote": lambda w: [
        {"session_id": w.b.session, "note_id": w.b.session_note, "decision": decision}
        for decision in ("approve", "reject")
    ],
    "sessions.close_room": one("session_id", "session"),
    "we_did.new_from_session": one("session_id", "session"),
    "we_did.new_from_poll": one("poll_id", "poll"),
    "we_did.edit": one("action_id", "elsewhere_action"),
    "we_did.delete": one("action_id", "elsewhere_action"),
}

# A form that would do something if the lookup let it through: the walk posts these, so a leak would show as a change.
POST_DATA: dict[str, dict[str, Any]] = {
    "consultations.details": {"title": "Taken over", "about": "Taken over", "next_steps": "Taken over"},
    "consultations.add_question": {"kind": "yes_no", "title": "Taken over?", "bands": ["12-17"]},
    "consultations.edit_question": {"kind": "yes_no", "title": "Taken over?", "bands": ["12-17"]},
    "consultations.dates": {"opens_on-day": "1", "opens_on-month": "1", "opens_on-year": "2020"},
    "consultations.translate": {},
    # A fresh file for every request (a stream is read once).
    "read_aloud.recording": {"recording": lambda: (io.BytesIO(sound.wav()), "taken-over.wav")},
    "distribution.reach": {"groups": []},
    "distribution.invites": {"count": "3", "band": "12-17", "group": "", "identifiers": ""},
    "distribution.edit_group": {"name": "Taken over", "kind": "school", "cohort_size": "3"},
    "comments.correct": {"slug": "family-time"},
    "comments.adopt": {"phrase": "taken over", "slug": "new", "new_name": "Taken over"},
    "comments.decide_quote": {"text": "Taken over"},
    "safeguarding.case": {"status": "no-concern", "note": "Taken over"},
    "contact.request_page": {"status": "closed", "note": "Taken over"},
    "reidentification.ask": {"reason": "Taken over"},
    "reidentification.request": {"decision": "approve", "note": "Taken over"},
    "boards.new_action": {"themes": ["family-time"], "what": "Taken over", "owner": "A", "status": "planned"},
    "boards.action": {"themes": ["family-time"], "what": "Taken over", "owner": "A", "status": "planned"},
    "pledges.edit": {"owner_name": "Taken over", "text": "Taken over"},
    "pledges.update": {"status": "done", "note": "Taken over"},
    "pledges.verdict": {"group_name": "Taken over", "verdict": "kept", "why": "Taken over"},
    "sessions.session": {"text": "Taken over"},
    "polls.translate": {"question_pl": "Taken over"},
    "sessions.change": {"held_on": ["1", "1", "2027"], "run_by": "Taken over", "band_12_17": "99", "revision": "0"},
    "sessions.open_room": {},
    "sessions.decide_quote": {"text": "Taken over"},
    "sessions.note_to_safeguarding": {},
    "sessions.read_note": {},
    "polls.word_to_safeguarding": {},
    "sessions.close_room": {},
    "we_did.new_from_session": {"themes": ["family-time"], "what": "Taken over", "owner": "A", "status": "planned"},
    "we_did.new_from_poll": {"themes": ["family-time"], "what": "Taken over", "owner": "A", "status": "planned"},
    "we_did.edit": {"themes": ["family-time"], "what": "Taken over", "owner": "A", "status": "planned"},
}

# The young person's routes that take a consultation code. "journey": a draft or closed consultation gives the kind
# page and nothing else; "feedback": after closing, what changed is exactly what young people should see (so only a
# draft's code must show nothing of it).
CODE_ROUTES: dict[str, str] = {
    "respond.start": "journey",
    "respond.who": "journey",
    "respond.begin": "journey",
    "respond.question": "journey",
    "respond.check": "journey",
    "respond.done": "journey",
    "respond.again": "journey",
    "respond.save": "journey",
    "respond.easy_version": "journey",
    "respond.begin_resumed": "journey",
    "respond.you_said_we_did": "feedback",
    "respond.promises": "feedback",
    "respond.what_changed": "feedback",
    # Asking for an advocate or a call back: the consultation only names the council, so it works after closing.
    "ask.ask": "ask",
    "ask.sent": "ask",
}

# Routes whose argument names no object but a slice of the signed-in member's own organisation (a year or quarter of
# board packs): walked with a period only B has consultations in, and with one both have.
B_ONLY_PERIODS = ("2019-20", "2019-20-q1")  # B's closed consultation opened on 1 June 2019


def _current_period() -> str:
    from participation.boards import periods

    return periods.containing(date.today()).key


def periods_b_has(w: World) -> list[dict[str, Any]]:
    return [{"key": key} for key in (*B_ONLY_PERIODS, _current_period())]


SESSION_SCOPED_ROUTES: dict[str, Variants] = {
    "periods.period_pack": periods_b_has,
    "periods.period_pack_print": periods_b_has,
    "periods.period_pack_pdf": periods_b_has,
    "periods.period_pack_xlsx": periods_b_has,
    "periods.period_pack_csv": periods_b_has,
}


# Routes whose argument is a secret handed to one person (a link in an email, a printed card): holding it is the
# permission, and an unknown one answers as a missing page. Not organisation-scoped lookups.
BEARER_ROUTES: dict[str, str] = {
    "respond.invite_link": "printed invite code (walked below with a closed consultation's card)",
    "accounts.accept_invitation": "invitation token from an email",
    "accounts.choose_password": "password reset token from an email",
    "accounts.enrol_link": "authenticator enrolment token from an email to the account's own address",
    "static": "a file name, not an object",
    "read_aloud.clip": "a read-aloud clip, named by the digest of what it holds: public, as the pages that play it",
    "poll_answers.answer": "a live poll's code, shown on the screen in the room: holding it is the way to answer",
    "poll_answers.done": "a live poll's code, as poll_answers.answer",
    "poll_answers.screen": "a poll's screen key, held by its projector page: the suppressed results and nothing else",
    "poll_answers.screen_page": "a poll's screen key, as poll_answers.screen: the projector page without the script",
    # Not a secret at all: a council's short name, public as the council is. The form shows its name and takes a
    # request for its own queue; nothing of any council is read or changed (test_ask_anywhere walks it).
    "ask.council_ask": "a council's short name: its form to ask for an advocate or a call back, public",
    "ask.council_sent": "a council's short name, as ask.council_ask: what happens next, nothing of any request",
}

# Routes only a platform admin may use, acting on any organisation's accounts: every organisation's own staff are
# refused whatever id they send (tests/integration/test_councils_apart.py walks them).
PLATFORM_ROUTES: dict[str, str] = {
    "accounts.lock_account": "lock or unlock an account in every council",
}


def object_taking_endpoints(app) -> set[str]:
    """Endpoints with an argument that is not just one of a fixed list of words (``<any(pdf, csv):kind>``)."""
    return {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if any(not getattr(rule._converters[name], "items", None) for name in rule.arguments)
    }


def test_every_object_taking_route_is_walked(app):
    """A new route that names an object must get a builder here (or be classed as a code or bearer route)."""
    classified = [
        set(STAFF_OBJECT_ROUTES),
        set(SESSION_SCOPED_ROUTES),
        set(CODE_ROUTES),
        set(BEARER_ROUTES),
        set(PLATFORM_ROUTES),
    ]
    assert sum(len(group) for group in classified) == len(set().union(*classified)), "an endpoint is in two lists"
    assert object_taking_endpoints(app) == set().union(*classified)
    for rule in app.url_map.iter_rules():
        if rule.endpoint in STAFF_OBJECT_ROUTES:
            assert rule.rule.startswith("/staff/"), rule.endpoint
        if rule.endpoint in CODE_ROUTES:
            assert rule.rule.startswith("/s/<code>"), rule.endpoint


# --- walking ----------------------------------------------------------------------------------------------------------


def snapshot(organisation_id: uuid.UUID) -> dict[str, list[tuple[str, ...]]]:
    """Every row that belongs to one organisation (and its people), to show nothing of it changed."""
    from participation.accounts.models import Membership, User
    from participation.organisations.models import Organisation

    tables: dict[str, list[tuple[str, ...]]] = {}
    for table in db.metadata.sorted_tables:
        if "organisation_id" in table.c:
            rows = db.session.execute(select(table).where(table.c.organisation_id == organisation_id)).all()
            tables[table.name] = sorted(tuple(str(value) for value in row) for row in rows)
    people = select(Membership.user_id).where(Membership.organisation_id == organisation_id)
    tables["staff_user"] = sorted(
        tuple(str(value) for value in row)
        for row in db.session.execute(select(User.__table__).where(User.id.in_(people))).all()
    )
    tables["organisation"] = [
        tuple(str(value) for value in row)
        for row in db.session.execute(select(Organisation.__table__).where(Organisation.id == organisation_id)).all()
    ]
    return tables


def readable(response: Any) -> str:
    """A response's words: spreadsheets and CSV archives opened (both are zip files); PDFs are skipped, their tables
    being the CSVs' tables."""
    import io
    import zipfile

    body = response.get_data()
    if body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    if response.mimetype == "application/pdf":
        return ""
    return body.decode("utf-8", "replace")


def token_of(client) -> str:
    page = fetch(client, "/staff/sign-in", follow_redirects=True)
    return str(page.find("input", {"name": "csrf_token"})["value"])


def requests_for(app, world: World):
    """(endpoint, method, url, form) for every object-taking staff route, with every variant of B's ids."""
    for rule in sorted(app.url_map.iter_rules(), key=lambda item: item.rule):
        if rule.endpoint not in STAFF_OBJECT_ROUTES:
            continue
        for values in STAFF_OBJECT_ROUTES[rule.endpoint](world):
            choices: list[dict[str, Any]] = [dict(values)]
            for name in rule.arguments - set(values):
                converter = rule._converters[name]
                options = sorted(converter.items) if getattr(converter, "items", None) else ["cy"]
                choices = [{**choice, name: option} for choice in choices for option in options]
            for choice in choices:
                url = rule.build(choice, append_unknown=False)[1]
                for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                    yield rule.endpoint, method, url, POST_DATA.get(rule.endpoint, {})


def fresh(form: dict[str, Any]) -> dict[str, Any]:
    """A form's values, each made anew where it is made by a function (a file to upload)."""
    return {name: value() if callable(value) else value for name, value in form.items()}


def refusals(user_id: uuid.UUID) -> list[AuditEvent]:
    return list(
        db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "authorisation-refused", AuditEvent.user_id == user_id)
        )
    )


@pytest.mark.parametrize(
    "roles",
    [(Role.ORGANISATION_ADMIN, Role.SAFEGUARDING_LEAD), (Role.ORGANISATION_ADMIN,)],
    ids=["admin-and-lead", "admin"],
)
def test_another_organisations_objects_answer_as_missing_ones(app, client, world, roles):
    with app.app_context():
        user, secret = factories.staff(db.session.get(Organisation, world.a.organisation), *roles)
        before = snapshot(world.b.organisation)
    factories.sign_in(client, user, secret)
    token = token_of(client)
    walked: set[str] = set()
    for endpoint, method, url, form in requests_for(app, world):
        data = {**fresh(form), "csrf_token": token} if method == "POST" else None
        with app.app_context():
            refused_before = refusals(user.id)
        response = client.open(url, method=method, data=data)
        body = readable(response)
        allowed = bool(set(roles) & app.view_functions[endpoint].heard_access.roles)
        where = (endpoint, method, url)
        if allowed:
            assert response.status_code == 404, where
        else:
            # Refused for the role before any lookup: the refusal is audited (TRUST.md), in A's own log.
            assert response.status_code == 403, where
            with app.app_context():
                new = [event for event in refusals(user.id) if event.id not in {e.id for e in refused_before}]
                assert [(event.organisation_id, event.subject, event.detail["reason"]) for event in new] == [
                    (world.a.organisation, url, "role")
                ], where
        assert not [word for word in B_WORDS.values() if word in body], where
        with app.app_context():
            assert snapshot(world.b.organisation) == before, where
        walked.add(endpoint)
    assert walked == set(STAFF_OBJECT_ROUTES)
    # Still signed in, still in organisation A, and A's own consultation still answers: the 404s were about B only.
    assert client.get(f"/staff/consultations/{world.a.consultation}").status_code == 200


def test_a_lookup_refused_for_another_organisation_is_audited(app, client, world):
    with app.app_context():
        user, secret = factories.staff(db.session.get(Organisation, world.a.organisation), Role.ORGANISATION_ADMIN)
    factories.sign_in(client, user, secret)
    token = token_of(client)
    urls = [
        f"/staff/consultations/{world.b.consultation}",
        f"/staff/pledges/{world.b.pledge}",
        f"/staff/safeguarding/{world.b.case}",
    ]
    for url in urls:
        assert client.get(url).status_code == 404
    assert client.post(f"/staff/team/{world.b.user}/disable", data={"csrf_token": token}).status_code == 404
    with app.app_context():
        events = list(
            db.session.scalars(
                select(AuditEvent).where(AuditEvent.action == "lookup-refused", AuditEvent.user_id == user.id)
            )
        )
        # One row for the four refusals, listing each.
        assert len(events) == 1 and events[0].detail["count"] == 4
        assert sorted(entry["subject"] for entry in audit.refusals_in(events[0])) == sorted(
            [*urls, f"/staff/team/{world.b.user}/disable"]
        )
        assert all(event.organisation_id == world.a.organisation for event in events)
        # Nothing about B goes into A's log beyond the path A typed, and nothing at all into B's.
        assert not db.session.scalars(
            select(AuditEvent).where(AuditEvent.organisation_id == world.b.organisation, AuditEvent.user_id == user.id)
        ).all()


def test_ids_from_another_organisation_inside_forms_and_queries_are_refused(app, client, world):
    """Tampered option values: B's group, B's consultation and B's theme, posted to A's own pages."""
    from participation.distribution.models import InviteBatch
    from participation.surveys.models import Consultation

    with app.app_context():
        user, secret = factories.staff(db.session.get(Organisation, world.a.organisation), Role.ORGANISATION_ADMIN)
        before = snapshot(world.b.organisation)
    factories.sign_in(client, user, secret)
    token = token_of(client)
    ours = f"/staff/consultations/{world.a.consultation}"

    reach = client.post(f"{ours}/reach", data={"csrf_token": token, "groups": [str(world.b.group)]})
    assert reach.status_code in (200, 302, 400)
    invites = client.post(
        f"{ours}/invites",
        data={"csrf_token": token, "count": "2", "band": "12-17", "group": str(world.b.group), "identifiers": ""},
    )
    assert invites.status_code == 400
    assert "Select a group from the list" in invites.get_data(as_text=True)
    pack = client.get(f"{ours}/board-pack?part=group:{world.b.group}")
    # Another council's group is no part of this pack: said so (400), never named, never shown as a filter.
    assert pack.status_code == 400 and B_WORDS["group"] not in pack.get_data(as_text=True)
    with app.app_context():
        from participation.distribution.services import target_groups

        assert target_groups(db.session.get(Consultation, world.a.consultation)) == []
        assert not db.session.scalars(
            select(InviteBatch).where(InviteBatch.consultation_id == world.a.consultation)
        ).all()
        assert snapshot(world.b.organisation) == before


def test_periods_only_show_the_signed_in_organisations_consultations(app, client, world):
    with app.app_context():
        user, secret = factories.staff(db.session.get(Organisation, world.a.organisation), Role.ORGANISATION_ADMIN)
        before = snapshot(world.b.organisation)
    factories.sign_in(client, user, secret)
    walked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint not in SESSION_SCOPED_ROUTES:
            continue
        for values in SESSION_SCOPED_ROUTES[rule.endpoint](world):
            for query in ("", f"?part=group:{world.b.group}"):
                url = rule.build(values, append_unknown=False)[1] + query
                response = client.get(url)
                where = (rule.endpoint, url)
                if values["key"] in B_ONLY_PERIODS:
                    assert response.status_code == 404, where  # A has nothing then: as if the period were empty
                elif query:
                    assert response.status_code == 400, where  # B's group is no part of A's pack
                else:
                    assert response.status_code == 200, where  # A's own consultation, and only A's
                body = readable(response)
                assert not [word for word in B_WORDS.values() if word in body], where
                walked += 1
    assert walked >= 3 * 2 * len(SESSION_SCOPED_ROUTES)
    with app.app_context():
        assert snapshot(world.b.organisation) == before
    # The walk meant something: B's own people do see B's consultations in those periods, and B's words in them.
    with app.app_context():
        theirs, secret = factories.staff(db.session.get(Organisation, world.b.organisation), Role.ORGANISATION_ADMIN)
    other = app.test_client()
    factories.sign_in(other, theirs, secret)
    assert other.get(f"/staff/board-packs/{B_ONLY_PERIODS[0]}").status_code == 200
    assert B_WORDS["action"] in readable(other.get(f"/staff/board-packs/{_current_period()}/zip"))


def test_copying_another_organisations_consultation_is_refused(app, client, world):
    from participation.surveys.models import Consultation

    with app.app_context():
        user, secret = factories.staff(db.session.get(Organisation, world.a.organisation), Role.ORGANISATION_ADMIN)
        before = snapshot(world.b.organisation)
    factories.sign_in(client, user, secret)
    copied = client.post(
        "/staff/consultations/new",
        data={
            "csrf_token": token_of(client),
            "title": "Copy of theirs",
            "start": "copy",
            "source": str(world.b.consultation),
        },
    )
    assert copied.status_code == 400
    assert "Select the consultation to copy" in copied.get_data(as_text=True)
    with app.app_context():
        assert not db.session.scalars(
            select(Consultation).where(
                Consultation.organisation_id == world.a.organisation, Consultation.id != world.a.consultation
            )
        ).all()
        assert snapshot(world.b.organisation) == before


# --- the young person's side: a draft or closed consultation's code --------------------------------------------------


RANDOM_VALUES = re.compile(r'(nonce|value)="[A-Za-z0-9_.=-]{16,}"')


def _content_words(app, code: str) -> list[str]:
    """Question titles and option labels of a consultation: what a kind page must never show."""
    from participation.surveys import builder
    from participation.surveys.models import Consultation

    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == code))
        words = []
        for question in builder.questions_of(consultation):
            words += [text.title for text in question.texts if text.title]
            for option in question.options:
                words += [text.label for text in option.texts if len(text.label) > 3]
        return words


def _code_requests(app, code: str):
    for rule in app.url_map.iter_rules():
        if rule.endpoint not in CODE_ROUTES:
            continue
        values = {"code": code, **({"number": 1} if "number" in rule.arguments else {})}
        url = rule.build(values, append_unknown=False)[1]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url


@pytest.mark.parametrize("which", ["draft_code", "closed_code"])
def test_a_draft_or_closed_consultations_code_gives_the_kind_page(app, world, which):
    from participation.responses.models import Draft, Response
    from participation.surveys.models import Consultation

    code = getattr(world.b, which)
    words = _content_words(app, code)
    assert len(words) > 10
    with app.app_context():
        consultation_id = db.session.scalar(select(Consultation.id).where(Consultation.code == code))
        before = snapshot(world.b.organisation)
    client = app.test_client()
    client.get(f"/s/{code}?band=12-17")
    # A valid token for this device's session, from a respondent page that has a form.
    token = str(fetch(client, "/i").find("input", {"name": "csrf_token"})["value"])
    seen = 0
    for endpoint, method, url in _code_requests(app, code):
        data = {"csrf_token": token, "band": "12-17", "answer": "yes"} if method == "POST" else None
        response = client.open(url, method=method, data=data, follow_redirects=True)
        page = response.get_data(as_text=True)
        where = (endpoint, method, url)
        assert "Traceback" not in page, where
        # Random values (the CSP nonce, the CSRF token) are left out: a four-letter label such as "Byth" turns up in
        # one by chance now and then.
        page = RANDOM_VALUES.sub("", page)
        assert not [word for word in words if word in page], where
        if CODE_ROUTES[endpoint] == "journey" or which == "draft_code":
            # The kind page: "this survey is closed", and nothing of the consultation's content or feedback.
            assert response.status_code == 410, where
            assert not [word for word in (B_WORDS["action"], B_WORDS["pledge"], B_WORDS["comment"]) if word in page], (
                where
            )
        elif CODE_ROUTES[endpoint] == "ask":
            # Asking works after closing; a post with nothing to contact is refused kindly (and stores nothing).
            assert response.status_code == (400 if method == "POST" else 200), where
        else:
            # After closing, "you said, we did" and the promises are exactly what young people should read.
            assert response.status_code == 200, where
        seen += 1
    assert seen >= len(CODE_ROUTES)
    with app.app_context():
        assert not db.session.scalars(select(Draft).where(Draft.consultation_id == consultation_id)).all()
        assert not db.session.scalars(select(Response).where(Response.consultation_id == consultation_id)).all()
        assert snapshot(world.b.organisation) == before


def test_a_closed_consultations_invite_card_gives_the_kind_page(app, world):
    from participation.distribution.models import InviteCode
    from participation.surveys.models import Consultation

    client = app.test_client()
    response = client.get(f"/i/{world.b.invite_code}", follow_redirects=True)
    assert response.status_code == 410
    assert not [word for word in _content_words(app, world.b.closed_code) if word in response.get_data(as_text=True)]
    with app.app_context():
        closed = db.session.scalar(select(Consultation.id).where(Consultation.code == world.b.closed_code))
        assert all(
            code.used_on is None
            for code in db.session.scalars(select(InviteCode).where(InviteCode.consultation_id == closed))
        )


@pytest.mark.parametrize("url", ["/staff/invitation/{}", "/staff/reset-password/{}", "/i/{}"])
def test_unknown_bearer_codes_answer_as_missing_pages(app, client, url):
    response = client.get(url.format("ABCD2345EF"))
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)
