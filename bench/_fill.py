"""Synthetic responses in bulk for the board-pack benches, written the fast way for each database: PostgreSQL's COPY,
and on SQLite one prepared INSERT run over many rows (``executemany``), each value turned into what SQLAlchemy itself
would store (its own bind processors), so the rows read back exactly like rows the app wrote.

Each response answers every choice question its age band is asked, as the demo's answers are distributed (positive
answers weigh three to one, "prefer not to say" on one in twenty); four in ten free-text answers are written, each with
one or two themes from the organisation's codebook, the screen's result (a sentiment score on most, a possible
disclosure on one in a hundred, an unreadable language on three in a hundred) and its read state (read by a worker a
few hours to days after it arrived, on all but the newest), as submission and the comments page leave them.

Also: ``clone_consultation`` copies a published consultation's questions, options and every text (new ids, another
organisation if asked) in bulk, so a bench can make hundreds of consultations in seconds.
"""

from __future__ import annotations

import json
import random
import uuid
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import JSON, DateTime

THEMES = [
    "family-time",
    "home-and-stability",
    "workers",
    "being-heard",
    "education",
    "health-and-wellbeing",
    "leaving-care",
    "money-and-work",
    "activities-and-friends",
    "digital-access",
    "safety",
    "housing",
]
BANDS = {"4-7": 30, "8-11": 60, "12-17": 105, "care-leavers": 65, "parents-carers": 40}
LANGUAGES = {"en": 80, "pl": 6, "ro": 5, "ar": 5, "ur": 4}
CHUNK = 5000
# The tables a bench loads in bulk (the rest are made through the app's own services).
LOADED = (
    "consultation",
    "consultation_text",
    "question",
    "question_band",
    "question_text",
    "option",
    "option_text",
    "response",
    "answer",
    "answer_theme",
    "answer_analysis",
    "comment_reading",
)


# --- writing rows fast ---------------------------------------------------------------------------------------------


class Writer:
    """Writes plain row dicts into a table on one SQLAlchemy connection: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.dialect = connection.dialect
        self._processors: dict[tuple[str, str], Callable[[Any], Any] | None] = {}

    def _processor(self, table: Any, column: str) -> Callable[[Any], Any] | None:
        key = (table.name, column)
        if key not in self._processors:
            self._processors[key] = table.c[column].type.dialect_impl(self.dialect).bind_processor(self.dialect)
        return self._processors[key]

    def write(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        """Rows of Python values, each column's turned into what SQLAlchemy would store."""
        if not rows:
            return
        columns = list(rows[0])
        if self.dialect.name == "postgresql":
            self._copy(table, columns, rows)
            return
        processors = [self._processor(table, column) for column in columns]
        values = [
            tuple(
                process(row[column]) if process is not None and row[column] is not None else row[column]
                for column, process in zip(columns, processors, strict=True)
            )
            for row in rows
        ]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _column in columns)
        self.connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)

    def write_plain(self, table: Any, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows of values every database takes as they are (see ``RESPONSE_COLUMNS``), times as aware datetimes."""
        if not rows:
            return
        names = ", ".join(f'"{column}"' for column in columns)
        times = [index for index, column in enumerate(columns) if isinstance(table.c[column].type, DateTime)]
        if self.dialect.name == "postgresql":
            driver = self.connection.connection.driver_connection
            lines = []
            for row in rows:
                values = list(row)
                for index in times:
                    if values[index] is not None:
                        values[index] = values[index].isoformat()
                lines.append("\t".join("\\N" if value is None else str(value) for value in values))
            with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                copy.write("\n".join(lines) + "\n")
            return
        if times:
            processors = {
                index: table.c[columns[index]].type.dialect_impl(self.dialect).bind_processor(self.dialect)
                for index in times
            }
            rows = [
                tuple(
                    processors[index](value) if index in processors and value is not None else value
                    for index, value in enumerate(row)
                )
                for row in rows
            ]
        marks = ", ".join("?" for _column in columns)
        self.connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(rows))

    def _copy(self, table: Any, columns: list[str], rows: Sequence[dict[str, Any]]) -> None:
        json_columns = {column for column in columns if isinstance(table.c[column].type, JSON)}
        driver = self.connection.connection.driver_connection
        names = ", ".join(f'"{column}"' for column in columns)
        with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(
                    [
                        json.dumps(row[column]) if column in json_columns and row[column] is not None else row[column]
                        for column in columns
                    ]
                )


# --- what a consultation asks --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Asked:
    """One question of a consultation's live version, as the generator needs it."""

    id: uuid.UUID
    key: str
    text: bool
    yes_no: bool
    bands: frozenset[str]
    options: tuple[tuple[str, bool, str], ...]  # key, counts as positive, bands ("" for every band)

    def offered(self, band: str) -> list[tuple[str, bool]]:
        return [(key, positive) for key, positive, bands in self.options if not bands or band in bands.split(",")]


def asked(consultation: Any) -> list[Asked]:
    from participation.surveys import builder
    from participation.surveys.models import QuestionKind

    return [
        Asked(
            question.id,
            question.key,
            question.kind.is_text,
            question.kind == QuestionKind.YES_NO,
            frozenset(question.band_slugs),
            tuple((option.key, option.is_positive, option.bands or "") for option in question.options),
        )
        for question in builder.questions_of(consultation, consultation.live_version)
        if question.kind != QuestionKind.CONSENT_QUOTE
    ]


@dataclass
class Target:
    """Where responses go: a consultation, its questions, the groups its young people come through."""

    organisation_id: uuid.UUID
    consultation_id: uuid.UUID
    version: int
    questions: list[Asked]
    opens_on: date
    days: int = 45
    groups: Sequence[uuid.UUID | None] = (None,)  # picked at random for each response
    reader_id: uuid.UUID | None = None  # who read the comments (None: someone whose account has since gone)
    reads: bool = True  # whether comments get read at all
    now: datetime | None = None  # comments that arrived in the last few days are still unread


# Rows are made as tuples of values every database takes as they are: ids as 32 hex digits (how SQLAlchemy stores a
# UUID on SQLite, and a form PostgreSQL reads), dates as ISO text, booleans as 1 or 0, JSON already encoded, no tab,
# newline or backslash in any text. Only the times differ between databases (``Writer.write_plain``).
RESPONSE_COLUMNS = (
    "id",
    "organisation_id",
    "consultation_id",
    "pseudonym",
    "submission_key",
    "receipt_hash",
    "age_band",
    "language",
    "submitted_on",
    "group_id",
    "assisted",
    "easy",
    "consultation_version",
    "purged",
)
ANSWER_COLUMNS = ("id", "organisation_id", "response_id", "question_id", "question_key", "declined", "choices", "text")
THEME_COLUMNS = ("answer_id", "slug", "organisation_id", "response_id", "consultation_id", "source", "removed")
ANALYSIS_COLUMNS = (
    "answer_id",
    "organisation_id",
    "consultation_id",
    "language",
    "sentiment",
    "safeguarding",
    "risk_terms",
    "listed",
    "analysed_on",
)
READING_COLUMNS = ("answer_id", "organisation_id", "consultation_id", "arrived_at", "read_by_id", "read_at")


class _Picker:
    """Weighted choices made fast: cumulative weights worked out once."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


_BAND = _Picker(list(BANDS), list(BANDS.values()))
_LANGUAGE = _Picker(list(LANGUAGES), list(LANGUAGES.values()))
_YES_NO = _Picker([json.dumps([value]) for value in ("yes", "no", "not-sure")], [70, 18, 12])
_DELAY = (2, 5, 20, 26, 45, 70, 95, 200)


class _Plan:
    """A target's questions as the generator walks them: per age band, (question id, key, what to write)."""

    def __init__(self, target: Target) -> None:
        self.organisation = target.organisation_id.hex
        self.consultation = target.consultation_id.hex
        self.groups = [group.hex if group is not None else None for group in target.groups]
        self.reader = target.reader_id.hex if target.reader_id is not None else None
        self.by_band: dict[str, list[tuple[str, str, Any]]] = {}
        for band in BANDS:
            steps: list[tuple[str, str, Any]] = []
            for question in target.questions:
                if band not in question.bands:
                    continue
                if question.text:
                    what: Any = "text"
                elif question.yes_no:
                    what = _YES_NO
                else:
                    offered = question.offered(band)
                    if not offered:
                        continue
                    what = _Picker(
                        [json.dumps([key]) for key, _positive in offered],
                        [3 if positive else 1 for _key, positive in offered],
                    )
                steps.append((question.id.hex, question.key, what))
            self.by_band[band] = steps


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _rows_for(target: Target, plan: _Plan, rng: random.Random, serial: int, out: tuple[list[Any], ...]) -> None:
    """One response: its row, its answers, and the themes, analysis and read state of its comments, added to ``out``
    (responses, answers, themes, analyses, readings)."""
    responses, answers, themes, analyses, readings = out
    response_id = _hex(rng)
    band = _BAND(rng)
    submitted_on = target.opens_on + timedelta(days=rng.randrange(target.days))
    day = submitted_on.isoformat()
    responses.append(
        (
            response_id,
            plan.organisation,
            plan.consultation,
            _hex(rng),
            f"bench-{serial:x}-{rng.getrandbits(64):016x}",
            f"{rng.getrandbits(256):064x}",
            band,
            _LANGUAGE(rng),
            day,
            rng.choice(plan.groups),
            int(band == "4-7" and rng.random() < 0.5),
            int(rng.random() < 0.08),
            target.version,
            0,
        )
    )
    for question_id, key, what in plan.by_band[band]:
        answer_id = _hex(rng)
        if what == "text":
            if rng.random() > 0.4:
                continue
            answers.append((answer_id, plan.organisation, response_id, question_id, key, 0, None, "a comment"))
            for slug in rng.sample(THEMES, rng.choice((1, 1, 2))):
                themes.append((answer_id, slug, plan.organisation, response_id, plan.consultation, "auto", 0))
            sentiment = round(rng.uniform(-0.8, 0.9), 3) if rng.random() < 0.85 else None
            flagged, listed = int(rng.random() < 0.01), int(rng.random() > 0.03)
            analyses.append(
                (answer_id, plan.organisation, plan.consultation, "en", sentiment, flagged, "[]", listed, day)
            )
            arrived = datetime.combine(submitted_on, time(rng.randrange(8, 22)), tzinfo=UTC)
            fresh = target.now is not None and arrived > target.now - timedelta(days=4)
            read_at = None
            if target.reads and not fresh and rng.random() < 0.9:
                read_at = arrived + timedelta(hours=rng.choice(_DELAY))
            reader = plan.reader if read_at else None
            readings.append((answer_id, plan.organisation, plan.consultation, arrived, reader, read_at))
        elif rng.random() < 0.05:
            answers.append((answer_id, plan.organisation, response_id, question_id, key, 1, None, None))
        else:
            answers.append((answer_id, plan.organisation, response_id, question_id, key, 0, what(rng), None))


def fill(connection: Any, target: Target, count: int, rng: random.Random, progress: Callable[[int], None]) -> int:
    """Add ``count`` responses to ``target``'s consultation, in chunks, committed as they go. Returns ``count``."""
    from participation.analysis.models import AnswerAnalysis, AnswerTheme, CommentReading
    from participation.responses.models import Answer, Response

    writer = Writer(connection)
    if writer.dialect.name == "sqlite":
        # A page cache large enough for the indexes being written: loading only, the timed reads use the app's own.
        connection.exec_driver_sql("PRAGMA cache_size=-262144")
        connection.commit()
    plan = _Plan(target)
    done = 0
    while done < count:
        out: tuple[list[Any], ...] = ([], [], [], [], [])
        for serial in range(done, min(count, done + CHUNK)):
            _rows_for(target, plan, rng, serial, out)
        responses, answers, themes, analyses, readings = out
        with connection.begin():
            if writer.dialect.name == "postgresql":
                # Rows made consistent by construction: skip the per-row foreign-key triggers while loading (as
                # pg_restore does), for this transaction only.
                connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            writer.write_plain(Response.__table__, RESPONSE_COLUMNS, responses)
            writer.write_plain(Answer.__table__, ANSWER_COLUMNS, answers)
            writer.write_plain(AnswerTheme.__table__, THEME_COLUMNS, themes)
            writer.write_plain(AnswerAnalysis.__table__, ANALYSIS_COLUMNS, analyses)
            writer.write_plain(CommentReading.__table__, READING_COLUMNS, readings)
        done += len(responses)
        progress(len(responses))
    return count


BULK = ("response", "answer", "answer_theme", "answer_analysis", "comment_reading")


@contextmanager
def indexes_set_aside(engine: Any) -> Iterator[None]:
    """Load without the secondary indexes of the tables written in bulk, then build them again from their own
    definitions (``CREATE INDEX`` as the database reports it), as a restore does: the same indexes at the end, built
    in one pass instead of row by row. Primary keys and unique constraints stay (they are constraints)."""
    from sqlalchemy import text

    names = ", ".join(f"'{table}'" for table in BULK)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            found = connection.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    f"AND tablename IN ({names}) AND indexname NOT IN "
                    "(SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))"
                )
            ).all()
        else:
            found = connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    f"AND tbl_name IN ({names}) AND sql IS NOT NULL"
                )
            ).all()
        for name, _definition in found:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with engine.begin() as connection:
            for _name, definition in found:
                connection.exec_driver_sql(definition)


def analyse(engine: Any) -> None:
    """On PostgreSQL, ``VACUUM ANALYZE`` after a bulk load, as autovacuum would do soon after on a live database: the
    planner's statistics and the visibility map then describe the rows loaded. SQLite is left as the app leaves it
    (Heard never runs ``ANALYZE`` there)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in LOADED:
            connection.exec_driver_sql(f'VACUUM ANALYZE "{table}"')


# --- copying a consultation ----------------------------------------------------------------------------------------


def clone_consultation(
    connection: Any,
    source_id: uuid.UUID,
    organisation_id: uuid.UUID,
    code: str,
    title: str,
    opens_on: date,
    closes_on: date | None,
    previous_wave_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A published copy of ``source_id``'s live version (questions, options and every text) for ``organisation_id``,
    titled ``title`` in English. Returns the new consultation's id. The caller commits."""
    from sqlalchemy import select

    from participation.surveys.models import (
        Consultation,
        ConsultationText,
        Option,
        OptionText,
        Question,
        QuestionBand,
        QuestionText,
    )

    source = connection.execute(select(Consultation.__table__).where(Consultation.id == source_id)).mappings().one()
    version = source["live_version"]
    new_id = uuid.uuid4()
    now = datetime.now(UTC)
    consultation = {
        **source,
        "id": new_id,
        "organisation_id": organisation_id,
        "code": code,
        "opens_on": opens_on,
        "closes_on": closes_on,
        "previous_wave_id": previous_wave_id,
        "live_version": 1,
        "draft_version": 1,
        "content_version": 1,
        "created_at": now,
        "updated_at": now,
    }
    writer = Writer(connection)
    writer.write(Consultation.__table__, [consultation])

    def rows(table: Any, where: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in connection.execute(select(table).where(where)).mappings()]

    texts = rows(
        ConsultationText.__table__,
        (ConsultationText.consultation_id == source_id) & (ConsultationText.version == version),
    )
    for text in texts:
        text.update(id=uuid.uuid4(), organisation_id=organisation_id, consultation_id=new_id, version=1)
        if text["language"] == "en" and text["age_band"] == "":
            text["title"] = title
    writer.write(ConsultationText.__table__, texts)
    questions = rows(Question.__table__, (Question.consultation_id == source_id) & (Question.version == version))
    question_ids = {row["id"]: uuid.uuid4() for row in questions}
    for question in questions:
        question.update(
            id=question_ids[question["id"]], organisation_id=organisation_id, consultation_id=new_id, version=1
        )
    writer.write(Question.__table__, questions)
    _copy_children(writer, rows, QuestionBand.__table__, QuestionBand.question_id, question_ids, organisation_id)
    _copy_children(writer, rows, QuestionText.__table__, QuestionText.question_id, question_ids, organisation_id, True)
    options = rows(Option.__table__, Option.question_id.in_(list(question_ids)))
    option_ids = {row["id"]: uuid.uuid4() for row in options}
    for option in options:
        option.update(
            id=option_ids[option["id"]],
            organisation_id=organisation_id,
            question_id=question_ids[option["question_id"]],
        )
    writer.write(Option.__table__, options)
    _copy_children(writer, rows, OptionText.__table__, OptionText.option_id, option_ids, organisation_id, True)
    return new_id


def _copy_children(
    writer: Writer,
    rows: Callable[[Any, Any], list[dict[str, Any]]],
    table: Any,
    parent: Any,
    ids: dict[uuid.UUID, uuid.UUID],
    organisation_id: uuid.UUID,
    own_id: bool = False,
) -> None:
    children = rows(table, parent.in_(list(ids)))
    for child in children:
        child[parent.key] = ids[child[parent.key]]
        child["organisation_id"] = organisation_id
        if own_id:
            child["id"] = uuid.uuid4()
    writer.write(table, children)


def chunks(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
