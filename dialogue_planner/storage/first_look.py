"""The Overview's first look at a SQLite file, read with the standard library's driver.

Importing SQLAlchemy and the models takes half a second on a workstation, three times what the window
needs to paint (issue 19). What the Overview shows first (the dialogue, its sides' agencies, the counts) is
read here without them, while they load. Only a file at this program's schema is read; anything else (a
server, an older or newer schema, another program's file, a damaged one) returns None, and the normal
opening, which explains each case, is all the user sees. The records are the ones the services make:
``tests/test_first_look.py`` holds the two equal.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from dialogue_planner.domain.dialogue_life import CadenceStep
from dialogue_planner.domain.records import AgencyRecord, Counts, DialogueRecord, FirstLook, SideRecord

from .addresses import untouched_uri
from .identity import read_contents
from .schema import SCHEMA_HEAD

COUNTED = (
    ("agencies", "agency"),
    ("delegates", "delegate"),
    ("meetings", "meeting"),
    ("requests", "request"),
    ("escalations", "escalation"),
    ("agenda_items", "agenda_item"),
)
SIDE_COLUMNS = "id, code, name_en, name_zh, time_zone, paper_size, holiday_country, version"
DIALOGUE_COLUMNS = (
    "id, name_en, name_zh, short_name, side_a_id, side_b_id, meetings_per_year, first_meeting_deadline, "
    "established_on, ended_on, travel_days, min_spacing_days, preferred_position, meeting_length_days, "
    "version, code, replaced_by_id"
)
AGENCY_COLUMNS = (
    "a.id, s.code, a.acronym, a.name_en, a.name_zh, a.kind, a.parent_id, a.dialogue_role, a.rank, a.active, "
    "a.version, a.merged_into_id"
)


def read_first_look(path: Path, login: str) -> FirstLook | None:
    """What the Overview shows of the file at ``path`` for ``login``, or None when the file cannot be read
    at once (see the module's docstring)."""
    if not path.is_file():
        return None
    try:
        # Never wait for a lock here: the window would not answer; the normal opening waits and says why.
        con = sqlite3.connect(untouched_uri(path), uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        contents = read_contents(con)
        if contents.foreign() or contents.revision != SCHEMA_HEAD:
            return None
        dialogue_id = _dialogue_worked_on(con, login)
        return None if dialogue_id is None else _look(con, dialogue_id)
    except (sqlite3.Error, ValueError, TypeError):  # locked, damaged, or values the models would refuse
        return None
    finally:
        con.close()


def _dialogue_worked_on(con: sqlite3.Connection, login: str) -> int | None:
    """The dialogue a session of ``login`` works on (``services.context.default_dialogue_id``)."""
    for sql, args in (
        ("SELECT dialogue_id FROM dialogue_choice WHERE login = ?", (login,)),
        ("SELECT dialogue_id FROM dialogue_choice ORDER BY chosen_at DESC, id DESC LIMIT 1", ()),
        ("SELECT id FROM dialogue ORDER BY ended_on IS NOT NULL, id LIMIT 1", ()),
    ):
        row = con.execute(sql, args).fetchone()
        if row is not None:
            return row[0]
    return None


def _look(con: sqlite3.Connection, dialogue_id: int) -> FirstLook | None:
    row = con.execute(f"SELECT {DIALOGUE_COLUMNS} FROM dialogue WHERE id = ?", (dialogue_id,)).fetchone()
    if row is None:
        return None
    (did, name_en, name_zh, short_name, side_a, side_b, per_year, deadline, established, ended) = row[:10]
    (travel, spacing, position, length, version, code, replaced_by) = row[10:]
    cadence = con.execute(
        "SELECT from_on, meetings_per_year FROM dialogue_cadence WHERE dialogue_id = ? ORDER BY from_on",
        (dialogue_id,),
    ).fetchall()
    dialogue = DialogueRecord(
        id=did,
        name_en=name_en,
        name_zh=name_zh,
        short_name=short_name,
        sides=(_side(con, side_a), _side(con, side_b)),
        meetings_per_year=per_year,
        first_meeting_deadline=_date(deadline),
        established_on=date.fromisoformat(established),
        ended_on=_date(ended),
        travel_days=travel,
        min_spacing_days=spacing,
        preferred_position=position,
        meeting_length_days=length,
        version=version,
        code=code,
        replaced_by_id=replaced_by,
        cadence=tuple(CadenceStep(date.fromisoformat(on), n) for on, n in cadence),
    )
    agencies: dict[str, list[AgencyRecord]] = {side.code: [] for side in dialogue.sides}
    for a in con.execute(
        f"SELECT {AGENCY_COLUMNS} FROM agency a JOIN side s ON s.id = a.side_id WHERE a.active ORDER BY a.id"
    ):
        record = AgencyRecord(
            id=a[0],
            side_code=a[1],
            acronym=a[2],
            name_en=a[3],
            name_zh=a[4],
            kind=a[5],
            parent_id=a[6],
            dialogue_role=a[7],
            rank=a[8],
            active=bool(a[9]),
            version=a[10],
            merged_into_id=a[11],
        )
        agencies.setdefault(record.side_code, []).append(record)
    counts = Counts(
        **{key: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for key, table in COUNTED}
    )
    return FirstLook(dialogue, {code: tuple(rows) for code, rows in agencies.items()}, counts)


def _side(con: sqlite3.Connection, side_id: int) -> SideRecord:
    row = con.execute(f"SELECT {SIDE_COLUMNS} FROM side WHERE id = ?", (side_id,)).fetchone()
    if row is None:
        raise ValueError(f"no side {side_id}")
    return SideRecord(*row)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
