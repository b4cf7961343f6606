"""The database as a secretary names it: a path, or server/database; never a raw URL or a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_planner.gui.shell.database_name import database_name


@pytest.mark.parametrize(
    ("url", "path", "shown"),
    [
        (
            "sqlite:////srv/planner/dialogue.sqlite",
            Path("/srv/planner/dialogue.sqlite"),
            "/srv/planner/dialogue.sqlite",
        ),
        ("postgresql+psycopg://alice:***@dbserver/dialogue", None, "dbserver/dialogue"),
        ("postgresql+psycopg://alice@dbserver:6543/dialogue", None, "dbserver:6543/dialogue"),
        ("postgresql+psycopg://alice@dbserver:5432/dialogue", None, "dbserver/dialogue"),
        ("postgresql+psycopg:///dialogue", None, "localhost/dialogue"),
    ],
)
def test_a_database_is_named_without_its_url(url, path, shown):
    assert database_name(url, path) == shown


def test_a_file_in_the_home_folder_is_shown_from_there():
    path = Path.home() / ".local" / "share" / "dialogue-planner" / "dialogue-planner.sqlite"
    shown = database_name("sqlite:///" + str(path), path)
    assert shown == "~/.local/share/dialogue-planner/dialogue-planner.sqlite"


def test_the_status_bar_and_about_box_show_the_path(open_window):
    window = open_window("en")
    assert window.database_label.full_text().startswith("Database: /")
    assert "sqlite:" not in window.database_label.full_text()
