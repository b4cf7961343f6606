"""The schedule's commands: ``meetings``, ``schedule``, ``blackouts`` and ``calendar``."""

from __future__ import annotations

import argparse
import sys
from datetime import date, time

from .framework import add_json_flag, bounded_int, command_group, date_arg, path_arg, positive_int
from .json_shapes import meeting_texts_json
from .output import emit_json, print_table, table_cell

STATUSES = ["planned", "confirmed", "held", "postponed", "cancelled"]


def time_arg(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time: use HH:MM, e.g. 09:30") from None


def register(sub: argparse._SubParsersAction) -> None:
    meetings = command_group(sub, "meetings", "the dialogue's meetings (rounds)")
    p = meetings.add_parser("list", help="list every meeting, cancelled ones included")
    add_json_flag(p)
    p.set_defaults(handler=cmd_meetings_list)

    p = meetings.add_parser("show", help="one meeting, with its times in both sides' time zones")
    p.add_argument("number", type=positive_int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_meetings_show)

    p = meetings.add_parser("add", help="add a meeting; it gets the next free number")
    p.add_argument(
        "--date", type=date_arg, required=True, help="first day, local to the host city (YYYY-MM-DD)"
    )
    p.add_argument("--host", required=True, help="host side code, e.g. US or CN")
    p.add_argument("--city", required=True)
    p.add_argument("--city-zh", default="", help="the city in Chinese")
    _meeting_options(p)
    p.add_argument("--status", choices=STATUSES, default="planned")
    p.set_defaults(handler=cmd_meetings_add)

    p = meetings.add_parser("update", help="change a meeting (actual values once it is held)")
    p.add_argument("number", type=positive_int)
    p.add_argument("--date", type=date_arg, help="first day, local to the host city")
    p.add_argument("--host")
    p.add_argument("--city")
    p.add_argument("--city-zh", help="the city in Chinese (an empty value clears it)")
    _meeting_options(p)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--clear-times", action="store_true", help="remove the start and end times")
    for flag, text in (
        ("venue-zh", "the venue in Chinese"),
        ("address", "the venue's address"),
        ("address-zh", "the address in Chinese"),
        ("logistics", "logistics for the briefing pack"),
        ("logistics-zh", "logistics in Chinese"),
        ("notes", "notes"),
        ("notes-zh", "notes in Chinese"),
    ):
        p.add_argument(f"--{flag}", help=f"{text} (an empty text clears it)")
    p.set_defaults(handler=cmd_meetings_update)

    p = meetings.add_parser(
        "status",
        help="admin: correct the status of a meeting recorded as held by mistake, "
        "with the reason for the audit",
    )
    p.add_argument("number", type=positive_int)
    p.add_argument(
        "--to", dest="status", choices=["planned", "confirmed", "postponed", "cancelled"], required=True
    )
    p.add_argument("--reason", required=True, help="why (kept in the audit)")
    p.set_defaults(handler=cmd_meetings_status)

    p = meetings.add_parser("delete", help="delete a meeting added by mistake, while nothing refers to it")
    p.add_argument("number", type=positive_int)
    p.set_defaults(handler=cmd_meetings_delete)

    schedule = command_group(sub, "schedule", "plan the semiannual schedule")
    p = schedule.add_parser("propose", help="propose dates for the next windows without a meeting")
    p.add_argument("--from", dest="from_date", type=date_arg, help="first day to plan from (default today)")
    p.add_argument("--count", type=positive_int, default=4, help="how many windows (default 4)")
    _settings_options(p, "for this run (default: the dialogue's settings)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_schedule_propose)

    p = schedule.add_parser("settings", help="show or change the dialogue's scheduling preferences")
    _settings_options(p, "to store")
    add_json_flag(p)
    p.set_defaults(handler=cmd_schedule_settings)

    p = schedule.add_parser("check", help="which windows were met, missed, scheduled or at risk")
    p.add_argument("--as-of", type=date_arg, help="the day to judge from (default today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_schedule_check)

    blackouts = command_group(sub, "blackouts", "periods ruled out for meetings (summits, elections)")
    p = blackouts.add_parser("list", help="list blackout periods")
    add_json_flag(p)
    p.set_defaults(handler=cmd_blackouts_list)
    p = blackouts.add_parser("add", help="rule out a period")
    p.add_argument("--start", type=date_arg, required=True)
    p.add_argument("--end", type=date_arg, help="last day (default: the start day)")
    p.add_argument("--reason", required=True)
    p.add_argument("--side", default="", help="the side whose calendar it blocks (default both)")
    p.set_defaults(handler=cmd_blackouts_add)
    p = blackouts.add_parser("remove", help="remove a blackout period by its id")
    p.add_argument("id", type=positive_int)
    p.set_defaults(handler=cmd_blackouts_remove)

    calendar = command_group(sub, "calendar", "iCalendar files of the meetings")
    p = calendar.add_parser("export", help="write the meetings to an .ics FILE ('-' for standard output)")
    p.add_argument("file", type=path_arg)
    p.add_argument("--meeting", type=positive_int, help="only this meeting number")
    p.add_argument(
        "--commitments",
        action="store_true",
        help="also the commitments' due dates, each with an alarm the day before",
    )
    p.set_defaults(handler=cmd_calendar_export)


def _settings_options(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--travel-days", type=bounded_int, help=f"working travel days before a meeting {what}")
    p.add_argument("--min-spacing", type=bounded_int, help=f"minimum days between meetings {what}")
    p.add_argument(
        "--position", choices=["start", "middle", "end"], help=f"preferred place in the window {what}"
    )
    p.add_argument("--length", type=bounded_int, help=f"meeting length in days {what}")


def _meeting_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--end", type=date_arg, help="last day (default: one-day meeting)")
    p.add_argument("--venue")
    p.add_argument(
        "--window",
        help="the window it fulfils, e.g. 2016-H1 (default: the one its date falls in; "
        "'auto' to go back to that)",
    )
    p.add_argument("--time-zone", help="IANA zone of the host city (default: the host side's zone)")
    p.add_argument("--start-time", type=time_arg, help="local start time HH:MM")
    p.add_argument("--end-time", type=time_arg, help="local end time HH:MM")


# -- meetings ----------------------------------------------------------------------------------------
def meeting_json(m, today: date | None = None) -> dict:
    """``needs_closing``: the date has passed and the meeting is still planned or confirmed."""
    return {
        "number": m.number,
        "date": m.start.isoformat(),
        "end": m.end.isoformat(),
        "host": m.host,
        "city": m.city,
        "city_zh": m.city_zh,
        "status": m.status,
        "window": m.window,
        "venue": m.venue,
        "time_zone": m.time_zone,
        "start_time": m.start_time.strftime("%H:%M") if m.start_time else None,
        "end_time": m.end_time.strftime("%H:%M") if m.end_time else None,
        "planned": {
            "date": m.planned_start.isoformat(),
            "end": m.planned_end.isoformat(),
            "host": m.planned_host,
            "city": m.planned_city,
            "city_zh": m.planned_city_zh,
        },
        "actual": {
            "date": m.actual_start.isoformat() if m.actual_start else None,
            "end": m.actual_end.isoformat() if m.actual_end else None,
            "host": m.actual_host,
            "city": m.actual_city or None,
            "city_zh": m.actual_city_zh or None,
        },
        "uid": m.uid,
        "sequence": m.sequence,
        "version": m.version,
        "needs_closing": m.needs_closing(today or date.today()),
    }


def _day_span(m) -> str:
    return m.start.isoformat() if m.end == m.start else f"{m.start.isoformat()} to {m.end.isoformat()}"


def cmd_meetings_list(args, ctx) -> int:
    from dialogue_planner.services.meetings import list_meetings

    meetings = list_meetings(ctx)
    if args.json:
        emit_json([meeting_json(m) for m in meetings])
        return 0
    print_table(
        [[m.number, _day_span(m), m.host, m.city, m.status, m.window] for m in meetings],
        ["no.", "date", "host", "city", "status", "window"],
    )
    return 0


def _local_times(m, ctx) -> list[str]:
    from dialogue_planner.domain.meeting_times import spans_for_sides
    from dialogue_planner.services.schedule import current_dialogue

    if m.start_time is None or m.end_time is None:
        return []
    sides = current_dialogue(ctx).sides
    zones = {s.time_zone: s.code for s in sides}
    spans = spans_for_sides(
        m.start, m.end, m.start_time, m.end_time, m.time_zone, [s.time_zone for s in sides]
    )
    return [
        f"{zones.get(span.zone_name, span.zone_name)}: {span.describe()} ({span.zone_name})" for span in spans
    ]


def cmd_meetings_show(args, ctx) -> int:
    from dialogue_planner.services.meetings import get_meeting

    m = get_meeting(ctx, args.number)
    times = _local_times(m, ctx)
    if args.json:
        emit_json({**meeting_json(m), "local_times": times, "texts": meeting_texts_json(m)})
        return 0
    print(f"{m.ordinal} meeting ({m.status}), window {m.window}")
    print(
        f"  Date:     {_day_span(m)}"
        + (
            f" (planned {m.planned_start.isoformat()})"
            if m.actual_start and m.actual_start != m.planned_start
            else ""
        )
    )
    print(
        f"  Host:     {m.host}, {m.city}"
        + (
            f" (planned {m.planned_host}, {m.planned_city})"
            if (m.host, m.city) != (m.planned_host, m.planned_city)
            else ""
        )
    )
    for label, value in (
        ("Venue", m.venue),
        ("场地", m.venue_zh),
        ("Address", m.address),
        ("地址", m.address_zh),
        ("Logistics", m.logistics),
        ("后勤安排", m.logistics_zh),
        ("Notes", m.notes),
        ("备注", m.notes_zh),
    ):
        if value:
            print(f"  {label + ':':<10}{table_cell(value)}")
    print(f"  Zone:     {m.time_zone}")
    for line in times:
        print(f"  {line}")
    return 0


def cmd_meetings_add(args, ctx) -> int:
    from dialogue_planner.services.meetings import add_meeting

    m = add_meeting(
        ctx,
        start=args.date,
        end=args.end,
        host=args.host,
        city=args.city,
        city_zh=args.city_zh,
        venue=args.venue or "",
        status=args.status,
        window=args.window,
        time_zone=args.time_zone,
        start_time=args.start_time,
        end_time=args.end_time,
    )
    print(
        f"Added the {m.ordinal} meeting: {_day_span(m)} in {m.city} ({m.host}), {m.status}, window {m.window}."
    )
    return 0


def cmd_meetings_update(args, ctx) -> int:
    from dialogue_planner.services.meetings import update_meeting

    changes = {
        key: value
        for key, value in {
            "start": args.date,
            "end": args.end,
            "host": args.host,
            "city": args.city,
            "city_zh": args.city_zh,
            "venue": args.venue,
            "status": args.status,
            "window": args.window,
            "time_zone": args.time_zone,
            "start_time": args.start_time,
            "end_time": args.end_time,
            "venue_zh": args.venue_zh,
            "address": args.address,
            "address_zh": args.address_zh,
            "logistics": args.logistics,
            "logistics_zh": args.logistics_zh,
            "notes": args.notes,
            "notes_zh": args.notes_zh,
        }.items()
        if value is not None
    }
    if args.clear_times:
        if "start_time" in changes or "end_time" in changes:
            from dialogue_planner.domain.errors import ValidationError

            raise ValidationError("Give either --clear-times or new times, not both.")
        changes.update(start_time=None, end_time=None)
    if not changes:
        print("Nothing to change: give at least one option (see --help).", file=sys.stderr)
        return 2
    m = update_meeting(ctx, args.number, **changes)
    print(
        f"Updated the {m.ordinal} meeting: {_day_span(m)} in {m.city} ({m.host}), {m.status}, "
        f"window {m.window}."
    )
    return 0


def cmd_meetings_status(args, ctx) -> int:
    from dialogue_planner.services.meetings import correct_held_status

    m = correct_held_status(ctx, args.number, args.status, reason=args.reason)
    print(
        f"Corrected the {m.ordinal} meeting: now {m.status} ({_day_span(m)} in {m.city}); the reason is in "
        "the audit."
    )
    return 0


def cmd_meetings_delete(args, ctx) -> int:
    from dialogue_planner.services.meetings import delete_meeting

    m = delete_meeting(ctx, args.number)
    print(f"Deleted the {m.ordinal} meeting ({_day_span(m)} in {m.city}).")
    return 0


# -- schedule ----------------------------------------------------------------------------------------
def proposal_json(p, cities: dict[str, str]) -> dict:
    return {
        "window": p.window.label,
        "date": p.start.isoformat() if p.start else None,
        "end": p.end.isoformat() if p.end else None,
        "host": p.host,
        "alternates": [d.isoformat() for d in p.alternates],
        "reasons": list(p.reasons),
        "estimated": p.estimated,
        "city": cities.get(p.host),
    }


def cmd_schedule_propose(args, ctx) -> int:
    from dialogue_planner.services.schedule import propose_dates

    plan = propose_dates(ctx, from_date=args.from_date, count=args.count, settings=_run_settings(args, ctx))
    if args.json:
        emit_json({"proposals": [proposal_json(p, plan.host_cities) for p in plan.proposals]})
        return 0
    for p in plan.proposals:
        when = (
            (p.start.isoformat() if p.end == p.start else f"{p.start} to {p.end}") if p.start else "no date"
        )
        estimate = " (holidays estimated)" if p.estimated else ""
        print(f"{p.window.label}: {when}, host {p.host}{estimate}")
        if p.alternates:
            print(f"  alternates: {', '.join(d.isoformat() for d in p.alternates)}")
        for reason in p.reasons:
            print(f"  - {reason}")
    return 0


def _run_settings(args, ctx):
    """The dialogue's settings with what the command line overrides, or None when it overrides nothing."""
    if all(getattr(args, k) is None for k in ("travel_days", "min_spacing", "position", "length")):
        return None
    from dataclasses import replace

    from dialogue_planner.services.schedule import current_dialogue, proposal_settings

    base = proposal_settings(current_dialogue(ctx))
    return replace(
        base,
        **{
            field: value
            for field, value in (
                ("travel_days", args.travel_days),
                ("min_spacing_days", args.min_spacing),
                ("preferred_position", args.position),
                ("meeting_length_days", args.length),
            )
            if value is not None
        },
    )


def cmd_schedule_settings(args, ctx) -> int:
    from dialogue_planner.services.schedule import current_dialogue, update_schedule_settings

    if any(getattr(args, k) is not None for k in ("travel_days", "min_spacing", "position", "length")):
        d = update_schedule_settings(
            ctx,
            travel_days=args.travel_days,
            min_spacing_days=args.min_spacing,
            preferred_position=args.position,
            meeting_length_days=args.length,
        )
    else:
        d = current_dialogue(ctx)
    values = {
        "travel_days": d.travel_days,
        "min_spacing_days": d.min_spacing_days,
        "preferred_position": d.preferred_position,
        "meeting_length_days": d.meeting_length_days,
    }
    if args.json:
        emit_json(values)
    else:
        print(
            f"Travel days before a meeting: {d.travel_days}\nMinimum spacing: {d.min_spacing_days} days\n"
            f"Preferred position in the window: {d.preferred_position}\nMeeting length: "
            f"{d.meeting_length_days} day{'s' if d.meeting_length_days != 1 else ''}"
        )
    return 0


def compliance_json(report) -> dict:
    fd = report.first_deadline
    return {
        "as_of": report.as_of.isoformat(),
        "first_deadline": {
            "date": fd.date.isoformat() if fd.date else None,
            "met": fd.met,
            "meeting": fd.meeting,
        },
        "windows": [
            {
                "window": w.window.label,
                "status": w.status,
                "meeting": w.meeting,
                "start": w.window.start.isoformat(),
                "end": w.window.end.isoformat(),
                "days_left": max(w.days_left, 0),
                "note": w.note,
            }
            for w in report.windows
        ],
    }


def cmd_schedule_check(args, ctx) -> int:
    from dialogue_planner.services.schedule import check_schedule

    report = check_schedule(ctx, as_of=args.as_of)
    if args.json:
        emit_json(compliance_json(report))
        return 0
    fd = report.first_deadline
    if fd.date:
        verdict = "met" if fd.met else ("missed" if report.as_of > fd.date else "not yet met")
        print(
            f"First-meeting deadline {fd.date.isoformat()}: {verdict}"
            + (f" (meeting {fd.meeting})" if fd.meeting else "")
        )
    print_table(
        [
            [
                w.window.label,
                w.status,
                w.meeting or "",
                max(w.days_left, 0) if w.days_left >= 0 else "",
                w.note,
            ]
            for w in report.windows
        ],
        ["window", "status", "meeting", "days left", "note"],
    )
    return 0


# -- blackouts ---------------------------------------------------------------------------------------
def cmd_blackouts_list(args, ctx) -> int:
    from dialogue_planner.services.blackouts import list_blackouts

    rows = list_blackouts(ctx)
    if args.json:
        emit_json(
            [
                {
                    "id": b.id,
                    "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "reason": b.reason,
                    "side": b.side or None,
                }
                for b in rows
            ]
        )
        return 0
    print_table(
        [[b.id, b.start.isoformat(), b.end.isoformat(), b.side or "both", b.reason] for b in rows],
        ["id", "start", "end", "side", "reason"],
    )
    return 0


def cmd_blackouts_add(args, ctx) -> int:
    from dialogue_planner.services.blackouts import add_blackout

    b = add_blackout(ctx, args.start, args.end, args.reason, args.side)
    print(f"Blackout {b.id} added: {b.start.isoformat()} to {b.end.isoformat()}, {b.reason}.")
    return 0


def cmd_blackouts_remove(args, ctx) -> int:
    from dialogue_planner.services.blackouts import remove_blackout

    b = remove_blackout(ctx, args.id)
    print(f"Blackout {b.id} removed ({b.start.isoformat()} to {b.end.isoformat()}, {b.reason}).")
    return 0


# -- calendar ----------------------------------------------------------------------------------------
def cmd_calendar_export(args, ctx) -> int:
    from dialogue_planner.services.schedule import calendar_bytes

    data = calendar_bytes(ctx, number=args.meeting, commitments=args.commitments)
    if str(args.file) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    path = args.file
    from dialogue_planner.files import write_file

    write_file(path, data)
    count = data.count(b"BEGIN:VEVENT")
    due = data.count(b"CATEGORIES:commitment")
    count -= due
    print(
        f"Wrote {count} meeting{'s' if count != 1 else ''}"
        + (f" and {due} commitment due date{'s' if due != 1 else ''}" if args.commitments else "")
        + f" to {path}."
    )
    return 0
