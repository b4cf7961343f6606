"""The pack archive (issue 15, "Packs archived as distributed") and copy numbers unique across runs
(issue 17): every export and every numbered copy is stored byte for byte with its batch, version, time
and recipients; a held meeting's pack is rendered as of its date."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date

import pytest

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.domain.errors import DialogueError, NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services.briefing import (
    distribution_log,
    export_pack,
    issue_copies,
    pack_as_of,
    render_meeting_pack,
    resolve_as_of,
)
from dialogue_planner.services.pack_archive import (
    MAX_ARCHIVED_BYTES,
    archive_export,
    archived_pack,
    latest_archived,
    list_archive,
)

from .pdf_reading import all_text, flat_text, page_texts

TODAY = date(2015, 11, 20)
BATCH = re.compile(r"^B-\d{4}-\d{4}$")


def test_export_is_archived_byte_for_byte(scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    out = tmp_path / "pack.pdf"
    exported = export_pack(ctx, n, PackOptions(paper="letter", language="bilingual", marking="LIMITED"), out)
    record = exported.archived
    assert record is not None and record.kind == "export" and record.meeting == n
    assert BATCH.match(record.batch) and record.version == 1 and record.recipients == ()
    assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert record.size == len(out.read_bytes())
    assert (record.paper, record.language, record.marking) == ("letter", "bilingual", "LIMITED")
    assert record.issued_by == ctx.user.login and record.file_name == str(out)
    assert record.options["paper"] == "letter" and record.options["marking"] == "LIMITED"
    got, pdf = archived_pack(ctx, record.id)
    assert pdf == out.read_bytes() and got == record
    assert list_archive(ctx, n) == [record]


def test_issue_archives_every_copy_with_one_batch_and_prints_it(scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    export_pack(ctx, n, PackOptions(), tmp_path / "draft.pdf", today=TODAY)
    copies = issue_copies(ctx, n, ["CN-001", "US-001"], PackOptions(), tmp_path / "pack.pdf", today=TODAY)
    archive = list_archive(ctx, n)
    assert [(a.kind, [r.copy_number for r in a.recipients]) for a in archive] == [
        ("copy", [1]),
        ("copy", [2]),
        ("export", []),
    ]
    run = [a for a in archive if a.kind == "copy"]
    batches = {a.batch for a in run}
    assert len(batches) == 1 and {a.version for a in run} == {2}
    (batch,) = batches
    assert batch != archive[-1].batch  # the export was a run of its own
    assert [(r.copy_number, r.copies_total, r.name) for a in run for r in a.recipients] == [
        (1, 2, "GUO Shengkun 郭声琨"),
        (2, 2, "JOHNSON Jeh"),
    ]
    log = distribution_log(ctx, n)
    assert {r.batch for r in log} == {batch}
    for copy, stored in zip(copies, run, strict=True):
        _, pdf = archived_pack(ctx, stored.id)
        assert pdf == copy.path.read_bytes()
        assert stored.sha256 == copy.record.sha256 == hashlib.sha256(pdf).hexdigest()
        assert copy.record.issued_at == stored.issued_at
        texts = page_texts(pdf)
        # every page's footer: copy X of Y, the batch, the version and the issue time
        stamp = f"{stored.issued_at:%H:%M} UTC"
        for text in texts:
            assert f"Copy {copy.record.copy_number} of 2" in text
            assert f"Batch {batch} · version 2 · issued" in text and stamp in text
    # a second run: a new batch, the next version; copy numbers never repeat across runs
    again = issue_copies(ctx, n, ["CN-001"], PackOptions(), tmp_path / "again.pdf", today=TODAY)
    second = {a.batch for a in list_archive(ctx, n) if a.kind == "copy"} - {batch}
    assert len(second) == 1 and again[0].record.batch in second
    assert int(next(iter(second))[-4:]) == int(batch[-4:]) + 1
    assert [a.version for a in list_archive(ctx, n)][0] == 3


def test_deterministic_copies_print_no_run_marks(scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    options = PackOptions(deterministic=True)
    first = issue_copies(ctx, n, ["CN-001"], options, tmp_path / "a.pdf", today=TODAY)
    second = issue_copies(ctx, n, ["CN-001"], options, tmp_path / "b.pdf", today=TODAY)
    a, b = first[0].path.read_bytes(), second[0].path.read_bytes()
    assert a == b and "Batch" not in all_text(a)
    assert first[0].record.batch != second[0].record.batch  # the log still tells the runs apart


def test_failed_issue_archives_nothing(scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(DialogueError, match="Cannot write"):
        issue_copies(ctx, n, ["CN-001"], PackOptions(), blocked / "p.pdf", today=TODAY)
    with pytest.raises(DialogueError, match="Cannot write"):
        export_pack(ctx, n, PackOptions(), blocked / "p.pdf", today=TODAY)
    assert list_archive(ctx, n) == []


def test_oversized_pack_is_refused_and_no_file_is_left(scene, tmp_path, monkeypatch):
    import dialogue_planner.services.pack_archive as archive

    monkeypatch.setattr(archive, "MAX_ARCHIVED_BYTES", 1000)
    out = tmp_path / "big.pdf"
    with pytest.raises(ValidationError, match="archive keeps packs of up to"):
        export_pack(scene.ctx, scene.meeting, PackOptions(), out, today=TODAY)
    assert not out.exists() and list_archive(scene.ctx, scene.meeting) == []
    assert MAX_ARCHIVED_BYTES >= 16 * 1024 * 1024


def test_a_batch_taken_meanwhile_is_a_conflict_and_nothing_is_issued(scene, tmp_path, monkeypatch):
    import dialogue_planner.services.briefing as briefing
    from dialogue_planner.domain.errors import ConflictError
    from dialogue_planner.services.pack_archive import next_issue_run

    ctx, n = scene.ctx, scene.meeting
    run = next_issue_run(ctx, n)
    archive_export(ctx, n, b"%PDF first", PackOptions(), run=run)  # another workstation took it
    with pytest.raises(ConflictError, match="another workstation"):
        archive_export(ctx, n, b"%PDF second", PackOptions(), run=run)
    monkeypatch.setattr(briefing, "next_issue_run", lambda *_args, **_kw: run)
    with pytest.raises(ConflictError, match="Issue again"):
        issue_copies(ctx, n, ["CN-001"], PackOptions(), tmp_path / "p.pdf", today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == [] and distribution_log(ctx, n) == []
    assert len(list_archive(ctx, n)) == 1


def test_bad_ids_and_meetings_are_clear_errors(scene):
    ctx = scene.ctx
    with pytest.raises(NotFoundError, match="No archived pack 999"):
        archived_pack(ctx, 999)
    with pytest.raises(NotFoundError, match="42"):
        list_archive(ctx, 42)
    with pytest.raises(ValidationError):
        archived_pack(ctx, 2**40)
    assert latest_archived(ctx, scene.meeting) is None


def test_a_damaged_archive_entry_is_refused(scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    record = archive_export(ctx, n, b"%PDF-1.4 test", PackOptions())
    from sqlalchemy import update

    from dialogue_planner.storage.models import ArchivedPack

    with ctx.db.session(write=True) as s:
        s.execute(update(ArchivedPack).where(ArchivedPack.id == record.id).values(pdf=b"%PDF-1.4 tampered"))
        s.commit()
    with pytest.raises(DialogueError, match="damaged"):
        archived_pack(ctx, record.id)


def test_viewer_exports_without_archive(scene, tmp_path):
    from dataclasses import replace

    from dialogue_planner.services.context import ServiceContext

    viewer = ServiceContext(scene.ctx.db, replace(scene.ctx.user, role="viewer"), scene.ctx.dialogue_id)
    exported = export_pack(viewer, scene.meeting, PackOptions(), tmp_path / "v.pdf", today=TODAY)
    assert exported.archived is None and (tmp_path / "v.pdf").exists()
    with pytest.raises(PermissionDenied):
        archive_export(viewer, scene.meeting, b"%PDF", PackOptions())
    assert list_archive(viewer, scene.meeting) == []


# -- as of the meeting's date ---------------------------------------------------------------------------
def _requests(ctx) -> None:
    from dialogue_planner.services.requests import add_request

    for subject, received in (("Botnet early", date(2015, 11, 2)), ("Phishing later", date(2016, 1, 5))):
        add_request(
            ctx,
            from_side="US",
            to_side="CN",
            kind="information",
            subject=subject,
            received_on=received,
            today=received,
        )


def test_held_meeting_renders_as_of_its_date(scene, tmp_path):
    from dialogue_planner.services.meetings import set_status

    ctx, n = scene.ctx, scene.meeting
    _requests(ctx)
    assert pack_as_of(ctx, n) is None
    today_pack = flat_text(render_meeting_pack(ctx, n, PackOptions(deterministic=True)).pdf)
    assert "Phishinglater" in today_pack and "Asof" not in today_pack
    set_status(ctx, n, "held", today=date(2015, 12, 2))
    assert pack_as_of(ctx, n) == date(2015, 12, 1)
    held = flat_text(render_meeting_pack(ctx, n, PackOptions(deterministic=True)).pdf)
    assert "Botnetearly" in held and "Phishinglater" not in held
    assert "Asof1Dec2015" in held
    # an explicit day wins; a caller who fixes "today" gets that day without the as-of mark
    explicit = flat_text(
        render_meeting_pack(ctx, n, PackOptions(deterministic=True), as_of=date(2016, 2, 1)).pdf
    )
    assert "Phishinglater" in explicit and "Asof1Feb2016" in explicit
    assert resolve_as_of(ctx, n, None, today=TODAY) is None
    exported = export_pack(ctx, n, PackOptions(), tmp_path / "held.pdf")
    assert exported.archived is not None and exported.archived.as_of == date(2015, 12, 1)
    assert exported.archived.options["as_of"] == "2015-12-01"


def test_as_of_shows_requests_as_they_stood_that_day(scene):
    """A request answered after the day was waiting on it (and overdue, when it was due before): the
    pack as of that day lists it as open; today's pack does not."""
    from dialogue_planner.services.briefing import assemble_pack
    from dialogue_planner.services.requests import add_request, respond

    ctx, n = scene.ctx, scene.meeting
    _requests(ctx)  # "Botnet early": received 2 Nov 2015, due 2 Dec 2015
    answered = add_request(
        ctx, from_side="CN", to_side="US", kind="information", subject="Answered in January",
        received_on=date(2015, 10, 1), today=date(2015, 10, 1),
    )  # fmt: skip
    respond(ctx, answered.reference, on=date(2016, 1, 10), quality="complete", today=date(2016, 1, 10))
    now = assemble_pack(ctx, n, today=date(2016, 2, 1))
    assert answered.reference not in {r.reference for r in now.open_requests}
    then = assemble_pack(ctx, n, as_of=date(2015, 12, 1))
    assert then.as_of == date(2015, 12, 1)
    by_reference = {r.reference: r for r in then.open_requests}
    assert set(by_reference) == {answered.reference, "US-2015-0001"}  # "Phishing later" not yet received
    assert by_reference[answered.reference].status == "open"
    overdue = {r.reference: r.days_overdue for r in then.overdue_requests}
    late = (date(2015, 12, 1) - answered.response_due_on).days  # counted to the review's last day
    assert overdue in ({answered.reference: late}, {answered.reference: late - 1})


def test_as_of_shows_commitments_done_since_as_unsettled(scene):
    from dialogue_planner.services.briefing import assemble_pack
    from dialogue_planner.services.commitments import add_commitment, update_commitment

    ctx, n = scene.ctx, scene.meeting
    c = add_commitment(ctx, n, text="Exchange points of contact", owner="US", due_on=date(2016, 1, 10))
    update_commitment(ctx, c.id, status="done", evidence="Lists exchanged", today=date(2016, 2, 1))
    assert [a.description for a in assemble_pack(ctx, n, today=date(2016, 3, 1)).actions] == []
    (then,) = assemble_pack(ctx, n, as_of=date(2016, 1, 15)).actions
    assert (then.description, then.status, then.days_overdue) == ("Exchange points of contact", "open", 5)
    assert assemble_pack(ctx, n, as_of=date(2016, 2, 1)).actions == ()  # done that day


def test_as_of_is_checked(scene):
    with pytest.raises(ValidationError, match="after today"):
        resolve_as_of(scene.ctx, scene.meeting, date(2099, 1, 1))
    with pytest.raises(ValidationError):
        resolve_as_of(scene.ctx, scene.meeting, date(1900, 1, 1))


@pytest.mark.postgres
def test_bytes_round_trip_on_both_engines(any_scene, tmp_path):
    ctx, n = any_scene.ctx, any_scene.meeting
    blob = bytes(range(256)) * 300  # every byte value, NUL included
    record = archive_export(ctx, n, blob, PackOptions(language="zh"), file_name="x.pdf")
    got, pdf = archived_pack(ctx, record.id)
    assert pdf == blob and got.sha256 == hashlib.sha256(blob).hexdigest() and got.size == len(blob)
    copies = issue_copies(ctx, n, ["CN-001"], PackOptions(), tmp_path / "p.pdf", today=TODAY)
    listed = list_archive(ctx, n)
    assert [a.kind for a in listed] == ["copy", "export"]
    assert archived_pack(ctx, listed[0].id)[1] == copies[0].path.read_bytes()
    assert json.loads(json.dumps(listed[0].options))["batch"] == listed[0].batch
