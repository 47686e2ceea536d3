"""the easy version: drafts and responses remember that they were answered with simpler words and pictures, an invite
batch can open it, and a free-text answer can be pictures the young person picked

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 16:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade():
    # Batch mode: SQLite copies each table with its new column; PostgreSQL adds it in place.
    for table in ("draft", "response", "invite_batch"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("easy", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pictures", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_column("pictures")
    for table in ("invite_batch", "response", "draft"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("easy")
