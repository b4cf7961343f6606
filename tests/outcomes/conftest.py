"""A demo database the outcome commands run against, and a helper that runs a command line."""

from __future__ import annotations

import json

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the GUI tests here)

from dialogue_planner.cli import main


@pytest.fixture
def run(demo_ctx, db_url, capsys):
    """``run(*argv, code=0)``: the command's exit status is checked; JSON output comes back parsed,
    otherwise (stdout, stderr)."""
    capsys.readouterr()

    def go(*argv, code=0):
        status = main(["--db", db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        assert status == code, (argv, out, err)
        return json.loads(out) if "--json" in argv and code == 0 else (out, err)

    return go
