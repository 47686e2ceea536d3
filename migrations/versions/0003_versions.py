"""published versions of consultations

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:59:05.991385

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("live_version", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("draft_version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("consultation_text", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint(batch_op.f("uq_consultation_text_key"), type_="unique")
        batch_op.create_unique_constraint(
            "uq_consultation_text_key", ["consultation_id", "version", "language", "age_band"]
        )

    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint(batch_op.f("uq_question_key"), type_="unique")
        batch_op.create_unique_constraint("uq_question_key", ["consultation_id", "version", "key"])

    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consultation_version", sa.Integer(), server_default="1", nullable=False))

    # Everything already published or closed was published as version 1.
    op.execute("UPDATE consultation SET live_version = 1 WHERE status IN ('published', 'closed')")


def downgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_column("consultation_version")

    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_constraint("uq_question_key", type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_question_key"), ["consultation_id", "key"])
        batch_op.drop_column("version")

    with op.batch_alter_table("consultation_text", schema=None) as batch_op:
        batch_op.drop_constraint("uq_consultation_text_key", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_consultation_text_key"), ["consultation_id", "language", "age_band"]
        )
        batch_op.drop_column("version")

    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("draft_version")
        batch_op.drop_column("live_version")
