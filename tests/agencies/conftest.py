from __future__ import annotations

import pytest

from dialogue_planner.cli import main


@pytest.fixture
def run(db_url, capsys):
    """The command line on an initialised database (the 2015 dialogue's eight agencies): (code, out, err)."""
    assert main(["--db", db_url, "init"]) == 0
    capsys.readouterr()

    def invoke(*args):
        code = main(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
