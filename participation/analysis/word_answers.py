"""A stricter screen for a live poll's word answer, on top of the comment screen (never instead of it).

A comment gives its words context: "cutting" in "cutting my hair short" or "ending it" in "ending it early was
better" are nothing to worry about, so the comment screen does not flag them alone. A word answer to a question asked
in a room has no context at all: "cutting" or "ending it", as the whole answer, may be the one way a young person in
that room dares to say it. So the whole answer (a few words at most), in ordinary spelling, misspelt or cut short as
typed on a phone, is compared with short forms of self-harm and suicide; one that matches goes to a person to read.
Only the whole answer counts: "cutting hair", "the ending" or "budget cuts" are ordinary answers and stay so.

Words that are ordinary slang as a lone answer in Britain ("hanging" for disgusting, "dead" for very or boring,
"ending" as in a film's) are left out on purpose: the comment screen still reads them in a sentence.

Plain Python, no Flask and no database (the import-linter contract "pure-text").
"""

from __future__ import annotations

import re

from participation.analysis.normalise import tokens, unmask

# More words than this is a sentence, which the comment screen reads with its context.
MAX_WORDS = 4

# The short form each lone answer is filed under (shown to the safeguarding lead as the flagged words), then the
# spellings of it as typed: in full, with the g dropped, with a letter missed, in text-speak.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "cutting (self-harm)": (
        "cutting",
        "cuttin",
        "cuting",
        "cutin",
        "cutting again",
        "cut again",
        "still cutting",
        "self cutting",
    ),
    "ending it (suicide)": (
        "ending it",
        "endin it",
        "end it",
        "end it all",
        "ending it all",
        "endin it all",
        "end things",
        "ending things",
        "end my life",
        "ending my life",
        "end me",
    ),
    "wanting to die": (
        "die",
        "dying",
        "wanna die",
        "want die",
        "wana die",
        "i wanna die",
        "let me die",
        "kill me",
        "just kill me",
        "better off dead",
        "wish i was dead",
        "wish i were dead",
    ),
    "not being here (suicide)": (
        "not be here",
        "not being here",
        "not here anymore",
        "not here any more",
        "disappear",
        "disappear forever",
        "never wake up",
        "not wake up",
    ),
    "no point (hopelessness)": (
        "no point",
        "whats the point",
        "what is the point",
        "pointless",
        "hopeless",
        "give up",
        "giving up",
        "gave up",
    ),
    "overdose or pills": (
        "pills",
        "od",
        "oding",
        "taking pills",
        "all the pills",
        # An amount of tablets, with no verb ("tablets" alone is the computer a youth club asks for).
        *(
            f"{amount} {tablets}"
            for amount in ("loads of", "load of", "loadsa", "lots of", "a lot of", "all my", "all the", "too many")
            for tablets in ("pills", "tablets", "tabs", "meds", "painkillers")
        ),
    ),
    "rape or sexual assault": (
        "raped",
        "graped",
        "grapped",
        "rape",
        "got raped",
        "got graped",
        "been raped",
        "been graped",
        "sexually assaulted",
        "got sexually assaulted",
    ),
    "starving (self-harm)": ("starving myself", "not eating", "stop eating", "starve myself"),
}

_LONE: dict[str, str] = {spelling: term for term, spellings in SHORT_FORMS.items() for spelling in spellings}
# "cuttinggg", "dieee": letters held down on a phone keyboard count once more than they need to.
_HELD = re.compile(r"(\w)\1{2,}")


def _key(words: list[str]) -> str:
    return " ".join(_HELD.sub(r"\1\1", word) for word in words)


def lone_terms(answer: str) -> tuple[str, ...]:
    """The short form the whole ``answer`` is, if it is one (empty for anything else, a sentence included)."""
    words = tokens(unmask(answer))  # "d!e", "r*ped": masked to get past a filter
    if not words or len(words) > MAX_WORDS:
        return ()
    for key in {_key(words), _key([_HELD.sub(r"\1", word) for word in words])}:
        if key in _LONE:
            return (_LONE[key],)
    return ()
