"""Redaction of what could identify someone in a comment before it can be quoted: names (in lower case too, with or
without a word before them that says so, and family names after a title), social media names, email addresses (spelt
out as "at" and "dot" too, all of them), phone numbers, postcodes, street addresses and streets, schools, children's
homes, towns and dates of birth; and the same written to get past a filter (a full name in capitals, spelt out
letter by letter, family name first, run together or with hyphens inside; a phone number with letters for digits or in
words, or both in one piece; a postcode spelt out; an address in slang or with its number in words). Pure functions;
a worker always sees what was taken out and approves or edits the result, so this errs towards taking out too much,
but not an ordinary word: "I'm happy", "I'm at school", "i hope it will get better" and "the stairs" stay. Approval
checks the worker's words again, more strictly (``approval_doubts``).

What the organisation itself knows (the names of its children's homes and schools, from its groups) is passed in as
``Known``, so the redaction stays plain Python."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale

from participation.analysis.detection import detect_language, looks_welsh, romanised_language
from participation.analysis.first_names import AMBIGUOUS_NAMES, FIRST_NAMES, PLACE_LIKE_NAMES
from participation.analysis.lexicons import en as english
from participation.analysis.normalise import DIGIT_LETTERS, LETTERS_AND_DIGITS, clause_tokens
from participation.analysis.place_names import CLUB_NAMES, PLACES_ABROAD, TOWNS

PLACEHOLDERS = {
    "email": "[email]",
    "phone": "[phone number]",
    "postcode": "[postcode]",
    "address": "[address]",
    "school": "[school]",
    "home": "[home]",
    "town": "[town]",
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
# The name before "at" is spelt out too ("jamie dot smith", "jamie underscore smith"): all of it goes.
_JOIN = rf"(?:{_DOT}|\s*[(\[{{<]\s*(?:underscore|dash|hyphen)\s*[)\]}}>]\s*|\s+(?:underscore|dash|hyphen)\s+)"
_SPELT_EMAIL = re.compile(
    rf"[\w.+-]+(?:{_JOIN}[\w+-]+)*{_AT}(?:[A-Za-z][\w-]*(?:{_DOT}[A-Za-z][\w-]*)*{_DOT}{_ENDINGS}\b|{_PROVIDERS}\b)",
    re.IGNORECASE,
)
# UK numbers: 07xxx xxxxxx, 01xxx/02x..., +44 forms, with spaces or dashes.
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?\(?0?\)?\s?|0)\d(?:[\s-]?\d){8,9}(?!\d)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|gardens|grove|terrace|hill|walk)"
)
# Between the number and the street word, words that name a street: not "i'm 17 so no way", "5 mins walk".
_NOT_A_STREET = (
    r"(?:so|no|not|the|a|an|on|in|at|to|of|and|or|but|my|your|his|her|our|their|is|was|are|were|it|its|i|im|i'm|for|"
    r"from|with|by|more|less|other|times?|hours?|hrs?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|"
    r"miles?|metres?|meters?|km|people|kids|pounds|quid|p|am|pm|out|up|down|all|any|each|every|different|the)"
)
# (A flat's number before it goes too: "flat 4, 18 church road".)
_ADDRESS = re.compile(
    rf"\b(?:(?:flat|apartment|apt|unit)\s*\d{{1,4}}[a-z]?\s*,?\s*)?\d{{1,4}}[a-z]?\s+(?:(?!{_NOT_A_STREET}\s)[A-Z][\w'-]*\s+){{1,3}}{_STREET_WORDS}\b\.?",
    re.IGNORECASE,
)
# A street named for a saint: "st john's road", "St Peter's Close".
_SAINT_STREET = re.compile(
    r"(?i)\b(?:st\.?|saint)\s+[^\W\d_]+(?:['’]s|s|['’])?\s+"
    r"(?:road|street|avenue|lane|close|drive|way|crescent|grove|terrace|gardens)\b"
)
# A school: "St Mary's", "st marys primary", "Saint John's C of E" (a saint's name and what kind of school it is).
_SCHOOL_KINDS = (
    r"(?:c\.?\s?of\s?e\.?|ce|rc|catholic|church\s+of\s+england|primary|junior|infants?|secondary|high|grammar|"
    r"community|academy|school|college|sixth\s+form)"
)
_SAINTS = re.compile(
    # with a kind of school after it, the saint's whole name: "St Thomas More High School", "st john fisher"
    rf"(?i)\b(?:st\.?|saint)\s+[^\W\d_]+(?:['’]s?)?(?:\s+[^\W\d_][\w'’-]*){{0,2}}?(?:\s+{_SCHOOL_KINDS}\b)+"
    # a saint's name alone, as young people call the school: "st mary's", "St Joseph's"
    rf"|\b(?:st\.?|saint)\s+(?!(?:hospital|church)\b)[^\W\d_]+(?:['’]s|s|['’])(?![\w'’])"
    r"(?!\s+(?:hospital|church|surgery|road|street|avenue|lane|close|drive|way|crescent|grove|terrace|gardens)\b)"
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
# A home named like a house ("The Beeches", "the willows"): a plural that names homes, never "the stairs" or "the
# shops"; in lower case only where it is a place ("i live at the beeches", "moved to the willows").
_PLURAL_HOMES = (
    r"(?:beeches|willows|laurels|limes|elms|oaks|pines|firs|cedars|poplars|hollies|maples|birches|larches|rowans|"
    r"hawthorns|chestnuts|sycamores|conifers|cypresses|yews|hazels|junipers|magnolias|lilacs|lindens|alders|aspens|"
    r"gables|cloisters|spinneys|laburnums|mulberries|hollybushes|rookery|cottages)"
)
_THE_HOME = re.compile(
    rf"(?i)\b(?:(at|in|to|into|from|near|outside|left|leaving|leave|called|named)\s+)?(the\s+{_PLURAL_HOMES})\b"
)
# A home with a name like a place's, after being there: "i've been at Greenfields", "i live at woodside".
_AT_A_HOME = re.compile(
    r"(?i:\b(?:live|lives|living|lived|stay|stays|staying|stayed|been|placed|was|were|am|im|i'm|i’m)\s+at\s+)"
    r"([^\W\d_][\w'’-]*(?:fields?|woods?|lands|side|croft|gate|mead|dene|leigh|hurst|holme|garth|grange|brook|bank|"
    r"dale|acres?))\b"
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
# Who someone is to a young person, after "my": "my sw", "my key worker", "my little sister".
_RELATION = (
    r"(?:sw|social\s+worker|pa|iro|carer|foster\s+(?:mum|dad|carer)|mum|dad|nan|brother|sister|bro|sis|cousin|"
    r"friend|mate|bf|gf|boyfriend|girlfriend|teacher|worker|keyworker|key\s+worker|support\s+worker|youth\s+worker|"
    r"mentor|tutor|advocate|counsellor|therapist|bestie|bff|best\s+friend|best\s+mate|auntie|aunty|aunt|uncle|gran|"
    r"grandma|grandad|nana|nephew|niece|son|daughter|partner|(?:little|big|baby|older|younger|twin|half|step|lil|"
    r"foster)\s*(?:brother|sister|bro|sis|mum|dad))"
)
# A capitalised word after words that introduce a person ("my sw Sarah", "called Jay").
_INTRODUCED = re.compile(
    rf"(?i:\b(?:called|named|name is|names|my\s+{_RELATION}))\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)
# Who a person is, said after their name: "Will is my key worker", "Hope, my sw, ...", "Mark's my teacher". A name
# that is also a word ("Will", "Hope", "Mark") is one before these words, at the start of a sentence too.
_ROLE_AFTER = re.compile(
    r"(?i)(?:\s*,\s*|\s+(?:is|was|has\s+been|had\s+been|used\s+to\s+be|will\s+be|became|becomes)\s+|(?<=['’]s)\s+)"
    rf"(?:my|our)\s+(?:(?:new|old|last|current|first|main|only|lovely|favourite)\s+)?{_RELATION}\b"
)
_IS = frozenset("is was has had used became becomes".split())
# A title and the family name after it, in any case: "Mrs Patel", "mrs khan", "miss o'brien", "Ms Wood".
_TITLE = re.compile(r"(?i)\b(mrs|mr|ms|mx|miss|dr)\b\.?(\s+)([^\W\d_][\w'’-]*)")
# Words that say a name comes next, in any case: surely ("my name is", "call me"), so that a known first name or any
# word not an ordinary one is taken for a name, or maybe ("im", "my brother"), so that only a name the word lists know
# is ("im jamie", not "im knackered").
_SAYS_A_NAME = re.compile(
    r"(?i:\b(?:my\s+names?(?:\s+is)?|names?\s+is|name's|name’s|i\s+am\s+called|i'?m\s+called|i’m\s+called|"
    r"call\s+me|known\s+as|called|named)\s+)"
    r"([A-Za-z][a-z'’-]*)(?:\s+([A-Za-z][a-z'’-]*))?"
)
_MAY_NAME = re.compile(
    rf"(?i:\b(?:i'm|i’m|im|i\s+am|my\s+{_RELATION})\s+)"
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

# Capitalised words that are never a person, however they are introduced: services young people name ("i called
# Childline", "with Camhs"), shops and apps, places, days, months, feasts, school subjects and who people are to them.
_NOT_PEOPLE = frozenset(
    """
    childline camhs nyas barnardos barnardo's coram ofsted nspcc samaritans shout nhs gp police council social
    services youtube tiktok snapchat snap insta instagram whatsapp facebook discord xbox playstation ps4 ps5 fifa
    roblox minecraft fortnite netflix spotify google zoom teams tesco asda aldi lidl primark greggs mcdonalds
    mcdonald maccies nandos nando barnardo kfc subway costa starbucks amazon argos deliveroo uber jd sports iphone
    android vinted depop ebay paypal sainsburys sainsbury morrisons boots currys wetherspoons spoons santa
    disney nike adidas samsung puma gucci
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december christmas xmas easter eid ramadan diwali halloween
    god allah jesus christ bible quran koran church mosque
    afghanistan albania eritrea ethiopia vietnam iran iraq syria sudan kurdistan poland romania pakistan india
    bangladesh nigeria ghana somalia jamaica turkey greece italy france germany calais libya egypt morocco
    england britain uk scotland wales ireland europe africa asia london manchester birmingham leeds liverpool
    bristol sheffield newcastle kabul asmara tirana hanoi
    maths english science geography history pe re art drama music computing biology chemistry physics french
    spanish gcse gcses btec
    mum mam mom mummy dad daddy nan nana nanna gran grandma grandad granny nanny auntie aunty aunt uncle bro sis
    cuz bestie bff bf gf hubby bae sw pa iro carer carers keyworker stepmum stepdad stepbrother stepsister foster
    miss sir mister mr mrs ms mx dr
    """.split()
)
# Words before a name that say a person comes next ("tell Mark", "with Hope", "my sister Zofia").
_PERSON_BEFORE = frozenset(
    """
    call calls calling ring rings ringing rang phone phoned tell tells telling told text texts texting texted ask
    asks asking asked message messages messaging messaged msg dm dmd facetime facetimed meet meets meeting met
    with wiv w/ thank thanks hug hugged trust see saw seeing
    sister brother bro sis cousin friend mate bestie bff bf gf boyfriend girlfriend carer worker keyworker sw pa
    iro teacher mentor tutor advocate nan gran auntie aunty aunt uncle mum dad nephew niece son daughter partner
    therapist counsellor manager neighbour coach carers friends mates teachers workers sisters brothers cousins
    """.split()
)
# Words after a name that say it is a person ("Bogdan said", "Shilan and me").
_PERSON_AFTER = frozenset("said says told tells asked asks texted rang rings messaged reckons".split())
# Prepositions before a place, and words after a team, that say a name is a place ("in Jordan", "Chelsea fc").
_AT_A_PLACE = frozenset("in from to at near visit visited visiting support supports supporting watch vs".split())
_TEAM = frozenset("fc villa city united river road street station".split())
# Famous people young people write about: not anyone who could be found.
_FAMOUS = frozenset(
    """
    harry:potter harry:styles harry:kane taylor:swift marcus:rashford mo:salah mohamed:salah lewis:hamilton
    billie:eilish ariana:grande jude:bellingham bukayo:saka raheem:sterling tommy:shelby jack:harlow ed:sheeran
    justin:bieber dua:lipa david:beckham lionel:messi cristiano:ronaldo andrew:tate peppa:pig guy:fawkes
    jack:daniels van:gogh will:ferrell
    """.split()
)
# Words in the names of places: trees, the lie of the land, buildings ("willow house", "mill lane", "hill view").
_PLACE_WORDS = frozenset(
    """
    willow willows oak oaks ash beech elm birch maple cedar hazel holly rowan laurel poplar pine chestnut sycamore
    hawthorn yew larch alder linden acacia cherry orchard meadow meadows brook river lake sea bay glen vale dale
    valley hill hills moor heath ridge mount spring springs field fields wood woods forest rose lavender primrose
    bluebell heather fern clover sunny sun stone mill bridge church chapel abbey priory castle tower grange manor
    hall lodge park station market north south east west king kings queen queens victoria albert windsor york
    riverside parkside hillside woodside brookside lakeside meadowside waterside sunnyside
    """.split()
)
# Besides those, ordinary words in street names after a house number ("12 high street").
_STREET_NAME_WORDS = _PLACE_WORDS | frozenset(
    "high main new old long green back front upper lower little great".split()
)
# Words before a place's name that say it is not one: "a stone house", "my house", "our road".
_DETERMINERS = frozenset(
    "a an my our your his her their this that these those some any every no one another whose which what".split()
)
_HOME_KEYWORDS = frozenset("house lodge court view".split())
_STREET_KEYWORDS = frozenset("lane road street avenue close drive way crescent grove terrace gardens".split())
# A school's kind: in its name but not a name on its own ("high school", "the primary").
_SCHOOL_KEYWORDS = frozenset("academy school college primary high".split())
_SCHOOL_DESCRIPTORS = frozenset(
    "primary secondary high junior infant infants grammar community catholic rc ce girls boys sixth form".split()
)
# Kinds of school that are not one school: "virtual school", "forest school", "summer school".
_SCHOOL_TYPES = frozenset(
    """
    virtual forest boarding private state special faith free summer night sunday driving dance drama art music
    language middle upper lower nursery comprehensive independent residential alternative hospital home new old
    big main football seaside further education church
    """.split()
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
    if lowered in _IDENTITIES or _stem(word) in _NOT_PEOPLE or not (word.islower() or _title(word)):
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


def _town_pattern(town: str) -> str:
    """A town of the list as young people write it: words apart or joined by hyphens ("stoke on trent"), "st" with or
    without its dot, "kings" as "king's"."""
    parts = []
    for part in town.split("-"):
        if part == "st":
            parts.append(r"st\.?")
        elif part.endswith("s") and part in ("kings", "bishops"):
            parts.append(re.escape(part[:-1]) + r"['’]?s")
        else:
            parts.append(re.escape(part))
    return r"[\s-]+".join(parts)


# A town after a word that says it is a place ("moved to Rotherham", "from blackpool", "near Skegness"); not a
# football team ("to Derby County"), nor a town's centre ("Leeds city centre" keeps the town).
_CLUB_AFTER = r"fc|united|utd|rovers|wanderers|athletic|albion|villa|county|hotspur|(?:city|town)(?!\s+centre)"
_TOWN = re.compile(
    r"(?i)\b(?:in|from|to|near)\s+("
    + "|".join(_town_pattern(town) for town in sorted(TOWNS, key=len, reverse=True))
    + rf")(?![\w'’-])(?!\s+(?:{_CLUB_AFTER})\b)"
)


def _towns(found: list[Redaction]) -> Callable[[re.Match[str]], str]:
    """A town after "in", "from", "to" or "near", in any case; one that is also an ordinary word ("reading", "bath",
    "march") only capitalised."""

    def substitute(match: re.Match[str]) -> str:
        town = match.group(1)
        if " " not in town and "-" not in town and _ordinary(town) and not _title(town):
            return match.group(0)
        found.append(Redaction("town", town))
        return match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS["town"]

    return substitute


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
    text = _disguised_phones(text, found)
    text = _POSTCODE.sub(replace("postcode"), text)
    text = _spelt_postcodes(text, found)
    text = _ADDRESS.sub(replace("address"), text)
    text = _house_numbers(text, found)
    for kind, pattern in _places(known):
        text = pattern.sub(replace(kind), text)
    text = _TOWN.sub(_towns(found), text)
    text = _SAINT_STREET.sub(replace("address"), text)
    text = _SAINTS.sub(_saint(found), text)
    english_words = _reads_as_english(text)
    text = _named_places(text, found, english_words)
    text = _CAPITALISED_HOME.sub(replace("home"), text)
    text = _LOWER_HOME.sub(replace_group("home"), text)
    text = _AT_A_HOME.sub(replace_group("home", _may_be_a_place), text)
    text = _THE_HOME.sub(_plural_home(found), text)

    def name(match: re.Match[str]) -> str:
        if not _is_name(match.group(1).split()[0], surely=True):
            return match.group(0)
        found.append(Redaction("name", match.group(1)))
        return match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS["name"]

    text = _joined_names(text, found)
    text = _spelt_names(text, found)
    text = _hidden_full_names(text, found, english_words)
    text = _titles(text, found)
    text = _INTRODUCED.sub(name, text)
    text = _SAYS_A_NAME.sub(_names(found, surely=True), text)
    text = _MAY_NAME.sub(_names(found, surely=False), text)
    text = _bare_names(text, found, english_words)
    return text, found


def _reads_as_english(text: str) -> bool:
    """Whether words in lower case can be read as English ones: not in Roman Urdu, Arabizi or Welsh, where "jana",
    "sara", "ana" and "arian" are ordinary words, and most words in the English word list (not Polish "maja")."""
    words = [token for token, _clause in clause_tokens(text)]
    if not words:
        return True
    if romanised_language(words) is not None or looks_welsh(words):
        return False
    return 2 * sum(_ordinary(word) or word in FIRST_NAMES for word in words) >= len(words)


def _looks_like_a_username(word: str) -> bool:
    return bool(re.search(r"[\d._]", word)) or not _ordinary(word)


def _may_be_a_place(word: str) -> bool:
    return not _ordinary(word) and _stem(word) not in _NOT_PEOPLE


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


def _saint(found: list[Redaction]) -> Callable[[re.Match[str]], str]:
    """ "St Mary's", "st marys primary": a school, where the saint's name is a name and not an ordinary word ("st
    as well" is a street's "st" and then ordinary words)."""

    def substitute(match: re.Match[str]) -> str:
        saint = match.group(0).split()[1]
        if not (_title(saint) or _stem(saint) in FIRST_NAMES or not _ordinary(_stem(saint).rstrip("s"))):
            return match.group(0)
        found.append(Redaction("school", match.group(0)))
        return PLACEHOLDERS["school"]

    return substitute


def _plural_home(found: list[Redaction]) -> Callable[[re.Match[str]], str]:
    """ "The Beeches" anywhere, "the willows" after "at", "to", "moved to": a home's name."""

    def substitute(match: re.Match[str]) -> str:
        named = match.group(2)
        if match.group(1) is None and not _title(named.split()[-1]):
            return match.group(0)
        found.append(Redaction("home", named))
        return match.group(0)[: match.start(2) - match.start(0)] + PLACEHOLDERS["home"]

    return substitute


# --- numbers, addresses and names written to get past a filter ---------------------------------------------------

# A phone number with letters for digits ("o7700 9oo l29"), with dots, dashes or spaces anywhere ("07700.900.129",
# "0 7 7 0 0  9 0 0 1 2 9"), or in words ("zero seven seven double oh nine ..."), read piece by piece: a piece is
# digits with letters that look like them, or a digit's word; the pieces of one number have nothing but spaces and
# marks between them.
_PIECE = re.compile(r"[^\W_]+")
_BETWEEN_PIECES = re.compile(r"[\s.,\-_/()+*|]+")
_LOOKALIKES = str.maketrans("oOlIi", "00111")
_DIGIT_WORDS = {
    "zero": "0",
    "nought": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
# Words for a nought that are a letter or a cry too: a digit in a number, never a sign that there is one.
_LOOSE_NOUGHTS = frozenset({"oh", "o"})
_REPEATS = {"double": 2, "triple": 3}
# A UK number as its digits: 0 and nine or ten more; or 44, perhaps a nought, and the rest.
_UK_NUMBER = re.compile(r"0[1-9]\d{8,9}|440?[1-9]\d{8,9}")
# What a number has somewhere, written any way: a digit, or a digit's word that is no letter or cry.
_SOME_DIGIT = re.compile(r"\d|(?i:zero|nought|one|two|three|four|five|six|seven|eight|nine)")
# At most this many pieces in one number written out ("double" and "triple" included).
_LONGEST_NUMBER = 24
# How many of a phone number's digits must be digits or digits' words, not letters like them: "lol oil" is no number.
_SURE_DIGITS = 5


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    digits: str  # "" for "double" or "triple"
    sure: int  # its digits that are digits or a digit's word, not letters like them
    disguised: bool  # letters for digits, or a digit's word
    repeat: int = 1  # "double", "triple": the next digit, so many times


def _piece(match: re.Match[str]) -> _Piece | None:
    """One piece of a number ("07700", "9oo", "seven", "oh", "double"), or None for a word of another kind. Letters
    that look like digits are read as digits beside a digit ("9oo", "l29") or alone ("o", "I"): "lol", "oil" and
    "10am" are words."""
    word = match.group(0)
    lowered = word.lower()
    if lowered in _DIGIT_WORDS:
        sure = 0 if lowered in _LOOSE_NOUGHTS else 1
        return _Piece(match.start(), match.end(), _DIGIT_WORDS[lowered], sure, True)
    if lowered in _REPEATS:
        return _Piece(match.start(), match.end(), "", 0, True, _REPEATS[lowered])
    if mixed := _MIXED_DIGITS.fullmatch(word):
        if any(char.isdigit() for char in word) and len(mixed.group(0)) > 1 and _SOME_WORD.search(word):
            digits, sure = _mixed_digits(word)
            return _Piece(match.start(), match.end(), digits, sure, True)
    digits = word.translate(_LOOKALIKES)
    if not digits.isdigit() or not (len(word) == 1 or any(char.isdigit() for char in word)):
        return None
    return _Piece(match.start(), match.end(), digits, sum(char.isdigit() for char in word), digits != word)


# Digits and digits' words in one piece, with letters like digits beside them: "0seven700", "1two9", "nine00".
_DIGIT_WORD = r"zero|nought|one|two|three|four|five|six|seven|eight|nine"
_SOME_WORD = re.compile(rf"(?i:{_DIGIT_WORD})")
_MIXED_DIGITS = re.compile(rf"(?i:(?:{_DIGIT_WORD}|\d|[oOlI])+)")
_MIXED_PART = re.compile(rf"(?i:{_DIGIT_WORD}|\d|[oOlI])")


def _mixed_digits(word: str) -> tuple[str, int]:
    """What a piece of digits and digits' words says in digits, and how many of them are digits or words, not letters
    like digits: "0seven700" is 07700 (all five sure), "1two9" is 129."""
    digits: list[str] = []
    sure = 0
    for part in _MIXED_PART.findall(word):
        lowered = part.lower()
        if lowered in _DIGIT_WORDS and len(lowered) > 1:
            digits.append(_DIGIT_WORDS[lowered])
            sure += 1
        else:
            digits.append(part.translate(_LOOKALIKES))
            sure += part.isdigit()
    return "".join(digits), sure


def _number_runs(text: str) -> list[list[_Piece]]:
    """The runs of pieces of numbers in ``text``: pieces with only spaces or marks between them."""
    runs: list[list[_Piece]] = []
    if not _SOME_DIGIT.search(text):
        return runs
    previous: _Piece | None = None
    for match in _PIECE.finditer(text):
        piece = _piece(match)
        if piece is not None and previous is not None and _BETWEEN_PIECES.fullmatch(text, previous.end, piece.start):
            runs[-1].append(piece)
        elif piece is not None:
            runs.append([piece])
        previous = piece
    return runs


def _digits_of(pieces: Sequence[_Piece]) -> str:
    """What a run of pieces says in digits: "double seven" is 77."""
    digits: list[str] = []
    times = 1
    for piece in pieces:
        if piece.repeat > 1:
            times = piece.repeat
            continue
        digits.append(piece.digits * times if len(piece.digits) == 1 else piece.digits)
        times = 1
    return "".join(digits)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a UK phone number written with letters for digits, marks between its digits or in words:
    the longest run of pieces from each start that reads as one, with enough real digits in it."""
    spans: list[tuple[int, int]] = []
    for run in _number_runs(text):
        first = 0
        while first < len(run):
            for last in range(min(len(run), first + _LONGEST_NUMBER) - 1, first - 1, -1):
                pieces = run[first : last + 1]
                if sum(piece.sure for piece in pieces) >= _SURE_DIGITS and _UK_NUMBER.fullmatch(_digits_of(pieces)):
                    start = pieces[0].start - (text[pieces[0].start - 1 : pieces[0].start] == "+")
                    spans.append((start, pieces[-1].end))
                    first = last
                    break
            first += 1
    return spans


def _disguised_phones(text: str, found: list[Redaction]) -> str:
    """Phone numbers ``_PHONE`` cannot read: "o7700 9oo l29", "07700.900.129", "zero seven seven zero zero nine zero
    zero one two nine", "oh seven seven double oh 9oo 129"."""
    spans = _phone_spans(text)
    found.extend(Redaction("phone", text[start:end]) for start, end in spans)
    return _rebuild(text, [(start, end, PLACEHOLDERS["phone"]) for start, end in spans])


def _disguised_number_doubts(text: str) -> list[tuple[int, str]]:
    """For approval: digits written with letters like them or in words that read as part of a phone number, as
    digits would (``_NUMBER_DOUBTS``): six digits or more, or four or more after a 0 ("o77oo", "zero seven seven
    zero"). In words, from a nought on or seven digits or more, never counting ("one two three four five six"), and
    with three digits at least that are no letter or cry ("oh oh oh oh" is not a number)."""
    doubts: list[tuple[int, str]] = []
    for run in _number_runs(text):
        # Not "double" before nothing, nor "I" beside a number ("in 2019 I ...").
        while run and (not run[0].digits or text[run[0].start : run[0].end] in ("I", "i", "l")):
            run = run[1:]
        while run and text[run[-1].start : run[-1].end] in ("I", "i", "l", "double", "triple"):
            run = run[:-1]
        if not any(piece.disguised for piece in run) or sum(piece.sure for piece in run) < 3:
            continue
        digits = _digits_of(run)
        in_words = not any(char.isdigit() for char in text[run[0].start : run[-1].end])
        counting = in_words and digits in "0123456789"  # "one two three four five six seven"
        if not counting and (len(digits) >= (7 if in_words else 6) or (digits.startswith("0") and len(digits) >= 4)):
            doubts.append((run[0].start, text[run[0].start : run[-1].end]))
    return doubts


# A postcode spelt out with spaces or marks between its letters and digits: "n e 1 4 s t", "N.E.1 4.S.T", "ne 1 4 s
# t", "NE1 4 S T". Read piece by piece, as a phone number is: pieces of one to three letters or digits with only
# spaces or marks between them, two of them single characters at least, that together make a postcode whose last
# three characters (a digit and two letters) begin a piece ("im 14 y.o" is no "IM1 4YO").
_POSTCODE_PIECE = re.compile(r"(?<![\w'’])[^\W_]{1,3}(?![\w'’])")
_WHOLE_POSTCODE = re.compile(r"(?i)[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def _spelt_postcodes(text: str, found: list[Redaction]) -> str:
    """Postcodes ``_POSTCODE`` cannot read, with their letters and digits apart: "n e 1 4 s t", "N E 1 4 S T", "n.e.1
    4.s.t", "ne 1 4 s t". Not "i got 2 b s" or "a b c 1 2 3": only a postcode's own shape, all of it."""
    pieces = list(_POSTCODE_PIECE.finditer(text))
    spans: list[tuple[int, int, str]] = []
    first = 0
    while first < len(pieces):
        for last in range(min(len(pieces), first + 7) - 1, first, -1):
            if _spelt_postcode(text, pieces[first : last + 1]):
                start, end = pieces[first].start(), pieces[last].end()
                found.append(Redaction("postcode", text[start:end]))
                spans.append((start, end, PLACEHOLDERS["postcode"]))
                first = last
                break
        first += 1
    return _rebuild(text, spans)


def _spelt_postcode(text: str, run: Sequence[re.Match[str]]) -> bool:
    if not all(_BETWEEN_PIECES.fullmatch(text, a.end(), b.start()) for a, b in zip(run, run[1:], strict=False)):
        return False
    written = [piece.group(0) for piece in run]
    if sum(len(piece) == 1 for piece in written) < 2 or not _WHOLE_POSTCODE.fullmatch("".join(written)):
        return False
    # The inward part (its last three characters) starts a piece.
    ends = {sum(len(piece) for piece in written[:count]) for count in range(len(written))}
    return len("".join(written)) - 3 in ends


# Words that say an address comes next: "my addy is", "address:", "i live at", "come to", "pull up to", "meet me at".
_ADDRESS_CUE = re.compile(
    r"(?i)\b(?:(?:addy|addie|addr|address|adress|addres)\b(?:\s*(?:is|=|:|-|['’]s|its|it['’]s)\b)?\s*[:=\-]?"
    r"|(?:live|lives|living|lived)\s+(?:at|on)|(?:stay|stays|staying|stayed|i['’]?m|we['’]?re)\s+at"
    r"|(?:come|comes|coming|came)\s+(?:to|round|round\s+to|over\s+to|over)"
    r"|pull\s+up(?:\s+(?:to|at))?"
    r"|(?:meet|link|find)\s+(?:me|us)\s+(?:at|outside))\s*$"
)
# A house number in words: "twelve", "twenty two", "forty-one".
_TENS = r"(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_IN_WORDS = (
    rf"(?:{_TENS}(?:[\s-]+{_UNITS})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|{_UNITS})"
)
# A house number (and a flat's before it: "flat 4, 12"), in digits or words, with "number" or "no." before it
# ("number twelve", "no. 12"), and where it ends.
_HOUSE_NUMBER = re.compile(
    r"(?i)(?<![\w'’])(?:(?:number|no\.?|num|nr\.?|\#)\s*)?"
    r"(?:(?:flat|apartment|apt|unit)\s*\d{1,4}[a-z]?\s*,?\s*)?"
    rf"(?:\d{{1,4}}[a-z]?|{_NUMBER_IN_WORDS})(?![\w'’])"
)


# How the names of streets with no "road" or "street" after them end: kingsway, broadway, northfield, eastgate,
# parkside, highcroft (not "everton" or "hollywood", which are a club and films).
_STREET_ENDING = re.compile(r"(?:way|field|fields|side|gate|croft|mead|dene|garth|fold|rise|row|mews|parade|wynd)$")


def _street_word(word: str, cued: bool) -> bool:
    """Can ``word`` be (part of) a street's name after a house number? After words that say an address comes next, a
    word that is not an ordinary one ("kingsway", "Okafor"), a word of places' names ("station", "oak", "high") or a
    street's own word ("road", "way"); with no such words, only a name that sounds like a place's and is not an
    ordinary word ("12 kingsway", "4 northfield"), never a town or a club ("3 everton" stays a score)."""
    lowered = _stem(word)
    if (
        word.startswith("[")
        or lowered in _FUNCTION_WORDS
        or lowered in _NOT_PEOPLE
        or lowered in _IDENTITIES
        or lowered in TOWNS
        or lowered in CLUB_NAMES
        or re.fullmatch(_NOT_A_STREET, lowered)
    ):
        return False
    if cued and (lowered in _STREET_NAME_WORDS or lowered in _STREET_KEYWORDS or not _ordinary(word)):
        return True
    return not _ordinary(word) and bool(_STREET_ENDING.search(lowered)) and lowered not in FIRST_NAMES


def _house_numbers(text: str, found: list[Redaction]) -> str:
    """A house number and the street's name after it, where ``_ADDRESS`` found no street's word after them: after
    words that say it is an address ("my addy is 12 kingsway", "i live at 4 Northfield", "come to 12 kingsway"), or
    anywhere where the name sounds like a street's ("12 kingsway"). Not "I am 15", "2 hours", "top 10", "come to 12
    meetings"."""
    spans: list[tuple[int, int, str]] = []
    for number in _HOUSE_NUMBER.finditer(text):
        cued = bool(_ADDRESS_CUE.search(text, 0, number.start()))
        end, taken = number.end(), 0
        while taken < 3:
            word = _next_word(text, end)
            if word is None or not _street_word(word.group(0), cued or taken > 0):
                break
            end, taken = word.end(), taken + 1
        if taken:
            found.append(Redaction("address", text[number.start() : end]))
            spans.append((number.start(), end, PLACEHOLDERS["address"]))
    return _rebuild(text, spans)


# Letters spelt out one by one, with spaces or marks between them ("j a d e", "J.A.D.E", "s-a-r-a-h").
_SPELT = re.compile(r"(?<![\w'’])[^\W\d_](?:(?:\s*[.\-_*·]\s*|\s+)[^\W\d_](?![\w'’])){2,}")


def _spelt_names(text: str, found: list[Redaction]) -> str:
    """A first name spelt out letter by letter, and a family name after it, spelt out too or not: "j a d e thompson",
    "J-A-D-E T-H-O-M-P-S-O-N", "J A D E", "s.a.r.a.h". Any name of the lists, one that is also a word too ("J A D
    E", "h o p e"): nobody spells out a word letter by letter to get it past a filter unless it is one, as with
    digits for letters (``_letters_for_digits``). After "I" or "a" spelt with it, the rest ("i j a d e")."""
    spans: list[tuple[int, int, str]] = []
    for match in _SPELT.finditer(text):
        letters = [(match.start() + index, char) for index, char in enumerate(match.group(0)) if char.isalpha()]
        spelt = _spelt_name([char for _index, char in letters])
        if spelt is None:
            continue
        skip, first, family = spelt
        start, end = letters[skip][0], match.end()
        after = _next_word(text, end)
        if not family and after is not None and _full_name(first, after.group(0), shouting=first.isupper()):
            end = after.end()
        found.append(Redaction("name", text[start:end]))
        spans.append((start, end, PLACEHOLDERS["name"]))
    return _rebuild(text, spans)


def _spelt_name(letters: Sequence[str]) -> tuple[int, str, str] | None:
    """Of letters spelt out, how many to skip ("i", "a" before a name), the first name they spell and the family name
    spelt after it ("" if none), or None where they spell no name: the whole a listed first name, or a listed first
    name and then a family name (``_full_name``)."""
    for skip in (0, 1) if letters[0].lower() in "ia" else (0,):
        spelt = "".join(letters[skip:])
        for length in range(len(spelt), 2, -1):
            first, family = spelt[:length], spelt[length:]
            if first.lower() not in FIRST_NAMES or first.lower() in _NOT_PEOPLE:
                continue
            if not family or (len(family) > 1 and _full_name(first, family, shouting=first.isupper())):
                return skip, first, family
    return None


def _joined_names(text: str, found: list[Redaction]) -> str:
    """A first name and a family name written as one word, as a username would be: "jade_thompson", "jade.thompson",
    "JadeThompson" (``_full_name``)."""

    def substitute(match: re.Match[str]) -> str:
        first, family = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if first.lower() not in FIRST_NAMES or first.lower() in _NOT_PEOPLE:
            return match.group(0)
        if not _full_name(first, family, shouting=first.isupper() and family.isupper()):
            return match.group(0)
        found.append(Redaction("name", match.group(0)))
        return PLACEHOLDERS["name"]

    return _JOINED_NAME.sub(substitute, text)


_JOINED_NAME = re.compile(
    r"(?<![\w'’.@])(?:([A-Za-z]{2,})[._]([A-Za-z]{2,})(?![\w'’@]|\.\w)|([A-Z][a-z]+)([A-Z][a-z]+)(?![\w'’]))"
)


# A word with hyphens, dots or stars inside it ("ja-de", "thom-pson", "j.ade"), or without: read without them.
_WORD_WITH_MARKS = re.compile(r"\[[a-z ]+\]|(?<![\w'’.@*-])[^\W\d_]+(?:[-.·*_][^\W\d_]+)*(?![\w'’@]|[-.·*_][^\W\d_])")
_MARKS = re.compile(r"[-.·*_]")
# A first name and a family name run together in one word, with digits after it as a username may have them.
_RUN_TOGETHER = re.compile(r"(?<![\w'’.@-])([A-Za-z]{6,})(\d{0,4})(?![\w'’@]|[-.]\w)")
# After a name that is also a word, place or month, what says the two words before were someone's full name:
# nothing ("thompson jade"), or "is", "said", "and" ("thompson jade is my mate"); not "kane will score".
_AFTER_A_FULL_NAME = _IS | _PERSON_AFTER | frozenset("and & n".split())


def _hidden_full_names(text: str, found: list[Redaction], english_words: bool = True) -> str:
    """Names written to get past a filter that reads a first name and then a family name as words: the family name
    first ("thompson jade", "THOMPSON JADE", "Thompson Jade"), with hyphens or dots inside the names ("ja-de
    thom-pson", "jade thomp-son", "ja-de"), or run together in one word ("jadethompson", "JadeThompson07"). A word
    with marks inside it between parts of two letters or more is read without them (``_without_marks``); where it is
    then a listed first name, it is one on its own, as a name spelt out is (``_spelt_names``). The family name first
    must be one in the sense of ``_full_name``, and not an ordinary word; a first name that is also a word, a place or
    a month after it must end the words or come before "is", "said" or "and" ("kane will score", "swift grace" stay).
    Never in words of another language ("ca sa-mi gasesc", "Șeful mi-a luat", "ale chemia jest")."""
    shouting = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    words = list(_WORD_WITH_MARKS.finditer(text))
    joined = [_without_marks(match.group(0)) for match in words]
    broken = [joined[index] != match.group(0) for index, match in enumerate(words)]
    if any(broken):
        english_words = _reads_as_english(" ".join(joined))  # "ja-de thom-pson" as "jade thompson"
    spans: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        last = _hidden_name_end(text, words, joined, broken, index, shouting=shouting, english_words=english_words)
        if last is None:
            index += 1
            continue
        spans.append((words[index].start(), words[last].end(), PLACEHOLDERS["name"]))
        index = last + 1
    if spans and _foreign(text):  # asked only then: the detector is slow
        return text
    found.extend(Redaction("name", text[start:end]) for start, end, _placeholder in spans)
    return _run_together_names(_rebuild(text, spans), found, shouting)


def _hidden_name_end(
    text: str,
    words: Sequence[re.Match[str]],
    joined: Sequence[str],
    broken: Sequence[bool],
    index: int,
    *,
    shouting: bool,
    english_words: bool,
) -> int | None:
    """Where a name hidden from a filter that begins at the word at ``index`` ends (the index of its last word), or
    None: a first name and a family name with marks inside either, a family name and a first name, or one word with
    marks inside it that is a name without them."""

    def first_name(at: int) -> bool:
        stem = _stem(joined[at])
        return (
            not words[at].group(0).startswith("[")
            and stem in FIRST_NAMES
            and stem not in _NOT_PEOPLE
            and stem not in _IDENTITIES
            and len(stem) > 2
        )

    pair = index + 1 < len(words) and _joined(text, words[index], words[index + 1])
    if pair and first_name(index) and (broken[index] or broken[index + 1]):
        if _full_name(joined[index], joined[index + 1], shouting=shouting, english_words=english_words):
            return index + 1  # "ja-de thom-pson", "jade thomp-son"
    if pair and first_name(index + 1):
        if _family_before(words, joined, index, text, shouting=shouting, english_words=english_words):
            return index + 1  # "thompson jade"
    if broken[index] and (first_name(index) or _splits_into_a_full_name(joined[index])):
        return index  # "ja-de", "jade-thompson"
    return None


# Below this many letters, the detector's guess is not to be trusted ("i love patel sarah" is not Romanian).
_TRUSTED_LETTERS = 30


def _foreign(text: str) -> bool:
    """Whether ``text`` is mainly in another language written in Latin letters (Romanian, Polish, Albanian...), where
    "mi-a", "sa-mi" and "chemia" are words: thirty letters or more, as the detector misreads short English (as
    Welsh, as Romanian). Welsh itself is caught by ``_reads_as_english``."""
    return len(re.findall(r"[^\W\d_]", text)) >= _TRUSTED_LETTERS and detect_language(text) not in (None, "en", "cy")


def _without_marks(word: str) -> str:
    """A word with hyphens, dots or stars inside it, read without them where it is written as one word broken up
    ("ja-de", "thom-pson", "JA-DE", "j.ade"): four letters or more, in one case throughout or capitalised. Otherwise
    the word as it is ("PA-ul", "e-mail" is "email", no name)."""
    parts = _MARKS.split(word)
    joined = "".join(parts)
    if len(parts) == 1 or len(joined) < 4:
        return word
    if not (joined.islower() or joined.isupper() or _title(joined)):
        return word
    return joined


def _family_before(
    words: Sequence[re.Match[str]], joined: Sequence[str], index: int, text: str, *, shouting: bool, english_words: bool
) -> bool:
    """Is the word at ``index`` a family name written before the first name after it ("thompson jade")?"""
    family, first = joined[index], joined[index + 1]
    if words[index].group(0).startswith("[") or _stem(family) in FIRST_NAMES and _ordinary(family):
        return False
    written = _capitals_lowered(family)
    if _ordinary(written) and _stem(written) not in _ORDINARY_SURNAMES:
        return False  # "swift grace", "dear hope", "happy holly"
    if index > 0 and _joined(text, words[index - 1], words[index]) and joined[index - 1].lower() in _DETERMINERS:
        return False  # "a jackson holly" is no one's name
    stem = _stem(first)
    if stem in AMBIGUOUS_NAMES or stem in PLACE_LIKE_NAMES or stem in _MONTH_NAMES:
        after = index + 2
        if after < len(words) and _joined(text, words[index + 1], words[after]):
            if joined[after].lower() not in _AFTER_A_FULL_NAME:
                return False
    return _full_name(first, family, shouting=shouting, english_words=english_words)


def _run_together_names(text: str, found: list[Redaction], shouting: bool) -> str:
    """A first name and a family name run together, in any case ("jadethompson", "Jadethompson", "JADETHOMPSON",
    "jadeTHOMPSON", "jadethompson07"), or the family name first ("thompsonjade"): a word that is no
    ordinary word, listed name or proper noun itself, and that splits into a listed first name and a family name
    (``_full_name``). Not "summertime", "rosegold", "markup", "jackson" or "taylorswift"."""

    def substitute(match: re.Match[str]) -> str:
        word = match.group(1)
        # The words around it read as English ("w szkole jest ok" is Polish), or there are none.
        if not _splits_into_a_full_name(word) or not _reads_as_english(text[: match.start()] + text[match.end() :]):
            return match.group(0)
        if _foreign(text):
            return match.group(0)
        found.append(Redaction("name", match.group(0)))
        return PLACEHOLDERS["name"]

    return _RUN_TOGETHER.sub(substitute, text)


def _splits_into_a_full_name(word: str) -> bool:
    """Is ``word`` no ordinary word, listed name, proper noun or place, but a listed first name and a family name
    (``_full_name``) run together, either way round ("jadethompson", "thompsonjade")?"""
    lowered = word.lower()
    if (
        len(lowered) < 6
        or _ordinary(lowered)
        or lowered in FIRST_NAMES
        or lowered in _lexicon()[1]
        or lowered in _NOT_PEOPLE
        or lowered in TOWNS
        or lowered in CLUB_NAMES
        or lowered in _places_abroad()
    ):
        return False
    for cut in range(3, len(lowered) - 2):
        head, tail = lowered[:cut], lowered[cut:]
        for first, family in ((head, tail), (tail, head)):
            if first not in FIRST_NAMES or first in _NOT_PEOPLE or first in _MONTH_NAMES or len(family) < 4:
                continue
            if not _ordinary(family) and _full_name(first, family, shouting=False):
                return True
    return False


def _next_word(text: str, end: int) -> re.Match[str] | None:
    """The word after spaces from ``end`` on, if the next thing is a word."""
    return _TOKEN.match(text, len(text) - len(text[end:].lstrip(" "))) if text[end : end + 1] == " " else None


# --- words in their places: names of homes, streets and schools, titles and first names without a cue -------------

_TOKEN = re.compile(r"\[[a-z ]+\]|(?<![\w'’])[^\W\d_](?:[\w'’-]*[^\W_])?")
_BREAK = re.compile(r"[.!?\n:;\"“”()]")
_NOT_A_HOME_WORDS = frozenset(
    """
    my our your his her their the this that a an new old big little small foster care family crown youth
    magistrates county high supreme white open full tree play doll dolls haunted safe whole same next nice no milky
    one main
    """.split()
)
# How English place names end: oakwood, northfield, kingsway, carlton, parkview, kingsmead.
_PLACE_ENDING = re.compile(
    r"(?:wood|field|fields|ford|ley|leigh|ton|ham|bury|borough|worth|mead|side|gate|dale|brook|bridge|well|mount|"
    r"view|park|hill|lands|croft|stead|wick|thorpe|hurst|combe|moor|way|vale|grove|lea|down|downs|cliffe|church)$"
)
_KIN_WORDS = frozenset(
    """
    nan nans nana nanas gran grans mum mums mam mams dad dads aunt aunts auntie aunties aunty uncle uncles cousin
    cousins friend friends mate mates sister sisters brother brothers bf bfs gf gfs carer carers
    """.split()
)
_FUNCTION_WORDS = frozenset(
    """
    and or but the a an is was are were be been being said says from at in on to of for with by my our your his
    her their who whom that this these those will would can could did does do has had have never always also too
    so if when then asked told called me you him them us it i im i'm not no yes as just still only
    """.split()
)
# Before "miss", words that make it the verb: "i miss", "still miss", "gonna miss".
_MISSING = frozenset(
    """
    i we u you they he she really still so gonna will would do dont don't to never always ill i'll also just defo
    def lowkey kinda must might should can could cant can't wont won't did didnt didn't too n and really proper
    we'll they'll you'll gonna gunna gna wanna i'd we'd ya
    """.split()
)
# Family names that are also ordinary words, taken after "miss" and "dr" ("miss khan", "dr wood").
_ORDINARY_SURNAMES = frozenset(
    """
    khan wood green white brown black hill king hall bell rose lane wells young baker turner cook carter clarke
    ward walker wright moore price hunter mason parker page cross shah ali
    """.split()
)


def _stem(word: str) -> str:
    """A word in lower case without its possessive: "Jamie's" is "jamie"."""
    lowered = word.lower().replace("’", "'")
    return lowered[:-2] if lowered.endswith("'s") else lowered


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Only spaces between two words (not "tell, Mark" or "home. Then")."""
    return not text[left.end() : right.start()].strip()


def _rebuild(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, placeholder in sorted(spans, reverse=True):
        text = text[:start] + placeholder + text[end:]
    return text


def _place_part(word: str, kind: str, titled: bool, english_words: bool = True) -> str:
    """What ``word`` is in the name of a ``kind`` of place ("home", "address", "school") before its keyword: "name"
    (willow, oakwood, Rosewood), "kind" (primary, catholic) or "" (not part of a name: my, nans, virtual). A word in
    lower case that is not in the word list names a place where it sounds like one (oakwood, kingsway, northfield,
    carlton) and the words around it are English: not "naya school" ("new school" in Roman Urdu)."""
    lowered = _stem(word)
    if word.startswith("["):
        return ""
    if kind == "school" and lowered in _SCHOOL_DESCRIPTORS | _STREET_KEYWORDS | _HOME_KEYWORDS:
        return "kind"  # "beech grove primary", "hill view high school": in the name, not a name alone
    if kind == "school" and lowered in _SCHOOL_TYPES:
        return ""  # "forest school", "virtual school"
    if lowered in _PLACE_WORDS:
        return "name"  # "church street", "victoria road": before the words that are never a person
    if (
        lowered in _DETERMINERS
        or lowered in _FUNCTION_WORDS
        or lowered in _KIN_WORDS
        or lowered in _NOT_PEOPLE
        or lowered in _IDENTITIES
        or (lowered != word.lower().replace("’", "'") and lowered in FIRST_NAMES)  # "sarah's house"
    ):
        return ""
    if _title(word) and lowered not in _NOT_A_HOME_WORDS and (titled or not _ordinary(word)):
        return "name"
    if _ordinary(word) or lowered in FIRST_NAMES or not english_words:
        return ""
    return "name" if lowered in _lexicon()[1] or _PLACE_ENDING.search(lowered) else ""


def _named_places(text: str, found: list[Redaction], english_words: bool = True) -> str:
    """Homes, streets and schools named by their own words before a keyword, in any case: "willow house", "mill
    lane", "acacia avenue", "oakwood academy", "beech grove primary", "Hill View High School". The words before the
    keyword must name a place (a tree, a hill, a mill; a word not in the word list; capitals before a capitalised
    keyword), and no "a", "my" or "our" before them: "our house", "a stone house", "down the lane", "no way",
    "virtual school" and "in high school" stay."""
    words = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        keyword = words[index].group(0)
        lowered = keyword.lower()
        following = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
        if lowered in _SCHOOL_KEYWORDS or (lowered == "sixth" and following == "form"):
            kind = "school"
        elif lowered in _HOME_KEYWORDS:
            kind = "home"
        elif lowered in _STREET_KEYWORDS:
            kind = "address"
        else:
            index += 1
            continue
        if (
            kind != "school"
            and index + 1 < len(words)
            and _joined(text, words[index], words[index + 1])
            and following in _SCHOOL_KEYWORDS | _SCHOOL_DESCRIPTORS
        ):
            index += 1  # "hill view high school", "beech grove primary": the school's name, read at its keyword
            continue
        last = index
        while (
            kind == "school"
            and last + 1 < len(words)
            and _joined(text, words[last], words[last + 1])
            and words[last + 1].group(0).lower() in _SCHOOL_KEYWORDS | {"sixth", "form"}
        ):
            last += 1
        first, names = index, 0
        while first > 0 and index - first < 4 and _joined(text, words[first - 1], words[first]):
            part = _place_part(words[first - 1].group(0), kind, _title(keyword) or keyword.isupper(), english_words)
            if not part or (kind != "school" and index - first >= 2):
                break
            first -= 1
            names += part == "name"
        before = words[first - 1].group(0).lower() if first > 0 else ""
        if names and before not in _DETERMINERS and _place_part(words[first].group(0), kind, True, english_words):
            start, end = words[first].start(), words[last].end()
            found.append(Redaction(kind, text[start:end]))
            spans.append((start, end, PLACEHOLDERS[kind]))
        index = last + 1
    return _rebuild(text, spans)


def _titles(text: str, found: list[Redaction]) -> str:
    """A title and the family name after it, in any case: "Mrs Patel", "mrs khan", "miss o'brien", "ms wood", "Mrs
    Sarah Khan". Not "mr and mrs", not "i miss home" or "still miss my mum", not "the dr said"."""
    spans: list[tuple[int, int, str]] = []
    for match in _TITLE.finditer(text):
        title, first = match.group(1).lower(), match.group(3)
        lowered = _stem(first)
        if lowered in _FUNCTION_WORDS or lowered in _NOT_PEOPLE or lowered in _DETERMINERS or first.startswith("["):
            continue
        surname_like = _title(first) or not _ordinary(first) or lowered in _ORDINARY_SURNAMES or lowered in FIRST_NAMES
        if title == "miss":
            before = re.findall(r"[\w'’]+", text[: match.start()])
            if (before and before[-1].lower() in _MISSING) or not surname_like:
                continue
        elif title == "dr" and not surname_like:
            continue
        end = match.end(3)
        after = re.match(r"\s+([^\W\d_][\w'’-]*)", text[end:])
        if after and (lowered in FIRST_NAMES or _title(first)):
            second = after.group(1)
            if _stem(second) not in _NOT_PEOPLE and (
                (_title(second) and not _ordinary(second)) or _stem(second) in _ORDINARY_SURNAMES
            ):
                end += after.end()
        found.append(Redaction("name", text[match.start(3) : end]))
        spans.append((match.start(3), end, PLACEHOLDERS["name"]))
    return _rebuild(text, spans)


def _letters_for_digits(word: str) -> str:
    """A word with digits standing for letters, read as the name it hides where it hides one ("s4rah" is "sarah",
    "j0sh" is "josh", "ho11y" is "holly"); any other word as it is ("m8", "gr8", "2day", "yr9")."""
    if not LETTERS_AND_DIGITS.match(word):
        return word
    for one in ("i", "l"):
        letters = word.replace("1", one).translate(DIGIT_LETTERS)
        if letters.isalpha() and letters in FIRST_NAMES:
            return letters
    return word


def _name_stem(word: str) -> tuple[str, int]:
    """The name in ``word`` and where it ends: "jamie's" is "jamie" (5), "jamies" is "jamie" where "jamie" is a name
    and "jamies" is not, "s4rah" is "sarah"."""
    lowered = _letters_for_digits(_stem(word))
    if lowered not in FIRST_NAMES and lowered.endswith("s") and lowered[:-1] in FIRST_NAMES and not _ordinary(word):
        lowered = lowered[:-1]
    return lowered, len(lowered)


def _bare_names(text: str, found: list[Redaction], english_words: bool = True) -> str:
    """First names with no word before them that says a name comes next: "call sarah", "Mohammed said", "Oliwia and
    me", "tell Mark", "with Hope and Ruby", "i text Bogdan". A known first name that is not also an ordinary word is
    one in any case and anywhere (but "Harry Potter" is a film). A name that is also a word ("will", "hope", "mark")
    is one only capitalised and with a cue: after "tell", "with", "my friend" in mid-sentence, or before "said", "and
    me" or who they are ("Will is my key worker", at the start of a sentence too; then in lower case too). A word
    the lists do not know is a name only capitalised, not an ordinary word, and with such a cue. In words that are
    not English (Roman Urdu "jana", Arabizi "ana"), a name in lower case needs a cue too. A name written with digits
    for letters ("s4rah", "j0sh", "W1ll") is one anywhere: nobody disguises a word that is not. Any listed first name,
    one that is also a word or a place too, is one before a family name ("jade thompson", "JADE THOMPSON", "Jade
    Brown"; ``_full_name``). In capitals throughout, a word in capitals is read as one in lower case."""
    words = list(_TOKEN.finditer(text))
    shouting = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    named = [match.group(0) == PLACEHOLDERS["name"] for match in words]
    spans: list[tuple[int, int, str]] = []

    def word(index: int) -> str:
        return words[index].group(0).lower() if 0 <= index < len(words) else ""

    def next_to(index: int, step: int) -> bool:
        other = index + step
        if not 0 <= other < len(words):
            return False
        left, right = (words[index], words[other]) if step > 0 else (words[other], words[index])
        return _joined(text, left, right)

    def chained(index: int) -> bool:
        """After a name and a comma ("Amir, Dawit"), a name and "and" ("Hope and Ruby"), or "me and"."""
        if (
            index > 0
            and named[index - 1]
            and re.fullmatch(r",\s*", text[words[index - 1].end() : words[index].start()])
        ):
            return True
        if not next_to(index, -1) or word(index - 1) not in ("and", "&", "n", "or"):
            return False
        return (index > 1 and named[index - 2]) or (word(index - 1) != "or" and word(index - 2) == "me")

    index = 0
    while index < len(words):
        match = words[index]
        token = match.group(0)
        if token.startswith("[") or not _is_bare_name(
            token,
            english_words=english_words,
            shouting=shouting,
            starts=index == 0 or bool(_BREAK.search(text[words[index - 1].end() : match.start()])),
            before=word(index - 1) if next_to(index, -1) else "",
            after=word(index + 1) if next_to(index, 1) else "",
            after_two=(word(index + 1), word(index + 2)) if next_to(index, 1) and next_to(index + 1, 1) else ("", ""),
            chained=chained(index),
            role_after=bool(_ROLE_AFTER.match(text, match.end())),
            family=_family_word(text, words, index) if _stem(token) in FIRST_NAMES else "",
        ):
            index += 1
            continue
        stem, length = _name_stem(token)
        end, last = match.start() + length, index
        if next_to(index, 1) and not token[length:]:
            if _takes_family(words[index + 1].group(0), shouting):
                end, last = words[index + 1].end(), index + 1
        found.append(Redaction("name", text[match.start() : end]))
        spans.append((match.start(), end, PLACEHOLDERS["name"]))
        for taken in range(index, last + 1):
            named[taken] = True
        index = last + 1
    return _rebuild(text, spans)


def _family_word(text: str, words: Sequence[re.Match[str]], index: int) -> str:
    """The word straight after the word at ``index`` (only spaces between), unless it begins a famous name ("hope
    taylor swift comes"); or ""."""
    joined = [
        index + step + 1 < len(words) and _joined(text, words[index + step], words[index + step + 1]) for step in (0, 1)
    ]
    if not joined[0]:
        return ""
    family = words[index + 1].group(0)
    after = words[index + 2].group(0).lower() if joined[1] else ""
    return "" if f"{family.lower()}:{after}" in _FAMOUS else family


def _takes_family(family: str, shouting: bool) -> bool:
    """Is the word after a name its family name, to take out with it ("sarah thompson", "SARAH THOMPSON": a word in
    capitals in words all in capitals is read as one in lower case)?"""
    written = _capitals_lowered(family)
    return not family.startswith("[") and _stem(family) not in _NOT_PEOPLE and _is_surname(written, surely=False)


def _is_bare_name(
    token: str,
    *,
    english_words: bool,
    shouting: bool,
    starts: bool,
    before: str,
    after: str,
    after_two: tuple[str, str],
    chained: bool,
    role_after: bool = False,
    family: str = "",
) -> bool:
    stem, _length = _name_stem(token)
    if stem in _NOT_PEOPLE or stem in _IDENTITIES or len(stem) < 2:
        return False
    if stem in FIRST_NAMES and any(char.isdigit() for char in token):
        return True  # "s4rah", "j0sh": a name disguised
    titled = _title(token)
    lower = token.islower() or (shouting and token.isupper())
    if not (titled or lower):
        return False
    if f"{stem}:{after}" in _FAMOUS or before in ("a", "an", "the") or token[:2].lower() in ("i'", "i’"):
        return False  # "Harry Potter", "a karen", "I'd"
    if family and stem in FIRST_NAMES and before not in _AT_A_PLACE:
        if _full_name(token, family, shouting=shouting, english_words=english_words):
            return True  # "jade thompson", "JADE THOMPSON", "Jade Brown", "chelsea smith"
    cue_after = (
        after in _PERSON_AFTER or (after_two[0] in ("and", "&", "n") and after_two[1] in ("me", "i")) or role_after
    )
    cue = (before in _PERSON_BEFORE and not starts) or cue_after or bool(chained)
    if stem in PLACE_LIKE_NAMES:
        return before not in _AT_A_PLACE and after not in _TEAM and cue
    if stem in AMBIGUOUS_NAMES:
        # "will is my key worker": a verb is never who someone is to me, in lower case either (but "i will, my
        # friend, ..." is no name: in lower case only before "is", "was" and the like).
        return (titled and (cue_after if starts else cue)) or (role_after and after in _IS)
    if stem in FIRST_NAMES:
        return titled or english_words or cue
    return titled and not _ordinary(token) and (cue_after if starts else cue)


def _capitals_lowered(word: str) -> str:
    """A word in capitals ("THOMPSON") as one in lower case, for a name's words in any case; any other as it is."""
    return word.lower() if len(word) > 1 and word.isupper() else word


@cache
def _places_abroad() -> frozenset[str]:
    """Countries and continents (Babel's English names of territories, in lower case) and ``PLACES_ABROAD``."""
    territories = (name.lower() for name in Locale("en").territories.values())
    return PLACES_ABROAD | frozenset(name for name in territories if " " not in name)


def _full_name(first: str, family: str, *, shouting: bool, english_words: bool = True) -> bool:
    """Is ``family``, straight after ``first`` (a listed first name, even one that is also a word, a month or a
    place: "jade", "will", "summer", "chelsea"), a family name, so the two are someone's full name? In lower case
    (or in capitals throughout), a word that is not an ordinary one and that the word list has as a proper noun or
    the name lists have ("jade thompson", "JADE THOMPSON", "will patel"), in English words only; capitalised, one
    that is not an ordinary word ("Jade Okafor"), or a family name that is also a word after a capitalised first name
    ("Jade Brown", "Grace Wood"). Never a place, a club, a team's word, a service or who someone is ("will chelsea
    win", "will london", "aston villa", "hope mum", "summer holidays", "may god")."""
    if shouting and first.isupper() and family.isupper():
        first, family = first.lower(), family.lower()
    # One of the two in capitals, the other not ("jade THOMPSON", "THOMPSON jade"): read in lower case.
    first, family = _capitals_lowered(first), _capitals_lowered(family)
    stem = _stem(family)
    if (
        _stem(first) in _DETERMINERS  # "my", "an": Vietnamese names, but "my nike trainers", "an american film"
        or family.startswith("[")
        or stem in _places_abroad()
        or stem in _NOT_PEOPLE
        or stem in _IDENTITIES
        or stem in _TEAM
        or stem in _FUNCTION_WORDS
        or stem in _KIN_WORDS
        or stem in TOWNS
        or stem in CLUB_NAMES
        or stem in PLACE_LIKE_NAMES
        or stem in _MONTH_NAMES
        or f"{_stem(first)}:{stem}" in _FAMOUS
        or len(stem) < 2
    ):
        return False
    if _title(family):
        return _is_surname(family, surely=False) or (_title(first) and stem in _ORDINARY_SURNAMES)
    return family.islower() and english_words and _is_surname(family, surely=False)


# --- what approval refuses besides: cheap signs a worker's edit still points to someone ----------------------------

_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_NUMBER_DOUBTS = (
    # a phone number or part of one: six digits or more, or four or more after a 0 ("0770")
    re.compile(r"(?<![\w£$€.,])\+?\d(?:[\s-]?\d){5,}(?!\w)|(?<![\w£$€.,])0\d{3,}(?!\w)"),
    # a date: 12/03/2010, 3.4.10, 3rd April, April 3rd
    re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:\d{4}|\d{2})\b"),
    re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)\b"),
    # a house or flat number: "flat 4", "4b", "12 Station"
    re.compile(r"(?i)\b(?:flat|apartment|apt|unit)\s*\d{1,4}[a-z]?\b|\b\d{1,4}[ab]\b"),
)
_NUMBER_BEFORE_A_NAME = re.compile(r"\b\d{1,4}[a-z]?\s+([A-Z][a-z'’-]+)")


def approval_doubts(text: str) -> list[tuple[str, str]]:
    """What approval refuses on top of what ``redact`` would take out, as (kind, words): "name" for a capitalised
    word mid-sentence that the name lists have ("with Grace", "ask Will", even where ``redact`` saw no cue), and
    "number" for digits that look like a phone number, a date or a house number. Stricter than the proposal on
    purpose: a worker can write a word that is not a name in lower case, or a number in words. A listed name that
    is here a place or a club is no doubt: a place or a town after "in", "to", "from" or "near" or before "fc"
    ("we went to Jordan"), and a football club's name ("I love Chelsea") unless words around it say it is a person
    ("I told Chelsea", "Chelsea said")."""
    doubts: list[tuple[str, str]] = []
    words = list(_TOKEN.finditer(text))
    lowered = [match.group(0).lower() for match in words]
    for index, match in enumerate(words):
        token = match.group(0)
        if index == 0 or not _title(token) or _BREAK.search(text[words[index - 1].end() : match.start()]):
            continue
        stem, _length = _name_stem(token)
        before = lowered[index - 1]
        after, after_two = (lowered[index + 1 : index + 3] + ["", ""])[:2]
        placed = (stem in PLACE_LIKE_NAMES or stem in TOWNS) and (before in _AT_A_PLACE or after in _TEAM)
        person = (
            before in _PERSON_BEFORE
            or after in _PERSON_AFTER
            or (after in ("and", "&", "n") and after_two in ("me", "i"))
            or (before in ("and", "&", "n") and index > 1 and lowered[index - 2] == "me")
        )
        if (
            before not in ("a", "an", "the")
            and stem in FIRST_NAMES
            and stem not in _MONTH_NAMES
            and stem not in _NOT_PEOPLE
            and f"{stem}:{after}" not in _FAMOUS
            and not placed
            and (stem not in CLUB_NAMES or person)
        ):
            doubts.append(("name", token))
    numbers: list[tuple[int, str]] = []
    for pattern in _NUMBER_DOUBTS:
        numbers += [(match.start(), match.group(0).strip()) for match in pattern.finditer(text)]
    for match in _NUMBER_BEFORE_A_NAME.finditer(text):
        place = match.group(1).lower()
        if place not in _MONTH_NAMES and place not in _IDENTITIES and place not in _NOT_PEOPLE:
            if place in _STREET_NAME_WORDS or not _ordinary(place):
                numbers.append((match.start(), match.group(0)))
    numbers += _disguised_number_doubts(text)
    doubts += [("number", words) for _start, words in sorted(set(numbers))]
    return doubts
