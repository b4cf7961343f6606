"""The joint summary of outcomes of each meeting (issue 15): versions, numbered bilingual paragraphs and
each side's agreement to one version.

New tables only, so nothing is rebuilt and no row of an earlier revision is touched. On PostgreSQL the
default privileges ``db setup-roles`` set grant the secretariat and admin groups write access to new
tables (``storage/roles.py``); running it again grants them explicitly.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outcome_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_outcome_version_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_version")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_outcome_version_meeting_id_number")),
    )
    with op.batch_alter_table("outcome_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_version_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "outcome_paragraph",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("lineage", sa.String(length=36), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_outcome_paragraph_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outcome_version_id"],
            ["outcome_version.id"],
            name=op.f("fk_outcome_paragraph_outcome_version_id_outcome_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_paragraph")),
    )
    with op.batch_alter_table("outcome_paragraph", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_paragraph_outcome_version_id"), ["outcome_version_id"], unique=False
        )

    op.create_table(
        "outcome_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_version_id", sa.Integer(), nullable=False),
        sa.Column("side_id", sa.Integer(), nullable=False),
        sa.Column("agreed_by", sa.String(length=200), nullable=False),
        sa.Column("agreed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["outcome_version_id"],
            ["outcome_version.id"],
            name=op.f("fk_outcome_agreement_outcome_version_id_outcome_version"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["side_id"], ["side.id"], name=op.f("fk_outcome_agreement_side_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_agreement")),
        sa.UniqueConstraint(
            "outcome_version_id", "side_id", name=op.f("uq_outcome_agreement_outcome_version_id_side_id")
        ),
    )
    with op.batch_alter_table("outcome_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_agreement_outcome_version_id"), ["outcome_version_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outcome_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_agreement_outcome_version_id"))
    op.drop_table("outcome_agreement")
    with op.batch_alter_table("outcome_paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_paragraph_outcome_version_id"))
    op.drop_table("outcome_paragraph")
    with op.batch_alter_table("outcome_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_version_meeting_id"))
    op.drop_table("outcome_version")
