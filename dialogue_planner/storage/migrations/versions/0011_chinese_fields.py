"""Chinese beside every printed text a user types (issue 17).

- ``delegate.title_zh``: a delegate's title in Chinese.
- ``agenda_item``: ``briefing_note_zh`` and ``outcome_zh`` (the title has its Chinese since 0001).
- ``meeting``: ``planned_city_zh`` and ``actual_city_zh`` (the city the cover prints, in Chinese).

Every new column is empty for the rows already stored: the Chinese pack prints their English, marked as
untranslated, until someone writes the Chinese.

Revision ID: 0011
Revises: 0014
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0014"
branch_labels = None
depends_on = None

COLUMNS = {
    "delegate": (("title_zh", sa.String(length=200)),),
    "agenda_item": (("briefing_note_zh", sa.Text()), ("outcome_zh", sa.Text())),
    "meeting": (("planned_city_zh", sa.String(length=120)), ("actual_city_zh", sa.String(length=120))),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, type_ in columns:
                batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=""))


def downgrade() -> None:
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _type in reversed(columns):
                batch_op.drop_column(name)
