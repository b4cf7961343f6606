"""The dialogue's life: run commands against one database, as a secretariat script would."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.cli import main


@pytest.fixture
def cli(ctx, db_url, capsys):
    """``cli(*argv, code=0)`` runs a command on the 2015 database: the parsed JSON with --json, else the
    printed text; the error line when ``code`` is 1 or 2."""
    capsys.readouterr()

    def run(*argv, code=0):
        status = main(["--db", db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        assert status == code, (argv, out, err)
        if code:
            assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
            return err.strip()
        return json.loads(out) if "--json" in argv else out

    return run


@pytest.fixture
def any_cli(any_ctx, any_db_url, capsys):
    """``cli`` on SQLite and on PostgreSQL (the postgres-marked half makes its own database)."""
    capsys.readouterr()

    def run(*argv, code=0):
        status = main(["--db", any_db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        assert status == code, (argv, out, err)
        return json.loads(out) if "--json" in argv else (err.strip() if code else out)

    return run
