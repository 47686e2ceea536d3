"""Which texts a consultation reads aloud: every question's title, hint and answer, exactly as each age band reads
them on the question pages in each language (the consultation views of ``participation.surveys.services``), so what
is made, counted and recorded is what a young person hears.

A text keeps its own language: a question nobody has translated into Welsh is English on the Welsh page, and is read
by the English voice. Answers every question of a kind offers ("Yes", "Not sure") come from the catalogues, in the
language of the page.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from flask import g
from flask_babel import force_locale

from participation.audio.speech import text_digest
from participation.languages import LANGUAGES
from participation.surveys.builder import questions_of
from participation.surveys.models import AgeBand, Consultation, Question
from participation.surveys.services import questions_read_by

PARTS = ("title", "hint", "answer")


@dataclass(frozen=True)
class Spoken:
    """Words in one language: what one clip reads."""

    language: str
    text: str

    @property
    def digest(self) -> str:
        return text_digest(self.text)


@dataclass
class Part:
    """One text on a question page: the question's title, its hint or one of its answers, and the bands that see
    these words (a band with its own wording is another part)."""

    question_key: str
    number: int  # the question's place in the consultation, from 1
    what: str  # one of PARTS
    spoken: Spoken
    bands: list[str] = field(default_factory=list)


def versions_read(consultation: Consultation) -> list[int]:
    """The versions young people read (the live one) and workers preview (the draft), each once."""
    return sorted({version for version in (consultation.live_version, consultation.draft_version) if version})


def heard_in(
    consultation: Consultation, language: str, version: int | None = None, questions: Sequence[Question] | None = None
) -> list[Part]:
    """Every text of the question pages in ``language`` (the page's language), question by question, in page order:
    the draft version unless another is named (``questions``: that version's, already loaded)."""
    chosen = version or consultation.draft_version
    loaded = questions if questions is not None else questions_of(consultation, chosen)
    parts: dict[tuple[str, str, str, Spoken], Part] = {}
    # Flask-Babel only switches language once something is on ``g`` (it takes an empty ``g`` for no context at all),
    # which in a background thread it is not.
    g.heard_read_aloud = True
    with force_locale(LANGUAGES[language].babel_locale):
        for band in AgeBand:
            for question in questions_read_by(loaded, language, band.value):
                texts = [("title", "", question.title.lang, question.title.text)]
                if question.hint:
                    texts.append(("hint", "", question.hint.lang, question.hint.text))
                texts += [("answer", choice.value, choice.lang, choice.label) for choice in question.choices]
                for what, value, lang, text in texts:
                    if not text.strip():
                        continue
                    spoken = Spoken(lang or language, text)
                    key = (question.key, what, value, spoken)
                    parts.setdefault(key, Part(question.key, 0, what, spoken)).bands.append(band.value)
    order = {question.key: number for number, question in enumerate(loaded, start=1)}
    for part in parts.values():
        part.number = order.get(part.question_key, 0)
    return sorted(parts.values(), key=lambda part: (part.number, PARTS.index(part.what)))


# Texts change only with the consultation's content_version (every edit moves it): counted once per version and set
# of languages, for the consultation's page, the recording pages and the background maker (hence the lock).
_KNOWN: dict[tuple[object, ...], frozenset[Spoken]] = {}
_KNOWN_LOCK = threading.Lock()


def spoken_texts(consultation: Consultation, languages: Sequence[str]) -> set[Spoken]:
    """Every text read aloud on the question pages of the live and the draft version, in these page languages."""
    key = (
        consultation.id,
        consultation.live_version,
        consultation.draft_version,
        consultation.content_version,
        tuple(languages),
    )
    with _KNOWN_LOCK:
        known = _KNOWN.get(key)
    if known is None:
        known = frozenset(_spoken(consultation, languages))
        with _KNOWN_LOCK:
            if len(_KNOWN) >= 256:
                _KNOWN.clear()
            _KNOWN[key] = known
    return set(known)


def _spoken(consultation: Consultation, languages: Iterable[str]) -> Iterable[Spoken]:
    for version in versions_read(consultation):
        questions = questions_of(consultation, version)  # loaded once, read in every band and language
        for language in languages:
            for part in heard_in(consultation, language, version, questions):
                yield part.spoken
