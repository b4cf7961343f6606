"""``brief archive list|get``: the packs exported and issued, as they went out (issue 15)."""

from __future__ import annotations

import argparse
import sys

from .framework import CommandParser, add_json_flag, path_arg, positive_int
from .output import emit_json, print_table


class BriefParser(CommandParser):
    """``brief``'s parser: ``--meeting`` and ``--out`` are required unless an archive command follows (and
    ``--out`` unless ``--check-translation`` asks for no pack),
    which argparse cannot say; checked here, before a database is opened (a usage error touches none)."""

    def parse_known_args(self, args=None, namespace=None):
        parsed, extras = super().parse_known_args(args, namespace)
        if getattr(parsed, "brief_command", None) is None:
            needed = (
                (("--meeting", "meeting"),)
                if getattr(parsed, "check_translation", False)
                else (
                    ("--meeting", "meeting"),
                    ("--out", "out"),
                )
            )
            missing = [flag for flag, dest in needed if getattr(parsed, dest, None) is None]
            if missing:
                self.error(f"the following arguments are required: {', '.join(missing)}")
        return parsed, extras


def add_archive_commands(brief: argparse.ArgumentParser) -> None:
    """``brief archive list|get``, under the ``brief`` command (which also writes packs itself)."""
    if isinstance(brief, CommandParser):
        brief.__class__ = BriefParser  # made by add_parser, which cannot be told the class of one parser
    archive = brief.add_subparsers(dest="brief_command", metavar="{archive}", parser_class=CommandParser)
    group = archive.add_parser(
        "archive", help="the packs exported and issued, as they went out", description="The pack archive."
    )
    commands = group.add_subparsers(
        dest="archive_command", metavar="COMMAND", required=True, parser_class=CommandParser
    )
    p = commands.add_parser("list", help="the archived packs of a meeting, newest first")
    p.add_argument("--meeting", type=positive_int, required=True, help="meeting number")
    add_json_flag(p)
    p.set_defaults(handler=cmd_archive_list)
    p = commands.add_parser("get", help="write an archived pack, byte for byte, to a file")
    p.add_argument("id", type=positive_int, metavar="ID", help="the archive id (see 'brief archive list')")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=path_arg)
    p.add_argument("--force", action="store_true", help="replace FILE.pdf when it exists")
    p.set_defaults(handler=cmd_archive_get)


def archive_entry_json(r) -> dict:
    """One archived pack as ``brief archive list --json`` prints it (a public shape)."""
    return {
        "id": r.id,
        "meeting": r.meeting,
        "batch": r.batch,
        "version": r.version,
        "kind": r.kind,
        "issued_at": r.issued_at.isoformat(),
        "issued_by": r.issued_by,
        "sha256": r.sha256,
        "size": r.size,
        "paper": r.paper,
        "language": r.language,
        "marking": r.marking,
        "as_of": r.as_of.isoformat() if r.as_of else None,
        "file_name": r.file_name,
        "recipients": [
            {"copy": x.copy_number, "of": x.copies_total, "name": x.name, "key": x.key} for x in r.recipients
        ],
    }


def cmd_archive_list(args, ctx) -> int:
    from dialogue_planner.services.pack_archive import list_archive

    records = list_archive(ctx, args.meeting)
    if args.json:
        emit_json([archive_entry_json(r) for r in records])
        return 0
    rows = [
        [
            r.id,
            r.batch,
            f"{r.issued_at:%Y-%m-%d %H:%M}",
            r.issued_by,
            "; ".join(f"{x.copy_number}/{x.copies_total} {x.name}" for x in r.recipients) or "(export)",
            f"{r.paper} {r.language}",
            r.size,
            r.sha256[:12],
        ]
        for r in records
    ]
    print_table(rows, ["id", "batch", "issued (UTC)", "by", "recipients", "paper", "bytes", "sha256"])
    return 0


def cmd_archive_get(args, ctx) -> int:
    from dialogue_planner.services.briefing import write_file
    from dialogue_planner.services.pack_archive import archived_pack

    record, pdf = archived_pack(ctx, args.id)  # checked against its SHA-256 before anything is written
    if args.out.exists() and not args.force:
        print(f"error: {args.out} exists; add --force to replace it", file=sys.stderr)
        return 1
    write_file(args.out, pdf)
    print(f"wrote {args.out} ({record.size} bytes, sha256 {record.sha256}, batch {record.batch})")
    return 0
