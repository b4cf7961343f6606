"""Documents attached to agenda items, requests, commitments and activities (issue 15).

- ``document``: the file's name, media type, bytes, SHA-256 and size, who attached it and when, a note,
  and whether it is for one side only (``our_side_id``); tied to exactly one record (a CHECK constraint).

A new table only: no existing row changes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ONE_RECORD = (
    "(CASE WHEN agenda_item_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN request_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN commitment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
    " = 1"
)


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("our_side_only", sa.Boolean(), nullable=False),
        sa.Column("our_side_id", sa.Integer(), nullable=True),
        sa.Column("attached_by", sa.String(length=120), nullable=False),
        sa.Column("attached_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(ONE_RECORD, name=op.f("ck_document_one_record")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_document_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_document_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_document_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_document_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["our_side_id"], ["side.id"], name=op.f("fk_document_our_side_id_side"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name=op.f("fk_document_request_id_request"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_dialogue_id"), ["dialogue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_commitment_id"), ["commitment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_activity_id"), ["activity_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_activity_id"))
        batch_op.drop_index(batch_op.f("ix_document_commitment_id"))
        batch_op.drop_index(batch_op.f("ix_document_request_id"))
        batch_op.drop_index(batch_op.f("ix_document_agenda_item_id"))
        batch_op.drop_index(batch_op.f("ix_document_dialogue_id"))
    op.drop_table("document")
