"""Drafts, save and resume, and idempotent submission. The only place the journey reads or writes answers."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import and_, bindparam, delete, select
from sqlalchemy.exc import IntegrityError

from participation.analysis import keeping, pictured, reading
from participation.analysis.models import AnswerAnalysis, AnswerTheme, Quote, Removal
from participation.analysis.services import analyse_response
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.privacy.models import VaultEntry
from participation.pseudonyms import (
    CODE_SHAPES,
    CodeKind,
    derived_code,
    derived_code_of,
    format_code,
    keyed_hash,
    new_code_of,
    new_token,
    normalise_code,
    random_pseudonym,
)
from participation.responses.models import Answer, Draft, Response
from participation.surveys import services as surveys
from participation.surveys.kinds import Stored
from participation.surveys.models import Consultation
from participation.surveys.views import ConsultationView, QuestionView

log = logging.getLogger(__name__)
RESUME_CODE_LENGTH = CODE_SHAPES[CodeKind.RESUME].length
RECEIPT_CODE_LENGTH = CODE_SHAPES[CodeKind.RECEIPT].length


def _token_hash(consultation: Consultation, token: str) -> str:
    return keyed_hash("draft-token", token, consultation.organisation_id)


def start_draft(
    consultation: Consultation,
    age_band: str,
    language: str,
    band_fixed: bool,
    *,
    invite: InviteCode | None = None,
    assisted: bool = False,
    easy: bool = False,
) -> tuple[Draft, str]:
    """A new draft for this device, in the easy version if chosen. Returns the draft and the token the device keeps
    in its session."""
    token = new_token()
    draft = Draft(
        organisation_id=consultation.organisation_id,
        consultation_id=consultation.id,
        token_hash=_token_hash(consultation, token),
        age_band=age_band,
        band_fixed=band_fixed,
        language=language,
        answers={},
        last_active_on=date.today(),
        invite_id=invite.id if invite else None,
        group_id=invite.group_id if invite else None,
        assisted=assisted,
        easy=easy,
    )
    db.session.add(draft)
    db.session.flush()
    return draft, token


def unsent_draft_for_invite(invite: InviteCode) -> Draft | None:
    """The unsent draft an invite code was already started with, on whichever device. It is never handed over by
    the invite code alone: only its resume code moves it to another device."""
    return db.session.scalar(select(Draft).where(Draft.invite_id == invite.id, Draft.response_id.is_(None)))


def find_draft(consultation: Consultation, token: str | None) -> Draft | None:
    if not token:
        return None
    return db.session.scalar(
        _DRAFT_BY_TOKEN, {"consultation": consultation.id, "token": _token_hash(consultation, token)}
    )


# Built once: every question page asks it.
_DRAFT_BY_TOKEN = select(Draft).where(
    Draft.consultation_id == bindparam("consultation"), Draft.token_hash == bindparam("token")
)
# The consultation at a code and this device's draft in one query: a draft's token is hashed under its
# organisation's key, and a consultation's organisation never changes, so once a process has seen a code it knows
# the key to ask with (a page's two round trips to the database become one; issue 16).
_BY_CODE_AND_DRAFT = surveys.by_code_with(Draft).outerjoin(
    Draft, and_(Draft.consultation_id == Consultation.id, Draft.token_hash == bindparam("token"))
)
_ORGANISATION_OF_CODE: dict[str, uuid.UUID] = {}
_KNOWN_CODES = 10_000  # a bound on the memory: more codes than this and the dictionary starts again


def consultation_and_draft(code: str, token: str | None) -> tuple[Consultation | None, Draft | None]:
    """The consultation at ``code`` (as ``surveys.get_consultation_by_code``) and this device's draft of it (as
    ``find_draft``), in one query when the process knows the code's organisation, else in two."""
    organisation_id = _ORGANISATION_OF_CODE.get(code)
    if not token or organisation_id is None or not code or len(code) > 40:
        consultation = surveys.get_consultation_by_code(code)
        if consultation is not None:
            if len(_ORGANISATION_OF_CODE) >= _KNOWN_CODES:
                _ORGANISATION_OF_CODE.clear()
            _ORGANISATION_OF_CODE[code] = consultation.organisation_id
        return consultation, (find_draft(consultation, token) if consultation is not None else None)
    hashed = keyed_hash("draft-token", token, organisation_id)
    found = db.session.execute(_BY_CODE_AND_DRAFT, {"code": code, "token": hashed}).first()
    if found is None:
        _ORGANISATION_OF_CODE.pop(code, None)
        return None, None
    consultation = surveys.taken_by_code(found[0], found[1], found[2], found[3])
    if consultation.organisation_id != organisation_id:
        # The code now belongs to another organisation's consultation (one deleted, its code used again): asked
        # again under the right key.
        _ORGANISATION_OF_CODE[code] = consultation.organisation_id
        return consultation, find_draft(consultation, token)
    return consultation, found[4]


def choose_easy(draft: Draft, easy: bool) -> None:
    """The young person turned the easy version (simpler words and pictures) on or off: kept with the draft, so it
    stays so on any device the draft is resumed on. Answers stay as they are: the questions are the same."""
    draft.easy = easy
    draft.last_active_on = date.today()


def change_band(draft: Draft, age_band: str, view: ConsultationView) -> None:
    """Move a draft to ``age_band``, whose questions are ``view``. Answers the new band could also give are kept; a
    choice that band is not offered (a 5-point scale answer moving to the 3-point faces) is dropped so the question is
    asked again."""
    kept: dict[str, Any] = {}
    for key, raw in (draft.answers or {}).items():
        question = view.question(key)
        if question is None:
            continue
        given = Stored(tuple(raw.get("choices") or ()), raw.get("text") or "", tuple(raw.get("pictures") or ()))
        if raw.get("declined") or question.spec.keeps(given, question.offered):
            kept[key] = raw
    draft.answers = kept
    draft.age_band = age_band
    draft.last_active_on = date.today()


@dataclass(frozen=True)
class StoredAnswer:
    choices: tuple[str, ...]
    text: str
    declined: bool
    pictures: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        return self.declined or bool(self.choices) or bool(self.text) or bool(self.pictures)

    @property
    def given(self) -> Stored:
        return Stored(self.choices, self.text, self.pictures)


def stored_answer(draft: Draft, key: str) -> StoredAnswer | None:
    raw = (draft.answers or {}).get(key)
    if raw is None:
        return None
    return StoredAnswer(
        tuple(raw.get("choices") or ()),
        raw.get("text") or "",
        bool(raw.get("declined")),
        tuple(raw.get("pictures") or ()),
    )


def record_answer(
    draft: Draft,
    question: QuestionView,
    *,
    choices: list[str] | None = None,
    text: str | None = None,
    pictures: list[str] | None = None,
    declined: bool = False,
) -> None:
    """Store one answer in the draft. Choices and pictures must already be checked against what the page offered."""
    answers: dict[str, Any] = dict(draft.answers or {})
    if declined:
        answers[question.key] = {"declined": True}
    else:
        answers[question.key] = {"choices": list(choices or []), "text": text or "", "declined": False}
        if pictures:
            answers[question.key]["pictures"] = list(pictures)
    # Assign a new dict so the JSON column is seen as changed.
    draft.answers = answers
    draft.last_active_on = date.today()


def answer_data(draft: Draft, question: QuestionView) -> dict[str, Any]:
    """The question form's data for an answer given before (going back, changing it, resuming): none if skipped."""
    stored = stored_answer(draft, question.key)
    if stored is None or stored.declined:
        return {}
    data = {"answer": question.spec.form_data(stored.given)}
    if question.spec.pictures:
        data["pictures"] = list(stored.pictures)
    return data


def record_given(draft: Draft, question: QuestionView, data: Any, language: str, pictures: Sequence[str] = ()) -> bool:
    """Store the valid value of a question's field as its kind keeps it (with the pictures picked in the easy
    version, if any), in the language it was given in. Says whether it may disclose harm, or is in words the screen
    cannot read (Tigrinya, Pashto…): the next page then says where to get help now, and either is read by a person
    even if never sent. Typed words as the screen reads them, and a picture as the words it stands for
    (``PictureAnswer.reads_as``), so picking a picture never says more or less than typing its words."""
    given = replace(question.spec.stored(data), pictures=tuple(pictures) if question.spec.pictures else ())
    record_answer(draft, question, choices=list(given.choices), text=given.text, pictures=list(given.pictures))
    draft.language = language
    worrying = question.spec.screened and _may_disclose(given.text, given.pictures, language)
    if worrying:
        note_possible_disclosure(draft)
    return worrying


def record_declined(draft: Draft, question: QuestionView, language: str) -> None:
    record_answer(draft, question, declined=True)
    draft.language = language


def _may_disclose(text: str, pictures: Sequence[str] = (), language: str | None = None) -> bool:
    """Screen an answer as it is given (pictures as the words they stand for: ``analysis.pictured``). A fault here
    must not cost the child their answer: it is logged loudly, and screening runs again when the answers are sent
    and in `flask analysis rerun`."""
    try:
        return pictured.may_disclose(text, pictures, language)
    except Exception:
        log.exception("Safeguarding screening failed while answering")
        return False


def next_unanswered(draft: Draft, view: ConsultationView) -> int | None:
    """1-based number of the first question in this band the young person has not reached yet."""
    for number, question in enumerate(view.questions, start=1):
        if (draft.answers or {}).get(question.key) is None:
            return number
    return None


def reads_unsent(organisation_id: uuid.UUID) -> bool:
    """Whether the organisation reads a possible disclosure left unsent for 24 hours (``keeping.sweep_unsent``)."""
    organisation = db.session.get(Organisation, organisation_id)
    return bool(organisation is None or organisation.read_unsent_disclosures)


def note_possible_disclosure(draft: Draft) -> None:
    """A free-text answer just written into ``draft`` may disclose harm: if it is left unsent, the organisation may read
    it after 24 hours (``keeping.sweep_unsent``). Nothing is noted where the organisation does not."""
    if reads_unsent(draft.organisation_id):
        keeping.note_unsent_disclosure(draft)


def save_for_later(draft: Draft) -> tuple[str, date]:
    """Issue a fresh resume code (replacing any earlier one) and say until when it works."""
    code = new_code_of(CodeKind.RESUME)
    draft.resume_code_hash = keyed_hash("resume-code", code)
    draft.resume_expires_on = date.today() + timedelta(days=current_app.config["HEARD_RESUME_DAYS"])
    draft.last_active_on = date.today()
    return format_code(code), draft.resume_expires_on


def resume(typed_code: str) -> tuple[Draft, str] | None:
    """Find the draft for a resume code and hand this device a new token for it.

    The old device's token stops working, so a code read over someone's shoulder cannot be used twice in parallel.
    Expired codes and submitted drafts resume nothing.
    """
    code = normalise_code(typed_code)
    if len(code) != RESUME_CODE_LENGTH:
        return None
    draft = db.session.scalar(select(Draft).where(Draft.resume_code_hash == keyed_hash("resume-code", code)))
    if draft is None or draft.response_id is not None:
        return None
    if draft.resume_expires_on is None or draft.resume_expires_on < date.today():
        return None
    consultation = db.session.get(Consultation, draft.consultation_id)
    assert consultation is not None
    token = new_token()
    draft.token_hash = _token_hash(consultation, token)
    draft.last_active_on = date.today()
    return draft, token


def forget_device(draft: Draft) -> None:
    """The device token of a sent draft stops working: the token is replaced by the hash of one nobody holds, so a
    copy of the old cookie reopens nothing. The draft row stays as the link that keeps a resend idempotent."""
    consultation = db.session.get(Consultation, draft.consultation_id)
    assert consultation is not None
    draft.token_hash = _token_hash(consultation, new_token())


def receipt_code(token: str) -> str:
    """The receipt code for a draft, derived from its device token: shown once on the done page, stored only
    hashed. It starts with R (``CODE_SHAPES``); receipt codes given before that still open their answers."""
    return derived_code_of(CodeKind.RECEIPT, "receipt", token)


def receipt_code_of(draft: Draft, token: str) -> str | None:
    """The receipt code that opens the answers ``draft`` became, for the done page. Answers sent just before the
    codes took their lead letter, whose done page is first shown after, were stored under the code in its old shape:
    that one, then, since a new-shape code would open nothing. None if neither opens them (a code that does not work
    is never shown)."""
    response = db.session.get(Response, draft.response_id) if draft.response_id else None
    if response is None:
        return None
    for code in (receipt_code(token), derived_code("receipt", token, RECEIPT_CODE_LENGTH)):
        if receipt_hash(code) == response.receipt_hash:
            return code
    return None


def receipt_hash(code: str) -> str:
    return keyed_hash("receipt-code", normalise_code(code))


def submit(draft: Draft, view: ConsultationView, token: str) -> Response:
    """Turn a draft into exactly one stored response, however many times it is sent.

    The draft's id is the response's unique submission key: a double tap, a back-and-resubmit or a second tab all
    arrive here and get the response that is already stored.
    """
    if draft.response_id is not None:
        existing = db.session.get(Response, draft.response_id)
        if existing is not None:
            return existing
    invite = db.session.get(InviteCode, draft.invite_id) if draft.invite_id else None
    response = Response(
        organisation_id=draft.organisation_id,
        consultation_id=draft.consultation_id,
        pseudonym=(invite.pseudonym if invite and invite.pseudonym else random_pseudonym()),
        invite_pseudonym=invite.pseudonym if invite else None,
        group_id=draft.group_id,
        assisted=draft.assisted,
        easy=draft.easy,
        submission_key=str(draft.id),
        receipt_hash=receipt_hash(receipt_code(token)),
        age_band=draft.age_band,
        language=draft.language,
        submitted_on=date.today(),
        consultation_version=view.version,
    )
    for question in view.questions:
        answer = stored_answer(draft, question.key)
        if answer is None:
            continue
        if question.spec.consent and not answer.declined:
            response.quote_consent = answer.choices == ("yes",)
        response.answers.append(
            Answer(
                organisation_id=draft.organisation_id,
                question_id=question.id,
                question_key=question.key,
                choices=list(answer.choices) or None,
                text=answer.text or None,
                pictures=list(answer.pictures) or None,
                declined=answer.declined,
            )
        )
    try:
        with db.session.begin_nested():
            db.session.add(response)
            db.session.flush()
    except IntegrityError:
        # Another request for the same draft won the race: use the response it stored.
        existing = db.session.scalar(select(Response).where(Response.submission_key == str(draft.id)))
        if existing is None:
            raise
        db.session.refresh(draft)
        return existing
    draft.response_id = response.id
    _analyse(response)
    if invite is not None and invite.used_on is None:
        invite.used_on = date.today()
    # The answers now live in the response; the draft keeps nothing but the link to it.
    draft.answers = {}
    draft.resume_code_hash = None
    draft.disclosure_at = None  # screened as a response now: the unsent clock stops
    return response


def send(draft: Draft, view: ConsultationView, token: str) -> Response:
    """Submit the draft and commit at once: the device may let go of its draft only once the answers are stored."""
    response = submit(draft, view, token)
    db.session.commit()
    return response


def _analyse(response: Response) -> None:
    """Theme and screen the free text now, so a possible disclosure reaches the safeguarding queue at once. If the
    analysis itself fails, the answers are still stored and `flask analysis rerun` catches up; it is logged loudly."""
    try:
        with db.session.begin_nested():
            analyse_response(response)
    except Exception:  # never lose a child's answers to an analysis fault
        log.exception("Analysis failed for a new response; run `flask --app wsgi analysis rerun`")
        # Even then every comment waits, unread, for a person: the screen only orders the reading.
        for answer in response.answers:
            if answer.text or answer.pictures:
                reading.arrived(answer, response.consultation_id)
        db.session.flush()


def find_response_by_receipt(typed_code: str) -> Response | None:
    code = normalise_code(typed_code)
    if len(code) != RECEIPT_CODE_LENGTH:
        return None
    return db.session.scalar(select(Response).where(Response.receipt_hash == receipt_hash(code)))


def delete_response(
    response: Response, removal: Removal = Removal.DELETED_BY_YOUNG_PERSON, *, by: uuid.UUID | None = None
) -> int:
    """Erase a response and everything made from it: answers, analysis, themes and quotes, and the draft it came from
    (GDPR Art. 17: by receipt code, or by identifier). A safeguarding case on it is kept by the one rule
    (``keeping.keep_cases``): an open one with its words, marked with what happened, until a lead closes it.
    Returns how many open cases were kept."""
    answer_ids = select(Answer.id).where(Answer.response_id == response.id)
    kept = keeping.keep_cases(answer_ids, removal, by=by)
    # The database cascades these too; deleting them here first makes that true whatever the database's settings.
    db.session.execute(delete(Quote).where(Quote.answer_id.in_(answer_ids)))
    db.session.execute(delete(AnswerTheme).where(AnswerTheme.answer_id.in_(answer_ids)))
    db.session.execute(delete(AnswerAnalysis).where(AnswerAnalysis.answer_id.in_(answer_ids)))
    db.session.execute(delete(Draft).where(Draft.response_id == response.id))
    db.session.delete(response)
    db.session.flush()
    return kept


def open_cases_on(response: Response) -> int:
    """How many safeguarding cases on this response are still open (kept, with their words, if it is deleted)."""
    return keeping.open_cases_on(select(Answer.id).where(Answer.response_id == response.id))


def personal_code_traceability(consultation: Consultation, invite: InviteCode | None) -> str | None:
    """What a personal invite code lets the council do, for the start page to say honestly: "vault" when two people
    can find out who wrote the answers (the identity vault holds the identifier), "pseudonym" when answers can be
    found again from the identifier (to erase them) but not turned back into a person, None for a shared code or the
    open link."""
    if invite is None or invite.pseudonym is None:
        return None
    in_vault = db.session.scalar(
        select(VaultEntry.id)
        .where(
            VaultEntry.organisation_id == consultation.organisation_id,
            VaultEntry.consultation_id == consultation.id,
            VaultEntry.pseudonym == invite.pseudonym,
        )
        .limit(1)
    )
    return "vault" if in_vault is not None else "pseudonym"
