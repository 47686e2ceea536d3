"""One normalisation for comments and word lists alike, so patterns are written in ordinary spelling."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Latin letters that do not decompose into a base letter and a mark.
_LATIN_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
# Arabic-script letters written differently in Arabic and Urdu, or with and without hamza: one form each.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ے": "ي",
        "ې": "ي",
        "ۓ": "ي",
        "ئ": "ي",
        "ک": "ك",
        "ڪ": "ك",
        "ہ": "ه",
        "ۃ": "ه",
        "ة": "ه",
        "ھ": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ـ": None,  # tatweel
    }
)
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`](?=\w)")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, accents folded, Arabic-script letters unified, apostrophes inside words removed."""
    if text.isascii():
        # Most answers: nothing to fold but case and apostrophes.
        return _APOSTROPHES.sub("", text.lower())
    text = _APOSTROPHES.sub("", text.lower())
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    # Drop combining marks only after Latin letters: Arabic and Urdu keep their letters whole.
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_LATIN_FOLD)


# Words masked to get past a filter or a moderator ("r*ped", "s*icide", "d!e", "k!ll", "SA'd"), and the emoji that
# stand for a knife and for blood: written back as words before a comment or a poll answer is read, so the lists are
# written once in ordinary spelling. Narrow on purpose: a mark INSIDE one of these words only ("sad" stays sad; only
# "SA'd" in capitals, or "sa'd" with its apostrophe, is sexual assault), and an emoji becomes a word of its own that
# no ordinary sentence contains ("knifeemoji"), so "knife and fork" is not touched.
_MASK = r"[*!@#$%.\-_]+"
_UNMASK: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\br{_MASK}p(e|ed|es|ing|ist|d)\b", re.IGNORECASE), r"rap\1"),
    (re.compile(rf"\bs[a-z]?{_MASK}[a-z]?cid(e|al)\b", re.IGNORECASE), r"suicid\1"),
    (re.compile(r"\bd[*!@#]+(e|ed|es)\b", re.IGNORECASE), r"di\1"),
    (re.compile(rf"\bk{_MASK}ll(s|ed|ing)?\b", re.IGNORECASE), r"kill\1"),
    (re.compile(r"\b(?:S\.?A['’ʼ]?d|S\.?A['’ʼ]?ed|[Ss]\.?[Aa]['’ʼ](?:e?d))(?![\w'’])"), "sexually assaulted"),
    (re.compile("\U0001f52a\ufe0f?"), " knifeemoji "),
    (re.compile("\U0001fa78\ufe0f?"), " bloodemoji "),
)


def unmask(text: str) -> str:
    """Masked words and the knife and blood emoji written back as words (``_UNMASK``); anything else as it is."""
    if text.isascii() and not any(mark in text for mark in "*!@#$%.-_'"):
        return text
    for pattern, words in _UNMASK:
        text = pattern.sub(words, text)
    return text


# Ages as young people write them, written one way before a comment is read, so the lists need only "14" and "14
# year old": "14yo", "14 y/o", "14 y.o.", "14yrs old" and "14yr old" are "14 year old", as "my 14 year old brother"
# is written out (read as they were, the digits in "14yo" became letters, "iayo"); "(15f)" and "(28m)" are "(15)" and
# "(28)"; and an age in words is written in digits ("im sixteen", "hes twenty-eight"). Only where it is an age: after
# "im", "hes", "is", "aged" and the like, or before "years old". "Ten" is Polish for "this", "16m" alone is sixteen
# million and "3yrs" alone how long.
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_NUMBER_VALUE = {
    **{word: 1 + index for index, word in enumerate(_UNITS)},
    **{word: 10 + index for index, word in enumerate(_TEENS)},
    **{"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60},
}
_TENS = "twenty|thirty|forty|fourty|fifty|sixty"
_IN_WORDS = (
    rf"(?:(?:{_TENS})(?:[\s-]*(?:{'|'.join(_UNITS)})\b)?"
    rf"|{'|'.join(_TEENS)})"
)
_APOSTROPHE = "['’ʼ]?"
_BEFORE_AN_AGE = (
    rf"i{_APOSTROPHE}m|i\s+am|iam|me|he{_APOSTROPHE}s|she{_APOSTROPHE}s|he\s+is|she\s+is|is|aged?|turned|turning"
    r"|only|just|nearly|almost|him|her|bf|gf|boyfriend|girlfriend|partner"
)
# "14yrs old", "14yrsold", "14years old" (the digits and the word run together), and "14yo", "14 y/o", "14 y.o.":
# "14 years old" and "14 yrs old", already words, are left as they are.
_COMPACT_AGE = re.compile(
    r"\b(\d{1,2})(?:yrs?|years?)\.?\s*[-/]?\s*old\b|\b(\d{1,2})\s*(?:yrs?|years?)old\b"
    r"|\b(\d{1,2})\s*(?:yo|y\s*/\s*o|y\.\s*o)\b\.?",
    re.IGNORECASE,
)
_SEXED_AGE = re.compile(r"\((\d{2})\s*[fm]\)", re.IGNORECASE)
_WORDS_AFTER = re.compile(rf"\b({_BEFORE_AN_AGE})\s+({_IN_WORDS})\b", re.IGNORECASE)
_WORDS_BEFORE = re.compile(rf"\b({_IN_WORDS})(?=[\s-]*(?:years?|yrs?)[\s-]*old\b)", re.IGNORECASE)


_NUMBER_WORD = re.compile("|".join(sorted(_NUMBER_VALUE, key=len, reverse=True)))


def _in_digits(words: str) -> str:
    """ "twenty-eight", "twentyeight" and "twenty eight" as "28"."""
    return str(sum(_NUMBER_VALUE[word] for word in _NUMBER_WORD.findall(words.lower())))


# Cheap looks before the dearer ones: a digit beside a "y" ("14yo", "14 yrs"), a bracket, a number's ending.
_AN_AGE_IN_DIGITS = re.compile(r"\d\s*y", re.IGNORECASE)
_A_NUMBER_IN_WORDS = re.compile(r"teen\b|\b(?:ten|eleven|twelve|twenty|thirty|fou?rty|fifty|sixty)")  # lower case


def ages(text: str) -> str:
    """Ages written one way: "14yo" and "14 y/o" as "14 year old", "(15f)" as "(15)", "im sixteen" as "im 16";
    anything else as it is."""
    if _AN_AGE_IN_DIGITS.search(text):
        text = _COMPACT_AGE.sub(lambda found: f"{next(age for age in found.groups() if age)} year old", text)
    if "(" in text:
        text = _SEXED_AGE.sub(r"(\1)", text)
    if _A_NUMBER_IN_WORDS.search(text.lower()):
        text = _WORDS_AFTER.sub(lambda found: f"{found.group(1)} {_in_digits(found.group(2))}", text)
        text = _WORDS_BEFORE.sub(lambda found: _in_digits(found.group(1)), text)
    return text


# Letters written as digits, to get past a filter or to hide a word ("s3lf h4rm", "s4rah"): the letter each digit
# most often stands for, and a word (folded) that mixes letters and digits.
DIGIT_LETTERS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
LETTERS_AND_DIGITS = re.compile(r"^(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]+$")
_LETTER = re.compile(r"[^\W\d_]")


def letter_count(text: str) -> int:
    return len(_LETTER.findall(text))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Letters Urdu uses and Arabic does not.
_URDU_ONLY = re.compile(r"[ٹڈڑںےہھگچپژۓ]")


def script_language(text: str) -> str | None:
    """A guess from the script alone, for text too short to detect: Arabic script is Urdu when it uses
    Urdu-only letters, otherwise Arabic; Latin script returns None."""
    if _ARABIC_SCRIPT.search(text):
        return "ur" if _URDU_ONLY.search(text) else "ar"
    return None


_CLAUSE_BREAK = re.compile(r"[,.;:!?\n()\u060c\u061b\u061f\u06d4]+")


def clause_tokens(text: str) -> list[tuple[str, int]]:
    """Tokens with the number of the clause each is in (clauses end at , . ; : ! ? and their Arabic-script
    forms), so a "no" in one clause cannot negate what is said in the next."""
    result: list[tuple[str, int]] = []
    for clause, part in enumerate(_CLAUSE_BREAK.split(fold(text))):
        result.extend((token, clause) for token in _TOKEN.findall(part))
    return result


# --- Urdu and Arabic written in Latin letters --------------------------------------------------------------------
#
# Roman Urdu and Arabizi have no fixed spelling: "nahi", "nahin", "nai" and "nhi" are one word, so are "mujhe",
# "mujhay" and "mjhe", and Arabizi writes Arabic letters that Latin lacks as digits ("7" for ح, "3" for ع). Their
# words are compared by a key that forgets what spellers disagree on: the Arabizi digits become the letters they
# stand for, aspiration and h are dropped (kh/k, bh/b, th/t, "nahi"/"nai"), q is k and w is v, e is i and o is u,
# y is i, and doubled letters are single (maar/mar, ee/i, oo/u). The key is only ever compared with keys of the
# Latin patterns of the Arabic and Urdu lists (participation.analysis.lexicon), never with English or Welsh words.

_ARABIZI_DIGITS = str.maketrans({"2": "", "3": "a", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "s"})
# Digraphs first (longest first); "ch" and "sh" are kept as one letter each, written in capitals so that dropping
# the remaining h cannot touch them.
_ROMAN_DIGRAPHS = re.compile(r"chh|ch|sh|kh|gh|ph|th|dh|bh|jh|zh|ck")
_ROMAN_DIGRAPH_KEYS = {
    "chh": "C",
    "ch": "C",
    "sh": "S",
    "kh": "k",
    "gh": "g",
    "ph": "f",
    "th": "t",
    "dh": "d",
    "bh": "b",
    "jh": "j",
    "zh": "z",
    "ck": "k",
}
_ROMAN_LETTERS = str.maketrans({"q": "k", "w": "v", "c": "k", "e": "i", "o": "u", "y": "i"})
_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def roman_key(word: str, whole: bool = True) -> str:
    """The spelling-blind key of one folded Latin token of Roman Urdu or Arabizi ("mujhay" -> "muji", "5ayef" ->
    "kaif", "bhaag" -> "bag"). ``whole=False`` keys a stem (a pattern word ending in *), whose end is not a word end.
    Tokens in other scripts are returned as they are."""
    if not word.isascii():
        return word
    if _HAS_DIGIT.search(word):
        if word.isdigit():
            return word
        word = word.translate(_ARABIZI_DIGITS)
    if whole and word.endswith("ay") and len(word) > 3:
        word = word[:-2] + "e"  # mujhay, kahay, karay
    word = _ROMAN_DIGRAPHS.sub(lambda match: _ROMAN_DIGRAPH_KEYS[match.group()], word).translate(_ROMAN_LETTERS)
    if len(word) > 1:
        word = word[0] + word[1:].replace("h", "")
    # Doubled letters are single ("maar", "darr", "aa").
    return "".join(char for index, char in enumerate(word) if index == 0 or char != word[index - 1])


# Arabizi writes ع ح خ ص ط as digits inside words ("ma3i", "7ayati", "5ayef"). English text-speak uses 2, 4 and 8
# ("2day", "gr8", "b4"), and young people write year groups and times ("y7", "3pm", "2nd"): only 3, 5, 6, 7 and 9,
# or a 2 for hamza ("la2", "so2al", "2idi"), count as the Arabizi shape.
_ARABIZI_SHAPE = re.compile(r"^(?:[a-z]*[a-z][35679][a-z]*|[35679][a-z]{2,}|[a-z]+2[a-z]*|2[a-z]{2,})$")
_NOT_ARABIZI = re.compile(
    r"^(?:y|yr|year|ps|mp|xbox|fifa|gta|covid|iphone|galaxy|s|a|g)\d+$|^\d+(?:st|nd|rd|th|am|pm|s|k|g|x)$"
    r"|^2(?:day|nite|night|moro|morrow|moz|mrw|gether|go|do)$"
)


def arabizi_shaped(token: str) -> bool:
    """A Latin token with an Arabizi digit in it ("ma3i", "7abibi", "la2"), not a year group, time or game."""
    return bool(_ARABIZI_SHAPE.match(token)) and not _NOT_ARABIZI.match(token)


# --- scripts and languages Heard has no word list for ------------------------------------------------------------
#
# A comment mainly in one of these is screened only by the English and other lists it may mix in, and a reader
# must know that: the engine reports it as not "listed". The code given is a guess from the script alone.
_UNLISTED_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ti", re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")),  # Ethiopic: Tigrinya (and Amharic)
    ("ru", re.compile(r"[\u0400-\u052f]")),  # Cyrillic
    ("el", re.compile(r"[\u0370-\u03ff]")),  # Greek
    ("he", re.compile(r"[\u0590-\u05ff]")),  # Hebrew
    ("hy", re.compile(r"[\u0530-\u058f]")),  # Armenian
    ("ka", re.compile(r"[\u10a0-\u10ff]")),  # Georgian
    ("hi", re.compile(r"[\u0900-\u097f]")),  # Devanagari: Hindi, Nepali
    ("bn", re.compile(r"[\u0980-\u09ff]")),  # Bengali
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),  # Gurmukhi: Punjabi
    ("gu", re.compile(r"[\u0a80-\u0aff]")),  # Gujarati
    ("ta", re.compile(r"[\u0b80-\u0bff]")),  # Tamil
    ("si", re.compile(r"[\u0d80-\u0dff]")),  # Sinhala
    ("th", re.compile(r"[\u0e00-\u0e7f]")),  # Thai
    ("my", re.compile(r"[\u1000-\u109f]")),  # Myanmar
    ("km", re.compile(r"[\u1780-\u17ff]")),  # Khmer
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),  # Hangul
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # Hiragana, Katakana
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),  # Han
)
_ANY_UNLISTED_SCRIPT = re.compile("|".join(pattern.pattern for _code, pattern in _UNLISTED_SCRIPTS))
# Arabic-script letters of Pashto and of Sorani Kurdish that neither Arabic nor Urdu uses.
_PASHTO_LETTERS = re.compile(r"[ټډړږښګڼۍځڅ]")
_SORANI_LETTERS = re.compile(r"[ەۆێڵڕ]")
_URDU_PROPER_LETTERS = re.compile(r"[ٹڈڑںےۓھہ]")
# Letters of Persian, Dari, Pashto and Urdu that Arabic does not have.
_PERSIAN_FAMILY_LETTERS = re.compile(r"[پچژگ]")
# Pashto words that Arabic, Urdu and Dari sentences do not use (after folding): "my", "I", "is", "am", "why".
_PASHTO_WORDS = frozenset(fold(word) for word in "زما زه دی ده یم ولې څه زموږ ستا".split())
# Persian (Dari) words that Arabic and Urdu sentences do not use alone (after folding).
_PERSIAN_WORDS = frozenset(
    fold(word) for word in "است هست هستم نیست نیستم را می نمی خیلی میخواهم نمیخواهم میکنم میشوم برای بود شد چرا".split()
)
# Vietnamese letters no other language Heard reads uses: ơ ư đ and the vowels with tone marks (Welsh ẁ ẃ ẅ ỳ are
# left out).
_VIETNAMESE_LETTERS = re.compile(r"[ơưđƠƯĐ\u1ea0-\u1ef1\u1ef4-\u1ef9]")
# Words of Albanian and of Vietnamese typed without accents that are not words of the six listed languages.
_ALBANIAN_WORDS = frozenset(
    "nuk dhe eshte jane shume nje qe sepse mua duhet frike jetoj vellai vellait motra motren "
    "babai nena nenen shtepi shtepia shtepine shkolle shkolla shkollen ndihme ndihmoni "
    "punonjesi punonjesja une jam kemi kam mund per rreh rrah vras veten dhune dua".split()
)
_ALBANIAN_LETTERS = re.compile(r"[ëËçÇ]")
_VIETNAMESE_WORDS = frozenset(
    "khong duoc nguoi nhung nhieu muon giup truong biet thich cua toi voi trong minh "
    "chung hoc nha cho lam rat mot nay viec tien giu chieu roi dang chua ngay phai thay thuong yeu ghet "
    "em anh chi ho bat bi chet danh giet".split()
)
_WORDS_FOR_UNLISTED = (("sq", _ALBANIAN_WORDS, _ALBANIAN_LETTERS), ("vi", _VIETNAMESE_WORDS, _VIETNAMESE_LETTERS))


def unlisted_language(text: str, words: list[str] | None = None) -> str | None:
    """The (guessed) code of the language a comment is mainly written in when Heard has no word list for it:
    another script (Ethiopic, Cyrillic, CJK, Thai, Indic...), Pashto or Sorani Kurdish by their own letters,
    Persian by its words, Vietnamese by its tone marks, Albanian or unaccented Vietnamese by their words.
    None when the comment is mainly in a listed language, or has no letters."""
    if text.isascii():
        return _unlisted_by_words(text, words)
    letters = letter_count(text)
    if letters == 0:
        return None
    if (code := _unlisted_script(text, letters)) is not None:
        return code
    if len(_ARABIC_SCRIPT.findall(text)) * 2 > letters:
        return _unlisted_arabic_script(text)
    vietnamese = len(_VIETNAMESE_LETTERS.findall(text))
    if vietnamese >= 2 and vietnamese * 30 >= letters:
        return "vi"
    return _unlisted_by_words(text, words)


def _unlisted_script(text: str, letters: int) -> str | None:
    """The language of the script (from the table above) that more than half the letters are written in."""
    if not _ANY_UNLISTED_SCRIPT.search(text):
        return None
    return next((code for code, pattern in _UNLISTED_SCRIPTS if len(pattern.findall(text)) * 2 > letters), None)


def _unlisted_arabic_script(text: str) -> str | None:
    """Sorani Kurdish or Pashto by the letters only they use (the more of them, where Urdu's own letters are fewer),
    Persian by its words when no Urdu letter is there; None for Arabic and Urdu."""
    pashto, sorani = len(_PASHTO_LETTERS.findall(text)), len(_SORANI_LETTERS.findall(text))
    urdu = len(_URDU_PROPER_LETTERS.findall(text))
    if sorani and sorani >= pashto and sorani >= urdu:
        return "ckb"
    if pashto and pashto >= urdu:
        return "ps"
    if urdu:
        return None
    words = set(tokens(text))
    if words & _PASHTO_WORDS:
        return "ps"  # Pashto written without its own letters ("زما پلار ما وهي")
    if sum(word in _PERSIAN_WORDS for word in words) >= 2 or _PERSIAN_FAMILY_LETTERS.search(text):
        # Dari by its words, or by the letters Arabic lacks (پ چ ژ گ) with none of Urdu's own: not Arabic, and the
        # Urdu list would read it wrongly, so a person reads it.
        return "prs"  # Dari: the Persian of Afghanistan, as participation.languages calls it
    return None


def _unlisted_by_words(text: str, words: list[str] | None) -> str | None:
    """Albanian or Vietnamese typed without accents, by words no listed language uses (three words at least)."""
    if words is None:
        words = tokens(text)
    if len(words) < 3:
        return None
    for code, vocabulary, letters in _WORDS_FOR_UNLISTED:
        distinct = {word for word in words if word in vocabulary}
        # With the language's own letters (Albanian ë, ç) one word of its own is enough: "babai më rreh".
        needed = 0 if letters.search(text) else 2
        if len(distinct) >= needed + 1 and sum(word in vocabulary for word in words) * 4 >= len(words):
            return code
    return None
