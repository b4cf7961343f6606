"""``info``: what database this is and what it holds."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from dialogue_planner.domain.records import Counts, DatabaseInfo
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Delegate,
    Dialogue,
    Escalation,
    Meeting,
    Request,
)

from .context import ServiceContext
from .mapping import dialogue_record


def count_rows(ctx: ServiceContext) -> Counts:
    with ctx.read() as s:

        def n(model):
            return s.scalar(select(func.count()).select_from(model))

        return Counts(
            agencies=n(Agency),
            delegates=n(Delegate),
            meetings=n(Meeting),
            requests=n(Request),
            escalations=n(Escalation),
            agenda_items=n(AgendaItem),
        )


def list_dialogues(ctx: ServiceContext):
    with ctx.read() as s:
        return tuple(dialogue_record(d) for d in s.scalars(select(Dialogue).order_by(Dialogue.id)))


def current_dialogue(ctx: ServiceContext):
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return dialogue_record(s.get_one(Dialogue, dialogue_id))


def database_info(ctx: ServiceContext) -> DatabaseInfo:
    return DatabaseInfo(
        database=ctx.db.display_url,
        schema_revision=ctx.db.revision or "",
        dialogues=list_dialogues(ctx),
        counts=count_rows(ctx),
        user=ctx.user,
        dialect=ctx.db.dialect,
    )


class DatabaseLocation(NamedTuple):
    """Where the data is, as a secretary names it: a SQLite file, or a database on a server (never a URL)."""

    path: str = ""
    server: str = ""
    database: str = ""
    user: str = ""


def database_location(ctx: ServiceContext) -> DatabaseLocation:
    if ctx.db.is_sqlite:
        return DatabaseLocation(path=str(ctx.db.path) if ctx.db.path is not None else ":memory:")
    url = make_url(ctx.db.url)
    server = (url.host or "localhost") + (f":{url.port}" if url.port else "")
    return DatabaseLocation(server=server, database=url.database or "", user=url.username or "")
