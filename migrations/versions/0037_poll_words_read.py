"""every word a young person types in a one-word poll is read by a deadline of its own, and a word sent just after
the poll closed is kept on the poll, whether or not the poll was asked in a session

Revision ID: 0037
Revises: 0036
Create Date: 2027-01-26 10:00:00

``live_poll_answer`` gains the hour a word arrived (no finer, as a survey comment's), whether it was sent after the
poll closed (never shown on the projector, never counted in the results, only read) and when it was escalated for
waiting too long; words kept before this revision have no arrival hour and are due from the hour their poll was
made, as before. ``live_poll.words_escalated_at`` (one escalation per poll, whatever came in after) goes: each word
is escalated once, so a word sent after an escalation is escalated in its turn.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("live_poll_answer") as batch:
        batch.add_column(sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("late", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
    # A poll escalated before keeps that for its words: they are not escalated a second time.
    live_poll = sa.table("live_poll", sa.column("id", sa.Uuid()), sa.column("words_escalated_at", sa.DateTime()))
    answer = sa.table(
        "live_poll_answer",
        sa.column("poll_id", sa.Uuid()),
        sa.column("word", sa.String()),
        sa.column("escalated_at", sa.DateTime()),
    )
    escalated = sa.select(live_poll.c.words_escalated_at).where(live_poll.c.id == answer.c.poll_id).scalar_subquery()
    op.execute(answer.update().where(answer.c.word.is_not(None)).values(escalated_at=escalated))
    with op.batch_alter_table("live_poll") as batch:
        batch.drop_column("words_escalated_at")


def downgrade():
    with op.batch_alter_table("live_poll") as batch:
        batch.add_column(sa.Column("words_escalated_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("live_poll_answer") as batch:
        batch.drop_column("escalated_at")
        batch.drop_column("late")
        batch.drop_column("arrived_at")
