"""one case per response: a case lists every worrying answer of one response; no score on a possible disclosure

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08 09:00:00

Each existing case gets its answer as its first listed answer. Two cases already open on two answers of one response
are left as two cases: each has its own decisions, notes, re-identification requests and audit entries under its own
id, and merging them would rewrite a safeguarding record (whose decision wins, which clock runs). The case page links
them to each other instead; only new answers join one case. (No column is added to safeguarding_case: on SQLite that
would rebuild the table, and dropping the old one cascades to its notes.)

A sentiment score kept on a possible disclosure, or on words the screen could not read, is cleared: Heard no longer
scores those (``engine.shown_sentiment``).
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "case_answer",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("found_by_person", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("found_by_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_case_answer_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["safeguarding_case.id"],
            name=op.f("fk_case_answer_case_id_safeguarding_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_case_answer_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["found_by_id"], ["staff_user.id"], name=op.f("fk_case_answer_found_by_id_staff_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("answer_id", name=op.f("pk_case_answer")),
    )
    op.create_index(op.f("ix_case_answer_case_id"), "case_answer", ["case_id"])
    op.create_index(op.f("ix_case_answer_organisation_id"), "case_answer", ["organisation_id"])
    case = sa.table(
        "safeguarding_case",
        sa.column("id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("answer_id", sa.Uuid()),
        sa.column("found_by_person", sa.Boolean()),
        sa.column("opened_by_id", sa.Uuid()),
    )
    link = sa.table(
        "case_answer",
        sa.column("answer_id", sa.Uuid()),
        sa.column("case_id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("found_by_person", sa.Boolean()),
        sa.column("found_by_id", sa.Uuid()),
    )
    op.execute(
        sa.insert(link).from_select(
            ["answer_id", "case_id", "organisation_id", "found_by_person", "found_by_id"],
            sa.select(
                case.c.answer_id,
                case.c.id,
                case.c.organisation_id,
                case.c.found_by_person,
                sa.case((case.c.found_by_person == sa.true(), case.c.opened_by_id), else_=sa.null()),
            ).where(case.c.answer_id.is_not(None)),
        )
    )
    analysis = sa.table(
        "answer_analysis",
        sa.column("sentiment", sa.Float()),
        sa.column("safeguarding", sa.Boolean()),
        sa.column("listed", sa.Boolean()),
    )
    op.execute(
        sa.update(analysis)
        .values(sentiment=None)
        .where(sa.or_(analysis.c.safeguarding == sa.true(), analysis.c.listed == sa.false()))
    )


def downgrade():
    op.drop_index(op.f("ix_case_answer_organisation_id"), table_name="case_answer")
    op.drop_index(op.f("ix_case_answer_case_id"), table_name="case_answer")
    op.drop_table("case_answer")
