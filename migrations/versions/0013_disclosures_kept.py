"""disclosures kept: a safeguarding case outlives its answer (marked with what happened), unsent disclosures

Revision ID: 0013
Revises: 0011
Create Date: 2026-11-30 10:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

REMOVALS = ("deleted-by-young-person", "erased-by-identifier", "retention-purge", "not-sent")


def upgrade():
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.alter_column("answer_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.drop_constraint("fk_safeguarding_case_answer_id_answer", type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_answer_id_answer"), "answer", ["answer_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.add_column(sa.Column("kept", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "removal",
                sa.Enum(*REMOVALS, name="case_removal", native_enum=False, create_constraint=True, length=30),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("removed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("removed_by_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_removed_by_id_staff_user"),
            "staff_user",
            ["removed_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disclosure_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("read_unsent_disclosures", sa.Boolean(), server_default="1", nullable=False))


def downgrade():
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("read_unsent_disclosures")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_column("disclosure_at")
    # answer_id stays nullable and no case is deleted: a downgrade must not lose a disclosure (the kept words go with
    # the column, so export the open cases first).
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.drop_constraint("fk_safeguarding_case_removed_by_id_staff_user", type_="foreignkey")
        batch_op.drop_column("removed_by_id")
        batch_op.drop_column("removed_on")
        # The CHECK on the column goes first: SQLite's rebuilt table would otherwise still name the dropped column.
        batch_op.drop_constraint(batch_op.f("ck_safeguarding_case_case_removal"), type_="check")
        batch_op.drop_column("removal")
        batch_op.drop_column("kept")
        batch_op.drop_constraint("fk_safeguarding_case_answer_id_answer", type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_answer_id_answer"), "answer", ["answer_id"], ["id"], ondelete="CASCADE"
        )
