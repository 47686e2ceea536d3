"""read everything: every free-text answer has a read state; cases found by a person; reading deadlines

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 10:00:00

"""

from datetime import UTC, datetime, time

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "comment_reading",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_by_id", sa.Uuid(), nullable=True),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_comment_reading_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_comment_reading_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_comment_reading_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["read_by_id"],
            ["staff_user.id"],
            name=op.f("fk_comment_reading_read_by_id_staff_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("answer_id", name=op.f("pk_comment_reading")),
    )
    op.create_index(op.f("ix_comment_reading_organisation_id"), "comment_reading", ["organisation_id"])
    op.create_index(op.f("ix_comment_reading_consultation_id"), "comment_reading", ["consultation_id"])
    with op.batch_alter_table("answer_analysis", schema=None) as batch_op:
        batch_op.add_column(sa.Column("listed", sa.Boolean(), server_default="1", nullable=False))
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("found_by_person", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("opened_by_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_opened_by_id_staff_user"),
            "staff_user",
            ["opened_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("read_disclosures_within", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("read_comments_within", sa.Integer(), server_default="5", nullable=False))

    # Answers already stored arrived on the day they were sent (the hour was never kept): unread, from midnight.
    bind = op.get_bind()
    answer = sa.table(
        "answer",
        sa.column("id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("response_id", sa.Uuid()),
        sa.column("text", sa.Text()),
    )
    response = sa.table(
        "response",
        sa.column("id", sa.Uuid()),
        sa.column("consultation_id", sa.Uuid()),
        sa.column("submitted_on", sa.Date()),
    )
    reading = sa.table(
        "comment_reading",
        sa.column("answer_id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("consultation_id", sa.Uuid()),
        sa.column("arrived_at", sa.DateTime(timezone=True)),
    )
    rows = bind.execute(
        sa.select(answer.c.id, answer.c.organisation_id, response.c.consultation_id, response.c.submitted_on)
        .select_from(answer.join(response, response.c.id == answer.c.response_id))
        .where(answer.c.text.is_not(None))
    ).all()
    if rows:
        op.bulk_insert(
            reading,
            [
                {
                    "answer_id": answer_id,
                    "organisation_id": organisation_id,
                    "consultation_id": consultation_id,
                    "arrived_at": datetime.combine(submitted_on, time(0), tzinfo=UTC),
                }
                for answer_id, organisation_id, consultation_id, submitted_on in rows
            ],
        )


def downgrade():
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("read_comments_within")
        batch_op.drop_column("read_disclosures_within")
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.drop_constraint("fk_safeguarding_case_opened_by_id_staff_user", type_="foreignkey")
        batch_op.drop_column("opened_by_id")
        batch_op.drop_column("found_by_person")
    with op.batch_alter_table("answer_analysis", schema=None) as batch_op:
        batch_op.drop_column("listed")
    op.drop_index(op.f("ix_comment_reading_consultation_id"), table_name="comment_reading")
    op.drop_index(op.f("ix_comment_reading_organisation_id"), table_name="comment_reading")
    op.drop_table("comment_reading")
