"""a live poll can be read in the organisation's other languages, and belongs to the session it was asked in

Revision ID: 0034
Revises: 0033
Create Date: 2027-01-11 11:00:00

``texts`` holds a worker's translations of the poll's question and options by language; a phone reads the poll in
the language it chose, each string in English where none was given. Answers keep the option's index, so the
results count per option whatever the language. ``session_id`` names the session a poll was asked in (the session's
page lists it); deleting the session keeps the poll (SET NULL), deleting the poll keeps the session.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("live_poll") as batch:
        batch.add_column(sa.Column("texts", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("session_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_live_poll_session_id_group_session"),
            "group_session",
            ["session_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(batch.f("ix_live_poll_session_id"), ["session_id"])


def downgrade():
    with op.batch_alter_table("live_poll") as batch:
        batch.drop_index("ix_live_poll_session_id")
        batch.drop_constraint("fk_live_poll_session_id_group_session", type_="foreignkey")
        batch.drop_column("session_id")
        batch.drop_column("texts")
