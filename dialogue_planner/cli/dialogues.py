"""``dialogues``: the mechanisms one database holds (list, add, use, end, cadence, hand-over)."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, date_arg, whole_number
from .json_shapes import dialogue_json, hand_over_json
from .output import emit_json, print_table

per_year_arg = whole_number(1, 2)


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "dialogues", "the dialogues (mechanisms) this database holds")
    p = group.add_parser("list", help="list the dialogues; 'current' marks the one commands work on")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("add", help="add a dialogue between the same two sides (admin); it becomes current")
    p.add_argument("--name-en", required=True)
    p.add_argument("--name-zh", default="")
    p.add_argument("--code", required=True, help="what --dialogue names it by, e.g. LECD")
    p.add_argument("--established", type=date_arg, required=True)
    p.add_argument("--meetings-per-year", type=per_year_arg, default=2, help="1 or 2 (default 2)")
    p.add_argument("--first-by", type=date_arg, help="the day the first meeting is due by")
    p.set_defaults(handler=cmd_add)

    p = group.add_parser(
        "use", help="work on the dialogue CODE from now on (your default for later commands)"
    )
    p.add_argument("code")
    p.set_defaults(handler=cmd_use)

    p = group.add_parser("end", help="end the dialogue CODE on a date, naming its successor (admin)")
    p.add_argument("code")
    p.add_argument("--on", type=date_arg, required=True, help="the last day of the dialogue")
    p.add_argument("--successor", metavar="CODE", help="the dialogue that replaces it")
    p.set_defaults(handler=cmd_end)

    p = group.add_parser("cadence", help="from a date on, the dialogue CODE meets K times a year")
    p.add_argument("code")
    p.add_argument("--from", dest="from_on", type=date_arg, required=True)
    p.add_argument("--meetings-per-year", type=per_year_arg, required=True, help="1 or 2")
    p.set_defaults(handler=cmd_cadence)

    p = group.add_parser(
        "hand-over",
        help="pass what the ended dialogue CODE has open to its successor: its "
        "unsettled agenda items (to the successor's next planned meeting, "
        "with their open action items), open requests and escalations",
    )
    p.add_argument("code")
    p.add_argument("--dry-run", action="store_true", help="list what would pass, change nothing")
    add_json_flag(p)
    p.set_defaults(handler=cmd_hand_over)


def _line(d) -> str:
    life = f"established {d.established_on.isoformat()}"
    if d.ended_on:
        life += f", ended {d.ended_on.isoformat()}" + (f", succeeded by {d.successor}" if d.successor else "")
    return f"{d.code}: {d.name_en} ({life}; {d.meetings_per_year} meeting(s) a year)"


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.dialogues import list_dialogues

    rows = list_dialogues(ctx)
    if args.json:
        emit_json([dialogue_json(d) for d in rows])
        return 0
    print_table(
        [
            [
                "*" if d.current else "",
                d.code,
                d.name_en,
                d.established_on.isoformat(),
                d.ended_on.isoformat() if d.ended_on else "",
                d.successor or "",
                str(d.meetings_per_year),
            ]
            for d in rows
        ],
        ["current", "code", "name", "established", "ended", "successor", "per year"],
    )
    return 0


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.dialogues import add_dialogue

    d = add_dialogue(
        ctx,
        name_en=args.name_en,
        name_zh=args.name_zh,
        code=args.code,
        established_on=args.established,
        meetings_per_year=args.meetings_per_year,
        first_by=args.first_by,
    )
    print(f"Added {_line(d)}; it is now your current dialogue.")
    return 0


def cmd_use(args, ctx) -> int:
    from dialogue_planner.services.dialogues import choose_dialogue

    d = choose_dialogue(ctx, args.code)
    print(f"Working on {_line(d)}.")
    return 0


def cmd_end(args, ctx) -> int:
    from dialogue_planner.services.dialogues import end_dialogue

    d = end_dialogue(ctx, args.code, on=args.on, successor=args.successor)
    print(f"Ended {_line(d)}.")
    return 0


def cmd_cadence(args, ctx) -> int:
    from dialogue_planner.services.dialogues import set_cadence

    d = set_cadence(ctx, args.code, from_on=args.from_on, meetings_per_year=args.meetings_per_year)
    steps = ", ".join(f"{s.per_year} a year from {s.from_on.isoformat()}" for s in d.cadence)
    print(f"{d.code} meets {d.meetings_per_year} time(s) a year now" + (f" ({steps})." if steps else "."))
    return 0


def cmd_hand_over(args, ctx) -> int:
    from dialogue_planner.services.dialogues import hand_over

    h = hand_over(ctx, args.code, dry_run=args.dry_run)
    if args.json:
        emit_json(hand_over_json(h))
        return 0
    verb = "Handed over" if h.applied else "Would hand over"
    print(f"{verb} from {h.from_code} to {h.to_code}:" + ("" if not h.empty else " nothing is open."))
    for i in h.agenda_items:
        actions = f", {i.open_actions} open action item(s)" if i.open_actions else ""
        print(
            f"  agenda item {i.item_id} (meeting {i.meeting}): {i.title}{actions}"
            + (f" -> meeting {h.target_meeting}" if h.target_meeting else " (no planned meeting to take it)")
        )
    for ref in h.requests:
        print(f"  request {ref}")
    for ref in h.escalations:
        print(f"  escalation {ref}")
    return 0
