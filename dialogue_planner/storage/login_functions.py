"""The SECURITY DEFINER functions through which application admins manage PostgreSQL logins.

Before PostgreSQL 16, CREATEROLE is a master key: its holder can grant itself any non-superuser role
(the tables' owner, ``pg_execute_server_program``) and change any such role's password. So no login of
the application holds it. A dedicated role, the *login manager* (NOLOGIN, NOINHERIT, CREATEROLE, nobody a
member of it), owns these functions, and they do only this:

- ``dialogue_set_login(login, role, password)``: create a login in the group of ``role`` (admin,
  secretariat or viewer), or move a login this database's application manages into that group (and set
  the password of one it created). Callable by application admins and the tables' owner.
- ``dialogue_adopt_login(login, role)``: record an existing login as managed, and place it in the group.
  Callable by the tables' owner (or a superuser) only: adopting is the owner's deliberate decision.

Both refuse, whoever calls them: a caller who is not an application admin; a role outside the three
groups; the groups, the manager and the owner themselves; a login with SUPERUSER, REPLICATION, BYPASSRLS or
CREATEROLE or a membership outside the three groups; an existing role the application did not create or
adopt for this database (``database_login``: same name *and* same role OID). Their ``search_path`` is
pinned (``pg_catalog, pg_temp``) and every table they touch is schema-qualified, so nothing a caller
creates (a temporary table, a function in another schema) can stand in for ours. They check that they run
as the manager: restored from a backup (owned by whoever restored it) they refuse until ``db setup-roles``
has installed them again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

SET_LOGIN = "dialogue_set_login"
ADOPT_LOGIN = "dialogue_adopt_login"
_CHECK_LOGIN = "dialogue_check_login"
_PLACE_LOGIN = "dialogue_place_login"
SIGNATURES = (
    f"{SET_LOGIN}(text, text, text)",
    f"{ADOPT_LOGIN}(text, text)",
    f"{_CHECK_LOGIN}(text)",
    f"{_PLACE_LOGIN}(text, text)",
)
LOGIN_PATTERN = "^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"  # the same rule as storage.roles.quote_ident

# @S@ schema (identifier), @SCHEMA@ schema (literal), @VIEWER@ @SECRETARIAT@ @ADMIN@ @MANAGER@ role names
# (literals), @PATTERN@ the login pattern (literal), @SETTINGS@ extra SET clauses for this server version.
_FUNCTIONS = r"""
CREATE FUNCTION @S@.dialogue_check_login(p_login text) RETURNS oid
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    v_role record;
    v_other text;
BEGIN
    SELECT oid, rolsuper, rolreplication, rolbypassrls, rolcreaterole INTO v_role
        FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no database login "%".', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_role.rolsuper OR v_role.rolreplication OR v_role.rolbypassrls OR v_role.rolcreaterole THEN
        RAISE EXCEPTION 'The database login "%" holds powers on the server (superuser, replication, bypassrls or createrole) that Dialogue Planner does not manage; nothing was changed.', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT g.rolname INTO v_other FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
        WHERE m.member = v_role.oid AND g.rolname NOT IN (@VIEWER@, @SECRETARIAT@, @ADMIN@) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'The database login "%" is also a member of "%", which Dialogue Planner does not manage; nothing was changed.', p_login, v_other
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_role.oid;
END $fn$;

CREATE FUNCTION @S@.dialogue_place_login(p_login text, p_group text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    v_group text;
    v_groups text[];
BEGIN
    FOREACH v_group IN ARRAY ARRAY[@VIEWER@, @SECRETARIAT@, @ADMIN@]::text[] LOOP
        IF v_group <> p_group AND EXISTS (
                SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = v_group AND u.rolname = p_login) THEN
            EXECUTE format('REVOKE %I FROM %I', v_group, p_login);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = p_group AND u.rolname = p_login) THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_login);
    END IF;
    -- PostgreSQL 16 and later keep one membership per grantor: one given by someone else is not ours to take.
    SELECT array_agg(DISTINCT g.rolname::text) INTO v_groups FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
        WHERE u.rolname = p_login AND g.rolname IN (@VIEWER@, @SECRETARIAT@, @ADMIN@);
    IF v_groups IS DISTINCT FROM ARRAY[p_group] THEN
        RAISE EXCEPTION 'The database login "%" stays in % through a grant Dialogue Planner did not make: the server administrator revokes it; nothing was changed.', p_login, array_to_string(v_groups, ', ')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $fn$;

CREATE FUNCTION @S@.dialogue_set_login(p_login text, p_role text, p_password text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp @SETTINGS@ AS $fn$
DECLARE
    v_group text := CASE p_role WHEN 'viewer' THEN @VIEWER@ WHEN 'secretariat' THEN @SECRETARIAT@
                                WHEN 'admin' THEN @ADMIN@ END;
    v_owner name;
    v_oid oid;
    v_origin text;
BEGIN
    IF current_user <> @MANAGER@ THEN
        RAISE EXCEPTION 'The login functions of this database are not installed as they should be (after a restore, for example): the database owner runs ''dialogue-planner db setup-roles''; nothing was changed.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT tableowner INTO v_owner FROM pg_tables WHERE schemaname = @SCHEMA@ AND tablename = 'app_user';
    IF NOT (coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
            OR coalesce(pg_has_role(session_user, v_owner, 'MEMBER'), false)
            OR coalesce(pg_has_role(session_user, @ADMIN@, 'MEMBER'), false)) THEN
        RAISE EXCEPTION 'permission denied: only an administrator of Dialogue Planner adds or moves its database logins'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_group IS NULL THEN
        RAISE EXCEPTION 'A database login goes into one of the roles admin, secretariat or viewer; nothing was changed.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login IS NULL OR p_login !~ @PATTERN@ THEN
        RAISE EXCEPTION 'That cannot be a database login: use letters, digits, ''_'', ''.'', ''@'' or ''-'', starting with a letter, at most 63 characters.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login IN (@VIEWER@, @SECRETARIAT@, @ADMIN@, @MANAGER@) OR v_owner IS NULL THEN
        RAISE EXCEPTION '"%" is a role of Dialogue Planner itself, not a person''s login; nothing was changed.', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login = v_owner OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = p_login), false) THEN
        RAISE EXCEPTION '"%" owns this database or is a superuser: the server treats it as an admin whatever its group, and Dialogue Planner does not manage it; nothing was changed.', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT oid INTO v_oid FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
                       p_login) || CASE WHEN p_password IS NULL THEN '' ELSE format(' PASSWORD %L', p_password) END;
        INSERT INTO @S@.database_login AS d (login, role_oid, origin, recorded_at, recorded_by)
            SELECT p_login, r.oid, 'created', now(), session_user FROM pg_roles r WHERE r.rolname = p_login
            ON CONFLICT (login) DO UPDATE SET role_oid = EXCLUDED.role_oid, origin = EXCLUDED.origin,
                recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by;
        PERFORM @S@.dialogue_place_login(p_login, v_group);
        RETURN 'created';
    END IF;
    SELECT d.origin INTO v_origin FROM @S@.database_login d WHERE d.login = p_login AND d.role_oid = v_oid;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The database login "%" exists already and was not created by Dialogue Planner for this database; nothing was changed. If it should use this database, the database owner adopts it: dialogue-planner users adopt % --role %', p_login, p_login, p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM @S@.dialogue_check_login(p_login);
    IF p_password IS NOT NULL THEN
        IF v_origin <> 'created' THEN
            RAISE EXCEPTION 'The database login "%" was adopted, not created, by Dialogue Planner: its password is the server administrator''s to change; nothing was changed.', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
    PERFORM @S@.dialogue_place_login(p_login, v_group);
    RETURN 'moved';
END $fn$;

CREATE FUNCTION @S@.dialogue_adopt_login(p_login text, p_role text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp @SETTINGS@ AS $fn$
DECLARE
    v_group text := CASE p_role WHEN 'viewer' THEN @VIEWER@ WHEN 'secretariat' THEN @SECRETARIAT@
                                WHEN 'admin' THEN @ADMIN@ END;
    v_owner name;
    v_oid oid;
BEGIN
    IF current_user <> @MANAGER@ THEN
        RAISE EXCEPTION 'The login functions of this database are not installed as they should be (after a restore, for example): the database owner runs ''dialogue-planner db setup-roles''; nothing was changed.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT tableowner INTO v_owner FROM pg_tables WHERE schemaname = @SCHEMA@ AND tablename = 'app_user';
    IF NOT (coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
            OR coalesce(pg_has_role(session_user, v_owner, 'MEMBER'), false)) THEN
        RAISE EXCEPTION 'permission denied: only the owner of the database adopts an existing login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_group IS NULL THEN
        RAISE EXCEPTION 'A database login goes into one of the roles admin, secretariat or viewer; nothing was changed.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login IS NULL OR p_login !~ @PATTERN@ THEN
        RAISE EXCEPTION 'That cannot be a database login: use letters, digits, ''_'', ''.'', ''@'' or ''-'', starting with a letter, at most 63 characters.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login IN (@VIEWER@, @SECRETARIAT@, @ADMIN@, @MANAGER@) OR v_owner IS NULL THEN
        RAISE EXCEPTION '"%" is a role of Dialogue Planner itself, not a person''s login; nothing was changed.', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login = v_owner THEN
        RAISE EXCEPTION '"%" owns this database: the server treats it as an admin already; nothing was changed.', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT oid INTO v_oid FROM pg_roles WHERE rolname = p_login AND rolcanlogin;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no database login "%" to adopt; ''dialogue-planner users add'' creates one.', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM @S@.dialogue_check_login(p_login);
    INSERT INTO @S@.database_login AS d (login, role_oid, origin, recorded_at, recorded_by)
        VALUES (p_login, v_oid, 'adopted', now(), session_user)
        ON CONFLICT (login) DO UPDATE SET
            origin = CASE WHEN d.role_oid = EXCLUDED.role_oid THEN d.origin ELSE EXCLUDED.origin END,
            role_oid = EXCLUDED.role_oid, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by;
    PERFORM @S@.dialogue_place_login(p_login, v_group);
    RETURN 'adopted';
END $fn$;
"""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def install_login_functions(
    conn: Connection,
    *,
    schema: str,
    schema_ident: str,
    groups: dict[str, str],
    manager: str,
    manager_ident: str,
    owner_ident: str,
    admin_ident: str,
    server_version: int,
) -> None:
    """(Re)create the functions, owned by the manager, executable only by whom they serve.

    The caller has made itself able to act as the manager and given the manager CREATE on the schema for
    the moment (``storage.roles.setup_roles``), in the same transaction.
    """
    settings = "SET createrole_self_grant = ''" if server_version >= 160000 else ""
    sql = _FUNCTIONS
    for marker, value in (
        ("@S@", schema_ident),
        ("@SCHEMA@", _literal(schema)),
        ("@VIEWER@", _literal(groups["viewer"])),
        ("@SECRETARIAT@", _literal(groups["secretariat"])),
        ("@ADMIN@", _literal(groups["admin"])),
        ("@MANAGER@", _literal(manager)),
        ("@PATTERN@", _literal(LOGIN_PATTERN)),
        ("@SETTINGS@", settings),
    ):
        sql = sql.replace(marker, value)
    for signature in SIGNATURES:
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {schema_ident}.{signature}")
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection holds its driver's
    raw.execute(sql)  # no parameters: the bodies' '%' stay as they are
    for signature in SIGNATURES:
        qualified = f"{schema_ident}.{signature}"
        conn.exec_driver_sql(f"ALTER FUNCTION {qualified} OWNER TO {manager_ident}")
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC")
    conn.exec_driver_sql(
        f"GRANT EXECUTE ON FUNCTION {schema_ident}.{SIGNATURES[0]} TO {admin_ident}, {owner_ident}"
    )
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {schema_ident}.{SIGNATURES[1]} TO {owner_ident}")


def functions_owned_by(conn: Connection, schema: str, manager: str) -> bool:
    """Whether every login function exists in ``schema`` and is owned by the manager."""
    found = conn.execute(
        text(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "JOIN pg_roles o ON o.oid = p.proowner WHERE n.nspname = :s AND o.rolname = :m AND p.proname = ANY(:names)"
        ),
        {"s": schema, "m": manager, "names": [s.split("(")[0] for s in SIGNATURES]},
    ).scalar_one()
    return found == len(SIGNATURES)
