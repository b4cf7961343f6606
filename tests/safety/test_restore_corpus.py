"""The restore corpus: every kind of file a restore may be handed (damaged pages, random bytes after the
header, another program's database, an empty one, a newer and an older schema, a truncated file, rows
that point nowhere, a viewer restoring) is refused with its reason and changes nothing, or is restored
correctly; and afterwards the program can always repair itself (``db restore good`` and ``db backup``
work, also when the live file itself is damaged)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_planner.storage.backup import KEEP_AUTOMATIC, automatic_backup
from dialogue_planner.storage.identity import APPLICATION_ID

from .helpers import (
    add_meeting,
    assert_one_line_error,
    cities,
    damage_pages,
    digest,
    edit_copy,
    listing,
    random_after_header,
    rows_of,
    run,
    truncate_half,
)


@pytest.fixture
def live(ctx, tmp_path, capsys):
    """The live database (one meeting in Beijing), a good backup of it, then a second meeting in Shanghai:
    a restore of the backup is told apart from the live state by the meetings."""
    add_meeting(ctx, "Beijing")
    good = tmp_path / "corpus" / "good.sqlite"
    good.parent.mkdir()
    assert run(capsys, "--db", ctx.db.path, "db", "backup", good)[0] == 0
    add_meeting(ctx, "Shanghai")
    return ctx


def _other_program(good, target):
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.commit()
    con.close()


def _empty_database(good, target):
    con = sqlite3.connect(target)
    con.execute("PRAGMA user_version = 7")  # a valid SQLite file of one page, no tables
    con.close()


def _no_dialogue(good, target):
    from dialogue_planner.storage.database import open_database

    open_database(target).dispose()  # created and migrated by this program, but never initialised


def _column_name_not_text(good, target):
    """One byte of the dialogue table's column name, in the catalogue (the audit trail's values may
    hold the name too, earlier in the file)."""
    data = good.read_bytes()
    at = data.index(b"established_on", data.index(b'CREATE TABLE "dialogue"'))
    target.write_bytes(data[:at] + b"\x80" + data[at + 1 :])


CORPUS = {
    # name: (how the file is made from the good backup, what the one-line refusal says)
    "damaged pages": (lambda good, t: (shutil.copyfile(good, t), damage_pages(t)), "it is damaged"),
    "random bytes after the header": (lambda good, t: random_after_header(t), "it is damaged"),
    "truncated": (lambda good, t: (shutil.copyfile(good, t), truncate_half(t)), "it is damaged"),
    "another program's database": (_other_program, "another program"),
    "another program's application id": (
        lambda good, t: edit_copy(good, t, "PRAGMA application_id = 305419896"),
        "belongs to another program (application id 0x12345678)",
    ),
    "an empty database": (_empty_database, "it is an empty database"),
    "a database without a dialogue": (_no_dialogue, "it holds no dialogue"),
    "a newer schema": (
        lambda good, t: edit_copy(good, t, "UPDATE alembic_version SET version_num = '9999'"),
        "newer version of Dialogue Planner (schema 9999",
    ),
    "no schema revision": (
        lambda good, t: edit_copy(good, t, "DELETE FROM alembic_version"),
        "holds no schema revision",
    ),
    "rows that point nowhere": (
        lambda good, t: edit_copy(
            good, t, "UPDATE agency SET side_id = 999 WHERE id = 1", foreign_keys=False
        ),
        "1 row(s) in agency refer to rows that do not exist",
    ),
    # Damage inside a row: the file's structure is sound, a value no longer reads as this program reads it.
    "a text that is not UTF-8": (
        lambda good, t: edit_copy(good, t, "UPDATE dialogue SET name_en = CAST(X'FF41' AS TEXT)"),
        "it is damaged (a value in its dialogue table cannot be read)",
    ),
    "a date that is not a date": (
        lambda good, t: edit_copy(good, t, "UPDATE dialogue SET established_on = 'the day'"),
        "it is damaged (a value in its dialogue table cannot be read)",
    ),
    "an instant that is not one": (
        lambda good, t: edit_copy(good, t, "UPDATE agency SET created_at = '2026-13-45 99:99:99'"),
        "it is damaged (a value in its agency table cannot be read)",
    ),
    "a column name that is not text": (  # the catalogue's CREATE TABLE text hit by one byte (hypothesis)
        _column_name_not_text,
        "it is damaged (a value in its dialogue table cannot be read)",
    ),
    "an empty file": (lambda good, t: t.write_bytes(b""), "is not a SQLite backup (the file is empty)"),
    "a text file": (lambda good, t: t.write_text("meeting notes\n"), "is not a SQLite backup"),
}


def _state(ctx, tmp_path):
    """What a refused restore must leave as it was: the meetings, and every file (lock files aside,
    which stay by design; the live database's -wal and -shm belong to the open test context)."""
    files = [f for f in listing(tmp_path) if not f.endswith(".lock")]
    return cities(ctx.db.path), files


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_a_bad_backup_is_refused_with_its_reason_and_changes_nothing(live, tmp_path, capsys, name):
    make, says = CORPUS[name]
    bad = tmp_path / "corpus" / f"{name.replace(' ', '-')}.sqlite"
    make(tmp_path / "corpus" / "good.sqlite", bad)
    source_digest = digest(bad)
    before = _state(live, tmp_path)

    code, out, err = run(capsys, "--db", live.db.path, "db", "restore", bad)

    assert code == 1 and out == ""
    assert_one_line_error(err, says, "Nothing was changed")
    assert "restore a backup" not in err.lower()  # never the advice that would lose current data
    assert _state(live, tmp_path) == before == (["Beijing", "Shanghai"], before[1])
    assert digest(bad) == source_digest  # the file handed in is only read
    assert not list(bad.parent.glob(bad.name + "-*"))  # ... and nothing appears beside it (-wal, -shm)
    _the_program_can_repair_itself(live, tmp_path, capsys)


def _the_program_can_repair_itself(ctx, tmp_path, capsys):
    code, out, err = run(capsys, "--db", ctx.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0, err
    assert "previous state is in" in out
    assert cities(ctx.db.path) == ["Beijing"]
    code, out, err = run(capsys, "--db", ctx.db.path, "db", "backup", tmp_path / "after.sqlite")
    assert code == 0, err
    assert cities(tmp_path / "after.sqlite") == ["Beijing"]


def test_a_good_backup_is_restored_the_previous_state_kept_and_the_restore_audited(live, tmp_path, capsys):
    code, out, err = run(capsys, "--db", live.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0 and err == ""
    assert cities(live.db.path) == ["Beijing"]
    kept = [p for p in (tmp_path / "backups").iterdir() if p.name.endswith("-before-restore.sqlite")]
    assert len(kept) == 1 and f"The previous state is in {kept[0]}" in out
    assert cities(kept[0]) == ["Beijing", "Shanghai"]
    assert rows_of(live.db.path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    audit = rows_of(
        live.db.path, "SELECT actor, action, summary FROM audit_entry WHERE action = 'database.restore'"
    )
    assert (
        len(audit) == 1
        and audit[0][0] == "tester"
        and "good.sqlite" in audit[0][2]
        and str(kept[0]) in audit[0][2]
    )
    assert not [f for f in listing(tmp_path) if f.endswith((".partial", ".restoring"))]


def test_a_backup_made_before_the_application_id_is_still_ours_and_gets_it(live, tmp_path, capsys):
    """Backups from earlier versions carry application id 0 and our tables: they are what people restore."""
    old = edit_copy(
        tmp_path / "corpus" / "good.sqlite", tmp_path / "corpus" / "old.sqlite", "PRAGMA application_id = 0"
    )
    assert rows_of(old, "PRAGMA application_id") == [(0,)]
    assert run(capsys, "--db", live.db.path, "db", "restore", old)[0] == 0
    assert cities(live.db.path) == ["Beijing"]
    assert rows_of(live.db.path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert rows_of(old, "PRAGMA application_id") == [(0,)]  # the backup itself is not touched


def test_an_older_schema_is_restored_then_upgraded_with_the_usual_backup(live, tmp_path, capsys, monkeypatch):
    """This version pretends to know a newer revision: the backup (at 0001) is older, so it is restored,
    backed up as restored, and upgraded."""
    from dialogue_planner.services import maintenance
    from dialogue_planner.storage import database, migrate, restore
    from dialogue_planner.storage.schema import SCHEMA_HEAD

    newer = "0002-pretend"
    for module in (database, restore, maintenance):
        monkeypatch.setattr(module, "SCHEMA_HEAD", newer)
    monkeypatch.setattr(migrate, "known_revisions", lambda: frozenset({SCHEMA_HEAD, newer}))
    code, out, err = run(capsys, "--db", live.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0, err
    assert f"(schema {SCHEMA_HEAD})" in out and f"Upgraded to schema {newer}." in out
    upgrade_backups = list((tmp_path / "backups").glob(f"*-before-upgrade-from-{SCHEMA_HEAD}.sqlite"))
    assert len(upgrade_backups) == 1 and f"Backup: {upgrade_backups[0]}" in out
    assert cities(upgrade_backups[0]) == ["Beijing"]  # the restored state, before its upgrade
    assert cities(live.db.path) == ["Beijing"]


@pytest.mark.parametrize("role", ["viewer", "secretariat"])
def test_only_an_admin_may_restore_and_a_viewer_may_not_back_up(live, tmp_path, capsys, monkeypatch, role):
    from dialogue_planner.services.workstation import add_user

    add_user(live, f"a-{role}", role)
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", f"a-{role}")
    before = _state(live, tmp_path)
    code, _, err = run(capsys, "--db", live.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 1
    assert_one_line_error(err, f"Your role ({role}) may not do this; it needs the admin role")
    assert _state(live, tmp_path) == before
    code, _, err = run(capsys, "--db", live.db.path, "db", "backup", tmp_path / "mine.sqlite")
    if role == "viewer":
        assert code == 1 and not (tmp_path / "mine.sqlite").exists()
        assert_one_line_error(err, "Your role (viewer) may not do this; it needs the secretariat role")
    else:
        assert code == 0 and cities(tmp_path / "mine.sqlite") == ["Beijing", "Shanghai"]


def test_a_login_the_database_does_not_know_may_not_restore(live, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "stranger")
    code, _, err = run(capsys, "--db", live.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 1
    assert_one_line_error(err, "'stranger' is not a user of this database")
    assert cities(live.db.path) == ["Beijing", "Shanghai"]


def test_the_service_checks_the_role_whoever_calls_it(live, tmp_path):
    from dialogue_planner.domain.errors import PermissionDenied
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.maintenance import backup_database, restore_database

    viewer = ServiceContext(live.db, UserRecord(7, "v", "v", "viewer", True), live.dialogue_id)
    with pytest.raises(PermissionDenied, match="needs the admin role"):
        restore_database(viewer, tmp_path / "corpus" / "good.sqlite")
    with pytest.raises(PermissionDenied, match="needs the secretariat role"):
        backup_database(viewer, tmp_path / "v.sqlite")
    assert cities(live.db.path) == ["Beijing", "Shanghai"] and not (tmp_path / "v.sqlite").exists()


# -- the repair path -----------------------------------------------------------------------------------
LIVE_DAMAGE = {
    "damaged pages": damage_pages,
    "random bytes after the header": random_after_header,
    "truncated": truncate_half,
}


@pytest.mark.parametrize("name", sorted(LIVE_DAMAGE))
def test_a_damaged_live_database_is_repaired_by_a_restore_and_kept(live, tmp_path, capsys, name):
    path = live.db.path
    live.db.dispose()  # the last connection folds the WAL in: the file alone is the database
    LIVE_DAMAGE[name](path)
    damaged = digest(path)

    code, _, err = run(capsys, "--db", path, "meetings", "list")
    assert code == 1
    assert_one_line_error(err, "is damaged", "restore the latest backup", "keeps the damaged file")
    code, _, err = run(capsys, "--db", path, "db", "backup", tmp_path / "of-damaged.sqlite")
    assert code == 1 and not (tmp_path / "of-damaged.sqlite").exists()
    assert_one_line_error(err, "is damaged")

    code, out, err = run(capsys, "--db", path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0, err
    kept = list((tmp_path / "backups").glob("*-damaged.sqlite"))
    assert len(kept) == 1 and f"The damaged database was kept as {kept[0]}" in out
    assert digest(kept[0]) == damaged  # moved aside byte for byte, never deleted
    assert cities(path) == ["Beijing"]
    assert rows_of(path, "PRAGMA integrity_check") == [("ok",)]
    assert rows_of(path, "SELECT action FROM audit_entry WHERE action = 'database.restore'") == [
        ("database.restore",)
    ]
    code, out, err = run(capsys, "--db", path, "meetings", "list")
    assert code == 0 and "Beijing" in out
    assert run(capsys, "--db", path, "db", "backup", tmp_path / "after.sqlite")[0] == 0
    assert cities(tmp_path / "after.sqlite") == ["Beijing"]


def test_a_bad_backup_over_a_damaged_live_database_changes_nothing(live, tmp_path, capsys):
    path = live.db.path
    live.db.dispose()
    damage_pages(path)
    damaged = digest(path)
    bad = tmp_path / "corpus" / "bad.sqlite"
    random_after_header(bad)
    code, _, err = run(capsys, "--db", path, "db", "restore", bad)
    assert code == 1
    assert_one_line_error(err, "it is damaged", "Nothing was changed")
    assert digest(path) == damaged and listing(tmp_path / "backups") == []


def test_the_repair_path_follows_the_file_system_not_the_damaged_users_table(
    live, tmp_path, capsys, monkeypatch
):
    """A damaged file cannot say who its users are; on SQLite whoever may write the file may replace it
    (DEPLOYMENT.md), so a viewer of the damaged database repairs it. A readable file asks its users."""
    from dialogue_planner.services.workstation import add_user

    add_user(live, "a-viewer", "viewer")
    path = live.db.path
    live.db.dispose()
    damage_pages(path)
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "a-viewer")
    code, _, err = run(capsys, "--db", path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0, err
    actors = rows_of(path, "SELECT actor FROM audit_entry WHERE action = 'database.restore'")
    assert actors == [("a-viewer",)]
    code, _, err = run(capsys, "--db", path, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 1 and "'a-viewer' is not a user of this database" in err  # healthy again: its users decide


def test_the_copy_before_a_restore_is_never_rotated_away(live, tmp_path, capsys):
    assert run(capsys, "--db", live.db.path, "db", "restore", tmp_path / "corpus" / "good.sqlite")[0] == 0
    kept = next((tmp_path / "backups").glob("*-before-restore.sqlite"))
    for _ in range(KEEP_AUTOMATIC + 3):  # each import makes one, and the newest 10 are kept
        automatic_backup(live.db.path, "before-import")
    backups = sorted(p.name for p in (tmp_path / "backups").glob("*.sqlite"))
    assert kept.name in backups
    assert len([b for b in backups if b.endswith("-before-import.sqlite")]) == KEEP_AUTOMATIC
    assert cities(kept) == ["Beijing", "Shanghai"]


def test_a_backup_is_restored_into_a_new_file(live, tmp_path, capsys):
    """A database without a schema has no users yet: whoever may create it restores into it (and is
    recorded), as the first user of a new database becomes its admin."""
    fresh = tmp_path / "elsewhere" / "fresh.sqlite"
    code, out, err = run(capsys, "--db", fresh, "db", "restore", tmp_path / "corpus" / "good.sqlite")
    assert code == 0, err
    assert "previous state" not in out and cities(fresh) == ["Beijing"]
    assert rows_of(fresh, "SELECT actor FROM audit_entry WHERE action = 'database.restore'") == [("tester",)]


_DAMAGE = st.lists(
    st.tuples(st.integers(min_value=0, max_value=2_000_000), st.binary(min_size=1, max_size=4096)),
    min_size=1,
    max_size=6,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=_DAMAGE)
def test_any_damage_to_a_backup_is_refused_in_one_line_or_restores_a_sound_database(
    live, tmp_path, capsys, damage
):
    """Bytes overwritten anywhere after the header: the restore is refused with one line and changes
    nothing, or (where the damage only hit unused space) restores a database that passes its checks."""
    good = (tmp_path / "corpus" / "good.sqlite").read_bytes()
    data = bytearray(good)
    for offset, chunk in damage:
        at = 100 + offset % (len(data) - 100)  # the 100-byte header stays: the damage is to the pages
        data[at : at + len(chunk)] = chunk[: len(data) - at]
    bad = tmp_path / "corpus" / "hypothesis.sqlite"
    bad.write_bytes(bytes(data))
    before = cities(live.db.path)
    code, _, err = run(capsys, "--db", live.db.path, "db", "restore", bad)
    if code == 1:
        assert_one_line_error(err, f"{bad} cannot be restored", "Nothing was changed")
        assert cities(live.db.path) == before
    else:
        assert code == 0, err
        assert rows_of(live.db.path, "PRAGMA integrity_check") == [("ok",)]
        assert rows_of(live.db.path, "PRAGMA foreign_key_check") == []
        assert rows_of(live.db.path, "SELECT count(*) FROM dialogue")[0][0] >= 1
