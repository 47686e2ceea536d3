"""Redaction of what could identify someone in a comment before it can be quoted: names (in lower case too), social
media names, email addresses (spelt out as "at" and "dot" too), phone numbers, postcodes, street addresses, schools,
children's homes and dates of birth. Pure functions; a worker always sees what was taken out and approves or edits the
result, so this errs towards taking out too much, but not an ordinary word: "I'm happy" and "I'm at school" stay.

What the organisation itself knows (the names of its children's homes and schools, from its groups) is passed in as
``Known``, so the redaction stays plain Python."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from participation.analysis.first_names import FIRST_NAMES
from participation.analysis.lexicons import en as english

PLACEHOLDERS = {
    "email": "[email]",
    "phone": "[phone number]",
    "postcode": "[postcode]",
    "address": "[address]",
    "school": "[school]",
    "home": "[home]",
    "birth": "[date of birth]",
    "handle": "[username]",
    "name": "[name]",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An email address spelt out to get past filters or by habit: "jamie at gmail dot com",
# "jamie(at)hotmail(dot)co(dot)uk", "jamie [at] outlook.com". It must end in a mail domain's last part, or name a mail
# provider: "we met at 3.30" and "i was at home. then" are not addresses.
_AT = r"(?:\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)"
_ENDINGS = r"(?:com|co|uk|org|net|ac|gov|sch|edu|io|me|info|biz|ie)"
_PROVIDERS = r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|btinternet|protonmail|msn|virginmedia)"
_SPELT_EMAIL = re.compile(
    rf"[\w.+-]+{_AT}(?:[A-Za-z][\w-]*(?:{_DOT}[A-Za-z][\w-]*)*{_DOT}{_ENDINGS}\b|{_PROVIDERS}\b)", re.IGNORECASE
)
# UK numbers: 07xxx xxxxxx, 01xxx/02x..., +44 forms, with spaces or dashes.
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?\(?0?\)?\s?|0)\d(?:[\s-]?\d){8,9}(?!\d)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|gardens|grove|terrace|hill|walk)"
)
_ADDRESS = re.compile(rf"\b\d{{1,4}}[a-z]?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_WORDS}\b\.?", re.IGNORECASE)
_SCHOOL = re.compile(
    r"\b(?:St\.?\s|Saint\s)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Primary|Secondary|High|Junior|Infant|Grammar|Community|"
    r"Catholic|C\.?\s?of\s?E\.?)?\s*(?:School|Academy|College|Sixth Form)\b"
)
# A home's name: one or two capitalised words before House, Lodge, Court, View or Close ("Rosewood House", "Oak
# Lodge"), or any words so named after living there ("i live at oak lodge"). Not "my House", "Family Court" or "the
# White House", whose first word says what they are.
_HOME_WORDS = r"(?:House|Lodge|Court|View|Close)"
_NOT_A_HOME = (
    r"(?:My|Our|Your|His|Her|Their|The|This|That|A|An|New|Old|Big|Little|Small|Foster|Care|Family|Crown|Youth|"
    r"Magistrates|County|High|Supreme|White|Open|Full|Tree|Play|Dolls?|Haunted|Safe|Whole|Same|Next|Nice)"
)
_CAPITALISED_HOME = re.compile(rf"\b(?!{_NOT_A_HOME}\s)(?:[A-Z][a-z'’-]+\s+){{1,2}}{_HOME_WORDS}\b")
# Whose house it is ("i stay at nans house"): someone, not a home's name.
_KIN = r"nans?|nanas?|grans?|mums?|dads?|aunt(?:ie)?s?|uncles?|cousins?|friends?|mates?|sisters?|brothers?|bf'?s|gf'?s"
_LIVING_AT = (
    r"(?i:\b(?:live|lives|living|lived|stay|stays|staying|stayed|placed|moved|moving|move|sent|put)\s+"
    r"(?:at|in|to|into)\s+)"
)
_LOWER_HOME = re.compile(
    rf"{_LIVING_AT}(?!(?i:my|our|your|his|her|their|the|a|an|this|that|new|old|foster|care|family|{_KIN})\b)"
    r"((?:[a-z][a-z'’-]+\s+){1,2}(?i:house|lodge|court|view|close))\b"
)
# A date of birth, after the words that say it is one: "born 03/04/2010", "dob 3.4.10", "my birthday is 3rd april
# 2011", "d.o.b: 3-4-2010", "my bday is april 3rd".
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}(?:\s*[/.\-]\s*(?:\d{{4}}|\d{{2}}))?"
    rf"|(?:the\s+)?{_ORDINAL}\s+(?:of\s+)?{_MONTHS}\b(?:,?\s+(?:\d{{4}}|'?\d{{2}})\b)?"
    rf"|{_MONTHS}\s+(?:the\s+)?{_ORDINAL}\b(?:,?\s+(?:\d{{4}}|'?\d{{2}})\b)?)"
)
_BIRTH_WORDS = r"(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*day|b-?day|b'day)"
_BIRTH = re.compile(
    rf"(?i:\b{_BIRTH_WORDS}(?:\s+(?:is|was|on|the|:|-|=|it's|its|is\s+on))*\s*[:\-=]?\s*)({_DATE})", re.IGNORECASE
)
# A social media name: "@jamie_s99", or a platform's name and then the name on it ("insta jamie.s", "my snap is
# jamiexo", "add me on tiktok: jamie.s"). After a platform, a word counts only if it looks like a username (a digit,
# a dot or an underscore in it) or is not an ordinary word ("my insta is private" stays).
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[\w.]{0,28}[\w])?")
_PLATFORMS = (
    r"(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|twitter|fb|facebook|discord|xbox|psn|gamertag|roblox|telegram|"
    r"youtube|twitch|threads|bereal)"
)
_ON_A_PLATFORM = re.compile(
    rf"(?i:\b{_PLATFORMS}\b(?:\s+(?:is|name|handle|username|user|account|id|gamertag|tag|it's|its|me))*\s*[:\-=]?\s*)"
    r"@?([A-Za-z0-9][\w.]{1,29}[\w])"
)
# A capitalised word after words that introduce a person ("my sw Sarah", "called Jay", "with Mrs Patel").
_INTRODUCED = re.compile(
    r"(?i:\b(?:called|named|name is|names|my\s+(?:sw|social\s+worker|pa|iro|carer|foster\s+(?:mum|dad|carer)|"
    r"mum|dad|nan|brother|sister|cousin|friend|bf|gf|boyfriend|girlfriend|teacher|worker|keyworker)|"
    r"(?:mr|mrs|ms|miss|dr)\.?))\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)
# Words that say a name comes next, in any case: surely ("my name is", "call me"), so that a known first name or any
# word not an ordinary one is taken for a name, or maybe ("im", "my brother"), so that only a name the word lists know
# is ("im jamie", not "im knackered").
_SAYS_A_NAME = re.compile(
    r"(?i:\b(?:my\s+names?(?:\s+is)?|names?\s+is|name's|name’s|i\s+am\s+called|i'?m\s+called|i’m\s+called|"
    r"call\s+me|known\s+as|called|named)\s+)"
    r"([A-Za-z][a-z'’-]*)(?:\s+([A-Za-z][a-z'’-]*))?"
)
_MAY_NAME = re.compile(
    r"(?i:\b(?:i'm|i’m|im|i\s+am|my\s+(?:sw|pa|iro|carer|foster\s+(?:mum|dad|carer)|mum|dad|nan|brother|sister|bro|"
    r"sis|cousin|friend|mate|bf|gf|boyfriend|girlfriend|teacher|worker|keyworker))\s+)"
    r"([A-Za-z][a-z'’-]*)(?:\s+([A-Za-z][a-z'’-]*))?"
)
# Who a young person may say they are, never a name: "I'm Muslim", "I'm British", "I'm Gay".
_IDENTITIES = frozenset(
    """
    afghan african albanian arab asian bangladeshi bi black british catholic caribbean chinese christian english
    eritrean ethiopian european gay ghanaian hindu indian iranian iraqi irish jamaican jewish kurdish lesbian
    muslim nigerian pakistani polish queer romanian scottish sikh somali sudanese syrian trans vietnamese welsh
    white
    """.split()
)
# Ordinary words young people write that the shipped word list lacks.
_ORDINARY = frozenset(
    "knackered skint peng gassed vexed shook chuffed mardy minging bare well so sooo soo proper deffo defo lowkey "
    "highkey gonna gunna wanna gotta tryna ok okay okey fine alright aight bored lol cos coz cuz bc tho asap pls plz "
    "thx ty omg idk btw rn innit bruv fam bro sis theyre youre ive id hes shes thats whats theres whos weve theyve "
    "youve youll theyll isnt arent wasnt werent dont doesnt didnt cant wont havent hasnt wouldnt couldnt "
    "shouldnt".split()
)


@dataclass(frozen=True)
class Redaction:
    kind: str
    original: str


@dataclass(frozen=True)
class Known:
    """What the organisation knows that could identify someone: the names of its children's homes and schools (its
    groups of those kinds), matched in any case."""

    homes: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()


NOTHING_KNOWN = Known()
# Words a group's name adds to what young people call the place ("Rosewood House children's home": "rosewood house").
_GENERIC = re.compile(r"(?i)\s+(?:children['’]?s\s+home|residential(?:\s+home)?|home|unit)$")
_HOME_SUFFIX = re.compile(r"(?i)house|lodge|court|view|close|hall|grange|manor|cottage")


@cache
def _places(known: Known) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The organisation's homes and schools as patterns, longest names first."""
    return tuple(
        (kind, _named_place(name))
        for kind, names in (("home", known.homes), ("school", known.schools))
        for name in sorted({name.strip() for name in names if name.strip()}, key=len, reverse=True)
    )


def _named_place(name: str) -> re.Pattern[str]:
    """A group's name in any case and spacing, and its own part alone where that says which place it is: "Rosewood
    House" is also "rosewood", "Oak Lodge" is not "oak" (an ordinary word)."""
    full = _GENERIC.sub("", name) or name
    forms = {full, name}
    words = full.split()
    if len(words) > 1 and _HOME_SUFFIX.fullmatch(words[-1]):
        head = words[:-1]
        if len(" ".join(head)) >= 4 and not all(_ordinary(word) for word in head):
            forms.add(" ".join(head))
    spelt = (r"\s+".join(map(re.escape, form.split())) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(spelt)})(?![\w'’])", re.IGNORECASE)


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """English words in ordinary use (lower case) and proper nouns (as capitalised), from the word list TextBlob ships
    (Brill's tagger lexicon, Brown corpus and Penn Treebank): nothing downloaded."""
    text = resources.files("textblob.en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    ordinary: set[str] = set()
    proper: set[str] = set()
    for line in text.splitlines():
        word, _sep, tags = line.partition(" ")
        if not word or word.startswith(";"):
            continue
        if word.islower():
            ordinary.update((word, word.replace("'", "")))  # "theyre" as young people write "they're"
        elif word[:1].isupper() and word[1:].islower() and "NNP" in tags.split():
            proper.add(word.lower())
    speak = english.TEXT_SPEAK
    ordinary |= {key for key in speak if key.isalpha()} | {word for said in speak.values() for word in said.split()}
    ordinary |= _ORDINARY
    return frozenset(ordinary), frozenset(proper)


def _ordinary(word: str) -> bool:
    """An ordinary English word, or one young people write ("gonna", "knackered", "theyre")."""
    return word.lower().replace("’", "'") in _lexicon()[0]


def _title(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _is_name(word: str, surely: bool) -> bool:
    """Is ``word``, after words that introduce a name, a name? Never an identity ("Muslim", "British"). After words
    that surely introduce one ("my name is"), a known first name or any word that is not an ordinary one; after words
    that may ("im"), a known first name or a proper noun of the word list that is not also an ordinary word ("im
    jamie", "I'm Kai"; not "im happy", "I'm Happy")."""
    lowered = word.lower()
    if lowered in _IDENTITIES or not (word.islower() or _title(word)):
        return False
    ordinary, known = _ordinary(word), lowered in FIRST_NAMES
    if surely:
        return known or not ordinary
    if _title(word):
        return known or (lowered in _lexicon()[1] and not ordinary)
    return (known or lowered in _lexicon()[1]) and not ordinary


def _is_surname(word: str, surely: bool) -> bool:
    """Is ``word``, straight after a first name, a family name? Capitalised and a proper noun or not an ordinary word
    ("Jamie Brown", not "Jamie From"); in lower case, not an ordinary word and, unless surely introduced, a proper
    noun ("jamie smith", not "jamie lol")."""
    lowered = word.lower()
    if lowered in _IDENTITIES:
        return False
    ordinary, proper = _ordinary(word), lowered in _lexicon()[1]
    if _title(word):
        return proper or not ordinary
    return word.islower() and not ordinary and (surely or proper or lowered in FIRST_NAMES)


def redact(text: str, known: Known = NOTHING_KNOWN) -> tuple[str, list[Redaction]]:
    """The comment with identifying details replaced by placeholders, and a list of what was taken out."""
    found: list[Redaction] = []

    def replace(kind: str) -> Callable[[re.Match[str]], str]:
        def substitute(match: re.Match[str]) -> str:
            found.append(Redaction(kind, match.group(0).strip()))
            return PLACEHOLDERS[kind]

        return substitute

    def replace_group(kind: str, keep: Callable[[str], bool] = lambda _word: True) -> Callable[[re.Match[str]], str]:
        """Replace the match's first group only (the words after "born", "insta", "i live at")."""

        def substitute(match: re.Match[str]) -> str:
            if not keep(match.group(1)):
                return match.group(0)
            found.append(Redaction(kind, match.group(1).strip()))
            return match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS[kind]

        return substitute

    text = _EMAIL.sub(replace("email"), text)
    text = _SPELT_EMAIL.sub(replace("email"), text)
    text = _HANDLE.sub(replace("handle"), text)
    text = _ON_A_PLATFORM.sub(replace_group("handle", _looks_like_a_username), text)
    text = _BIRTH.sub(replace_group("birth"), text)
    text = _PHONE.sub(replace("phone"), text)
    text = _POSTCODE.sub(replace("postcode"), text)
    text = _ADDRESS.sub(replace("address"), text)
    for kind, pattern in _places(known):
        text = pattern.sub(replace(kind), text)
    text = _SCHOOL.sub(replace("school"), text)
    text = _CAPITALISED_HOME.sub(replace("home"), text)
    text = _LOWER_HOME.sub(replace_group("home"), text)

    def name(match: re.Match[str]) -> str:
        found.append(Redaction("name", match.group(1)))
        return match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS["name"]

    text = _INTRODUCED.sub(name, text)
    text = _SAYS_A_NAME.sub(_names(found, surely=True), text)
    text = _MAY_NAME.sub(_names(found, surely=False), text)
    return text, found


def _looks_like_a_username(word: str) -> bool:
    return bool(re.search(r"[\d._]", word)) or not _ordinary(word)


def _names(found: list[Redaction], surely: bool) -> Callable[[re.Match[str]], str]:
    """Replace the one or two words after words that introduce a name where they are one: a first name
    (``_is_name``), then a family name after it (``_is_surname``)."""

    def substitute(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if not _is_name(first, surely):
            return match.group(0)
        end, taken = match.end(1), first
        if second is not None and _is_surname(second, surely):
            end, taken = match.end(2), f"{first} {second}"
        found.append(Redaction("name", taken))
        said = match.group(0)
        return said[: match.start(1) - match.start(0)] + PLACEHOLDERS["name"] + said[end - match.start(0) :]

    return substitute
