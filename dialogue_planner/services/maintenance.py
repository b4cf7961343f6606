"""Backups and restores of the whole database (SQLite online backup API; pg_dump / pg_restore).

Who may: a restore replaces everything, so it needs the admin role, and leaves an audit entry in the
restored database. A backup is a copy of everything, the user list and the audit trail included, so it
needs the secretariat role (viewers read the screens and the printed packs; on PostgreSQL the viewer's
group cannot read the sequences a dump needs either). Both roles are checked here, whatever calls.
A backup writes nothing: it must work while another workstation writes (a long import) and on a
read-only database, and an audit entry would make it wait for the write lock. It would not prove much
either: whoever may read the SQLite file, or the tables on PostgreSQL, can copy them without the
program.

The repair path: a damaged SQLite file cannot say who its users are, and restoring a backup over it is
how it is repaired. On SQLite the file system is the security boundary (whoever may write the file may
replace it with any other), so :func:`connect_for_restore` lets the login that may write a *damaged*
file restore it as an admin. A database without a schema (a new file, an empty PostgreSQL database to
restore into) has no users yet, and its caller is its first admin, as for any new database. A readable
database is asked as usual.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from dialogue_planner.domain.errors import DatabaseError, DialogueError, ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage import pg_dump
from dialogue_planner.storage.backup import backup_sqlite
from dialogue_planner.storage.database import (
    Database,
    open_database,
    open_unread,
    stamp_identity,
    upgrade_database,
)
from dialogue_planner.storage.engine import resolve_url, sqlite_path
from dialogue_planner.storage.identity import IDENTITY_TABLES
from dialogue_planner.storage.locks import operation_lock
from dialogue_planner.storage.restore import live_is_damaged, refuse_unknown_revision, restore_sqlite
from dialogue_planner.storage.schema import SCHEMA_HEAD

from .context import ServiceContext, current_login

RESTORE_LOCK = "restore"
BACKUP_ROLE, RESTORE_ROLE = Role.SECRETARIAT, Role.ADMIN


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the caller to report."""

    source: Path
    revision_found: str  # the schema revision the backup held
    previous: Path | None  # SQLite: the database as it was before, kept in backups/ (never rotated)
    previous_damaged: bool  # the previous file was damaged and was moved aside as it was
    upgrade_backup: Path | None  # an older backup was upgraded after the restore; its backup first


def upgrade(db: Database) -> tuple[str | None, str, Path | None]:
    """Bring the schema to this program's: (revision found, revision now, backup made).

    Takes a database, not a context: the users table a context reads may itself need the upgrade.
    """
    found = db.revision
    if found == SCHEMA_HEAD:
        if not db.read_only:
            stamp_identity(db)  # a database made before the application id existed
        return found, SCHEMA_HEAD, None
    backup = upgrade_database(db, found)
    db.revision = SCHEMA_HEAD
    return found, SCHEMA_HEAD, backup


def backup_database(ctx: ServiceContext, destination: Path) -> Path:
    """Copy the whole database to ``destination`` while it is in use (secretariat role); writes nothing."""
    ctx.require(BACKUP_ROLE)
    db = ctx.db
    destination = destination.expanduser().resolve()
    if db.path is not None and destination == db.path.resolve():
        raise ValidationError(msg("The backup file must not be the database itself."))
    if db.is_sqlite:
        if db.path is None:
            raise ValidationError(msg("An in-memory database cannot be backed up."))
        return backup_sqlite(db.path, destination)
    return pg_dump.dump(db.url, destination)


def connect_for_restore(url: str | None = None) -> ServiceContext:
    """The caller on the database at ``url``, for :func:`restore_database`, even when its SQLite file is
    damaged (see the module's note on the repair path)."""
    try:
        db = open_database(url, upgrade=False)
        try:
            if db.revision is None:  # no schema, so no users yet: as for a new database, its first user
                return _first_admin(db)
            return ServiceContext.connect(db)
        except BaseException:
            db.dispose()
            raise
    except DialogueError:
        path = sqlite_path(resolve_url(url))
        if path is None or not live_is_damaged(path):
            raise
    return _first_admin(open_unread(url))


def _first_admin(db: Database) -> ServiceContext:
    login = current_login(db)
    return ServiceContext(
        db, UserRecord(id=0, login=login, display_name=login, role=Role.ADMIN.value, active=True)
    )


def restore_database(ctx: ServiceContext, source: Path) -> RestoreResult:
    """Replace the database's contents with the backup ``source`` (admin role).

    The backup is checked first (storage.restore, storage.pg_dump): anything that is not a sound
    backup of a Dialogue Planner database with a dialogue, at a schema this version knows, is refused
    and nothing changes. A backup of an older schema is restored, then upgraded (backed up first).
    """
    ctx.require(RESTORE_ROLE)
    db = ctx.db
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(msg("No backup file {source}.", source=source))
    if db.is_sqlite and db.path is None:
        raise ValidationError(msg("An in-memory database cannot be restored."))
    if db.path is not None and source == db.path.resolve():
        raise ValidationError(msg("The backup file must not be the database itself."))
    db.refuse_if_read_only()
    with _restore_lock(db):
        if db.is_sqlite:
            db.dispose()
            assert db.path is not None  # a SQLite database is a file
            done = restore_sqlite(db.path, source)
            found, previous, damaged = done.revision, done.previous, done.damaged
        else:
            found, previous, damaged = _restore_postgres(db, source), None, False
        db.revision = found
        upgrade_backup = None
        if found != SCHEMA_HEAD:
            upgrade_backup = upgrade_database(db, found)
            db.revision = SCHEMA_HEAD
    db.dispose()  # no pooled connection carries anything over from before (after the lock's own is closed)
    note = f"; the previous database is kept in {previous}" if previous else ""
    try:
        with ctx.write(RESTORE_ROLE) as tx:
            tx.audit(
                "database.restore",
                entity="database",
                summary=f"restored from {source} (schema {found})"
                + (" over a damaged file" if damaged else "")
                + note,
            )
    except DialogueError as exc:  # the restore itself is done: say so, not "nothing was saved"
        raise DatabaseError(
            msg(
                "The backup {source} was restored{note}, but its audit entry could not be written: {message}",
                source=source,
                note=note,
                message=exc.message,
            )
        ) from exc
    return RestoreResult(source, found, previous, damaged, upgrade_backup)


def _restore_lock(db: Database):
    """One restore of a SQLite file at a time (replacing a file is not a transaction).

    On PostgreSQL the server serialises: ``pg_restore --clean --single-transaction`` waits for the
    exclusive locks of every table, so for a running import too, while a lock row of our own would sit
    in the very table ``pg_restore`` drops and wait for it forever.
    """
    if db.is_sqlite:
        return operation_lock(db, RESTORE_LOCK, what="restoring a backup")
    return nullcontext()


def _restore_postgres(db: Database, source: Path) -> str:
    contents = pg_dump.archive_contents(source)
    if not contents.tables >= IDENTITY_TABLES:
        raise ValidationError(
            msg(
                "{source} cannot be restored: it is a backup of another program's database. Nothing was changed.",
                source=source,
            )
        )
    refuse_unknown_revision(source, contents.revision)
    if not contents.dialogues:
        raise ValidationError(
            msg("{source} cannot be restored: it holds no dialogue. Nothing was changed.", source=source)
        )
    pg_dump.restore(db.url, source)
    assert contents.revision is not None  # refuse_unknown_revision refused a backup without one
    return contents.revision
