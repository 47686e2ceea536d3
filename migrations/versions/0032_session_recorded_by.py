"""a session keeps who recorded it: a safeguarding lead reading words said there knows which worker to ask

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07 09:55:00

"Who ran it" is free text ("the young people, with the participation team"), not a person to follow up with. The
worker who recorded the session is (``recorded_by_id``; kept on a case's ``said_in`` by name, so it outlives both).
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.add_column(sa.Column("recorded_by_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_group_session_recorded_by_id_staff_user"),
            "staff_user",
            ["recorded_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade():
    with op.batch_alter_table("group_session") as batch:
        batch.drop_constraint("fk_group_session_recorded_by_id_staff_user", type_="foreignkey")
        batch.drop_column("recorded_by_id")
