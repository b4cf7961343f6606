"""Agencies that come and go, each side's designated official, meeting texts in Chinese, the running order.

- ``agency.merged_into_id``: where a merged agency went (its delegates and references moved there).
- ``designated_official``: the person who leads a side in a dialogue, per period (issue 16).
- ``meeting``: ``venue_zh``, ``address``, ``address_zh``, ``notes_zh``, ``logistics_zh`` (empty for the
  meetings already stored).
- ``agenda_item``: the lead speaker (a delegate) and the time slot (day of the meeting, local start, minutes).

SQLite rebuilds ``agency`` and ``agenda_item`` for their new foreign keys; ``storage.migrate`` runs this
with foreign keys off, so the rebuild deletes no child row, and checks for orphans after.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_MEETING_TEXTS = (
    ("venue_zh", sa.String(length=300)),
    ("address", sa.Text()),
    ("address_zh", sa.Text()),
    ("notes_zh", sa.Text()),
    ("logistics_zh", sa.Text()),
)


def upgrade() -> None:
    op.create_table(
        "designated_official",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("side_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("to_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            name=op.f("fk_designated_official_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_designated_official_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["side_id"], ["side.id"], name=op.f("fk_designated_official_side_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_designated_official")),
    )
    with op.batch_alter_table("designated_official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_designated_official_delegate_id"), ["delegate_id"], unique=False)
        batch_op.create_index(
            "ix_designated_official_dialogue_side", ["dialogue_id", "side_id", "from_on"], unique=False
        )

    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agency_merged_into_id_agency"),
            "agency",
            ["merged_into_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        for name, type_ in _MEETING_TEXTS:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=""))

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lead_delegate_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("slot_day", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("duration_minutes", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_item_lead_delegate_id_delegate"),
            "delegate",
            ["lead_delegate_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_item_lead_delegate_id_delegate"), type_="foreignkey")
        for name in ("duration_minutes", "start_time", "slot_day", "lead_delegate_id"):
            batch_op.drop_column(name)
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        for name, _type in reversed(_MEETING_TEXTS):
            batch_op.drop_column(name)
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agency_merged_into_id_agency"), type_="foreignkey")
        batch_op.drop_column("merged_into_id")
    with op.batch_alter_table("designated_official", schema=None) as batch_op:
        batch_op.drop_index("ix_designated_official_dialogue_side")
        batch_op.drop_index(batch_op.f("ix_designated_official_delegate_id"))
    op.drop_table("designated_official")
