"""The audit trail's descriptions in any language (issue 17).

- ``audit_entry.summary_message``: the description's English template and its arguments (JSON), so the
  application shows it in Chinese; ``summary`` keeps the English text. Empty for older entries, which show
  their English. Added in place (no table rebuild), so the audit trail's guards stay as they are.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("summary_message", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_entry", "summary_message")
