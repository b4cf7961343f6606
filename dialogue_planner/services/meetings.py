"""Meetings: add, edit, postpone, cancel, mark held; list them and find the next one.

Planned and actual values are kept apart: while a meeting is not held, edits of its dates, host and city
change the planned values; once held (or when an edit marks it held), they change the actual values and
the planned ones stay as history. Every change raises the meeting's iCalendar SEQUENCE.
"""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import select

from dialogue_planner.domain.agenda import CarryOverResult
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_day, check_line, check_text
from dialogue_planner.domain.meeting_times import meeting_span, zone
from dialogue_planner.domain.meetings import (
    OPEN_STATUSES,
    MeetingRecord,
    check_city,
    check_dates,
    check_held,
    check_transition,
    next_number,
)
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import MeetingStatus, Role
from dialogue_planner.domain.windows import parse_window, window_of
from dialogue_planner.storage.models import Dialogue, Meeting, Side

from . import agenda
from .context import ServiceContext, Transaction, snapshot
from .lookup import meeting_by_number


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()
UID_DOMAIN = "dialogue-planner"
VENUE_MAX = 300
CITY_MAX = 120
ADDRESS_MAX = 1000
# The meeting's texts for the briefing pack, English and Chinese: (keyword, what a message calls it, limit);
# a venue is one line, the others may span lines.
TEXTS = (
    ("venue_zh", "Chinese venue", VENUE_MAX),
    ("address", "address", ADDRESS_MAX),
    ("address_zh", "Chinese address", ADDRESS_MAX),
    ("notes", "notes", None),
    ("notes_zh", "Chinese notes", None),
    ("logistics", "logistics", None),
    ("logistics_zh", "Chinese logistics", None),
)


def side_codes(session) -> dict[int, str]:
    return dict(session.execute(select(Side.id, Side.code)).all())


def meeting_record(m: Meeting, codes: dict[int, str]) -> MeetingRecord:
    return MeetingRecord(
        id=m.id,
        number=m.number,
        window=m.window,
        status=m.status,
        planned_host=codes[m.planned_host_side_id],
        actual_host=codes.get(m.actual_host_side_id) if m.actual_host_side_id else None,
        planned_city=m.planned_city,
        actual_city=m.actual_city,
        venue=m.venue,
        time_zone=m.time_zone,
        planned_start=m.planned_start,
        planned_end=m.planned_end,
        actual_start=m.actual_start,
        actual_end=m.actual_end,
        start_time=m.start_time,
        end_time=m.end_time,
        uid=m.uid,
        sequence=m.ical_sequence,
        version=m.version,
        window_explicit=m.window_explicit,
        notes=m.notes,
        logistics=m.logistics,
        closed_at=m.closed_at,
        dialogue_id=m.dialogue_id,
        venue_zh=m.venue_zh,
        address=m.address,
        address_zh=m.address_zh,
        notes_zh=m.notes_zh,
        logistics_zh=m.logistics_zh,
        planned_city_zh=m.planned_city_zh or "",
        actual_city_zh=m.actual_city_zh or "",
    )


def list_meetings(ctx: ServiceContext) -> list[MeetingRecord]:
    """Every meeting of the dialogue, by number (cancelled ones too: they keep their numbers)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        codes = side_codes(s)
        rows = s.scalars(select(Meeting).where(Meeting.dialogue_id == dialogue_id).order_by(Meeting.number))
        return [meeting_record(m, codes) for m in rows]


def get_meeting(ctx: ServiceContext, number: int) -> MeetingRecord:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return meeting_record(meeting_by_number(s, dialogue_id, number), side_codes(s))


def next_open_meeting(ctx: ServiceContext, after: date | None = None) -> MeetingRecord | None:
    """The next planned, confirmed or postponed meeting starting on or after ``after`` (default today)."""
    after = after or date.today()
    candidates = [m for m in list_meetings(ctx) if m.status in OPEN_STATUSES and m.start >= after]
    return min(candidates, key=lambda m: (m.start, m.number), default=None)


def meetings_to_close(ctx: ServiceContext, today: date | None = None) -> list[MeetingRecord]:
    """Meetings whose date has passed while they are still planned or confirmed, oldest first: the
    secretariat's most urgent job (record what happened, carry the open items over)."""
    today = today or date.today()
    return sorted(
        (m for m in list_meetings(ctx) if m.needs_closing(today)), key=lambda m: (m.start, m.number)
    )


def preview_status(
    ctx: ServiceContext, number: int, status: str, *, today: date | None = None
) -> CarryOverResult | None:
    """What making the meeting ``status`` would do to agenda items, refusing at once what the change
    itself would refuse: marking held closes the meeting and carries its open items over; cancelling or
    postponing moves items on. None for a change that moves nothing (confirming, planning again)."""
    today = today or date.today()
    meeting = get_meeting(ctx, number)
    target = check_transition(meeting.status, status)
    if target.value == meeting.status:
        raise ValidationError(msg("Meeting {number} is already {value}.", number=number, value=target.value))
    if target == MeetingStatus.HELD:
        check_held(meeting.start, today)
        return agenda.preview_close(ctx, number, today=today)
    if target in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
        return agenda.preview_called_off(ctx, number, target.value)
    return None


def _dialogue(tx: Transaction) -> Dialogue:
    return tx.session.get_one(Dialogue, tx.ctx.require_dialogue())


def _host(dialogue: Dialogue, code: str) -> Side:
    wanted = (code or "").strip().upper()
    for side in (dialogue.side_a, dialogue.side_b):
        if side.code.upper() == wanted:
            return side
    raise ValidationError(
        msg(
            "Unknown host side '{code}': this dialogue's sides are {code2} and {code3}.",
            code=code,
            code2=dialogue.side_a.code,
            code3=dialogue.side_b.code,
        )
    )


def _life(dialogue: Dialogue) -> dict:
    from .mapping import cadence_steps

    return {
        "base": dialogue.meetings_per_year,
        "established_on": dialogue.established_on,
        "steps": cadence_steps(dialogue),
    }


def _auto_window(dialogue: Dialogue, day: date) -> str:
    """The label of the dialogue's window holding ``day``, following its cadence history."""
    from dialogue_planner.domain.dialogue_life import life_windows

    life = _life(dialogue)
    if day < dialogue.established_on:
        return window_of(day, dialogue.meetings_per_year).label
    return next(w for w in reversed(life_windows(**life, last_day=day)) if w.contains(day)).label


def _window_label(dialogue: Dialogue, window: str | None, start: date) -> tuple[str, bool]:
    from dialogue_planner.domain.dialogue_life import cadence_on

    if window is None or not window.strip() or window.strip().lower() == "auto":
        return _auto_window(dialogue, start), False
    life = _life(dialogue)
    parsed = parse_window(window, cadence_on(start, **life))
    first = window_of(dialogue.established_on, dialogue.meetings_per_year)
    if parsed < first and parsed.start < first.start:
        raise ValidationError(
            msg(
                "The window {label} is before the dialogue was established ({established_on}).",
                label=parsed.label,
                established_on=dialogue.established_on.isoformat(),
            )
        )
    return parsed.label, True


def _check_times(
    start_day: date, end_day: date, start_time: time | None, end_time: time | None, zone_name: str
) -> None:
    zone(zone_name)
    if (start_time is None) != (end_time is None):
        raise ValidationError(msg("Give both a start and an end time, or neither."))
    if start_time is not None and end_time is not None:  # both or neither (above)
        meeting_span(start_day, end_day, start_time, end_time, zone_name)


def add_meeting(
    ctx: ServiceContext,
    *,
    start: date,
    host: str,
    city: str,
    end: date | None = None,
    venue: str = "",
    status: str = "planned",
    window: str | None = None,
    time_zone: str | None = None,
    start_time: time | None = None,
    end_time: time | None = None,
    notes: str = "",
    today: date | None = None,
    city_zh: str = "",
) -> MeetingRecord:
    """A new meeting with the next free number; its window is the one its date falls in unless given."""
    today = today or date.today()
    wanted = MeetingStatus.parse(status, "meeting status")
    end = check_dates(start, end)
    city = check_city(city)
    city_zh = check_line(city_zh, "Chinese city", CITY_MAX)
    venue = check_line(venue, "venue", VENUE_MAX)
    notes = check_text(notes, "notes")
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        dialogue = _dialogue(tx)
        side = _host(dialogue, host)
        zone_name = (time_zone or side.time_zone).strip()
        _check_times(start, end, start_time, end_time, zone_name)
        label, explicit = _window_label(dialogue, window, start)
        numbers = list(s.scalars(select(Meeting.number).where(Meeting.dialogue_id == dialogue.id)))
        meeting = Meeting(
            dialogue_id=dialogue.id,
            number=next_number(numbers),
            window=label,
            window_explicit=explicit,
            status=wanted.value,
            planned_host_side_id=side.id,
            planned_city=city,
            planned_city_zh=city_zh,
            venue=venue,
            time_zone=zone_name,
            planned_start=start,
            planned_end=end,
            start_time=start_time,
            end_time=end_time,
            uid=f"{uuid.uuid4()}@{UID_DOMAIN}",
            ical_sequence=0,
            notes=notes,
        )
        if wanted == MeetingStatus.HELD:
            check_held(start, today)
            meeting.actual_start, meeting.actual_end = start, end
            meeting.actual_host_side_id, meeting.actual_city = side.id, city
            meeting.actual_city_zh = city_zh
        s.add(meeting)
        tx.audit("meeting.add", meeting, summary=f"meeting {meeting.number} on {start.isoformat()}")
        return meeting_record(meeting, side_codes(s))


def update_meeting(
    ctx: ServiceContext,
    number: int,
    *,
    expected_version: int | None = None,
    start=UNSET,
    end=UNSET,
    host=UNSET,
    city=UNSET,
    venue=UNSET,
    status=UNSET,
    window=UNSET,
    time_zone=UNSET,
    start_time=UNSET,
    end_time=UNSET,
    notes=UNSET,
    logistics=UNSET,
    venue_zh=UNSET,
    address=UNSET,
    address_zh=UNSET,
    notes_zh=UNSET,
    logistics_zh=UNSET,
    today: date | None = None,
    city_zh=UNSET,
) -> MeetingRecord:
    """Change what is given (UNSET leaves a value alone). See the module note on planned and actual.

    The texts of the briefing pack (venue, address, notes, logistics, each also in Chinese) are checked
    before anything is read; an empty text clears one."""
    today = today or date.today()
    given = {
        "notes": notes,
        "logistics": logistics,
        "venue_zh": venue_zh,
        "address": address,
        "address_zh": address_zh,
        "notes_zh": notes_zh,
        "logistics_zh": logistics_zh,
    }
    texts = {}
    for key, what, limit in TEXTS:
        value = given[key]
        if value is UNSET:
            continue
        if key == "venue_zh":
            texts[key] = check_line(value, what, limit or VENUE_MAX)
        else:
            texts[key] = check_text(value, what, limit) if limit else check_text(value, what)
    if start is not UNSET:
        check_day(start, "meeting date")
    if end is not UNSET and end is not None:
        check_day(end, "end date")
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        dialogue = _dialogue(tx)
        meeting = meeting_by_number(s, dialogue.id, number)
        if expected_version is not None:
            meeting = tx.get(Meeting, meeting.id, expected_version=expected_version, what="meeting")
        # One UPDATE, so one version: a query below (the window's cadence) must not flush the half-made
        # change and the sequence bump after it as two saves.
        with s.no_autoflush:
            before = snapshot(meeting)
            old_status = meeting.status
            target = (
                check_transition(meeting.status, status)
                if status is not UNSET
                else MeetingStatus(meeting.status)
            )
            becomes_held = target == MeetingStatus.HELD
            if becomes_held and meeting.actual_start is None:
                meeting.actual_start, meeting.actual_end = meeting.planned_start, meeting.planned_end
                meeting.actual_host_side_id = meeting.planned_host_side_id
                meeting.actual_city = meeting.planned_city
                meeting.actual_city_zh = meeting.planned_city_zh
            prefix = "actual" if becomes_held else "planned"

            current_start = getattr(meeting, f"{prefix}_start")
            current_end = getattr(meeting, f"{prefix}_end")
            new_start = current_start if start is UNSET else start
            if end is not UNSET:
                new_end = end
            elif start is not UNSET and current_end is not None and current_start is not None:
                new_end = new_start + (current_end - current_start)  # moving the start keeps the length
            else:
                new_end = current_end
            new_end = check_dates(new_start, new_end)
            setattr(meeting, f"{prefix}_start", new_start)
            setattr(meeting, f"{prefix}_end", new_end)

            if host is not UNSET:
                side = _host(dialogue, host)
                old_host = s.get(Side, getattr(meeting, f"{prefix}_host_side_id"))
                setattr(meeting, f"{prefix}_host_side_id", side.id)
                if time_zone is UNSET and old_host is not None and meeting.time_zone == old_host.time_zone:
                    meeting.time_zone = side.time_zone  # the zone follows the host city
            if city is not UNSET:
                setattr(meeting, f"{prefix}_city", check_city(city))
            if city_zh is not UNSET:
                setattr(meeting, f"{prefix}_city_zh", check_line(city_zh, "Chinese city", CITY_MAX))
            if venue is not UNSET:
                meeting.venue = check_line(venue, "venue", VENUE_MAX)
            if time_zone is not UNSET:
                meeting.time_zone = (time_zone or "").strip()
            if start_time is not UNSET:
                meeting.start_time = start_time
            if end_time is not UNSET:
                meeting.end_time = end_time
            for key, value in texts.items():
                setattr(meeting, key, value)
            effective_start = meeting.actual_start or meeting.planned_start
            effective_end = (
                (meeting.actual_end or meeting.actual_start) if meeting.actual_start else meeting.planned_end
            )
            _check_times(
                effective_start, effective_end, meeting.start_time, meeting.end_time, meeting.time_zone
            )
            if becomes_held:
                check_held(effective_start, today)
            if window is not UNSET:
                meeting.window, meeting.window_explicit = _window_label(dialogue, window, effective_start)
            elif not meeting.window_explicit:
                meeting.window = _auto_window(dialogue, effective_start)
            meeting.status = target.value

            after = snapshot(meeting)
            changed = {k for k in after if k != "version" and after[k] != before.get(k)}
            if not changed:
                return meeting_record(meeting, side_codes(s))
            meeting.ical_sequence = (meeting.ical_sequence or 0) + 1
        action = "meeting.update" if target.value == old_status else f"meeting.{target.value}"
        tx.audit(action, meeting, before, summary=f"meeting {meeting.number}: {', '.join(sorted(changed))}")
        if target.value != old_status and target in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
            agenda.on_meeting_cancelled_or_postponed(tx, meeting)
        elif target.value != old_status and target == MeetingStatus.HELD:
            agenda.close_in_transaction(tx, meeting, today=today)  # marking held closes and carries over
        return meeting_record(meeting, side_codes(s))


def set_status(
    ctx: ServiceContext,
    number: int,
    status: str,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> MeetingRecord:
    """Postpone, cancel, confirm, reinstate or mark held (actual values default to the planned ones)."""
    return update_meeting(ctx, number, status=status, expected_version=expected_version, today=today)


#: Statuses a held meeting can be corrected to (it did not take place as recorded).
CORRECTABLE_TO = (
    MeetingStatus.PLANNED,
    MeetingStatus.CONFIRMED,
    MeetingStatus.POSTPONED,
    MeetingStatus.CANCELLED,
)


def correct_held_status(
    ctx: ServiceContext, number: int, status: str, *, reason: str, expected_version: int | None = None
) -> MeetingRecord:
    """An admin's correction of a meeting recorded as held by mistake: it becomes ``status`` (planned,
    confirmed, postponed or cancelled), its actual values are cleared (the audit keeps them) and it can be
    closed again; the reason goes into the audit. Items already carried over stay where they are."""
    reason = check_line(reason, "reason", 2000)
    if not reason:
        raise ValidationError(
            msg("Say why the held meeting's status is corrected: the reason goes into the audit.")
        )
    target = MeetingStatus.parse(status, "meeting status")
    if target not in CORRECTABLE_TO:
        raise ValidationError(
            msg(
                "A held meeting can be corrected to planned, confirmed, postponed or cancelled, not {value}.",
                value=target.value,
            )
        )
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        meeting = meeting_by_number(s, tx.ctx.require_dialogue(), number)
        if expected_version is not None:
            meeting = tx.get(Meeting, meeting.id, expected_version=expected_version, what="meeting")
        if meeting.status != MeetingStatus.HELD.value:
            raise ValidationError(
                msg(
                    "Meeting {number} is {status}, not held: only a held meeting is corrected; change this one's status as usual instead.",
                    number=number,
                    status=meeting.status,
                )
            )
        before = snapshot(meeting)
        meeting.status = target.value
        meeting.actual_start = meeting.actual_end = None
        meeting.actual_host_side_id = None
        meeting.actual_city = ""
        meeting.actual_city_zh = ""
        meeting.closed_at = None
        meeting.ical_sequence = (meeting.ical_sequence or 0) + 1
        tx.audit(
            "meeting.status_correction",
            meeting,
            before,
            summary=f"meeting {number}: held corrected to {target.value}; reason: {reason}",
        )
        return meeting_record(meeting, side_codes(s))


def meeting_references(ctx: ServiceContext, number: int) -> dict[str, int]:
    """What refers to meeting ``number`` (agenda items on it or first raised at it, delegation members,
    distributed pack copies), by kind; empty when it can be deleted."""
    with ctx.read() as s:
        return _references(s, meeting_by_number(s, ctx.require_dialogue(), number).id)


def _references(s, meeting_id: int) -> dict[str, int]:
    from sqlalchemy import func, or_

    from dialogue_planner.storage.models import AgendaItem, ArchivedPack, DelegationMember, DistributionCopy

    def count(model, *where) -> int:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

    found = {
        "agenda items": count(
            AgendaItem,
            or_(AgendaItem.meeting_id == meeting_id, AgendaItem.first_raised_meeting_id == meeting_id),
        ),
        "delegation members": count(DelegationMember, DelegationMember.meeting_id == meeting_id),
        "briefing pack copies": count(DistributionCopy, DistributionCopy.meeting_id == meeting_id),
        "archived briefing packs": count(ArchivedPack, ArchivedPack.meeting_id == meeting_id),
    }
    return {kind: n for kind, n in found.items() if n}


def delete_meeting(ctx: ServiceContext, number: int, *, expected_version: int | None = None) -> MeetingRecord:
    """Delete a meeting added by mistake, while nothing refers to it (else the message names what does).
    Its number becomes free again only if it was the last one."""
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        meeting = meeting_by_number(s, tx.ctx.require_dialogue(), number)
        if expected_version is not None:
            meeting = tx.get(Meeting, meeting.id, expected_version=expected_version, what="meeting")
        refs = _references(s, meeting.id)
        if refs:
            what = ", ".join(f"{n} {kind}" for kind, n in refs.items())
            raise ValidationError(
                msg(
                    "Meeting {number} cannot be deleted: {what} refer to it. Move or remove them first, or cancel the meeting instead.",
                    number=number,
                    what=what,
                )
            )
        record = meeting_record(meeting, side_codes(s))
        before = snapshot(meeting)
        s.delete(meeting)
        s.flush()
        tx.audit("meeting.delete", meeting, before, summary=f"meeting {number} deleted")
        return record
