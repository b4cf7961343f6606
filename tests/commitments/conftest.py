"""Fixtures of the commitments and activities tests: the demo database, driven through the command line."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.cli import main


@pytest.fixture
def run(demo_ctx, db_url, capsys):
    """``run(*argv)`` -> (exit code, stdout, stderr) on the demo database; ``--json`` output is parsed."""
    capsys.readouterr()

    def invoke(*argv):
        code = main(["--db", db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        if code == 0 and "--json" in argv:
            out = json.loads(out)
        return code, out, err

    return invoke
