"""Entry script of the frozen bundle: the same ``main`` as the ``dialogue-planner`` entry points."""

import sys

from dialogue_planner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
