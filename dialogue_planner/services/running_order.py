"""The running order of a meeting: each agenda item's lead speaker and time slot, and the order itself with
its times in both sides' time zones (plain records, for the agenda page, the pack and the command line)."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_key, check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.running_order import RunningOrderEntry, check_slot, clashes, slot_times
from dialogue_planner.domain.vocabulary import AgendaStatus, Role
from dialogue_planner.storage.models import AgendaItem, Delegate, Dialogue, Meeting

from .context import ServiceContext, snapshot
from .delegation import delegate_key
from .lookup import find_delegate, meeting_by_number


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()
#: Items no longer on this meeting's agenda: not in its running order.
_OFF_THE_AGENDA = (AgendaStatus.WITHDRAWN.value, AgendaStatus.CARRIED.value)


def _first_day(m: Meeting):
    return m.actual_start or m.planned_start


def _days(m: Meeting) -> int:
    last = (m.actual_end or m.actual_start) if m.actual_start else m.planned_end
    return (last - _first_day(m)).days + 1


def _name(d: Delegate) -> str:
    latin = " ".join(p for p in (d.family_name.upper(), d.given_name) if p)
    if d.native_name and d.native_name != latin:
        return f"{latin} ({d.native_name})" if latin else d.native_name
    return latin


def set_item_slot(
    ctx: ServiceContext,
    item_id: int,
    *,
    lead=UNSET,
    day=UNSET,
    start=UNSET,
    minutes=UNSET,
    clear_slot: bool = False,
    expected_version: int | None = None,
) -> RunningOrderEntry:
    """Set an item's lead speaker (a delegate key; None or '' clears it) and its slot (day of the meeting
    from 1, local start time, minutes); ``clear_slot`` removes the slot. A start needs minutes and the other
    way round (given now or stored before); the day defaults to the first. Unchanged values write nothing."""
    check_record_number(item_id, "agenda item id")
    if clear_slot and any(v is not UNSET for v in (day, start, minutes)):
        raise ValidationError(msg("Give either a new slot or clear it, not both."))
    if start is not UNSET and start is not None and not isinstance(start, time):
        raise ValidationError(msg("Give the start as a time (HH:MM)."))
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        item = tx.get(AgendaItem, item_id, expected_version=expected_version, what="agenda item")
        meeting = s.get_one(Meeting, item.meeting_id)
        if meeting.dialogue_id != ctx.require_dialogue():
            raise ValidationError(msg("Agenda item {item_id} belongs to another dialogue.", item_id=item_id))
        before = snapshot(item)
        if lead is not UNSET:
            key = check_key(lead, "delegate key") if lead is not None else ""
            if not key or key.lower() == "none":
                item.lead_delegate_id = None
            else:
                person = find_delegate(s, key)
                dialogue = s.get_one(Dialogue, meeting.dialogue_id)
                if person.agency.side_id not in (dialogue.side_a_id, dialogue.side_b_id):
                    raise ValidationError(
                        msg("{name} is not a delegate of this dialogue's sides.", name=_name(person))
                    )
                item.lead_delegate_id = person.id
        if clear_slot:
            item.slot_day = item.start_time = item.duration_minutes = None
        elif any(v is not UNSET for v in (day, start, minutes)):
            new_start = item.start_time if start is UNSET else start
            assert not isinstance(new_start, _Unset)
            new_minutes = item.duration_minutes if minutes is UNSET else minutes
            new_day = item.slot_day if day is UNSET else day
            if new_start is None or new_minutes is None:
                raise ValidationError(msg("A time slot needs both a start time and a length in minutes."))
            new_day, new_start, new_minutes = check_slot(new_day or 1, new_start, new_minutes, _days(meeting))
            slot_times(
                _first_day(meeting),
                new_day,
                new_start,
                new_minutes,
                meeting.time_zone,
                [("host", meeting.time_zone)],
            )  # refuses a start the clocks skip
            item.slot_day, item.start_time, item.duration_minutes = new_day, new_start, new_minutes
        after = snapshot(item)
        changed = sorted(k for k in after if after[k] != before.get(k))
        if changed:
            tx.audit("agenda_item.edit", item, before, summary=f"item {item.id}: {', '.join(changed)}")
        entries = _entries(s, meeting, [item])
        return entries[0]


def _entries(s, meeting: Meeting, items: list[AgendaItem]) -> list[RunningOrderEntry]:
    dialogue = s.get(Dialogue, meeting.dialogue_id)
    sides = [(side.code, side.time_zone) for side in (dialogue.side_a, dialogue.side_b)]
    if meeting.time_zone not in {z for _, z in sides}:
        sides.insert(0, ("venue", meeting.time_zone))
    leads = {
        d.id: d
        for d in s.scalars(
            select(Delegate).where(Delegate.id.in_({i.lead_delegate_id for i in items if i.lead_delegate_id}))
        )
    }
    timed: dict[int, tuple] = {}
    for i in items:
        if i.start_time is not None and i.duration_minutes is not None:
            timed[i.id] = slot_times(
                _first_day(meeting),
                i.slot_day or 1,
                i.start_time,
                i.duration_minutes,
                meeting.time_zone,
                sides,
            )
    overlaps = clashes([(k, v[0].start, v[0].end) for k, v in timed.items()])
    out = []
    for i in items:
        lead = leads.get(i.lead_delegate_id)
        out.append(
            RunningOrderEntry(
                item_id=i.id,
                position=i.position,
                title=i.title,
                title_zh=i.title_zh,
                status=i.status,
                lead_delegate_id=lead.id if lead else None,
                lead_key=delegate_key(lead) if lead else "",
                lead_name=_name(lead) if lead else "",
                lead_side=lead.agency.side.code if lead else "",
                day=i.slot_day if i.id in timed else None,
                start_time=i.start_time if i.id in timed else None,
                minutes=i.duration_minutes if i.id in timed else None,
                times=timed.get(i.id, ()),
                clashes_with=overlaps.get(i.id, ()),
            )
        )
    return out


def running_order(ctx: ServiceContext, meeting: int) -> list[RunningOrderEntry]:
    """A meeting's agenda in its order (withdrawn and carried items left out), each item with its lead and
    slot; timed items carry their times in both sides' zones (and the venue's, when it is neither)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == m.id, AgendaItem.status.not_in(_OFF_THE_AGENDA))
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        return _entries(s, m, items)
