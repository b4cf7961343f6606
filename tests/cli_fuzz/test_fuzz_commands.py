"""Every command, fed generated arguments, ends with exit 0, 1 or 2 and at most one line of error.

Never exit 3 (a bug), never a traceback, never an entry in the bug log; and a command that fails
changes nothing (the audit trail, where every change leaves a line, keeps its length). Commands run
in-process through ``main(argv)`` against a copy of a demo database; the examples are derandomized so
the suite finds the same things on every run, and a new command is fuzzed as soon as it is registered.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings

from dialogue_planner.cli import build_parser, main
from dialogue_planner.domain import vocabulary as v
from dialogue_planner.paths import log_file

from .argv import Command, Vocabulary, arguments_of, leaf_commands, sweep

COMMANDS = list(leaf_commands(build_parser()))
#: Commands whose successful run takes seconds (they render every page or a PDF): fewer examples.
SLOW = {"screenshots": 3, "brief": 6, "init": 4}
#: Also run on PostgreSQL: commands whose numbers and texts reach its stricter types (32-bit integers,
#: no NUL in text) and the dates it computes with; the users and db commands, which change server roles,
#: are left to their own suites.
POSTGRES_SUBSET = [
    "meetings show",
    "meetings add",
    "meetings update",
    "agenda discussed",
    "agenda move",
    "requests add",
    "requests edit",
    "requests standard",
    "requests list",
    "escalations add",
    "delegation add",
    "delegates history",
    "calendar export",
    "blackouts add",
    "schedule propose",
]


def budget(command: Command) -> int:
    """Examples per command: more for commands with more arguments, within a minute or two in all."""
    if command.name in SLOW:
        return SLOW[command.name]
    return min(12, 3 + 2 * len(command.arguments))


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


def test_every_command_is_fuzzed():
    """The walk finds the commands the reference lists (a command missed by the walk is never fuzzed)."""
    from dialogue_planner.cli.reference import entries

    assert sorted(c.name for c in COMMANDS) == sorted(path for path, _, _ in entries(build_parser()))
    assert len(COMMANDS) >= 61
    assert "requests edit" in {c.name for c in COMMANDS}


# -- the database under test ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo database per run, copied for each command."""
    import os

    folder = tmp_path_factory.mktemp("fuzz-template")
    path = folder / "demo.sqlite"
    previous = {k: os.environ.get(k) for k in ("DIALOGUE_PLANNER_DATA_DIR", "DIALOGUE_PLANNER_USER")}
    os.environ["DIALOGUE_PLANNER_DATA_DIR"] = str(folder / "data")
    os.environ["DIALOGUE_PLANNER_USER"] = "tester"
    try:
        assert main(["--db", str(path), "init", "--demo"]) == 0
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return path


def vocabulary_of(path, files) -> Vocabulary:
    con = sqlite3.connect(path)
    try:

        def column(sql):
            return tuple(str(row[0]) for row in con.execute(sql))

        requests = column("SELECT reference FROM request ORDER BY id LIMIT 6")
        escalations = column("SELECT reference FROM escalation ORDER BY id LIMIT 4")
        delegates = column("SELECT coalesce(external_id, email, id) FROM delegate ORDER BY id LIMIT 6")
        agencies = column("SELECT acronym FROM agency ORDER BY id")
        open_meetings = column(
            "SELECT number FROM meeting WHERE status IN ('planned', 'confirmed') ORDER BY number"
        )
        items = column(
            "SELECT agenda_item.id FROM agenda_item "
            "JOIN meeting ON meeting.id = agenda_item.meeting_id "
            "WHERE meeting.status IN ('planned', 'confirmed') ORDER BY agenda_item.id LIMIT 6"
        )
    finally:
        con.close()
    statuses = (*v.RequestStatus.values(), *v.EscalationStatus.values(), *v.AgendaStatus.values(), "progress")
    return Vocabulary(
        request_references=requests,
        escalation_references=escalations,
        delegate_keys=delegates,
        agencies=(*agencies, "US:FBI", "CN:MPS"),
        logins=("tester", "viewer1"),
        files=tuple(files),
        open_meetings=open_meetings or ("1",),
        item_ids=items or ("1",),
        words={
            "kind": tuple(v.RequestKind.values()),
            "quality": tuple(v.ResponseQuality.values()),
            "status": statuses,
            "severity": tuple(v.Severity.values()),
            "source": tuple(v.AgendaSource.values()),
            "basis": tuple(v.DayBasis.values()),
            "language": ("en", "zh_CN", "zh", "xx"),
            "mode": ("update", "replace"),
            "mapping": ("saved", "none"),
        },
    )


def sandbox_files(folder, demo_file) -> list[str]:
    """Files a command may be pointed at: a roster, garbage, an empty file, a folder, a backup."""
    (folder / "folder").mkdir()
    (folder / "roster.csv").write_text(
        "Side,Agency,Family name,Given name,Email\n"
        "US,FBI,Doe,Jane,jane@fbi.example\nCN,MPS,Li,Wei,li@mps.example\n",
        encoding="utf-8",
    )
    (folder / "unclosed.csv").write_text(
        'Side,Agency,Family name\nUS,FBI,"Open\nCN,MPS,Li\n', encoding="utf-8"
    )
    (folder / "garbage.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.csv").write_bytes(b"")
    (folder / "fake.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (folder / "latin1.csv").write_bytes("Side,Agency,Family name\nUS,FBI,Müller\n".encode("latin-1"))
    shutil.copy(demo_file, folder / "backup.sqlite")
    return [
        "folder",
        "roster.csv",
        "unclosed.csv",
        "garbage.bin",
        "empty.csv",
        "fake.xlsx",
        "latin1.csv",
        "backup.sqlite",
    ]


def audit_length(url_or_path) -> int:
    con = sqlite3.connect(url_or_path)
    try:
        return con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        con.close()


# -- the check ---------------------------------------------------------------------------------------------
def check_outcome(argv: list[str], code: int, err: str) -> None:
    shown = " ".join(repr(a) if len(a) < 80 else repr(a[:60]) + "…" for a in argv)
    assert code in (0, 1, 2), f"exit {code} for {shown}:\n{err}"
    assert "Traceback" not in err and "internal error" not in err, f"{shown}:\n{err}"
    if code:
        assert err.count("\n") <= 1, f"more than one line of error for {shown}:\n{err}"
    assert not log_file().exists(), f"{shown} wrote to the bug log:\n{log_file().read_text()}"


def run_checked(argv: list[str], capsys, audit=None) -> int:
    before = audit() if audit else None
    code = main(argv)
    _, err = capsys.readouterr()
    if os.environ.get("FUZZ_STATS"):  # for tuning the strategies: how often each exit status comes up
        with open(os.environ["FUZZ_STATS"], "a", encoding="utf-8") as fh:
            fh.write(f"{argv[2:4]}\t{code}\t{err.strip()[:150]!r}\n")
    check_outcome(argv, code, err)
    if code and audit:
        assert audit() == before, f"a failed command changed the database: {argv!r}"
    return code


def later_commands(command: Command) -> list[list[str]]:
    """Commands that compute with what earlier commands stored: every one must still work afterwards
    (a value accepted once must not break them for everyone); a request of every kind after a change
    of the requests' standards."""
    kinds = [
        [
            "requests",
            "add",
            "--from",
            "US",
            "--to",
            "CN",
            "--kind",
            kind,
            "--subject",
            "later",
            "--received",
            "2016-06-14",
        ]
        for kind in v.RequestKind.values()
    ]
    if command.words[0] != "requests":
        kinds = []
    return [
        ["calendar", "export", "-"],
        ["schedule", "check"],
        ["schedule", "propose", "--count", "2"],
        ["meetings", "list", "--json"],
        ["requests", "report"],
        ["escalations", "list", "--json"],
        ["users", "list"],
        ["delegates", "list"],
        *kinds,
    ]


def fuzz(command: Command, db: str, vocabulary: Vocabulary, capsys, examples: int, *, audit=None) -> None:
    before = audit() if audit else None
    for arguments in sweep(command, vocabulary):
        run_checked(["--db", db, *command.words, *arguments], capsys, audit)

    @fuzz_settings(examples)
    @given(arguments=arguments_of(command, vocabulary))
    def run(arguments):
        run_checked(["--db", db, *command.words, *arguments], capsys, audit)

    run()
    if audit is None or audit() != before:
        for argv in later_commands(command):
            run_checked(["--db", db, *argv], capsys)


@pytest.fixture(autouse=True)
def _application_language_restored():
    """``screenshots --language zh_CN`` runs in this process and installs the Chinese catalogues in the
    one QApplication the later tests share (a real process ends instead): take them out again."""
    yield
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)


@pytest.fixture
def sandbox(tmp_path, monkeypatch, demo_file):
    """A copy of the demo database in a folder that is also the current folder (relative paths land
    there), standard input that holds a line (for --password-stdin)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-password\n"))
    files = sandbox_files(tmp_path, demo_file)
    db = tmp_path / "live.sqlite"
    shutil.copy(demo_file, db)
    return db, vocabulary_of(db, files)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name.replace(" ", "-"))
def test_command_survives_any_arguments(command, sandbox, capsys):
    db, vocabulary = sandbox
    fuzz(command, str(db), vocabulary, capsys, budget(command), audit=lambda: audit_length(db))


@pytest.mark.postgres
def test_command_survives_any_arguments_on_postgresql(
    pg_migrated_url, monkeypatch, tmp_path, capsys, demo_file
):
    """The commands whose arguments reach PostgreSQL's own checks (32-bit integers, NUL in text)."""
    from sqlalchemy import create_engine, text

    monkeypatch.chdir(tmp_path)
    files = sandbox_files(tmp_path, demo_file)
    assert main(["--db", pg_migrated_url, "init", "--demo"]) == 0
    engine = create_engine(pg_migrated_url)
    try:
        with engine.connect() as conn:

            def column(sql):
                return tuple(str(r[0]) for r in conn.execute(text(sql)))

            vocabulary = Vocabulary(
                request_references=column("SELECT reference FROM request ORDER BY id LIMIT 6"),
                escalation_references=column("SELECT reference FROM escalation ORDER BY id LIMIT 4"),
                delegate_keys=column(
                    "SELECT coalesce(external_id, email, id::text) FROM delegate ORDER BY id LIMIT 6"
                ),
                agencies=column("SELECT acronym FROM agency ORDER BY id"),
                files=tuple(files),
                words={"kind": tuple(v.RequestKind.values()), "severity": tuple(v.Severity.values())},
            )

        def audit():
            with engine.connect() as conn:
                return conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()

        capsys.readouterr()
        by_name = {c.name: c for c in COMMANDS}
        for name in POSTGRES_SUBSET:
            fuzz(by_name[name], pg_migrated_url, vocabulary, capsys, 6, audit=audit)
    finally:
        engine.dispose()
