"""approved quotes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 13:30:00.478541

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "quote",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("approved", "rejected", name="quote_status", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attribution", sa.String(length=40), nullable=False),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_quote_answer_id_answer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_quote_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["staff_user.id"], name=op.f("fk_quote_decided_by_id_staff_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_quote_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
        sa.UniqueConstraint("answer_id", name=op.f("uq_quote_answer_id")),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_organisation_id"), ["organisation_id"], unique=False)


def downgrade():
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_quote_consultation_id"))

    op.drop_table("quote")
