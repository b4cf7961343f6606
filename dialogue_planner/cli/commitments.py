"""``commitments`` and ``activities``: what each meeting left the sides to do, and the dated activities
between meetings (issue 15)."""

from __future__ import annotations

import argparse
from datetime import date

from .framework import add_json_flag, command_group, date_arg, positive_int
from .json_shapes import activity_json, commitment_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "commitments", "what each meeting left the sides to do, tracked to done")

    p = group.add_parser("add", help="record a commitment made at a meeting")
    p.add_argument("--meeting", required=True, type=positive_int, help="the meeting's number")
    p.add_argument("--text", required=True, help="what is to be done (English)")
    p.add_argument("--text-zh", default="", help="the same in Chinese")
    p.add_argument("--owner", required=True, metavar="SIDE", help="the side that owns it (US, CN)")
    p.add_argument("--owner-agency", metavar="ACRONYM", help="an agency of that side")
    p.add_argument("--owner-person", metavar="KEY", help="a delegate (external id, email or id)")
    p.add_argument("--due", required=True, type=date_arg, help="due date, on or after the meeting")
    p.add_argument("--item", type=positive_int, metavar="ID", help="the agenda item it came from")
    p.set_defaults(handler=cmd_add)

    p = group.add_parser("list", help="list commitments by due date")
    p.add_argument("--open", action="store_true", help="only open or in-progress ones")
    p.add_argument("--overdue", action="store_true", help="only overdue ones")
    p.add_argument("--as-of", type=date_arg, metavar="DATE", help="overdue as of this day (default today)")
    p.add_argument("--side", metavar="SIDE", help="only those this side owns")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("update", help="change a commitment's status or due date, add a note or evidence")
    p.add_argument("id", type=positive_int)
    p.add_argument("--status", help="open, in-progress, done or dropped (done needs evidence or a note)")
    p.add_argument("--due", type=date_arg, metavar="DATE")
    p.add_argument("--note", help="a progress note (kept with today's date)")
    p.add_argument("--evidence", help="evidence of completion")
    p.set_defaults(handler=cmd_update)

    group = command_group(sub, "activities", "dated activities between meetings (exercises, seminars, calls)")
    p = group.add_parser("add", help="record an activity between meetings")
    _activity_options(p, adding=True)
    p.set_defaults(handler=cmd_activity_add)

    p = group.add_parser("list", help="list activities by start date")
    p.add_argument("--since", type=date_arg, metavar="DATE", help="starting on or after this day")
    p.add_argument("--until", type=date_arg, metavar="DATE", help="starting on or before this day")
    p.add_argument("--kind", help="only this kind")
    add_json_flag(p)
    p.set_defaults(handler=cmd_activity_list)

    p = group.add_parser("update", help="change an activity, its participants or linked commitments")
    p.add_argument("id", type=positive_int)
    _activity_options(p, adding=False)
    p.set_defaults(handler=cmd_activity_update)


def _activity_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument(
        "--kind",
        required=adding,
        help="tabletop-exercise, expert-seminar, hotline-test, working-level-call or visit",
    )
    p.add_argument("--start", required=adding, type=date_arg, metavar="DATE")
    p.add_argument("--end", type=date_arg, metavar="DATE", help="the last day, for more than one day")
    p.add_argument("--place", default="" if adding else None)
    p.add_argument("--summary-en", default="" if adding else None)
    p.add_argument("--summary-zh", default="" if adding else None)
    p.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="KEY",
        help="a delegate taking part (external id, email or id; repeat for several)",
    )
    p.add_argument(
        "--commitment",
        action="append",
        default=[],
        type=positive_int,
        metavar="ID",
        help="a linked commitment (repeat for several)",
    )
    if not adding:
        p.add_argument("--no-end", action="store_true", help="remove the end date")
        p.add_argument("--remove-participant", action="append", default=[], metavar="KEY")
        p.add_argument("--remove-commitment", action="append", default=[], type=positive_int, metavar="ID")
        p.add_argument(
            "--link-commitment",
            dest="commitment",
            action="extend",
            nargs="+",
            type=positive_int,
            metavar="ID",
            help="link these commitments to the activity",
        )
        p.add_argument(
            "--unlink-commitment",
            dest="remove_commitment",
            action="extend",
            nargs="+",
            type=positive_int,
            metavar="ID",
            help="unlink these commitments from the activity",
        )


def _due(c) -> str:
    return c.due_on.isoformat() if c.due_on else ""


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.commitments import add_commitment

    c = add_commitment(
        ctx,
        args.meeting,
        text=args.text,
        text_zh=args.text_zh,
        owner=args.owner,
        owner_agency=args.owner_agency,
        owner_person=args.owner_person,
        due_on=args.due,
        item_id=args.item,
    )
    print(f"Commitment {c.id} of meeting {c.meeting_number} recorded: {c.owner}, due {_due(c)}.")
    return 0


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.commitments import list_commitments

    as_of = args.as_of or date.today()
    rows = list_commitments(ctx, open_only=args.open, overdue_only=args.overdue, as_of=as_of, side=args.side)
    if args.json:
        emit_json([commitment_json(c, as_of) for c in rows])
        return 0
    print_table(
        [
            [c.id, c.meeting_number, c.owner, _due(c), c.status, c.days_overdue(as_of) or "", c.text[:60]]
            for c in rows
        ],
        ["id", "meeting", "owner", "due", "status", "days overdue", "text"],
    )
    return 0


def cmd_update(args, ctx) -> int:
    from dialogue_planner.services.commitments import update_commitment

    c = update_commitment(
        ctx, args.id, status=args.status, due_on=args.due, note=args.note, evidence=args.evidence
    )
    print(f"Commitment {c.id} is {c.status}, due {_due(c) or 'on no date'}.")
    return 0


def cmd_activity_add(args, ctx) -> int:
    from dialogue_planner.services.activities import add_activity

    a = add_activity(
        ctx,
        kind=args.kind,
        start=args.start,
        end=args.end,
        place=args.place,
        participants=args.participant,
        summary_en=args.summary_en,
        summary_zh=args.summary_zh,
        commitments=args.commitment,
    )
    print(
        f"Activity {a.id} recorded: {a.kind} on {a.start_on.isoformat()}"
        + (
            f" with {len(a.participants)} participant{'s' if len(a.participants) != 1 else ''}"
            if a.participants
            else ""
        )
        + "."
    )
    return 0


def cmd_activity_list(args, ctx) -> int:
    from dialogue_planner.services.activities import list_activities

    rows = list_activities(ctx, since=args.since, until=args.until, kind=args.kind)
    if args.json:
        emit_json([activity_json(a) for a in rows])
        return 0
    print_table(
        [
            [
                a.id,
                a.kind,
                a.start_on.isoformat(),
                a.end_on.isoformat() if a.end_on else "",
                a.place,
                len(a.participants),
                ", ".join(map(str, a.commitment_ids)),
                a.summary_en[:50],
            ]
            for a in rows
        ],
        ["id", "kind", "start", "end", "place", "people", "commitments", "summary"],
    )
    return 0


def cmd_activity_update(args, ctx) -> int:
    from dialogue_planner.services.activities import update_activity

    a = update_activity(
        ctx,
        args.id,
        kind=args.kind,
        start=args.start,
        end=args.end,
        clear_end=args.no_end,
        place=args.place,
        summary_en=args.summary_en,
        summary_zh=args.summary_zh,
        add_participants=args.participant,
        remove_participants=args.remove_participant,
        add_commitments=args.commitment,
        remove_commitments=args.remove_commitment,
    )
    print(f"Activity {a.id} updated: {a.kind} on {a.start_on.isoformat()}.")
    return 0
