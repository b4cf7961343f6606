"""On PostgreSQL the server's groups decide: a secretariat login attaches and removes documents, a viewer
login reads them and keeps a copy but cannot attach (refused by the application, and by the server)."""

from __future__ import annotations

import pytest
from workstation.conftest import pg_admin_ctx, pg_roles  # noqa: F401  (the fixtures, for the test here)

from dialogue_planner.domain.errors import DatabaseError, PermissionDenied
from dialogue_planner.services import workstation
from dialogue_planner.services.documents import attach_document, get_document_content, remove_document

from .conftest import build_records, make_pdf

pytestmark = pytest.mark.postgres


def test_server_groups_decide_who_attaches(pg_admin_ctx, pg_roles):  # noqa: F811 - the fixtures above
    workstation.setup_database_roles(pg_admin_ctx)
    logins = {}
    for role in ("viewer", "secretariat"):
        logins[role] = pg_roles.login(role)
        workstation.add_user(pg_admin_ctx, logins[role], role, password="pw")
    records = build_records(pg_admin_ctx)
    secretariat = pg_roles.ctx_as(logins["secretariat"])
    content = make_pdf("ROLES")
    d = attach_document(secretariat, kind="item", record=records.item, name="r.pdf", content=content)
    viewer = pg_roles.ctx_as(logins["viewer"])
    assert get_document_content(viewer, d.id).content == content
    with pytest.raises(PermissionDenied):
        attach_document(viewer, kind="item", record=records.item, name="v.pdf", content=b"v")
    viewer.can = lambda role: True  # a tampered client: the server still says no
    with pytest.raises(DatabaseError):
        attach_document(viewer, kind="item", record=records.item, name="v.pdf", content=b"v")
    remove_document(secretariat, d.id)
