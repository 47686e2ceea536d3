"""One rule for a possible disclosure when its words go (TRUST.md, "A disclosure is never lost").

Every removal of answers calls ``keep_cases`` before it deletes them or blanks their text: deletion by receipt code,
erasure by identifier, the retention purge, and the sweep that opens a case for a draft left unsent. The rule:

- Every safeguarding case on those answers stays. It is detached from the answer (so the answer can go from analysis,
  figures and quotes) and marked with what happened and when.
- An open case (new or acknowledged) keeps the words that triggered it, and what a lead needs to read them (age band,
  language, the words that were flagged), in the open queue until a safeguarding lead closes it.
- Once the case is closed (referred or no concern), the kept words go as the removal asked (``closing``); the decision,
  its notes and any re-identification requests stay as the safeguarding record.
- Whoever erased answers by identifier cannot also close the case they kept: a second person does (two people means two
  people).

``sweep_unsent`` opens a case, marked "not sent by the young person", for a draft with a possible disclosure left
unsent for 24 hours, where the organisation has chosen to (on by default, and the start page says which).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, select

from participation.accounts.models import User
from participation.analysis.models import (
    AnswerAnalysis,
    CaseAnswer,
    CaseStatus,
    CommentReading,
    Removal,
    SafeguardingCase,
)
from participation.analysis.pictured import classify_answer
from participation.db import this_hour, utcnow
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.privacy.models import VaultEntry
from participation.responses.models import Answer, Draft, Response
from participation.surveys.pictures import described

OPEN = (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED)
UNSENT_AFTER = timedelta(hours=24)
# Deletion by the young person's own code leaves the identity vault alone, and erasure by identifier keeps the vault
# entry an open case depends on until a lead closes it (``closing`` removes it then), so in both a lead can still
# (with a second person) find out who wrote it. The retention purge removes the vault entry and with it that route.
_KEEPS_PSEUDONYM = frozenset({Removal.DELETED_BY_YOUNG_PERSON, Removal.ERASED_BY_IDENTIFIER})


def is_open(case: SafeguardingCase) -> bool:
    return case.status in OPEN


def _answer_kept(case: SafeguardingCase, answer: Answer, link: CaseAnswer) -> dict[str, Any]:
    """What a case keeps of one of its answers: the question, the flagged words and, while the case is open, the
    words themselves (and pictures picked instead)."""
    analysis = db.session.get(AnswerAnalysis, answer.id)
    kept: dict[str, Any] = {
        "question_key": answer.question_key,
        "language": analysis.language if analysis else None,
        "risk_terms": list(analysis.risk_terms or []) if analysis else [],
    }
    if link.found_by_person:
        kept["found_by_person"] = True
        kept["found_by_id"] = str(link.found_by_id) if link.found_by_id else None
    # Who read the words, and when, stays with the case after the words' read state goes with the answer.
    reading = db.session.get(CommentReading, answer.id)
    if reading is not None and reading.read_at is not None:
        kept["read_by_id"] = str(reading.read_by_id) if reading.read_by_id else None
        kept["read_at"] = reading.read_at.isoformat()
    if is_open(case):
        kept["text"] = answer.text or ""
        if answer.pictures:
            kept["pictures"] = list(answer.pictures)
    return kept


def _snapshot(case: SafeguardingCase, answers: list[tuple[Answer, CaseAnswer]], removal: Removal) -> dict[str, Any]:
    """What the case keeps once ``answers`` (some or all of its own) are removed, added to what it kept before. The
    first answer's facts stay at the top level too (the text of all of them, joined), as cases kept them before one
    case held every answer of a response."""
    first = answers[0][0]
    response = db.session.get(Response, first.response_id)
    assert response is not None
    earlier = dict(case.kept or {})
    held = [_answer_kept(case, answer, link) for answer, link in answers]
    every = [*earlier.get("answers", []), *held]
    kept: dict[str, Any] = {
        **earlier,
        "age_band": response.age_band,
        "language": earlier.get("language") or held[0]["language"] or response.language,
        "risk_terms": list(dict.fromkeys(term for item in every for term in item.get("risk_terms", []))),
        "group_id": str(response.group_id) if response.group_id else None,
        "pseudonymous": response.invite_pseudonym is not None,
        "question_key": earlier.get("question_key") or held[0]["question_key"],
        "answers": every,
    }
    for key in ("read_by_id", "read_at"):
        if key not in kept and key in held[0]:
            kept[key] = held[0][key]
    if is_open(case):
        kept["text"] = "\n\n".join(item["text"] for item in every if item.get("text"))
        if len(every) == 1 and held[0].get("pictures"):
            kept["pictures"] = held[0]["pictures"]
        if removal in _KEEPS_PSEUDONYM and response.invite_pseudonym:
            kept["invite_pseudonym"] = response.invite_pseudonym
    return kept


def keep_cases(
    answer_ids: Select[Any] | Iterable[uuid.UUID],
    removal: Removal,
    *,
    by: uuid.UUID | None = None,
    on: date | None = None,
) -> int:
    """THE rule, called by every removal before the answers ``answer_ids`` go: each case holding any of them is kept,
    those answers detached from it and marked with ``removal`` on ``on`` (by ``by``, for erasure); an open case keeps
    their words until a safeguarding lead closes it, a closed one keeps its decision and notes but not the words.
    Returns how many open cases were kept with their words."""
    ids = answer_ids if isinstance(answer_ids, Select) else list(answer_ids)
    links = db.session.scalars(select(CaseAnswer).where(CaseAnswer.answer_id.in_(ids))).all()
    by_case: dict[uuid.UUID, list[CaseAnswer]] = {}
    for link in links:
        by_case.setdefault(link.case_id, []).append(link)
    kept_open = 0
    for case_id, case_links in by_case.items():
        case = db.session.get(SafeguardingCase, case_id)
        assert case is not None
        pairs: list[tuple[Answer, CaseAnswer]] = []
        for link in case_links:
            answer = db.session.get(Answer, link.answer_id)
            assert answer is not None
            pairs.append((answer, link))
        pairs.sort(key=lambda pair: pair[0].id != case.answer_id)  # the answer the case was opened on first
        case.kept = _snapshot(case, pairs, removal)
        removed = {answer.id for answer, _link in pairs}
        for link in case_links:
            case.answers.remove(link)
        if case.answer_id in removed:
            case.answer_id = None
        case.removal, case.removed_on, case.removed_by_id = removal, on or date.today(), by
        kept_open += is_open(case)
    db.session.flush()
    return kept_open


def open_cases_on(answer_ids: Select[Any]) -> int:
    """How many open cases these answers are in (what ``keep_cases`` would keep with their words)."""
    return len(
        set(
            db.session.scalars(
                select(CaseAnswer.case_id)
                .join(SafeguardingCase, SafeguardingCase.id == CaseAnswer.case_id)
                .where(CaseAnswer.answer_id.in_(answer_ids), SafeguardingCase.status.in_(OPEN))
            ).all()
        )
    )


def may_close(case: SafeguardingCase, user: User) -> bool:
    """Whoever erased the answers of an open case cannot also close it: that takes a second person."""
    return case.removal != Removal.ERASED_BY_IDENTIFIER or case.removed_by_id is None or case.removed_by_id != user.id


def closing(case: SafeguardingCase) -> None:
    """A safeguarding lead has closed ``case``: words kept only because the case was open go now, as the removal
    asked. Notes, the decision and re-identification requests stay."""
    if case.removal is None or is_open(case) or not case.kept:
        return
    kept = dict(case.kept)
    kept.pop("text", None)
    kept.pop("pictures", None)
    kept["answers"] = [
        {key: value for key, value in item.items() if key not in ("text", "pictures")}
        for item in kept.get("answers", [])
    ]
    pseudonym = kept.pop("invite_pseudonym", None)
    case.kept = kept
    if case.removal == Removal.ERASED_BY_IDENTIFIER and pseudonym and not _still_needed(case, pseudonym):
        # The erasure asked for the identifier to go; it waited only for the open cases it could trace. The last of
        # them is closed: it goes now.
        db.session.execute(
            delete(VaultEntry).where(
                VaultEntry.organisation_id == case.organisation_id,
                VaultEntry.consultation_id == case.consultation_id,
                VaultEntry.pseudonym == pseudonym,
            )
        )


def _still_needed(closed: SafeguardingCase, pseudonym: str) -> bool:
    """Whether another open case of the same young person (the same erased identifier) still needs the vault entry."""
    return any(
        (other.kept or {}).get("invite_pseudonym") == pseudonym
        for other in db.session.scalars(
            select(SafeguardingCase).where(
                SafeguardingCase.organisation_id == closed.organisation_id,
                SafeguardingCase.consultation_id == closed.consultation_id,
                SafeguardingCase.id != closed.id,
                SafeguardingCase.status.in_(OPEN),
                SafeguardingCase.removal == Removal.ERASED_BY_IDENTIFIER,
            )
        )
    )


# --- drafts left unsent -----------------------------------------------------------------------------------------------


def hour_up(moment: datetime) -> datetime:
    """``moment`` rounded up to the next whole hour: a draft never holds an exact time, and rounding up means a case
    never opens before a full 24 hours have passed."""
    floor = moment.replace(minute=0, second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(hours=1)


def note_unsent_disclosure(draft: Draft, now: datetime | None = None) -> None:
    """A possible disclosure was just written into ``draft``: start (or restart) the 24 hours."""
    draft.disclosure_at = hour_up(now or utcnow())


def _flagged_texts(draft: Draft) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """(question key, text, flagged words, language) of each free-text answer in the draft that may disclose harm
    (its words, or pictures picked instead, named before any words, as ``surveys.pictures.described`` does) or that
    the screen could not read (a language without a word list: no flagged words, and the case says so)."""
    found = []
    for key, raw in (draft.answers or {}).items():
        text = (raw or {}).get("text") if isinstance(raw, dict) else None
        pictures = (raw or {}).get("pictures") if isinstance(raw, dict) else None
        if not text and not pictures:
            continue
        result = classify_answer(text, pictures, page_language=draft.language)
        if result.safeguarding or not result.listed:
            found.append((key, described(pictures, text), tuple(result.risk_terms), result.language))
    return found


def sweep_unsent(now: datetime | None = None) -> list[SafeguardingCase]:
    """Open a case, marked "not sent by the young person", for every unsent draft that has held a possible disclosure
    for 24 hours, in organisations that read unsent disclosures. Each draft opens one case per time it is left."""
    now = now or utcnow()
    cutoff = now - UNSENT_AFTER
    opened = []
    for draft in unsent_disclosures(None):
        at = draft.disclosure_at
        assert at is not None
        if (at if at.tzinfo else at.replace(tzinfo=now.tzinfo)) > cutoff:
            continue
        case = _open_case(draft, now)
        if case is not None:
            opened.append(case)
    db.session.flush()
    return opened


def keep_unsent(
    draft_ids: Select[Any],
    removal: Removal = Removal.NOT_SENT,
    *,
    by: uuid.UUID | None = None,
    now: datetime | None = None,
) -> int:
    """Before drafts go (erasure by identifier, the retention purge): each that holds a possible disclosure opens its
    case now, whatever its age, where the organisation reads unsent disclosures, marked with the ``removal`` that
    took the draft (and who, for erasure) and as never sent. The young person was told a person would read it;
    deleting the draft must not make that untrue. Returns how many cases were opened."""
    now = now or utcnow()
    opened = [
        case for draft in unsent_disclosures(draft_ids) if (case := _open_case(draft, now, removal, by)) is not None
    ]
    db.session.flush()
    return len(opened)


def unsent_disclosures(draft_ids: Select[Any] | None) -> list[Draft]:
    """Unsent drafts holding a possible disclosure the organisation has promised to read (all, or of ``draft_ids``)."""
    query = (
        select(Draft)
        .join(Organisation, Organisation.id == Draft.organisation_id)
        .where(
            Draft.response_id.is_(None),
            Draft.disclosure_at.is_not(None),
            Organisation.read_unsent_disclosures.is_(True),
        )
    )
    if draft_ids is not None:
        query = query.where(Draft.id.in_(draft_ids))
    return list(db.session.scalars(query))


def _open_case(
    draft: Draft, now: datetime, removal: Removal = Removal.NOT_SENT, by: uuid.UUID | None = None
) -> SafeguardingCase | None:
    flagged = _flagged_texts(draft)
    draft.disclosure_at = None  # read once: the case now holds the words
    if not flagged:
        return None  # the words were taken out again: nothing to read
    invite = db.session.get(InviteCode, draft.invite_id) if draft.invite_id else None
    text = "\n\n".join(text for _key, text, _terms, _language in flagged)
    terms = sorted({term for _key, _text, found, _language in flagged for term in found})
    case = SafeguardingCase(
        organisation_id=draft.organisation_id,
        consultation_id=draft.consultation_id,
        answer_id=None,
        status=CaseStatus.NEW,
        flagged_at=this_hour(now),
        removal=removal,
        removed_on=now.date(),
        removed_by_id=by,
        kept={
            "text": text,
            "age_band": draft.age_band,
            "language": flagged[0][3] or draft.language,
            "risk_terms": terms,
            "group_id": str(draft.group_id) if draft.group_id else None,
            "pseudonymous": draft.invite_id is not None,
            "question_key": flagged[0][0],
            "unsent": True,
            # Each worrying answer of the draft, as a case lists the answers of a response.
            "answers": [
                {"question_key": key, "text": said, "risk_terms": list(found), "language": language}
                for key, said, found, language in flagged
            ],
            **({"invite_pseudonym": invite.pseudonym} if invite and invite.pseudonym else {}),
        },
    )
    db.session.add(case)
    return case
