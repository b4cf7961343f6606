"""Fixtures of the roster tests: contexts of other roles, and roster files written to disk."""

from __future__ import annotations

import pytest


@pytest.fixture
def viewer_ctx(ctx):
    """A context of a viewer on the same database as ``ctx``."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.workstation import add_user

    add_user(ctx, "reader", "viewer")
    return ServiceContext.connect(ctx.db, login="reader")


@pytest.fixture
def secretariat_ctx(ctx):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.workstation import add_user

    add_user(ctx, "clerk", "secretariat")
    return ServiceContext.connect(ctx.db, login="clerk")
