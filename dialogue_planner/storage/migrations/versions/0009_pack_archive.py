"""The pack archive: every briefing pack exported or issued, stored byte for byte with its options,
recipients, batch and version (issue 15, "Packs archived as distributed"; issue 17, batch ids).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pack_archive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.Column("copies_total", sa.Integer(), nullable=False),
        sa.Column("recipient_name", sa.String(length=300), nullable=False),
        sa.Column("recipient_key", sa.String(length=120), nullable=False),
        sa.Column("distribution_copy_id", sa.Integer(), nullable=True),
        sa.Column("paper", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["distribution_copy_id"],
            ["distribution_copy.id"],
            name=op.f("fk_pack_archive_distribution_copy_id_distribution_copy"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_pack_archive_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_archive")),
        sa.UniqueConstraint("batch", "copy_number", name=op.f("uq_pack_archive_batch_copy_number")),
    )
    with op.batch_alter_table("pack_archive", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pack_archive_batch"), ["batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_pack_archive_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pack_archive", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pack_archive_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_pack_archive_batch"))
    op.drop_table("pack_archive")
