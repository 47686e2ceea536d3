"""analysis results, themes and the safeguarding queue

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:35:08.337852

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "theme",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_theme_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("organisation_id", "slug", name="uq_theme_slug"),
    )
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_theme_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "answer_analysis",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("sentiment", sa.Float(), nullable=True),
        sa.Column("safeguarding", sa.Boolean(), nullable=False),
        sa.Column("risk_terms", sa.JSON(), nullable=False),
        sa.Column("analysed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_answer_analysis_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_answer_analysis_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_answer_analysis_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("answer_id", name=op.f("pk_answer_analysis")),
    )
    with op.batch_alter_table("answer_analysis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_analysis_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_analysis_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "answer_theme",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "source",
            sa.Enum("auto", "worker", name="theme_source", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_answer_theme_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_answer_theme_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("answer_id", "slug", name=op.f("pk_answer_theme")),
    )
    with op.batch_alter_table("answer_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_theme_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "safeguarding_case",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "acknowledged",
                "referred",
                "no-concern",
                name="case_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_safeguarding_case_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_safeguarding_case_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_safeguarding_case_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safeguarding_case")),
        sa.UniqueConstraint("answer_id", name=op.f("uq_safeguarding_case_answer_id")),
    )
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safeguarding_case_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_safeguarding_case_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "case_note",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "acknowledged",
                "referred",
                "no-concern",
                name="case_note_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["safeguarding_case.id"],
            name=op.f("fk_case_note_case_id_safeguarding_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_case_note_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["staff_user.id"], name=op.f("fk_case_note_user_id_staff_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_note_organisation_id"), ["organisation_id"], unique=False)


def downgrade():
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_case_note_case_id"))

    op.drop_table("case_note")
    with op.batch_alter_table("safeguarding_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safeguarding_case_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_safeguarding_case_consultation_id"))

    op.drop_table("safeguarding_case")
    with op.batch_alter_table("answer_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_theme_organisation_id"))

    op.drop_table("answer_theme")
    with op.batch_alter_table("answer_analysis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_analysis_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_answer_analysis_consultation_id"))

    op.drop_table("answer_analysis")
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theme_organisation_id"))

    op.drop_table("theme")
