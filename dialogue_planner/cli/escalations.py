"""``escalations``: the hotline log."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, date_arg, whole_number
from .json_shapes import escalation_json, escalation_report_json, escalation_target_json
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
    p.add_argument("--summary-zh", default="", help="the summary in Chinese")
    p.add_argument("--details-zh", default="", help="the details in Chinese")
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
    p.add_argument("--resolution-zh", help="the resolution in Chinese")
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
    p.add_argument("--resolution-zh", help="the resolution in Chinese")
    p.add_argument(
        "--at",
        metavar="DATETIME",
        help="when it was acknowledged, resolved or closed (default now; the raising side's local time "
        "without an offset)",
    )
    p.set_defaults(handler=cmd_status)

    p = group.add_parser(
        "acknowledge", help="record that the responding side acknowledged an escalation, and when"
    )
    p.add_argument("reference", help="e.g. HL-2016-003")
    p.add_argument(
        "--at",
        metavar="DATETIME",
        help="when it was acknowledged (default now), e.g. 2016-03-01T15:10 (the raising side's local "
        "time) or with an offset; never before it was raised nor after it was resolved",
    )
    p.add_argument("--by", default="", metavar="NAME", help="who acknowledged it (the duty officer)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_acknowledge)

    p = group.add_parser("edit", help="correct or translate an escalation's summary, details or resolution")
    p.add_argument("reference", help="e.g. HL-2016-003")
    for name in ("summary", "details", "resolution"):
        p.add_argument(f"--{name}", help=f"the {name} in English")
        p.add_argument(f"--{name}-zh", help=f"the {name} in Chinese")
    add_json_flag(p)
    p.set_defaults(handler=cmd_edit)

    hours = whole_number(1, 8760)
    p = group.add_parser(
        "targets",
        help="the hours the responding side has to acknowledge and to resolve an escalation, per severity",
        description="Without --severity, list the targets; with it, set that severity's target.",
    )
    p.add_argument("--severity", help="low, medium, high or critical: the target to set")
    p.add_argument("--acknowledge-hours", type=hours, metavar="H", help="hours to acknowledge (1 to 8760)")
    p.add_argument("--resolve-hours", type=hours, metavar="H", help="hours to resolve (1 to 8760)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_targets)

    p = group.add_parser(
        "report",
        help="per responding side: escalations acknowledged and resolved within target, median hours",
        description="The figures of each side are about how that side responded to the escalations the "
        "other side raised over the hotline, from --from to --to (dates the escalations were raised, in the "
        "raising side's local time).",
    )
    p.add_argument(
        "--from", dest="start", type=date_arg, metavar="DATE", help="first day (default: the first)"
    )
    p.add_argument("--to", dest="end", type=date_arg, metavar="DATE", help="last day (default: today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_report)

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
        summary_zh=args.summary_zh,
        details_zh=args.details_zh,
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

    e = set_escalation_status(
        ctx,
        args.reference,
        "resolved",
        resolution=args.resolution,
        resolution_zh=args.resolution_zh,
        at=args.at,
    )
    resolved = e.resolved_at or e.raised_at
    print(
        f"{e.reference} resolved at {_local_instant(resolved, e)} ({resolved.strftime('%Y-%m-%d %H:%M')} UTC)."
    )
    return 0


def cmd_status(args, ctx) -> int:
    from dialogue_planner.services.escalations import set_escalation_status

    e = set_escalation_status(
        ctx,
        args.reference,
        args.status,
        resolution=args.resolution,
        resolution_zh=args.resolution_zh,
        at=args.at,
    )
    print(f"{e.reference} is now {e.status}.")
    return 0


def cmd_agenda(args, ctx) -> int:
    from dialogue_planner.services.escalations import escalation_to_agenda

    e = escalation_to_agenda(ctx, args.reference)
    print(f"{e.reference} is {_agenda_place(e)}.")
    return 0


def cmd_acknowledge(args, ctx) -> int:
    from dialogue_planner.services.escalations import acknowledge_escalation

    e = acknowledge_escalation(ctx, args.reference, at=args.at, by=args.by)
    if args.json:
        emit_json(escalation_json(e))
        return 0
    at = e.acknowledged_at or e.raised_at
    print(
        f"{e.reference} acknowledged at {_local_instant(at, e)} ({at.strftime('%Y-%m-%d %H:%M')} UTC)"
        + (f" by {e.acknowledged_by}" if e.acknowledged_by else "")
        + "."
    )
    return 0


def cmd_edit(args, ctx) -> int:
    from dialogue_planner.services.escalations import TEXT_FIELDS, update_escalation_texts

    texts = {name: getattr(args, name) for name in TEXT_FIELDS}
    if all(value is None for value in texts.values()):
        print("Nothing to change: give a text to correct or translate.")
        return 0
    e = update_escalation_texts(ctx, args.reference, **texts)
    if args.json:
        emit_json(escalation_json(e))
        return 0
    print(f"{e.reference} updated.")
    return 0


def cmd_targets(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.hotline import list_targets, set_target

    if args.severity is None:
        if args.acknowledge_hours is not None or args.resolve_hours is not None:
            raise ValidationError("Say which severity's target to set.")
    else:
        set_target(
            ctx,
            args.severity,
            acknowledge_hours=args.acknowledge_hours,
            resolve_hours=args.resolve_hours,
        )
    targets = list_targets(ctx)
    if args.json:
        emit_json([escalation_target_json(t) for t in targets])
        return 0
    print_table(
        [
            [t.severity, t.acknowledge_hours, t.resolve_hours, "default" if t.is_default else "set"]
            for t in targets
        ],
        ["severity", "acknowledge within (h)", "resolve within (h)", "source"],
    )
    return 0


def cmd_report(args, ctx) -> int:
    from dialogue_planner.services.hotline import escalation_report

    report = escalation_report(ctx, start=args.start, end=args.end)
    if args.json:
        emit_json(escalation_report_json(report))
        return 0
    period = f"{report.start.isoformat() if report.start else 'the first'} to {report.end.isoformat()}"
    print(
        f"Escalations raised from {period}, by the side that must respond (it acknowledges and resolves "
        "what the other side raised)."
    )
    rows = []
    for side, f in report.by_responding_side.items():
        rows.append(
            [
                side,
                f.raised_by,
                f.count,
                f.acknowledged_within_target.text(f.acknowledgement_time_not_recorded),
                f.resolved_within_target.text(f.resolution_time_not_recorded),
                f.median_hours_to_acknowledge.text(),
                f.median_hours_to_resolve.text(),
            ]
        )
    print_table(
        rows,
        [
            "responding side",
            "raised by",
            "escalations",
            "acknowledged within target",
            "resolved within target",
            "median to acknowledge",
            "median to resolve",
        ],
    )
    notes = []
    for side, f in report.by_responding_side.items():
        if f.awaiting_acknowledgement or f.awaiting_resolution:
            notes.append(
                f"{side}: {f.awaiting_acknowledgement} awaiting acknowledgement and "
                f"{f.awaiting_resolution} awaiting resolution within their targets (not counted)."
            )
        if f.acknowledgement_time_not_recorded or f.resolution_time_not_recorded:
            notes.append(
                f"{side}: acknowledgement time not recorded for {f.acknowledgement_time_not_recorded}, "
                f"resolution time for {f.resolution_time_not_recorded} (not counted)."
            )
    for note in notes:
        print(note)
    return 0
