"""``exchange``: signed packages with the other side's secretariat and the reconciliation of the records
both sides keep (issue 20, docs/EXCHANGE.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialogue_planner.domain.errors import ValidationError

from .framework import add_json_flag, command_group, path_arg, positive_int
from .json_shapes import exchange_difference_json, exchange_key_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(
        sub, "exchange", "signed packages with the other side's secretariat, and reconciliation"
    )

    p = group.add_parser("side", help="which side's secretariat keeps this database (set with init --side)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_side)

    keys = group.add_parser("keys", help="this secretariat's signing key and the other side's trusted key")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)
    p = keys_sub.add_parser("init", help="make this secretariat's signing key (kept in a protected file)")
    p.set_defaults(handler=cmd_keys_init)
    p = keys_sub.add_parser(
        "show", help="this secretariat's public key and its fingerprint, and the keys trusted"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_keys_show)
    p = keys_sub.add_parser("trust", help="trust the other side's public key once its fingerprint matches")
    p.add_argument("--side", required=True, help="the other side (US, CN)")
    p.add_argument(
        "--public-key",
        required=True,
        metavar="FILE_OR_TEXT",
        help="the key as 64 hex digits, or a file holding it",
    )
    p.add_argument("--fingerprint", required=True, help="the fingerprint the other side read out")
    p.set_defaults(handler=cmd_keys_trust)

    p = group.add_parser("export", help="write the next signed package for the other side")
    p.add_argument("--out", required=True, type=path_arg, metavar="FILE")
    p.add_argument(
        "--since", type=positive_int, metavar="LAST", help="only what changed after this side's package LAST"
    )
    p.set_defaults(handler=cmd_export)

    p = group.add_parser("import", help="check a package from the other side and take what it holds")
    p.add_argument("file", type=path_arg)
    p.set_defaults(handler=cmd_import)

    p = group.add_parser("differences", help="shared fields where the two sides' records differ")
    add_json_flag(p)
    p.set_defaults(handler=cmd_differences)

    p = group.add_parser("resolve", help="settle a difference")
    p.add_argument("id", type=positive_int)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--accept-theirs", action="store_true", help="take the other side's value")
    how.add_argument(
        "--keep-ours", action="store_true", help="keep this side's value (the next package says so)"
    )
    how.add_argument("--agreed-as", metavar="VALUE", help="the value both sides agreed")
    p.set_defaults(handler=cmd_resolve)

    p = group.add_parser("packages", help="the packages written and imported")
    add_json_flag(p)
    p.set_defaults(handler=cmd_packages)


def cmd_side(args, ctx) -> int:
    from dialogue_planner.services.exchange import own_side

    side = own_side(ctx)
    if args.json:
        emit_json({"side": side})
    elif side == "both":
        print("This database holds both sides' records (single-secretariat mode; no exchange).")
    else:
        print(f"This database is kept by the secretariat of side {side}.")
    return 0


def cmd_keys_init(args, ctx) -> int:
    from dialogue_planner.services.exchange import init_keys

    info = init_keys(ctx)
    print(f"Signing key of side {info.side} made.")
    print(f"Fingerprint: {info.fingerprint}")
    print(f"Public key:  {info.public_key}")
    return 0


def cmd_keys_show(args, ctx) -> int:
    from dialogue_planner.services.exchange import list_trusted_keys, show_keys

    info = show_keys(ctx)
    if args.json:
        emit_json(exchange_key_json(info))
        return 0
    print(f"Side:        {info.side}")
    print(f"Fingerprint: {info.fingerprint}")
    print(f"Public key:  {info.public_key}")
    for k in list_trusted_keys(ctx):
        print(f"Trusted:     side {k.side}, fingerprint {k.fingerprint}")
    return 0


def _key_text(value: str) -> str:
    text = value.strip()
    if len(text) <= 200 and all(c in "0123456789abcdefABCDEF: " for c in text):
        return text
    path = Path(value)
    try:
        if path.is_file() and path.stat().st_size <= 4096:
            return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        pass
    raise ValidationError("The public key is neither 64 hexadecimal digits nor a small file holding them.")


def cmd_keys_trust(args, ctx) -> int:
    from dialogue_planner.services.exchange import trust_key

    k = trust_key(ctx, args.side, _key_text(args.public_key), args.fingerprint)
    print(f"Key of side {k.side} trusted (fingerprint {k.fingerprint}).")
    return 0


def cmd_export(args, ctx) -> int:
    from dialogue_planner.services.exchange import export_package

    result = export_package(ctx, args.out, since=args.since)
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items() if n) or "no records"
    print(
        f"Package {result.sequence} of side {result.side} for dialogue {result.dialogue} written to {result.path} ({counts})."
    )
    return 0


def cmd_import(args, ctx) -> int:
    from dialogue_planner.services.exchange import import_package

    r = import_package(ctx, args.file)
    print(
        f"Package {r.sequence} of side {r.sender} imported: {r.created} records created, {r.added_events} events "
        f"added, {r.theirs} values of theirs, {r.agreements} agreements; {r.differences} differences to settle."
    )
    for note in r.notes:
        print(f"Note: {note}")
    return 0


def cmd_differences(args, ctx) -> int:
    from dialogue_planner.services.exchange import list_differences

    rows = list_differences(ctx)
    if args.json:
        emit_json([exchange_difference_json(d) for d in rows])
        return 0
    print_table(
        [[d.id, d.record, d.field, d.ours, d.theirs, d.their_resolution] for d in rows],
        ["Id", "Record", "Field", "Ours", "Theirs", "They said"],
    )
    return 0


def cmd_resolve(args, ctx) -> int:
    from dialogue_planner.services.exchange import resolve_difference

    d = resolve_difference(
        ctx, args.id, accept_theirs=args.accept_theirs, keep_ours=args.keep_ours, agreed_as=args.agreed_as
    )
    print(f"Difference {d.id} settled: {d.record}, {d.field} is now {d.ours or '(empty)'}.")
    return 0


def cmd_packages(args, ctx) -> int:
    from dialogue_planner.services.exchange import list_packages

    rows = list_packages(ctx)
    if args.json:
        emit_json(
            [
                {
                    "direction": p.direction,
                    "sender_side": p.sender_side,
                    "sequence": p.sequence,
                    "created_at": p.created_at,
                    "processed_at": p.processed_at,
                    "records": p.records,
                    "summary": p.summary,
                }
                for p in rows
            ]
        )
        return 0
    print_table(
        [[p.direction, p.sender_side, p.sequence, p.processed_at, p.records, p.summary] for p in rows],
        ["Direction", "Side", "Number", "When", "Records", "Summary"],
    )
    return 0
