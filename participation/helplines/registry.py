"""Which helplines fit which reader, and how a phone number is written and dialled. No database here: the council's
own numbers come from ``services``; everything else is fixed.

Childline is for under-19s, so children's bands get Childline; care leavers (18–25) and parents and carers get
Samaritans and Shout instead (and parents the NSPCC's line for adults worried about a child). 999 is for everyone.
Every sentence takes the number as a placeholder, so no translation ever holds a number (TRUST.md, Safeguarding)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString
from markupsafe import Markup, escape

from participation.surveys.models import AgeBand

CHILDREN = frozenset({AgeBand.EARLY_YEARS.value, AgeBand.CHILDREN.value, AgeBand.TEENAGERS.value})
ADULTS = frozenset({AgeBand.CARE_LEAVERS.value, AgeBand.PARENTS_CARERS.value})
EVERY_BAND = CHILDREN | ADULTS
YOUNGEST = AgeBand.EARLY_YEARS.value

# What an admin may type: digits and spaces, with an optional + at the start; 3 to 15 digits (E.164 allows 15).
_PHONE = re.compile(r"\+?[0-9]+(?: [0-9]+)*")
MIN_DIGITS, MAX_DIGITS = 3, 15


@dataclass(frozen=True)
class Helpline:
    key: str
    number: str
    bands: frozenset[str]
    short: LazyString
    sentence: LazyString
    young_sentence: LazyString | None = None
    # A text-message service (Shout): the word to send. The link opens a text message instead of a call.
    keyword: str = ""
    group: str = "everyone"

    @property
    def href(self) -> str:
        return sms_href(self.number, self.keyword) if self.keyword else tel_href(self.number)

    def says(self, link: Markup, band: str | None = None) -> Markup:
        """The full sentence in the reader's language, the number (a link the caller built) in its place."""
        text = self.young_sentence if band == YOUNGEST and self.young_sentence is not None else self.sentence
        return escape(str(text)) % {"number": link, "keyword": self._keyword()}

    def says_briefly(self, link: Markup) -> Markup:
        """ "Childline (under 19): 0800 1111": for posters, cards and the reminder beside a text box."""
        return escape(str(self.short)) % {"number": link, "keyword": self._keyword()}

    def _keyword(self) -> Markup:
        # The word to text is sent as it is, in English, whatever the page's language and direction.
        return Markup('<bdi lang="en" dir="ltr">{}</bdi>').format(self.keyword)


@dataclass(frozen=True)
class CouncilLine:
    """A kind of number each council sets for itself, and who sees it."""

    kind: str
    label: LazyString
    bands: frozenset[str]
    short: LazyString
    sentence: LazyString

    def with_number(self, number: str) -> Helpline:
        return Helpline(self.kind, number, self.bands, self.short, self.sentence, group="council")


EMERGENCY = Helpline(
    "emergency", "999", EVERY_BAND, _l("Emergency: %(number)s"), _l("In an emergency, call %(number)s.")
)

NATIONAL: tuple[Helpline, ...] = (
    EMERGENCY,
    Helpline(
        "childline",
        "0800 1111",
        CHILDREN,
        _l("Childline (under 19): %(number)s"),
        _l(
            "Call Childline on %(number)s. It is free and private for anyone under 19, and it will not show on "
            "the phone bill."
        ),
        young_sentence=_l("You can call Childline on %(number)s. It is free."),
        group="under-19",
    ),
    Helpline(
        "samaritans",
        "116 123",
        ADULTS,
        _l("Samaritans: %(number)s"),
        _l("Call Samaritans on %(number)s, free, day or night."),
        group="adults",
    ),
    Helpline(
        "shout",
        "85258",
        ADULTS,
        _l("Shout: text %(keyword)s to %(number)s"),
        _l("Text %(keyword)s to %(number)s to talk to someone at Shout by text message, free, day or night."),
        keyword="SHOUT",
        group="adults",
    ),
    Helpline(
        "nspcc",
        "0808 800 5000",
        frozenset({AgeBand.PARENTS_CARERS.value}),
        _l("NSPCC (worried about a child): %(number)s"),
        _l("Worried about a child? Call the NSPCC on %(number)s for advice."),
        group="worried-about-a-child",
    ),
)

COUNCIL_LINES: tuple[CouncilLine, ...] = (
    CouncilLine(
        "emergency-duty-team",
        _l("Emergency duty team"),
        EVERY_BAND - {YOUNGEST},
        _l("Council emergency duty team (evenings and weekends): %(number)s"),
        _l("When the council’s offices are closed, call its emergency duty team on %(number)s."),
    ),
    CouncilLine(
        "leaving-care-team",
        _l("Leaving care team"),
        frozenset({AgeBand.CARE_LEAVERS.value}),
        _l("Leaving care team: %(number)s"),
        _l("Call your leaving care team on %(number)s."),
    ),
    CouncilLine(
        "advocacy",
        _l("Advocacy service"),
        EVERY_BAND - {YOUNGEST},
        _l("Advocacy service: %(number)s"),
        _l(
            "An advocate can help you say what you want and make sure you are listened to. Call the "
            "advocacy service on %(number)s."
        ),
    ),
)
COUNCIL_KINDS = tuple(line.kind for line in COUNCIL_LINES)

# The help page and a poster for everyone: national lines under a heading that says whom each is for.
GROUP_HEADINGS: dict[str, LazyString] = {
    "everyone": _l("If you or someone else is in danger"),
    "under-19": _l("If you are under 19"),
    "adults": _l("If you are 19 or over"),
    "worried-about-a-child": _l("If you are worried about a child"),
    "council": _l("Your council"),
}


@dataclass(frozen=True)
class HelpGroup:
    key: str
    heading: LazyString
    lines: list[Helpline] = field(default_factory=list)


def lines_for(band: str | None, council_numbers: dict[str, str]) -> list[Helpline]:
    """The helplines for a reader in ``band`` (every line when the band is not known, as on a poster for everyone):
    999 first, then the national lines for that audience, then the council's own numbers that fit it."""

    def wanted(bands: frozenset[str]) -> bool:
        return band in bands if band in EVERY_BAND else True

    found = [line for line in NATIONAL if wanted(line.bands)]
    found += [
        kind.with_number(council_numbers[kind.kind])
        for kind in COUNCIL_LINES
        if council_numbers.get(kind.kind) and wanted(kind.bands)
    ]
    return found


def grouped(lines: list[Helpline]) -> list[HelpGroup]:
    groups: dict[str, HelpGroup] = {}
    for line in lines:
        groups.setdefault(line.group, HelpGroup(line.group, GROUP_HEADINGS[line.group])).lines.append(line)
    return list(groups.values())


# --- numbers ---------------------------------------------------------------------------------------------------------


def normalise_number(typed: str) -> str:
    """A number as people read it: spaces kept where they were typed (runs of them made one), nothing else changed."""
    return " ".join(typed.split())


def number_problem(typed: str) -> LazyString | None:
    """Why a typed phone number cannot be used, in words for the admin who typed it; None if it is fine."""
    number = normalise_number(typed)
    if not _PHONE.fullmatch(number):
        return _l("Enter a phone number using only digits and spaces, with a + only at the start")
    digits = sum(character.isdigit() for character in number)
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        return _l("Enter a phone number with between 3 and 15 digits")
    return None


def tel_href(number: str) -> str:
    """``tel:`` in international form where the number is a full UK one (0300 123 4567 → tel:+443001234567); short
    numbers (999, 116 123) stay as they are, since they cannot be dialled with a country code."""
    digits = "".join(character for character in number if character.isdigit())
    if number.startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("00"):
        return f"tel:+{digits[2:]}"
    if digits.startswith("0") and len(digits) >= 8:
        return f"tel:+44{digits[1:]}"
    return f"tel:{digits}"


def sms_href(number: str, keyword: str) -> str:
    """A text message with its first word filled in (RFC 5724): sms:85258?body=SHOUT."""
    digits = "".join(character for character in number if character.isdigit())
    return f"sms:{digits}?body={keyword}"
