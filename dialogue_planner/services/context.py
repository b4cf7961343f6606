"""The service context: who is calling, on which database and dialogue, and the one way to write.

Every mutation runs in ``ctx.write(role)``: one transaction, a role check, audit entries with before
and after, and database troubles turned into messages a secretary can act on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from time import monotonic

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dialogue_planner.domain.errors import (
    ConflictError,
    DialogueError,
    NotFoundError,
    PermissionDenied,
    Remedy,
)
from dialogue_planner.domain.messages import msg, stored_message
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.database import Database, translate_operational_error
from dialogue_planner.storage.models import AuditEntry, Dialogue, User
from dialogue_planner.storage.notify import bump as bump_change_counter

from .os_login import os_login

ROLE_RANK = {Role.VIEWER.value: 0, Role.SECRETARIAT.value: 1, Role.ADMIN.value: 2}
_SKIPPED_IN_SNAPSHOT = {"created_at", "updated_at"}


def jsonable(value):
    """A column value as JSON keeps it (audit before/after, change comparisons)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def snapshot(obj) -> dict:
    """The stored columns of an ORM object as a JSON-safe dict (for the audit and conflict views)."""
    mapper = inspect(obj).mapper
    return {
        attr.key: jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _SKIPPED_IN_SNAPSHOT
    }


def current_login(db: Database) -> str:
    """The OS login on SQLite (overridable for scripts and tests), the database user on PostgreSQL."""
    if db.is_sqlite:
        return os_login()
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT current_user")).scalar_one()


def user_record(u: User) -> UserRecord:
    return UserRecord(
        id=u.id, login=u.login, display_name=u.display_name, role=u.role, active=u.active, version=u.version
    )


@dataclass
class Transaction:
    """One unit of work inside ``ServiceContext.write``."""

    session: Session
    ctx: ServiceContext
    operation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    changed: set[str] = field(default_factory=set)
    wrote: bool = False  # set by the session's flush and bulk-statement events (see ServiceContext.write)

    def _note_flush(self, _session, _flush_context) -> None:
        self.wrote = True

    def _note_statement(self, orm_execute_state) -> None:
        if orm_execute_state.is_insert or orm_execute_state.is_update or orm_execute_state.is_delete:
            self.wrote = True

    def get(self, model, ident: int, *, expected_version: int | None = None, what: str | None = None):
        """The row, or NotFoundError; ConflictError when the caller edited an older version."""
        obj = self.session.get(model, ident)
        if obj is None:
            raise NotFoundError(
                msg(
                    "No {value} with id {ident}.",
                    value=what or model.__tablename__.replace("_", " "),
                    ident=ident,
                )
            )
        if expected_version is not None and obj.version != expected_version:
            raise ConflictError(
                msg(
                    "This {value} was changed by someone else since you opened it (your copy: version {expected_version}, now: {version}).",
                    value=what or model.__tablename__.replace("_", " "),
                    expected_version=expected_version,
                    version=obj.version,
                ),
                entity=model.__tablename__,
                entity_id=ident,
                theirs=snapshot(obj),
            )
        return obj

    def audit(
        self,
        action: str,
        obj=None,
        before: dict | None = None,
        *,
        after: dict | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
        summary: str = "",
    ) -> None:
        """Record who changed what: ``obj`` gives entity, id and (unless given) the after values."""
        if obj is not None:
            self.session.flush()
            entity = entity or obj.__tablename__
            entity_id = entity_id if entity_id is not None else obj.id
            if after is None and not (inspect(obj).deleted or inspect(obj).was_deleted):
                after = snapshot(obj)
        self.changed.add(entity or "")
        self.session.add(
            AuditEntry(
                actor=self.ctx.user.login,
                action=action,
                entity=entity or "",
                entity_id=entity_id,
                before=before,
                after=after,
                summary=summary,
                summary_message=stored_message(summary),
                operation_id=self.operation_id,
            )
        )
        theirs = self.ctx.overwrite_notes.get((entity or "", entity_id))
        if theirs is not None:  # services.conflicts.deliberate_overwrite: the overwrite is on the record
            self.session.add(
                AuditEntry(
                    actor=self.ctx.user.login,
                    action="conflict.overwrite",
                    entity=entity or "",
                    entity_id=entity_id,
                    before=theirs,
                    after=after,
                    operation_id=self.operation_id,
                    summary=f"deliberate overwrite of changes saved by someone else (version {theirs.get('version')})",
                )
            )


class ServiceContext:
    """The caller: a database, a user with a role, and the dialogue being worked on."""

    def __init__(self, db: Database, user: UserRecord, dialogue_id: int | None = None) -> None:
        self.db = db
        self.user = user
        self.dialogue_id = dialogue_id
        # (entity, id) -> their values, while the user deliberately overwrites them (services.conflicts)
        self.overwrite_notes: dict[tuple[str, int | None], dict] = {}
        # The operation id of the newest write committed through this context (the Edit menu's undo list).
        self.last_operation: str | None = None
        self.commits = 0  # writes committed through this context: the application tells its own from others'

    @classmethod
    def connect(
        cls, db: Database, *, login: str | None = None, dialogue: str | None = None
    ) -> ServiceContext:
        """Identify the caller; the first user of a new database becomes its admin.

        ``dialogue`` is the code of the dialogue to work on; without it, the one most recently active
        (:func:`default_dialogue_id`). Only that first user is a write: identifying the caller reads, so it
        never waits behind a writer.
        """
        login = login or current_login(db)
        try:
            with db.session() as session, session.begin():
                user, nobody = _find_user(session, login)
                dialogue_id = (
                    dialogue_id_by_code(session, dialogue)
                    if dialogue is not None
                    else default_dialogue_id(session, login)
                )
                record = user_record(user) if user is not None else None
            if record is None and nobody and not db.read_only:
                with db.session(write=True) as session, session.begin():
                    user, nobody = _find_user(session, login)  # again, under the write lock
                    if user is None and nobody:
                        user = User(login=login, display_name=login, role=Role.ADMIN.value)
                        session.add(user)
                        session.flush()
                        session.add(
                            AuditEntry(
                                actor=login,
                                action="user.add",
                                entity="app_user",
                                entity_id=user.id,
                                after=snapshot(user),
                                summary="first user of a new database: admin",
                            )
                        )
                    record = user_record(user) if user is not None else None
        except DBAPIError as exc:
            raise translate_operational_error(exc, db.display_url, path=db.path) from exc
        if record is None:
            record = UserRecord(id=0, login=login, display_name=login, role=Role.VIEWER.value, active=True)
        if not record.active:
            record = UserRecord(
                record.id, record.login, record.display_name, Role.VIEWER.value, False, record.version
            )
        elif not db.is_sqlite:  # on PostgreSQL the database's group roles decide (storage.roles)
            from dialogue_planner.storage.roles import database_role

            db_role = database_role(db.engine)
            if db_role is not None:
                record = UserRecord(
                    record.id, record.login, record.display_name, db_role, True, record.version
                )
        return cls(db, record, dialogue_id)

    # -- permissions -------------------------------------------------------------------------------
    def can(self, role: Role | str) -> bool:
        return ROLE_RANK.get(self.user.role, 0) >= ROLE_RANK[str(role)]

    def require(self, role: Role | str) -> None:
        if self.can(role):
            return
        if self.user.id == 0:
            raise PermissionDenied(
                msg(
                    "Your login '{login}' is not a user of this database, so you may only read. Ask an administrator to add it as a user.",
                    login=self.user.login,
                ),
                remedy=(Remedy.ADD_USER, self.user.login),
            )
        raise PermissionDenied(
            msg(
                "Your role ({role}) may not do this; it needs the {role2} role. Ask an administrator.",
                role=self.user.role,
                role2=role,
            )
        )

    def require_dialogue(self) -> int:
        if self.dialogue_id is None:
            raise NotFoundError(
                msg("This database holds no dialogue yet: set one up first."), remedy=(Remedy.INIT,)
            )
        return self.dialogue_id

    # -- sessions ----------------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. On SQLite it takes no write lock, so a
        read never waits behind a writer (WAL lets readers go on beside one)."""
        session = self.db.session()
        try:
            yield session
        except DBAPIError as exc:
            raise translate_operational_error(exc, self.db.display_url, path=self.db.path) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, role: Role | str = Role.SECRETARIAT) -> Iterator[Transaction]:
        """One transaction: all of it is saved, or none of it.

        On SQLite it takes the write lock first (BEGIN IMMEDIATE) and waits for it up to the busy
        timeout; a writer that gives up is told who holds the database, if that can be known, and how
        long it waited.
        """
        self.require(role)
        self.db.refuse_if_read_only()
        session = self.db.session(write=True)
        tx = Transaction(session, self)
        event.listen(session, "after_flush", tx._note_flush)
        event.listen(session, "do_orm_execute", tx._note_statement)
        started = monotonic()
        try:
            with session.begin():
                yield tx
                session.flush()
                if tx.wrote or tx.changed:  # other workstations poll this, or hear it on PostgreSQL
                    bump_change_counter(session, tx.changed)
            if tx.changed:  # audited, so it can be shown and undone
                self.last_operation = tx.operation_id
            if tx.wrote or tx.changed:
                self.commits += 1
        except DialogueError:
            raise
        except StaleDataError as exc:
            raise ConflictError(
                msg(
                    "Someone else saved this record while you were editing it; nothing was saved. Reload it to see their values."
                )
            ) from exc
        except IntegrityError as exc:
            detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise ConflictError(
                msg(
                    "This would clash with a record that already exists ({detail}); nothing was saved.",
                    detail=detail,
                )
            ) from exc
        except DBAPIError as exc:
            raise translate_operational_error(
                exc, self.db.display_url, path=self.db.path, waited=monotonic() - started
            ) from exc
        finally:
            session.close()


def dialogue_id_by_code(session: Session, code: str) -> int:
    """The id of the dialogue with ``code`` (any case), or NotFoundError naming the codes there are."""
    from dialogue_planner.domain.limits import check_key

    wanted = check_key(code, "dialogue code", 64).upper()
    found = session.scalar(select(Dialogue.id).where(func.upper(Dialogue.code) == wanted)) if wanted else None
    if found is None:
        codes = list(session.scalars(select(Dialogue.code).order_by(Dialogue.code)))
        known = (
            f"the dialogues here are {', '.join(codes)}" if codes else "this database holds no dialogue yet"
        )
        raise NotFoundError(
            msg("No dialogue with the code '{value}': {known}.", value=wanted or code, known=known),
            remedy=() if codes else (Remedy.INIT,),
        )
    return found


def default_dialogue_id(session: Session, login: str) -> int | None:
    """The dialogue most recently active for ``login``: the one it last chose (``dialogues use``, the
    window's switcher, or adding a dialogue), else the one anyone last chose, else the first dialogue that
    has not ended (the oldest), else the oldest of all."""
    from dialogue_planner.storage.models import DialogueChoice

    mine = session.scalar(select(DialogueChoice.dialogue_id).where(DialogueChoice.login == login))
    if mine is not None:
        return mine
    anyone = session.scalar(
        select(DialogueChoice.dialogue_id)
        .order_by(DialogueChoice.chosen_at.desc(), DialogueChoice.id.desc())
        .limit(1)
    )
    if anyone is not None:
        return anyone
    return session.scalar(select(Dialogue.id).order_by(Dialogue.ended_on.is_not(None), Dialogue.id).limit(1))


def _find_user(session: Session, login: str) -> tuple[User | None, bool]:
    """The user with ``login``, and whether the database has no user at all yet."""
    user = session.scalar(select(User).where(User.login == login))
    nobody = user is None and not session.scalar(select(func.count()).select_from(User))
    return user, nobody
