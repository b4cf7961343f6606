"""The Overview's first look (storage.first_look): the same records the services make, read with the
standard library's driver; None wherever only the normal opening can tell what the file is."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dialogue_planner.domain.records import FirstLook
from dialogue_planner.services.first_look import first_look
from dialogue_planner.storage.addresses import sqlite_file
from dialogue_planner.storage.engine import resolve_url, sqlite_path


def _services_look(ctx) -> FirstLook:
    from dialogue_planner.services.overview import overview

    data = overview(ctx)
    return FirstLook(data.dialogue, data.agencies, data.counts)


def test_the_first_look_is_what_the_overview_service_reads(demo_ctx, db_url):
    look = first_look(db_url)
    assert look is not None
    assert look == _services_look(demo_ctx)
    assert look.counts.requests > 0 and look.counts.delegates > 0
    assert all(isinstance(a.active, bool) for rows in look.agencies.values() for a in rows)


def test_the_first_look_follows_the_dialogue_the_login_works_on(ctx, db_url, monkeypatch):
    from dialogue_planner.services.dialogues import add_dialogue, choose_dialogue, set_cadence

    add_dialogue(
        ctx, name_en="Second Dialogue", code="SECOND", established_on=date(2020, 1, 1), name_zh="第二"
    )
    set_cadence(ctx, "SECOND", from_on=date(2022, 3, 1), meetings_per_year=1)
    look = first_look(db_url)
    assert look is not None and look.dialogue.code == "SECOND"  # the caller's choice
    assert look.dialogue.cadence and look == _services_look(_reconnected(ctx))
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "someone-else")  # never chose: the latest choice of anyone
    assert first_look(db_url).dialogue.code == "SECOND"
    first = next(d for d in _codes(ctx) if d != "SECOND")
    choose_dialogue(ctx, first)  # "tester" chose again: the newest choice wins for the others too
    assert first_look(db_url).dialogue.code == first


def _reconnected(ctx):
    from dialogue_planner.services.context import ServiceContext

    return ServiceContext.connect(ctx.db)


def _codes(ctx) -> list[str]:
    from dialogue_planner.services.dialogues import list_dialogues

    return [d.code for d in list_dialogues(ctx)]


def test_a_database_without_a_dialogue_has_no_first_look(db_url):
    assert first_look(db_url) is None  # the set-up card is the normal opening's to show


@pytest.mark.parametrize("revision", ["0014", "9999"])
def test_another_schema_has_no_first_look(demo_ctx, db_url, revision):
    """An older file is upgraded and a newer one refused by the normal opening: nothing is read first."""
    path = Path(db_url.removeprefix("sqlite:///"))
    demo_ctx.db.dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()
    assert first_look(db_url) is None


def test_files_the_normal_opening_must_explain_have_no_first_look(tmp_path):
    missing = tmp_path / "missing.sqlite"
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('0015')")
        con.execute("PRAGMA application_id = 1234")
    con.close()
    for path in (missing, damaged, foreign, tmp_path):
        assert first_look(str(path)) is None, path
    assert not missing.exists()  # nothing is created by looking
    assert first_look("postgresql://127.0.0.1:1/nothing") is None
    assert first_look(f"sqlite:///{damaged}?mode=ro") is None


def test_a_login_the_program_cannot_use_has_no_first_look(demo_ctx, db_url, monkeypatch):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "two words")
    assert first_look(db_url) is None


def test_the_first_look_writes_nothing_beside_the_file(demo_ctx, db_url):
    path = Path(db_url.removeprefix("sqlite:///"))
    demo_ctx.db.dispose()
    before = sorted(p.name for p in path.parent.iterdir())
    assert first_look(db_url) is not None
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_the_first_look_loads_no_database_layer(demo_database_file):
    """Its whole point: the window shows data before SQLAlchemy and the models are imported."""
    code = (
        "import sys; from dialogue_planner.services.first_look import first_look;"
        f"assert first_look({str(demo_database_file)!r}) is not None;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'holidays')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@given(
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from(["", "sqlite:///", "sqlite:////tmp/", "postgresql://", "file:", "~/"]),
)
@example("~0", "")  # no such user: Path.expanduser raised, a program error for the secretary
@example("~/a.sqlite", "sqlite:///")  # a URL's path is taken as written, by both
def test_the_file_an_address_names_is_the_one_the_engine_opens(name, prefix):
    """Where the first look finds a file, it is the file the normal opening opens; where it does not,
    the normal opening decides alone."""
    address = prefix + name
    found = sqlite_file(address)
    if found is None:
        return
    assert found == sqlite_path(resolve_url(address)).resolve()


def test_a_file_another_workstation_holds_locked_has_no_first_look(demo_ctx, db_url):
    """The normal opening waits for the lock and says why; the first look never waits on the GUI thread."""
    path = Path(db_url.removeprefix("sqlite:///"))
    demo_ctx.db.dispose()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = DELETE")
    assert first_look(db_url) is not None
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE agency SET name_en = name_en || ' (renamed)'")  # the journal shows a writer
    try:
        assert first_look(db_url) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()
