"""translations keep their review state field by field: rewording a question's title no longer marks its hint (or
anything else in that row) as needing review

Each translated field gets ``<field>_unchecked`` (no speaker has ticked "Checked" since it was saved) and
``<field>_from`` (the English it was translated from, so a later change to that English shows as out of date). The old
row-wide ``needs_review`` carries over to every field of its row: nothing that needed a look stops needing one. The
English each existing translation was made from is not known; it is taken to be today's, so nothing is newly marked
out of date by the upgrade itself.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08 09:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# Each table of translated texts: its fields, and the columns that find the same text's English (same parent, same
# age band, and for the start page the same version).
TABLES = {
    "consultation_text": (("title", "about", "next_steps"), ("consultation_id", "version", "age_band")),
    "question_text": (("title", "hint"), ("question_id", "age_band")),
    "option_text": (("label",), ("option_id", "age_band")),
}


def _english(table: str, field: str, keys: tuple[str, ...]) -> str:
    """SQL for the English of the same field as a row of ``table`` (NULL when there is none)."""
    match = " AND ".join(f"english.{key} = {table}.{key}" for key in keys)
    return f"(SELECT english.{field} FROM {table} english WHERE english.language = 'en' AND {match})"


def _backfill(table: str, fields: tuple[str, ...], keys: tuple[str, ...]) -> None:
    """Every translated field's ``_from`` is its English as it stands; ``_unchecked`` is the old row-wide flag (for
    a field with no translation, neither: there is nothing to review)."""
    for field in fields:
        op.execute(
            f"UPDATE {table} SET {field}_unchecked = needs_review, {field}_from = {_english(table, field, keys)} "
            f"WHERE language <> 'en' AND {field} IS NOT NULL AND {field} <> ''"
        )


def upgrade():
    for table, (fields, keys) in TABLES.items():
        # Batch mode: SQLite copies the table with its new columns; PostgreSQL adds them in place.
        with op.batch_alter_table(table, schema=None) as batch_op:
            for field in fields:
                batch_op.add_column(sa.Column(f"{field}_unchecked", sa.Boolean(), server_default="0", nullable=False))
                batch_op.add_column(sa.Column(f"{field}_from", sa.Text(), nullable=True))
        _backfill(table, fields, keys)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("needs_review")


def downgrade():
    for table, (fields, keys) in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("needs_review", sa.Boolean(), server_default="0", nullable=False))
        # A row needs review again if any of its fields did, or if any was out of date against its English.
        needs = " OR ".join(
            f"{field}_unchecked OR ({field}_from IS NOT NULL AND {field}_from <> "
            f"COALESCE({_english(table, field, keys)}, ''))"
            for field in fields
        )
        op.execute(f"UPDATE {table} SET needs_review = CASE WHEN {needs} THEN TRUE ELSE FALSE END")
        with op.batch_alter_table(table, schema=None) as batch_op:
            for field in fields:
                batch_op.drop_column(f"{field}_from")
                batch_op.drop_column(f"{field}_unchecked")
