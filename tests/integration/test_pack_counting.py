"""How the board pack counts answers (issue 16: 100,000 responses): each consultation's answers in one pass for its
headline indicators and its rankings together (``indicators.remembered_counts``), and on PostgreSQL with room to group
them in memory (``indicators._room_to_group``): for the pack's own transaction only, and only ever more than the server
is configured with, never less."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from participation.boards import indicators, pack
from participation.extensions import db
from participation.surveys.content import create_consultation
from tests import factories
from tests.factories import QUESTIONS
from tests.factories import text as words


def test_a_pack_counts_a_consultations_answers_once_for_indicators_and_rankings(app):
    with app.app_context():
        org = factories.organisation("Onepass Council")
        rank = {
            "key": "priorities",
            "kind": "rank",
            "bands": ["12-17"],
            "title": words("What should the council work on first?"),
            "options": [{"key": key, "label": words(key)} for key in ("family", "worker", "money", "home")],
        }
        listened = next(question for question in QUESTIONS if question["key"] == "listened-to")
        consultation = create_consultation(org.id, {"code": "onepass", "title": words("One pass")}, [listened, rank])
        for n in range(12):
            factories.stored_response(
                consultation,
                {"listened-to": ["always" if n % 3 else "never"], "priorities": ["money", "home", "family"]},
            )
        db.session.commit()
        passes: list[str] = []

        def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if "CAST(answer.choices AS" in statement:
                passes.append(statement)

        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            built = pack.build(consultation, limit=5)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        assert len(passes) == 1, passes
        # Both tables read that one pass.
        assert [row.answered for row in built.tables["indicators"].rows] == [12]
        assert {row.answered for row in built.tables["priorities"].rows} == {12}
        # Outside a pack, each call counts for itself, as before.
        counted = indicators.answer_counts(consultation, ["priorities"])
        assert sum(n for *_rest, n in counted["priorities"]) == 12


def _work_mem() -> str:
    return str(db.session.scalar(text("SHOW work_mem")))


def test_room_is_raised_for_the_transaction_and_never_lowered(app):
    with app.app_context():
        if db.session.get_bind().dialect.name != "postgresql":
            pytest.skip("work_mem is PostgreSQL's")
        configured = _work_mem()
        db.session.rollback()
        db.session.execute(text("SET LOCAL work_mem = '4MB'"))
        indicators._room_to_group()
        assert _work_mem() == indicators.ROOM_TO_GROUP
        db.session.rollback()
        assert _work_mem() == configured  # gone with the transaction
        db.session.rollback()
        db.session.execute(text("SET LOCAL work_mem = '64MB'"))
        indicators._room_to_group()
        assert _work_mem() == "64MB"  # a server given more keeps it
        db.session.rollback()
