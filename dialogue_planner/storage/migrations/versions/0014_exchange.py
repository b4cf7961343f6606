"""Exchange with the other side's secretariat (issue 20).

- ``exchange_setting``: this database's settings for the exchange (``own_side``; none stored means "both").
- ``exchange_trusted_key``: the other side's public signing key, trusted after its fingerprint was compared.
- ``exchange_package``: the packages written and accepted (sequence numbers refuse replays).
- ``exchange_theirs``: the other side's value of each shared field, and how this side settled a difference.

Revision ID: 0014
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0007"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "exchange_setting",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_exchange_setting")),
    )
    op.create_table(
        "exchange_trusted_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("side_code", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("trusted_by", sa.String(length=120), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_trusted_key")),
        sa.UniqueConstraint("side_code", name=op.f("uq_exchange_trusted_key_side_code")),
    )
    op.create_table(
        "exchange_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("sender_side", sa.String(length=8), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_by", sa.String(length=120), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_exchange_package_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_package")),
        sa.UniqueConstraint(
            "dialogue_id",
            "direction",
            "sender_side",
            "sequence",
            name=op.f("uq_exchange_package_dialogue_id_direction_sender_side_sequence"),
        ),
    )
    with op.batch_alter_table("exchange_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_package_dialogue_id"), ["dialogue_id"], unique=False)
    op.create_table(
        "exchange_theirs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=24), nullable=False),
        sa.Column("record_key", sa.String(length=120), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.Column("resolved_theirs", sa.Text(), nullable=True),
        sa.Column("resolved_value", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("their_resolution", sa.String(length=16), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_exchange_theirs_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_theirs")),
        sa.UniqueConstraint(
            "dialogue_id",
            "record_kind",
            "record_key",
            "field",
            name=op.f("uq_exchange_theirs_dialogue_id_record_kind_record_key_field"),
        ),
    )
    with op.batch_alter_table("exchange_theirs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_theirs_dialogue_id"), ["dialogue_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_theirs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_theirs_dialogue_id"))
    op.drop_table("exchange_theirs")
    with op.batch_alter_table("exchange_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_package_dialogue_id"))
    op.drop_table("exchange_package")
    op.drop_table("exchange_trusted_key")
    op.drop_table("exchange_setting")
