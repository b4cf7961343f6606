"""The dialogue's life: a code for each dialogue, its cadence history, and the dialogue each login chose.

- ``dialogue.code`` names a dialogue on the command line (``--dialogue CODE``). Existing rows get the first
  word of their short name (else of their English name) in capitals, letters and digits only, made unique
  by their id when two would clash ("CYBERCRIME" for the 2015 dialogue).
- ``dialogue_cadence``: from which date the dialogue meets how many times a year.
- ``dialogue_choice``: the dialogue a login last chose (the default of its next session).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _code(short_name: str, name_en: str, ident: int) -> str:
    for text in (short_name, name_en):
        words = re.findall(r"[A-Za-z0-9]+", text or "")
        if words:
            return words[0].upper()[:24]
    return f"D{ident}"


def upgrade() -> None:
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=32), nullable=True))
    conn = op.get_bind()
    dialogue = sa.table(
        "dialogue",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("short_name", sa.String),
        sa.column("name_en", sa.String),
    )
    taken: set[str] = set()
    for ident, short_name, name_en in conn.execute(
        sa.select(dialogue.c.id, dialogue.c.short_name, dialogue.c.name_en).order_by(dialogue.c.id)
    ).all():
        code = _code(short_name, name_en, ident)
        if code in taken:
            code = f"{code[:20]}-{ident}"
        taken.add(code)
        conn.execute(dialogue.update().where(dialogue.c.id == ident).values(code=code))
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_dialogue_code"), ["code"])

    op.create_table(
        "dialogue_cadence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("meetings_per_year", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_dialogue_cadence_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_cadence")),
        sa.UniqueConstraint("dialogue_id", "from_on", name=op.f("uq_dialogue_cadence_dialogue_id_from_on")),
    )
    with op.batch_alter_table("dialogue_cadence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dialogue_cadence_dialogue_id"), ["dialogue_id"], unique=False)

    op.create_table(
        "dialogue_choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=128), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogue.id"],
            name=op.f("fk_dialogue_choice_dialogue_id_dialogue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_choice")),
        sa.UniqueConstraint("login", name=op.f("uq_dialogue_choice_login")),
    )
    with op.batch_alter_table("dialogue_choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dialogue_choice_dialogue_id"), ["dialogue_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dialogue_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_choice_dialogue_id"))
    op.drop_table("dialogue_choice")
    with op.batch_alter_table("dialogue_cadence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_cadence_dialogue_id"))
    op.drop_table("dialogue_cadence")
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_dialogue_code"), type_="unique")
        batch_op.drop_column("code")
