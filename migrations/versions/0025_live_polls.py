"""live polls: a question asked in the room, answered on phones, shown on the projector

Revision ID: 0025
Revises: 0023
Create Date: 2026-12-07 06:00:00

One answer per phone is kept by the database: (poll, keyed device hash) is unique. A word said in a poll that may be
a disclosure opens a safeguarding case of its own: a case now belongs to a consultation or to a poll.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0025"
down_revision = "0023"
branch_labels = None
depends_on = None


def _enum(name, *values, length=20):
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=length)


def upgrade():
    op.create_table(
        "live_poll",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("screen_key", sa.String(length=64), nullable=False),
        sa.Column("question", sa.String(length=200), nullable=False),
        sa.Column("kind", _enum("poll_kind", "one", "up-to-three", "rank", "faces", "word"), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("status", _enum("poll_status", "open", "closed"), nullable=False),
        sa.Column("shown_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("shown_choices", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_live_poll_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["participant_group.id"],
            name=op.f("fk_live_poll_group_id_participant_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_user.id"],
            name=op.f("fk_live_poll_created_by_id_staff_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_poll")),
        sa.UniqueConstraint("code", name=op.f("uq_live_poll_code")),
        sa.UniqueConstraint("screen_key", name=op.f("uq_live_poll_screen_key")),
    )
    with op.batch_alter_table("live_poll", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_live_poll_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_live_poll_group_id"), ["group_id"], unique=False)

    op.create_table(
        "live_poll_answer",
        sa.Column("poll_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("word", sa.String(length=40), nullable=True),
        sa.Column("word_state", _enum("poll_word_state", "waiting", "approved", "hidden", "flagged"), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["poll_id"], ["live_poll.id"], name=op.f("fk_live_poll_answer_poll_id_live_poll"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_live_poll_answer_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_poll_answer")),
        sa.UniqueConstraint("poll_id", "device", name="uq_live_poll_answer_device"),
    )
    with op.batch_alter_table("live_poll_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_live_poll_answer_poll_id"), ["poll_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_live_poll_answer_organisation_id"), ["organisation_id"], unique=False)

    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.alter_column("consultation_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.add_column(sa.Column("poll_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_safeguarding_case_poll_id"), ["poll_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_poll_id_live_poll"), "live_poll", ["poll_id"], ["id"], ondelete="SET NULL"
        )


def downgrade():
    # A poll's cases have no consultation to go back to: they go with the polls.
    op.execute("DELETE FROM safeguarding_case WHERE consultation_id IS NULL")
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_safeguarding_case_poll_id_live_poll"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_safeguarding_case_poll_id"))
        batch_op.drop_column("poll_id")
        batch_op.alter_column("consultation_id", existing_type=sa.Uuid(), nullable=False)
    op.drop_table("live_poll_answer")
    op.drop_table("live_poll")
