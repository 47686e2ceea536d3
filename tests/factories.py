"""Test data: organisations and a small consultation with one question of every kind."""

from __future__ import annotations

import contextlib
import itertools
import secrets
import uuid
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from participation.accounts.models import Role
from participation.analysis.services import analyse_response
from participation.boards import pledges
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Response
from participation.surveys import builder
from participation.surveys.content import create_consultation
from participation.surveys.models import Consultation, ConsultationStatus
from tests.console import Console

_counter = itertools.count(1)
ALL_BANDS = ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"]


def text(en: str, **others: str) -> dict[str, dict[str, str]]:
    result = {"en": {"*": en}}
    for language, value in others.items():
        result[language] = {"*": value}
    return result


def organisation(name: str = "Testshire Council") -> Organisation:
    number = next(_counter)
    org = Organisation(slug=f"org-{number}", name=name)
    db.session.add(org)
    db.session.commit()
    return org


QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "listened-to",
        "kind": "scale",
        "core": True,
        "bands": ALL_BANDS,
        "title": {
            "en": {"*": "Do you feel listened to?", "4-7": "Do grown-ups listen to you?"},
            "cy": {"*": "Wyt ti’n teimlo bod pobl yn gwrando arnat ti?"},
        },
        "hint": text("Think about the last few months."),
        "options": [
            {
                "key": "always",
                "symbol": "face-5",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": text("Always", cy="Bob amser"),
            },
            {"key": "sometimes", "symbol": "face-3", "bands": None, "label": text("Sometimes", cy="Weithiau")},
            {"key": "never", "symbol": "face-1", "bands": None, "label": text("Never", cy="Byth")},
            {"key": "yes-happy", "symbol": "face-5", "positive": True, "bands": ["4-7"], "label": text("Yes")},
        ],
    },
    {
        "key": "reach-worker",
        "kind": "yes_no",
        "core": True,
        "bands": ALL_BANDS,
        "title": text("Can you get in touch with your social worker when you need to?"),
        "options": [],
    },
    {
        "key": "number-workers",
        "kind": "single",
        "core": True,
        "bands": ["8-11", "12-17", "care-leavers"],
        "title": text("How many social workers have you had in the last 12 months?"),
        "options": [
            {"key": k, "label": text(label)}
            for k, label in [
                ("one", "1"),
                ("two", "2"),
                ("three", "3"),
                ("four-plus", "4 or more"),
                ("not-sure", "Not sure"),
            ]
        ],
    },
    {
        "key": "more-help",
        "kind": "multiple",
        "bands": ["12-17", "care-leavers", "parents-carers"],
        "title": text("What would you like more help with?"),
        "hint": text("Select all that apply."),
        "options": [
            {"key": k, "label": text(label)}
            for k, label in [("money", "Money"), ("housing", "Somewhere to live"), ("online", "Getting online")]
        ],
    },
    {
        "key": "best-thing",
        "kind": "short_text",
        "bands": ALL_BANDS,
        "title": text("In a few words, what is the best thing about where you live?"),
        "options": [],
    },
    {
        "key": "one-change",
        "kind": "long_text",
        "bands": ALL_BANDS,
        "title": text("If you could change one thing, what would it be?"),
        "options": [],
    },
    {
        "key": "quote-consent",
        "kind": "consent_quote",
        "bands": ALL_BANDS,
        "title": text("Can we use your words without your name?"),
        "options": [],
    },
]


def consultation(
    org: Organisation | None = None,
    *,
    code: str | None = None,
    status: ConsultationStatus = ConsultationStatus.PUBLISHED,
    **kwargs: Any,
) -> Consultation:
    org = org or organisation()
    spec = {
        "code": code or f"c{next(_counter)}",
        "title": {"en": {"*": "Your voice test"}, "cy": {"*": "Dy lais prawf"}},
        "about": text("We want to know how things are for you."),
        "next_steps": text("The children in care council reads the results in March."),
    }
    created = create_consultation(org.id, spec, QUESTIONS, status=status, **kwargs)
    # Inside a test this only releases a savepoint: the test's outer transaction is still rolled back at the end.
    db.session.commit()
    return created


def stored_response(
    consultation: Consultation,
    answers: Mapping[str, str | list[str] | None] | None = None,
    *,
    band: str = "12-17",
    language: str = "en",
    submitted_on: date = date(2026, 11, 2),
    group_id: uuid.UUID | None = None,
    analyse: bool = False,
    **fields: Any,
) -> Response:
    """A response as submission stores it, for the consultation's live questions (its draft's before publishing):
    each answer by question key is words, the answers chosen, or None (or no answer chosen) for "prefer not to say".
    With ``analyse``, themed and screened as submission does."""
    questions = {q.key: q for q in builder.questions_of(consultation, consultation.live_version or None)}
    response = Response(
        organisation_id=consultation.organisation_id,
        consultation_id=consultation.id,
        pseudonym=secrets.token_hex(16),
        submission_key=secrets.token_hex(16),
        receipt_hash=secrets.token_hex(32),
        age_band=band,
        language=language,
        submitted_on=submitted_on,
        group_id=group_id,
        **fields,
    )
    for key, value in (answers or {}).items():
        answer = Answer(organisation_id=consultation.organisation_id, question_id=questions[key].id, question_key=key)
        if isinstance(value, str):
            answer.text = value
        elif value:
            answer.choices = list(value)
        else:
            answer.declined = True
        response.answers.append(answer)
    db.session.add(response)
    db.session.flush()
    if analyse:
        analyse_response(response)
    return response


STAFF_PASSWORD = "correct horse battery staple"


def staff(org: Organisation | None, *roles: Any, platform_admin: bool = False, email: str | None = None):
    """A member of staff with a password and an enrolled authenticator; returns (user, totp secret)."""
    from participation.accounts import credentials, services, totp

    secret = totp.new_secret()
    user = services.create_user(
        email or f"staff{next(_counter)}@example.org",
        "Sam Worker",
        STAFF_PASSWORD,
        org.id if org else None,
        tuple(roles),
        platform_admin=platform_admin,
    )
    user.totp_secret = credentials.encrypt_secret(secret)
    db.session.commit()
    return user, secret


def sign_in(client: Any, user: Any, secret: str) -> None:
    """Sign in through the real pages: password, then the current authenticator code."""
    from bs4 import BeautifulSoup

    from participation.accounts import totp

    def token(url: str) -> str:
        page = BeautifulSoup(client.get(url).get_data(as_text=True), "html.parser")
        return str(page.find("input", {"name": "csrf_token"})["value"])

    response = client.post(
        "/staff/sign-in", data={"email": user.email, "password": STAFF_PASSWORD, "csrf_token": token("/staff/sign-in")}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/sign-in/code"), response
    response = client.post(
        "/staff/sign-in/code", data={"code": totp.code_for(secret), "csrf_token": token("/staff/sign-in/code")}
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


@contextlib.contextmanager
def rolled_back(app: Any) -> Iterator[None]:
    """An app context whose database work is all undone afterwards: for property tests, which run many examples in
    one test function and must not see each other's rows."""
    from sqlalchemy.orm import scoped_session, sessionmaker

    with app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
        original = db.session
        db.session = scoped_session(
            sessionmaker(bind=connection, join_transaction_mode="create_savepoint"),
            scopefunc=original.registry.scopefunc,
        )
        try:
            yield
        finally:
            db.session.remove()
            db.session = original
            outer.rollback()
            connection.close()


def worker_console(app: Any, client: Any, council: str, *roles: Any) -> Console:
    """A console signed in as a participation worker (or ``roles``) of a new council of that name."""
    with app.app_context():
        org = organisation(council)
        user, secret = staff(org, *(roles or (Role.PARTICIPATION_WORKER,)))
    sign_in(client, user, secret)
    return Console(client)


def pledge(
    organisation_id: uuid.UUID,
    text: str,
    due_on: date | None,
    owner_name: str = "Cllr Patel",
    status: Any = None,
    note: str = "An update",
    on: date | None = None,
) -> Any:
    """A pledge with only an owner, words and a due date; with ``status``, an update giving it that status (``note``,
    dated ``on``: by default its due date or today, whichever is earlier)."""
    made = pledges.save_pledge(
        organisation_id,
        owner_name=owner_name,
        owner_role="",
        text=text,
        made_at="",
        made_on=None,
        due_on=due_on,
        themes=[],
    )
    if status is not None:
        on = on or min(due_on or date.today(), date.today())
        pledges.add_update(made, status=status, note=note, evidence_url="", on=on, user_id=None)
    return made
