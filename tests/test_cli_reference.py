"""README.md's command-line reference is generated from the parser and must be current."""

from pathlib import Path

from dialogue_planner.cli.reference import END, START, render

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_command_reference_is_current():
    text = README.read_text(encoding="utf-8")
    section = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert section == render().strip(), "run: python -m dialogue_planner.cli.reference README.md"


def test_reference_names_the_public_commands():
    table = render()
    for command in ("init", "info", "db upgrade", "db backup", "users add", "screenshots"):
        assert f"`dialogue-planner {command}" in table
