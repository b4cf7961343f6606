"""The audit trail loses its index on ``at``, which no query reads (issue 19).

Entries are listed newest first by id, and found by entity or by operation; their time is shown, never
searched. Every audited write paid for the index: a roster import of 10,000 rows writes 10,000 entries,
and keeping this index took 4-5 ms of the 20 ms their insert takes on SQLite. Dropped in place (no table
rebuild), so the audit trail's guards stay as they are.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")


def downgrade() -> None:
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"], unique=False)
