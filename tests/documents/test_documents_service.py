"""Attaching, reading back and removing documents: limits, checksums, roles, audit (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue_planner.domain.documents import document_name, media_type, visible_in_pack
from dialogue_planner.domain.errors import DialogueError, NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.domain.limits import MAX_DOCUMENT_BYTES
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.documents import (
    attach_document,
    attach_file,
    get_document_content,
    list_documents,
    read_document_file,
    remove_document,
    save_document,
)

from .conftest import make_pdf


def _viewer(ctx) -> ServiceContext:
    user = UserRecord(id=ctx.user.id, login="v", display_name="v", role="viewer", active=True, version=1)
    return ServiceContext(ctx.db, user, ctx.dialogue_id)


def test_bytes_round_trip_with_their_sha256_on_both_engines(any_records, tmp_path):
    """The bytes come back exactly (every byte value, a NUL included) on SQLite and PostgreSQL."""
    ctx = any_records.ctx
    content = bytes(range(256)) * 4096 + make_pdf("page")  # about 1 MB, every byte value
    path = tmp_path / "talking points.bin"
    path.write_bytes(content)
    d = attach_file(ctx, kind="request", record=any_records.reference, path=path, note="for the review")
    assert (d.kind, d.record, d.size, d.name) == ("request", any_records.request, len(content), path.name)
    assert d.sha256 == hashlib.sha256(content).hexdigest()
    assert d.note == "for the review" and d.attached_by == ctx.user.login and not d.our_side_only
    back = get_document_content(ctx, d.id)
    assert back.content == content and back.record == d
    out = tmp_path / "out" / "copy.bin"
    save_document(ctx, d.id, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == d.sha256


def test_each_kind_of_record_and_the_lists(records):
    ctx = records.ctx
    pdf = make_pdf("one")
    made = {
        kind: attach_document(ctx, kind=kind, record=ident, name=f"{kind}.pdf", content=pdf)
        for kind, ident in (
            ("item", records.item),
            ("request", records.request),
            ("commitment", records.commitment),
            ("activity", records.activity),
        )
    }
    assert all(d.media_type == "application/pdf" for d in made.values())
    assert [d.id for d in list_documents(ctx)] == [d.id for d in made.values()]
    for kind, d in made.items():
        assert [x.id for x in list_documents(ctx, kind=kind, record=d.record)] == [d.id]
    assert made["item"].record_label == "Cooperation on botnets"
    assert made["request"].record_label == records.reference
    with pytest.raises(ValidationError, match="both"):
        list_documents(ctx, kind="item")


def test_size_limit_is_checked_before_the_file_is_read(records, tmp_path):
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(
        ValidationError,
        match=r"'huge\.pdf' is 20 MB \(20,971,521 bytes\); a document may be at most 20 MB \(20,971,520",
    ):
        attach_file(records.ctx, kind="item", record=records.item, path=big)
    with pytest.raises(ValidationError, match="at most 20 MB"):
        attach_document(
            records.ctx,
            kind="item",
            record=records.item,
            name="x.bin",
            content=b"x" * (MAX_DOCUMENT_BYTES + 1),
        )
    exact = tmp_path / "exact.bin"
    with exact.open("wb") as handle:
        handle.truncate(MAX_DOCUMENT_BYTES)
    assert attach_file(records.ctx, kind="item", record=records.item, path=exact).size == MAX_DOCUMENT_BYTES


def test_files_that_cannot_be_attached_are_refused_by_name(records, tmp_path, monkeypatch):
    ctx, item = records.ctx, records.item
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match=r"'empty\.txt' is empty"):
        attach_file(ctx, kind="item", record=item, path=empty)
    with pytest.raises(ValidationError, match="There is no file"):
        attach_file(ctx, kind="item", record=item, path=tmp_path / "missing.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        attach_file(ctx, kind="item", record=item, path=tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="not a regular file"):
        attach_file(ctx, kind="item", record=item, path=fifo)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF-1.4")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(locked), "open", refuse)
    with pytest.raises(ValidationError, match=r"Cannot read '.*locked\.pdf': Permission denied"):
        read_document_file(locked)
    assert list_documents(ctx) == []


def test_unknown_records_and_bad_ids(records):
    ctx = records.ctx
    for kind, ident, message in (
        ("item", 999, "No agenda item with id 999"),
        ("request", "CN-2099-0001", "No request CN-2099-0001"),
        ("commitment", "77", "No commitment with id 77"),
        ("activity", 2**31, "between 1 and"),
        ("activity", "12x", "not a activity id"),
        ("meeting", 1, "Unknown kind of record"),
    ):
        with pytest.raises(DialogueError, match=message):
            attach_document(ctx, kind=kind, record=ident, name="a.txt", content=b"a")
    with pytest.raises(NotFoundError):
        remove_document(ctx, 5)
    with pytest.raises(NotFoundError):
        get_document_content(ctx, 5)


def test_viewers_may_not_attach_or_remove(records, tmp_path):
    d = attach_document(records.ctx, kind="item", record=records.item, name="a.txt", content=b"a")
    viewer = _viewer(records.ctx)
    path = tmp_path / "b.txt"
    path.write_bytes(b"b")
    with pytest.raises(PermissionDenied):
        attach_file(viewer, kind="item", record=records.item, path=path)
    with pytest.raises(PermissionDenied):
        attach_document(viewer, kind="item", record=records.item, name="b.txt", content=b"b")
    with pytest.raises(PermissionDenied):
        remove_document(viewer, d.id)
    assert get_document_content(viewer, d.id).content == b"a"  # reading is for everyone


def test_attach_and_remove_are_audited_without_the_bytes_and_not_undone(records):
    from dialogue_planner.services.undo import describe_operation
    from dialogue_planner.storage.models import AuditEntry

    ctx = records.ctx
    d = attach_document(ctx, kind="item", record=records.item, name="n.pdf", content=b"%PDF-1.4 x", note="n")
    attach_op = ctx.last_operation
    remove_document(ctx, d.id)
    remove_op = ctx.last_operation
    with ctx.db.session() as s:
        entries = s.query(AuditEntry).filter(AuditEntry.entity == "document").order_by(AuditEntry.id).all()
        assert [(e.action, e.entity_id) for e in entries] == [
            ("document.attach", d.id),
            ("document.remove", d.id),
        ]
        assert entries[0].after["sha256"] == d.sha256 and entries[0].after["size"] == 10
        assert "content" not in entries[0].after and entries[1].after is None
        assert entries[1].before["name"] == "n.pdf"
    for op in (attach_op, remove_op):
        described = describe_operation(ctx, op)
        assert not described.undoable and "document" in described.reason.lower()
    assert list_documents(ctx) == []


def test_our_side_only_keeps_the_side(records):
    ctx = records.ctx
    d = attach_document(ctx, kind="item", record=records.item, name="a.txt", content=b"a", our_side_only=True)
    assert d.our_side_only and d.our_side == "US"  # the dialogue's first side
    d = attach_document(
        ctx, kind="item", record=records.item, name="b.txt", content=b"b", our_side_only=True, our_side="cn"
    )
    assert d.our_side == "CN"
    with pytest.raises(ValidationError, match="Unknown side"):
        attach_document(
            ctx,
            kind="item",
            record=records.item,
            name="c.txt",
            content=b"c",
            our_side_only=True,
            our_side="XX",
        )
    with pytest.raises(ValidationError, match="kept to one side"):
        attach_document(ctx, kind="item", record=records.item, name="c.txt", content=b"c", our_side="US")


@pytest.mark.parametrize(
    ("only", "side", "audience", "internal", "shown"),
    [
        (False, "", "", False, True),
        (False, "", "CN", False, True),
        (True, "US", "", False, False),  # no known side: possibly shared
        (True, "US", "", True, True),  # the secretariat's own pack
        (True, "US", "US", False, True),
        (True, "US", "CN", False, False),
        (True, "US", "CN", True, False),  # internal never overrides a copy for the other side
    ],
)
def test_who_sees_a_document_in_a_pack(only, side, audience, internal, shown):
    assert visible_in_pack(only, side, audience_side=audience, internal=internal) is shown


@given(st.text(max_size=300))
def test_any_file_name_is_kept_or_refused_in_one_line(name):
    try:
        kept = document_name(name)
    except ValidationError as exc:
        assert "\n" not in str(exc)
        return
    assert kept and "/" not in kept and len(kept) <= 255 and kept == kept.strip()


def test_media_types():
    assert media_type("x.bin", b"%PDF-1.7\n...") == "application/pdf"
    assert media_type("x.pdf", b"garbage") == "application/pdf"  # named so: tried, and reported if broken
    assert media_type("notes.txt", b"hello") == "text/plain"
    assert media_type("noname", b"\x00\x01") == "application/octet-stream"
