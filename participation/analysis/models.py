from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.analysis.redaction import NOTHING_KNOWN, Known, approval_doubts, redact
from participation.db import Base, IdMixin, str_enum, this_hour, utcnow


class Theme(IdMixin, Base):
    """A theme in an organisation's codebook: the default fifteen, and any it adds. Its keywords add to the built-in
    word lists (for a default theme) or are its only words (for a theme of the organisation's own)."""

    __tablename__ = "theme"
    __table_args__ = (UniqueConstraint("organisation_id", "slug", name="uq_theme_slug"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    slug: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(120))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class AnswerAnalysis(Base):
    """What the machine made of one free-text answer."""

    __tablename__ = "answer_analysis"

    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str | None] = mapped_column(String(8))
    sentiment: Mapped[float | None] = mapped_column(Float)
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    # False when the comment is in a language or script Heard has no word list for: the screen could not read it,
    # so a person reads it next after the possible disclosures.
    listed: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    analysed_on: Mapped[date] = mapped_column(Date)


class CommentReading(Base):
    """Whether a person has read one free-text answer, who, and when (to the hour).

    Every free-text answer gets one when it is stored (``participation.analysis.reading``). The screen only decides
    the order comments are read in; a comment is read only when a named person says so.
    """

    __tablename__ = "comment_reading"

    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    # The hour it arrived, never the minute (TRUST.md: no exact timestamp with an answer).
    arrived_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=this_hour)
    read_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When the people who read comments were told it had waited too long (once per comment).
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ThemeSource(enum.StrEnum):
    AUTO = "auto"
    WORKER = "worker"


class AnswerTheme(Base):
    """A theme on an answer. A worker's correction (added, or removed) is kept through re-analysis.

    The answer's response and consultation are written beside it (``theme_row``, when the theme is added; neither
    ever changes for an answer), so the board pack counts who raised each theme from this table and the responses,
    without reading every answer of the consultation (migration 0030)."""

    __tablename__ = "answer_theme"
    __table_args__ = (
        # Who raised what in one consultation: the themes, and whose they are, read from the index alone.
        Index("ix_answer_theme_consultation_id", "consultation_id", "removed", "slug", "response_id"),
    )

    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="CASCADE"), primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    response_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("response.id", ondelete="CASCADE"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("consultation.id", ondelete="CASCADE"))
    source: Mapped[ThemeSource] = mapped_column(str_enum(ThemeSource, "theme_source"))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseStatus(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    REFERRED = "referred"
    NO_CONCERN = "no-concern"


CASE_STATUS_NAMES = {
    CaseStatus.NEW.value: _l("New"),
    CaseStatus.ACKNOWLEDGED.value: _l("Acknowledged"),
    CaseStatus.REFERRED.value: _l("Referred"),
    CaseStatus.NO_CONCERN.value: _l("No concern"),
}


class Removal(enum.StrEnum):
    """What happened to the words a case was opened on (see ``participation.analysis.keeping``)."""

    DELETED_BY_YOUNG_PERSON = "deleted-by-young-person"  # with their receipt code
    ERASED_BY_IDENTIFIER = "erased-by-identifier"
    RETENTION_PURGE = "retention-purge"
    NOT_SENT = "not-sent"  # a draft left unsent with a possible disclosure in it


class SafeguardingCase(IdMixin, Base):
    """Answers that may disclose harm, waiting for (or with) a safeguarding lead's decision: every worrying answer of
    one response is one case (``answers``), so one young person's two worrying answers are read together.

    When the answers are removed (or were never sent), the case keeps a copy of what the lead needs (``kept``) and a
    mark of what happened, and stays open until a safeguarding lead closes it; see ``participation.analysis.keeping``.
    """

    __tablename__ = "safeguarding_case"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    # Empty for a word said in a live poll (``poll_id``), which belongs to no consultation.
    consultation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    poll_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("live_poll.id", ondelete="SET NULL"), index=True)
    # Or for words said in a session of a group (a note), which belongs to no consultation either.
    session_note_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("session_note.id", ondelete="SET NULL"), index=True
    )
    # The answer the case was opened on (all of them are in ``answers``). Empty once the answer has been removed (or
    # for an answer never sent): the case never goes with its answer.
    answer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="SET NULL"), unique=True)
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus, "case_status"), default=CaseStatus.NEW)
    # Kept on the case, not the answer: the one working day to act is counted from here.
    # The hour it was flagged, never the minute: the case is linked to an answer (TRUST.md: no exact timestamp).
    flagged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=this_hour)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # What the case holds of its own once the answer is gone: text (until the case is closed), age_band, language,
    # risk_terms, group_id, pseudonymous and, where the removal allows it, invite_pseudonym.
    kept: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    removal: Mapped[Removal | None] = mapped_column(str_enum(Removal, "case_removal", length=30))
    removed_on: Mapped[date | None] = mapped_column(Date)
    # Who erased it (erasure by identifier): someone else must close the case, so one person never does both.
    removed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    # Opened by a reader who saw a worry the screen missed: these cases are the list to learn from when the word
    # lists change (``participation.analysis.reading.found_by_people``).
    found_by_person: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    opened_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))

    notes: Mapped[list[CaseNote]] = relationship(cascade="all, delete-orphan", order_by="CaseNote.at")
    answers: Mapped[list[CaseAnswer]] = relationship(cascade="all, delete-orphan")


class CaseAnswer(Base):
    """One answer in a safeguarding case, with whether a reader put it there (the screen missed it). An answer is in
    one case at most. Its words stay on the answer; when the answer is removed, the case keeps them
    (``keeping.keep_cases``) and this row goes."""

    __tablename__ = "case_answer"

    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("safeguarding_case.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    found_by_person: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    found_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))


class CaseNote(IdMixin, Base):
    __tablename__ = "case_note"

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("safeguarding_case.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus, "case_note_status"))
    text: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class QuoteStatus(enum.StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


# What ``redaction.redact`` takes out of words offered for quoting, named for the worker who checks them.
REDACTION_NAMES = {
    "email": _l("email address"),
    "phone": _l("phone number"),
    "postcode": _l("postcode"),
    "address": _l("address"),
    "school": _l("school"),
    "home": _l("children's home"),
    "town": _l("town or city"),
    "birth": _l("date of birth"),
    "handle": _l("social media name"),
    "name": _l("name"),
}


def still_identifying(text: str, known: Known = NOTHING_KNOWN) -> str:
    """What the redaction would still take out of words a worker is approving for quoting (a name, a phone number,
    an email address, a home the organisation runs...), named for them, or "" when nothing: approved words are checked
    again, not only proposed (the outside review published a name, a number and a school a worker had typed back in).
    ``known``: what the organisation knows (``services.known_places``)."""
    _text, found = redact(text, known)
    kinds = list(dict.fromkeys(str(REDACTION_NAMES.get(item.kind, item.kind)) for item in found))
    return ", ".join(kinds)


def may_point_to_someone(text: str, known: Known = NOTHING_KNOWN) -> str:
    """What in words may still name someone or say how to reach them, named for a worker ("phone number, name"),
    or "" when nothing: what approval of a quote refuses (``approval_refused``), as one list. For words that are
    published as they were written, with no redaction and no editing: a live poll's word on the projector. Names
    in lower case or capitals, spelt out ("j a d e thompson"), phone numbers with letters for digits or in words
    ("o7700 9oo 129", "0seven700 900 1two9"), postcodes spelt out ("n e 1 4 s t"), family names first, run together or
    broken by hyphens ("thompson jade", "jadethompson", "ja-de thom-pson") and addresses in young people's words ("my
    addy is 12 kingsway", "number twelve kingsway") are the redaction's to find (``redaction.redact``); a doubt about
    digits the redaction already named ("12 Kingsway", an address) is not named again as a phone number."""
    _text, found = redact(text, known)
    kinds = list(dict.fromkeys(str(REDACTION_NAMES.get(item.kind, item.kind)) for item in found))
    taken = " ".join(item.original for item in found)
    for doubt, words in approval_doubts(text):
        numbers = re.findall(r"\d+", words) if doubt == "number" else []
        if numbers and all(digits in taken for digits in numbers):
            continue
        named = str(REDACTION_NAMES["name"] if doubt == "name" else REDACTION_NAMES["phone"])
        if named not in kinds:
            kinds.append(named)
    return ", ".join(kinds)


def approval_refused(text: str, known: Known = NOTHING_KNOWN) -> str:
    """Why words a worker is approving for quoting cannot be approved yet, for them to read, or "" when they can.
    What the redaction would still take out (``still_identifying``); then, stricter than the proposal, what may still
    point to someone (``redaction.approval_doubts``): a capitalised word mid-sentence that the name lists have ("the
    trip was good, Grace loved it", which the proposal kept for want of a cue) and digits like a phone number, a date
    or a house number. The outside review found approval passed whatever the first look had missed."""
    if left := still_identifying(text, known):
        return str(
            _("These words still have %(kinds)s in them. Take them out, or choose not to use these words.", kinds=left)
        )
    doubts = approval_doubts(text)
    names = ", ".join(dict.fromkeys(f"“{words}”" for kind, words in doubts if kind == "name"))
    numbers = ", ".join(dict.fromkeys(f"“{words}”" for kind, words in doubts if kind == "number"))
    problems: list[str] = []
    if names:
        problems.append(
            _(
                "These words may still name someone: %(words)s. Take out a name, or write a word that is not a name "
                "in lower case.",
                words=names,
            )
        )
    if numbers:
        problems.append(
            _(
                "These words may still have a phone number, a date or a house number in them: %(numbers)s. Take it "
                "out, or write it in words if it is none of these.",
                numbers=numbers,
            )
        )
    return " ".join(problems)


class Quote(IdMixin, Base):
    """A comment a worker has approved (after redaction) for publication, or decided not to use. Only comments
    whose writer agreed to be quoted are ever offered."""

    __tablename__ = "quote"

    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("organisation.id"), index=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("answer.id", ondelete="CASCADE"), unique=True)
    status: Mapped[QuoteStatus] = mapped_column(str_enum(QuoteStatus, "quote_status"))
    text: Mapped[str] = mapped_column(Text, default="")
    # Broad on purpose ("care leaver", "young person, 12 to 17"): never enough to tell who said it.
    attribution: Mapped[str] = mapped_column(String(40))
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_user.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def words_case(
    organisation_id: uuid.UUID,
    question_key: str,
    text: str,
    risk_terms: Sequence[str],
    language: str | None,
    **source: Any,
) -> SafeguardingCase:
    """A new case for words said outside a survey (a live poll's word, a session's note): the case keeps the words
    itself, so it outlives where they were said, and names no one (nobody signed in to say them). ``source`` names
    where (``poll_id`` or ``session_note_id``)."""
    return SafeguardingCase(
        organisation_id=organisation_id,
        consultation_id=None,
        answer_id=None,
        status=CaseStatus.NEW,
        kept={
            "answers": [
                {"question_key": question_key, "text": text, "risk_terms": list(risk_terms), "language": language}
            ],
            "age_band": "",
            "pseudonymous": False,
        },
        **source,
    )
