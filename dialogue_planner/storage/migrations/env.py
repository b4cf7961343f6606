"""Alembic environment: always given a connection by dialogue_planner.storage.migrate."""

from alembic import context
from sqlalchemy import text

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only run through storage.migrate
    raise RuntimeError("run migrations through dialogue_planner.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        orphans = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if orphans:
            raise DatabaseError(
                f"The upgrade would leave {len(orphans)} rows pointing at missing rows "
                f"(first: table {orphans[0][0]}); it was rolled back and nothing changed."
            )
