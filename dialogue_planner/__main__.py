"""``python -m dialogue_planner`` and the ``dialogue-planner`` entry point: a command runs the command line;
no command opens the application (the one place that starts the GUI)."""

import sys


def open_application(db: str | None) -> int:
    from dialogue_planner.gui.app import run_app

    return run_app(db)


def main() -> int:
    from dialogue_planner.cli import main as cli_main

    return cli_main(sys.argv[1:], open_application=open_application)


if __name__ == "__main__":
    sys.exit(main())
