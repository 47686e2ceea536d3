"""Contact requests: storing one (encrypted, screened for worries), the queue, decisions, escalation and figures."""

from __future__ import annotations

import json
import statistics
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from participation import crypto
from participation.accounts.models import Role, User
from participation.analysis.duty import add_working_days, first_with
from participation.analysis.engine import classify
from participation.analysis.models import CaseStatus, SafeguardingCase
from participation.analysis.redaction import redact
from participation.analysis.services import known_places
from participation.audit import services as audit
from participation.contact.models import ContactKind, ContactNote, ContactRequest, ContactSource, ContactStatus
from participation.db import this_hour, utcnow
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.organisations.models import Organisation
from participation.pseudonyms import keyed_hash
from participation.surveys.models import Consultation, ConsultationStatus

# The identity vault's key: what a young person tells us to find them is the same kind of secret as an identifier.
KEY = "VAULT_KEY"
# Who may be named to receive requests on the settings page (a board member reads summaries only).
RECEIVING_ROLES = (Role.PARTICIPATION_WORKER, Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN)
# Every role that could be the named one: the routes declare these, and ``may_handle`` narrows to the named one.
HANDLERS = frozenset(RECEIVING_ROLES)
# In the safeguarding case opened from a request's worrying words: what the words answered.
CASE_QUESTION_KEY = "contact-request"


@dataclass(frozen=True)
class Details:
    """What the young person typed: every field optional except that one way to reach them is given."""

    phone: str = ""
    text: str = ""  # a number for text messages
    email: str = ""
    name: str = ""  # the name they want to be called
    good_time: str = ""
    message: str = ""  # anything else
    language: str = ""  # the page's language: the one to reply in
    source: str = ""  # the page it was asked from (``ContactSource``); empty for requests made before it was kept

    @property
    def reachable(self) -> bool:
        return bool(self.phone or self.text or self.email)


def _seal(value: str) -> str:
    return crypto.encrypt(KEY, value)


def _open(token: str) -> str | None:
    return crypto.decrypt(KEY, token)


def askable(consultation: Consultation) -> bool:
    """A young person may ask from any consultation the council has published, closed ones too (never a draft's)."""
    return consultation.status != ConsultationStatus.DRAFT and consultation.live_version >= 1


def council_by_slug(slug: str) -> Organisation | None:
    """The council whose short name (its slug) a council-level ask link names, for asking from a page that is not a
    survey's (the help page, a live poll, the room's shared screen): the request needs no survey, so a council with
    only polls and sessions can be asked too (fourth outside review, N8)."""
    if not slug or len(slug) > 60 or not slug.isprintable():
        return None
    found: Organisation | None = db.session.scalar(select(Organisation).where(Organisation.slug == slug))
    return found


def council_of_slug(slug: str) -> uuid.UUID | None:
    found = council_by_slug(slug)
    return found.id if found is not None else None


def slug_of(organisation_id: uuid.UUID | None) -> str | None:
    """The short name a council-level ask link carries, or None where no council is known."""
    if organisation_id is None:
        return None
    found: str | None = db.session.scalar(select(Organisation.slug).where(Organisation.id == organisation_id))
    return found


def acknowledge_within(organisation_id: uuid.UUID) -> int:
    organisation = db.session.get(Organisation, organisation_id)
    return organisation.contact_acknowledge_within if organisation else 2


def today() -> date:
    return utcnow().date()


def due_on(asked_on: date, within: int) -> date:
    """The last day to acknowledge a request asked on ``asked_on``: ``within`` working days later."""
    return add_working_days(datetime.combine(asked_on, time(0), tzinfo=UTC), within).date()


def working_days_between(start: date, end: date) -> int:
    """Working days (Monday to Friday) after ``start`` up to and including ``end``: 0 on the same day."""
    days = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def fingerprint(organisation_id: uuid.UUID, kind: ContactKind, details: Details) -> str:
    """The same request on the same day, keyed (so the device that keeps it learns nothing from it): a double tap or
    a resubmitted page is one request."""
    value = json.dumps([kind.value, today().isoformat(), asdict(details)], ensure_ascii=False, sort_keys=True)
    return keyed_hash("contact-request", value, organisation_id)


def ask(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    kind: ContactKind,
    details: Details,
    age_band: str,
) -> ContactRequest:
    """Store a request for the organisation's named role. Nothing about the consultation or the young person's
    answers is kept with it; the page it was asked from is (``details.source``, encrypted with the rest). Worrying
    words open a safeguarding case holding those words with contact details taken out, never the request: on the
    survey it was asked at the end of, or on no survey for one asked from the help page, a poll or a room."""
    if consultation_id is not None and not details.source:
        details = replace(details, source=ContactSource.SURVEY.value)
    if consultation_id is not None and details.source != ContactSource.SURVEY:
        raise ValueError("only a request made at the end of a survey belongs to that survey")
    if not details.reachable:
        raise ValueError("a contact request needs a way to reach the young person")
    digest = fingerprint(organisation_id, kind, details)
    request = ContactRequest(
        organisation_id=organisation_id,
        kind=kind,
        status=ContactStatus.NEW,
        # The day only (see ContactRequest): today's date in UTC, as every other deadline is counted.
        asked_on=utcnow().date(),
        details_encrypted=_seal(json.dumps(asdict(details), ensure_ascii=False)),
        fingerprint=digest,
        worrying=False,
    )
    try:
        with db.session.begin_nested():
            db.session.add(request)
            db.session.flush()
    except IntegrityError:
        # The same request already stored today (a double tap, the same form sent again, several at once): that one,
        # and no second safeguarding case for its words.
        kept = db.session.scalar(select(ContactRequest).where(ContactRequest.fingerprint == digest))
        if kept is not None:
            return kept
        raise
    request.worrying = _screen(organisation_id, consultation_id, details, age_band, request.id)
    db.session.flush()
    return request


def _screen(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    details: Details,
    age_band: str,
    request_id: uuid.UUID,
) -> bool:
    """Screen the words typed freely as every survey comment is (a possible disclosure, or words in a language the
    screen has no list for, go to a person); open a case when needed. Returns whether one was opened."""
    words = "\n".join(part for part in (details.message, details.good_time, details.name) if part.strip())
    if not words:
        return False
    result = classify(words)
    if not result.safeguarding and result.listed:
        return False
    # The lead reads the words; how to reach the young person stays encrypted with the request.
    shown, _taken = redact(words, known_places(organisation_id))
    item = {
        "question_key": CASE_QUESTION_KEY,
        "text": shown,
        "risk_terms": list(result.risk_terms),
        "language": result.language or details.language or None,
    }
    db.session.add(
        SafeguardingCase(
            organisation_id=organisation_id,
            consultation_id=consultation_id,
            answer_id=None,
            status=CaseStatus.NEW,
            flagged_at=this_hour(),
            kept={
                "text": shown,
                "age_band": age_band,
                "language": item["language"],
                "risk_terms": item["risk_terms"],
                "question_key": CASE_QUESTION_KEY,
                "pseudonymous": False,
                "answers": [item],
                # The page it was asked from: a case on no survey says so rather than being named as a poll.
                "source": details.source,
                # The request the words came with, which holds how to reach the young person (they chose to be
                # reached): the case page points to it instead of calling the words anonymous.
                "contact_request_id": str(request_id),
            },
        )
    )
    return True


def may_handle(organisation: Organisation, roles: frozenset[Role] | set[Role]) -> bool:
    """The organisation's named role and its admins handle requests; nobody else sees them."""
    return Role.ORGANISATION_ADMIN in roles or organisation.contact_requests_role in {role.value for role in roles}


def from_a_request(case: SafeguardingCase) -> bool:
    """Whether a case holds the words of a request for an advocate or a call back (``_screen``)."""
    return (case.kept or {}).get("question_key") == CASE_QUESTION_KEY


def source_of_case(case: SafeguardingCase) -> str | None:
    """The page a request whose words opened ``case`` was asked from (``ContactSource``), or None for a case that is
    not a request's (or was opened before the source was kept)."""
    found = (case.kept or {}).get("source") if from_a_request(case) else None
    return str(found) if found else None


def request_of(case: SafeguardingCase) -> uuid.UUID | None:
    """The request a case's words came with, where the case recorded it (cases opened before it did not)."""
    found = (case.kept or {}).get("contact_request_id") if from_a_request(case) else None
    try:
        return uuid.UUID(str(found)) if found else None
    except ValueError:
        return None


def receiving_role(organisation: Organisation) -> Role:
    try:
        return Role(organisation.contact_requests_role)
    except ValueError:
        return Role.PARTICIPATION_WORKER


@dataclass(frozen=True)
class Waiting:
    request: ContactRequest
    waited: int  # working days since it was asked (until acknowledged, for one that was)
    due: date
    overdue: bool


WORRYING_WITHIN = 1  # working days: a request whose words opened a safeguarding case


def within_for(request: ContactRequest, within: int) -> int:
    """Working days to acknowledge ``request``: the organisation's (``within``), or one for a request whose words
    opened a safeguarding case (third outside review: the lead holds the words and the handler the way to reach the
    young person, so the one who can ring them must do it within the lead's own day)."""
    return min(within, WORRYING_WITHIN) if request.worrying else within


def _waiting(request: ContactRequest, within: int, today: date) -> Waiting:
    within = within_for(request, within)
    until = request.acknowledged_at.date() if request.acknowledged_at else today
    due = due_on(request.asked_on, within)
    overdue = request.status == ContactStatus.NEW and today > due
    return Waiting(request, working_days_between(request.asked_on, until), due, overdue)


def queue(organisation: Organisation, show_closed: bool = False, today: date | None = None) -> list[Waiting]:
    """Requests, newest first, with how long each has waited and whether it is overdue."""
    today = today or utcnow().date()
    query = select(ContactRequest).where(ContactRequest.organisation_id == organisation.id)
    if not show_closed:
        query = query.where(ContactRequest.status != ContactStatus.CLOSED)
    requests = db.session.scalars(query.order_by(ContactRequest.asked_on.desc(), ContactRequest.id))
    return [_waiting(request, organisation.contact_acknowledge_within, today) for request in requests]


def get(organisation: Organisation, request_id: uuid.UUID, today: date | None = None) -> Waiting | None:
    request = db.session.scalar(
        select(ContactRequest).where(ContactRequest.id == request_id, ContactRequest.organisation_id == organisation.id)
    )
    if request is None:
        return None
    return _waiting(request, organisation.contact_acknowledge_within, today or utcnow().date())


def details_of(request: ContactRequest) -> Details | None:
    """What the young person typed. Callers audit the reading. None when no key opens it."""
    opened = _open(request.details_encrypted)
    if opened is None:
        return None
    values = json.loads(opened)
    return Details(**{key: str(values.get(key) or "") for key in Details.__dataclass_fields__})


@dataclass(frozen=True)
class Note:
    at: datetime
    status: ContactStatus
    user_id: uuid.UUID | None
    text: str


def notes_of(request: ContactRequest) -> list[Note]:
    return [Note(note.at, note.status, note.user_id, _open(note.text_encrypted) or "") for note in request.notes]


class AlreadyClosedError(Exception):
    """A closed request takes no more decisions."""


def decide(request: ContactRequest, status: ContactStatus, note: str, user: User) -> None:
    """Record a decision (acknowledged, closed) with what was done, as a note that is never edited."""
    if request.status == ContactStatus.CLOSED:
        raise AlreadyClosedError
    now = utcnow()
    if status != ContactStatus.NEW and request.acknowledged_at is None:
        request.acknowledged_at = now
    if status == ContactStatus.CLOSED:
        request.closed_at = now
    request.status = status
    tidy = note.strip()
    request.notes.append(
        ContactNote(
            organisation_id=request.organisation_id,
            user_id=user.id,
            status=status,
            at=now,
            # Sealed even when empty, so every row opens (and ``keys rotate`` re-encrypts it) the same way.
            text_encrypted=_seal(tidy),
        )
    )
    db.session.flush()


def handlers(organisation: Organisation) -> Sequence[User]:
    """Who is told when a request waits too long: the named role's members, or the admins if nobody holds it."""
    return first_with(organisation.id, (receiving_role(organisation), Role.ORGANISATION_ADMIN))


def escalate(today: date | None = None) -> list[ContactRequest]:
    """Tell the named role about every request still new after its organisation's working days (once per request).
    The email says a request is waiting and where: never who asked or how to reach them."""
    today = today or utcnow().date()
    escalated = []
    waiting = db.session.execute(
        select(ContactRequest, Organisation)
        .join(Organisation, Organisation.id == ContactRequest.organisation_id)
        .where(ContactRequest.status == ContactStatus.NEW, ContactRequest.escalated_at.is_(None))
        .order_by(ContactRequest.asked_on)
    ).all()
    for request, organisation in waiting:
        within = within_for(request, organisation.contact_acknowledge_within)
        if today <= due_on(request.asked_on, within):
            continue
        what = "an advocate" if request.kind == ContactKind.ADVOCATE else "someone to get in touch"
        for user in handlers(organisation):
            send(
                to=user.email,
                kind="contact-request-escalation",
                organisation_id=organisation.id,
                subject="Heard: a young person's request for contact has not been acknowledged",
                body=(
                    f"A young person asked for {what} and nobody has acknowledged the request within "
                    f"{within} working day(s). Sign in to Heard and open it: "
                    f"{absolute(f'/staff/contact-requests/{request.id}')}\n\n"
                    "This email does not say who asked or how to reach them."
                ),
            )
        request.escalated_at = utcnow()
        audit.record("contact-request-escalated", organisation_id=organisation.id, subject=str(request.id))
        escalated.append(request)
    db.session.flush()
    return escalated


# How long a closed request keeps what the young person typed and the notes about it. The request itself stays
# (its kind and days), so a year's board pack can still count it.
KEEP_CLOSED_FOR = timedelta(days=365)
# What a purged request's details and notes become: an encrypted empty value, so every row still opens the same way.
PURGED = Details()


def purge_closed(now: datetime | None = None) -> int:
    """Forget the contact details and notes of every request closed more than a year ago. Returns how many."""
    cutoff = (now or utcnow()) - KEEP_CLOSED_FOR
    purged = 0
    for request in db.session.scalars(
        select(ContactRequest).where(
            ContactRequest.status == ContactStatus.CLOSED,
            ContactRequest.closed_at.is_not(None),
            ContactRequest.closed_at < cutoff,
            ContactRequest.purged_on.is_(None),
        )
    ):
        request.details_encrypted = _seal(json.dumps(asdict(PURGED)))
        request.fingerprint = None
        for note in request.notes:
            note.text_encrypted = _seal("")
        request.purged_on = (now or utcnow()).date()
        audit.record("contact-request-purged", organisation_id=request.organisation_id, subject=str(request.id))
        purged += 1
    db.session.flush()
    return purged


@dataclass(frozen=True)
class Figures:
    """For the board pack: requests asked in a period by kind, and how many working days acknowledging took."""

    by_kind: dict[str, int]
    acknowledged: int
    median_days: float | None


def figures(organisation_id: uuid.UUID, start: date, end: date) -> Figures:
    """Requests asked from ``start`` to ``end`` (inclusive). Callers suppress the counts like every other figure."""
    requests = db.session.scalars(
        select(ContactRequest).where(
            ContactRequest.organisation_id == organisation_id,
            ContactRequest.asked_on >= start,
            ContactRequest.asked_on <= end,
        )
    ).all()
    by_kind = {kind.value: sum(1 for r in requests if r.kind == kind) for kind in ContactKind}
    days = [
        working_days_between(r.asked_on, r.acknowledged_at.date()) for r in requests if r.acknowledged_at is not None
    ]
    return Figures(by_kind, len(days), statistics.median(days) if days else None)
