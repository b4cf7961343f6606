"""``python -m dialogue_planner`` and the ``dialogue-planner`` entry point."""

import sys


def main() -> int:
    from dialogue_planner.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
