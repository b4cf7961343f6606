"""``hotline``: the hotline's contact points, who answers it for each side and when."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, date_arg, positive_int
from .json_shapes import contact_point_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "hotline", "the hotline: who answers it for each side")
    contacts = group.add_parser("contacts", help="the hotline's contact points of each side")
    commands = contacts.add_subparsers(dest="contacts_command", metavar="COMMAND", required=True)

    p = commands.add_parser("list", help="list the contact points, by side")
    p.add_argument("--side", help="only this side's (US, CN)")
    p.add_argument("--on", type=date_arg, metavar="DATE", help="only those on duty on this date")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("add", help="add a contact point: a delegate or a name")
    p.add_argument("--side", required=True, help="the side it answers for (US, CN)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--delegate", metavar="KEY", help="a delegate: external id, else email, else id")
    who.add_argument("--name", metavar="N", help="a name, e.g. a duty desk")
    p.add_argument("--name-zh", default="", help="the name in Chinese")
    p.add_argument("--role", default="", metavar="R", help="e.g. duty officer")
    p.add_argument("--role-zh", default="", help="the role in Chinese")
    p.add_argument("--phone", default="", metavar="P")
    p.add_argument("--email", default="", metavar="E")
    p.add_argument("--hours", default="", metavar="H", help="hours of duty, e.g. 24/7 or 08:00-18:00 Beijing")
    p.add_argument("--hours-zh", default="", help="the hours of duty in Chinese")
    p.add_argument("--from", dest="from_on", type=date_arg, metavar="DATE", help="on duty from this date")
    p.add_argument("--to", dest="to_on", type=date_arg, metavar="DATE", help="on duty until this date")
    add_json_flag(p)
    p.set_defaults(handler=cmd_add)

    p = commands.add_parser("remove", help="remove a contact point")
    p.add_argument("id", type=positive_int, help="its id (see 'hotline contacts list')")
    p.set_defaults(handler=cmd_remove)


def _dates(c) -> str:
    if c.from_on is None and c.to_on is None:
        return ""
    return f"{c.from_on.isoformat() if c.from_on else '…'} to {c.to_on.isoformat() if c.to_on else '…'}"


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.hotline import list_contact_points

    points = list_contact_points(ctx, args.side, on=args.on)
    if args.json:
        emit_json([contact_point_json(c) for c in points])
        return 0
    print_table(
        [
            [
                c.id,
                c.side,
                f"{c.name} ({c.agency})" if c.agency else c.name,
                c.role,
                c.phone,
                c.email,
                c.hours,
                _dates(c),
            ]
            for c in points
        ],
        ["id", "side", "who", "role", "phone", "e-mail", "hours of duty", "dates"],
    )
    return 0


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.hotline import add_contact_point

    c = add_contact_point(
        ctx,
        side=args.side,
        delegate=args.delegate,
        name=args.name,
        name_zh=args.name_zh,
        role=args.role,
        role_zh=args.role_zh,
        phone=args.phone,
        email=args.email,
        hours=args.hours,
        hours_zh=args.hours_zh,
        from_on=args.from_on,
        to_on=args.to_on,
    )
    if args.json:
        emit_json(contact_point_json(c))
        return 0
    print(f"Added contact point {c.id} of {c.side}: {c.name}.")
    return 0


def cmd_remove(args, ctx) -> int:
    from dialogue_planner.services.hotline import remove_contact_point

    c = remove_contact_point(ctx, args.id)
    print(f"Removed contact point {c.id} of {c.side}: {c.name}.")
    return 0
