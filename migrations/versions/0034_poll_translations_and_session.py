"""a live poll can be read in the organisation's other languages

Revision ID: 0034
Revises: 0033
Create Date: 2027-01-11 11:00:00

``texts`` holds a worker's translations of the poll's question and options by language; a phone reads the poll in
the language it chose, each string in English where none was given. Answers keep the option's index, so the
results count per option whatever the language.
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


def downgrade():
    with op.batch_alter_table("live_poll") as batch:
        batch.drop_column("texts")
