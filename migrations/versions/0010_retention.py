"""retention: responses marked once the purge has cut their link to a person

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 16:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purged", sa.Boolean(), server_default="0", nullable=False))


def downgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_column("purged")
