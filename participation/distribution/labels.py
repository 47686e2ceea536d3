"""What a group is called beside its figures where its name may not be read: every table, filter and download of the
board packs (often published as board papers, for everyone who reads them) and every staff page read by someone
who does not build consultations (a board member). The one place these labels are made.

A group is named there only where a quote from it may name it (``models.may_be_named``: a forum or council of at least
the suppression threshold); any other is called by its kind: a children's home's name says where a few children in
care live (the fifth outside review found "Oak House 6 5 83.3%" on a board member's page and in every pack).

Several of one kind are told apart by a letter, given across all the organisation's groups (so "Children's home group
A" is the same home in every table, every pack, every period and on the live view) in the order of their ids: random
(``uuid4``), so the letter says nothing of a group's name, of where it sits in the alphabet or of when it was added
(groups are often typed in from an alphabetical list). A group added or removed may move the letters of others of
its kind: a letter is a label for the papers of one day, never an identifier."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.distribution.models import Group, GroupKind, may_be_named

# A group that may not be named, said by its kind. A children's home and a school are said as "group", as a quote
# from one is attributed ("At a children's home group"), so a row never reads as the home itself.
KIND_LABELS = {
    GroupKind.CHILDREN_IN_CARE_COUNCIL: _l("Children in care council"),
    GroupKind.CARE_LEAVERS_FORUM: _l("Care leavers forum"),
    GroupKind.PARENTS_AND_CARERS: _l("Parents and carers"),
    GroupKind.CHILDRENS_HOME: _l("Children’s home group"),
    GroupKind.SCHOOL: _l("School group"),
    GroupKind.OTHER: _l("Other group"),
}

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter(place: int) -> str:
    """A, B, ... Z, AA, AB, ...: the ``place``-th (from 0) distinguisher."""
    found = ""
    place += 1
    while place:
        place, rest = divmod(place - 1, len(ALPHABET))
        found = ALPHABET[rest] + found
    return found


def group_labels(groups: Iterable[Group], threshold: int, *, real_names: bool = False) -> dict[uuid.UUID, str]:
    """The label of each of ``groups`` (all the organisation's, so every surface gives a group the same label): its
    name where it may be named (``models.may_be_named``) or where ``real_names`` (a worker who builds consultations,
    on their own staff pages; never a pack), else its kind, with a letter where several of ``groups`` that may not be
    named are of that kind ("Children's home group A")."""
    labels: dict[uuid.UUID, str] = {}
    unnamed: dict[GroupKind, list[Group]] = {}
    for group in {item.id: item for item in groups}.values():
        if real_names or may_be_named(group.kind, group.cohort_size, threshold):
            labels[group.id] = group.name
        else:
            unnamed.setdefault(GroupKind(group.kind), []).append(group)
    for kind, alike in unnamed.items():
        name = str(KIND_LABELS[kind])
        if len(alike) == 1:
            labels[alike[0].id] = name
            continue
        for place, group in enumerate(sorted(alike, key=lambda item: item.id)):
            labels[group.id] = str(_("%(kind)s %(letter)s", kind=name, letter=letter(place)))
    return labels
