"""Commitments (the action items, grown up) and the activities between meetings (issue 15).

- ``commitment`` replaces ``action_item``: every action item is carried over with its id, its text, owner
  side and agency, free-text owner name, due date, status and completion date; its meeting is its agenda
  item's meeting, and it stays tied to that agenda item. ``action_item`` is then dropped.
- ``activity`` with its participants (delegates) and linked commitments.
- ``dialogue.commitment_due_soon_days`` (14 for existing dialogues): how far ahead "due soon" looks.

The SQL is written out here, not taken from the models, so that this revision always does what it did.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (no table rebuild); the server default fills the existing dialogues and stays.
    op.add_column(
        "dialogue", sa.Column("commitment_due_soon_days", sa.Integer(), nullable=False, server_default="14")
    )

    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("owner_side_id", sa.Integer(), nullable=True),
        sa.Column("owner_agency_id", sa.Integer(), nullable=True),
        sa.Column("owner_delegate_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_commitment_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_commitment_meeting_id_meeting"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["owner_agency_id"],
            ["agency.id"],
            name=op.f("fk_commitment_owner_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_delegate_id"],
            ["delegate.id"],
            name=op.f("fk_commitment_owner_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_side_id"], ["side.id"], name=op.f("fk_commitment_owner_side_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_status"), ["status"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=400), nullable=False),
        sa.Column("summary_en", sa.Text(), nullable=False),
        sa.Column("summary_zh", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_activity_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_dialogue_id"), ["dialogue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_start_on"), ["start_on"], unique=False)

    op.create_table(
        "activity_participant",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_participant_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            name=op.f("fk_activity_participant_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "delegate_id", name=op.f("pk_activity_participant")),
    )
    op.create_table(
        "activity_commitment",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_commitment_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_activity_commitment_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "commitment_id", name=op.f("pk_activity_commitment")),
    )

    # Every action item becomes a commitment of its agenda item's meeting, keeping its id.
    op.execute(
        "INSERT INTO commitment (id, meeting_id, agenda_item_id, text, text_zh, owner_side_id, owner_agency_id, "
        "owner_delegate_id, owner_name, due_on, status, note, evidence, completed_on, version, created_at, "
        "updated_at) "
        "SELECT a.id, i.meeting_id, a.agenda_item_id, a.description, '', a.owner_side_id, a.owner_agency_id, "
        "NULL, a.owner_name, a.due_on, a.status, '', '', a.completed_on, a.version, a.created_at, a.updated_at "
        "FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id"
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('commitment', 'id'), "
            "coalesce((SELECT max(id) FROM commitment), 0) + 1, false)"
        )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_agenda_item_id"))
    op.drop_table("action_item")


def downgrade() -> None:
    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_side_id", sa.Integer(), nullable=True),
        sa.Column("owner_agency_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_action_item_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_agency_id"],
            ["agency.id"],
            name=op.f("fk_action_item_owner_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_side_id"],
            ["side.id"],
            name=op.f("fk_action_item_owner_side_id_side"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_agenda_item_id"), ["agenda_item_id"], unique=False)
    # Commitments tied to an agenda item go back as action items ('in-progress' was not a status then).
    op.execute(
        "INSERT INTO action_item (id, agenda_item_id, description, owner_side_id, owner_agency_id, owner_name, "
        "due_on, status, completed_on, version, created_at, updated_at) "
        "SELECT id, agenda_item_id, text, owner_side_id, owner_agency_id, owner_name, due_on, "
        "CASE WHEN status = 'in-progress' THEN 'open' ELSE status END, completed_on, version, created_at, "
        "updated_at FROM commitment WHERE agenda_item_id IS NOT NULL"
    )
    op.drop_table("activity_commitment")
    op.drop_table("activity_participant")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_start_on"))
        batch_op.drop_index(batch_op.f("ix_activity_dialogue_id"))
    op.drop_table("activity")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_status"))
        batch_op.drop_index(batch_op.f("ix_commitment_due_on"))
        batch_op.drop_index(batch_op.f("ix_commitment_agenda_item_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_meeting_id"))
    op.drop_table("commitment")
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.drop_column("commitment_due_soon_days")
