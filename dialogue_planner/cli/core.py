"""The foundation's commands: init, info, db, users, screenshots."""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, command_group, path_arg
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create the database with the 2015 dialogue (idempotent)")
    p.add_argument("--demo", action="store_true", help="also add the fictional demo data")
    p.add_argument(
        "--side",
        help="the side whose secretariat keeps this database (US, CN) for the exchange with the other side; "
        "'both' (the default) for a database that holds both sides' records",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", help="what database this is and what it holds")
    add_json_flag(p)
    p.set_defaults(handler=cmd_info)

    db = command_group(sub, "db", "database maintenance")
    p = db.add_parser(
        "upgrade", help="bring the schema up to this version (a SQLite file is backed up first)"
    )
    p.set_defaults(handler=cmd_db_upgrade, needs="db")
    p = db.add_parser("backup", help="copy the database to FILE while it is in use (secretariat or admin)")
    p.add_argument("file", type=path_arg)
    p.set_defaults(handler=cmd_db_backup, needs="db")
    p = db.add_parser(
        "restore",
        help="replace the database with the backup FILE once it passes its checks "
        "(admin; the current one is kept in backups/)",
    )
    p.add_argument("file", type=path_arg)
    p.set_defaults(handler=cmd_db_restore, needs="none")

    users = command_group(sub, "users", "who may use the database, and their roles")
    p = users.add_parser("list", help="list users and roles")
    add_json_flag(p)
    p.set_defaults(handler=cmd_users_list)
    p = users.add_parser("add", help="add a user (admin only)")
    p.add_argument("name", help="the login: OS user name on SQLite, database user on PostgreSQL")
    p.add_argument("--role", required=True, choices=["admin", "secretariat", "viewer"])
    p.add_argument("--display-name", default="")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="PostgreSQL: read the new login's password from the first line of standard input",
    )
    p.set_defaults(handler=cmd_users_add)
    p = users.add_parser("set-role", help="change a user's role (admin only)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["admin", "secretariat", "viewer"])
    p.set_defaults(handler=cmd_users_set_role)
    p = users.add_parser(
        "adopt",
        help="PostgreSQL: take an existing database login into the application, in "
        "the group of its role (the database owner only)",
    )
    p.add_argument("name", help="an existing database login; it keeps its password")
    p.add_argument("--role", required=True, choices=["admin", "secretariat", "viewer"])
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_users_adopt)

    p = sub.add_parser("screenshots", help="save every page of the application as PNG files in DIR")
    p.add_argument("dir", type=path_arg)
    p.add_argument(
        "--language", default="en", choices=["en", "zh_CN"], help="interface language (default en)"
    )
    p.add_argument(
        "--size",
        default="1280x860",
        help="window size WIDTHxHEIGHT (at least 1024x700, the smallest screen the window fits)",
    )
    p.set_defaults(handler=cmd_screenshots, needs="db")


def cmd_init(args, ctx) -> int:
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.setup import initialise

    result = initialise(ctx)
    print(f"{ctx.db.display_url}: dialogue ready ({result.created} records added).")
    if args.side:
        from dialogue_planner.services.exchange import set_own_side

        side = set_own_side(ctx, args.side)
        print(
            "Kept by both sides (no exchange)."
            if side == "both"
            else f"Kept by the secretariat of side {side}."
        )
    if args.demo:
        demo = load_demo(ctx)
        if demo.loaded:
            print(
                f"Demo added: {demo.delegates} delegates, {demo.meetings} meetings, {demo.requests} requests, "
                f"{demo.escalations} escalations, {demo.agenda_items} agenda items."
            )
        else:
            print("Demo data already present; nothing changed.")
    return 0


def info_json(info) -> dict:
    counts = info.counts
    return {
        "database": info.database,
        "schema_revision": info.schema_revision,
        "dialogues": [
            {
                "name": d.name_en,
                "name_zh": d.name_zh,
                "sides": [{"code": s.code, "name": s.name_en} for s in d.sides],
                "meetings_per_year": d.meetings_per_year,
                "first_meeting_deadline": d.first_meeting_deadline.isoformat()
                if d.first_meeting_deadline
                else None,
            }
            for d in info.dialogues
        ],
        "counts": {
            "agencies": counts.agencies,
            "delegates": counts.delegates,
            "meetings": counts.meetings,
            "requests": counts.requests,
            "escalations": counts.escalations,
            "agenda_items": counts.agenda_items,
        },
        "user": {"login": info.user.login, "role": info.user.role} if info.user else None,
    }


def cmd_info(args, ctx) -> int:
    from dialogue_planner.services.info import database_info

    info = database_info(ctx)
    if args.json:
        emit_json(info_json(info))
        return 0
    print(f"Database:  {info.database}")
    print(f"Schema:    {info.schema_revision}")
    if info.user is not None:
        print(f"You:       {info.user.login} ({info.user.role})")
    for d in info.dialogues:
        sides = " and ".join(f"{s.name_en} ({s.code})" for s in d.sides)
        deadline = f", first meeting by {d.first_meeting_deadline}" if d.first_meeting_deadline else ""
        print(
            f"Dialogue:  {d.name_en}\n           {d.name_zh}\n           {sides}; "
            f"{d.meetings_per_year} meetings a year{deadline}"
        )
    if not info.dialogues:
        print("Dialogue:  none yet (run 'dialogue-planner init')")
    c = info.counts
    print(
        f"Holds:     {c.agencies} agencies, {c.delegates} delegates, {c.meetings} meetings, {c.requests} requests, "
        f"{c.escalations} escalations, {c.agenda_items} agenda items"
    )
    return 0


def cmd_db_upgrade(args, db) -> int:
    from dialogue_planner.services.maintenance import upgrade

    found, head, backup = upgrade(db)
    if found == head:
        print(f"{db.display_url} is up to date (schema {head}).")
    else:
        print(
            f"{db.display_url} upgraded from {found or 'empty'} to schema {head}."
            + (f" Backup: {backup}" if backup else "")
        )
    return 0


def cmd_db_backup(args, db) -> int:
    from dialogue_planner.services.maintenance import backup_database
    from dialogue_planner.services.session import connect

    print(f"Backed up {db.display_url} to {backup_database(connect(db), args.file)}")
    return 0


def cmd_db_restore(args) -> int:
    """Opens the database itself: a damaged file must still be restorable (the repair path)."""
    from dialogue_planner.services.maintenance import connect_for_restore, restore_database

    ctx = connect_for_restore(args.db)
    try:
        done = restore_database(ctx, args.file)
    finally:
        ctx.db.dispose()
    print(f"Restored {ctx.db.display_url} from {done.source} (schema {done.revision_found}).")
    if done.previous and done.previous_damaged:
        print(f"The damaged database was kept as {done.previous}")
    elif done.previous:
        print(f"The previous state is in {done.previous}")
    if done.revision_found != ctx.db.revision:
        print(
            f"Upgraded to schema {ctx.db.revision}."
            + (f" Backup: {done.upgrade_backup}" if done.upgrade_backup else "")
        )
    return 0


def cmd_users_list(args, ctx) -> int:
    from dialogue_planner.services.users import list_users

    users = list_users(ctx)
    if args.json:
        emit_json(
            [
                {"login": u.login, "display_name": u.display_name, "role": u.role, "active": u.active}
                for u in users
            ]
        )
    else:
        print_table(
            [[u.login, u.display_name, u.role, "yes" if u.active else "no"] for u in users],
            ["login", "name", "role", "active"],
        )
    return 0


def cmd_users_add(args, ctx) -> int:
    from dialogue_planner.cli.workstations import read_password
    from dialogue_planner.services.workstation import add_user

    change = add_user(
        ctx, args.name, args.role, args.display_name, read_password() if args.password_stdin else None
    )
    print(f"Added {change.user.login} as {change.user.role}." + _login_note(change))
    return 0


def cmd_users_set_role(args, ctx) -> int:
    from dialogue_planner.services.workstation import set_role

    change = set_role(ctx, args.name, args.role)
    print(f"{change.user.login} is now {change.user.role}." + _login_note(change))
    return 0


def cmd_users_adopt(args, ctx) -> int:
    from dialogue_planner.services.workstation import adopt_user

    change = adopt_user(ctx, args.name, args.role, args.display_name)
    print(f"Adopted the database login {change.user.login} as {change.user.role}." + _login_note(change))
    return 0


def _login_note(change) -> str:
    """The service's note on the database login, with the command that completes it (one leading space)."""
    from dialogue_planner.cli.hints import remedy_command

    note = change.note()
    if change.remedy:
        note += " " + remedy_command(change.remedy)
    return f" {note}" if note else ""


def cmd_screenshots(args, db) -> int:
    import os

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from dialogue_planner.domain.errors import ValidationError

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise ValidationError(f"'{args.size}' is not a size: use WIDTHxHEIGHT, e.g. 1280x860") from None
    if width < 1024 or height < 700:
        raise ValidationError("Screenshots must be at least 1024x700.")
    if width > 7680 or height > 4320:  # an 8K screen; a larger window would take gigabytes to grab
        raise ValidationError("Screenshots can be at most 7680x4320.")
    db.dispose()
    from dialogue_planner.gui.screenshots import save_screenshots

    for path in save_screenshots(db.url, args.dir, language=args.language, size=(width, height)):
        print(path)
    sys.stdout.flush()
    return 0
