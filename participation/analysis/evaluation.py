"""How well the screen does on a labelled CSV: recall and precision of possible disclosures, recall by kind of
harm, by language and by language and script, and how often the language was told right.

Used by ``flask --app wsgi analysis evaluate`` (so a council can measure Heard on its own labelled comments) and by
the quality tests. Reports name missed comments by their id only, never by their words, so a report can be pasted
into notes or an issue without copying what a young person wrote.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from participation.analysis.engine import classify as engine_classify
from participation.analysis.sentiment import BANDS, NEGATIVE, POSITIVE, band

REQUIRED_COLUMNS = ("id", "language", "text", "safeguarding")
OPTIONAL_COLUMNS = ("kind", "script")
SCRIPTS = ("native", "latin")
# Language accuracy is judged on comments of this many characters or more, as in the quality tests: shorter ones
# ("ok", "idk") have nothing to tell a language by.
MIN_JUDGED_CHARS = 20
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")


class Classified(Protocol):
    """What the figures need from a classification (the engine's Result, or an older engine's)."""

    @property
    def language(self) -> str | None: ...

    @property
    def safeguarding(self) -> bool: ...


class LabelledFileError(ValueError):
    """The labelled file cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Labelled:
    id: str
    language: str
    text: str
    safeguarding: bool
    kind: str = ""
    script: str = ""


def script_of(text: str) -> str:
    """ "latin" when a comment's letters are Latin ones, else "native" (Arabic, Urdu written in their own script)."""
    letters = [char for char in text if char.isalpha()]
    other = sum(1 for char in letters if _NON_LATIN_LETTER.match(char))
    return "native" if letters and other * 2 > len(letters) else "latin"


def read_labelled(text: str) -> list[Labelled]:
    """Rows of a labelled CSV (columns id,language,text,safeguarding and optionally kind and script). Raises
    LabelledFileError naming the line for anything it cannot read: a missing column, a short row, a safeguarding
    value that is not 0 or 1, a repeated id."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _labelled_header(reader)
    at = {name: header.index(name) for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS if name in header}
    rows: list[Labelled] = []
    seen: set[str] = set()
    try:
        for row in reader:
            if not row or all(not cell.strip() for cell in row):
                continue
            labelled = _labelled_row(row, at, len(header), reader.line_num, seen)
            seen.add(labelled.id)
            rows.append(labelled)
    except csv.Error as error:
        raise LabelledFileError(f"Line {reader.line_num}: not valid CSV ({error}).") from None
    if not rows:
        raise LabelledFileError("The file has a header but no rows to evaluate.")
    return rows


def _labelled_header(reader: Iterator[list[str]]) -> list[str]:
    """The header's column names, lower case, or LabelledFileError when a required one is missing."""
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise LabelledFileError(f"Line 1 is not valid CSV: {error}.") from None
    if header is None or not any(cell.strip() for cell in header):
        raise LabelledFileError(
            f"The file is empty: it needs a header row with the columns {','.join(REQUIRED_COLUMNS)}."
        )
    names = [name.strip().lower().lstrip("\ufeff") for name in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise LabelledFileError(
            f"Line 1 must name the columns {', '.join(REQUIRED_COLUMNS)} "
            f"(and may name {', '.join(OPTIONAL_COLUMNS)}); missing: {', '.join(missing)}."
        )
    return names


def _labelled_row(row: list[str], at: dict[str, int], width: int, line: int, seen: set[str]) -> Labelled:
    """One row of a labelled CSV, or LabelledFileError saying what is wrong with it."""
    if len(row) != width:
        raise LabelledFileError(f"Line {line}: expected {width} columns, found {len(row)}.")
    ident = row[at["id"]].strip()
    if not ident:
        raise LabelledFileError(f"Line {line}: the id is empty.")
    if ident in seen:
        raise LabelledFileError(f"Line {line}: the id {ident!r} is used twice.")
    flag = row[at["safeguarding"]].strip()
    if flag not in ("0", "1"):
        raise LabelledFileError(f"Line {line} (id {ident}): safeguarding must be 1 or 0, not {flag!r}.")
    language = row[at["language"]].strip().lower()
    if not language:
        raise LabelledFileError(f"Line {line} (id {ident}): the language is empty.")
    script = row[at["script"]].strip().lower() if "script" in at else ""
    if script and script not in SCRIPTS:
        raise LabelledFileError(f"Line {line} (id {ident}): script must be native or latin, not {script!r}.")
    text_value = row[at["text"]]
    return Labelled(
        ident,
        language,
        text_value,
        flag == "1",
        row[at["kind"]].strip() if "kind" in at else "",
        script or script_of(text_value),
    )


@dataclass
class Tally:
    caught: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.caught / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.total += 1
        self.caught += hit


@dataclass
class Report:
    rows: int = 0
    disclosures: int = 0
    caught: int = 0
    flagged: int = 0
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language_script: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    language: Tally = field(default_factory=Tally)
    language_by_script: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    unlisted_rows: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.caught / self.disclosures if self.disclosures else None

    @property
    def precision(self) -> float | None:
        return self.caught / self.flagged if self.flagged else None

    def romanised_language(self) -> Tally:
        """Language accuracy on Arabic and Urdu written in Latin letters."""
        total = Tally()
        for (language, script), tally in self.language_by_script.items():
            if language in ("ar", "ur") and script == "latin":
                total.caught += tally.caught
                total.total += tally.total
        return total


def evaluate(rows: Iterable[Labelled], classify: Callable[[str], Classified] | None = None) -> Report:
    """Classify every row and tally the figures. ``classify`` defaults to the engine's (another can be passed to
    measure an older engine on the same rows)."""
    if classify is None:
        classify = engine_classify
    report = Report()
    for row in rows:
        result = classify(row.text)
        flagged = bool(result.safeguarding)
        language = result.language
        report.rows += 1
        report.flagged += flagged
        if row.safeguarding:
            report.disclosures += 1
            report.caught += flagged
            report.by_kind[row.kind or "(no kind)"].add(flagged)
            report.by_language[row.language].add(flagged)
            report.by_language_script[(row.language, row.script)].add(flagged)
            if not flagged:
                report.missed.append(row.id)
        elif flagged:
            report.false_alarms.append(row.id)
        if len(row.text.strip()) >= MIN_JUDGED_CHARS:
            right = language == row.language
            report.language.add(right)
            report.language_by_script[(row.language, row.script)].add(right)
        if getattr(result, "listed", True) is False:
            report.unlisted_rows.append(row.id)
    return report


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _tally(tally: Tally) -> str:
    return f"{_figure(tally.rate)} ({tally.caught}/{tally.total})"


def format_report(report: Report) -> list[str]:
    """The report as lines of plain text: figures and ids, never a comment's words."""
    lines = [
        f"Comments: {report.rows}; labelled possible disclosures: {report.disclosures}; flagged: {report.flagged}",
        f"Recall: {_figure(report.recall)} ({report.caught}/{report.disclosures})",
        f"Precision: {_figure(report.precision)} ({report.caught}/{report.flagged})",
        "",
        "Recall by kind:",
    ]
    lines += [f"  {kind}: {_tally(tally)}" for kind, tally in sorted(report.by_kind.items())]
    lines += ["", "Recall by language:"]
    lines += [f"  {language}: {_tally(tally)}" for language, tally in sorted(report.by_language.items())]
    lines += ["", "Recall by language and script:"]
    lines += [
        f"  {language} {script}: {_tally(tally)}"
        for (language, script), tally in sorted(report.by_language_script.items())
    ]
    lines += ["", f"Language accuracy (comments of {MIN_JUDGED_CHARS}+ characters): {_tally(report.language)}"]
    lines += [
        f"  {language} {script}: {_tally(tally)}"
        for (language, script), tally in sorted(report.language_by_script.items())
    ]
    romanised = report.romanised_language()
    if romanised.total:
        lines.append(f"  Arabic and Urdu in Latin letters: {_tally(romanised)}")
    lines += [
        "",
        f"Missed disclosures ({len(report.missed)}): {', '.join(report.missed) or 'none'}",
        f"False alarms ({len(report.false_alarms)}): {', '.join(report.false_alarms) or 'none'}",
    ]
    if report.unlisted_rows:
        lines.append(
            f"Mainly in a language Heard has no word list for ({len(report.unlisted_rows)}): "
            f"{', '.join(report.unlisted_rows)}"
        )
    return lines


def evaluate_file(path: str, classify: Callable[[str], Classified] | None = None) -> Report:
    """Evaluate a labelled CSV file (UTF-8, or Windows-1252 as a fallback)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return evaluate(read_labelled(text), classify)


def by_kind_rates(report: Report) -> dict[str, float]:
    return {kind: tally.rate or 0.0 for kind, tally in report.by_kind.items()}


def rows_where(rows: Sequence[Labelled], **values: str) -> list[Labelled]:
    return [row for row in rows if all(getattr(row, name) == value for name, value in values.items())]


# --- sentiment ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledSentiment:
    id: str
    label: str  # negative, neutral or positive, as a person reads it
    kind: str
    text: str


def read_sentiment_labelled(path: str) -> list[LabelledSentiment]:
    """Rows of a labelled sentiment CSV (columns id,label,kind,text; label negative, neutral or positive)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    labelled = [LabelledSentiment(row["id"], row["label"], row.get("kind") or "", row["text"]) for row in rows]
    wrong = [row.id for row in labelled if row.label not in BANDS]
    if wrong:
        raise LabelledFileError(f"Labels must be one of {', '.join(BANDS)}: not so in {', '.join(wrong)}.")
    return labelled


NOT_SCORED = "not scored"


@dataclass
class SentimentReport:
    """What the shown score says against what a person reads, for each labelled comment. A comment shown without a
    score (a possible disclosure, words the screen could not read, not English) counts as "not scored": never right,
    and never shown as positive."""

    shown: list[tuple[LabelledSentiment, str]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.shown)

    @property
    def scored(self) -> int:
        return sum(said != NOT_SCORED for _row, said in self.shown)

    @property
    def accuracy(self) -> float | None:
        """Right over every labelled comment (not scored counts as wrong)."""
        return sum(row.label == said for row, said in self.shown) / self.rows if self.rows else None

    @property
    def accuracy_scored(self) -> float | None:
        """Right over the comments that were given a score."""
        return sum(row.label == said for row, said in self.shown) / self.scored if self.scored else None

    def precision(self, label: str) -> float | None:
        said = [row for row, shown in self.shown if shown == label]
        return sum(row.label == label for row in said) / len(said) if said else None

    def recall(self, label: str) -> float | None:
        meant = [shown for row, shown in self.shown if row.label == label]
        return sum(shown == label for shown in meant) / len(meant) if meant else None

    def negative_shown_positive(self, kind: str | None = None) -> tuple[int, int]:
        """(labelled negative comments shown as positive, labelled negative comments), of one kind if given."""
        negative = [shown for row, shown in self.shown if row.label == NEGATIVE and kind in (None, row.kind)]
        return sum(shown == POSITIVE for shown in negative), len(negative)

    def positive_shown_on(self, kind: str) -> int:
        """Comments of a kind (e.g. "disclosure") shown with a positive score."""
        return sum(shown == POSITIVE for row, shown in self.shown if row.kind == kind)

    def wrong(self) -> list[str]:
        return [row.id for row, shown in self.shown if shown != row.label]


def measure_sentiment(rows: Iterable[LabelledSentiment], shown: Callable[[str], float | None]) -> SentimentReport:
    """Put each row's shown score (``shown``: None where no score is shown) into words and tally it against the
    label."""
    report = SentimentReport()
    for row in rows:
        value = shown(row.text)
        report.shown.append((row, NOT_SCORED if value is None else band(value)))
    return report


def format_sentiment_report(report: SentimentReport) -> list[str]:
    """The figures as lines of plain text, comment ids only."""
    flipped, negatives = report.negative_shown_positive()
    lines = [
        f"Comments: {report.rows}; given a score: {report.scored}; not scored: {report.rows - report.scored}",
        f"Accuracy: {_figure(report.accuracy)} over every comment (not scored counts as wrong); "
        f"{_figure(report.accuracy_scored)} over the comments given a score",
    ]
    for label in BANDS:
        lines.append(
            f"  {label:8}  precision {_figure(report.precision(label))}  recall {_figure(report.recall(label))}"
        )
    share = flipped / negatives if negatives else None
    lines.append(f"Labelled negative shown as positive: {_figure(share)} ({flipped}/{negatives})")
    kinds = sorted({row.kind for row, _shown in report.shown if row.kind})
    for kind in kinds:
        kind_flipped, kind_negatives = report.negative_shown_positive(kind)
        if kind_negatives:
            lines.append(f"  {kind}: {kind_flipped}/{kind_negatives}")
    lines.append(f"Possible disclosures shown with a positive score: {report.positive_shown_on('disclosure')}")
    lines.append(f"Wrong ({len(report.wrong())}): {', '.join(report.wrong()) or 'none'}")
    return lines
