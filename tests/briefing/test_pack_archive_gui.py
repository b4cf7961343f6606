"""The Briefing page's archive, by clicks: exports are archived, the Archive list opens and saves packs
byte for byte, and a held meeting opens as the pack that went out (issue 15)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from journeys.user_seat import answer_file_dialog
from PySide6.QtCore import Qt

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.briefing import issue_copies
from dialogue_planner.services.delegation import add_member
from dialogue_planner.services.meetings import set_status
from dialogue_planner.services.pack_archive import archived_pack, list_archive

from .pdf_reading import flat_text


@pytest.fixture
def make_page(qtbot, tmp_path, scene):
    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.briefing.page import BriefingPage
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    contexts = []
    add_member(scene.ctx, meeting=scene.meeting, delegate="CN-001", role="head")

    def make():
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(scene.ctx, settings, ErrorReporter(interactive=False))
        contexts.append(context)
        page = BriefingPage(context)
        qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        page.refresh()
        wait_all()
        return page

    yield make
    for context in contexts:
        context.tasks.wait()


def rendered(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: page._task is None and not page._render_soon.isActive() and page.preview_current(),
        timeout=30_000,
    )


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    wait_all()


def select_archive_row(qtbot, page, row: int) -> None:
    view = page.archive_view
    rect = view.visualRect(page.archive_proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_export_is_archived_and_saved_back_from_the_list(qtbot, make_page, scene, tmp_path):
    page = make_page()
    rendered(qtbot, page)
    assert page.archived_banner.isHidden() and page.archive_model.rowCount() == 0
    assert not page.open_archived_button.isEnabled() and not page.save_archived_button.isEnabled()
    out = tmp_path / "exported.pdf"
    answer_file_dialog(qtbot, out)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.archive_model.rowCount() == 1, timeout=10_000)
    assert out.read_bytes() == page.rendered.pdf
    (record,) = list_archive(scene.ctx, scene.meeting)
    assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    # the row: time, who, recipients, batch, size, short SHA-256
    cells = [page.archive_proxy.index(0, c).data() for c in range(page.archive_proxy.columnCount())]
    assert cells[1] == scene.ctx.user.login and cells[2] == "(export)"
    assert cells[3] == f"{record.batch} · v1" and cells[5] == record.sha256[:12] and "KB" in cells[4]

    select_archive_row(qtbot, page, 0)
    assert page.save_archived_button.isEnabled() and page.open_archived_button.isEnabled()
    back = tmp_path / "saved.pdf"
    answer_file_dialog(qtbot, back)
    click(qtbot, page.save_archived_button)
    qtbot.waitUntil(back.exists, timeout=10_000)
    assert back.read_bytes() == out.read_bytes()
    assert page.status.text() == f"Saved {back}."
    assert page.app.errors.shown == []


def test_a_held_meeting_opens_as_its_archived_pack(qtbot, make_page, scene, tmp_path):
    ctx, n = scene.ctx, scene.meeting
    copies = issue_copies(ctx, n, ["CN-001"], PackOptions(), tmp_path / "p.pdf", today=date(2015, 11, 20))
    set_status(ctx, n, "held", today=date(2015, 12, 2))
    page = make_page()
    qtbot.waitUntil(lambda: not page.archived_banner.isHidden(), timeout=10_000)
    record = page.archived_shown
    assert record is not None and record.batch == copies[0].record.batch
    assert page.archived_text.text().startswith("Archived copy issued ")
    assert f"by {ctx.user.login}, batch {record.batch}" in page.archived_text.text()
    assert page.document.pageCount() > 0
    assert not page.export_button.isEnabled()  # the preview is no rendering (Save as… writes it)
    assert page.print_button.isEnabled()  # the archived pack prints as it went out
    assert page._task is None and page.rendered is None  # nothing was rendered behind it

    click(qtbot, page.render_afresh_button)
    rendered(qtbot, page)
    assert page.archived_banner.isHidden()
    text = flat_text(page.rendered.pdf)
    assert "Asof1Dec2015" in text  # a held meeting renders as of its date

    select_archive_row(qtbot, page, 0)
    click(qtbot, page.open_archived_button)
    qtbot.waitUntil(lambda: not page.archived_banner.isHidden(), timeout=10_000)
    assert page.archived_shown.id == record.id
    _, pdf = archived_pack(ctx, record.id)
    assert pdf == copies[0].path.read_bytes()
    # another language: the preview renders again and the archived line goes
    page.language_combo.setCurrentIndex(page.language_combo.findData("bilingual"))
    rendered(qtbot, page)
    assert page.archived_banner.isHidden() and page.app.errors.shown == []


def test_archive_model_passes_the_model_tester(qtmodeltester, scene, tmp_path):
    from dialogue_planner.gui.briefing.models import ArchiveModel

    issue_copies(scene.ctx, 1, ["US-001", "CN-002"], PackOptions(), tmp_path / "p.pdf")
    model = ArchiveModel()
    model.set_rows(list_archive(scene.ctx, 1))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 2).data() == "1 of 2: JOHNSON Jeh"
    qtmodeltester.check(ArchiveModel())


def test_meeting_with_archived_packs_is_not_deleted(scene, tmp_path):
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.services.briefing import export_pack
    from dialogue_planner.services.meetings import delete_meeting

    export_pack(scene.ctx, 1, PackOptions(), tmp_path / "p.pdf", today=date(2015, 11, 20))
    with pytest.raises(DialogueError, match="1 archived briefing packs"):
        delete_meeting(scene.ctx, 1)
