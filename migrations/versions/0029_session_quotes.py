"""words said in a session can be quoted, as survey comments can: a worker's decision on a note its writer agreed
to have quoted

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 09:25:00

A note's quote (the words as approved, names taken out) is kept with the note, with who decided and when, so it goes
when the note goes (a session deleted, the retention purge) and no quote outlives its words.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("session_note") as batch:
        batch.add_column(
            sa.Column(
                "quote_status",
                sa.Enum(
                    "approved",
                    "rejected",
                    name="session_quote_status",
                    native_enum=False,
                    create_constraint=True,
                    length=20,
                ),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("quote_text", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("quote_decided_by_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("quote_decided_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_session_note_quote_decided_by_id_staff_user"),
            "staff_user",
            ["quote_decided_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade():
    with op.batch_alter_table("session_note") as batch:
        batch.drop_constraint("fk_session_note_quote_decided_by_id_staff_user", type_="foreignkey")
        batch.drop_column("quote_decided_at")
        batch.drop_column("quote_decided_by_id")
        batch.drop_column("quote_text")
        # The CHECK on the column goes first: SQLite's rebuilt table would otherwise still name the dropped column.
        batch.drop_constraint(batch.f("ck_session_note_session_quote_status"), type_="check")
        batch.drop_column("quote_status")
