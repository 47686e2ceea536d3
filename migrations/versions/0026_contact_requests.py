"""contact requests: a young person asks for an advocate or a call back

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 06:30:00

Two tables (the request, encrypted and naming no consultation or response, and its notes) and two organisation
settings: the role that receives requests and the working days to acknowledge one.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "contact_request",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("advocate", "call-back", name="contact_kind", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "acknowledged",
                "closed",
                name="contact_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("details_encrypted", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("worrying", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("purged_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_contact_request_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_request")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_contact_request_fingerprint")),
    )
    with op.batch_alter_table("contact_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_request_organisation_id"), ["organisation_id"], unique=False)
    op.create_table(
        "contact_note",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "acknowledged",
                "closed",
                name="contact_note_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("text_encrypted", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_contact_note_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["contact_request.id"],
            name=op.f("fk_contact_note_request_id_contact_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["staff_user.id"], name=op.f("fk_contact_note_user_id_staff_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_note")),
    )
    with op.batch_alter_table("contact_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_note_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_note_request_id"), ["request_id"], unique=False)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "contact_requests_role", sa.String(length=30), server_default="participation-worker", nullable=False
            )
        )
        batch_op.add_column(sa.Column("contact_acknowledge_within", sa.Integer(), server_default="2", nullable=False))


def downgrade():
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("contact_acknowledge_within")
        batch_op.drop_column("contact_requests_role")
    with op.batch_alter_table("contact_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_note_request_id"))
        batch_op.drop_index(batch_op.f("ix_contact_note_organisation_id"))
    op.drop_table("contact_note")
    with op.batch_alter_table("contact_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_request_organisation_id"))
    op.drop_table("contact_request")
