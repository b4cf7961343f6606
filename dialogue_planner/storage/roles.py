"""Roles the PostgreSQL server enforces, whatever program connects (the application, psql, a script).

Three group roles (NOLOGIN) hold the privileges; each person's login role is a member of one:

- ``dialogue_viewer``: SELECT only;
- ``dialogue_secretariat``: reads and writes everything except user administration (``app_user``), the
  logins the application manages, the import lock and the schema version, and may only add audit entries;
- ``dialogue_admin``: everything, but may also only add audit entries.

The secretariat writes the meetings' results through the grants on all tables: ``commitment`` (the
action items, grown up), ``activity`` with its ``activity_participant`` and ``activity_commitment`` links
(revision 0004); viewers read them. ``SECRETARIAT_TABLES`` names them so that a test can check the grants.

No login of the application holds CREATEROLE (before PostgreSQL 16 a master key: its holder can grant
itself the tables' owner or ``pg_execute_server_program``). Logins are created and moved by the functions
in ``login_functions.py``, owned by a fourth role, ``dialogue_user_manager``: NOLOGIN, NOINHERIT,
CREATEROLE, and nobody a member of it.

Nobody may UPDATE, DELETE or TRUNCATE ``audit_entry``: the privilege is not granted, and triggers (made
by migration 0002) refuse it even to the tables' owner and set each entry's actor to the connected login.
The summary of outcomes (``outcome_version``, ``outcome_paragraph``, ``outcome_agreement``, revision 0003)
is written by the secretariat and admin groups like the agenda it reports on, and read by viewers: the
grants on all tables below (and the default privileges, for a database set up before 0003) cover them;
``OUTCOME_TABLES`` names them for the tests that check it. The hotline's response targets and contact
points (``escalation_target``, ``hotline_contact``, revision 0008) are written by the secretariat and admin
groups and read by viewers, through the same grants (``HOTLINE_TABLES``).
``OUTCOME_TABLES`` names them for the tests that check it. Attached documents (``document``, revision 0010)
are written by the same groups (attach and remove; never edited) and read by viewers, who may save a copy.
The role names share a prefix, ``dialogue`` unless ``DIALOGUE_PLANNER_ROLE_PREFIX`` says otherwise
(tests use their own prefix per run).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from dialogue_planner.domain.errors import DatabaseError, PermissionDenied, Remedy, ValidationError
from dialogue_planner.domain.messages import msg

from .login_functions import ADOPT_LOGIN, SET_LOGIN, functions_owned_by, install_login_functions

PREFIX_ENV = "DIALOGUE_PLANNER_ROLE_PREFIX"
#: Tables of revision 0004 the secretariat writes (granted with every other table by ``setup_roles``).
SECRETARIAT_TABLES = ("commitment", "activity", "activity_participant", "activity_commitment")
DEFAULT_PREFIX = "dialogue"
ROLES_HIGH_TO_LOW = ("admin", "secretariat", "viewer")
MANAGER_SUFFIX = "user_manager"
# Written by the secretariat and admin groups, read by everyone (issue 15).
OUTCOME_TABLES = ("outcome_version", "outcome_paragraph", "outcome_agreement")
# Written by the secretariat and admin groups, read by everyone (issue 16).
HOTLINE_TABLES = ("escalation_target", "hotline_contact")
# Written by the secretariat and admin groups, read by everyone (issue 15, documents).
DOCUMENT_TABLES = ("document",)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def role_prefix() -> str:
    prefix = os.environ.get(PREFIX_ENV) or DEFAULT_PREFIX
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", prefix):
        raise ValidationError(
            msg("'{prefix}' is not a usable role prefix: lower-case letters, digits and _.", prefix=prefix)
        )
    return prefix


def group_roles(prefix: str | None = None) -> dict[str, str]:
    """Application role -> PostgreSQL group role name."""
    prefix = prefix or role_prefix()
    return {role: f"{prefix}_{role}" for role in ROLES_HIGH_TO_LOW}


def manager_role(prefix: str | None = None) -> str:
    """The NOLOGIN role that owns the login functions (and alone holds CREATEROLE among ours)."""
    return f"{prefix or role_prefix()}_{MANAGER_SUFFIX}"


def _shown(name: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def quote_ident(name: str) -> str:
    """A login or role name as a PostgreSQL identifier; names the server would mangle are refused."""
    if not _IDENTIFIER.fullmatch(name or ""):
        raise ValidationError(
            msg(
                "'{shown}' cannot be a database login: use letters, digits, '_', '.', '@' or '-', starting with a letter, at most 63 characters.",
                shown=_shown(name or ""),
            )
        )
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class RoleSetup:
    """What ``setup_roles`` did, for the command's report."""

    created: tuple[str, ...]
    existing: tuple[str, ...]
    schema: str
    tables: int
    # logins of the groups that held CREATEROLE (given by an earlier version) and no longer do
    createrole_removed: tuple[str, ...] = ()
    # logins already in a group, now recorded as managed (adopted) so that admins may move them
    adopted: tuple[str, ...] = ()


def roles_exist(conn: Connection, prefix: str | None = None) -> bool:
    names = list(group_roles(prefix).values())
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"), {"names": names})
    return found.scalar_one() == len(names)


def may_create_roles(conn: Connection) -> bool:
    row = conn.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
    return bool(row.scalar())


def may_set_up_roles(conn: Connection) -> bool:
    """A superuser, or the tables' owner holding CREATEROLE: who may run ``setup_roles``."""
    return bool(
        conn.execute(
            text(
                "SELECT r.rolsuper OR (r.rolcreaterole AND coalesce(pg_has_role(current_user, t.tableowner, 'USAGE'), false)) "
                "FROM pg_roles r LEFT JOIN pg_tables t ON t.tablename = 'app_user' AND t.schemaname = current_schema() "
                "WHERE r.rolname = current_user"
            )
        ).scalar()
    )


def server_version(conn: Connection) -> int:
    return int(conn.execute(text("SELECT current_setting('server_version_num')")).scalar_one())


def _members_of(conn: Connection, role: str, version: int) -> list[str]:
    """Roles that can act as ``role`` (SET ROLE or inherit); on 16+ an ADMIN-only grant confers neither."""
    acting = " AND (m.set_option OR m.inherit_option)" if version >= 160000 else ""
    return list(
        conn.execute(
            text(
                "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g{acting} ORDER BY 1"
            ),
            {"g": role},
        ).scalars()
    )


def setup_roles(conn: Connection, prefix: str | None = None) -> RoleSetup:
    """Create the group roles and the login manager if missing, (re)grant the groups' privileges on this
    database and (re)install the login functions; idempotent.

    Runs inside the caller's transaction (PostgreSQL DDL is transactional): all of it or none.
    """
    if not may_set_up_roles(conn):
        raise PermissionDenied(
            msg(
                "Setting up the database roles creates roles on the server: run it as the owner of the database (a login with CREATEROLE) or as a superuser."
            )
        )
    groups = group_roles(prefix)
    manager = manager_role(prefix)
    version = server_version(conn)
    created, existing = [], []
    for name in [*groups.values(), manager]:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            existing.append(name)
        else:
            conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
            created.append(name)
    m = quote_ident(manager)
    conn.execute(text(f"ALTER ROLE {m} NOLOGIN NOINHERIT CREATEROLE"))
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    owner = conn.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = :s AND tablename = 'app_user'"),
        {"s": schema},
    ).scalar_one()
    s = quote_ident(schema)
    viewer, secretariat, admin = (quote_ident(groups[r]) for r in ("viewer", "secretariat", "admin"))
    everyone = f"{viewer}, {secretariat}, {admin}"
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {everyone}, {m}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {everyone}, {m}",
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {everyone}, {m}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {secretariat}, {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {secretariat}, {admin}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.app_user FROM {secretariat}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.operation_lock FROM {secretariat}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.database_login FROM {secretariat}, {admin}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {secretariat}, {admin}",
        f"REVOKE UPDATE, DELETE ON {s}.audit_entry FROM {everyone}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC",
        f"GRANT SELECT, INSERT, UPDATE ON {s}.database_login TO {m}",
        # Tables a later migration adds get the same privileges.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {everyone}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT INSERT, UPDATE, DELETE ON TABLES TO {secretariat}, {admin}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {secretariat}, {admin}",
    ]
    if version >= 160000:  # a CREATEROLE role grants only the roles it holds with ADMIN OPTION
        statements += [
            f"GRANT {g} TO {m} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE"
            for g in (viewer, secretariat, admin)
        ]
    for statement in statements:
        conn.execute(text(statement))
    stripped = _remove_createrole(conn, groups, owner)
    _install_functions(conn, schema, groups, manager, owner, version)
    adopted = _record_group_members(conn, schema, groups)
    intruders = _members_of(conn, manager, version)
    if intruders:
        raise ValidationError(
            msg(
                "{intruders} can act as {manager}, which creates roles: the server administrator runs REVOKE {m} FROM ... for each; nothing was changed.",
                intruders=", ".join(intruders),
                manager=manager,
                m=m,
            )
        )
    tables = conn.execute(
        text("SELECT count(*) FROM pg_tables WHERE schemaname = :s"), {"s": schema}
    ).scalar_one()
    return RoleSetup(tuple(created), tuple(existing), schema, tables, stripped, adopted)


def _remove_createrole(conn: Connection, groups: dict[str, str], owner: str) -> tuple[str, ...]:
    """Earlier versions gave admin logins CREATEROLE: take it back from every member of the groups
    (superusers, the owner and the connected login excepted)."""
    names = (
        conn.execute(
            text(
                "SELECT DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ANY(:groups) AND u.rolcreaterole "
                "AND NOT u.rolsuper AND u.rolname NOT IN (:owner, current_user) ORDER BY 1"
            ),
            {"groups": list(groups.values()), "owner": owner},
        )
        .scalars()
        .all()
    )
    for name in names:
        conn.execute(text(f"ALTER ROLE {quote_ident(name)} NOCREATEROLE"))
    return tuple(names)


def _install_functions(
    conn: Connection, schema: str, groups: dict[str, str], manager: str, owner: str, version: int
) -> None:
    """Install the login functions owned by the manager. Giving an object to a role needs the right to act
    as it, and the new owner needs CREATE on the schema: both are granted for this transaction only."""
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar_one()
    m, s = quote_ident(manager), quote_ident(schema)
    if not superuser:
        conn.execute(text(f"GRANT {m} TO CURRENT_USER"))
    conn.execute(text(f"GRANT CREATE ON SCHEMA {s} TO {m}"))
    install_login_functions(
        conn,
        schema=schema,
        schema_ident=s,
        groups=groups,
        manager=manager,
        manager_ident=m,
        owner_ident=quote_ident(owner),
        admin_ident=quote_ident(groups["admin"]),
        server_version=version,
    )
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {s} FROM {m}"))
    if not superuser:
        conn.execute(text(f"REVOKE {m} FROM CURRENT_USER"))


def _record_group_members(conn: Connection, schema: str, groups: dict[str, str]) -> tuple[str, ...]:
    """Logins already in a group (added by an earlier version, or by hand) are recorded as adopted: admins may
    move them between the groups, never change their password. Those with powers the application does not
    manage (superuser, createrole, ...; other memberships) stay unrecorded and out of the admins' reach."""
    table = f"{quote_ident(schema)}.database_login"
    names = (
        conn.execute(
            text(
                f"INSERT INTO {table} AS d (login, role_oid, origin, recorded_at, recorded_by) "
                "SELECT DISTINCT u.rolname, u.oid, 'adopted', now(), session_user FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE g.rolname = ANY(:groups) AND u.rolcanlogin AND NOT (u.rolsuper OR u.rolreplication OR u.rolbypassrls "
                "OR u.rolcreaterole) AND NOT EXISTS (SELECT 1 FROM pg_auth_members o JOIN pg_roles og ON og.oid = o.roleid "
                "  WHERE o.member = u.oid AND NOT og.rolname = ANY(:groups)) "
                f"AND NOT EXISTS (SELECT 1 FROM {table} k WHERE k.login = u.rolname AND k.role_oid = u.oid) "
                "ON CONFLICT (login) DO UPDATE SET role_oid = EXCLUDED.role_oid, origin = EXCLUDED.origin, "
                "recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by RETURNING d.login"
            ),
            {"groups": list(groups.values())},
        )
        .scalars()
        .all()
    )
    return tuple(sorted(names))


def database_role(engine: Engine, prefix: str | None = None) -> str | None:
    """The application role the server grants the connected login, or None when roles are not set up.

    Superusers and the tables' owner are admins; otherwise the highest group the login belongs to;
    a login in none of the groups may do nothing, so it is a viewer (the server refuses even reads).
    """
    groups = group_roles(prefix)
    with engine.connect() as conn:
        if not roles_exist(conn, prefix):
            return None
        owner_or_super = conn.execute(
            text(
                "SELECT r.rolsuper OR coalesce(pg_has_role(current_user, t.tableowner, 'MEMBER'), false) "
                "FROM pg_roles r LEFT JOIN pg_tables t ON t.tablename = 'app_user' AND t.schemaname = current_schema() "
                "WHERE r.rolname = current_user"
            )
        ).scalar()
        if owner_or_super:
            return "admin"
        for role in ROLES_HIGH_TO_LOW:
            if conn.execute(
                text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": groups[role]}
            ).scalar():
                return role
        return "viewer"


# -- logins, through the functions ------------------------------------------------------------------
def login_functions_ready(conn: Connection, prefix: str | None = None) -> bool:
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    return functions_owned_by(conn, schema, manager_role(prefix))


def set_login(
    conn: Connection, login: str, role: str, password: str | None = None, prefix: str | None = None
) -> str:
    """Create the login ``login`` in the group of ``role``, or move a login the application manages there
    (and set its password if it created it), in the caller's transaction. Returns "created" or "moved".

    The server decides (``dialogue_set_login``): a role the application did not create or adopt for this
    database is refused, whoever asks. The password travels as a SCRAM verifier, never in clear.
    """
    quote_ident(login)
    verifier = _verifier(conn, login, password) if password is not None else None
    return _call(
        conn,
        SET_LOGIN,
        {"login": login, "role": role, "password": verifier},
        prefix,
        denied="Only an administrator of Dialogue Planner adds or moves its database logins.",
    )


def adopt_login(conn: Connection, login: str, role: str, prefix: str | None = None) -> str:
    """Record the existing login ``login`` as managed and place it in the group of ``role`` (the owner's call)."""
    quote_ident(login)
    return _call(
        conn,
        ADOPT_LOGIN,
        {"login": login, "role": role},
        prefix,
        denied=f"Only the owner of the database adopts an existing login: ask them to adopt "
        f"'{login}' as {role}.",
    )


def _call(conn: Connection, function: str, params: dict, prefix: str | None, *, denied: str) -> str:
    """Call a login function; its refusals become errors a user can act on (``denied`` when the server
    does not let the login call it at all)."""
    if not login_functions_ready(conn, prefix):
        raise DatabaseError(
            msg(
                "The database roles were set up by an earlier version of Dialogue Planner (or restored from a backup): the database owner sets them up again first; nothing was changed."
            ),
            remedy=(Remedy.SETUP_ROLES,),
        )
    schema = quote_ident(conn.execute(text("SELECT current_schema()")).scalar_one())
    arguments = ", ".join(f":{name}" for name in params)
    try:
        return conn.execute(text(f"SELECT {schema}.{function}({arguments})"), params).scalar_one()
    except DBAPIError as exc:
        refusal = _refusal(exc, denied)
        if refusal is None:
            raise
        raise refusal from exc


def _refusal(exc: DBAPIError, denied: str) -> Exception | None:
    """The server's refusal as the error a user can act on (the functions' messages are written for them)."""
    code = getattr(exc.orig, "sqlstate", None)
    diag = getattr(exc.orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(exc.orig)).strip().splitlines()[0]
    if code == "42501":
        return PermissionDenied(denied if message.startswith("permission denied for function") else message)
    if code == "22023":
        return ValidationError(message)
    return None


def _verifier(conn: Connection, login: str, password: str) -> str:
    """The password hashed here the way the server stores it (as psql's \\password does), so that the server,
    its logs and its statistics never see it in clear."""
    if not password or "\x00" in password:
        raise ValidationError(msg("A password cannot be empty or contain a NUL character."))
    method = conn.execute(text("SHOW password_encryption")).scalar_one()
    algorithm = "md5" if method in ("on", "md5") else method  # "on" meant md5 before PostgreSQL 14
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection holds its driver's
    return raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), algorithm.encode("ascii")
    ).decode("ascii")
