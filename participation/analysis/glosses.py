"""The English meaning each word list already gives its safeguarding words, for a reader who does not know the language
("يضربني" is listed under "physical abuse"). No Flask, no database.

Nothing here is a new translation. A word list says what its entries mean in three ways, and a gloss is read from
whichever holds the flagged term:

- a disclosure pattern (SAFEGUARDING) sits under an English heading comment in its list ("# physical abuse",
  "# Threats tied to telling.", "# Forced marriage."): the nearest heading above it, read from the module's source;
  notes about how the list was built ("Added after measuring the second set", "stems: ...") are not headings;
- a weak signal (WEAK_SIGNALS) is listed under a named group ("hiding", "carer-state"), the same groups in every
  language (``participation.analysis.screening``);
- a cry for help (CRIES) and a safe statement said with a negator ("not" + SAFE_STATEMENTS) are what their list is.

A term no list explains gets no gloss, and the page says so rather than guess.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache

from participation.analysis import lexicon
from participation.analysis.normalise import fold
from participation.languages import SOURCE

# What each weak-signal group stands for (the group names are the screen's, in every language's list).
WEAK_GROUPS: dict[str, str] = {
    "absent": "an adult away for days",
    "age": "a young age",
    "alone": "being alone",
    "broke": "no money",
    "carer-state": "the adult drunk, high or not getting up",
    "caring": "looking after younger children",
    "carrying": "carrying or keeping things for others",
    "chores": "made to do housework",
    "coerce": "being pressured",
    "control": "being controlled or told to",
    "death": "dying",
    "distress": "distress",
    "duration": "how long it has gone on",
    "ending": "ending their life",
    "extreme": "extremist ideas",
    "fear": "fear",
    "fgm": "FGM (cutting)",
    "fgm-topic": "FGM (cutting)",
    "fight": "fighting",
    "flattery": "flattery",
    "gifts": "gifts or money",
    "girl": "a girl",
    "hiding": "hiding",
    "hopeless": "hopelessness",
    "hunger": "hunger",
    "images": "pictures or videos",
    "injury": "injuries or marks",
    "insist": "being made to",
    "intrusion": "someone coming into their room or bathroom",
    "join": "joining a group",
    "kin": "a relative or family friend",
    "kiss": "a kiss",
    "leaving": "leaving or being thrown out",
    "marriage": "marriage",
    "medical": "a doctor or nurse",
    "meet": "wanting to meet",
    "missing": "going missing",
    "money-owed": "owing money",
    "must": "having to",
    "need": "going without",
    "night": "at night",
    "older-people": "older people or strangers",
    "ordinary": "an ordinary reason",
    "papers": "papers or passport",
    "party": "parties",
    "pickup": "being picked up",
    "pills": "pills",
    "plea": "asking for help",
    "reluctant": "not wanting to go or stay",
    "restriction": "not allowed out, kept from school, made to work all day or not paid",
    "secrecy": "keeping it secret",
    "self": "themselves",
    "selfhurt": "hurting themselves",
    "serve": "servitude",
    "squalor": "a home in a bad state",
    "staff": "a member of staff or a carer",
    "temper": "an adult's temper",
    "threat": "threats",
    "travel": "travel abroad",
    "unwilling": "not wanting to go to someone's",
    "weapon": "a weapon",
    "wish": "wishing or planning",
}
CRY = "a cry for help"
SAFE = "feeling safe"
NOT = "not"
# Comments in a list that say how it was made, not what its words mean.
_NOTES = re.compile(
    r"^(every language|stems?\b|patterns?\b|the key\b|start at\b|comments? detected|arabizi:|roman.urdu\b|weight\b|"
    r"never listed)",
    re.IGNORECASE,
)
# Notes that start a new part of a list ("Added after measuring the second set", "dev3 ..."): the heading above
# them no longer holds.
_NEW_PART = re.compile(
    r"^(added\b|a (second|third|fourth|fifth|sixth|seventh) round|dev\d|kind-level|broad topic)", re.IGNORECASE
)
_STATEMENT = re.compile(r"^([A-Z_]+)\b")
# A string literal on a line of a list, or the comment that ends the line.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|#.*$')
_NON_LATIN = re.compile(r"[^\x00-\x7f‘’“”–—…]")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_WORD_NOTES = (" only", " alone", " means ", "figure of speech", "loses its")
_TRAILING_NOTE = re.compile(
    r"(;|,|:)? ?(and )?(in more dialects|with the common prefixes and vowels|singular forms|more spellings of .*|"
    r"more verbs with .*)\.?$",
    re.IGNORECASE,
)
_SCRIPT_NOTE = re.compile(r",? in (both scripts|arabic script( and arabizi)?|arabizi|roman urdu)( too)?", re.IGNORECASE)


@dataclass(frozen=True)
class Gloss:
    """A flagged term and the English meaning its word list gives it (None: no list explains it)."""

    term: str
    meaning: str | None
    # The language whose list holds the term ("en": no gloss is needed).
    language: str | None = None

    @property
    def needs_gloss(self) -> bool:
        return self.language not in (None, SOURCE)


def heading(comment: str) -> str | None:
    """The English meaning in a heading comment, or None when the comment is a note about the list: each sentence
    that is a note, or quotes words of the list's own script, is dropped, and so are brackets and "in Arabizi"."""
    text = _PARENTHESES.sub("", comment).strip().strip("-").strip()
    kept = []
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z\"])", text):
        sentence = sentence.strip()
        if not sentence or _NOTES.match(sentence) or _NEW_PART.match(sentence) or _NON_LATIN.search(sentence):
            continue
        if _about_a_word(sentence):
            continue
        kept.append(sentence)
    if not kept:
        return None
    meaning = _TRAILING_NOTE.sub("", _SCRIPT_NOTE.sub("", " ".join(kept))).strip().strip("-").strip()
    meaning = meaning.rstrip(".;,").strip()
    return meaning[:1].lower() + meaning[1:] if meaning[:2] != meaning[:2].upper() else meaning


def _about_a_word(sentence: str) -> bool:
    """A note on when a quoted word counts ("\"fy lladd\" only as a threat", "\"kill me if\" only when ..."), not a
    meaning ("\"I want to die\" and ...")."""
    return sentence.startswith('"') and (
        sentence.rstrip().endswith(",") or any(word in sentence for word in _WORD_NOTES)
    )


@cache
def headings(language: str) -> dict[str, str]:
    """Each SAFEGUARDING entry of one language's list -> the heading it sits under (entries under none are left
    out). Read from the module's source, a line at a time (the lists are formatted one statement per column-0 line,
    entries indented): a comment block inside the list starts a heading; a comment block just before
    ``SAFEGUARDING += [`` heads what follows; a note on how the list was made ("Added after measuring ...") ends the
    heading above it, any other note leaves it in force."""
    found: dict[str, str] = {}
    target: str | None = None  # the name the statement now being read assigns to
    current: str | None = None
    block: list[str] = []  # consecutive comment lines
    for line in lexicon.source_of(language).splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("#").strip())
            continue
        if not stripped:
            continue
        top_level = not line[0].isspace() and stripped[0] not in ")]}"
        comment, block = " ".join(block), []
        if top_level:
            statement = _STATEMENT.match(line)
            target = statement.group(1) if statement else None
            current = heading(comment) if comment else None
        elif comment and ((meaning := heading(comment)) is not None or _NEW_PART.match(comment)):
            current = meaning
        if target == "SAFEGUARDING" and current is not None:
            for literal in _STRING.finditer(line):
                if literal.group().startswith("#"):
                    break  # a comment after the entries
                found.setdefault(ast.literal_eval(literal.group()), current)
    return found


@cache
def _index() -> dict[str, list[tuple[str, str]]]:
    """Every listed term (folded as the screen reports it) -> (language, meaning) for each list that holds it."""
    index: dict[str, list[tuple[str, str]]] = {}

    def add(term: str, language: str, meaning: str) -> None:
        index.setdefault(term, []).append((language, meaning))
        if (folded := fold(term)) != term:
            # Spellings the screen treats alike ("ما في أكل", "ما في اكل") share what either is listed under.
            index.setdefault(folded, []).append((language, meaning))

    for language in lexicon.listed_languages():
        module = lexicon.module_of(language)
        for term, meaning in headings(language).items():
            add(term, language, meaning)
        for group, terms in getattr(module, "WEAK_SIGNALS", {}).items():
            for term in terms:
                add(term, language, WEAK_GROUPS.get(group, group.replace("-", " ")))
        for term in getattr(module, "CRIES", ()):
            add(term, language, CRY)
        for term in module.SAFE_STATEMENTS:
            add(f"{NOT} {term}", language, f"{NOT} {SAFE}")
    return index


def gloss(term: str, language: str | None = None) -> Gloss:
    """The English meaning of one flagged term (as the screen reports it: a list's pattern, "not " and a safe
    statement, or a picture pair). ``language`` (the comment's) is preferred where several lists hold the term."""
    index = _index()
    found = index.get(term) or index.get(fold(term))
    if not found and term.startswith("و"):
        # Arabic "and" joined to the first word: the list holds the pattern without it (lexicon._with_conjunction).
        found = index.get(term[1:]) or index.get(fold(term[1:]))
    if not found:
        if term.isascii() and "+" in term:
            return Gloss(term, None, SOURCE)  # a picture pair ("I feel scared + My home"), already in English
        return Gloss(term, None, None)
    chosen = next((pair for pair in found if pair[0] == language), None) or next(
        (pair for pair in found if pair[0] == SOURCE), found[0]
    )
    return Gloss(term, chosen[1], chosen[0])


def glossed(terms: tuple[str, ...] | list[str], language: str | None = None) -> tuple[Gloss, ...]:
    return tuple(gloss(term, language) for term in terms)
