"""Agency commands (admins): add, update, deactivate, reactivate, merge, list; each side's designated official."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, date_arg
from .json_shapes import agency_json, designated_official_json
from .output import emit_json, print_table

ROLES = "lead, co-chair, participant, observer, or none"


def register(sub: argparse._SubParsersAction) -> None:
    agencies = command_group(sub, "agencies", "agencies of both sides")
    p = agencies.add_parser("list", help="list agencies, sub-agencies under their parent")
    p.add_argument(
        "--include-inactive", action="store_true", help="also list deactivated and merged agencies"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_agencies_list)

    p = agencies.add_parser("add", help="add an agency to a side (admins)")
    p.add_argument("--side", required=True, help="side code, e.g. US or CN")
    p.add_argument("--acronym", required=True)
    p.add_argument("--name-en", required=True, help="English name")
    p.add_argument("--name-zh", default="", help="Chinese name")
    p.add_argument("--parent", help="the parent agency's acronym (same side)")
    p.add_argument("--role", default="", help=f"role in the dialogue: {ROLES}")
    p.add_argument(
        "--kind",
        default="agency",
        help="ministry, department, bureau, office, community, agency or other (default agency)",
    )
    p.set_defaults(handler=cmd_agencies_add)

    p = agencies.add_parser("update", help="rename an agency, change its acronym, parent or role (admins)")
    p.add_argument("agency", help="acronym, or SIDE:ACRONYM")
    p.add_argument("--acronym")
    p.add_argument("--name-en", help="English name")
    p.add_argument("--name-zh", help="Chinese name (empty clears it)")
    p.add_argument("--parent", help="the parent agency's acronym; 'none' makes it a top-level agency")
    p.add_argument("--role", help=f"role in the dialogue: {ROLES}")
    p.add_argument("--kind", help="ministry, department, bureau, office, community, agency or other")
    p.set_defaults(handler=cmd_agencies_update)

    p = agencies.add_parser("deactivate", help="deactivate an agency, keeping it and its history (admins)")
    p.add_argument("agency", help="acronym, or SIDE:ACRONYM")
    p.add_argument("--with-delegates", action="store_true", help="deactivate its active delegates too")
    p.set_defaults(handler=cmd_agencies_deactivate)

    p = agencies.add_parser("reactivate", help="make a deactivated agency active again (admins)")
    p.add_argument("agency", help="acronym, or SIDE:ACRONYM")
    p.set_defaults(handler=cmd_agencies_reactivate)

    p = agencies.add_parser(
        "merge",
        help="move an agency's delegates and references to another of its side, then deactivate it (admins)",
    )
    p.add_argument("agency", help="the agency merged away: acronym, or SIDE:ACRONYM")
    p.add_argument("--into", required=True, help="the agency that takes its delegates and references")
    p.set_defaults(handler=cmd_agencies_merge)

    p = agencies.add_parser(
        "lead", help="record the official who leads a side in the dialogue from a date (admins)"
    )
    p.add_argument("--side", required=True, help="side code, e.g. CN")
    p.add_argument("--delegate", required=True, help="the delegate: external id, email or id")
    p.add_argument("--from", dest="from_on", type=date_arg, required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="to_on", type=date_arg, help="last day (default: until another is recorded)")
    p.set_defaults(handler=cmd_agencies_lead)

    p = agencies.add_parser("leads", help="the designated officials of the sides, period by period")
    p.add_argument("--side", help="only this side")
    add_json_flag(p)
    p.set_defaults(handler=cmd_agencies_leads)


def cmd_agencies_list(args, ctx) -> int:
    from dialogue_planner.services.agencies import current_officials, delegate_counts, list_agencies

    agencies = list_agencies(ctx, include_inactive=args.include_inactive)
    everyone = {a.id: a for a in list_agencies(ctx)}  # parents and merge targets, whether listed or not
    counts = delegate_counts(ctx)
    officials = current_officials(ctx)

    def official(a):
        return officials.get(a.side_code) if a.dialogue_role == "lead" and a.active else None

    if args.json:
        emit_json([agency_json(a, everyone, counts.get(a.id, (0, 0))[0], official(a)) for a in agencies])
        return 0
    listed = {a.id for a in agencies}

    def depth(a) -> int:
        return 0 if a.parent_id not in listed else 1 + depth(everyone[a.parent_id])

    def status(a) -> str:
        if a.active:
            return ""
        merged = everyone.get(a.merged_into_id)
        return f"merged into {merged.acronym}" if merged else "inactive"

    rows = []
    for a in agencies:
        lead = official(a)
        role = a.dialogue_role + (f" ({lead.name})" if lead else "")
        rows.append(
            [
                a.side_code,
                "  " * depth(a) + a.acronym,
                a.name_en,
                a.name_zh,
                role,
                counts.get(a.id, (0, 0))[0],
            ]
            + ([status(a)] if args.include_inactive else [])
        )
    print_table(
        rows,
        ["side", "agency", "name", "中文名称", "role", "delegates"]
        + (["status"] if args.include_inactive else []),
    )
    return 0


def cmd_agencies_add(args, ctx) -> int:
    from dialogue_planner.services.agencies import add_agency

    a = add_agency(
        ctx,
        side=args.side,
        acronym=args.acronym,
        name_en=args.name_en,
        name_zh=args.name_zh,
        parent=args.parent,
        role=args.role,
        kind=args.kind,
    )
    print(f"Added agency {a.side_code}:{a.acronym} ({a.name_en}).")
    return 0


def cmd_agencies_update(args, ctx) -> int:
    from dialogue_planner.services.agencies import update_agency

    changes = {
        key: value
        for key, value in {
            "acronym": args.acronym,
            "name_en": args.name_en,
            "name_zh": args.name_zh,
            "parent": args.parent,
            "role": args.role,
            "kind": args.kind,
        }.items()
        if value is not None
    }
    if not changes:
        from dialogue_planner.domain.errors import ValidationError

        raise ValidationError(
            "Nothing to change: give at least one of --acronym, --name-en, --name-zh, --parent, "
            "--role, --kind."
        )
    a = update_agency(ctx, args.agency, **changes)
    print(f"Updated agency {a.side_code}:{a.acronym} ({a.name_en}).")
    return 0


def cmd_agencies_deactivate(args, ctx) -> int:
    from dialogue_planner.services.agencies import deactivate_agency

    a = deactivate_agency(ctx, args.agency, with_delegates=args.with_delegates)
    print(f"Agency {a.side_code}:{a.acronym} is now inactive (kept with its history).")
    return 0


def cmd_agencies_reactivate(args, ctx) -> int:
    from dialogue_planner.services.agencies import reactivate_agency

    a = reactivate_agency(ctx, args.agency)
    print(f"Agency {a.side_code}:{a.acronym} is active again.")
    return 0


def cmd_agencies_merge(args, ctx) -> int:
    from dialogue_planner.services.agencies import merge_agencies

    m = merge_agencies(ctx, args.agency, args.into)
    moved = ", ".join(
        f"{n} {name.replace('_', ' ')} reference(s)" for name, n in sorted(m.references.items())
    )
    print(
        f"Merged {m.merged.side_code}:{m.merged.acronym} into {m.into.acronym}: {m.delegates} delegate(s) moved"
        + (f", {moved}" if moved else "")
        + f"; {m.merged.acronym} is now inactive."
    )
    return 0


def cmd_agencies_lead(args, ctx) -> int:
    from dialogue_planner.services.agencies import designate_official

    o = designate_official(
        ctx, side=args.side, delegate=args.delegate, from_on=args.from_on, to_on=args.to_on
    )
    until = o.to_on.isoformat() if o.to_on else "until another is recorded"
    print(f"{o.name} ({o.agency_acronym}) leads side {o.side_code} from {o.from_on.isoformat()}, {until}.")
    return 0


def cmd_agencies_leads(args, ctx) -> int:
    from dialogue_planner.services.agencies import designated_officials

    officials = designated_officials(ctx, args.side)
    if args.json:
        emit_json([designated_official_json(o) for o in officials])
        return 0
    print_table(
        [
            [
                o.side_code,
                o.name,
                o.agency_acronym,
                o.from_on.isoformat(),
                o.to_on.isoformat() if o.to_on else "",
            ]
            for o in officials
        ],
        ["side", "official", "agency", "from", "to"],
    )
    return 0
