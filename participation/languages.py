"""Every language Heard speaks, in one place: the rest of the code reads these facts from here.

Adding a language is a line in ``REGISTRY``, its catalogue (``flask --app wsgi translate init xx``, then translate
``translations/xx/LC_MESSAGES/messages.po``) and, if the analysis should read comments in it with word lists, a
lexicon module ``participation/analysis/lexicons/xx.py``. Its espeak-ng voice (``espeak``) reads its texts aloud
(``espeak-ng --voices`` lists them; None where espeak-ng has none). Nothing here imports Flask or the database: the
analysis engine reads the registry too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lingua import Language as Detected

# English is the source language: every text has it, and everything else falls back to it.
SOURCE = "en"

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, or 639-3 where there is none (prs, ckb): the ?lang= value and the code stored with answers
    native_name: str  # the name in the language itself, as the language list shows it
    english_name: str  # for staff pages and screen-reader text beside "Translate" and "Preview"
    direction: Direction = "ltr"
    # What the comment language detector (lingua) calls it; None when lingua does not know the language.
    detector: Detected | None = None
    # The word-list module under participation/analysis/lexicons, or None when comments are read without lists.
    lexicon: str | None = None
    # The Babel locale the pages are formatted in (dates, numbers), when it is not the code itself: also the name of the
    # language's folder under translations/ (Babel has no "prs", so Dari is fa_AF, Persian as written in Afghanistan).
    locale: str | None = None
    # Whether staff pages are offered in it too. The young person's pages, help, posters, receipts and "you said, we
    # did" are offered in every language; a language without staff pages has a catalogue of those strings only
    # (translations/young-people.pot), and a worker who chose it reads the staff console in English.
    staff_pages: bool = True
    # The espeak-ng voice that reads its texts aloud (``espeak-ng --voices``), or None where espeak-ng has none:
    # then only a recorded voice reads them, and the translation editor says "needs a recording" until one exists.
    espeak: str | None = None

    @property
    def babel_locale(self) -> str:
        return self.locale or self.code

    @property
    def catalogue(self) -> str:
        """The folder under translations/ that holds this language's catalogue."""
        return self.babel_locale if self.locale and self.code != SOURCE else self.code

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


ENGLISH = Language("en", "English", "English", detector=Detected.ENGLISH, lexicon="en", locale="en_GB", espeak="en-gb")

# The order here is the order of the language list on every page.
REGISTRY: tuple[Language, ...] = (
    ENGLISH,
    Language("cy", "Cymraeg", "Welsh", detector=Detected.WELSH, lexicon="cy", espeak="cy"),
    Language("pl", "Polski", "Polish", detector=Detected.POLISH, lexicon="pl", espeak="pl"),
    Language("ro", "Română", "Romanian", detector=Detected.ROMANIAN, lexicon="ro", espeak="ro"),
    Language("ar", "العربية", "Arabic", "rtl", detector=Detected.ARABIC, lexicon="ar", espeak="ar"),
    Language("ur", "اردو", "Urdu", "rtl", detector=Detected.URDU, lexicon="ur", espeak="ur"),
    # The languages of unaccompanied children (Afghan, Eritrean, Albanian, Vietnamese, Kurdish): young people's pages.
    # lingua knows Persian (Dari's comments), Albanian and Vietnamese; Pashto, Tigrinya and Sorani are told by their
    # letters (participation.analysis.detection). None has a word list yet: their comments are read by a person.
    Language("ps", "پښتو", "Pashto", "rtl", staff_pages=False),
    Language(
        "prs",
        "دری",
        "Dari",
        "rtl",
        detector=Detected.PERSIAN,
        locale="fa_AF",
        espeak="fa",
        staff_pages=False,
    ),
    Language("ti", "ትግርኛ", "Tigrinya", staff_pages=False),
    Language("ckb", "کوردی", "Kurdish (Sorani)", "rtl", staff_pages=False),
    Language("sq", "Shqip", "Albanian", detector=Detected.ALBANIAN, espeak="sq", staff_pages=False),
    Language("vi", "Tiếng Việt", "Vietnamese", detector=Detected.VIETNAMESE, espeak="vi", staff_pages=False),
)

LANGUAGES: dict[str, Language] = {language.code: language for language in REGISTRY}


def codes() -> list[str]:
    """Every language's code, in the registry's order."""
    return [language.code for language in LANGUAGES.values()]


def translated_codes() -> list[str]:
    """The languages with a translation catalogue: all but the source language."""
    return [code for code in codes() if code != SOURCE]


def with_staff_pages() -> list[str]:
    """The codes of the languages staff pages are offered in."""
    return [code for code, language in LANGUAGES.items() if language.staff_pages]


def by_locale(locale: str) -> Language | None:
    """The language whose pages are formatted in ``locale`` ("fa_AF" -> Dari, "en_GB" -> English, "cy" -> Welsh)."""
    for language in LANGUAGES.values():
        if language.babel_locale == locale:
            return language
    return LANGUAGES.get(locale.split("_")[0])


def language_names() -> dict[str, str]:
    """Each language's own name by code ("cy" -> "Cymraeg"): how staff pages name a comment's or a text's language."""
    return {code: language.native_name for code, language in LANGUAGES.items()}


def direction_of(code: str | None) -> Direction:
    """The direction text in ``code`` runs in; left to right for a language Heard does not list."""
    language = LANGUAGES.get(code or "")
    return language.direction if language else "ltr"


def with_lexicon() -> list[Language]:
    """The languages whose comments the analysis reads with word lists."""
    return [language for language in LANGUAGES.values() if language.lexicon]


def espeak_voice(code: str) -> str | None:
    """The espeak-ng voice for a language's texts; None where espeak-ng cannot read it (or Heard does not list it)."""
    language = LANGUAGES.get(code)
    return language.espeak if language else None


def detected() -> list[Detected]:
    """The languages the comment language detector chooses between."""
    return [language.detector for language in LANGUAGES.values() if language.detector is not None]
