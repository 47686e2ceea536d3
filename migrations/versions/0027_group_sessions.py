"""sessions of a group and participation activity: attendance by age band, topics, notes; panels, takeovers

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 06:40:00

Words said in a session that may be a disclosure open a safeguarding case of their own: a case may now belong to a
session note (``session_note_id``), as one may to a live poll.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def _enum(name, *values, length=20):
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=length)


def _stamps():
    return [
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
    ]


def upgrade():
    op.create_table(
        "group_session",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("run_by", sa.String(length=120), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_group_session_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["participant_group.id"],
            name=op.f("fk_group_session_group_id_participant_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_session")),
    )
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_session_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_session_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_session_held_on"), ["held_on"], unique=False)

    op.create_table(
        "session_note",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("source", _enum("session_note_source", "worker", "young-person"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("sentiment", sa.Float(), nullable=True),
        sa.Column("safeguarding", sa.Boolean(), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_session_note_session_id_group_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_session_note_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_note")),
    )
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_note_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_note_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "participation_activity",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind", _enum("activity_kind", "recruitment-panel", "takeover", "inspection", "other"), nullable=False
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("young_people", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participation_activity_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_activity")),
    )
    with op.batch_alter_table("participation_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participation_activity_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participation_activity_held_on"), ["held_on"], unique=False)

    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_note_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_safeguarding_case_session_note_id"), ["session_note_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_safeguarding_case_session_note_id_session_note"),
            "session_note",
            ["session_note_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade():
    # A session note's cases have no consultation to go back to: they go with the sessions.
    op.execute("DELETE FROM safeguarding_case WHERE session_note_id IS NOT NULL")
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_safeguarding_case_session_note_id_session_note"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_safeguarding_case_session_note_id"))
        batch_op.drop_column("session_note_id")
    op.drop_table("participation_activity")
    op.drop_table("session_note")
    op.drop_table("group_session")
