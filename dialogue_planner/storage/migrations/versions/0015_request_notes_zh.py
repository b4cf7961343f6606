"""The Chinese of the investigation texts the briefing pack prints (issue 17).

- ``request_update.note_zh``: a progress report's Chinese (any update's note may have one).
- ``request.result_zh``: the result of the investigation in Chinese.

Both are empty for the rows already stored: the Chinese pack prints their English, marked as untranslated.

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = {"request_update": "note_zh", "request": "result_zh"}


def upgrade() -> None:
    for table, name in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for table, name in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(name)
