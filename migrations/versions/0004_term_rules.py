"""words to avoid per organisation

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:09:24.229869

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "term_rule",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("term", sa.String(length=80), nullable=False),
        sa.Column("suggestion", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_term_rule_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_rule")),
        sa.UniqueConstraint("organisation_id", "term", name="uq_term_rule_term"),
    )
    with op.batch_alter_table("term_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_term_rule_organisation_id"), ["organisation_id"], unique=False)


def downgrade():
    with op.batch_alter_table("term_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_rule_organisation_id"))

    op.drop_table("term_rule")
