"""a quarter's published counts of people at sessions and in activity move only in steps of at least the threshold,
and a one-word poll's count of answers moves in steps as a choice poll's figures do

Revision ID: 0035
Revises: 0034
Create Date: 2027-01-12 10:00:00

``participation_published`` keeps, for each organisation and quarter, the counts boards see (attendance by age band,
young people per kind of activity), taken again count by count only once the recorded count has moved by at least
the suppression threshold: a board member reading the figures before and after a session is added or its attendance
changed can no longer work out that session's count. A quarter without a row shows its counts as recorded, as before.

A one-word poll's ``shown_count`` becomes the count of answers shown (until now only a purged poll used it): it starts
at the answers the poll has, which is what its pages showed until now.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "participation_published",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("quarter", sa.Date(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participation_published_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_published")),
        sa.UniqueConstraint("organisation_id", "quarter", name="uq_participation_published_quarter"),
    )
    with op.batch_alter_table("participation_published") as batch:
        batch.create_index(batch.f("ix_participation_published_organisation_id"), ["organisation_id"], unique=False)
    answers = sa.table("live_poll_answer", sa.column("poll_id", sa.Uuid()))
    polls = sa.table("live_poll", sa.column("id", sa.Uuid()), sa.column("kind"), sa.column("shown_count"))
    counted = sa.select(sa.func.count()).select_from(answers).where(answers.c.poll_id == polls.c.id).scalar_subquery()
    op.execute(polls.update().where(polls.c.kind == "word", polls.c.shown_count == 0).values(shown_count=counted))


def downgrade():
    with op.batch_alter_table("participation_published") as batch:
        batch.drop_index("ix_participation_published_organisation_id")
    op.drop_table("participation_published")
