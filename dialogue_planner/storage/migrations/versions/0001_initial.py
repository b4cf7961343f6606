"""The initial schema: every aggregate of the product.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=120), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("operation_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_operation_id"), ["operation_id"], unique=False)

    op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("entities", sa.String(length=400), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.execute(
        "INSERT INTO change_counter (id, value, entities, changed_at) VALUES (1, 0, '', CURRENT_TIMESTAMP)"
    )
    op.create_table(
        "column_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_mapping")),
        sa.UniqueConstraint("name", name=op.f("uq_column_mapping_name")),
    )
    op.create_table(
        "side",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("paper_size", sa.String(length=16), nullable=False),
        sa.Column("holiday_country", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_side")),
        sa.UniqueConstraint("code", name=op.f("uq_side_code")),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("side_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("acronym", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("dialogue_role", sa.String(length=40), nullable=False),
        sa.Column("rank", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["agency.id"], name=op.f("fk_agency_parent_id_agency"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["side_id"], ["side.id"], name=op.f("fk_agency_side_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("side_id", "acronym", name=op.f("uq_agency_side_id_acronym")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agency_side_id"), ["side_id"], unique=False)

    op.create_table(
        "dialogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=400), nullable=False),
        sa.Column("name_zh", sa.String(length=400), nullable=False),
        sa.Column("short_name", sa.String(length=80), nullable=False),
        sa.Column("side_a_id", sa.Integer(), nullable=False),
        sa.Column("side_b_id", sa.Integer(), nullable=False),
        sa.Column("meetings_per_year", sa.Integer(), nullable=False),
        sa.Column("first_meeting_deadline", sa.Date(), nullable=True),
        sa.Column("established_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("travel_days", sa.Integer(), nullable=False),
        sa.Column("min_spacing_days", sa.Integer(), nullable=False),
        sa.Column("preferred_position", sa.String(length=16), nullable=False),
        sa.Column("meeting_length_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["dialogue.id"],
            name=op.f("fk_dialogue_replaced_by_id_dialogue"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["side_a_id"], ["side.id"], name=op.f("fk_dialogue_side_a_id_side"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["side_b_id"], ["side.id"], name=op.f("fk_dialogue_side_b_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue")),
        sa.UniqueConstraint("name_en", name=op.f("uq_dialogue_name_en")),
    )
    op.create_table(
        "blackout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("side_code", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_blackout_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blackout")),
    )
    with op.batch_alter_table("blackout", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blackout_dialogue_id"), ["dialogue_id"], unique=False)

    op.create_table(
        "delegate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=False),
        sa.Column("native_name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("external_id", sa.String(length=80), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_delegate_agency_id_agency"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegate")),
        sa.UniqueConstraint("external_id", name=op.f("uq_delegate_external_id")),
    )
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.create_index("ix_delegate_agency_active", ["agency_id", "active"], unique=False)
        batch_op.create_index("ix_delegate_email", ["email"], unique=False)

    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raised_by_side_id", sa.Integer(), nullable=False),
        sa.Column("raised_by_agency_id", sa.Integer(), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_escalation_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_agency_id"],
            ["agency.id"],
            name=op.f("fk_escalation_raised_by_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_side_id"],
            ["side.id"],
            name=op.f("fk_escalation_raised_by_side_id_side"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
        sa.UniqueConstraint("reference", name=op.f("uq_escalation_reference")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_dialogue_id"), ["dialogue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_raised_at"), ["raised_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_status"), ["status"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("window", sa.String(length=16), nullable=False),
        sa.Column("window_explicit", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("planned_host_side_id", sa.Integer(), nullable=False),
        sa.Column("actual_host_side_id", sa.Integer(), nullable=True),
        sa.Column("planned_city", sa.String(length=120), nullable=False),
        sa.Column("actual_city", sa.String(length=120), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("ical_sequence", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("logistics", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actual_host_side_id"],
            ["side.id"],
            name=op.f("fk_meeting_actual_host_side_id_side"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_meeting_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["planned_host_side_id"],
            ["side.id"],
            name=op.f("fk_meeting_planned_host_side_id_side"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("dialogue_id", "number", name=op.f("uq_meeting_dialogue_id_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_meeting_uid")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_planned_start"), ["planned_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_window"), ["window"], unique=False)

    op.create_table(
        "request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("from_side_id", sa.Integer(), nullable=False),
        sa.Column("to_side_id", sa.Integer(), nullable=False),
        sa.Column("requesting_agency_id", sa.Integer(), nullable=True),
        sa.Column("responding_agency_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("acknowledge_due_on", sa.Date(), nullable=False),
        sa.Column("response_due_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("first_response_on", sa.Date(), nullable=True),
        sa.Column("latest_quality", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_request_dialogue_id_dialogue"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["from_side_id"], ["side.id"], name=op.f("fk_request_from_side_id_side"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["requesting_agency_id"],
            ["agency.id"],
            name=op.f("fk_request_requesting_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["responding_agency_id"],
            ["agency.id"],
            name=op.f("fk_request_responding_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_side_id"], ["side.id"], name=op.f("fk_request_to_side_id_side"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request")),
        sa.UniqueConstraint(
            "from_side_id", "year", "sequence", name=op.f("uq_request_from_side_id_year_sequence")
        ),
        sa.UniqueConstraint("reference", name=op.f("uq_request_reference")),
    )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_dialogue_id"), ["dialogue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_first_response_on"), ["first_response_on"], unique=False)
        batch_op.create_index("ix_request_status_due", ["status", "response_due_on"], unique=False)
        batch_op.create_index("ix_request_to_side_received", ["to_side_id", "received_on"], unique=False)

    op.create_table(
        "roster_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("deactivated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_roster_import_agency_id_agency"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_import")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_roster_import_operation_id")),
    )
    op.create_table(
        "standing_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("title_zh", sa.String(length=400), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_standing_item_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standing_item")),
        sa.UniqueConstraint("dialogue_id", "title", name=op.f("uq_standing_item_dialogue_id_title")),
    )
    op.create_table(
        "timeliness_standard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("acknowledge_days", sa.Integer(), nullable=False),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("day_basis", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_timeliness_standard_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeliness_standard")),
        sa.UniqueConstraint("dialogue_id", "kind", name=op.f("uq_timeliness_standard_dialogue_id_kind")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=2000), nullable=False),
        sa.Column("title_zh", sa.String(length=2000), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("standing_item_id", sa.Integer(), nullable=True),
        sa.Column("owner_side_id", sa.Integer(), nullable=True),
        sa.Column("owner_agency_id", sa.Integer(), nullable=True),
        sa.Column("briefing_note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("first_raised_meeting_id", sa.Integer(), nullable=True),
        sa.Column("times_carried", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_carried_from_id_agenda_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["first_raised_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_first_raised_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_agency_id"],
            ["agency.id"],
            name=op.f("fk_agenda_item_owner_agency_id_agency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_side_id"],
            ["side.id"],
            name=op.f("fk_agenda_item_owner_side_id_side"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["standing_item_id"],
            ["standing_item.id"],
            name=op.f("fk_agenda_item_standing_item_id_standing_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_carried_from_id"), ["carried_from_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_status"), ["status"], unique=False)

    op.create_table(
        "delegation_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("represented_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegate.id"],
            name=op.f("fk_delegation_member_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_delegation_member_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["represented_by_id"],
            ["delegate.id"],
            name=op.f("fk_delegation_member_represented_by_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_member")),
        sa.UniqueConstraint(
            "meeting_id", "delegate_id", name=op.f("uq_delegation_member_meeting_id_delegate_id")
        ),
    )
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_member_delegate_id"), ["delegate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_member_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "distribution_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.Column("copies_total", sa.Integer(), nullable=False),
        sa.Column("recipient_delegate_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=300), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("paper", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_distribution_copy_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_delegate_id"],
            ["delegate.id"],
            name=op.f("fk_distribution_copy_recipient_delegate_id_delegate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_copy")),
    )
    with op.batch_alter_table("distribution_copy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_distribution_copy_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "escalation_request",
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_escalation_request_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_escalation_request_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("escalation_id", "request_id", name=op.f("pk_escalation_request")),
    )
    op.create_table(
        "request_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("quality", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_request_update_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_update")),
    )
    with op.batch_alter_table("request_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_update_request_id"), ["request_id"], unique=False)

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

    op.create_table(
        "agenda_item_escalation",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_escalation_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_agenda_item_escalation_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "escalation_id", name=op.f("pk_agenda_item_escalation")),
    )
    op.create_table(
        "agenda_item_request",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_request_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_agenda_item_request_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "request_id", name=op.f("pk_agenda_item_request")),
    )


def downgrade() -> None:
    op.drop_table("agenda_item_request")
    op.drop_table("agenda_item_escalation")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_agenda_item_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("request_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_update_request_id"))

    op.drop_table("request_update")
    op.drop_table("escalation_request")
    with op.batch_alter_table("distribution_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_copy_meeting_id"))

    op.drop_table("distribution_copy")
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_member_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_member_delegate_id"))

    op.drop_table("delegation_member")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_status"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_carried_from_id"))

    op.drop_table("agenda_item")
    op.drop_table("timeliness_standard")
    op.drop_table("standing_item")
    op.drop_table("roster_import")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_index("ix_request_to_side_received")
        batch_op.drop_index("ix_request_status_due")
        batch_op.drop_index(batch_op.f("ix_request_first_response_on"))
        batch_op.drop_index(batch_op.f("ix_request_dialogue_id"))

    op.drop_table("request")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_window"))
        batch_op.drop_index(batch_op.f("ix_meeting_status"))
        batch_op.drop_index(batch_op.f("ix_meeting_planned_start"))

    op.drop_table("meeting")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_status"))
        batch_op.drop_index(batch_op.f("ix_escalation_raised_at"))
        batch_op.drop_index(batch_op.f("ix_escalation_dialogue_id"))

    op.drop_table("escalation")
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.drop_index("ix_delegate_email")
        batch_op.drop_index("ix_delegate_agency_active")

    op.drop_table("delegate")
    with op.batch_alter_table("blackout", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_blackout_dialogue_id"))

    op.drop_table("blackout")
    op.drop_table("dialogue")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_side_id"))
        batch_op.drop_index(batch_op.f("ix_agency_parent_id"))

    op.drop_table("agency")
    op.drop_table("side")
    op.drop_table("column_mapping")
    op.drop_table("change_counter")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_operation_id"))
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("app_user")
