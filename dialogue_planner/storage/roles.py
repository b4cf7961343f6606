"""Roles the PostgreSQL server enforces, whatever program connects (the application, psql, a script).

Three group roles (NOLOGIN) hold the privileges; each person's login role is a member of one:

- ``dialogue_viewer``: SELECT only;
- ``dialogue_secretariat``: reads and writes everything except user administration (``app_user``)
  and the schema version, and may only add audit entries;
- ``dialogue_admin``: everything, but may also only add audit entries.

Nobody may UPDATE, DELETE or TRUNCATE ``audit_entry``: the privilege is not granted, and a trigger
refuses it even to the tables' owner. The group names share a prefix, ``dialogue`` unless
``DIALOGUE_PLANNER_ROLE_PREFIX`` says otherwise (tests use their own prefix per run).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from dialogue_planner.domain.errors import ValidationError

PREFIX_ENV = "DIALOGUE_PLANNER_ROLE_PREFIX"
DEFAULT_PREFIX = "dialogue"
ROLES_HIGH_TO_LOW = ("admin", "secretariat", "viewer")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")

APPEND_ONLY_FUNCTION = "dialogue_audit_append_only"
_TRIGGER_SQL = f"""
CREATE OR REPLACE FUNCTION {APPEND_ONLY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: audit entries are never changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION {APPEND_ONLY_FUNCTION}();
DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION {APPEND_ONLY_FUNCTION}();
"""


def role_prefix() -> str:
    prefix = os.environ.get(PREFIX_ENV) or DEFAULT_PREFIX
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", prefix):
        raise ValidationError(f"'{prefix}' is not a usable role prefix: lower-case letters, digits and _.")
    return prefix


def group_roles(prefix: str | None = None) -> dict[str, str]:
    """Application role -> PostgreSQL group role name."""
    prefix = prefix or role_prefix()
    return {role: f"{prefix}_{role}" for role in ROLES_HIGH_TO_LOW}


def quote_ident(name: str) -> str:
    """A login or role name as a PostgreSQL identifier; names the server would mangle are refused."""
    if not _IDENTIFIER.match(name or ""):
        raise ValidationError(f"'{name}' cannot be a database login: use letters, digits, '_', '.', '@' or '-', "
                              "starting with a letter, at most 63 characters.")
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    if "\x00" in value:
        raise ValidationError("A password cannot contain a NUL character.")
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class RoleSetup:
    """What ``setup_roles`` did, for the command's report."""

    created: tuple[str, ...]
    existing: tuple[str, ...]
    schema: str
    tables: int


def roles_exist(conn: Connection, prefix: str | None = None) -> bool:
    names = list(group_roles(prefix).values())
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"), {"names": names})
    return found.scalar_one() == len(names)


def may_create_roles(conn: Connection) -> bool:
    row = conn.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
    return bool(row.scalar())


def setup_roles(conn: Connection, prefix: str | None = None) -> RoleSetup:
    """Create the group roles if missing and (re)grant their privileges on this database; idempotent.

    Runs inside the caller's transaction (PostgreSQL DDL is transactional): all of it or none.
    """
    groups = group_roles(prefix)
    created, existing = [], []
    for name in groups.values():
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            existing.append(name)
        else:
            conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
            created.append(name)
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    s = quote_ident(schema)
    viewer, secretariat, admin = (quote_ident(groups[r]) for r in ("viewer", "secretariat", "admin"))
    everyone = f"{viewer}, {secretariat}, {admin}"
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {everyone}",
        f"GRANT USAGE ON SCHEMA {s} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {secretariat}, {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {secretariat}, {admin}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.app_user FROM {secretariat}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {secretariat}, {admin}",
        f"REVOKE UPDATE, DELETE ON {s}.audit_entry FROM {everyone}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC",
        # Tables a later migration adds get the same privileges.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {everyone}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT INSERT, UPDATE, DELETE ON TABLES TO {secretariat}, {admin}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {secretariat}, {admin}",
    ]
    for statement in statements:
        conn.execute(text(statement))
    conn.exec_driver_sql(_TRIGGER_SQL)
    tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = :s"), {"s": schema}).scalar_one()
    return RoleSetup(tuple(created), tuple(existing), schema, tables)


def database_role(engine: Engine, prefix: str | None = None) -> str | None:
    """The application role the server grants the connected login, or None when roles are not set up.

    Superusers and the tables' owner are admins; otherwise the highest group the login belongs to;
    a login in none of the groups may do nothing, so it is a viewer (the server refuses even reads).
    """
    groups = group_roles(prefix)
    with engine.connect() as conn:
        if not roles_exist(conn, prefix):
            return None
        owner_or_super = conn.execute(text(
            "SELECT r.rolsuper OR coalesce(pg_has_role(current_user, t.tableowner, 'MEMBER'), false) "
            "FROM pg_roles r LEFT JOIN pg_tables t ON t.tablename = 'app_user' AND t.schemaname = current_schema() "
            "WHERE r.rolname = current_user")).scalar()
        if owner_or_super:
            return "admin"
        for role in ROLES_HIGH_TO_LOW:
            if conn.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": groups[role]}).scalar():
                return role
        return "viewer"


def ensure_login(conn: Connection, login: str, role: str, password: str | None = None,
                 prefix: str | None = None) -> bool:
    """Create (or move) the login role ``login`` into the group of ``role``, in the caller's transaction.

    Returns False, changing nothing, when the connected user may not create roles. Admin logins get
    CREATEROLE so that they can add users in turn.
    """
    if not may_create_roles(conn):
        return False
    groups = group_roles(prefix)
    if login in groups.values():
        raise ValidationError(f"'{login}' is the name of a group role; choose another login.")
    ident = quote_ident(login)
    exists = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {ident} LOGIN" + (f" PASSWORD {quote_literal(password)}" if password else "")))
    elif password:
        conn.execute(text(f"ALTER ROLE {ident} PASSWORD {quote_literal(password)}"))
    for other, group in groups.items():
        member = conn.execute(text("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                   "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :n"),
                              {"n": login, "g": group}).first()
        if other != role and member:
            conn.execute(text(f"REVOKE {quote_ident(group)} FROM {ident}"))
    conn.execute(text(f"GRANT {quote_ident(groups[role])} TO {ident}"))
    if exists is None or not exists.rolsuper:
        conn.execute(text(f"ALTER ROLE {ident} {'CREATEROLE' if role == 'admin' else 'NOCREATEROLE'}"))
    return True
