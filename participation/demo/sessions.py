"""The demo's sessions: a year of monthly meetings of its two forums, with attendance by age band, the topics the
young people chose and a few notes of what they said; and the year's recruitment panels, takeovers and inspections,
so the participation summary has figures to show (and some to suppress)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from participation.demo.boards import months_from
from participation.distribution.models import Group
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.sessions import services as sessions
from participation.sessions.models import ActivityKind, GroupSession, NoteSource

COUNCIL = "Voices Together (children in care council)"
FORUM = "Care Leavers Forum"

# Topics the young people chose, month by month (a year, oldest first), in their words.
TOPICS = [
    ["Family time venues", "Pocket money"],
    ["Changes of social worker", "Summer activities"],
    ["Words we want staff to stop using"],
    ["Family time venues", "School and exclusions"],
    ["Getting online", "Phones and data"],
    ["Housing options", "Staying put"],
    ["Christmas and holidays", "Family time venues"],
    ["Knowing your rights", "How to complain"],
    ["Money and budgeting", "Driving lessons"],
    ["Mental health support", "Dentists"],
    ["Changes of social worker", "Being heard in reviews"],
    ["What the board should hear", "Pocket money"],
]
# Tonight's forum (its poll is "One word for moving into your first flat").
TONIGHT = ["Moving into your first flat"]

NOTES = {
    COUNCIL: [
        ("the family time room is made for little kids, not teenagers", True),
        ("stop calling my house a placement", True),
        ("I've had four social workers this year", False),
        ("I want to see my little brother more", True),
    ],
    FORUM: [
        ("my PA is who I ring first", True),
        ("nobody explained my housing options", True),
        ("the leaving care grant does not go far enough", False),
        ("I couldn't get online in lockdown", True),
    ],
}

# Notes a worker has approved for quoting (their writers agreed): the board's summary shows them "in their words".
QUOTED = {"I want to see my little brother more", "I couldn't get online in lockdown", "my PA is who I ring first"}

ACTIVITIES = [
    (ActivityKind.RECRUITMENT_PANEL, 2, 3, "Interview panel for a new head of children in care"),
    (ActivityKind.RECRUITMENT_PANEL, 7, 4, "Interview panel for personal advisers"),
    (ActivityKind.TAKEOVER, 4, 14, "Takeover day at the council offices"),
    (ActivityKind.INSPECTION, 9, 6, "Young inspectors visited two children's homes"),
    (ActivityKind.OTHER, 11, 8, "Young people presented to the corporate parenting board"),
]


def _attendance(group: str, month: int) -> dict[str, int]:
    """Made up, steady and varied: the council is mostly 12 to 17 with a few younger members; the forum care
    leavers, with the odd 17-year-old about to leave care."""
    if group == COUNCIL:
        return {"8-11": (month * 3) % 5 + 1, "12-17": 8 + (month * 5) % 7}
    return {"12-17": month % 3, "care-leavers": 6 + (month * 4) % 9}


def load_sessions(organisation: Organisation, today: date) -> int:
    """A session of each forum in each of the twelve months before ``today``, with notes on some, tonight's forum
    with no attendance yet, and the year's activity. Does nothing when the organisation has sessions already.
    Returns how many sessions were created."""
    if db.session.scalar(
        select(func.count()).select_from(GroupSession).where(GroupSession.organisation_id == organisation.id)
    ):
        return 0
    groups = {
        group.name: group
        for group in db.session.scalars(
            select(Group).where(Group.organisation_id == organisation.id, Group.name.in_([COUNCIL, FORUM]))
        )
    }
    created = 0
    for name, group in sorted(groups.items()):
        for month, topics in enumerate(TOPICS):
            held_on = months_from(today, month - 12).replace(day=10 if name == COUNCIL else 17)
            row = sessions.create_session(
                organisation.id,
                group.id,
                held_on,
                "The young people, with the participation team",
                topics,
                _attendance(name, month),
            )
            created += 1
            if month % 3 == 0:
                text, consent = NOTES[name][month // 3]
                source = NoteSource.YOUNG_PERSON if month % 2 else NoteSource.WORKER
                note = sessions.add_note(row, text, source, consent, "en")
                if text in QUOTED:
                    sessions.decide_quote(note, approve=True, text=text, user_id=None)
    # Tonight's forum, recorded before anyone has come: its attendance is added afterwards (its "change" page).
    if FORUM in groups:
        sessions.create_session(
            organisation.id, groups[FORUM].id, today, "The young people, with the participation team", TONIGHT, {}
        )
        created += 1
    for kind, months_ago, young_people, description in ACTIVITIES:
        sessions.add_activity(organisation.id, kind, months_from(today, -months_ago), young_people, description)
    db.session.flush()
    return created
