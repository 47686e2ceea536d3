"""Live polls: the only place poll rows are read or written, and the one place their figures are worked out (through
the same suppression as every other table)."""

from __future__ import annotations

import hashlib
import json
import secrets
import unicodedata
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from flask import abort
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from participation.accounts.models import Role
from participation.analysis import keeping, word_answers
from participation.analysis.duty import add_working_days, first_with
from participation.analysis.engine import Result
from participation.analysis.models import Removal, SafeguardingCase, may_point_to_someone, words_case
from participation.analysis.pictured import classify_answer
from participation.analysis.services import known_places, organisation_matcher
from participation.audit import services as audit
from participation.db import this_hour, utcnow
from participation.distribution.models import Group
from participation.extensions import db
from participation.i18n import translation_languages
from participation.languages import SOURCE
from participation.links import absolute
from participation.notifications.services import send
from participation.polls.models import POLL_QUESTION_KEY, Poll, PollAnswer, PollKind, PollStatus, WordState
from participation.pseudonyms import keyed_hash, new_code, new_token, normalise_code
from participation.reporting.figures import threshold as figures_threshold
from participation.reporting.suppression import Cell, suppress, total
from participation.sessions import services as sessions
from participation.sessions.models import GroupSession
from participation.surveys.views import LocalText

POLL_CODE_LENGTH = 6
# The face scale, saddest first: each face has a text label too (TRUST.md: scales have text labels).
FACES = 5
MAX_OPTIONS = 8
MAX_CHOSEN = 3
MAX_WORD = 40


def new_poll_code() -> str:
    """A short code read off the projector and typed on a phone, not used by another poll."""
    while True:
        code = new_code(POLL_CODE_LENGTH)
        if db.session.scalar(select(Poll.id).where(Poll.code == code)) is None:
            return code


def create(
    organisation_id: uuid.UUID,
    question: str,
    kind: PollKind,
    options: Sequence[str],
    group_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    session_id: uuid.UUID | None = None,
) -> Poll:
    """Open a new poll: young people can answer at once. ``session_id``: the session it is asked in."""
    poll = Poll(
        organisation_id=organisation_id,
        group_id=group_id,
        session_id=session_id,
        created_by_id=user_id,
        code=new_poll_code(),
        screen_key=secrets.token_urlsafe(32),
        question=question,
        kind=kind,
        options=list(options) if kind in (PollKind.ONE, PollKind.UP_TO_THREE, PollKind.RANK) else [],
        status=PollStatus.OPEN,
    )
    db.session.add(poll)
    db.session.flush()
    return poll


@dataclass(frozen=True)
class PollView:
    """A poll as a young person reads it in one language: each string in that language where a worker translated
    it, in English where not (each keeps the language it is in, for the page's ``lang``)."""

    question: LocalText
    options: list[LocalText]


def view_in(poll: Poll, language: str) -> PollView:
    """The poll in ``language``, falling back to English string by string."""
    given = (poll.texts or {}).get(language) or {} if language != SOURCE else {}
    question = str(given.get("question") or "")
    translated = list(given.get("options") or [])
    options = [
        LocalText(translated[index], language)
        if index < len(translated) and translated[index]
        else LocalText(english, SOURCE)
        for index, english in enumerate(poll.options)
    ]
    return PollView(LocalText(question, language) if question else LocalText(poll.question, SOURCE), options)


def _words(fields: Mapping[str, Any] | None, count: int) -> tuple[str, tuple[str, ...]]:
    """A language's question and options as given, the options padded to the poll's: for comparing two versions."""
    fields = fields if isinstance(fields, Mapping) else {}
    options = [str(option or "").strip() for option in fields.get("options") or []][:count]
    return str(fields.get("question") or "").strip(), tuple(options + [""] * (count - len(options)))


def answered_in(poll: Poll) -> set[str]:
    """The languages someone has answered the poll in while it had words in them (``answer``): those words are what
    their answers were given to, so they stay as they are (``translate``)."""
    return {code for code, fields in (poll.texts or {}).items() if isinstance(fields, Mapping) and fields.get(ANSWERED)}


def _alike(text: str) -> str:
    """Words as a phone shows them, for telling two apart: case, spacing and Unicode forms aside."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Refused:
    """One box of the translation page whose words cannot be kept: ``index`` is the option's (None for the question);
    ``other`` the option it reads the same as (``SAME``), or None (``ANSWERED``)."""

    language: str
    index: int | None
    reason: str
    other: int | None = None


SAME = "same"  # reads the same as another option in that language: a phone would show two identical choices
ANSWERED = "answered"  # someone has answered in that language: the words they read stay (also the flag's key)


@dataclass
class Translated:
    """What ``translate`` did: the languages whose words changed (for the audit log), or, when anything was refused,
    what (and nothing was saved)."""

    changed: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def translate(poll: Poll, texts: Mapping[str, Mapping[str, Any]], seen: Mapping[str, Any] | None = None) -> Translated:
    """Keep a worker's translations of the poll, by language (``{"pl": {"question": ..., "options": [...]}}``), for
    the languages this installation offers besides English; a language left empty is removed.

    ``seen``: the translations the worker's page was drawn with; a box they left as it was keeps what is saved now
    (someone else may have translated it meanwhile), so two translators never undo each other.

    Refused, saving nothing (``Translated.refused``): a box the worker changed so that two options read the same in
    a language (a phone would show two identical choices), and a change to words already saved in a language someone
    has answered in (``answered_in``): the answers counted so far were given to those words, so changing them would
    change what those answers meant. An empty box there may still be filled (it read in English, the words every
    answer is counted by), and a language nobody has answered in may be changed freely."""
    # Read again, locked until the request commits: an answer arriving now either comes first (and its language's
    # words are fixed before we look) or waits, and is checked against the words we save (``same_words``).
    db.session.refresh(poll, ["texts"], with_for_update=True)
    offered = {language.code for language in translation_languages()}
    before = poll.texts or {}
    answered = answered_in(poll)
    count = len(poll.options)
    kept: dict[str, dict[str, Any]] = {}
    refused: list[Refused] = []
    for language, fields in texts.items():
        if language not in offered:
            continue
        given = _flat(_words(fields, count))
        saved = _flat(_words(before.get(language), count))
        shown = _flat(_words(seen.get(language), count)) if seen is not None else saved
        words: list[str] = []
        changed: set[int] = set()
        for place, (typed, now, was) in enumerate(zip(given, saved, shown, strict=True)):
            if typed == was:
                words.append(now)  # left as it was on the page: what is saved now
                continue
            changed.add(place)
            if language in answered and now and typed != now:
                refused.append(Refused(language, place - 1 if place else None, ANSWERED))
            words.append(typed)
        refused.extend(_same_options(poll, language, words[1:], {place - 1 for place in changed if place}))
        if words == saved and language in before:
            kept[language] = before[language]
        elif any(words):
            kept[language] = {"question": words[0], "options": words[1:]}
            if language in answered:
                kept[language][ANSWERED] = True
    if refused:
        return Translated(refused=refused)
    changed_languages = sorted(code for code in set(before) | set(kept) if before.get(code) != kept.get(code))
    poll.texts = kept
    return Translated(changed=changed_languages)


def _flat(words: tuple[str, tuple[str, ...]]) -> list[str]:
    return [words[0], *words[1]]


def _same_options(poll: Poll, language: str, options: Sequence[str], changed: set[int]) -> list[Refused]:
    """The translated options a worker changed that read the same as another option as a phone in ``language``
    shows them (each in English where it has no translation)."""
    shown = [_alike(translated or english) for translated, english in zip(options, poll.options, strict=True)]
    found = []
    for index in sorted(changed):
        if not options[index]:
            continue  # reads in English: the English options differ (NewPollForm)
        other = next((place for place, words in enumerate(shown) if place != index and words == shown[index]), None)
        if other is not None:
            found.append(Refused(language, index, SAME, other))
    return found


def words_key(view: PollView) -> str:
    """A short fingerprint of the words a phone was shown (``view_in``): the answer page sends it back, so an answer
    given to words that have changed since is asked again (``same_words``)."""
    shown = [view.question.text, *(option.text for option in view.options)]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).hexdigest()[:16]


def same_words(poll: Poll, language: str, shown: str | None) -> bool:
    """Whether a phone's answer was given to the words the poll has now in ``language`` (``shown``: its page's
    ``words_key``; None from something other than the answer page, which showed no words). While nobody has answered
    in a translated language its words may still change, so the poll is read again, locked until the answer is
    stored: a translator saving at the same moment waits, and then finds the language answered in."""
    if shown is None:
        return True
    if language in (poll.texts or {}) and language not in answered_in(poll):
        db.session.refresh(poll, ["texts"], with_for_update=True)
    return words_key(view_in(poll, language)) == shown


def _note_answered(poll: Poll, language: str | None) -> None:
    """Mark ``language`` answered in, if the poll has words in it: from now on they stay as they are (``translate``).
    Only the language is kept, on the poll, never on the answer."""
    if not language or language not in (poll.texts or {}) or language in answered_in(poll):
        return
    db.session.refresh(poll, ["texts"], with_for_update=True)
    texts = dict(poll.texts or {})
    fields = texts.get(language)
    if isinstance(fields, Mapping) and not fields.get(ANSWERED):
        texts[language] = {**fields, ANSWERED: True}  # a new dict, so the JSON column is seen as changed
        poll.texts = texts


def polls_for(organisation_id: uuid.UUID) -> Sequence[Poll]:
    return db.session.scalars(
        select(Poll).where(Poll.organisation_id == organisation_id).order_by(Poll.created_at.desc(), Poll.id)
    ).all()


def polls_of_session(organisation_id: uuid.UUID, session_id: uuid.UUID) -> Sequence[Poll]:
    """The polls asked in one of the organisation's sessions, oldest first."""
    return db.session.scalars(
        select(Poll)
        .where(Poll.organisation_id == organisation_id, Poll.session_id == session_id)
        .order_by(Poll.created_at, Poll.id)
    ).all()


def closed_for(organisation_id: uuid.UUID) -> Sequence[Poll]:
    """The organisation's closed polls, newest first: what a board member may read the figures of."""
    return db.session.scalars(
        select(Poll)
        .where(Poll.organisation_id == organisation_id, Poll.status == PollStatus.CLOSED)
        .order_by(Poll.created_at.desc(), Poll.id)
    ).all()


def figures_only(found: Results) -> Results:
    """``found`` without any word: what a reader who is not running the poll sees (a board member). The words were
    said in a room, approved only for its projector; nobody agreed to their being read anywhere else. The leader,
    named only where the figures prove it, is named here as on the projector."""
    return Results(found.total, found.enough, found.threshold, list(found.rows), [], found.answered, found.leader)


def get(organisation_id: uuid.UUID, poll_id: uuid.UUID) -> Poll | None:
    """One of this organisation's polls; another's is not found."""
    return db.session.scalar(select(Poll).where(Poll.id == poll_id, Poll.organisation_id == organisation_id))


def get_or_404(organisation_id: uuid.UUID, poll_id: uuid.UUID) -> Poll:
    """For views: another organisation's poll answers exactly as a missing one does."""
    poll = get(organisation_id, poll_id)
    if poll is None:
        abort(404)
    return poll


def by_code(typed: str) -> Poll | None:
    code = normalise_code(typed)
    if len(code) != POLL_CODE_LENGTH:
        return None
    return db.session.scalar(select(Poll).where(Poll.code == code))


def council_of_code(code: str) -> uuid.UUID | None:
    """The council whose poll a code opens (None for none): whose own helplines its pages show."""
    found = by_code(code) if code.isprintable() else None
    return found.organisation_id if found is not None else None


def by_screen_key(key: str) -> Poll | None:
    if not key or len(key) > 64:
        return None
    return db.session.scalar(select(Poll).where(Poll.screen_key == key))


def group_name(poll: Poll) -> str | None:
    if poll.group_id is None:
        return None
    return db.session.scalar(select(Group.name).where(Group.id == poll.group_id))


def group_of(poll: Poll) -> Group | None:
    return db.session.get(Group, poll.group_id) if poll.group_id is not None else None


def more_answers_than_people(poll: Poll) -> bool:
    """Whether the poll has more answers than there were young people to give them: the attendance recorded for its
    session, else its group's size. One answer per phone rests on the phone's cookie (a phone whose cookies were
    cleared, or a private tab, answers again), so the worker is told when the answers outnumber the room, without a
    figure. False where neither is known."""
    people: int | None = None
    held = db.session.get(GroupSession, poll.session_id) if poll.session_id is not None else None
    if held is not None and held.attendance:
        people = sum(held.attendance.values())
    else:
        group = group_of(poll)
        people = group.cohort_size if group is not None else None
    if people is None:
        return False
    counted = select(func.count()).where(PollAnswer.poll_id == poll.id, PollAnswer.late.is_(False))
    return (db.session.scalar(counted) or 0) > people


def set_status(poll: Poll, status: PollStatus) -> None:
    if status == PollStatus.CLOSED and poll.status != PollStatus.CLOSED:
        poll.closed_at = utcnow()
    elif status == PollStatus.OPEN:
        poll.closed_at = None
    poll.status = status


# A word sent up to this long after the poll closed is still kept (as the shared screen's words are:
# ``sessions.ROOM_GRACE_HOURS``), so a young person still typing when the worker closed it does not lose it.
LATE_WORD_HOURS = sessions.ROOM_GRACE_HOURS


def takes_late_words(poll: Poll) -> bool:
    """A one-word poll closed less than ``LATE_WORD_HOURS`` ago."""
    if poll.kind != PollKind.WORD or poll.status != PollStatus.CLOSED or poll.closed_at is None:
        return False
    closed = poll.closed_at if poll.closed_at.tzinfo else poll.closed_at.replace(tzinfo=UTC)
    return utcnow() - closed < timedelta(hours=LATE_WORD_HOURS)


def keep_late_word(poll: Poll, word: str, language: str | None, token: str | None) -> bool:
    """Keep a word sent to a poll just closed (``takes_late_words``), on the poll, marked late: screened like any
    word (a worrying one goes to the safeguarding queue), read by a person by the same deadline
    (``unread_words``), never shown on the projector nor counted in the results. Every late word is kept, whatever
    the screen says and whether or not the poll was asked in a session: the young person is told someone will read
    it. False when the poll takes no late words: the page then keeps what was typed. ``token``: this phone's, so a
    double tap keeps a word once, and another word from it is kept too (a tablet passed round has none)."""
    if not takes_late_words(poll):
        return False
    row = PollAnswer(
        poll_id=poll.id,
        organisation_id=poll.organisation_id,
        device=device_hash(poll, f"late:{token or new_token()}:{word}"),
        choices=[],
        word=word,
        late=True,
        arrived_at=this_hour(),
    )
    reading = screen(poll, word, language)
    row.word_state = WordState.FLAGGED if needs_a_person(reading) else WordState.WAITING
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
    except IntegrityError:
        return True  # this phone's late word is kept already
    if needs_a_person(reading):
        open_case(poll, word, reading)
    return True


def device_hash(poll: Poll, token: str) -> str:
    return keyed_hash("poll-device", f"{poll.id}:{token}", poll.organisation_id)


def has_answered(poll: Poll, token: str | None) -> bool:
    if not token:
        return False
    device = device_hash(poll, token)
    return (
        db.session.scalar(select(PollAnswer.id).where(PollAnswer.poll_id == poll.id, PollAnswer.device == device))
        is not None
    )


def answer(poll: Poll, token: str, choices: Sequence[int], word: str | None, language: str | None) -> bool:
    """Store one phone's answer. Returns False when this phone (this token) has answered already: a double tap, the
    back button, two tabs; the database's unique key decides, so a race between two requests counts once too.

    A word is screened like a survey comment; one that may be a disclosure is never shown and goes to the
    safeguarding queue."""
    row = PollAnswer(
        poll_id=poll.id,
        organisation_id=poll.organisation_id,
        device=device_hash(poll, token),
        choices=list(choices),
        word=word or None,
        word_state=None,
        arrived_at=this_hour() if word else None,
    )
    reading = screen(poll, word, language) if poll.kind == PollKind.WORD and word else None
    if reading is not None:
        row.word_state = WordState.FLAGGED if needs_a_person(reading) else WordState.WAITING
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
    except IntegrityError:
        return False
    _note_answered(poll, language)
    if reading is not None and word and needs_a_person(reading):
        open_case(poll, word, reading)
    take_figures(poll, figures_threshold())
    return True


def take_figures(poll: Poll, threshold: int) -> None:
    """Take the figures again if at least ``threshold`` answers have come in since they were last taken. The
    condition is in the UPDATE itself: of two answers arriving together, the second finds the first's figures taken
    and leaves them, so the figures shown never move by fewer than ``threshold`` answers. A one-word poll's figure
    is how many answered: it moves in the same steps, so the room cannot tell from it who has just answered."""
    rows = db.session.scalars(
        select(PollAnswer.choices).where(PollAnswer.poll_id == poll.id, PollAnswer.late.is_(False))
    )
    current = [list(choices or []) for choices in rows]
    db.session.execute(
        update(Poll)
        .where(Poll.id == poll.id, Poll.shown_count <= len(current) - threshold)
        .values(shown_count=len(current), shown_choices=current)
        .execution_options(synchronize_session=False)
    )


def screen(poll: Poll, word: str, language: str | None) -> Result:
    """The safeguarding screen survey comments go through, with the organisation's own words, and then a stricter
    one for a word answer: said with no context, a short form of self-harm or suicide ("cutting", "ending it") is
    for a person to read (``word_answers``). Comments keep their own screen."""
    reading = classify_answer(word, None, organisation_matcher(poll.organisation_id), language)
    lone = word_answers.lone_terms(word)
    if not lone:
        return reading
    return replace(reading, safeguarding=True, risk_terms=(*reading.risk_terms, *lone), sentiment=None)


def needs_a_person(reading: Result) -> bool:
    """A possible disclosure, or words in a language the screen has no list for: a safeguarding lead reads them."""
    return reading.safeguarding or not reading.listed


def open_case(poll: Poll, word: str, reading: Result) -> SafeguardingCase:
    """Put a worrying word in the safeguarding queue, with its clock, as a survey comment's case is. The case keeps
    the words itself (the poll's answers may be deleted with the poll); nobody signed in, so nobody can be traced."""
    case = words_case(
        poll.organisation_id, POLL_QUESTION_KEY, word, reading.risk_terms, reading.language, poll_id=poll.id
    )
    db.session.add(case)
    db.session.flush()
    return case


@dataclass(frozen=True)
class Row:
    label: str
    cell: Cell


@dataclass
class Results:
    """What any screen may show of a poll: every figure suppressed (``suppression.suppress``) against the threshold.
    Below the threshold nothing but "fewer than N so far" is shown: no count, no word, no order."""

    total: Cell
    enough: bool
    threshold: int
    rows: list[Row] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    answered: int = 0  # every answer so far; the figures may count fewer (``take_figures``)
    # The option chosen most (ranked first most, in a ranking), named only where the figures shown already prove it
    # (``leader``): its own count is shown and is more than any other option's could be. Naming a winner among
    # hidden counts gave them away: "No" named over "Yes" at 4 to 1 of 5 said that No was at least 3 (the outside
    # review of the forums and meetings). None on a tie, or where the figures do not settle it.
    leader: str | None = None


def results(poll: Poll, threshold: int) -> Results:
    """The poll's figures as the projector, the worker's page and the tests see them (one definition): for a word
    poll, the words a worker approved; for the others, the figures last taken (``take_figures``), with how many
    answers there are now."""
    answered = (
        db.session.scalar(select(func.count()).where(PollAnswer.poll_id == poll.id, PollAnswer.late.is_(False))) or 0
    )
    if poll.kind == PollKind.WORD and not answered and poll.shown_count:
        # Purged (``purge``): the words have gone; only how many answered is left, suppressed as it was shown.
        purged = Results(total(poll.shown_count, threshold), poll.shown_count >= threshold, threshold)
        purged.answered = poll.shown_count
        return purged
    if poll.kind == PollKind.WORD:
        db.session.refresh(poll, ["shown_count"])
        answers = db.session.execute(
            select(PollAnswer.choices, PollAnswer.word, PollAnswer.word_state).where(
                PollAnswer.poll_id == poll.id, PollAnswer.late.is_(False)
            )
        ).all()
        # The words a worker approved among every answer (the worker decides when each shows), counted as taken;
        # never one that may point to someone, even if it was approved before approval checked for that.
        known = known_places(poll.organisation_id) if any(row[2] == WordState.APPROVED for row in answers) else None
        shown = [
            (choices, word, WordState.HIDDEN)
            if state == WordState.APPROVED and word and known is not None and may_point_to_someone(word, known)
            else (choices, word, state)
            for choices, word, state in answers
        ]
        found = tabulate(poll.kind, option_labels(poll), shown, threshold)
        found.total = total(poll.shown_count, threshold)
        found.enough = poll.shown_count >= threshold
        if not found.enough:
            found.words = []
    else:
        db.session.refresh(poll, ["shown_count", "shown_choices"])
        shown = [(choices, None, None) for choices in poll.shown_choices or []]
        found = tabulate(poll.kind, option_labels(poll), shown, threshold)
    # Once purged, the figures last taken are all there is: they count what is left to count.
    found.answered = answered or poll.shown_count
    return found


def tabulate(kind: PollKind, labels: Sequence[str], answers: Sequence[tuple[Any, ...]], threshold: int) -> Results:
    """``results`` without the database: each answer is (choices, word, word state)."""
    count = len(answers)
    whole = total(count, threshold)
    if count < threshold:
        return Results(whole, False, threshold)
    if kind == PollKind.WORD:
        shown = sorted({word for _c, word, state in answers if word and state == WordState.APPROVED}, key=str.lower)
        return Results(whole, True, threshold, words=shown)
    tally: Counter[int] = Counter()
    for choices, _w, _s in answers:
        picked = list(choices or [])
        if kind == PollKind.RANK:
            # Ranked first: how many put each option at the top.
            picked = picked[:1]
        tally.update(index for index in picked if isinstance(index, int) and 0 <= index < len(labels))
    counts = {index: tally.get(index, 0) for index in range(len(labels))}
    cells = suppress(counts, threshold, total_published=True)
    # The options in the order the worker gave them, whatever the answers. A ranking used to be ordered by each
    # option's mean place, which orders hidden counts (with two options, the mean place is the count ranked first)
    # and tells how many put an option second, a count nobody suppressed.
    found = Results(whole, True, threshold, rows=[Row(labels[index], cells[index]) for index in range(len(labels))])
    top = leader(counts, cells, count, one_each=kind != PollKind.UP_TO_THREE)
    found.leader = labels[top] if top is not None else None
    return found


def leader(counts: Mapping[int, int], cells: Mapping[int, Cell], people: int, *, one_each: bool) -> int | None:
    """The option to name as chosen most, only where the figures shown already prove it, so naming it tells nothing
    they do not: its count is shown, and more than every other shown count and more than any hidden count could be.
    Where each person counts once (``one_each``: choose one, the face scale, ranked first) the hidden counts add up to
    the total less the shown ones, so none can be more than that; where a person chooses up to three, a hidden count
    could be anyone's, so none may be hidden. None on a tie, or where the figures do not settle it."""
    shown = {index: cell.count for index, cell in cells.items() if cell.count is not None}
    hidden = [index for index in cells if index not in shown]
    if not shown:
        return None
    if one_each:
        most_hidden = people - sum(shown.values()) if hidden else 0
    elif hidden:
        return None
    else:
        most_hidden = 0
    best = max(shown.values())
    top = [index for index, number in shown.items() if number == best]
    if len(top) != 1 or best <= most_hidden or counts[top[0]] != best:
        return None
    return top[0]


def option_labels(poll: Poll) -> list[str]:
    """The options as stored: the worker's words (the face scale's labels are translated where shown)."""
    if poll.kind == PollKind.FACES:
        return [str(index) for index in range(FACES)]
    return list(poll.options)


def words_to_review(poll: Poll) -> list[PollAnswer]:
    return list(
        db.session.scalars(
            select(PollAnswer)
            .where(PollAnswer.poll_id == poll.id, PollAnswer.word.is_not(None))
            .order_by(PollAnswer.word, PollAnswer.id)
        )
    )


def send_word_to_safeguarding(poll: Poll, answer_id: uuid.UUID, user_id: uuid.UUID) -> SafeguardingCase | None:
    """A worker saw a worry in a word the screen let through: it goes to the safeguarding queue marked "found by a
    person" and is never shown (even if it was). None for a word already sent, or no word."""
    row = db.session.scalar(select(PollAnswer).where(PollAnswer.id == answer_id, PollAnswer.poll_id == poll.id))
    if row is None or not row.word or row.word_state in (None, WordState.FLAGGED):
        return None
    row.word_state = WordState.FLAGGED
    case = words_case(poll.organisation_id, POLL_QUESTION_KEY, row.word, (), None, poll_id=poll.id)
    case.found_by_person = True
    case.opened_by_id = user_id
    db.session.add(case)
    db.session.flush()
    return case


def words_not_to_show(poll: Poll, words: Sequence[PollAnswer]) -> dict[uuid.UUID, str]:
    """Of a poll's words, those that may name someone or say how to reach them (a phone number, an email address, a
    name, a school, a home...), each with what it may have, named for the worker: the check quotes pass before
    approval (``analysis.models.may_point_to_someone``). A word goes on the projector as it was written, so one of
    these is never shown (the outside review put "07700900123" on the projector with one click)."""
    known = known_places(poll.organisation_id)
    return {row.id: kinds for row in words if row.word and (kinds := may_point_to_someone(row.word, known))}


def why_not_shown(poll: Poll, answer_id: uuid.UUID) -> str:
    """What a word of the poll may have that keeps it off the projector (``words_not_to_show``), or ""."""
    row = db.session.scalar(select(PollAnswer).where(PollAnswer.id == answer_id, PollAnswer.poll_id == poll.id))
    return words_not_to_show(poll, [row]).get(row.id, "") if row is not None else ""


def decide_word(poll: Poll, answer_id: uuid.UUID, show: bool) -> bool:
    """Approve a word for the projector, or hide it; either reads it (``unread_words``). A flagged word stays
    flagged: it is never shown; nor is a word that may point to someone (``words_not_to_show``) or one sent after
    the poll closed (``keep_late_word``), however the request was made."""
    row = db.session.scalar(select(PollAnswer).where(PollAnswer.id == answer_id, PollAnswer.poll_id == poll.id))
    if row is None or row.word_state in (None, WordState.FLAGGED):
        return False
    if show and (row.late or words_not_to_show(poll, [row])):
        return False
    row.word_state = WordState.APPROVED if show else WordState.HIDDEN
    return True


def words_due(poll: Poll, row: PollAnswer) -> datetime:
    """By when a person decides on (reads) a word: one working day from the hour it arrived, as every word typed in
    a room is promised, whatever the council chose for survey comments (``sessions.ROOM_READ_WITHIN``). A word kept
    before arrival hours were kept is due from the hour its poll was made."""
    arrived = row.arrived_at or poll.created_at.replace(minute=0, second=0, microsecond=0)
    return add_working_days(arrived if arrived.tzinfo else arrived.replace(tzinfo=UTC), sessions.ROOM_READ_WITHIN)


@dataclass(frozen=True)
class UnreadWord:
    answer: PollAnswer
    poll: Poll
    due: datetime

    @property
    def overdue(self) -> bool:
        return self.due < utcnow()


def unread_words(organisation_id: uuid.UUID | None = None, poll_id: uuid.UUID | None = None) -> list[UnreadWord]:
    """Words young people typed in one-word polls that no person has decided on yet (shown, hidden or sent to the
    safeguarding lead), late ones included, oldest deadline first. A flagged word is in the safeguarding queue with
    its own clock."""
    query = (
        select(PollAnswer, Poll)
        .join(Poll, Poll.id == PollAnswer.poll_id)
        .where(PollAnswer.word_state == WordState.WAITING)
    )
    if organisation_id is not None:
        query = query.where(PollAnswer.organisation_id == organisation_id)
    if poll_id is not None:
        query = query.where(PollAnswer.poll_id == poll_id)
    found = [UnreadWord(row, poll, words_due(poll, row)) for row, poll in db.session.execute(query).all()]
    return sorted(found, key=lambda item: (item.due, str(item.answer.id)))


def unread_word_count(organisation_id: uuid.UUID) -> int:
    """How many of ``unread_words`` there are, counted by the database (the console's first page shows it)."""
    found = db.session.scalar(
        select(func.count()).where(
            PollAnswer.organisation_id == organisation_id, PollAnswer.word_state == WordState.WAITING
        )
    )
    return int(found or 0)


def escalate_waiting_words(now: datetime | None = None) -> int:
    """Tell the participation workers (the organisation admins where there are none) about words young people typed
    in one-word polls still waiting for a person past their deadline (``words_due``): one email per poll each time
    it runs, never with the words; each word is escalated once, so a word that came in after an escalation is
    escalated in its turn. Returns how many words were escalated."""
    now = now or utcnow()
    late: dict[uuid.UUID, list[PollAnswer]] = {}
    polls: dict[uuid.UUID, Poll] = {}
    for item in unread_words():
        if item.answer.escalated_at is None and item.due < now:
            late.setdefault(item.poll.id, []).append(item.answer)
            polls[item.poll.id] = item.poll
    for poll_id, rows in late.items():
        poll = polls[poll_id]
        link = absolute(f"/staff/polls/{poll.id}")
        body = (
            f"{len(rows)} word(s) young people typed in a live poll have not been read (approved or hidden) within "
            f"one working day, as they were promised. Sign in to Heard and read them: {link}\n\n"
            "This email does not contain what they wrote."
        )
        for user in first_with(poll.organisation_id, (Role.PARTICIPATION_WORKER, Role.ORGANISATION_ADMIN)):
            send(
                to=user.email,
                kind="unread-poll-words",
                organisation_id=poll.organisation_id,
                subject="Heard: words young people typed in a live poll are waiting to be read",
                body=body,
            )
        for row in rows:
            row.escalated_at = now
        audit.record(
            "unread-poll-words-escalated", organisation_id=poll.organisation_id, subject=str(poll.id), count=len(rows)
        )
    db.session.flush()
    return sum(len(rows) for rows in late.values())


# --- retention --------------------------------------------------------------------------------------------------------


def ended_on(poll: Poll) -> date:
    """When a poll ended: the day it was closed, or, for one left open, the day it was last answered or changed
    (every answer takes the figures again, which touches the poll)."""
    return poll.updated_at.date()


@dataclass
class Expired:
    """A poll past the poll retention period, and what the purge removes from it."""

    poll: Poll
    expired_on: date
    answers: int
    words: int


def expired(today: date, days: int, organisation_id: uuid.UUID | None = None) -> list[Expired]:
    """Every poll whose answers have passed the poll retention period (``days`` after it ended) by ``today`` and
    still has answers to remove."""
    counts = (
        select(
            PollAnswer.poll_id,
            func.count().label("answers"),
            func.count(PollAnswer.word).label("words"),
        )
        .group_by(PollAnswer.poll_id)
        .subquery()
    )
    query = select(Poll, counts.c.answers, counts.c.words).join(counts, counts.c.poll_id == Poll.id)
    if organisation_id is not None:
        query = query.where(Poll.organisation_id == organisation_id)
    found = []
    for poll, answers, words in db.session.execute(query.order_by(Poll.created_at, Poll.id)).all():
        until = ended_on(poll) + timedelta(days=days)
        if until <= today:
            found.append(Expired(poll, until, int(answers), int(words or 0)))
    return found


def purge(items: Sequence[Expired], on: date) -> None:
    """Delete every answer of each expired poll, words included: what stays is the poll's question and the figures
    as they were last shown (for a word poll, how many answered, as taken: ``take_figures``), suppressed as before.
    A poll left open is closed, so no phone answers a poll that has forgotten who answered. A word's safeguarding
    case holds the word itself: an open case keeps it until a safeguarding lead closes it (``keeping.closing``), a
    closed one loses it now."""
    for item in items:
        poll = item.poll
        poll.status = PollStatus.CLOSED
        for case in db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)):
            if case.removal is None:
                case.removal, case.removed_on = Removal.RETENTION_PURGE, on
            keeping.closing(case)
        db.session.execute(delete(PollAnswer).where(PollAnswer.poll_id == poll.id))
    db.session.flush()
