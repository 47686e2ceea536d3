"""Where young people said what a "we did" action answers, in workers' and board members' words: the staff pages and
the board pack name each action's source the same way. (The young people's words for it are in ``public``.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _

from participation.boards.models import ActionSource
from participation.boards.services import Said
from participation.distribution.models import GroupKind, may_be_named
from participation.polls import services as polls
from participation.polls.answering import FACE_LABELS
from participation.polls.models import Poll, PollKind
from participation.titles import staff_title


def month(day: date) -> str:
    """A month and year, never a day: what was said is dated no finer than that (TRUST.md)."""
    return str(format_date(day, "LLLL yyyy"))


def where(said: Said, threshold: int | None = None) -> str:
    """The source of an action: "Session of Care Leavers Forum, March 2026". Given the suppression ``threshold``
    (the board pack, whose papers are often published), a group is named only where a quote from it may name it
    (``distribution.models.may_be_named``: a forum or council big enough); a children's home or a school is said by
    its kind, as quotes say it (third outside review)."""
    when = month(said.month) if said.month else ""
    if threshold is not None and said.group and not said.gone:
        if not may_be_named(said.group_kind, said.group_size, threshold):
            if said.source == ActionSource.SESSION:
                return by_kind(said.group_kind, when)
            said = replace(said, group="")
    if said.source == ActionSource.SURVEY:
        if said.consultation is None:
            return str(_("Survey"))
        return str(_("Survey: %(title)s", title=staff_title(said.consultation)))
    if said.source == ActionSource.SESSION:
        if said.gone or not said.group:
            return str(_("A session, %(month)s (its record has since been deleted)", month=when))
        return str(_("Session of %(group)s, %(month)s", group=said.group, month=when))
    if said.source == ActionSource.POLL:
        if said.gone or said.poll is None:
            return str(_("A live poll, %(month)s (since deleted)", month=when))
        if said.group:
            return str(
                _(
                    "Live poll “%(question)s” at %(group)s, %(month)s",
                    question=said.poll.question,
                    group=said.group,
                    month=when,
                )
            )
        return str(_("Live poll “%(question)s”, %(month)s", question=said.poll.question, month=when))
    return str(_("The board, %(month)s", month=when)) if when else str(_("The board"))


def by_kind(kind: str, when: str) -> str:
    """A group that may not be named (a session's, a poll's), said by its kind, as a quote from it is."""
    if kind == GroupKind.CHILDRENS_HOME:
        return str(_("At a children’s home group, %(month)s", month=when))
    if kind == GroupKind.SCHOOL:
        return str(_("At a school group, %(month)s", month=when))
    return str(_("At a group, %(month)s", month=when))


def poll_result(poll: Poll, threshold: int) -> list[str]:
    """A poll's result as anyone may see it (``polls.services.results``: the figures last taken, each suppressed),
    in lines of words: what an action made from the poll starts from. Never a figure the projector would not show."""
    found = polls.results(poll, threshold)
    if not found.enough:
        return [str(_("No result shown: fewer than %(threshold)s people answered.", threshold=threshold))]
    lines = [str(_("Answers: %(count)s", count=found.total))]
    if poll.kind == PollKind.WORD:
        if found.words:
            lines.append(str(_("Words shown: %(words)s", words=", ".join(found.words))))
        return lines
    if found.leader is not None:
        # Named only where the figures shown prove it (``polls.services.leader``), as on the projector.
        leader = str(FACE_LABELS[int(found.leader)]) if poll.kind == PollKind.FACES else found.leader
        if poll.kind == PollKind.RANK:
            lines.append(str(_("Ranked first most often: %(option)s", option=leader)))
        else:
            lines.append(str(_("Most chosen: %(option)s", option=leader)))
    for row in found.rows:
        label = str(FACE_LABELS[int(row.label)]) if poll.kind == PollKind.FACES else row.label
        lines.append(f"{label}: {row.cell}")
    return lines
