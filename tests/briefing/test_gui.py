"""The Briefing page and the Delegation tab, driven through real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.briefing import distribution_log
from dialogue_planner.services.delegation import add_member, list_members

from .pdf_reading import page_texts


@pytest.fixture
def app(qtbot, tmp_path):
    """An AppContext factory for a service context (errors collected, not shown)."""
    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    contexts = []

    def make(ctx):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(ctx, settings, ErrorReporter(interactive=False))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.tasks.wait()


@pytest.fixture
def page(qtbot, app, scene):
    from dialogue_planner.gui.briefing.page import BriefingPage

    add_member(scene.ctx, meeting=scene.meeting, delegate="US-001", role="co-chair")
    add_member(scene.ctx, meeting=scene.meeting, delegate="CN-001", role="head")
    widget = BriefingPage(app(scene.ctx))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.refresh()
    settle(qtbot, widget)
    return widget


def settle(qtbot, page):
    """Wait until the preview shows what the options ask for (the page renders by itself)."""
    wait_all()  # the meetings and the chosen meeting's delegation load first
    qtbot.waitUntil(
        lambda: (
            page._task is None
            and not page._render_soon.isActive()
            and page.wanted_key() in (page.rendered_key, page.attempted_key)
        ),
        timeout=30_000,
    )


def render(qtbot, page):
    """Click "Render again" and wait for the pack."""
    settle(qtbot, page)
    qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._task is None, timeout=20_000)


def test_the_preview_renders_on_opening_in_the_background(qtbot, app, scene):
    from PySide6.QtPdf import QPdfDocument

    from dialogue_planner.gui.briefing.page import BriefingPage

    page = BriefingPage(app(scene.ctx))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    assert not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page._task is not None, timeout=5_000)  # started by itself, with the busy bar
    assert page.progress.isVisible() and page.progress.maximum() == 0
    assert page.status.text() == "Rendering the pack of meeting 1…"
    settle(qtbot, page)
    assert page.document.status() == QPdfDocument.Status.Ready and not page.progress.isVisible()
    assert page.export_button.isEnabled() and page.print_button.isEnabled()
    assert page.status.text() == f"Meeting 1: {page.rendered.pages} pages, US Letter, English."  # host: US


def test_render_preview_loads_the_pack_into_qtpdf(qtbot, page):
    from PySide6.QtPdf import QPdfDocument

    assert page.meeting_combo.currentData() == 1
    page.language_combo.setCurrentIndex(page.language_combo.findData("bilingual"))
    page.marking_edit.setText("LIMITED & <internal>")
    settle(qtbot, page)
    assert page.rendered is not None and page.rendered.pages >= 5
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == page.rendered.pages
    assert "pages" in page.status.text()
    assert page.export_button.isEnabled() and page.print_button.isEnabled()
    text = page_texts(page.rendered.pdf)
    assert "LIMITED & <internal>" in text[0] and "Delegations / 代表团" in "".join(text)
    assert page.app.errors.shown == []


def test_changed_options_hold_export_until_the_preview_follows(qtbot, page):
    assert page.export_button.isEnabled()
    qtbot.keyClicks(page.marking_edit, "NEW MARKING")
    assert not page.export_button.isEnabled() and not page.print_button.isEnabled()
    assert page.status.text() == "The options changed: the preview is being rendered again."
    settle(qtbot, page)
    assert page.export_button.isEnabled()
    assert "NEW MARKING" in page_texts(page.rendered.pdf)[0]
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh"))
    assert not page.export_button.isEnabled()
    settle(qtbot, page)
    assert page.export_button.isEnabled()
    assert page.status.text() == f"Meeting 1: {page.rendered.pages} pages, US Letter, Chinese."


def test_issuing_copies_leaves_export_and_print_as_they_were(qtbot, page, tmp_path):
    page.app.data_changed.connect(lambda _areas: page.refresh())  # what the main window does
    assert page.export_button.isEnabled()
    rendered = page.rendered
    page.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    page.issue_copies_to(tmp_path)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    wait_all()  # the distribution log is read again after the copies
    assert page.log_model.rowCount() == 1
    assert page.export_button.isEnabled() and page.print_button.isEnabled()
    # The redrawn options look again once (a zero-time timer); nothing is rendered again.
    qtbot.waitUntil(lambda: not page._render_soon.isActive(), timeout=5_000)
    assert page.rendered is rendered and page._task is None
    page.refresh()  # F5, or a change made elsewhere: the data may differ, so the pack is made afresh
    assert not page.export_button.isEnabled()
    settle(qtbot, page)
    assert page.export_button.isEnabled() and page.rendered is not rendered


def test_export_writes_the_rendered_bytes(qtbot, page, tmp_path):
    render(qtbot, page)
    target = tmp_path / "out" / "pack"
    page.export_to(target)
    wait_all()
    assert (tmp_path / "out" / "pack.pdf").read_bytes() == page.rendered.pdf
    assert "Saved" in page.status.text()


def test_print_draws_every_page(qtbot, page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    render(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.rendered.pages
    assert len(page_texts((tmp_path / "printed.pdf").read_bytes())) == page.rendered.pages


def test_missing_glyphs_show_a_banner_and_can_be_replaced(qtbot, page, scene):
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.roster import add_delegate

    agency = next(a for a in list_agencies(scene.ctx) if a.side_code == "US")
    add_delegate(scene.ctx, dict(agency_id=agency.id, family_name="Smile 😀", external_id="US-EMOJI"))
    add_member(scene.ctx, meeting=scene.meeting, delegate="US-EMOJI")
    render(qtbot, page)
    assert not page.font_problem.isHidden()
    assert "U+1F600" in page.font_problem_text.text()
    assert page.rendered is None and page.app.errors.shown == []
    page.replace_button.click()
    qtbot.waitUntil(lambda: page._task is None and page.rendered is not None, timeout=20_000)
    assert page.font_problem.isHidden()
    assert "print as" in page.status.text()


def test_issue_numbered_copies_and_show_the_log(qtbot, page, scene, tmp_path):
    assert page.recipients.count() == 2
    page.issue_copies_to(tmp_path)
    assert "Tick the recipients" in page.status.text()
    for i in range(page.recipients.count()):
        page.recipients.item(i).setCheckState(Qt.CheckState.Checked)
    page.issue_copies_to(tmp_path)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    wait_all()  # the distribution log is read again after the copies
    files = sorted(p.name for p in tmp_path.glob("briefing-meeting-1-copy*.pdf"))
    assert len(files) == 2
    assert page.log_model.rowCount() == 2
    assert {page.log_model.record(r).recipient_name for r in range(2)} == {
        "JOHNSON Jeh",
        "GUO Shengkun 郭声琨",
    }
    assert len(distribution_log(scene.ctx, 1)) == 2
    assert "Issued 2 numbered copies" in page.status.text()


def test_the_page_is_registered_and_builds_in_the_main_window(qtbot, app, scene):
    from dialogue_planner.gui.shell.main_window import MainWindow

    window = MainWindow(app(scene.ctx))
    qtbot.addWidget(window)
    assert window.page("briefing") is not None


def test_delegation_tab_adds_edits_and_removes(qtbot, app, scene, dialogs):
    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.schedule.delegation_tab import DelegationTab

    tab = DelegationTab(app(scene.ctx), scene.meeting)
    qtbot.addWidget(tab)
    wait_all()  # the tab loads and saves off the GUI thread
    assert "No delegates named yet." in tab.summary.text()
    index = next(i for i in range(tab.delegate_combo.count()) if tab.delegate_combo.itemData(i) == "US-001")
    tab.delegate_combo.setCurrentIndex(index)
    tab.add_role.setCurrentIndex(tab.add_role.findData("co-chair"))
    tab.add_button.click()
    wait_all()  # the tab loads and saves off the GUI thread
    index = next(
        i for i in range(tab.delegate_combo.count()) if tab.delegate_combo.itemData(i) == "sally@example.gov"
    )
    tab.delegate_combo.setCurrentIndex(index)
    tab.add_role.setCurrentIndex(tab.add_role.findData("member"))
    tab.add_button.click()
    wait_all()  # the tab loads and saves off the GUI thread
    assert [m.name for m in list_members(scene.ctx, 1)] == ["JOHNSON Jeh", "YATES Sally"]
    assert tab.model.rowCount() == 2 and "US: 2 delegates" in tab.summary.text()
    assert tab.delegate_combo.findData("US-001") == -1  # no one twice

    tab.table.selectRow(next(r for r in range(2) if tab.proxy.index(r, 1).data() == "JOHNSON Jeh"))
    assert tab.edit_box.isEnabled()
    tab.stand_in.setCurrentIndex(tab.stand_in.findData("sally@example.gov"))
    tab.attendance.setCurrentIndex(tab.attendance.findData(False))
    tab.apply_button.click()
    wait_all()  # the tab loads and saves off the GUI thread
    chair = next(m for m in list_members(scene.ctx, 1) if m.name == "JOHNSON Jeh")
    assert (chair.attended, chair.represented_by) == (False, "YATES Sally")
    assert any("represented by YATES Sally" in (tab.model.index(r, 6).data() or "") for r in range(2))
    # Chosen again, the chair shows the stand-in saved; the chair cannot stand in for himself.
    tab.table.selectRow(next(r for r in range(2) if tab.proxy.index(r, 1).data() == "JOHNSON Jeh"))
    assert tab.stand_in.currentData() == "sally@example.gov"
    assert tab.stand_in.itemText(0) == "Nobody" and tab.stand_in.findData("US-001") == -1

    tab.table.selectRow(next(r for r in range(2) if tab.proxy.index(r, 1).data() == "YATES Sally"))
    asked = dialogs.expect("Remove")
    tab.remove_button.click()  # asked, then refused: Sally stands in for the chair
    wait_all()  # the tab loads and saves off the GUI thread
    assert asked.title == "Remove from delegation" and "Remove YATES Sally (US" in asked.text
    assert tab.app.errors.shown and "stands in" in tab.app.errors.shown[-1][1]
    assert tab.model.rowCount() == 2
    tab.table.selectRow(next(r for r in range(2) if tab.proxy.index(r, 1).data() == "JOHNSON Jeh"))
    dialogs.expect("Cancel")
    tab.remove_button.click()  # declined: nothing changes
    wait_all()  # the tab loads and saves off the GUI thread
    assert len(list_members(scene.ctx, 1)) == 2


def test_delegation_tab_without_a_meeting_says_save_first(qtbot, app, scene):
    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.schedule.delegation_tab import DelegationTab

    tab = DelegationTab(app(scene.ctx), None)
    qtbot.addWidget(tab)
    wait_all()  # the tab loads and saves off the GUI thread
    assert "Save the meeting first" in tab.summary.text()
    assert not tab.add_button.isEnabled()


def test_meeting_editor_shows_the_delegation_tab(qtbot, app, scene):
    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.schedule.delegation_tab import DelegationTab
    from dialogue_planner.gui.schedule.meeting_dialog import MeetingDialog

    add_member(scene.ctx, meeting=1, delegate="CN-001", role="head")
    dialog = MeetingDialog(app(scene.ctx), 1)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_all()
    assert dialog.findChild(DelegationTab) is None  # built when the user turns to it
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Delegation" in titles
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index("Delegation")).center())
    wait_all()  # the tab loads and saves off the GUI thread
    tab = dialog.findChild(DelegationTab)
    assert tab is not None and tab.isVisible() and tab.model.rowCount() == 1


def test_item_models_pass_the_model_tester(qtmodeltester, scene, tmp_path):
    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.gui.briefing.models import DistributionModel
    from dialogue_planner.gui.schedule.delegation_model import DelegationModel
    from dialogue_planner.services.briefing import issue_copies

    add_member(scene.ctx, meeting=1, delegate="US-001", role="co-chair")
    add_member(scene.ctx, meeting=1, delegate="CN-002")
    delegation = DelegationModel()
    delegation.set_rows(list_members(scene.ctx, 1))
    qtmodeltester.check(delegation)
    issue_copies(scene.ctx, 1, ["US-001", "CN-002"], PackOptions(), tmp_path / "p.pdf")
    log = DistributionModel()
    log.set_rows(distribution_log(scene.ctx, 1))
    qtmodeltester.check(log)
    empty = DistributionModel()
    qtmodeltester.check(empty)


def test_screens_look_right(qtbot, page, tmp_path):
    """Not an assertion on pixels: saves the page for a person to look at (and proves it paints)."""
    render(qtbot, page)
    image = page.grab()
    assert not image.isNull() and image.width() == 1280
    image.save(str(Path(tmp_path) / "briefing-page.png"))
