"""a session keeps who recorded it: a safeguarding lead reading words said there knows which worker to ask; a note
from the shared screen is stored once however often its page is sent

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07 09:55:00

"Who ran it" is free text ("the young people, with the participation team"), not a person to follow up with. The
worker who recorded the session is (``recorded_by_id``; kept on a case's ``said_in`` by name, so it outlives both).
A note typed on the shared screen carries a keyed hash of its page's one-time token (``sent_once``, unique): a double
tap, or Back and send again, stores it once (the outside review found three copies).
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
    with op.batch_alter_table("session_note") as batch:
        batch.add_column(sa.Column("sent_once", sa.String(64), nullable=True))
        batch.create_unique_constraint(batch.f("uq_session_note_sent_once"), ["sent_once"])


def downgrade():
    with op.batch_alter_table("session_note") as batch:
        batch.drop_constraint("uq_session_note_sent_once", type_="unique")
        batch.drop_column("sent_once")
    with op.batch_alter_table("group_session") as batch:
        batch.drop_constraint("fk_group_session_recorded_by_id_staff_user", type_="foreignkey")
        batch.drop_column("recorded_by_id")
