"""every note a young person types on the shared screen is read by a named person by a deadline, and words sent just
after the screen closed are kept

Revision ID: 0036
Revises: 0035
Create Date: 2027-01-19 10:00:00

``session_note`` gains the read state a survey comment has (the hour it arrived, who read it and when, when it was
escalated). Notes kept before this revision have no arrival hour: they are due from the day of their session.
``group_session.room_closed_at`` is when the worker closed the shared screen, so words sent in the grace period after
are still kept, and ``live_poll.closed_at`` the same for a word sent to a one-word poll just closed (a poll closed
before this revision has none, so takes no late words); ``live_poll.words_escalated_at`` is when the workers were told
its words waited past the deadline for a person to decide on them.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("session_note") as batch:
        batch.add_column(sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("read_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("read_by_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_session_note_read_by_id_staff_user"), "staff_user", ["read_by_id"], ["id"], ondelete="SET NULL"
        )
    with op.batch_alter_table("group_session") as batch:
        batch.add_column(sa.Column("room_closed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("live_poll") as batch:
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("words_escalated_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("live_poll") as batch:
        batch.drop_column("words_escalated_at")
        batch.drop_column("closed_at")
    with op.batch_alter_table("group_session") as batch:
        batch.drop_column("room_closed_at")
    with op.batch_alter_table("session_note") as batch:
        batch.drop_constraint("fk_session_note_read_by_id_staff_user", type_="foreignkey")
        batch.drop_column("escalated_at")
        batch.drop_column("read_by_id")
        batch.drop_column("read_at")
        batch.drop_column("arrived_at")
