"""Commands for several workstations on one database: ``db setup-roles`` and ``db changes``.

``users add`` / ``users set-role`` / ``users adopt`` (in cli/core.py) also create, move or adopt the
PostgreSQL login through services.workstation; a password comes from standard input, never from the
command line.
"""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, command_group
from .output import emit_json


def register(sub: argparse._SubParsersAction) -> None:
    db = command_group(sub, "db", "database maintenance")
    p = db.add_parser(
        "setup-roles",
        help="PostgreSQL: create the roles dialogue_admin, dialogue_secretariat "
        "and dialogue_viewer and grant their privileges (run as the owner)",
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_db_setup_roles)
    p = db.add_parser("changes", help="the change counter other workstations watch (for scripts and checks)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_db_changes)


def read_password() -> str:
    """The first line of standard input (``echo secret | dialogue-planner users add ... --password-stdin``)."""
    from dialogue_planner.domain.errors import ValidationError

    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValidationError("--password-stdin was given but standard input held no password.")
    return line


def cmd_db_setup_roles(args, ctx) -> int:
    from dialogue_planner.services.workstation import database_role_names, setup_database_roles

    result = setup_database_roles(ctx)
    groups, manager = database_role_names()
    if args.json:
        emit_json(
            {
                "created": list(result.created),
                "existing": list(result.existing),
                "schema": result.schema,
                "tables": result.tables,
                "groups": groups,
                "manager": manager,
                "createrole_removed": list(result.createrole_removed),
                "adopted": list(result.adopted),
            }
        )
        return 0
    if result.created:
        print(f"Created the roles {', '.join(result.created)}.")
    if result.existing:
        print(f"The roles {', '.join(result.existing)} existed already.")
    print(
        f"Privileges granted on {result.tables} tables in schema {result.schema}; audit entries are append-only."
    )
    print(f"Logins are created and moved only through {manager}'s functions; no login holds CREATEROLE.")
    if result.createrole_removed:
        print(f"CREATEROLE removed from {', '.join(result.createrole_removed)}.")
    if result.adopted:
        print(f"Logins already in the groups, now managed by the application: {', '.join(result.adopted)}.")
    print(
        "Add people with: dialogue-planner users add LOGIN --role viewer|secretariat|admin --password-stdin"
    )
    return 0


def cmd_db_changes(args, ctx) -> int:
    from dialogue_planner.services.workstation import change_state

    state = change_state(ctx)
    if args.json:
        emit_json(
            {
                "value": state.value,
                "entities": sorted(state.entities),
                "changed_at": state.changed_at.isoformat() if state.changed_at else None,
            }
        )
        return 0
    when = state.changed_at.isoformat(timespec="seconds") if state.changed_at else "never"
    print(
        f"{state.value} changes; last at {when}"
        + (f" ({', '.join(sorted(state.entities))})" if state.entities else "")
    )
    return 0
