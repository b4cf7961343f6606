"""Several workstations on one database: server roles, logins, the change counter, one import at a time,
and connection URLs for the settings dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from dialogue_planner.domain.errors import Remedy, ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.backup import BackgroundBackup
from dialogue_planner.storage.engine import display_url, resolve_url
from dialogue_planner.storage.locks import operation_lock
from dialogue_planner.storage.models import User
from dialogue_planner.storage.notify import ChangeState, read_state
from dialogue_planner.storage.roles import (
    RoleSetup,
    adopt_login,
    group_roles,
    manager_role,
    may_set_up_roles,
    roles_exist,
    set_login,
    setup_roles,
)

from .context import ServiceContext, user_record
from .users import add_user_in, set_role_in

IMPORT_LOCK = "roster-import"

# What happened to the database login when a user was added or moved (``users add`` reports it).
LOGIN_SQLITE = "sqlite"  # SQLite: logins are the OS user names, nothing to create
LOGIN_DONE = "done"  # login role created or moved into its group
LOGIN_NO_ROLES = "no-roles"  # db setup-roles has not been run on this database


@dataclass(frozen=True)
class UserChange:
    user: UserRecord
    database_login: str

    def note(self) -> str:
        """One line for the command line and the application about the database login."""
        return {
            LOGIN_SQLITE: "",
            LOGIN_DONE: f"Database login '{self.user.login}' is in the group {group_roles()[self.user.role]}.",
            LOGIN_NO_ROLES: "The database roles are not set up, so no database login was created: the "
            "database owner sets them up first.",
        }[self.database_login]

    @property
    def remedy(self) -> tuple:
        """What puts a missing database login right (a :class:`Remedy` for the command line to spell out)."""
        return (Remedy.SETUP_ROLES,) if self.database_login == LOGIN_NO_ROLES else ()


def _require_postgres(ctx: ServiceContext, what: str) -> None:
    if ctx.db.is_sqlite:
        raise ValidationError(
            msg(
                "{what} exist only on PostgreSQL. A SQLite file serves one workstation; its users and roles are kept by the application.",
                what=what,
            )
        )


def database_role_names() -> tuple[dict[str, str], str]:
    """The PostgreSQL group role of each application role, and the role whose functions manage logins."""
    return group_roles(), manager_role()


def setup_database_roles(ctx: ServiceContext) -> RoleSetup:
    """Create the group roles and the login manager, grant their privileges on this database and install the
    login functions (the database owner or a superuser; PostgreSQL only)."""
    _require_postgres(ctx, "Database roles")
    with ctx.write(Role.ADMIN) as tx:
        result = setup_roles(tx.session.connection())
        tx.audit(
            "db.setup_roles",
            entity="database",
            after={
                "created": list(result.created),
                "existing": list(result.existing),
                "schema": result.schema,
                "createrole_removed": list(result.createrole_removed),
                "adopted": list(result.adopted),
            },
            summary=f"roles {', '.join(group_roles().values())} granted on {result.tables} tables",
        )
        return result


def _database_login(ctx: ServiceContext, tx, login: str, role: str, password: str | None) -> str:
    if ctx.db.is_sqlite:
        return LOGIN_SQLITE
    conn = tx.session.connection()
    if not roles_exist(conn):
        return LOGIN_NO_ROLES
    set_login(conn, login, role, password)
    return LOGIN_DONE


def add_user(
    ctx: ServiceContext, login: str, role: str, display_name: str = "", password: str | None = None
) -> UserChange:
    """A user of the application and, on PostgreSQL, their login role in its group: one transaction.

    An existing database role is refused unless the application created it for this database (the server
    decides, see storage.roles.set_login); ``adopt_user`` takes one in deliberately.
    """
    if password is not None and ctx.db.is_sqlite:
        raise ValidationError(msg("A password is only needed on PostgreSQL; on SQLite users are OS logins."))
    with ctx.write(Role.ADMIN) as tx:
        user = add_user_in(tx, login, role, display_name)
        return UserChange(user_record(user), _database_login(ctx, tx, user.login, user.role, password))


def set_role(ctx: ServiceContext, login: str, role: str) -> UserChange:
    """Change a user's role, and on PostgreSQL move their login to the matching group, together."""
    with ctx.write(Role.ADMIN) as tx:
        user = set_role_in(tx, login, role)
        return UserChange(user_record(user), _database_login(ctx, tx, login, user.role, None))


def adopt_user(ctx: ServiceContext, login: str, role: str, display_name: str = "") -> UserChange:
    """Take an existing PostgreSQL login into the application deliberately (the database owner only).

    The login keeps its password; from now on admins may move it between the three groups. The user is
    added (or their role changed) in the same transaction. Logins with powers the application does not
    manage (superuser, createrole, memberships of other roles) are refused by the server.
    """
    _require_postgres(ctx, "Database logins to adopt")
    with ctx.write(Role.ADMIN) as tx:
        conn = tx.session.connection()
        if not roles_exist(conn):
            raise ValidationError(
                msg("The database roles are not set up yet: the database owner sets them up first."),
                remedy=(Remedy.SETUP_ROLES,),
            )
        role = Role.parse(role, "role").value
        if tx.session.scalar(select(User).where(User.login == login)) is None:
            user = add_user_in(tx, login, role, display_name)
        else:
            user = set_role_in(tx, login, role)
        adopt_login(conn, login, role)
        tx.audit(
            "user.adopt_login",
            user,
            None,
            summary=f"existing database login adopted into {group_roles()[role]}",
        )
        return UserChange(user_record(user), LOGIN_DONE)


def change_state(ctx: ServiceContext) -> ChangeState:
    """The change counter: a cheap read the application polls to notice other workstations' saves."""
    with ctx.read() as session:
        return read_state(session)


@contextmanager
def exclusive_import(
    ctx: ServiceContext, *, wait_seconds: float = 0.0
) -> Iterator[Callable[[], Path | None]]:
    """One import at a time across workstations; on SQLite the file is backed up meanwhile (last N kept).

    A second importer waits ``wait_seconds`` and then gets a message naming who is importing; the lock
    dies with its holder, so a crash never leaves it behind. Yields ``committing``: call it just before
    the changes are committed. It returns the backup once complete (None on a server) or raises what
    went wrong, so a failed backup stops the import. An import that never calls it changed nothing
    (refused, or nothing to change): its copy is removed, so that refused attempts do not rotate the
    older backups out of those kept.
    """
    ctx.require(Role.ADMIN)
    with operation_lock(ctx.db, IMPORT_LOCK, what="importing a roster", wait_seconds=wait_seconds):
        path = ctx.db.path if ctx.db.is_sqlite else None
        if path is None or not path.exists():
            yield lambda: None
            return
        with _backup_meanwhile(path) as committing:
            yield committing


@contextmanager
def _backup_meanwhile(path: Path) -> Iterator[Callable[[], Path | None]]:
    """The import's backup of a SQLite file, copied while the import does its work.

    It holds the database as it was before the import, and the import commits only once it is complete.
    Its snapshot is held until the block ends (after the import's commit): the commit then leaves copying
    its pages into the database file to the backup's thread, after the import has returned.
    """
    backup = BackgroundBackup(path, "before-import", hold=True)
    kept = False

    def committing() -> Path:
        nonlocal kept
        kept = True  # from here the copy is kept, whatever follows
        return backup.wait()

    try:
        yield committing
    except BaseException:
        backup.join(kept=kept)  # the import's own error is the one to report
        raise
    if kept:  # committed: committing() has waited for the copy; the checkpoint and rotation follow
        backup.release()
    else:
        backup.join(kept=False)


# -- connection settings ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ConnectionSettings:
    """What a workstation stores about its database: the URL without password, and the login."""

    server_url: str
    user: str = ""

    @property
    def is_postgres(self) -> bool:
        return self.server_url.startswith(("postgresql", "postgres:"))


def parse_connection(text: str, user: str = "") -> ConnectionSettings:
    """Check what the user typed: a PostgreSQL URL (``postgresql://host:5432/dialogue``) or a SQLite file.

    A password typed into the URL is refused: it belongs in the keyring, never in a settings file.
    """
    text = (text or "").strip()
    if not text:
        raise ValidationError(
            msg(
                "Enter a database: a PostgreSQL address such as postgresql://server/dialogue, or a SQLite file."
            )
        )
    try:
        url = make_url(resolve_url(text))
    except ArgumentError:
        raise ValidationError(
            msg(
                "'{text}' is not a database address: use postgresql://HOST[:PORT]/DATABASE or the path of a SQLite file.",
                text=text,
            )
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ValidationError(
            msg("Dialogue Planner works with PostgreSQL or SQLite, not {backend}.", backend=backend)
        )
    if url.password:
        raise ValidationError(
            msg(
                "Leave the password out of the address: type it in the password field, and it is kept in the system keyring."
            )
        )
    if backend == "postgresql" and not url.database:
        raise ValidationError(
            msg("Name the database at the end of the address, e.g. postgresql://server/dialogue.")
        )
    login = (user or url.username or "").strip()
    if backend == "postgresql":
        url = url.set(username=None)
    return ConnectionSettings(
        url.render_as_string(hide_password=False), login if backend == "postgresql" else ""
    )


def connection_url(settings: ConnectionSettings, password: str | None) -> str:
    """The full URL to open: login and password added to a PostgreSQL address."""
    url = make_url(settings.server_url)
    if url.get_backend_name() == "postgresql":
        url = url.set(username=settings.user or None, password=password or None)
    return url.render_as_string(hide_password=False)


def check_connection(url: str) -> str:
    """Open the database at ``url`` without changing it and say who we are there; DatabaseError if not."""
    from sqlalchemy.exc import DBAPIError

    from dialogue_planner.storage.database import open_database, translate_operational_error
    from dialogue_planner.storage.schema import SCHEMA_HEAD

    db = open_database(url, upgrade=False)
    try:
        if db.revision is None:
            return f"{display_url(url)}: reachable and empty; Dialogue Planner sets it up when it starts."
        ctx = ServiceContext.connect(db)
        later = (
            "" if db.revision == SCHEMA_HEAD else f"; it is upgraded from schema {db.revision} when it opens"
        )
        return f"{display_url(url)}: {ctx.user.login} ({ctx.user.role}){later}"
    except DBAPIError as exc:
        raise translate_operational_error(exc, display_url(url)) from exc
    finally:
        db.dispose()


# -- what the Workstation page shows ----------------------------------------------------------------
@dataclass(frozen=True)
class WorkstationStatus:
    database: str
    is_postgres: bool
    login: str
    role: str
    roles_set_up: bool  # PostgreSQL group roles exist (then the server decides the role)
    may_set_up_roles: bool  # on PostgreSQL, the database owner (with CREATEROLE) or a superuser
    changes: ChangeState


def workstation_status(ctx: ServiceContext) -> WorkstationStatus:
    is_pg = not ctx.db.is_sqlite
    with ctx.read() as session:
        state = read_state(session)
        set_up = roles_exist(session.connection()) if is_pg else False
        may_set_up = is_pg and ctx.can(Role.ADMIN) and may_set_up_roles(session.connection())
    return WorkstationStatus(
        ctx.db.display_url, is_pg, ctx.user.login, ctx.user.role, set_up, may_set_up, state
    )


def open_listener(ctx: ServiceContext):
    """A LISTEN connection on PostgreSQL (``fileno``, ``drain``, ``close``), or None on SQLite."""
    if ctx.db.is_sqlite:
        return None
    import psycopg

    from dialogue_planner.domain.errors import DatabaseError
    from dialogue_planner.storage.notify import ChangeListener

    try:
        return ChangeListener(ctx.db.url)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(
            msg(
                "Cannot listen for changes on {display_url}: {first}",
                display_url=ctx.db.display_url,
                first=first,
            )
        ) from exc
