"""a session's details can be changed after it was recorded (attendance added once the young people have come), and
two workers saving at once never overwrite each other

Revision ID: 0033
Revises: 0032
Create Date: 2027-01-11 10:00:00

``revision`` rises with every change of a session's details; a change saved over one made since the form was opened
is refused (the check is in the UPDATE). Attendance itself keeps its column: an empty dict has always been what a
session without attendance stored, and is now read as "not recorded" rather than as nobody.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))


def downgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.drop_column("revision")
