"""Documents in the briefing pack: listed per agenda item and request, attached PDFs appended with a bookmark
each, damaged and non-PDF files listed only, and documents kept to one side never in the other side's pack
(read back from the PDF itself: its text and its outline)."""

from __future__ import annotations

from datetime import date

import pytest
from briefing.pdf_reading import flat_text, outline, reader
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.briefing import AppendState, PackOptions
from dialogue_planner.services.briefing import assemble_pack, issue_copies, render_meeting_pack
from dialogue_planner.services.delegation import add_member
from dialogue_planner.services.documents import attach_document

from .conftest import make_pdf

TODAY = date(2015, 11, 20)


@pytest.fixture
def attached(records):
    """A shared PDF (2 pages) on the agenda item, a PDF kept to the US on it too, a damaged PDF and a text
    file on the request."""
    ctx = records.ctx
    shared = attach_document(
        ctx,
        kind="item",
        record=records.item,
        name="non-paper.pdf",
        content=make_pdf("SHAREDNONPAPER one", "SHAREDNONPAPER two"),
        note="US non-paper",
    )
    ours = attach_document(
        ctx,
        kind="item",
        record=records.item,
        name="ourpoints.pdf",
        content=make_pdf("OURTALKINGPOINTS"),
        note="our lines",
        our_side_only=True,
    )
    broken = attach_document(
        ctx, kind="request", record=records.request, name="damaged.pdf", content=b"%PDF-1.4\n1 0 obj <<"
    )
    text = attach_document(ctx, kind="request", record=records.request, name="request.txt", content=b"plain")
    return records, {"shared": shared, "ours": ours, "broken": broken, "text": text}


def _render(ctx, meeting, **options):
    return render_meeting_pack(ctx, meeting, PackOptions(deterministic=True, **options), today=TODAY).pdf


def test_pack_lists_documents_per_item_and_request_without_appending(attached):
    records, docs = attached
    pack = assemble_pack(records.ctx, records.scene.meeting, today=TODAY)
    item = next(i for i in pack.agenda if i.title == "Cooperation on botnets")
    assert [d.name for d in item.documents] == ["non-paper.pdf", "ourpoints.pdf"]  # all, before any audience
    request = next(r for r in pack.open_requests if r.reference == records.reference)
    assert [d.name for d in request.documents] == ["damaged.pdf", "request.txt"]
    pdf = _render(records.ctx, records.scene.meeting)
    text = flat_text(pdf)
    for s in ("non-paper.pdf(1.", "USnon-paper", "damaged.pdf(", "request.txt(5bytes)", "Attacheddocuments"):
        assert s in text, s
    assert "SHAREDNONPAPER" not in text  # listed, not appended
    assert "ourpoints.pdf" not in text and "OURTALKINGPOINTS" not in text  # no known side: left out
    assert "appended" not in text


def test_append_documents_adds_pdfs_with_bookmarks_and_reports_the_rest(attached):
    records, docs = attached
    plain = _render(records.ctx, records.scene.meeting)
    pdf = _render(records.ctx, records.scene.meeting, append_documents=True)
    own_pages = len(reader(plain).pages)
    pages = reader(pdf).pages
    assert len(pages) == own_pages + 2  # the shared PDF's two pages; nothing of the others
    assert "SHAREDNONPAPERone" in "".join((pages[own_pages].extract_text() or "").split())
    assert "SHAREDNONPAPERtwo" in "".join((pages[own_pages + 1].extract_text() or "").split())
    marks = outline(pdf)
    group = [m for m in marks if m[1] == "Attached documents" and m[0] == 0]
    assert group == [(0, "Attached documents", own_pages)]
    assert (1, "non-paper.pdf (2. Cooperation on botnets)", own_pages) in marks or any(
        m[1].startswith("non-paper.pdf (") and m[2] == own_pages and m[0] == 1 for m in marks
    )
    assert not any("ourpoints" in m[1] or "damaged" in m[1] or "request.txt" in m[1] for m in marks)
    text = flat_text(pdf)
    assert "damaged.pdf(" in text and "couldnotbeappended" in text  # listed, with the reason
    assert "notaPDF:listed,notappended" in text
    assert "appendedattheendofthispack" in text
    assert "OURTALKINGPOINTS" not in text and "ourpoints.pdf" not in text
    # the pack's own bookmarks are kept
    assert any(m[1] == "Agenda" for m in marks)


def test_our_side_only_never_reaches_the_other_sides_copy(attached, tmp_path):
    records, docs = attached
    ctx, n = records.ctx, records.scene.meeting
    add_member(ctx, meeting=n, delegate="US-001", role="co-chair")
    add_member(ctx, meeting=n, delegate="CN-001", role="head")
    copies = issue_copies(
        ctx,
        n,
        ["US-001", "CN-001"],
        PackOptions(deterministic=True, append_documents=True, internal=True),
        tmp_path / "pack.pdf",
        today=TODAY,
    )
    us, cn = (c.path.read_bytes() for c in copies)
    us_text, cn_text = flat_text(us), flat_text(cn)
    assert "ourpoints.pdf" in us_text and "OURTALKINGPOINTS" in us_text and "ourlines" in us_text
    assert any(m[1].startswith("ourpoints.pdf") for m in outline(us))
    # the other side's copy: not listed, not appended, not bookmarked, even though the pack is internal
    assert "ourpoints" not in cn_text and "OURTALKINGPOINTS" not in cn_text and "ourlines" not in cn_text
    assert not any("ourpoints" in m[1] for m in outline(cn))
    assert "SHAREDNONPAPER" in cn_text
    assert len(reader(us).pages) == len(reader(cn).pages) + 1


def test_an_internal_pack_without_recipients_shows_our_side_only(attached):
    records, _ = attached
    pdf = _render(records.ctx, records.scene.meeting, internal=True, append_documents=True)
    text = flat_text(pdf)
    assert "ourpoints.pdf" in text and "OURTALKINGPOINTS" in text


def test_a_pack_with_only_broken_documents_still_renders(records):
    ctx = records.ctx
    for name, content in (
        ("empty-ish.pdf", b"%PDF-"),
        ("random.pdf", bytes(range(256)) * 8),
        ("truncated.pdf", make_pdf("TRUNC")[:300]),
    ):
        attach_document(ctx, kind="item", record=records.item, name=name, content=content)
    pdf = _render(ctx, records.scene.meeting, append_documents=True)
    text = flat_text(pdf)
    assert text.count("couldnotbeappended") >= 3 * 2  # beside the item and in the annex's list
    assert not any(m[1] == "Attached documents" and m[0] == 0 for m in outline(pdf))


def test_append_states_in_the_records(attached):
    from dialogue_planner.domain.documents import for_audience
    from dialogue_planner.services.briefing import _appendix

    records, docs = attached
    pack = for_audience(
        assemble_pack(records.ctx, records.scene.meeting, today=TODAY), audience_side="", internal=False
    )
    marked, appended = _appendix(records.ctx, pack)
    states = {d.name: d.appended for i in marked.agenda for d in i.documents} | {
        d.name: d.appended for r in marked.open_requests for d in r.documents
    }
    assert states == {
        "non-paper.pdf": AppendState.APPENDED,
        "damaged.pdf": AppendState.FAILED,
        "request.txt": AppendState.NOT_PDF,
    }
    assert [title.split(" ")[0] for title, _ in appended] == ["non-paper.pdf"]


def test_an_appended_pack_keeps_its_information_and_stays_deterministic(attached):
    records, _ = attached
    first = _render(records.ctx, records.scene.meeting, append_documents=True)
    again = _render(records.ctx, records.scene.meeting, append_documents=True)
    assert first == again
    plain = reader(_render(records.ctx, records.scene.meeting)).metadata
    info = reader(first).metadata
    assert info.title == plain.title and info.author == plain.author and "Briefing pack" in info.title
    assert reader(first).trailer["/Root"].get("/Lang") == reader(_render(records.ctx, 1)).trailer[
        "/Root"
    ].get("/Lang")


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=2000), st.sampled_from([b"", b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"])
)
def test_no_bytes_make_the_pdf_check_raise(noise, start):
    """Whatever an attached file holds, the check says "append" (with pages pypdf can read) or "do not"."""
    from dialogue_planner.reports.appendix import readable_pdf

    checked = readable_pdf(start + noise)
    assert checked is None or len(reader(checked).pages) > 0


def test_a_pdf_cut_anywhere_is_appended_whole_or_not_at_all():
    from dialogue_planner.reports.appendix import append_documents, readable_pdf

    whole = make_pdf("CUT one", "CUT two")
    for end in range(0, len(whole), max(1, len(whole) // 40)):
        checked = readable_pdf(whole[:end])
        if checked is not None:
            pdf, added = append_documents(make_pdf("PACK"), [("cut.pdf", checked)], "Attached documents")
            assert added == len(reader(checked).pages) and len(reader(pdf).pages) == 1 + added
