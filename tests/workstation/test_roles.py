"""Roles the PostgreSQL server enforces: a viewer cannot write by any route (application, command line,
psql), a secretariat cannot administer users or touch the audit, nobody can change or delete audit
entries, and ``users add`` creates the login in its group when the connected user may."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dialogue_planner.cli import main
from dialogue_planner.domain.errors import DatabaseError, PermissionDenied, Remedy, ValidationError
from dialogue_planner.services import workstation
from dialogue_planner.services.meetings import add_meeting, update_meeting
from dialogue_planner.storage.models import Base
from dialogue_planner.storage.roles import database_role, group_roles, manager_role, quote_ident

pytestmark = pytest.mark.postgres
WRITES = (
    "INSERT INTO {t} DEFAULT VALUES",
    "UPDATE {t} SET {c} = {c} WHERE false",
    "DELETE FROM {t} WHERE false",
)


def _psycopg_params(url: str) -> dict:
    u = make_url(url)
    return {"host": u.host, "port": u.port or 5432, "user": u.username, "dbname": u.database}


def _refused(url: str, statement: str) -> str:
    """Run one statement as a plain psycopg client (what psql does); return the server's refusal."""
    with psycopg.connect(**_psycopg_params(url)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
            conn.execute(statement)
        conn.rollback()
    return str(caught.value)


@pytest.fixture
def staffed(pg_admin_ctx, pg_roles):
    """Roles set up, and one login of each role added through the service."""
    workstation.setup_database_roles(pg_admin_ctx)
    logins = {}
    for role in ("viewer", "secretariat", "admin"):
        login = pg_roles.login(role)
        change = workstation.add_user(pg_admin_ctx, login, role, password="s3cret'quote")
        assert change.database_login == workstation.LOGIN_DONE
        logins[role] = login
    add_meeting(pg_admin_ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
    return pg_admin_ctx, pg_roles, logins


def test_setup_creates_the_three_groups_and_the_manager_and_is_idempotent(pg_admin_ctx, pg_roles):
    ours = sorted([*group_roles().values(), manager_role()])
    first = workstation.setup_database_roles(pg_admin_ctx)
    assert sorted(first.created) == ours and first.existing == ()
    assert first.tables == len(Base.metadata.tables) + 1  # and alembic_version
    again = workstation.setup_database_roles(pg_admin_ctx)
    assert again.created == () and sorted(again.existing) == ours
    with pg_admin_ctx.db.engine.connect() as conn:
        roles = conn.execute(
            text(
                "SELECT rolname, rolcanlogin, rolcreaterole, rolinherit FROM pg_roles "
                "WHERE rolname LIKE :p ORDER BY rolname"
            ),
            {"p": f"{pg_roles.prefix}\\_%"},
        ).all()
        members = conn.execute(
            text(
                "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE g.rolname = :m"
            ),
            {"m": manager_role()},
        ).scalar_one()
    assert [r.rolname for r in roles] == ours and not any(r.rolcanlogin for r in roles)
    assert [r.rolname for r in roles if r.rolcreaterole] == [manager_role()]  # no group holds CREATEROLE
    assert members == 0  # nobody can act as the manager


def test_the_application_reads_the_role_the_server_grants(staffed):
    _, roles, logins = staffed
    for role, login in logins.items():
        ctx = roles.ctx_as(login)
        assert ctx.user.login == login and ctx.user.role == role


def test_the_server_role_wins_over_the_application_table(staffed):
    """Someone moved into the viewer group by a DBA (not through the application) reads only."""
    ctx, roles, logins = staffed
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text(
                f"REVOKE {quote_ident(group_roles()['secretariat'])} FROM {quote_ident(logins['secretariat'])}"
            )
        )
        conn.execute(
            text(f"GRANT {quote_ident(group_roles()['viewer'])} TO {quote_ident(logins['secretariat'])}")
        )
    moved = roles.ctx_as(logins["secretariat"])
    assert moved.user.role == "viewer"
    with pytest.raises(PermissionDenied, match="viewer"):
        update_meeting(moved, 1, notes="written by a viewer")


def test_a_viewer_cannot_write_any_table_as_a_plain_client(staffed):
    _, roles, logins = staffed
    url = roles.url_as(logins["viewer"])
    columns = {name: next(iter(table.columns)).name for name, table in Base.metadata.tables.items()}
    for table, column in [*columns.items(), ("alembic_version", "version_num")]:
        for statement in WRITES:
            assert "permission denied" in _refused(url, statement.format(t=table, c=column))
    with psycopg.connect(**_psycopg_params(url)) as conn:  # but reading works
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1


def test_a_viewer_cannot_write_with_psql(staffed):
    _, roles, logins = staffed
    p = _psycopg_params(roles.url_as(logins["viewer"]))
    done = subprocess.run(
        [
            "psql",
            "-X",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            p["host"],
            "-p",
            str(p["port"]),
            "-U",
            p["user"],
            "-d",
            p["dbname"],
            "-c",
            "UPDATE meeting SET notes = 'psql was here'",
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "permission denied for table meeting" in done.stderr


def test_a_viewer_gets_a_clear_message_from_the_application_and_the_command_line(staffed, capsys):
    _, roles, logins = staffed
    viewer = roles.ctx_as(logins["viewer"])
    with pytest.raises(PermissionDenied, match=r"Your role \(viewer\) may not do this"):
        update_meeting(viewer, 1, notes="x")
    code = main(["--db", roles.url_as(logins["viewer"]), "meetings", "update", "1", "--venue", "Diaoyutai"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: ") and "viewer" in err and "Traceback" not in err


def test_the_server_refuses_a_viewer_even_when_the_application_is_fooled(staffed):
    """Defence in depth: with the application check bypassed, the database still says no, clearly."""
    _, roles, logins = staffed
    viewer = roles.ctx_as(logins["viewer"])
    viewer.can = lambda role: True  # a tampered client
    with pytest.raises(DatabaseError, match="refused this change for your login"):
        update_meeting(viewer, 1, notes="tampered")


def test_a_secretariat_writes_records_but_not_users_or_audit(staffed):
    _, roles, logins = staffed
    secretariat = roles.ctx_as(logins["secretariat"])
    assert (
        update_meeting(secretariat, 1, venue="Diaoyutai State Guesthouse").venue
        == "Diaoyutai State Guesthouse"
    )
    url = roles.url_as(logins["secretariat"])
    assert "permission denied" in _refused(url, "UPDATE app_user SET role = 'admin'")
    assert "permission denied" in _refused(
        url,
        "INSERT INTO app_user (login, display_name, role, active, version, "
        "created_at, updated_at) VALUES ('x', 'x', 'admin', true, 1, now(), now())",
    )
    assert "permission denied" in _refused(url, "UPDATE audit_entry SET summary = 'edited'")
    assert "permission denied" in _refused(url, "DELETE FROM audit_entry")
    with pytest.raises(PermissionDenied):
        workstation.add_user(secretariat, roles.login("sneaky"), "admin")


@pytest.mark.parametrize("who", ["admin", "owner"])
def test_nobody_changes_or_deletes_audit_entries(staffed, who):
    ctx, roles, logins = staffed
    url = roles.url_as(logins["admin"]) if who == "admin" else ctx.db.url
    for statement in (
        "UPDATE audit_entry SET summary = 'rewritten'",
        "DELETE FROM audit_entry",
        "TRUNCATE audit_entry",
    ):
        message = _refused(url, statement)
        assert "permission denied" in message
    with psycopg.connect(**_psycopg_params(url)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entry WHERE summary = 'rewritten'").fetchone()[0] == 0


def test_an_admin_login_adds_users_with_their_database_logins(staffed):
    _, roles, logins = staffed
    admin = roles.ctx_as(logins["admin"])
    change = workstation.add_user(admin, roles.login("li"), "secretariat", "Li Na")
    assert change.database_login == workstation.LOGIN_DONE and "group" in change.note()
    assert roles.ctx_as(roles.login("li")).user.role == "secretariat"
    moved = workstation.set_role(admin, roles.login("li"), "viewer")
    assert moved.user.role == "viewer"
    with admin.db.engine.connect() as conn:
        groups = (
            conn.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
                ),
                {"n": roles.login("li")},
            )
            .scalars()
            .all()
        )
    assert groups == [group_roles()["viewer"]]
    assert database_role(roles.ctx_as(roles.login("li")).db.engine) == "viewer"


def test_roles_set_up_by_an_earlier_version_refuse_users_add_until_set_up_again(staffed):
    """Without the login functions (a database set up before them) nothing is half done."""
    ctx, roles, _ = staffed
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DROP FUNCTION dialogue_set_login(text, text, text)"))
    with pytest.raises(DatabaseError, match="the database owner sets them up again first") as refused:
        workstation.add_user(ctx, roles.login("wang"), "viewer", password="pw")
    assert refused.value.remedy == (Remedy.SETUP_ROLES,) and "dialogue-planner" not in refused.value.message
    from dialogue_planner.services.users import list_users

    assert roles.login("wang") not in [u.login for u in list_users(ctx)]
    workstation.setup_database_roles(ctx)
    assert workstation.add_user(ctx, roles.login("wang"), "viewer", password="pw").database_login == "done"


def test_before_setup_roles_users_are_added_without_logins(pg_admin_ctx, pg_roles):
    assert database_role(pg_admin_ctx.db.engine) is None
    change = workstation.add_user(pg_admin_ctx, pg_roles.login("early"), "viewer")
    assert change.database_login == workstation.LOGIN_NO_ROLES and change.remedy == (Remedy.SETUP_ROLES,)
    assert (
        "the database owner sets them up first" in change.note() and "dialogue-planner" not in change.note()
    )


def test_the_command_line_names_setup_roles_when_a_user_gets_no_login(pg_admin_ctx, pg_roles, capsys):
    assert (
        main(["--db", pg_admin_ctx.db.url, "users", "add", pg_roles.login("cli-early"), "--role", "viewer"])
        == 0
    )
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.rstrip().endswith(
        "The database owner runs: dialogue-planner db setup-roles"
    )


def test_a_failed_login_creation_adds_no_user_either(staffed):
    """User row and login role are one transaction: a login the server refuses leaves no user behind."""
    ctx, roles, _ = staffed
    with ctx.db.engine.begin() as conn:  # a role of that name exists but is a group we may not join it to
        conn.execute(text(f"CREATE ROLE {quote_ident(roles.login('taken'))} SUPERUSER NOLOGIN"))
    admin = roles.ctx_as(roles.login("admin"))
    with pytest.raises(PermissionDenied, match="is a superuser.*nothing was changed"):
        workstation.add_user(admin, roles.login("taken"), "viewer", password="pw")
    from dialogue_planner.services.users import list_users

    assert roles.login("taken") not in [u.login for u in list_users(ctx)]


def test_users_add_reads_the_password_from_standard_input(staffed, monkeypatch, capsys):
    ctx, roles, _ = staffed
    monkeypatch.setattr("sys.stdin", io.StringIO("pa ss\n"))
    code = main(
        ["--db", ctx.db.url, "users", "add", roles.login("zhao"), "--role", "secretariat", "--password-stdin"]
    )
    out = capsys.readouterr().out
    assert code == 0 and f"Added {roles.login('zhao')} as secretariat." in out and "group" in out
    with ctx.db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = :n"),
                {"n": roles.login("zhao")},
            ).scalar()
            is True
        )


def test_setup_roles_command(pg_admin_ctx, pg_roles, capsys):
    code = main(["--db", pg_admin_ctx.db.url, "db", "setup-roles", "--json"])
    import json

    out = json.loads(capsys.readouterr().out)
    assert code == 0 and sorted(out["created"]) == sorted([*group_roles().values(), manager_role()])
    assert out["groups"]["viewer"] == f"{pg_roles.prefix}_viewer"
    assert out["manager"] == f"{pg_roles.prefix}_user_manager" and out["createrole_removed"] == []


def test_login_names_the_server_would_mangle_are_refused():
    for bad in ("", "two words", 'quo"te', "semi;colon", "x" * 64):
        with pytest.raises(ValidationError):
            quote_ident(bad)
    assert quote_ident("li.na@mps-cn") == '"li.na@mps-cn"'


# -- item 4: a role the application did not create is not its to change ---------------------------------
def _role_state(conn, login: str):
    """Attributes, password and memberships of ``login`` as the superuser sees them."""
    row = conn.execute(
        text(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolpassword FROM pg_authid "
            "WHERE rolname = :n"
        ),
        {"n": login},
    ).one()
    groups = (
        conn.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n ORDER BY 1"
            ),
            {"n": login},
        )
        .scalars()
        .all()
    )
    return tuple(row), tuple(groups)


@pytest.fixture
def outsider(staffed):
    """A login on the same server that has nothing to do with the application: its own password, CREATEDB,
    and a membership of a server role."""
    ctx, roles, _ = staffed
    name = roles.login("outsider")
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {quote_ident(name)} LOGIN CREATEDB PASSWORD 'its own'"))
        conn.execute(text(f"GRANT pg_read_all_stats TO {quote_ident(name)}"))
        before = _role_state(conn, name)
    return name, before


@pytest.mark.parametrize("who", ["owner", "admin"])
def test_users_add_never_resets_a_foreign_role(staffed, outsider, who, monkeypatch, capsys):
    ctx, roles, logins = staffed
    name, before = outsider
    url = ctx.db.url if who == "owner" else roles.url_as(logins["admin"])
    monkeypatch.setattr("sys.stdin", io.StringIO("taken over\n"))
    code = main(["--db", url, "users", "add", name, "--role", "admin", "--password-stdin"])
    err = capsys.readouterr().err
    assert code == 1 and "not created by Dialogue Planner for this database" in err
    assert f"users adopt {name} --role admin" in err and err.count("\n") == 1
    with ctx.db.engine.connect() as conn:
        assert _role_state(conn, name) == before
    from dialogue_planner.services.users import list_users

    assert name not in [u.login for u in list_users(ctx)]


def test_the_owner_adopts_a_login_deliberately_and_admins_may_then_move_it(staffed, capsys):
    ctx, roles, logins = staffed
    name = roles.login("dba.li")
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {quote_ident(name)} LOGIN PASSWORD 'its own'"))
        password = _role_state(conn, name)[0][-1]
    assert (
        main(["--db", ctx.db.url, "users", "adopt", name, "--role", "viewer", "--display-name", "Li (DBA)"])
        == 0
    )
    assert f"Adopted the database login {name} as viewer" in capsys.readouterr().out
    assert roles.ctx_as(name).user.role == "viewer"
    admin = roles.ctx_as(logins["admin"])
    assert workstation.set_role(admin, name, "secretariat").user.role == "secretariat"
    with ctx.db.engine.connect() as conn:
        state = _role_state(conn, name)
    assert state[0][-1] == password and state[1] == (group_roles()["secretariat"],)  # its password is its own
    with admin.db.engine.begin() as conn, pytest.raises(PermissionDenied, match="adopted, not created"):
        from dialogue_planner.storage.roles import set_login

        set_login(conn, name, "viewer", "a new one")


@pytest.mark.parametrize(
    ("attributes", "reason"),
    [
        ("SUPERUSER", "powers on the server"),
        ("CREATEROLE", "powers on the server"),
        ("BYPASSRLS", "powers on the server"),
        ("NOLOGIN", "no database login"),
    ],
)
def test_adopting_a_login_with_powers_is_refused(staffed, attributes, reason):
    ctx, roles, _ = staffed
    name = roles.login("powerful")
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text(f"CREATE ROLE {quote_ident(name)} {'LOGIN ' if attributes != 'NOLOGIN' else ''}{attributes}")
        )
    with pytest.raises((PermissionDenied, ValidationError), match=reason):
        workstation.adopt_user(ctx, name, "viewer")
    from dialogue_planner.services.users import list_users

    assert name not in [u.login for u in list_users(ctx)]


def test_adopting_a_member_of_another_role_is_refused(staffed, outsider):
    ctx, _, _ = staffed
    name, before = outsider
    with pytest.raises(PermissionDenied, match='also a member of "pg_read_all_stats"'):
        workstation.adopt_user(ctx, name, "admin")
    with ctx.db.engine.connect() as conn:
        assert _role_state(conn, name) == before


def test_a_login_the_application_made_for_another_database_keeps_its_password_here(staffed, pg_server):
    """Two databases on one server share the group roles, not the logins each created: the other database's
    setup finds the login in a group and adopts it (so its admins may move it), but never resets it."""
    from sqlalchemy import create_engine

    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    ctx, roles, logins = staffed
    other = f"dp_test_{roles.prefix}_b"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{other}"'))
    try:
        db = open_database(make_url(pg_server).set(database=other).render_as_string(hide_password=False))
        other_ctx = ServiceContext.connect(db)
        initialise(other_ctx)
        assert logins["viewer"] in workstation.setup_database_roles(other_ctx).adopted
        with ctx.db.engine.connect() as conn:
            before = _role_state(conn, logins["viewer"])
        with pytest.raises(PermissionDenied, match="adopted, not created.*nothing was changed"):
            workstation.add_user(other_ctx, logins["viewer"], "viewer", password="reset it")
        with ctx.db.engine.connect() as conn:
            assert _role_state(conn, logins["viewer"]) == before
        db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{other}" WITH (FORCE)'))
        admin.dispose()


def test_a_role_dropped_and_made_again_outside_the_application_is_foreign(staffed):
    """The record holds the role's OID: a new role that takes a managed name is not the one the application made."""
    ctx, roles, logins = staffed
    name = roles.login("li")
    workstation.add_user(ctx, name, "viewer", password="first")
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"DROP ROLE {quote_ident(name)}"))
        conn.execute(text(f"CREATE ROLE {quote_ident(name)} LOGIN PASSWORD 'someone else'"))
    with pytest.raises(PermissionDenied, match="not created by Dialogue Planner"):
        workstation.set_role(roles.ctx_as(logins["admin"]), name, "admin")


def test_setup_roles_takes_back_createrole_an_earlier_version_gave(staffed):
    """Before the login functions, admin logins held CREATEROLE: setting the roles up again removes it and
    records the logins already in the groups as adopted (movable, their passwords left alone)."""
    ctx, roles, logins = staffed
    legacy = roles.login("legacy_admin")
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {quote_ident(legacy)} LOGIN CREATEROLE PASSWORD 'old'"))
        conn.execute(text(f"GRANT {quote_ident(group_roles()['admin'])} TO {quote_ident(legacy)}"))
    from dialogue_planner.domain.vocabulary import Role
    from dialogue_planner.services.users import add_user_in

    with ctx.write(Role.ADMIN) as tx:  # the user row an earlier 'users add' wrote beside the login
        add_user_in(tx, legacy, "admin")
    result = workstation.setup_database_roles(ctx)
    assert result.createrole_removed == (legacy,) and result.adopted == (legacy,)
    with ctx.db.engine.connect() as conn:
        assert _role_state(conn, legacy)[0][1] is False
    assert workstation.set_role(roles.ctx_as(logins["admin"]), legacy, "viewer").user.role == "viewer"


def test_after_a_restore_the_login_functions_wait_for_setup_roles(staffed, tmp_path, capsys):
    """pg_restore --no-owner gives the functions to whoever restores: they then refuse until setup-roles has
    given them back to the manager. The audit's actors come back as they were, not as the restorer."""
    ctx, roles, logins = staffed
    update_meeting(roles.ctx_as(logins["secretariat"]), 1, venue="Diaoyutai")
    dump = tmp_path / "dialogue.dump"
    assert main(["--db", ctx.db.url, "db", "backup", str(dump)]) == 0
    with ctx.db.engine.connect() as conn:
        actors = conn.execute(text("SELECT id, actor FROM audit_entry ORDER BY id")).all()
    assert main(["--db", ctx.db.url, "db", "restore", str(dump)]) == 0
    capsys.readouterr()
    with ctx.db.engine.connect() as conn:
        restored = conn.execute(text("SELECT id, actor FROM audit_entry ORDER BY id")).all()
        assert restored[: len(actors)] == actors
        assert conn.execute(
            text("SELECT action FROM audit_entry WHERE id > :last ORDER BY id"), {"last": actors[-1].id}
        ).scalars().all() == ["database.restore"]
    assert logins["secretariat"] in {a.actor for a in actors}
    admin = roles.ctx_as(logins["admin"])
    with pytest.raises(DatabaseError, match="the database owner sets them up again first") as refused:
        workstation.add_user(admin, roles.login("after"), "viewer")
    assert refused.value.remedy == (Remedy.SETUP_ROLES,)
    with (
        psycopg.connect(**_psycopg_params(roles.url_as(logins["admin"]))) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="not installed as they should be"),
    ):
        conn.execute("SELECT dialogue_set_login(%s, 'viewer')", (roles.login("after"),))
    workstation.setup_database_roles(ctx)
    assert (
        workstation.add_user(admin, roles.login("after"), "viewer").database_login == workstation.LOGIN_DONE
    )


def test_the_owner_and_superusers_are_not_the_applications_to_move(staffed, capsys):
    ctx, roles, logins = staffed
    superuser = ctx.user.login  # the test server's superuser, who made the tables
    code = main(["--db", roles.url_as(logins["admin"]), "users", "set-role", superuser, "--role", "viewer"])
    err = capsys.readouterr().err
    assert code == 1 and "owns this database or is a superuser" in err and "nothing was changed" in err
    assert roles.ctx_as(logins["admin"]).user.role == "admin"
    from dialogue_planner.services.users import list_users

    assert {u.login: u.role for u in list_users(ctx)}[superuser] == "admin"


def test_users_add_may_reset_a_login_the_application_created_here(staffed):
    """The one existing role users add may take up: one this database's application created (its user row
    gone, as after restoring a backup older than the user): the password is set again, the group too."""
    ctx, roles, logins = staffed
    name = roles.login("returning")
    workstation.add_user(ctx, name, "viewer", password="first")
    with ctx.db.engine.begin() as conn:
        first = _role_state(conn, name)
        conn.execute(text("DELETE FROM app_user WHERE login = :n"), {"n": name})
    change = workstation.add_user(roles.ctx_as(logins["admin"]), name, "secretariat", password="second")
    assert change.database_login == workstation.LOGIN_DONE
    with ctx.db.engine.connect() as conn:
        again = _role_state(conn, name)
    assert again[0][-1] != first[0][-1] and again[1] == (group_roles()["secretariat"],)
