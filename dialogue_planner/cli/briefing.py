"""The briefing commands: ``delegation add|list|update|remove`` and ``brief`` (the pack as PDF)."""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, bounded_int, command_group, path_arg, positive_int
from .json_shapes import delegation_member_json, translation_check_json
from .output import emit_json, print_table

ROLES = ["co-chair", "head", "member", "expert", "interpreter", "note-taker"]


def register(sub: argparse._SubParsersAction) -> None:
    delegation = command_group(sub, "delegation", "who attends a meeting, in which role")
    p = delegation.add_parser("add", help="put a delegate on a meeting's delegation")
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    p.add_argument(
        "--delegate", required=True, metavar="KEY", help="external id, else email, else numeric id"
    )
    p.add_argument("--role", choices=ROLES, default="member")
    p.add_argument("--position", type=bounded_int, help="place in the list (default: last)")
    p.set_defaults(handler=cmd_delegation_add)

    p = delegation.add_parser("list", help="both delegations of a meeting")
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    add_json_flag(p)
    p.set_defaults(handler=cmd_delegation_list)

    p = delegation.add_parser("update", help="change a member's role, attendance or stand-in")
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    p.add_argument("--delegate", required=True, metavar="KEY")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--position", type=bounded_int)
    attendance = p.add_mutually_exclusive_group()
    attendance.add_argument("--attended", dest="attended", action="store_const", const=True)
    attendance.add_argument("--absent", dest="attended", action="store_const", const=False)
    p.add_argument("--represented-by", metavar="KEY", help="who stands in for an absent member ('' to clear)")
    p.set_defaults(handler=cmd_delegation_update, attended=None)

    p = delegation.add_parser("remove", help="take a delegate off a meeting's delegation")
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    p.add_argument("--delegate", required=True, metavar="KEY")
    p.set_defaults(handler=cmd_delegation_remove)

    p = sub.add_parser(
        "brief",
        help="write a meeting's briefing pack as PDF",
        description="Write a meeting's briefing pack as PDF. With --copy-for, one numbered copy "
        "per recipient is written beside FILE and recorded in the distribution log.",
    )
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    p.add_argument("--out", metavar="FILE.pdf", type=path_arg, help="the PDF to write (required for a pack)")
    p.add_argument(
        "--paper",
        choices=["letter", "a4"],
        help="paper size (default: the recipient side's paper; the host side's without recipient)",
    )
    p.add_argument("--language", choices=["en", "zh", "bilingual"], default="en")
    p.add_argument("--marking", default="", metavar="TEXT", help="handling marking printed on every page")
    p.add_argument(
        "--copy-for",
        nargs="+",
        action="extend",
        metavar="KEY",
        default=[],
        help="recipients of numbered copies (delegate keys)",
    )
    p.add_argument(
        "--replace-missing-glyphs",
        action="store_true",
        help="print characters the font lacks as U+FFFD instead of refusing",
    )
    p.add_argument("--deterministic", action="store_true", help="byte-identical output for identical data")
    p.add_argument(
        "--check-translation",
        action="store_true",
        help="write no pack: list the printed texts that have no Chinese yet (record, item, field); "
        "exit 1 when any is missing",
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_brief)


def _member_id(ctx, meeting: int, key: str):
    from dialogue_planner.domain.errors import NotFoundError
    from dialogue_planner.services.delegation import list_members

    wanted = key.strip()
    for m in list_members(ctx, meeting):
        if wanted in (m.delegate_key, str(m.delegate_id)) or (
            m.delegate_key and wanted.lower() == m.delegate_key.lower()
        ):
            return m
    raise NotFoundError(f"'{key}' is not on the delegation of meeting {meeting}.")


def cmd_delegation_add(args, ctx) -> int:
    from dialogue_planner.services.delegation import add_member

    m = add_member(ctx, meeting=args.meeting, delegate=args.delegate, role=args.role, position=args.position)
    print(f"added {m.name} ({m.side_code} {m.agency_acronym}) as {m.role} to meeting {args.meeting}")
    return 0


def cmd_delegation_list(args, ctx) -> int:
    from dialogue_planner.services.delegation import list_members

    members = list_members(ctx, args.meeting)
    if args.json:
        emit_json([delegation_member_json(m) for m in members])
        return 0
    rows = []
    for m in members:
        attendance = {True: "attended", False: "absent", None: ""}[m.attended]
        if m.represented_by:
            attendance = f"absent, represented by {m.represented_by}"
        rows.append(
            [
                m.side_code,
                m.name + (f" {m.native_name}" if m.native_name else ""),
                m.agency_acronym,
                m.role,
                attendance,
                m.delegate_key,
            ]
        )
    print_table(rows, ["side", "name", "agency", "role", "attendance", "key"])
    return 0


def cmd_delegation_update(args, ctx) -> int:
    from dialogue_planner.services.delegation import update_member

    member = _member_id(ctx, args.meeting, args.delegate)
    changes = {}
    if args.attended is not None:
        changes["attended"] = args.attended
    if args.represented_by is not None:
        changes["represented_by"] = args.represented_by or None
    m = update_member(
        ctx, member.id, expected_version=member.version, role=args.role, position=args.position, **changes
    )
    print(
        f"updated {m.name} at meeting {args.meeting}: {m.role}"
        + (f", represented by {m.represented_by}" if m.represented_by else "")
    )
    return 0


def cmd_delegation_remove(args, ctx) -> int:
    from dialogue_planner.services.delegation import remove_member

    member = _member_id(ctx, args.meeting, args.delegate)
    remove_member(ctx, member.id, expected_version=member.version)
    print(f"removed {member.name} from meeting {args.meeting}")
    return 0


def _check_translation(args, ctx) -> int:
    """Exit 0 when every printed text has its Chinese, 1 when any is missing (each listed)."""
    from dialogue_planner.services.translation_check import check_translation

    result = check_translation(ctx, args.meeting)
    if args.json:
        emit_json(translation_check_json(result))
        return 0 if result.complete else 1
    if result.complete:
        print(f"Meeting {result.meeting}: every one of the {result.texts} printed texts has its Chinese.")
        return 0
    print_table(
        [[t.kind, t.label, t.field, t.english.replace("\n", " ")[:60]] for t in result.missing],
        ["record", "item", "field", "English"],
    )
    print(
        f"Meeting {result.meeting}: {len(result.missing)} of {result.texts} printed texts have no Chinese; "
        "the Chinese pack prints their English, marked untranslated."
    )
    return 1


def cmd_brief(args, ctx) -> int:
    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.domain.vocabulary import PaperSize
    from dialogue_planner.services.briefing import (
        default_paper,
        issue_copies,
        render_meeting_pack,
        write_file,
    )

    if args.check_translation:
        return _check_translation(args, ctx)
    out = args.out
    if out is None:
        print(
            "brief: error: give the file to write with --out FILE.pdf, or --check-translation "
            "(see 'brief --help')",
            file=sys.stderr,
        )
        return 2
    paper = PaperSize.parse(args.paper or default_paper(ctx, args.meeting), "paper size")
    options = PackOptions(
        paper=paper, language=args.language, marking=args.marking, deterministic=args.deterministic
    )
    if args.copy_for:
        copies = issue_copies(
            ctx,
            args.meeting,
            args.copy_for,
            options,
            out,
            paper_from_recipient=args.paper is None,
            replace_missing_glyphs=args.replace_missing_glyphs,
        )
        for c in copies:
            print(
                f"copy {c.record.copy_number} of {c.record.copies_total} for {c.record.recipient_name}: {c.path}"
            )
        return 0
    result = render_meeting_pack(
        ctx, args.meeting, options, replace_missing_glyphs=args.replace_missing_glyphs
    )
    write_file(out, result.pdf)
    if result.replaced:
        print(
            f"warning: {len(result.replaced)} field(s) hold characters the font lacks; printed as U+FFFD",
            file=sys.stderr,
        )
    print(f"wrote {out} ({result.pages} pages, {options.paper.value}, {options.language.value})")
    return 0
