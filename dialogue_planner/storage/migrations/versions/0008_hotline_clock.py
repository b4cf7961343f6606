"""The hotline's clock (issue 16) and the escalations' Chinese texts (issue 17).

- ``escalation``: ``acknowledged_at`` (null for every existing escalation: nobody recorded when it was
  acknowledged; resolved ones keep their resolution time), ``acknowledged_by``, and ``summary_zh``,
  ``details_zh``, ``resolution_zh`` (empty). Added in place, no table rebuild.
- ``escalation_target``: hours to acknowledge and to resolve per severity and dialogue (no rows: the
  defaults apply until someone sets a target).
- ``hotline_contact``: who answers the hotline for a side, with role, phone, e-mail, hours of duty, dates.

The SQL is written out here, not taken from the models, so that this revision always does what it did.

Revision ID: 0008
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("escalation", sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True))
    for name, kind in (
        ("acknowledged_by", sa.String(length=200)),
        ("summary_zh", sa.String(length=500)),
        ("details_zh", sa.Text()),
        ("resolution_zh", sa.Text()),
    ):
        op.add_column("escalation", sa.Column(name, kind, nullable=False, server_default=""))

    op.create_table(
        "escalation_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("acknowledge_hours", sa.Integer(), nullable=False),
        sa.Column("resolve_hours", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_escalation_target_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_target")),
        sa.UniqueConstraint(
            "dialogue_id", "severity", name=op.f("uq_escalation_target_dialogue_id_severity")
        ),
    )

    op.create_table(
        "hotline_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("side_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("role_zh", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("hours_zh", sa.String(length=200), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=True),
        sa.Column("to_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_hotline_contact_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["side_id"], ["side.id"], name=op.f("fk_hotline_contact_side_id_side"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            name=op.f("fk_hotline_contact_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hotline_contact")),
    )
    op.create_index(
        "ix_hotline_contact_dialogue_side", "hotline_contact", ["dialogue_id", "side_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_hotline_contact_dialogue_side", table_name="hotline_contact")
    op.drop_table("hotline_contact")
    op.drop_table("escalation_target")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        for name in ("resolution_zh", "details_zh", "summary_zh", "acknowledged_by", "acknowledged_at"):
            batch_op.drop_column(name)
