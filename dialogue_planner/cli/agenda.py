"""``agenda``: each meeting's items, their outcomes, moves; and ``meetings close`` with carry-over."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, date_arg, positive_int
from .json_shapes import agenda_item_json, carry_over_json, running_order_entry_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "agenda", "the agenda of each meeting and what is carried over")

    p = group.add_parser("add", help="add an item to an open meeting's agenda")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--title", required=True)
    p.add_argument("--title-zh", default="", help="the title in Chinese")
    p.add_argument("--source", default="proposal", help="standing, escalation, request or proposal (default)")
    p.add_argument("--owner", metavar="SIDE", help="the side that owns the item")
    p.add_argument("--owner-agency", metavar="ACRONYM")
    p.add_argument("--note", "--briefing-note", dest="note", default="", help="briefing note")
    p.add_argument("--briefing-note-zh", default="", help="the briefing note in Chinese")
    p.add_argument("--request", action="append", default=[], metavar="REFERENCE", help="a linked request")
    p.add_argument(
        "--escalation", action="append", default=[], metavar="REFERENCE", help="a linked escalation"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_add)

    p = group.add_parser("list", help="a meeting's agenda in order, with carry-over counts")
    p.add_argument("--meeting", required=True, type=positive_int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("standing", help="put the dialogue's standing items on a meeting's agenda")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.set_defaults(handler=cmd_standing)

    p = group.add_parser("discussed", help="mark an item discussed (it will be carried over if not resolved)")
    p.add_argument("id", type=positive_int)
    p.set_defaults(handler=cmd_discussed)

    p = group.add_parser("resolve", help="resolve an item with its outcome")
    p.add_argument("id", type=positive_int)
    p.add_argument("--outcome", required=True)
    p.add_argument("--outcome-zh", default="", help="the outcome in Chinese")
    p.set_defaults(handler=cmd_resolve)

    p = group.add_parser(
        "edit", help="change an item's texts: title, briefing note, outcome, each in Chinese too"
    )
    p.add_argument("id", type=positive_int)
    p.add_argument("--title")
    p.add_argument("--title-zh", help="the title in Chinese (an empty value clears it)")
    p.add_argument("--note", "--briefing-note", dest="note", help="briefing note")
    p.add_argument("--briefing-note-zh", help="the briefing note in Chinese")
    p.add_argument("--outcome")
    p.add_argument("--outcome-zh", help="the outcome in Chinese")
    add_json_flag(p)
    p.set_defaults(handler=cmd_edit)

    p = group.add_parser("withdraw", help="withdraw an item, with the reason")
    p.add_argument("id", type=positive_int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_withdraw)

    p = group.add_parser("move", help="move an unresolved item to another open meeting (or --copy it)")
    p.add_argument("id", type=positive_int)
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--copy", action="store_true", help="copy it as a new item instead of moving it")
    p.set_defaults(handler=cmd_move)

    p = group.add_parser("action", help="add an action item to an agenda item")
    p.add_argument("id", type=positive_int)
    p.add_argument("--description", required=True)
    p.add_argument("--owner", metavar="SIDE")
    p.add_argument("--owner-agency", metavar="ACRONYM")
    p.add_argument("--due", type=date_arg)
    p.set_defaults(handler=cmd_action)

    p = group.add_parser("update", help="set an item's lead speaker and time slot in the running order")
    p.add_argument("id", type=positive_int)
    p.add_argument(
        "--lead",
        metavar="KEY",
        help="the delegate who leads the item (external id, email or id); 'none' clears it",
    )
    p.add_argument("--start", type=time_arg, metavar="HH:MM", help="local start time in the meeting's zone")
    p.add_argument("--minutes", type=positive_int, help="length of the slot in minutes")
    p.add_argument("--day", type=positive_int, help="day of the meeting, 1 for its first (default 1)")
    p.add_argument("--clear-slot", action="store_true", help="remove the item's time slot")
    p.set_defaults(handler=cmd_update)

    p = group.add_parser(
        "running-order", help="a meeting's running order: leads and times in both sides' zones"
    )
    p.add_argument("--meeting", required=True, type=positive_int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_running_order)

    meetings = command_group(sub, "meetings", "the dialogue's meetings (rounds)")
    p = meetings.add_parser(
        "close", help="mark a meeting held and carry its unresolved items to the next one"
    )
    p.add_argument("number", type=positive_int)
    p.add_argument("--preview", action="store_true", help="only show what would be carried")
    add_json_flag(p)
    p.set_defaults(handler=cmd_close)


def time_arg(text: str):
    from datetime import time

    try:
        value = time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time: use HH:MM, e.g. 09:30") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"'{text}' names a zone: give the meeting's local time as HH:MM")
    return value


def cmd_update(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.running_order import set_item_slot

    changes = {
        key: value
        for key, value in {
            "lead": args.lead,
            "start": args.start,
            "minutes": args.minutes,
            "day": args.day,
        }.items()
        if value is not None
    }
    if not changes and not args.clear_slot:
        raise ValidationError(
            "Nothing to change: give --lead, --start with --minutes, --day or --clear-slot."
        )
    entry = set_item_slot(ctx, args.id, clear_slot=args.clear_slot, **changes)
    when = "; ".join(t.describe() for t in entry.times) or "no time slot"
    lead = entry.lead_name or "no lead speaker"
    print(f"Item {entry.item_id}: {lead}; {when}.")
    return 0


def cmd_running_order(args, ctx) -> int:
    from dialogue_planner.services.running_order import running_order

    entries = running_order(ctx, args.meeting)
    if args.json:
        emit_json([running_order_entry_json(e) for e in entries])
        return 0
    codes = next(([t.side_code for t in e.times] for e in entries if e.times), [])
    rows = []
    for e in entries:
        by_side = {t.side_code: t for t in e.times}
        cells = [
            f"{by_side[c].start:%m-%d %H:%M}-{by_side[c].end:%H:%M}" if c in by_side else "" for c in codes
        ]
        rows.append(
            [
                e.position,
                e.item_id,
                *cells,
                e.minutes or "",
                e.title[:50],
                e.lead_name,
                ", ".join(map(str, e.clashes_with)),
            ]
        )
    print_table(rows, ["#", "id", *codes, "min", "title", "lead", "clashes with"])
    return 0


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.agenda import add_item

    item = add_item(
        ctx,
        meeting=args.meeting,
        title=args.title,
        source=args.source,
        owner=args.owner,
        owner_agency=args.owner_agency,
        briefing_note=args.note,
        title_zh=args.title_zh,
        briefing_note_zh=args.briefing_note_zh,
        requests=args.request,
        escalations=args.escalation,
    )
    if args.json:
        emit_json(agenda_item_json(item))
        return 0
    print(f"Added item {item.id} to meeting {item.meeting_number} at position {item.position}.")
    return 0


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.agenda import list_items

    items = list_items(ctx, args.meeting)
    if args.json:
        emit_json([agenda_item_json(i) for i in items])
        return 0
    print_table(
        [
            [
                i.position,
                i.id,
                i.title[:60],
                i.source,
                i.owner_side,
                i.status,
                i.first_raised_meeting_number,
                i.times_carried or "",
                (i.outcome or i.withdraw_reason)[:40],
            ]
            for i in items
        ],
        ["#", "id", "title", "source", "owner", "status", "first raised", "carried", "outcome"],
    )
    return 0


def cmd_standing(args, ctx) -> int:
    from dialogue_planner.services.agenda import add_standing_items

    added = add_standing_items(ctx, args.meeting)
    print(
        f"{added} standing item(s) added to meeting {args.meeting}."
        if added
        else f"Meeting {args.meeting} already has every standing item."
    )
    return 0


def cmd_discussed(args, ctx) -> int:
    from dialogue_planner.services.agenda import set_item_status

    item = set_item_status(ctx, args.id, "discussed")
    print(f"Item {item.id} marked discussed.")
    return 0


def cmd_resolve(args, ctx) -> int:
    from dialogue_planner.services.agenda import resolve_item

    item = resolve_item(ctx, args.id, args.outcome, args.outcome_zh)
    print(f"Item {item.id} resolved.")
    return 0


def cmd_edit(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.agenda import edit_item

    texts = {
        "title": args.title,
        "title_zh": args.title_zh,
        "briefing_note": args.note,
        "briefing_note_zh": args.briefing_note_zh,
        "outcome": args.outcome,
        "outcome_zh": args.outcome_zh,
    }
    given = {key: value for key, value in texts.items() if value is not None}
    if not given:
        raise ValidationError("Nothing to change: give a new title, briefing note or outcome.")
    item = edit_item(ctx, args.id, **given)
    if args.json:
        emit_json(agenda_item_json(item))
        return 0
    print(f"Item {item.id} updated: {', '.join(k.replace('_', ' ') for k in given)}.")
    return 0


def cmd_withdraw(args, ctx) -> int:
    from dialogue_planner.services.agenda import withdraw_item

    item = withdraw_item(ctx, args.id, args.reason)
    print(f"Item {item.id} withdrawn.")
    return 0


def cmd_move(args, ctx) -> int:
    from dialogue_planner.services.agenda import move_item

    item = move_item(ctx, args.id, args.meeting, copy=args.copy)
    verb = "Copied" if args.copy else "Moved"
    print(f"{verb} to meeting {item.meeting_number} as item {item.id}.")
    return 0


def cmd_action(args, ctx) -> int:
    from dialogue_planner.services.agenda import add_action

    item = add_action(
        ctx,
        args.id,
        description=args.description,
        owner=args.owner,
        owner_agency=args.owner_agency,
        due_on=args.due,
    )
    print(f"Action {item.actions[-1].id} added to item {item.id}.")
    return 0


def cmd_close(args, ctx) -> int:
    from dialogue_planner.services.agenda import close_meeting, preview_close

    result = preview_close(ctx, args.number) if args.preview else close_meeting(ctx, args.number)
    if args.json:
        emit_json({**carry_over_json(result), "preview": args.preview})
        return 0
    if result.already_closed:
        print(f"Meeting {result.meeting_number} was already closed; nothing carried.")
        return 0
    verb = "would carry" if args.preview else "carried"
    head = f"Meeting {result.meeting_number} {'would be' if args.preview else 'is'} closed" + (
        " and marked held" if result.marked_held else ""
    )
    if not result.moved:
        print(f"{head}; nothing unresolved to carry.")
        return 0
    print(f"{head}; {verb} {len(result.moved)} item(s) to meeting {result.target_meeting_number}:")
    for carry in result.moved:
        print(f"  item {carry.item_id}: {carry.title} (carried {carry.times_carried}x)")
    return 0
