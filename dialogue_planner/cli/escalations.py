"""``escalations``: the hotline log."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group
from .json_shapes import escalation_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "escalations", "issues raised over the hotline")

    p = group.add_parser("add", help="log an escalation")
    p.add_argument("--side", required=True, help="the side that raised it (US, CN)")
    p.add_argument("--summary", required=True)
    p.add_argument(
        "--at",
        required=True,
        metavar="DATETIME",
        help="when it was raised, e.g. 2016-03-01T14:30 (the raising side's local time) or with an "
        "offset, 2016-03-01T14:30+08:00",
    )
    p.add_argument(
        "--about",
        action="append",
        default=[],
        metavar="REFERENCE",
        help="a request it is about (repeat for several)",
    )
    p.add_argument("--severity", default="medium", help="low, medium, high or critical (default medium)")
    p.add_argument("--agency", help="the raising agency's acronym")
    p.add_argument("--details", default="")
    p.add_argument("--agenda", action="store_true", help="also put it on the next open meeting's agenda")
    add_json_flag(p)
    p.set_defaults(handler=cmd_add)

    p = group.add_parser("list", help="list escalations, newest first")
    p.add_argument("--open", action="store_true", help="only open or acknowledged ones")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("resolve", help="record how an escalation was resolved")
    p.add_argument("reference", help="e.g. HL-2016-003")
    p.add_argument("--resolution", required=True)
    p.add_argument(
        "--at",
        metavar="DATETIME",
        help="when it was resolved (default now), e.g. 2016-03-02T09:00 (the raising side's local time) "
        "or with an offset; never before it was raised",
    )
    p.set_defaults(handler=cmd_resolve)

    p = group.add_parser("status", help="set an escalation's status (acknowledged, resolved, closed, open)")
    p.add_argument("reference")
    p.add_argument("--status", required=True)
    p.add_argument("--resolution", default="")
    p.add_argument(
        "--at",
        metavar="DATETIME",
        help="when it was resolved or closed (default now; the raising side's local time without an offset)",
    )
    p.set_defaults(handler=cmd_status)

    p = group.add_parser("agenda", help="put an escalation on the next open meeting's agenda")
    p.add_argument("reference")
    p.set_defaults(handler=cmd_agenda)


def _local(e) -> str:
    from dialogue_planner.domain.escalations import local_time

    return local_time(e.raised_at, e.time_zone).strftime("%Y-%m-%d %H:%M %Z")


def _local_instant(instant, e) -> str:
    from dialogue_planner.domain.escalations import local_time

    return local_time(instant, e.time_zone).strftime("%Y-%m-%d %H:%M %Z")


def _agenda_place(e) -> str:
    """Where the newest agenda item of the escalation is, as people say it (not its database id)."""
    place = max(e.agenda_places, key=lambda p: p.item_id)
    return f"on the agenda of meeting {place.meeting} as item {place.position}"


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.escalations import add_escalation

    e = add_escalation(
        ctx,
        side=args.side,
        summary=args.summary,
        at=args.at,
        about=args.about,
        severity=args.severity,
        agency=args.agency,
        details=args.details,
        to_agenda=args.agenda,
    )
    if args.json:
        emit_json(escalation_json(e))
        return 0
    print(
        f"Logged {e.reference}, raised by {e.raised_by_side} at {_local(e)} "
        f"({e.raised_at.strftime('%Y-%m-%d %H:%M')} UTC)"
        + (f", about {', '.join(e.requests)}" if e.requests else "")
        + (f"; {_agenda_place(e)}" if e.agenda_places else "")
        + "."
    )
    return 0


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.escalations import list_escalations

    escalations = list_escalations(ctx, open_only=args.open)
    if args.json:
        emit_json([escalation_json(e) for e in escalations])
        return 0
    print_table(
        [
            [
                e.reference,
                _local(e),
                e.raised_by_side,
                e.severity,
                e.status,
                ", ".join(e.requests),
                e.summary[:60],
            ]
            for e in escalations
        ],
        ["reference", "raised (local)", "side", "severity", "status", "about", "summary"],
    )
    return 0


def cmd_resolve(args, ctx) -> int:
    from dialogue_planner.services.escalations import set_escalation_status

    e = set_escalation_status(ctx, args.reference, "resolved", resolution=args.resolution, at=args.at)
    resolved = e.resolved_at or e.raised_at
    print(
        f"{e.reference} resolved at {_local_instant(resolved, e)} ({resolved.strftime('%Y-%m-%d %H:%M')} UTC)."
    )
    return 0


def cmd_status(args, ctx) -> int:
    from dialogue_planner.services.escalations import set_escalation_status

    e = set_escalation_status(ctx, args.reference, args.status, resolution=args.resolution, at=args.at)
    print(f"{e.reference} is now {e.status}.")
    return 0


def cmd_agenda(args, ctx) -> int:
    from dialogue_planner.services.escalations import escalation_to_agenda

    e = escalation_to_agenda(ctx, args.reference)
    print(f"{e.reference} is {_agenda_place(e)}.")
    return 0
