"""band titles follow: a band with its own hint but not its own title keeps its title empty

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 22:30:00

The question bank used to store a copy of the title every band reads as the title of a band that only has its own
hint (care leavers' "Do you feel listened to?"). After the title was reworded, that band still read the old one. A
band's title that is the same as its language's title for every band is emptied, with its review state: what each
band reads is unchanged, and from now on it follows the title every band reads. A band's own title that differs is
kept. The downgrade copies the titles back, as the older code expects a title on every row.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

QUESTION_TEXT = sa.table(
    "question_text",
    sa.column("id", sa.Uuid()),
    sa.column("question_id", sa.Uuid()),
    sa.column("language", sa.String()),
    sa.column("age_band", sa.String()),
    sa.column("title", sa.String()),
    sa.column("title_unchecked", sa.Boolean()),
    sa.column("title_from", sa.Text()),
)


def _general_titles(bind: sa.Connection) -> dict[tuple[object, str], str]:
    rows = bind.execute(
        sa.select(QUESTION_TEXT.c.question_id, QUESTION_TEXT.c.language, QUESTION_TEXT.c.title).where(
            QUESTION_TEXT.c.age_band == ""
        )
    )
    return {(question_id, language): title for question_id, language, title in rows}


def _band_rows(bind: sa.Connection) -> list[sa.Row]:
    return list(
        bind.execute(
            sa.select(
                QUESTION_TEXT.c.id, QUESTION_TEXT.c.question_id, QUESTION_TEXT.c.language, QUESTION_TEXT.c.title
            ).where(QUESTION_TEXT.c.age_band != "")
        )
    )


def upgrade():
    bind = op.get_bind()
    general = _general_titles(bind)
    copies = [
        row.id for row in _band_rows(bind) if row.title and general.get((row.question_id, row.language)) == row.title
    ]
    for start in range(0, len(copies), 500):
        bind.execute(
            QUESTION_TEXT.update()
            .where(QUESTION_TEXT.c.id.in_(copies[start : start + 500]))
            .values(title="", title_unchecked=False, title_from=None)
        )


def downgrade():
    bind = op.get_bind()
    general = _general_titles(bind)
    english = {question_id: title for (question_id, language), title in general.items() if language == "en"}
    for row in _band_rows(bind):
        if not row.title:
            title = general.get((row.question_id, row.language)) or english.get(row.question_id) or ""
            bind.execute(QUESTION_TEXT.update().where(QUESTION_TEXT.c.id == row.id).values(title=title))
