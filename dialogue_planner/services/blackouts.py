"""Blackout periods: days the secretariat rules out for meetings (summits, elections)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_day, check_line, check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.proposals import BlackoutRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.models import Blackout, Dialogue

from .context import ServiceContext, snapshot

MAX_BLACKOUT_DAYS = 366


def blackout_record(b: Blackout) -> BlackoutRecord:
    return BlackoutRecord(
        id=b.id, start=b.start_on, end=b.end_on, reason=b.reason, side=b.side_code, version=b.version
    )


def list_blackouts(ctx: ServiceContext) -> list[BlackoutRecord]:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        rows = s.scalars(
            select(Blackout)
            .where(Blackout.dialogue_id == dialogue_id)
            .order_by(Blackout.start_on, Blackout.id)
        )
        return [blackout_record(b) for b in rows]


def add_blackout(
    ctx: ServiceContext, start: date, end: date | None, reason: str, side: str = ""
) -> BlackoutRecord:
    check_day(start, "start date")
    end = check_day(end, "end date") if end else start
    reason = check_line(reason, "reason", 400)
    if not reason:
        raise ValidationError(msg("Say why these days are ruled out (e.g. G20 summit)."))
    if end < start:
        raise ValidationError(
            msg(
                "The blackout ends on {end}, before it starts on {start}.",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )
    if (end - start).days >= MAX_BLACKOUT_DAYS:
        raise ValidationError(msg("A blackout cannot last more than a year: enter shorter periods."))
    with ctx.write(Role.SECRETARIAT) as tx:
        dialogue = tx.session.get_one(Dialogue, ctx.require_dialogue())
        code = (side or "").strip().upper()
        codes = (dialogue.side_a.code, dialogue.side_b.code)
        if code and code not in codes:
            raise ValidationError(
                msg(
                    "Unknown side '{side}': use {value}, {value2} or leave it empty for both.",
                    side=side,
                    value=codes[0],
                    value2=codes[1],
                )
            )
        blackout = Blackout(
            dialogue_id=dialogue.id, start_on=start, end_on=end, reason=reason, side_code=code
        )
        tx.session.add(blackout)
        tx.audit("blackout.add", blackout, summary=f"{start.isoformat()} to {end.isoformat()}: {reason}")
        return blackout_record(blackout)


def remove_blackout(
    ctx: ServiceContext, blackout_id: int, *, expected_version: int | None = None
) -> BlackoutRecord:
    check_record_number(blackout_id, "blackout id")
    with ctx.write(Role.SECRETARIAT) as tx:
        blackout = tx.get(Blackout, blackout_id, expected_version=expected_version, what="blackout")
        if blackout.dialogue_id != ctx.require_dialogue():
            raise NotFoundError(msg("No blackout with id {blackout_id}.", blackout_id=blackout_id))
        record = blackout_record(blackout)
        before = snapshot(blackout)
        tx.session.delete(blackout)
        tx.session.flush()
        tx.audit(
            "blackout.remove",
            before=before,
            entity="blackout",
            entity_id=blackout_id,
            summary=f"{record.start.isoformat()} to {record.end.isoformat()}: {record.reason}",
        )
        return record
