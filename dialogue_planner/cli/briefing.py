"""The briefing commands: ``delegation add|list|update|remove`` and ``brief`` (the pack as PDF)."""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, bounded_int, command_group, date_arg, path_arg, positive_int
from .json_shapes import delegation_member_json, translation_check_json
from .output import emit_json, print_table
from .pack_archive import add_archive_commands

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
    # --meeting and --out are required unless an archive command follows (pack_archive.BriefParser)
    p.add_argument("--meeting", type=positive_int, help="meeting number (required)")
    p.add_argument("--out", metavar="FILE.pdf", type=path_arg, help="the PDF to write (required)")
    p.add_argument(
        "--as-of",
        type=date_arg,
        metavar="DATE",
        help="render the pack as of DATE: later requests left out, figures of that day "
        "(default: the meeting's date when it is held, else today)",
    )
    p.add_argument(
        "--paper",
        choices=["letter", "a4"],
        help="paper size (default: the recipient side's paper; the host side's without recipient)",
    )
    p.add_argument(
        "--language",
        choices=["en", "zh", "bilingual"],
        help="language (default: each recipient side's pack language, see brief-defaults; en without recipient)",
    )
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
        "--append-documents",
        action="store_true",
        help="append the attached PDFs to the annex, a bookmark each (other files are listed only)",
    )
    p.add_argument(
        "--internal",
        action="store_true",
        help="a pack for the secretariat's own side: documents kept to one side are printed too "
        "(a numbered copy still shows only what its recipient's side may see)",
    )
    p.add_argument(
        "--check-translation",
        action="store_true",
        help="write no pack: list the printed texts that have no Chinese yet (record, item, field); "
        "exit 1 when any is missing",
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_brief)
    add_archive_commands(p)

    p = sub.add_parser(
        "brief-defaults",
        help="show or set each side's briefing defaults (paper, language, secretariat)",
        description="Show or set the paper and language of the packs issued to a side's delegates, and the "
        "side's secretariat (the contact sheet and the PDF's author). Without --side, both sides are shown.",
    )
    p.add_argument("--side", metavar="CODE", help="the side to show or change (US, CN)")
    p.add_argument("--paper", choices=["letter", "a4"])
    p.add_argument(
        "--language", choices=["en", "zh", "bilingual", "default"], help="'default': the side's own"
    )
    p.add_argument("--secretariat-name", metavar="TEXT")
    p.add_argument("--secretariat-name-zh", metavar="TEXT")
    p.add_argument("--secretariat-phone", metavar="TEXT")
    p.add_argument("--secretariat-email", metavar="EMAIL")
    add_json_flag(p)
    p.set_defaults(handler=cmd_brief_defaults)


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
    from dialogue_planner.domain.briefing import PackLanguage, PackOptions
    from dialogue_planner.domain.vocabulary import PaperSize
    from dialogue_planner.services.briefing import (
        default_paper,
        export_pack,
        issue_copies,
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
        paper=paper,
        language=PackLanguage.parse(args.language or "en", "language"),
        marking=args.marking,
        deterministic=args.deterministic,
        append_documents=args.append_documents,
        internal=args.internal,
    )
    if args.copy_for:
        copies = issue_copies(
            ctx,
            args.meeting,
            args.copy_for,
            options,
            out,
            paper_from_recipient=args.paper is None,
            language_from_recipient=args.language is None,
            replace_missing_glyphs=args.replace_missing_glyphs,
            as_of=args.as_of,
        )
        for c in copies:
            print(
                f"copy {c.record.copy_number} of {c.record.copies_total} for {c.record.recipient_name} "
                f"({c.record.paper}, {c.record.language}): {c.path}"
            )
        if copies:  # the distribution log's line for the run
            r = copies[0].record
            print(f"batch {r.batch}, issued {r.issued_at:%Y-%m-%d %H:%M} UTC by {r.issued_by}; archived")
        return 0
    exported = export_pack(
        ctx, args.meeting, options, out, replace_missing_glyphs=args.replace_missing_glyphs, as_of=args.as_of
    )
    result = exported.rendered
    if result.replaced:
        print(
            f"warning: {len(result.replaced)} field(s) hold characters the font lacks; printed as U+FFFD",
            file=sys.stderr,
        )
    print(f"wrote {out} ({result.pages} pages, {options.paper.value}, {options.language.value})")
    if exported.archived is not None:
        print(f"archived as {exported.archived.id} (batch {exported.archived.batch})")
    return 0


SECRETARIAT_FLAGS = ("secretariat_name", "secretariat_name_zh", "secretariat_phone", "secretariat_email")


def side_defaults_json(d) -> dict:
    return {
        "side": d.code,
        "name_en": d.name_en,
        "name_zh": d.name_zh,
        "paper": d.paper,
        "language": d.language,
        "language_set": d.language_set,
        "secretariat": {
            "name": d.secretariat_name,
            "name_zh": d.secretariat_name_zh,
            "phone": d.secretariat_phone,
            "email": d.secretariat_email,
        },
        "version": d.version,
    }


def cmd_brief_defaults(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.pack_defaults import list_side_defaults, set_side_defaults

    changes = {k: getattr(args, k) for k in ("paper", *SECRETARIAT_FLAGS) if getattr(args, k) is not None}
    if args.language is not None:
        changes["language"] = "" if args.language == "default" else args.language
    if changes and not args.side:
        raise ValidationError("Name the side whose briefing defaults to change.")
    if changes:
        shown = [set_side_defaults(ctx, args.side, **changes)]
    else:
        shown = list_side_defaults(ctx)
        if args.side:
            shown = [d for d in shown if d.code.upper() == args.side.strip().upper()]
            if not shown:
                from dialogue_planner.domain.errors import NotFoundError

                raise NotFoundError(f"The dialogue has no side '{args.side}'.")
    if args.json:
        emit_json([side_defaults_json(d) for d in shown])
        return 0
    rows = [
        [
            d.code,
            d.paper,
            d.language + ("" if d.language_set else " (default)"),
            " ".join(p for p in (d.secretariat_name, d.secretariat_name_zh) if p),
            d.secretariat_phone,
            d.secretariat_email,
        ]
        for d in shown
    ]
    print_table(rows, ["side", "paper", "language", "secretariat", "phone", "email"])
    return 0
