"""key fingerprints: every machine serving one Heard must hold the same keys

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 10:00:00

A fingerprint (scrypt with a random salt) of each key held outside the database, recorded by the first machine to
start; a gunicorn worker whose keys differ refuses to serve (participation/ops/same_keys.py). Empty after the
upgrade: the first worker to start afterwards records its keys.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "key_fingerprint",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_key_fingerprint")),
    )


def downgrade():
    op.drop_table("key_fingerprint")
