"""councils apart: a membership is disabled on its own; emailed account links carry their purpose

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 07:30:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("password_reset", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "purpose",
                sa.Enum(
                    "password-reset",
                    "enrol-second-factor",
                    name="link_purpose",
                    native_enum=False,
                    create_constraint=True,
                    length=30,
                ),
                server_default="password-reset",
                nullable=False,
            )
        )
    # Accounts a council disabled before this revision stay locked everywhere (which council meant it is not
    # recorded) until a platform admin unlocks them.


def downgrade():
    with op.batch_alter_table("password_reset", schema=None) as batch_op:
        # The CHECK on the column goes first: SQLite's rebuilt table would otherwise still name the dropped column.
        batch_op.drop_constraint(batch_op.f("ck_password_reset_link_purpose"), type_="check")
        batch_op.drop_column("purpose")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_column("disabled_at")
