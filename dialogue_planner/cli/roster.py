"""Roster commands: import, export, undo and history; agencies and delegates lists and edits."""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, command_group, path_arg, positive_int
from .json_shapes import import_result_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    roster = command_group(sub, "roster", "import and export both sides' rosters")
    p = roster.add_parser(
        "import",
        help="import delegates from a CSV or XLSX roster file",
        description="Read a roster file, check every row and apply it in one transaction. "
        "Nothing changes when a row or the file is invalid (exit status 1), "
        "unless --skip-invalid is given.",
    )
    p.add_argument("file", type=path_arg)
    p.add_argument("--sheet", help="worksheet of an XLSX file (default: the first)")
    p.add_argument("--header-row", type=positive_int, help="row number of the header (default: found)")
    p.add_argument("--mapping", help="a column mapping saved by name in the import wizard")
    p.add_argument(
        "--mode",
        choices=["update", "replace"],
        default="update",
        help="update: add and change; replace: also deactivate the agency's delegates the file leaves out",
    )
    p.add_argument(
        "--agency",
        help="the agency the file is for (acronym, or SIDE:ACRONYM): rows of other "
        "agencies (but its sub-agencies) are refused; replace needs it when the file "
        "names several agencies",
    )
    p.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    p.add_argument(
        "--create-agencies",
        action="store_true",
        help="create the agencies the file names that do not exist yet, with the names it gives "
        "(in the same transaction; undoing the import removes them again)",
    )
    p.add_argument("--skip-invalid", action="store_true", help="apply the valid rows and report the others")
    add_json_flag(p)
    p.set_defaults(handler=cmd_roster_import)

    p = roster.add_parser(
        "export", help="write the roster to FILE.csv or FILE.xlsx (the import template's columns)"
    )
    p.add_argument("file", type=path_arg)
    p.add_argument("--include-inactive", action="store_true", help="also export deactivated delegates")
    p.set_defaults(handler=cmd_roster_export)

    p = roster.add_parser("undo", help="undo the last roster import")
    p.set_defaults(handler=cmd_roster_undo)

    p = roster.add_parser("imports", help="the history of roster imports, newest first")
    add_json_flag(p)
    p.set_defaults(handler=cmd_roster_imports)

    delegates = command_group(sub, "delegates", "delegates of the agencies")
    p = delegates.add_parser("list", help="list delegates")
    p.add_argument("--agency", help="only this agency and its sub-agencies (acronym or SIDE:ACRONYM)")
    p.add_argument("--side", help="only this side (US, CN)")
    p.add_argument("--search", default="", help="any name, email or id, in Latin or Chinese script")
    p.add_argument("--active-only", action="store_true", help="leave out deactivated delegates")
    add_json_flag(p)
    p.set_defaults(handler=cmd_delegates_list)

    p = delegates.add_parser("add", help="add a delegate")
    p.add_argument("--agency", required=True, help="acronym or SIDE:ACRONYM")
    p.add_argument("--family-name", required=True)
    for name in DELEGATE_TEXT_FLAGS:
        p.add_argument(f"--{name}", default="", help=DELEGATE_FLAG_HELP.get(name))
    p.set_defaults(handler=cmd_delegates_add)

    p = delegates.add_parser("update", help="change a delegate's names, title (English, Chinese) or contacts")
    p.add_argument("id", type=positive_int)
    p.add_argument("--agency", help="move to this agency (acronym or SIDE:ACRONYM)")
    p.add_argument("--family-name")
    for name in DELEGATE_TEXT_FLAGS:
        p.add_argument(f"--{name}", help=DELEGATE_FLAG_HELP.get(name, "an empty value clears it"))
    add_json_flag(p)
    p.set_defaults(handler=cmd_delegates_update)

    for name, active, text in (
        ("deactivate", False, "deactivate a delegate (kept with its history)"),
        ("reactivate", True, "reactivate a deactivated delegate"),
    ):
        p = delegates.add_parser(name, help=text)
        p.add_argument("id", type=positive_int)
        p.set_defaults(handler=cmd_delegates_set_active, active=active)

    p = delegates.add_parser("history", help="every recorded change of a delegate, newest first")
    p.add_argument("id", type=positive_int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_delegates_history)


DELEGATE_TEXT_FLAGS = ("given-name", "native-name", "title", "title-zh", "email", "phone", "external-id")
DELEGATE_FLAG_HELP = {
    "title": "position or rank, in English",
    "title-zh": "position or rank in Chinese (the Chinese pack prints it)",
}


# -- roster ------------------------------------------------------------------------------------------
def _options(args, ctx):
    from dialogue_planner.domain.errors import NotFoundError
    from dialogue_planner.services.roster_import import ImportOptions, list_mappings

    mapping, header_row, sheet = None, args.header_row, args.sheet
    if args.mapping:
        saved = next((m for m in list_mappings(ctx) if m.name == args.mapping), None)
        if saved is None:
            names = ", ".join(m.name for m in list_mappings(ctx)) or "none saved yet"
            raise NotFoundError(f"No saved mapping '{args.mapping}' ({names}).")
        mapping = dict(saved.columns)
        header_row = header_row or saved.header_row
        sheet = sheet or saved.sheet
    return ImportOptions(
        file_name=str(args.file),
        sheet=sheet,
        header_row=header_row,
        mapping=mapping,
        mode=args.mode,
        agency=args.agency,
        create_agencies=args.create_agencies,
    )


def cmd_roster_import(args, ctx) -> int:
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.interchange.roster_reader import read_file_bytes
    from dialogue_planner.services.roster_import import apply_import

    try:
        data = read_file_bytes(args.file)
        result = apply_import(
            ctx, data, _options(args, ctx), dry_run=args.dry_run, skip_invalid=args.skip_invalid
        )
    except DialogueError as exc:
        if not args.json:
            raise
        emit_json(
            {
                "ok": False,
                "created": 0,
                "updated": 0,
                "unchanged": 0,
                "deactivated": 0,
                "skipped": 0,
                "dry_run": args.dry_run,
                "import_id": None,
                "errors": [{"row": 0, "column": "", "message": exc.message}],
            }
        )
        return 1
    if args.json:
        emit_json(import_result_json(result))
        return 0 if result.ok else 1
    if result.errors:
        print_table(
            [[e.row, e.column, e.message] for e in result.errors],
            ["row", "column", "problem"],
            stream=sys.stderr if result.ok else sys.stdout,
        )
    if not result.ok:
        if result.new_agencies and not args.create_agencies:
            named = ", ".join(f"{a.side_code}:{a.text}" for a in result.new_agencies[:10])
            more = " …" if len(result.new_agencies) > 10 else ""
            print(
                f"The file names {len(result.new_agencies)} unknown agenc{'y' if len(result.new_agencies) == 1 else 'ies'}"
                f" ({named}{more}): add them with 'agencies add', or import with --create-agencies.",
                file=sys.stderr,
            )
        print(
            f"error: {len({e.row for e in result.errors})} row(s) are invalid; nothing was imported. "
            "Fix them, or use --skip-invalid to import the valid rows only.",
            file=sys.stderr,
        )
        return 1
    if args.create_agencies and result.new_agencies and (result.import_id or result.dry_run):
        verb = "Would create" if result.dry_run else "Created"
        print_table(
            [[a.side_code, a.acronym, a.name_en, a.name_zh, len(a.rows)] for a in result.new_agencies],
            ["side", "acronym", "name", "中文名称", "rows"],
        )
        print(
            f"{verb} {len(result.new_agencies)} agenc{'y' if len(result.new_agencies) == 1 else 'ies'}: correct "
            "their names and acronyms with 'agencies update' where the file's text is not right."
        )
    verb = "Would import" if result.dry_run else "Imported"
    print(
        f"{verb} {result.file_name}: {result.created} new, {result.updated} changed, {result.unchanged} unchanged, "
        f"{result.deactivated} deactivated"
        + (f", {result.skipped} invalid row(s) skipped" if result.skipped else "")
        + "."
        + (f" {result.message}" if result.message and not result.dry_run else "")
    )
    return 0


def cmd_roster_export(args, ctx) -> int:
    from dialogue_planner.services.roster import export_roster

    count = export_roster(ctx, args.file, include_inactive=args.include_inactive)
    print(f"Exported {count} delegate(s) to {args.file}.")
    return 0


def cmd_roster_undo(args, ctx) -> int:
    from dialogue_planner.services.roster_import import undo_last_import

    undo = undo_last_import(ctx)
    kept = f", {undo.kept_inactive} kept inactive (a delegation refers to them)" if undo.kept_inactive else ""
    agencies = ""
    if undo.agencies_removed or undo.agencies_kept:
        agencies = (
            f" The {undo.agencies_removed + undo.agencies_kept} agencies it created: {undo.agencies_removed} "
            f"removed, {undo.agencies_kept} kept inactive (something still refers to them)."
        )
    print(
        f"Undid the import of {undo.file_name} (import {undo.import_id}): {undo.removed} delegate(s) removed, "
        f"{undo.restored} restored to their earlier values{kept}.{agencies}"
    )
    return 0


def cmd_roster_imports(args, ctx) -> int:
    from dialogue_planner.services.roster_import import list_imports

    imports = list_imports(ctx)
    if args.json:
        emit_json(
            [
                {
                    "id": r.id,
                    "file_name": r.file_name,
                    "sha256": r.sha256,
                    "actor": r.actor,
                    "at": r.at,
                    "mode": r.mode,
                    "created": r.created,
                    "updated": r.updated,
                    "unchanged": r.unchanged,
                    "deactivated": r.deactivated,
                    "skipped": r.skipped,
                    "undone_at": r.undone_at,
                    "undone_by": r.undone_by,
                }
                for r in imports
            ]
        )
        return 0
    print_table(
        [
            [
                r.id,
                r.at.strftime("%Y-%m-%d %H:%M"),
                r.actor,
                r.file_name,
                r.mode,
                r.created,
                r.updated,
                r.deactivated,
                "undone" if r.undone_at else "",
            ]
            for r in imports
        ],
        ["id", "at (UTC)", "by", "file", "mode", "new", "changed", "deactivated", "status"],
    )
    return 0


# -- agencies and delegates --------------------------------------------------------------------------
def _delegate_json(d) -> dict:
    return {
        "id": d.id,
        "side": d.side_code,
        "agency": d.agency_acronym,
        "family_name": d.family_name,
        "given_name": d.given_name,
        "native_name": d.native_name,
        "title": d.title,
        "title_zh": d.title_zh,
        "email": d.email,
        "phone": d.phone,
        "external_id": d.external_id,
        "active": d.active,
        "version": d.version,
    }


def cmd_delegates_list(args, ctx) -> int:
    from dialogue_planner.services.agencies import agency_catalogue, find_agency
    from dialogue_planner.services.roster import list_delegates

    agency_ids = None
    if args.agency:
        catalogue = agency_catalogue(ctx)
        agency_ids = set(catalogue.with_descendants(find_agency(catalogue, args.agency).id))
    delegates = list_delegates(
        ctx,
        agency_ids=agency_ids,
        side_code=args.side,
        search=args.search,
        include_inactive=not args.active_only,
    )
    if args.json:
        emit_json([_delegate_json(d) for d in delegates])
        return 0
    print_table(
        [
            [
                d.id,
                d.side_code,
                d.agency_acronym,
                d.display_name,
                d.title,
                d.email,
                "" if d.active else "inactive",
            ]
            for d in delegates
        ],
        ["id", "side", "agency", "name", "title", "email", "status"],
    )
    return 0


def cmd_delegates_add(args, ctx) -> int:
    from dialogue_planner.services.agencies import agency_catalogue, find_agency
    from dialogue_planner.services.roster import add_delegate

    agency = find_agency(agency_catalogue(ctx), args.agency)
    d = add_delegate(
        ctx,
        {
            "agency_id": agency.id,
            "family_name": args.family_name,
            "given_name": args.given_name,
            "native_name": args.native_name,
            "title": args.title,
            "title_zh": args.title_zh,
            "email": args.email,
            "phone": args.phone,
            "external_id": args.external_id,
        },
    )
    print(f"Added {d.display_name} ({d.side_code} {d.agency_acronym}) as delegate {d.id}.")
    return 0


def cmd_delegates_update(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.agencies import agency_catalogue, find_agency
    from dialogue_planner.services.roster import update_delegate

    values: dict[str, object] = {
        flag.replace("-", "_"): getattr(args, flag.replace("-", "_"))
        for flag in ("family-name", *DELEGATE_TEXT_FLAGS)
        if getattr(args, flag.replace("-", "_")) is not None
    }
    if args.agency:
        values["agency_id"] = find_agency(agency_catalogue(ctx), args.agency).id
    if not values:
        raise ValidationError("Nothing to change: give at least one new value.")
    d = update_delegate(ctx, args.id, values)
    if args.json:
        emit_json(_delegate_json(d))
        return 0
    print(f"Updated delegate {d.id}, {d.display_name} ({d.side_code} {d.agency_acronym}).")
    return 0


def cmd_delegates_set_active(args, ctx) -> int:
    from dialogue_planner.services.roster import set_delegate_active

    d = set_delegate_active(ctx, args.id, args.active)
    print(f"{d.display_name} is now {'active' if d.active else 'inactive'}.")
    return 0


def cmd_delegates_history(args, ctx) -> int:
    from dialogue_planner.services.roster import delegate_history

    entries = delegate_history(ctx, args.id)
    if args.json:
        emit_json(
            [
                {
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "summary": e.summary,
                    "before": e.before,
                    "after": e.after,
                }
                for e in entries
            ]
        )
        return 0
    print_table(
        [[e.at.strftime("%Y-%m-%d %H:%M"), e.actor, e.action, e.summary] for e in entries],
        ["at (UTC)", "by", "action", "summary"],
    )
    return 0
