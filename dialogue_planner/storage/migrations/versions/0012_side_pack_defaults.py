"""Per-side briefing defaults and the side's secretariat (issue 17).

- ``side.pack_language``: the language of a pack issued to the side's delegates ("" = the side's default,
  zh for a side whose public holidays are China's, else en). The paper stays ``side.paper_size``.
- ``side.secretariat_name``, ``secretariat_name_zh``, ``secretariat_phone``, ``secretariat_email``: the
  side's secretariat on the pack's contact sheet, and the PDF's Author.

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("pack_language", 16),
    ("secretariat_name", 200),
    ("secretariat_name_zh", 200),
    ("secretariat_phone", 64),
    ("secretariat_email", 200),
)


def upgrade() -> None:
    with op.batch_alter_table("side", schema=None) as batch_op:
        for name, length in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("side", schema=None) as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
