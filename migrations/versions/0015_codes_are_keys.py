"""codes are keys: rate-limit counters shared by every worker; personal invite sheets print once

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 08:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "rate_limit_counter",
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_rate_limit_counter")),
    )
    with op.batch_alter_table("rate_limit_counter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_limit_counter_expires_at"), ["expires_at"], unique=False)

    with op.batch_alter_table("invite_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True))
    # Personal sheets made before this were printed when they were made: from now on they show counts only.
    op.execute("UPDATE invite_batch SET printed_at = created_at WHERE with_pseudonyms")


def downgrade():
    with op.batch_alter_table("invite_batch", schema=None) as batch_op:
        batch_op.drop_column("printed_at")
    with op.batch_alter_table("rate_limit_counter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_limit_counter_expires_at"))
    op.drop_table("rate_limit_counter")
