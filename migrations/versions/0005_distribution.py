"""groups, invite codes, assisted responses

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 12:13:56.446618

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "participant_group",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "children-in-care-council",
                "care-leavers-forum",
                "parents-and-carers",
                "childrens-home",
                "school",
                "other",
                name="group_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("cohort_size", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_participant_group_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_group")),
        sa.UniqueConstraint("organisation_id", "name", name="uq_participant_group_name"),
    )
    with op.batch_alter_table("participant_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_group_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "consultation_group",
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_consultation_group_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["participant_group.id"],
            name=op.f("fk_consultation_group_group_id_participant_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_consultation_group_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("consultation_id", "group_id", name=op.f("pk_consultation_group")),
    )
    with op.batch_alter_table("consultation_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_group_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "invite_batch",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("age_band", sa.String(length=20), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("with_pseudonyms", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_invite_batch_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_user.id"],
            name=op.f("fk_invite_batch_created_by_id_staff_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["participant_group.id"],
            name=op.f("fk_invite_batch_group_id_participant_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_invite_batch_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invite_batch")),
    )
    with op.batch_alter_table("invite_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invite_batch_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invite_batch_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "invite_code",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("age_band", sa.String(length=20), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("code_encrypted", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=64), nullable=True),
        sa.Column("used_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["invite_batch.id"], name=op.f("fk_invite_code_batch_id_invite_batch"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_invite_code_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["participant_group.id"],
            name=op.f("fk_invite_code_group_id_participant_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_invite_code_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invite_code")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_invite_code_code_hash")),
    )
    with op.batch_alter_table("invite_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invite_code_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invite_code_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invite_code_organisation_id"), ["organisation_id"], unique=False)

    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invite_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("group_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("assisted", sa.Boolean(), server_default="0", nullable=False))
        batch_op.create_index(batch_op.f("ix_draft_invite_id"), ["invite_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_draft_invite_id_invite_code"), "invite_code", ["invite_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_draft_group_id_participant_group"),
            "participant_group",
            ["group_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("invite_pseudonym", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_response_group_id"), ["group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_response_group_id_participant_group"),
            "participant_group",
            ["group_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_response_group_id_participant_group"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_response_group_id"))
        batch_op.drop_column("invite_pseudonym")
        batch_op.drop_column("group_id")

    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_draft_group_id_participant_group"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_draft_invite_id_invite_code"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_draft_invite_id"))
        batch_op.drop_column("assisted")
        batch_op.drop_column("group_id")
        batch_op.drop_column("invite_id")

    with op.batch_alter_table("invite_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_code_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_invite_code_consultation_id"))
        batch_op.drop_index(batch_op.f("ix_invite_code_batch_id"))

    op.drop_table("invite_code")
    with op.batch_alter_table("invite_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_batch_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_invite_batch_consultation_id"))

    op.drop_table("invite_batch")
    with op.batch_alter_table("consultation_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_group_organisation_id"))

    op.drop_table("consultation_group")
    with op.batch_alter_table("participant_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_group_organisation_id"))

    op.drop_table("participant_group")
