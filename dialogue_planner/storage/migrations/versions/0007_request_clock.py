"""Requests: a clock that tells the truth, investigation results, who rated a response, Chinese texts.

- ``request``: ``original_response_due_on`` (the due date fixed when the request arrived; existing rows
  get their ``response_due_on``), ``paused_days`` (0), ``paused_since``, ``extended_until``, ``result``,
  ``result_shareable`` (false), ``subject_zh`` and ``description_zh`` (empty).
- ``request_update``: ``new_due_on`` (an agreed extension's date), ``rated_by`` (existing responses: their
  author, who recorded the rating) and ``quality_reason`` (empty).

Revision ID: 0007
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0010"
branch_labels = None
depends_on = None


def _request_columns() -> list[sa.Column]:
    return [
        sa.Column("subject_zh", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("description_zh", sa.Text(), nullable=False, server_default=""),
        sa.Column("original_response_due_on", sa.Date(), nullable=True),
        sa.Column("paused_days", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("paused_since", sa.Date(), nullable=True),
        sa.Column("extended_until", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False, server_default=""),
        sa.Column("result_shareable", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def _update_columns() -> list[sa.Column]:
    return [
        sa.Column("new_due_on", sa.Date(), nullable=True),
        sa.Column("rated_by", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("quality_reason", sa.Text(), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    # Adding columns rebuilds no table (no batch mode), so no foreign key can cascade a delete.
    for column in _request_columns():
        op.add_column("request", column)
    for column in _update_columns():
        op.add_column("request_update", column)
    request = sa.table(
        "request", sa.column("response_due_on", sa.Date), sa.column("original_response_due_on", sa.Date)
    )
    op.execute(request.update().values(original_response_due_on=request.c.response_due_on))
    update = sa.table(
        "request_update",
        sa.column("kind", sa.String),
        sa.column("author", sa.String),
        sa.column("rated_by", sa.String),
    )
    op.execute(update.update().where(update.c.kind == "response").values(rated_by=update.c.author))


def downgrade() -> None:
    with op.batch_alter_table("request_update", schema=None) as batch_op:
        for column in reversed(_update_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("request", schema=None) as batch_op:
        for column in reversed(_request_columns()):
            batch_op.drop_column(column.name)
