"""a "we did" action answers what was said anywhere: in a survey, at a session, in a live poll, or by the board

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07 09:10:00

``board_action.consultation_id`` becomes nullable, and an action may instead answer a session of a group
(``session_id``) or a live poll (``poll_id``), or nothing at all (the board decided it). ``source`` says which, and a
CHECK constraint keeps the links to that one source: at most one of the three is set, and only the one ``source``
names. Existing rows are survey actions, unchanged.

The session and poll links are ``ON DELETE SET NULL``, not CASCADE: an action is a promise to young people and must
never vanish from their page or the board pack because a worker tidied a session or a poll away. ``source`` and
``said_on`` (the month it was said) stay, so the action still says "at a session in March 2026" rather than
turning into something the board decided. A survey action keeps CASCADE, as before: a consultation is deleted only
with everything said in it.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

ONE_SOURCE = (
    "(consultation_id IS NULL OR source = 'survey') AND (session_id IS NULL OR source = 'session') "
    "AND (poll_id IS NULL OR source = 'poll')"
)


def upgrade():
    with op.batch_alter_table("board_action", schema=None) as batch_op:
        batch_op.alter_column("consultation_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.add_column(
            sa.Column(
                "source",
                sa.Enum(
                    "survey",
                    "session",
                    "poll",
                    "board",
                    name="action_source",
                    native_enum=False,
                    create_constraint=True,
                    length=20,
                ),
                server_default="survey",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("session_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("poll_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("said_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_board_action_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_board_action_poll_id"), ["poll_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_board_action_session_id_group_session"),
            "group_session",
            ["session_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_board_action_poll_id_live_poll"), "live_poll", ["poll_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_check_constraint("one_source", ONE_SOURCE)


def downgrade():
    # Before 0031 an action answered a consultation: those that answer anything else have nowhere to go.
    op.execute("DELETE FROM board_action WHERE consultation_id IS NULL")
    with op.batch_alter_table("board_action", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_board_action_one_source"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_board_action_action_source"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_board_action_poll_id_live_poll"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_board_action_session_id_group_session"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_board_action_poll_id"))
        batch_op.drop_index(batch_op.f("ix_board_action_session_id"))
        batch_op.drop_column("said_on")
        batch_op.drop_column("poll_id")
        batch_op.drop_column("session_id")
        batch_op.drop_column("source")
        batch_op.alter_column("consultation_id", existing_type=sa.Uuid(), nullable=False)
