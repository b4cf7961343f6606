"""Audit guards in the schema itself, the logins the application manages, and a lock row for imports.

- The audit trail is append-only on both engines: SQLite triggers refuse UPDATE and DELETE; the
  PostgreSQL triggers (until now made by ``db setup-roles``) refuse UPDATE, DELETE and TRUNCATE, and a
  BEFORE INSERT trigger sets ``actor`` to the connected login (``session_user``), whatever the client sent.
- ``database_login`` records the PostgreSQL logins this database's application created or its owner
  adopted (``storage/roles.py``); ``operation_lock`` holds one row per one-at-a-time operation, locked by
  its holder (``storage/locks.py``). On PostgreSQL both start with no write privilege for anyone but the
  owner (an older ``db setup-roles`` left default privileges that would grant them); ``db setup-roles``
  grants what each group needs.

The trigger SQL is written out here, not imported, so that this revision always does what it did.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are never changed or deleted'); END"
    for verb in ("UPDATE", "DELETE")
)

_POSTGRES_TRIGGERS = """
CREATE OR REPLACE FUNCTION dialogue_audit_append_only() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: audit entries are never changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION dialogue_audit_append_only();
DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION dialogue_audit_append_only();
CREATE OR REPLACE FUNCTION dialogue_audit_actor() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.actor := session_user;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_entry_actor ON audit_entry;
CREATE TRIGGER audit_entry_actor BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION dialogue_audit_actor();
"""

# Every privilege on the new tables held by anyone but their owner (PUBLIC included) is revoked.
_POSTGRES_REVOKE = """
DO $$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN
        SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
        FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE c.oid IN ('database_login'::regclass, 'operation_lock'::regclass) AND a.grantee <> c.relowner
    LOOP
        EXECUTE 'REVOKE ALL ON database_login, operation_lock FROM ' || grantee;
    END LOOP;
END $$;
"""


def upgrade() -> None:
    op.create_table(
        "database_login",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("role_oid", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_database_login")),
    )
    op.create_table(
        "operation_lock",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_operation_lock")),
    )
    op.execute("INSERT INTO operation_lock (name) VALUES ('roster-import')")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(_POSTGRES_TRIGGERS)
        bind.exec_driver_sql(_POSTGRES_REVOKE)


def downgrade() -> None:
    # The PostgreSQL append-only triggers stay: revision 0001 with 'db setup-roles' had them too.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(
            "DROP TRIGGER IF EXISTS audit_entry_actor ON audit_entry; "
            "DROP FUNCTION IF EXISTS dialogue_audit_actor()"
        )
    op.drop_table("operation_lock")
    op.drop_table("database_login")
