"""question kinds from the registry: the question's kind is plain text, without a CHECK constraint listing the kinds,
so a new kind (participation/surveys/kinds.py) needs no migration

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 13:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

KINDS_BEFORE = ("single", "multiple", "scale", "yes_no", "short_text", "long_text", "consent_quote")


def upgrade():
    # Batch mode copies the table on SQLite without the constraint; PostgreSQL drops it in place.
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_question_question_kind"), type_="check")


def downgrade():
    # Kinds added since (a ranking, say) have no place in the old list: such questions must go before downgrading.
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_check_constraint("question_kind", sa.column("kind").in_(KINDS_BEFORE))
