"""themes carry their response and consultation: the board pack counts who raised what without reading every answer

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07 09:10:00

``answer_theme`` gains ``response_id`` and ``consultation_id``: the answer's, which never change for an answer, so
they cannot go stale. Both are filled in from the answers and responses in two UPDATE statements (no loop over rows),
then made NOT NULL with their foreign keys (cascading, as the answer's does) and indexed: ``response_id`` for the
cascade when a response is deleted, and ``(consultation_id, removed, slug, response_id)`` so the pack's theme counts
read the index and the responses alone (issue 16: 100,000 responses). A theme whose answer is gone cannot exist (its
own foreign key cascades), so every row gets both values.

``answer`` gains a partial index of the answers with words (or pictures) to read, ``Answer.said``: a few in a hundred
answers. The reading figures tell a comment from a purged one through it, where PostgreSQL read every answer before.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

SAID = "text IS NOT NULL OR pictures IS NOT NULL"  # ``Answer.said``: answers with words (or pictures) to read


def upgrade():
    op.add_column("answer_theme", sa.Column("response_id", sa.Uuid(), nullable=True))
    op.add_column("answer_theme", sa.Column("consultation_id", sa.Uuid(), nullable=True))
    theme = sa.table(
        "answer_theme",
        sa.column("answer_id", sa.Uuid()),
        sa.column("response_id", sa.Uuid()),
        sa.column("consultation_id", sa.Uuid()),
    )
    answer = sa.table("answer", sa.column("id", sa.Uuid()), sa.column("response_id", sa.Uuid()))
    response = sa.table("response", sa.column("id", sa.Uuid()), sa.column("consultation_id", sa.Uuid()))
    op.execute(
        sa.update(theme).values(
            response_id=sa.select(answer.c.response_id).where(answer.c.id == theme.c.answer_id).scalar_subquery()
        )
    )
    op.execute(
        sa.update(theme).values(
            consultation_id=sa.select(response.c.consultation_id)
            .where(response.c.id == theme.c.response_id)
            .scalar_subquery()
        )
    )
    with op.batch_alter_table("answer_theme") as batch_op:
        batch_op.alter_column("response_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.alter_column("consultation_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_answer_theme_response_id_response"), "response", ["response_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_answer_theme_consultation_id_consultation"),
            "consultation",
            ["consultation_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_answer_theme_response_id"), ["response_id"])
        batch_op.create_index("ix_answer_theme_consultation_id", ["consultation_id", "removed", "slug", "response_id"])
    op.create_index("ix_answer_said", "answer", ["id"], postgresql_where=sa.text(SAID), sqlite_where=sa.text(SAID))


def downgrade():
    op.drop_index("ix_answer_said", table_name="answer")
    with op.batch_alter_table("answer_theme") as batch_op:
        batch_op.drop_index("ix_answer_theme_consultation_id")
        batch_op.drop_index(batch_op.f("ix_answer_theme_response_id"))
        batch_op.drop_constraint(batch_op.f("fk_answer_theme_consultation_id_consultation"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_answer_theme_response_id_response"), type_="foreignkey")
        batch_op.drop_column("consultation_id")
        batch_op.drop_column("response_id")
