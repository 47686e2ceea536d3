"""Contact requests: storing one (encrypted, screened for worries), the queue, decisions, escalation and figures."""

from __future__ import annotations

import json
import statistics
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError

from participation import crypto
from participation.accounts.models import Role, User
from participation.analysis.duty import add_working_days, first_with
from participation.analysis.engine import Result, classify
from participation.analysis.models import CaseStatus, SafeguardingCase
from participation.analysis.redaction import redact
from participation.analysis.services import known_places
from participation.audit import services as audit
from participation.contact.models import (
    ContactKind,
    ContactNote,
    ContactPublished,
    ContactRepeat,
    ContactRequest,
    ContactSource,
    ContactStatus,
)
from participation.db import this_hour, utcnow
from participation.extensions import db
from participation.links import absolute
from participation.notifications.services import send
from participation.organisations.models import Organisation
from participation.pseudonyms import keyed_hash
from participation.reporting import steps
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


# Worrying words skip the limit on asking (``routes.ask``): a child in danger is never refused. The outside review (N5)
# then filled the request queue and the safeguarding queue with a script adding "he hits me". So the bypass has a
# ceiling of its own, which never refuses and never loses different words:
# - the same words (their letters and digits, whatever the spaces, stops and capitals) for the same kind of request,
#   sent again from one address on one day, join the first request and its case: counted as repeats, what each
#   typed kept with it (``ContactRepeat``, bounded by ``REPEATS_KEPT`` and ``REPEATS_MOST``);
# - once a council has taken ``WORRYING_PER_DAY`` worrying requests in a day, the day's next ones join one batch
#   (a request and one case): words the batch has not had yet are added to its case, so a lead reads them all, and
#   a new batch opens after ``BATCH_WORDS`` different words. A day, not an hour: a request keeps no finer time.
# The young person is told their request was received either way.
WORRYING_PER_DAY = 30
BATCH_WORDS = 50
# What a request keeps of repeats of its own words (a way to reach them corrected, say): after this, only those with
# a way to reach someone (or a name) nothing kept has yet, up to ``REPEATS_MOST``; the rest are only counted.
REPEATS_KEPT = 20
# However many come, what a request's repeats typed is kept for at most this many (new words or a new way to reach
# someone past ``REPEATS_KEPT``): a script cannot fill the database through one request.
REPEATS_MOST = 200


def letters(words: str) -> str:
    """Words as a script varying them cheaply would not change them: their letters and digits only, case folded.
    Digits count: "he hits me, day 20" is not "he hits me, day 10", and the lead reads both (fifth outside review,
    M3); a script varying a number is met by the day's ceiling instead (``WORRYING_PER_DAY``)."""
    return "".join(character for character in words.casefold() if character.isalnum())


def _screened(details: Details) -> str:
    """The words typed freely, screened as every survey comment is."""
    return "\n".join(part for part in (details.message, details.good_time, details.name) if part.strip())


def _worry_key(organisation_id: uuid.UUID, kind: ContactKind, words: str, sender: str) -> str:
    # The kind counts too: a call back asked with the same words does not vanish into a request for an advocate.
    value = json.dumps(["words", today().isoformat(), kind.value, letters(words), sender], ensure_ascii=False)
    return keyed_hash("contact-worry", value, organisation_id)


def _batch_key(organisation_id: uuid.UUID, day: date, number: int) -> str:
    return keyed_hash("contact-worry", json.dumps(["batch", day.isoformat(), number]), organisation_id)


def ask(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    kind: ContactKind,
    details: Details,
    age_band: str,
    sender: str = "",
) -> ContactRequest:
    """Store a request for the organisation's named role. Nothing about the consultation or the young person's
    answers is kept with it; the page it was asked from is (``details.source``, encrypted with the rest). Worrying
    words open a safeguarding case holding those words with contact details taken out, never the request: on the
    survey it was asked at the end of, or on no survey for one asked from the help page, a poll or a room.
    ``sender`` is the keyed address it came from (``limits.client_address``), used only to join worrying words sent
    again (see above) and never stored. The year's published counts are taken again (``take_figures``)."""
    if consultation_id is not None and not details.source:
        details = replace(details, source=ContactSource.SURVEY.value)
    if consultation_id is not None and details.source != ContactSource.SURVEY:
        raise ValueError("only a request made at the end of a survey belongs to that survey")
    if not details.reachable:
        raise ValueError("a contact request needs a way to reach the young person")
    held = hold_figures(organisation_id, [today()])
    digest = fingerprint(organisation_id, kind, details)
    words = _screened(details)
    reading = classify(words) if words else None
    if reading is None or (not reading.safeguarding and reading.listed):
        request = _store(_new(organisation_id, kind, details, digest), digest)
    else:
        request = _ask_worrying(organisation_id, consultation_id, kind, details, age_band, sender, words, reading)
    take_figures(held)
    return request


def _new(organisation_id: uuid.UUID, kind: ContactKind, details: Details, digest: str) -> ContactRequest:
    return ContactRequest(
        organisation_id=organisation_id,
        kind=kind,
        status=ContactStatus.NEW,
        # The day only (see ContactRequest): today's date in UTC, as every other deadline is counted.
        asked_on=utcnow().date(),
        details_encrypted=_seal(json.dumps(asdict(details), ensure_ascii=False)),
        fingerprint=digest,
        worrying=False,
    )


def _store(request: ContactRequest, digest: str) -> ContactRequest:
    """Store ``request``, or give back the same request already stored today (a double tap, the same form sent again,
    several at once): that one, and no second safeguarding case for its words."""
    try:
        with db.session.begin_nested():
            db.session.add(request)
            db.session.flush()
    except IntegrityError:
        kept = db.session.scalar(select(ContactRequest).where(ContactRequest.fingerprint == digest))
        if kept is not None:
            return kept
        raise
    return request


def _ask_worrying(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    kind: ContactKind,
    details: Details,
    age_band: str,
    sender: str,
    words: str,
    reading: Result,
) -> ContactRequest:
    digest = fingerprint(organisation_id, kind, details)
    same = db.session.scalar(select(ContactRequest).where(ContactRequest.fingerprint == digest))
    if same is not None:
        return same  # a double tap: the same request, nothing new to keep
    key = _worry_key(organisation_id, kind, words, sender)
    first = db.session.scalar(select(ContactRequest).where(ContactRequest.worry_key == key).with_for_update())
    if first is not None:
        _join(first, details, new_words=False)
        return first
    taken = db.session.scalar(
        select(func.count())
        .select_from(ContactRequest)
        .where(
            ContactRequest.organisation_id == organisation_id,
            ContactRequest.asked_on == today(),
            ContactRequest.worry_key.is_not(None),
            ContactRequest.batch.is_(None),
        )
    )
    if (taken or 0) >= WORRYING_PER_DAY:
        return _into_batch(organisation_id, consultation_id, kind, details, age_band, words, reading)
    request = _new(organisation_id, kind, details, digest)
    request.worry_key, request.worrying = key, True
    try:
        with db.session.begin_nested():
            db.session.add(request)
            db.session.flush()
    except IntegrityError:
        # The same words sent at the same moment: join the one stored first.
        found = db.session.scalar(
            select(ContactRequest).where(or_(ContactRequest.fingerprint == digest, ContactRequest.worry_key == key))
        )
        if found is None:
            raise
        if found.fingerprint != digest:
            _join(found, details, new_words=False)
        return found
    _open_case(organisation_id, consultation_id, details, age_band, words, reading, request)
    return request


def _into_batch(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    kind: ContactKind,
    details: Details,
    age_band: str,
    words: str,
    reading: Result,
) -> ContactRequest:
    """Over the day's ceiling: join the day's batch (its words added to the batch's case where they are new), or
    open the next batch once this one holds ``BATCH_WORDS`` different words."""
    batch = db.session.scalar(
        select(ContactRequest)
        .where(
            ContactRequest.organisation_id == organisation_id,
            ContactRequest.asked_on == today(),
            ContactRequest.batch.is_not(None),
        )
        .order_by(ContactRequest.batch.desc())
        .limit(1)
        .with_for_update()
    )
    case = case_of(batch) if batch is not None else None
    if batch is not None and case is not None:
        items = list((case.kept or {}).get("answers") or [])
        had = {letters(str(item.get("text") or "")) for item in items}
        shown, _taken = redact(words, known_places(organisation_id))
        new_words = letters(shown) not in had
        if not new_words or len(had) < BATCH_WORDS:
            if new_words:
                item = _case_item(shown, reading, details)
                case.kept = {**(case.kept or {}), "answers": [*items, item]}
            _join(batch, details, new_words=new_words)
            return batch
    number = (batch.batch or 0) + 1 if batch is not None else 0
    digest = fingerprint(organisation_id, kind, details)
    request = _new(organisation_id, kind, details, digest)
    request.worry_key, request.worrying = _batch_key(organisation_id, today(), number), True
    request.batch = number
    try:
        with db.session.begin_nested():
            db.session.add(request)
            db.session.flush()
    except IntegrityError:
        # Another request opened this batch at the same moment: join it.
        return _into_batch(organisation_id, consultation_id, kind, details, age_band, words, reading)
    _open_case(organisation_id, consultation_id, details, age_band, words, reading, request)
    return request


def _join(request: ContactRequest, details: Details, new_words: bool) -> None:
    """Record a request that joins ``request`` (see ``WORRYING_PER_DAY``): counted, and what it typed kept, encrypted,
    while fewer than ``REPEATS_KEPT`` are kept, when its words are new to the request, or when it gives a way to
    reach someone, or a name, that nothing kept gives yet (two children on one home's network typing the same
    words are two children to reach: the fifth outside review, L3)."""
    request.repeats = (request.repeats or 0) + 1
    if request.repeats <= REPEATS_KEPT or (
        len(request.joined) < REPEATS_MOST and (new_words or _reaches_someone_new(request, details))
    ):
        request.joined.append(
            ContactRepeat(
                organisation_id=request.organisation_id,
                number=request.repeats,
                details_encrypted=_seal(json.dumps(asdict(details), ensure_ascii=False)),
            )
        )
    case = case_of(request)
    if case is not None:
        # The lead sees how often the words came, as the handler does.
        case.kept = {**(case.kept or {}), "repeats": request.repeats}
    db.session.flush()


def _reach(details: Details) -> tuple[str, ...]:
    parts = (details.phone, details.text, details.email, details.name)
    return tuple(" ".join(part.casefold().split()) for part in parts)


def _reaches_someone_new(request: ContactRequest, details: Details) -> bool:
    first = details_of(request)
    known = {_reach(found) for found in [*([first] if first is not None else []), *repeats_of(request)]}
    return _reach(details) not in known


def case_of(request: ContactRequest) -> SafeguardingCase | None:
    """The safeguarding case a worrying request's words opened (on the day it was asked)."""
    if not request.worrying:
        return None
    for case in db.session.scalars(
        select(SafeguardingCase).where(
            SafeguardingCase.organisation_id == request.organisation_id,
            SafeguardingCase.flagged_at >= datetime.combine(request.asked_on, time(0), tzinfo=UTC),
        )
    ):
        if request_of(case) == request.id:
            return case
    return None


def _case_item(shown: str, reading: Result, details: Details) -> dict[str, object]:
    return {
        "question_key": CASE_QUESTION_KEY,
        "text": shown,
        "risk_terms": list(reading.risk_terms),
        "language": reading.language or details.language or None,
    }


def _open_case(
    organisation_id: uuid.UUID,
    consultation_id: uuid.UUID | None,
    details: Details,
    age_band: str,
    words: str,
    reading: Result,
    request: ContactRequest,
) -> None:
    """Open a case on the words (a possible disclosure, or words in a language the screen has no list for, go to a
    person). The lead reads the words; how to reach the young person stays encrypted with the request."""
    shown, _taken = redact(words, known_places(organisation_id))
    item = _case_item(shown, reading, details)
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
                "contact_request_id": str(request.id),
            },
        )
    )
    db.session.flush()


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
    return _details(_open(request.details_encrypted))


def _details(opened: str | None) -> Details | None:
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


def repeats_of(request: ContactRequest) -> list[Details]:
    """What the requests that joined this one typed (``_join``), in the order they came; callers audit the reading
    with the request's own. One no key opens is left out."""
    found = [_details(_open(repeat.details_encrypted)) for repeat in request.joined]
    return [details for details in found if details is not None]


def notes_of(request: ContactRequest) -> list[Note]:
    return [Note(note.at, note.status, note.user_id, _open(note.text_encrypted) or "") for note in request.notes]


class AlreadyClosedError(Exception):
    """A closed request takes no more decisions."""


def decide(request: ContactRequest, status: ContactStatus, note: str, user: User) -> None:
    """Record a decision (acknowledged, closed) with what was done, as a note that is never edited."""
    if request.status == ContactStatus.CLOSED:
        raise AlreadyClosedError
    held = hold_figures(request.organisation_id, [request.asked_on])
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
    take_figures(held)


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
        request.worry_key = None
        for repeat in request.joined:
            repeat.details_encrypted = _seal(json.dumps(asdict(PURGED)))
        for note in request.notes:
            note.text_encrypted = _seal("")
        request.purged_on = (now or utcnow()).date()
        audit.record("contact-request-purged", organisation_id=request.organisation_id, subject=str(request.id))
        purged += 1
    db.session.flush()
    return purged


@dataclass(frozen=True)
class Figures:
    """For the board pack: requests asked in a period by kind, and how many working days acknowledging took.
    ``unshown``: the counts (a kind, or ``ACKNOWLEDGED``) published as 0 while some are recorded, not yet taken."""

    by_kind: dict[str, int]
    acknowledged: int
    median_days: float | None
    unshown: frozenset[str] = frozenset()


def figures(organisation_id: uuid.UUID, start: date, end: date) -> Figures:
    """Requests asked from ``start`` to ``end`` (inclusive), as recorded now. Boards read ``published`` instead."""
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


# --- the counts boards see --------------------------------------------------------------------------------------------
#
# A year's counts of requests move only in steps of at least the threshold, by the rule sessions keep for attendance
# (see the comment above ``sessions.services.quarter_start``, and ``reporting.steps``): the outside review (F8) read
# the year's pack before and after one request ("c, c, 9" then "5, 5, 10") and learned the hidden kinds were 4 and 5.
# Each count (a kind; the acknowledged) is taken again only once the recorded count has moved from it by at least the
# threshold, when a request is asked (``ask``) or decided (``decide``); the whole is the sum of the published kinds,
# and the typical time is taken with the acknowledged count. The acknowledged count is never taken above the
# published whole: it waits for the kinds. The pack says beside the figures that they may lag the records.

ACKNOWLEDGED = "acknowledged"  # the key of the acknowledged count, beside the kinds' keys


def year_of(day: date) -> date:
    """The first day of the financial year holding ``day`` (April to March, as ``boards.periods`` counts a year)."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def _year_end(start: date) -> date:
    return date(start.year + 1, 3, 31)


def _counts(found: Figures) -> dict[str, int]:
    return {**found.by_kind, ACKNOWLEDGED: found.acknowledged}


def _table(key: str) -> str:
    """Which published table a count belongs to: the requests by kind, or the acknowledged."""
    return ACKNOWLEDGED if key == ACKNOWLEDGED else "requests"


def _published_row(organisation_id: uuid.UUID, start: date) -> Select[ContactPublished]:
    return select(ContactPublished).where(
        ContactPublished.organisation_id == organisation_id, ContactPublished.year == start
    )


def published(organisation_id: uuid.UUID, start: date, end: date) -> Figures:
    """A year's figures as published (``ContactPublished``); with none kept yet, as recorded, which nothing has
    changed since they were first shown."""
    now = figures(organisation_id, start, end)
    row = db.session.scalar(_published_row(organisation_id, year_of(start)))
    if row is None or year_of(start) != start or _year_end(start) != end:
        return now
    counts = {key: int(count) for key, count in (row.figures or {}).items()}
    recorded_now = _counts(now)
    unshown = frozenset(key for key, count in recorded_now.items() if count and not counts.get(key))
    by_kind = {kind.value: counts.get(kind.value, 0) for kind in ContactKind}
    return Figures(by_kind, counts.get(ACKNOWLEDGED, 0), row.typical_days, unshown)


@dataclass
class Held:
    """A year's published counts, locked for a change (``hold_figures``), and its tables that showed nothing before
    the change (no request asked, or none acknowledged, and nothing published)."""

    row: ContactPublished
    empty: set[str]


def hold_figures(organisation_id: uuid.UUID, days: Sequence[date]) -> list[Held]:
    """Before a request of the years holding ``days`` is asked or decided: each year's published counts, locked until
    the change is saved and kept from the counts as recorded where the year has none yet. ``take_figures`` after."""
    held = []
    for start in sorted({year_of(day) for day in days}):
        row = steps.hold_row(
            _published_row(organisation_id, start),
            partial(_first, organisation_id, start),
        )
        # Read once the year is held, so a change saved meanwhile is in it.
        before = _counts(figures(organisation_id, start, _year_end(start)))
        shown = {_table(key) for key, count in (row.figures or {}).items() if count}
        recorded_tables = {_table(key) for key, count in before.items() if count}
        held.append(Held(row, {"requests", ACKNOWLEDGED} - shown - recorded_tables))
    return held


def _first(organisation_id: uuid.UUID, start: date) -> ContactPublished:
    found = figures(organisation_id, start, _year_end(start))
    return ContactPublished(
        organisation_id=organisation_id, year=start, figures=_counts(found), typical_days=found.median_days
    )


def take_figures(held: Sequence[Held], threshold: int | None = None) -> None:
    """After a change: take again the published counts of the years held (``hold_figures``) as ``steps.retake``
    says, the acknowledged never above the published whole, and the typical time with the acknowledged."""
    limit = threshold if threshold is not None else steps.threshold()
    db.session.flush()
    for item in held:
        row = item.row
        found = figures(row.organisation_id, row.year, _year_end(row.year))
        shown = {key: int(count) for key, count in (row.figures or {}).items()}
        taken = steps.retake(_counts(found), shown, limit, _table, item.empty)
        whole = sum(count for key, count in taken.items() if _table(key) != ACKNOWLEDGED)
        before = shown.get(ACKNOWLEDGED, 0)
        if taken.get(ACKNOWLEDGED, 0) > whole:
            # As many as the published whole, where that is itself a step; else the acknowledged wait for the kinds.
            fits = ACKNOWLEDGED in item.empty or abs(whole - before) >= limit
            taken[ACKNOWLEDGED] = min(whole if fits else before, whole)
        if taken.get(ACKNOWLEDGED, 0) != before:
            row.typical_days = found.median_days
        row.figures = taken
