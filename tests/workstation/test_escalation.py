"""Escalation suite on PostgreSQL: a deployment as DEPLOYMENT.md describes it (a non-superuser owner with
CREATEROLE, ``db setup-roles``, one login per role added with ``users add --password-stdin``), and every
step by which a login of the application could take the server, forge the audit or hold imports up,
attempted as the admin, secretariat and viewer logins connecting with their own credentials. Each step is
refused, and afterwards the audit trail and every role on the server are exactly as before."""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dialogue_planner.cli import main
from dialogue_planner.domain.errors import DatabaseError, PermissionDenied
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.services import workstation
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import add_meeting, update_meeting
from dialogue_planner.services.setup import initialise
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.roles import PREFIX_ENV, group_roles, manager_role

pytestmark = pytest.mark.postgres
LOGINS = ("admin", "secretariat", "viewer")
PASSWORD = {"admin": "adm1n pass'phrase", "secretariat": "s3cretariat", "viewer": "v1ewer", "owner": "0wner"}
MARKER = Path(f"/tmp/dialogue-planner-escalation-{uuid.uuid4().hex}")


@dataclass
class Deployment:
    server: str  # the superuser's URL (the test's eye on the server, never used by the logins)
    prefix: str  # of every role this deployment made
    database: str
    owner: str
    foreign: str  # a login on the same server that has nothing to do with the application
    logins: dict[str, str]
    groups: dict[str, str]
    manager: str

    def url(self, login: str, password: str | None = None) -> str:
        return (
            make_url(self.server)
            .set(database=self.database, username=login, password=password)
            .render_as_string(hide_password=False)
        )

    def connect(self, who: str) -> psycopg.Connection:
        """A plain client (what psql does) as ``who`` (a role or 'owner'), with its own password."""
        u = make_url(self.server)
        login = self.owner if who == "owner" else self.logins[who]
        return psycopg.connect(
            host=u.host, port=u.port or 5432, dbname=self.database, user=login, password=PASSWORD[who]
        )

    def ctx(self, who: str) -> ServiceContext:
        login = self.owner if who == "owner" else self.logins[who]
        db = open_database(self.url(login, PASSWORD[who]), upgrade=False)
        self._opened.append(db)
        return ServiceContext.connect(db)

    def superuser(self):
        return create_engine(self.url(make_url(self.server).username), isolation_level="AUTOCOMMIT")

    _opened: list


@pytest.fixture(scope="module")
def deployment(pg_server):
    """Set up once for the module, as DEPLOYMENT.md tells a server administrator to."""
    prefix = f"dpe{uuid.uuid4().hex[:10]}"
    patch = pytest.MonkeyPatch()
    patch.setenv(PREFIX_ENV, prefix)
    name = f"dp_escalation_{uuid.uuid4().hex[:12]}"
    owner, foreign = f"{prefix}_owner", f"{prefix}_outsider"
    root = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{PASSWORD['owner']}'"))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER "{owner}"'))
        conn.execute(text(f"CREATE ROLE \"{foreign}\" LOGIN CREATEDB PASSWORD 'outsider'"))
        conn.execute(text(f'GRANT pg_read_all_stats TO "{foreign}"'))
    dep = Deployment(
        pg_server,
        prefix,
        name,
        owner,
        foreign,
        {r: f"{prefix}_u_{r}" for r in LOGINS},
        group_roles(),
        manager_role(),
        [],
    )
    try:
        owner_db = open_database(dep.url(owner, PASSWORD["owner"]))  # the owner creates the tables
        dep._opened.append(owner_db)
        owner_ctx = ServiceContext.connect(owner_db)
        initialise(owner_ctx)
        add_meeting(owner_ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
        assert main(["--db", owner_db.url, "db", "setup-roles"]) == 0
        for role, login in dep.logins.items():
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr("sys.stdin", io.StringIO(PASSWORD[role] + "\n"))
                assert (
                    main(["--db", owner_db.url, "users", "add", login, "--role", role, "--password-stdin"])
                    == 0
                )
        update_meeting(
            dep.ctx("secretariat"), 1, venue="Diaoyutai"
        )  # an entry by someone else than the owner
        yield dep
    finally:
        for db in dep._opened:
            db.dispose()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            names = (
                conn.execute(
                    text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY rolcanlogin DESC"),
                    {"p": f"{prefix}\\_%"},
                )
                .scalars()
                .all()
            )
            for role in names:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        root.dispose()
        patch.undo()
        MARKER.unlink(missing_ok=True)


def _server_state(dep: Deployment) -> tuple:
    """Everything an escalation would change: the audit trail, every role with its attributes and
    password, every membership, and the functions' owners and settings."""
    engine = dep.superuser()
    try:
        with engine.connect() as conn:
            audit = conn.execute(
                text(
                    "SELECT id, at, actor, action, entity, entity_id, before::text, after::text, "
                    "summary, operation_id FROM audit_entry ORDER BY id"
                )
            ).all()
            # this deployment's roles and the superuser (other tests make and drop roles of their own meanwhile)
            ours = {"p": f"{dep.prefix}\\_%", "su": make_url(dep.server).username}
            roles = conn.execute(
                text(
                    "SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, "
                    "rolreplication, rolbypassrls, rolpassword FROM pg_authid "
                    "WHERE rolname LIKE :p OR rolname = :su ORDER BY rolname"
                ),
                ours,
            ).all()
            members = conn.execute(
                text(
                    "SELECT g.rolname, u.rolname, m.admin_option FROM pg_auth_members m "
                    "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                    "WHERE g.rolname LIKE :p OR u.rolname LIKE :p OR u.rolname = :su "
                    "ORDER BY 1, 2"
                ),
                ours,
            ).all()
            functions = conn.execute(
                text(
                    "SELECT p.proname, o.rolname, p.prosecdef, p.proconfig, md5(p.prosrc) "
                    "FROM pg_proc p JOIN pg_roles o ON o.oid = p.proowner "
                    "WHERE p.proname LIKE 'dialogue%' ORDER BY 1"
                )
            ).all()
            triggers = conn.execute(
                text(
                    "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
                    "ORDER BY 1"
                )
            ).all()
            logins = conn.execute(text("SELECT login, role_oid, origin FROM database_login ORDER BY 1")).all()
    finally:
        engine.dispose()
    return tuple(audit), tuple(roles), tuple(members), tuple(functions), tuple(triggers), tuple(logins)


@pytest.fixture
def unchanged(deployment):
    """Asserts, after the test, that the server is exactly as before it."""
    before = _server_state(deployment)
    yield deployment
    after = _server_state(deployment)
    for part, old, new in zip(
        ("audit", "roles", "memberships", "functions", "triggers", "logins"), before, after, strict=True
    ):
        assert new == old, f"the {part} changed"


# Each step: (id, statements with {owner} {self} {other} {foreign} {manager} {admin_group} {viewer_group}
# {marker} {superuser}, roles for which it must be refused). The statements run in order, and one of them
# must be refused; everything is rolled back. The chains are the escalations the issue reproduced.
ALL = frozenset(LOGINS)
NON_ADMINS = frozenset({"secretariat", "viewer"})
STEPS = [
    # Item 3: taking the server over, as CREATEROLE allowed before.
    (
        "chain-take-the-owner-and-erase-the-audit",
        [
            'GRANT "{owner}" TO "{self}"',
            'SET ROLE "{owner}"',
            "ALTER TABLE audit_entry DISABLE TRIGGER USER",
            "DELETE FROM audit_entry",
        ],
        ALL,
    ),
    (
        "chain-run-a-program-on-the-server",
        ['GRANT pg_execute_server_program TO "{self}"', "COPY (SELECT 1) TO PROGRAM 'touch {marker}'"],
        ALL,
    ),
    ("grant-self-the-owner", ['GRANT "{owner}" TO "{self}"'], ALL),
    ("set-role-owner", ['SET ROLE "{owner}"'], ALL),
    ("change-the-owners-password", ["ALTER ROLE \"{owner}\" PASSWORD 'taken over'"], ALL),
    ("grant-self-server-programs", ['GRANT pg_execute_server_program TO "{self}"'], ALL),
    ("copy-to-program", ["COPY (SELECT 1) TO PROGRAM 'touch {marker}'"], ALL),
    ("copy-from-program", ["CREATE TEMP TABLE loot (line text)", "COPY loot FROM PROGRAM 'id'"], ALL),
    ("create-role", ['CREATE ROLE "{self}_twin" LOGIN'], ALL),
    ("give-self-createrole", ['ALTER ROLE "{self}" CREATEROLE'], ALL),
    ("give-self-superuser", ['ALTER ROLE "{self}" SUPERUSER'], ALL),
    ("give-self-bypassrls", ['ALTER ROLE "{self}" BYPASSRLS'], ALL),
    ("grant-self-the-manager", ['GRANT "{manager}" TO "{self}"'], ALL),
    ("set-role-manager", ['SET ROLE "{manager}"'], ALL),
    ("grant-self-admin-group", ['GRANT "{admin_group}" TO "{self}"'], NON_ADMINS),
    ("grant-another-login-the-admin-group", ['GRANT "{admin_group}" TO "{other}"'], ALL),
    ("revoke-a-group", ['REVOKE "{viewer_group}" FROM "{viewer}"'], ALL),
    (
        "disable-the-append-only-trigger",
        ["ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"],
        ALL,
    ),
    ("disable-the-actor-trigger", ["ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_actor"], ALL),
    ("drop-a-trigger", ["DROP TRIGGER audit_entry_append_only ON audit_entry"], ALL),
    ("triggers-off-by-replication-role", ["SET session_replication_role = replica"], ALL),
    ("take-the-audit-table", ['ALTER TABLE audit_entry OWNER TO "{self}"'], ALL),
    ("update-audit", ["UPDATE audit_entry SET summary = 'rewritten'"], ALL),
    ("delete-audit", ["DELETE FROM audit_entry"], ALL),
    ("truncate-audit", ["TRUNCATE audit_entry"], ALL),
    (
        "replace-a-trigger-function",
        [
            (
                "CREATE OR REPLACE FUNCTION dialogue_audit_actor() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"
            )
        ],
        ALL,
    ),
    (
        "create-in-the-schema",
        [
            (
                "CREATE FUNCTION public.pg_has_role(name, name, text) RETURNS boolean "
                "LANGUAGE sql AS 'SELECT true'"
            )
        ],
        ALL,
    ),
    ("create-a-schema", ["CREATE SCHEMA shadow"], ALL),
    ("write-the-schema-version", ["UPDATE alembic_version SET version_num = '0001'"], ALL),
    # Item 3: the login functions, attacked.
    (
        "replace-the-login-function",
        [
            (
                "CREATE OR REPLACE FUNCTION dialogue_set_login(p_login text, p_role text, "
                "p_password text DEFAULT NULL) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$"
            )
        ],
        ALL,
    ),
    (
        "unpin-the-search-path",
        ["ALTER FUNCTION dialogue_set_login(text, text, text) SET search_path = public"],
        ALL,
    ),
    (
        "take-the-login-function",
        ['ALTER FUNCTION dialogue_set_login(text, text, text) OWNER TO "{self}"'],
        ALL,
    ),
    ("drop-the-login-function", ["DROP FUNCTION dialogue_set_login(text, text, text)"], ALL),
    (
        "reset-the-owners-password-through-the-function",
        ["SELECT dialogue_set_login('{owner}', 'admin', 'x')"],
        ALL,
    ),
    (
        "reset-a-foreign-password-through-the-function",
        ["SELECT dialogue_set_login('{foreign}', 'viewer', 'x')"],
        ALL,
    ),
    (
        "move-a-superuser-through-the-function",
        ["SELECT dialogue_set_login('{superuser}', 'viewer', NULL)"],
        ALL,
    ),
    ("place-the-manager-in-a-group", ["SELECT dialogue_set_login('{manager}', 'admin', NULL)"], ALL),
    ("place-a-group-in-a-group", ["SELECT dialogue_set_login('{viewer_group}', 'admin', NULL)"], ALL),
    (
        "grant-a-server-role-through-the-function",
        ["SELECT dialogue_set_login('{self}', 'pg_execute_server_program')"],
        ALL,
    ),
    ("grant-the-owner-through-the-function", ["SELECT dialogue_set_login('{self}', '{owner}', NULL)"], ALL),
    (
        "take-the-server-programs-login",
        ["SELECT dialogue_set_login('pg_execute_server_program', 'admin', NULL)"],
        ALL,
    ),
    ("promote-self-through-the-function", ["SELECT dialogue_set_login('{self}', 'admin', NULL)"], NON_ADMINS),
    ("adopt-the-owner", ["SELECT dialogue_adopt_login('{owner}', 'admin')"], ALL),
    ("adopt-a-foreign-login", ["SELECT dialogue_adopt_login('{foreign}', 'admin')"], ALL),
    ("call-the-placing-helper", ["SELECT dialogue_place_login('{self}', '{owner}')"], ALL),
    (
        "forge-a-managed-login",
        [
            (
                "INSERT INTO database_login VALUES ('{foreign}', '{foreign}'::regrole::oid, 'created', "
                "now(), 'x')"
            )
        ],
        ALL,
    ),
    (
        "repoint-a-managed-login",
        [("UPDATE database_login SET login = '{foreign}', role_oid = '{foreign}'::regrole::oid")],
        ALL,
    ),
    (
        "shadow-the-managed-logins",
        [
            (
                "CREATE TEMP TABLE database_login (login text, role_oid oid, origin text, recorded_at timestamptz, "
                "recorded_by text)"
            ),
            "INSERT INTO pg_temp.database_login VALUES ('{foreign}', '{foreign}'::regrole::oid, 'created', now(), 'x')",
            "SET search_path = pg_temp, public",
            "SELECT dialogue_set_login('{foreign}', 'admin', 'x')",
        ],
        ALL,
    ),
    # Item 5: the audit's actor is not the client's to say.
    (
        "forge-an-audit-entry",
        [
            (
                "INSERT INTO audit_entry (at, actor, action, entity, summary) "
                "VALUES (now(), '{owner}', 'x', 'x', 'forged')"
            )
        ],
        frozenset({"viewer"}),
    ),
    # Item 6: holding every import up.
    ("lock-the-import-row", ["SELECT * FROM operation_lock FOR UPDATE"], NON_ADMINS),
    ("lock-the-import-row-no-key", ["SELECT * FROM operation_lock FOR NO KEY UPDATE"], NON_ADMINS),
    ("share-lock-the-import-row", ["SELECT * FROM operation_lock FOR SHARE"], NON_ADMINS),
    ("key-share-lock-the-import-row", ["SELECT * FROM operation_lock FOR KEY SHARE"], NON_ADMINS),
    ("lock-the-import-table", ["LOCK TABLE operation_lock IN SHARE ROW EXCLUSIVE MODE"], NON_ADMINS),
    ("delete-the-import-row", ["DELETE FROM operation_lock"], NON_ADMINS),
]
ATTEMPTS = [
    pytest.param(who, statements, id=f"{step}-as-{who}")
    for step, statements, refused in STEPS
    for who in LOGINS
    if who in refused
]


@pytest.mark.parametrize(("who", "statements"), ATTEMPTS)
def test_every_escalation_step_is_refused(unchanged, who, statements):
    dep = unchanged
    names = {
        "owner": dep.owner,
        "self": dep.logins[who],
        "foreign": dep.foreign,
        "manager": dep.manager,
        "admin_group": dep.groups["admin"],
        "viewer_group": dep.groups["viewer"],
        "viewer": dep.logins["viewer"],
        "other": dep.logins["viewer" if who != "viewer" else "secretariat"],
        "marker": MARKER,
        "superuser": make_url(dep.server).username,
    }
    refused = None
    with dep.connect(who) as conn:
        for statement in (s.format(**names) for s in statements):
            try:
                conn.execute(statement)
            except psycopg.Error as exc:
                refused = exc
                break
        conn.rollback()
    assert refused is not None, f"allowed to {who}: {statements}"
    assert refused.sqlstate in ("42501", "22023"), refused  # insufficient privilege / bad argument
    assert not MARKER.exists()


def test_the_login_functions_read_only_their_own_table(unchanged):
    """The admin may call the function: its refusal comes from the real record, not from a shadow of it."""
    dep = unchanged
    with dep.connect("admin") as conn:
        conn.execute(
            "CREATE TEMP TABLE database_login (login text, role_oid oid, origin text, "
            "recorded_at timestamptz, recorded_by text)"
        )
        conn.execute(
            "INSERT INTO pg_temp.database_login SELECT %s, oid, 'created', now(), 'x' FROM pg_roles "
            "WHERE rolname = %s",
            (dep.foreign, dep.foreign),
        )
        conn.execute("SET search_path = pg_temp, public")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not created by Dialogue Planner"):
            conn.execute("SELECT dialogue_set_login(%s, 'admin', 'x')", (dep.foreign,))


def test_every_login_tries_the_steps():
    """Only steps that are an admin's own right (locking the import row, promoting oneself) skip the admin."""
    tried = {who: sum(1 for a in ATTEMPTS if a.values[0] == who) for who in LOGINS}
    assert tried == {"admin": len(STEPS) - 9, "secretariat": len(STEPS) - 1, "viewer": len(STEPS)}


def test_the_logins_hold_only_their_group(deployment):
    """An application admin holds no CREATEROLE and no role it does not need; passwords are SCRAM verifiers."""
    engine = deployment.superuser()
    try:
        with engine.connect() as conn:
            for role, login in deployment.logins.items():
                row = conn.execute(
                    text(
                        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, "
                        "rolpassword FROM pg_authid WHERE rolname = :n"
                    ),
                    {"n": login},
                ).one()
                assert not any(row[:5]) and row.rolpassword.startswith("SCRAM-SHA-256$")
                groups = (
                    conn.execute(
                        text(
                            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
                        ),
                        {"n": login},
                    )
                    .scalars()
                    .all()
                )
                assert groups == [deployment.groups[role]]
            manager = conn.execute(
                text("SELECT rolcanlogin, rolcreaterole, rolinherit FROM pg_roles WHERE rolname = :m"),
                {"m": deployment.manager},
            ).one()
            assert tuple(manager) == (False, True, False)
            assert (
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                        "WHERE g.rolname = :m"
                    ),
                    {"m": deployment.manager},
                ).scalar_one()
                == 0
            )
    finally:
        engine.dispose()
    for role in LOGINS:
        assert deployment.ctx(role).user.role == role


# -- item 4: users add never touches a role the application did not create ---------------------------
@pytest.mark.parametrize("who", [*LOGINS, "owner"])
def test_users_add_of_a_foreign_role_changes_nothing(unchanged, who, monkeypatch, capsys):
    dep = unchanged
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    login = dep.owner if who == "owner" else dep.logins[who]
    code = main(
        [
            "--db",
            dep.url(login, PASSWORD[who]),
            "users",
            "add",
            dep.foreign,
            "--role",
            "admin",
            "--password-stdin",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert (
        ("not created by Dialogue Planner" in err and "users adopt" in err)
        if who in ("admin", "owner")
        else "may not do this" in err
    )


@pytest.mark.parametrize("who", LOGINS)
def test_users_adopt_is_the_owners_alone(unchanged, who, capsys):
    dep = unchanged
    code = main(
        ["--db", dep.url(dep.logins[who], PASSWORD[who]), "users", "adopt", dep.foreign, "--role", "viewer"]
    )
    err = capsys.readouterr().err
    assert code == 1 and ("owner of the database adopts" in err or "may not do this" in err)


@pytest.mark.parametrize("who", LOGINS)
def test_a_tampered_client_is_refused_by_the_server(unchanged, who):
    """With the application's own role check bypassed, the server still refuses every login change."""
    ctx = unchanged.ctx(who)
    ctx.can = lambda role: True
    for attempt in (
        lambda: workstation.add_user(ctx, unchanged.foreign, "admin", password="x"),
        lambda: (
            workstation.add_user(ctx, unchanged.owner + "_2", "admin", password="x")
            if who != "admin"
            else workstation.set_role(ctx, unchanged.owner, "viewer")
        ),
        lambda: workstation.adopt_user(ctx, unchanged.foreign, "admin"),
    ):
        with pytest.raises(
            (PermissionDenied, DatabaseError),
            match="(?i)permission denied|refused|only|not created|nothing was changed",
        ):
            attempt()  # refused by the login functions, or earlier by the privileges on app_user


# -- item 5: the database says who wrote an audit entry ------------------------------------------------
@pytest.mark.parametrize("who", ["admin", "secretariat"])
def test_a_forged_actor_is_replaced_by_the_login(deployment, who):
    before = _server_state(deployment)[0]
    with deployment.connect(who) as conn:
        conn.execute(
            "INSERT INTO audit_entry (at, actor, action, entity, summary) "
            "VALUES (now(), %s, 'meeting.update', 'meeting', 'forged')",
            (deployment.owner,),
        )
    ctx = deployment.ctx(who)
    forged = UserRecord(ctx.user.id, deployment.owner, "the owner", ctx.user.role, True, ctx.user.version)
    ctx.user = forged  # a client that claims to be someone else
    update_meeting(ctx, 1, notes=f"written by {who}")
    after = _server_state(deployment)[0]
    assert after[: len(before)] == before  # nothing earlier changed
    new = after[len(before) :]
    assert [row.actor for row in new] == [deployment.logins[who]] * 2 and len(new) == 2


# -- item 6: nobody but an importer holds imports up ------------------------------------------------
@pytest.mark.parametrize("who", LOGINS)
def test_advisory_locks_of_any_login_do_not_hold_an_import_up(deployment, who):
    """Advisory locks cannot be revoked; the import lock is not one. Keys a login might guess are held (the
    earlier import lock's among them; a few hundred, the lock table is the whole server's), and an admin's
    import still goes ahead at once."""
    from dialogue_planner.services.roster_import import ImportOptions, apply_import

    with deployment.connect(who) as holder:
        holder.execute("SELECT pg_advisory_lock(1146113099, k) FROM generate_series(-50, 50) k")
        holder.execute("SELECT pg_advisory_lock(k) FROM generate_series(-50, 50) k")
        holder.execute("SELECT pg_advisory_lock(1146113099, -1405707585)")  # crc32('roster-import') before
        roster = (
            f"Side,Agency,Family name,Given name,External ID\r\nCN,MPS,Zhang,Wei {who},CN-{who}\r\n".encode()
        )
        result = apply_import(
            deployment.ctx("admin"), roster, ImportOptions(file_name="roster.csv"), wait_seconds=0
        )
    assert result.ok and result.created == 1


def test_an_admin_holding_the_import_lock_names_itself(deployment):
    """Only importers can hold an import up: another admin is told who, the viewer cannot even try."""
    from dialogue_planner.storage.locks import operation_lock

    admin = deployment.ctx("admin")
    with (
        operation_lock(admin.db, workstation.IMPORT_LOCK, what="importing a roster"),
        pytest.raises(DatabaseError, match=f"started by {deployment.logins['admin']}"),
        workstation.exclusive_import(deployment.ctx("owner"), wait_seconds=0),
    ):
        pass
    viewer = deployment.ctx("viewer")
    viewer.can = lambda role: True
    with pytest.raises(PermissionDenied, match="may not take the lock"), workstation.exclusive_import(viewer):
        pass


@pytest.mark.parametrize("who", LOGINS)
def test_a_restore_by_a_login_changes_nothing(unchanged, who, tmp_path, capsys):
    """Item 6: restoring replaces everything, so it is the owner's; a login's attempt leaves all as it was."""
    dump = tmp_path / "dialogue.dump"
    owner_url = unchanged.url(unchanged.owner, PASSWORD["owner"])
    assert main(["--db", owner_url, "db", "backup", str(dump)]) == 0
    digest = hashlib.sha256(dump.read_bytes()).hexdigest()
    code = main(["--db", unchanged.url(unchanged.logins[who], PASSWORD[who]), "db", "restore", str(dump)])
    capsys.readouterr()
    assert code == 1 and hashlib.sha256(dump.read_bytes()).hexdigest() == digest
