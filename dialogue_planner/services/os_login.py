"""Who works on a SQLite file: the operating system's login, or the one ``DIALOGUE_PLANNER_USER`` names
(scripts and tests). Free of SQLAlchemy: the Overview's first look asks it before that is imported."""

from __future__ import annotations

import getpass
import os

from dialogue_planner.domain.limits import check_login

USER_ENV = "DIALOGUE_PLANNER_USER"


def os_login() -> str:
    """Raises ValidationError for a login the program cannot use."""
    named = os.environ.get(USER_ENV)
    if named:
        return check_login(named, USER_ENV)
    return check_login(getpass.getuser(), "Your system login")
