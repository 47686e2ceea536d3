"""a year's published counts of requests for an advocate or a call back move only in steps of at least the threshold,
and worrying words, which skip the limit on asking, have a ceiling of their own

Revision ID: 0038
Revises: 0037
Create Date: 2027-01-26 10:00:00

``contact_published`` keeps, for each organisation and financial year, the counts of requests boards see (by kind, and
acknowledged) and the typical days to acknowledge, taken again only once a count has moved by at least the suppression
threshold (fourth outside review, F8). A year without a row shows its counts as recorded, as before.

``contact_request`` gains what joins a worrying request sent again, or sent over the council's ceiling for the day,
to one already kept (fourth outside review, N5): ``worry_key`` (a keyed digest, unique), ``batch`` and ``repeats``;
``contact_repeat`` keeps, encrypted, what each joined request typed.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "contact_published",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Date(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("typical_days", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_contact_published_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_published")),
        sa.UniqueConstraint("organisation_id", "year", name="uq_contact_published_year"),
    )
    with op.batch_alter_table("contact_published") as batch:
        batch.create_index(batch.f("ix_contact_published_organisation_id"), ["organisation_id"], unique=False)
    with op.batch_alter_table("contact_request") as batch:
        batch.add_column(sa.Column("worry_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("batch", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("repeats", sa.Integer(), server_default="0", nullable=False))
        batch.create_unique_constraint(batch.f("uq_contact_request_worry_key"), ["worry_key"])
    op.create_table(
        "contact_repeat",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("details_encrypted", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_contact_repeat_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["contact_request.id"],
            name=op.f("fk_contact_repeat_request_id_contact_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_repeat")),
    )
    with op.batch_alter_table("contact_repeat") as batch:
        batch.create_index(batch.f("ix_contact_repeat_organisation_id"), ["organisation_id"], unique=False)
        batch.create_index(batch.f("ix_contact_repeat_request_id"), ["request_id"], unique=False)


def downgrade():
    with op.batch_alter_table("contact_repeat") as batch:
        batch.drop_index("ix_contact_repeat_request_id")
        batch.drop_index("ix_contact_repeat_organisation_id")
    op.drop_table("contact_repeat")
    with op.batch_alter_table("contact_request") as batch:
        batch.drop_constraint("uq_contact_request_worry_key", type_="unique")
        batch.drop_column("repeats")
        batch.drop_column("batch")
        batch.drop_column("worry_key")
    with op.batch_alter_table("contact_published") as batch:
        batch.drop_index("ix_contact_published_organisation_id")
    op.drop_table("contact_published")
