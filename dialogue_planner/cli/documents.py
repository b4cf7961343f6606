"""``documents``: files attached to agenda items, requests, commitments and activities (issue 15)."""

from __future__ import annotations

import argparse

from .framework import add_json_flag, command_group, path_arg, positive_int
from .json_shapes import document_json
from .output import emit_json, print_table

KINDS = ["item", "request", "commitment", "activity"]


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(
        sub, "documents", "documents attached to agenda items, requests, commitments, activities"
    )

    p = group.add_parser("attach", help="attach a file (PDF or other) to a record")
    p.add_argument("--to", required=True, choices=KINDS, help="the kind of record")
    p.add_argument("--id", required=True, metavar="ID", help="the record's id (a request's reference too)")
    p.add_argument("--file", required=True, type=path_arg, metavar="PATH", help="the file to attach")
    p.add_argument("--note", default="", metavar="T", help="a note shown beside it in lists and packs")
    p.add_argument(
        "--our-side-only",
        action="store_true",
        help="never print it in a briefing pack for the other side",
    )
    p.add_argument(
        "--side",
        metavar="SIDE",
        help="with --our-side-only: the side it is kept to (default: the dialogue's first side)",
    )
    p.set_defaults(handler=cmd_attach)

    p = group.add_parser("list", help="list documents, oldest first")
    p.add_argument("--to", choices=KINDS, help="only those of this kind of record (with --id)")
    p.add_argument("--id", metavar="ID", help="only those of this record (with --to)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("get", help="write a document's file")
    p.add_argument("id", type=positive_int)
    p.add_argument("--out", required=True, type=path_arg, metavar="FILE")
    p.set_defaults(handler=cmd_get)

    p = group.add_parser("remove", help="remove a document (the audit keeps its name and checksum)")
    p.add_argument("id", type=positive_int)
    p.set_defaults(handler=cmd_remove)


def _size(size: int) -> str:
    from dialogue_planner.domain.limits import size_text

    return size_text(size)


def cmd_attach(args, ctx) -> int:
    from dialogue_planner.services.documents import attach_file

    d = attach_file(
        ctx,
        kind=args.to,
        record=args.id,
        path=args.file,
        note=args.note,
        our_side_only=args.our_side_only,
        our_side=args.side,
    )
    kept = f", for side {d.our_side} only" if d.our_side_only else ""
    print(
        f"attached document {d.id}: {d.name} ({_size(d.size)}, {d.media_type}) to {d.kind} {d.record}{kept}"
    )
    print(f"sha256 {d.sha256}")
    return 0


def cmd_list(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.documents import list_documents

    if (args.to is None) != (args.id is None):
        raise ValidationError("Name both the kind of record and its id, or neither.")
    documents = list_documents(ctx, kind=args.to, record=args.id)
    if args.json:
        emit_json([document_json(d) for d in documents])
        return 0
    rows = [
        [
            d.id,
            d.name,
            f"{d.kind} {d.record}",
            _size(d.size),
            f"{d.our_side} only" if d.our_side_only else "",
            d.attached_by,
            d.attached_at.strftime("%Y-%m-%d %H:%M"),
            d.note,
        ]
        for d in documents
    ]
    print_table(rows, ["id", "name", "attached to", "size", "sides", "by", "at (UTC)", "note"])
    return 0


def cmd_get(args, ctx) -> int:
    from dialogue_planner.services.documents import save_document

    d = save_document(ctx, args.id, args.out)
    print(f"wrote {args.out} ({d.name}, {_size(d.size)}, sha256 {d.sha256})")
    return 0


def cmd_remove(args, ctx) -> int:
    from dialogue_planner.services.documents import remove_document

    d = remove_document(ctx, args.id)
    print(f"removed document {d.id}: {d.name} from {d.kind} {d.record}")
    return 0
