"""council helplines: each council's emergency duty team, leaving care team and advocacy numbers

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 07:40:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "council_helpline",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_council_helpline_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_helpline")),
        sa.UniqueConstraint("organisation_id", "kind", name="uq_council_helpline_kind"),
    )
    with op.batch_alter_table("council_helpline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_council_helpline_organisation_id"), ["organisation_id"], unique=False)


def downgrade():
    with op.batch_alter_table("council_helpline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_helpline_organisation_id"))

    op.drop_table("council_helpline")
