"""One normalisation for comments and word lists alike, so patterns are written in ordinary spelling."""

from __future__ import annotations

import re
import unicodedata

# Latin letters that do not decompose into a base letter and a mark.
_LATIN_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
# Arabic-script letters written differently in Arabic and Urdu, or with and without hamza: one form each.
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ے": "ي", "ې": "ي", "ۓ": "ي", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ہ": "ه", "ۃ": "ه", "ة": "ه", "ھ": "ه", "ۀ": "ه",
    "ؤ": "و",
    "ـ": None,  # tatweel
})
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
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_LATIN_FOLD)


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
