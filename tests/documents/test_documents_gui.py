"""The attachments panel from the user's seat: attach (the file dialog answered), keep to our side, save a
copy, remove (the question answered), in the agenda item editor, the request pane, the commitment dialog
and the activity dialog; a refused file is said once, and a viewer has nothing to press."""

from __future__ import annotations

import hashlib

import pytest
from journeys.user_seat import click, click_row_showing, find
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QPushButton, QTableView

from dialogue_planner.domain.records import UserRecord
from dialogue_planner.gui.kit import documents_panel
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.shell.app_context import AppContext
from dialogue_planner.gui.shell.errors import ErrorReporter
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.documents import list_documents

from .conftest import make_pdf


@pytest.fixture
def gui_app(qtbot, records, tmp_path):
    app = AppContext(
        records.ctx,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        ErrorReporter(interactive=False),
    )
    yield app
    wait_all()


@pytest.fixture
def chosen_files(monkeypatch, tmp_path):
    """The file dialogs answer with the paths the test puts here ("open" and "save"), as a user picks them."""
    answers = {"open": "", "save": "", "asked": []}

    def open_name(parent, settings, purpose, caption, name_filter="", **options):
        answers["asked"].append(("open", purpose, caption))
        return str(answers["open"]), ""

    def save_name(parent, settings, purpose, caption, suggested="", name_filter="", **options):
        answers["asked"].append(("save", purpose, suggested))
        return str(answers["save"]), ""

    monkeypatch.setattr(documents_panel, "get_open_file_name", open_name)
    monkeypatch.setattr(documents_panel, "get_save_file_name", save_name)
    return answers


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    wait_all()
    return widget


def _names(panel) -> list[str]:
    return [panel.model.record(r).name for r in range(panel.model.rowCount())]


def _attach(qtbot, panel, chosen_files, path) -> None:
    chosen_files["open"] = path
    click(qtbot, find(panel, QPushButton, "attachDocument"))
    wait_all()


def test_attach_keep_to_our_side_save_and_remove(qtbot, gui_app, records, chosen_files, tmp_path, dialogs):
    panel = _shown(qtbot, DocumentsPanel(gui_app, "item"))
    assert not find(panel, QPushButton, "attachDocument").isEnabled()  # no record yet
    panel.set_record(records.item)
    wait_all()
    assert _names(panel) == [] and not panel.save_button.isEnabled() and not panel.remove_button.isEnabled()
    pdf = tmp_path / "talking points.pdf"
    pdf.write_bytes(make_pdf("POINTS"))
    click(qtbot, find(panel, QCheckBox, "documentOurSideOnly"))
    _attach(qtbot, panel, chosen_files, pdf)
    assert _names(panel) == ["talking points.pdf"] and panel.title.text() == "Documents (1)"
    stored = list_documents(records.ctx, kind="item", record=records.item)
    assert [(d.name, d.our_side_only, d.our_side) for d in stored] == [("talking points.pdf", True, "US")]
    assert not panel.our_side_only.isChecked()  # the box is for one attachment: it does not stick
    assert panel.model.index(0, 2).data() == "US"
    # Save as…
    click_row_showing(qtbot, find(panel, QTableView, "documentsTable"), "talking points.pdf")
    chosen_files["save"] = tmp_path / "copy.pdf"
    click(qtbot, find(panel, QPushButton, "saveDocument"))
    wait_all()
    assert hashlib.sha256((tmp_path / "copy.pdf").read_bytes()).hexdigest() == stored[0].sha256
    assert ("save", "documents", "talking points.pdf") in chosen_files["asked"]
    # Remove, answering the question
    dialogs.expect("Remove")
    click(qtbot, find(panel, QPushButton, "removeDocument"))
    qtbot.waitUntil(lambda: _names(panel) == [])
    wait_all()
    assert list_documents(records.ctx) == []


def test_cancelled_dialog_and_refused_file(qtbot, gui_app, records, chosen_files, tmp_path, dialogs):
    panel = _shown(qtbot, DocumentsPanel(gui_app, "item"))
    panel.set_record(records.item)
    wait_all()
    _attach(qtbot, panel, chosen_files, "")  # the user cancelled the file dialog
    assert list_documents(records.ctx) == [] and gui_app.errors.shown == []
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    _attach(qtbot, panel, chosen_files, empty)
    assert gui_app.errors.shown == [("known", "'empty.pdf' is empty: there is nothing to attach.")]
    assert _names(panel) == [] and list_documents(records.ctx) == []
    # Remove, then Cancel: the document stays
    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"ok")
    _attach(qtbot, panel, chosen_files, ok)
    click_row_showing(qtbot, panel.table, "ok.txt")
    dialogs.expect("Cancel")
    click(qtbot, panel.remove_button)
    wait_all()
    assert _names(panel) == ["ok.txt"]


def test_a_viewer_has_nothing_to_press(qtbot, records, tmp_path, chosen_files):
    from dialogue_planner.services.documents import attach_document

    attach_document(records.ctx, kind="item", record=records.item, name="a.txt", content=b"a")
    viewer = ServiceContext(
        records.ctx.db,
        UserRecord(
            id=records.ctx.user.id, login="v", display_name="v", role="viewer", active=True, version=1
        ),
        records.ctx.dialogue_id,
    )
    app = AppContext(
        viewer,
        QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat),
        ErrorReporter(interactive=False),
    )
    panel = _shown(qtbot, DocumentsPanel(app, "item"))
    panel.set_record(records.item)
    wait_all()
    click_row_showing(qtbot, panel.table, "a.txt")
    assert not panel.attach_button.isEnabled() and not panel.our_side_only.isEnabled()
    assert not panel.remove_button.isEnabled() and panel.save_button.isEnabled()  # a viewer may keep a copy
    wait_all()


def test_in_the_agenda_item_editor(qtbot, gui_app, records, chosen_files, tmp_path):
    from dialogue_planner.gui.agenda.item_editor import ItemEditor
    from dialogue_planner.services.agenda import list_items

    editor = _shown(qtbot, ItemEditor(gui_app))
    item = next(i for i in list_items(records.ctx, records.scene.meeting) if i.id == records.item)
    editor.show_item(item)
    wait_all()
    panel = find(editor, DocumentsPanel, "documentsPanel-item")
    path = tmp_path / "non-paper.pdf"
    path.write_bytes(make_pdf("NP"))
    _attach(qtbot, panel, chosen_files, path)
    assert _names(panel) == ["non-paper.pdf"]
    assert [d.record for d in list_documents(records.ctx)] == [records.item]
    editor.show_item(None)
    wait_all()
    assert _names(panel) == [] and not panel.attach_button.isEnabled()


def test_in_the_request_pane(qtbot, gui_app, records, chosen_files, tmp_path):
    from dialogue_planner.gui.requests.detail_pane import RequestDetailPane
    from dialogue_planner.services.requests import get_request

    pane = _shown(qtbot, RequestDetailPane(gui_app))
    pane.show_detail(get_request(records.ctx, records.reference))
    wait_all()
    panel = find(pane, DocumentsPanel, "documentsPanel-request")
    path = tmp_path / "request file.txt"
    path.write_bytes(b"the request as received")
    _attach(qtbot, panel, chosen_files, path)
    assert _names(panel) == ["request file.txt"]
    assert [(d.kind, d.record) for d in list_documents(records.ctx)] == [("request", records.request)]


def test_in_the_commitment_and_activity_dialogs(qtbot, gui_app, records, chosen_files, tmp_path):
    from dialogue_planner.gui.commitments.activity_dialog import ActivityDialog
    from dialogue_planner.gui.commitments.choices import Choices
    from dialogue_planner.gui.commitments.commitment_dialogs import UpdateCommitmentDialog
    from dialogue_planner.services.activities import get_activity
    from dialogue_planner.services.commitments import get_commitment

    evidence = tmp_path / "evidence.pdf"
    evidence.write_bytes(make_pdf("DELIVERED"))
    dialog = _shown(qtbot, UpdateCommitmentDialog(gui_app, get_commitment(records.ctx, records.commitment)))
    panel = find(dialog, DocumentsPanel, "documentsPanel-commitment")
    _attach(qtbot, panel, chosen_files, evidence)
    assert _names(panel) == ["evidence.pdf"]
    dialog.reject()
    record = get_activity(records.ctx, records.activity)
    dialog = _shown(qtbot, ActivityDialog(gui_app, Choices(), record=record))
    panel = find(dialog, DocumentsPanel, "documentsPanel-activity")
    _attach(qtbot, panel, chosen_files, evidence)
    assert _names(panel) == ["evidence.pdf"]
    dialog.reject()
    assert sorted((d.kind, d.record) for d in list_documents(records.ctx)) == [
        ("activity", records.activity),
        ("commitment", records.commitment),
    ]
    new = _shown(qtbot, ActivityDialog(gui_app, Choices()))  # a new activity: no documents yet
    assert not new.findChildren(DocumentsPanel)
    new.reject()


def test_briefing_page_appends_documents_and_keeps_our_side_out_unless_internal(qtbot, gui_app, records):
    from briefing.pdf_reading import flat_text
    from briefing.test_gui import settle

    from dialogue_planner.gui.briefing.page import BriefingPage
    from dialogue_planner.services.documents import attach_document

    ctx = records.ctx
    attach_document(ctx, kind="item", record=records.item, name="shared.pdf", content=make_pdf("SHAREDPAPER"))
    attach_document(
        ctx,
        kind="item",
        record=records.item,
        name="ours.pdf",
        content=make_pdf("OURSONLY"),
        our_side_only=True,
    )
    page = BriefingPage(gui_app)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    settle(qtbot, page)
    text = flat_text(page.rendered.pdf)
    assert "shared.pdf" in text and "SHAREDPAPER" not in text and "ours.pdf" not in text
    click(qtbot, find(page, QCheckBox, "briefingAppendDocuments"))
    settle(qtbot, page)
    text = flat_text(page.rendered.pdf)
    assert "SHAREDPAPER" in text and "OURSONLY" not in text
    click(qtbot, find(page, QCheckBox, "briefingInternal"))
    settle(qtbot, page)
    assert "OURSONLY" in flat_text(page.rendered.pdf)
    gui_app.tasks.wait()
