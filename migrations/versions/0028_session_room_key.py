"""the shared screen of a session opens by a key on the device a worker hands to the room

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 09:00:00

The shared screen used to be a staff page on the worker's signed-in device, so a young person typing there was one
press of Back from staff pages. A worker now opens it on a device, which signs them out there; the device keeps a
random key whose keyed hash is ``room_key`` (one device at a time per session), and the screen closes when the worker
closes it or ``room_opened_at`` is more than a day old.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.add_column(sa.Column("room_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("room_opened_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_unique_constraint("uq_group_session_room_key", ["room_key"])


def downgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.drop_constraint("uq_group_session_room_key", type_="unique")
        batch.drop_column("room_opened_at")
        batch.drop_column("room_key")
