"""The schema revision this program writes. Kept in code so that opening an up-to-date database does
not load Alembic; tests/test_migrations.py checks it against the migration scripts."""

SCHEMA_HEAD = "0016"
