"""Journeys through the Requests, Roster and Briefing pages, written only as a user acts: widgets found by
their names and labels, mouse clicks and typing, every dialog answered by its buttons; the assertions read
the screen, the files written and the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QToolButton,
    QWizard,
)
from sqlalchemy import select

from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.briefing import distribution_log
from dialogue_planner.services.requests import get_request
from dialogue_planner.services.roster import add_delegate, list_delegates
from dialogue_planner.storage.models import AuditEntry

from .user_seat import (
    answer_file_dialog,
    answer_next_box,
    button,
    choose_in_menu,
    click,
    find,
    open_page,
    retype,
    when_modal,
)

# Typing into a field with completion opens its popup and menus pop up: the offscreen platform cannot raise
# windows or grab the keyboard for them, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app = AppContext(demo_ctx, settings, ErrorReporter(interactive=False))
    main = MainWindow(app, settings=settings)
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    qtbot.waitExposed(main)
    yield main
    app.tasks.wait()


def report_cell(dialog, label: str, side: str) -> str:
    table = find(dialog, QTableWidget, "reportTable")
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == label)
    column = next(
        c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text().endswith(side)
    )
    return table.item(row, column).text()


def read_report(qtbot, page) -> dict[str, str]:
    """Open Timeliness…, read the figures of the responding side CN, close it."""
    figures: dict[str, str] = {}

    def read(dialog) -> None:
        for label in ("Requests", "Responded"):
            figures[label] = report_cell(dialog, label, "CN")
        click(qtbot, button(dialog, "Close"))

    when_modal(read)
    click(qtbot, find(page, QPushButton, "timelinessReport"))
    assert figures
    return figures


def test_log_a_request_edit_its_description_respond_and_see_it_in_the_timeliness_report(qtbot, window):
    page = open_page(qtbot, window, "Requests")
    summary = find(page, QLabel, "pageSubtitle")
    qtbot.waitUntil(lambda: summary.text().endswith("showing 368"), timeout=20_000)
    before = read_report(qtbot, page)

    def log(dialog) -> None:
        qtbot.keyClicks(find(dialog, QLineEdit, "subject"), "Relay servers of a botnet")
        qtbot.keyClicks(find(dialog, QComboBox, "requestingAgency").lineEdit(), "fbi")
        qtbot.keyClicks(find(dialog, QComboBox, "respondingAgency").lineEdit(), "MPS")
        qtbot.keyClicks(find(dialog, QPlainTextEdit, "description"), "Server logs from May")
        click(qtbot, button(dialog, "Save"))

    when_modal(log)
    click(qtbot, find(page, QPushButton, "newRequest"))
    heading = find(page, QLabel, "cardHeading")
    reference = heading.text().split(" · ")[0]
    assert heading.text() == f"{reference} · Relay servers of a botnet"
    assert find(page, QLabel, "requestDescription").text() == "Server logs from May"
    stored = get_request(window.app.ctx, reference).request
    assert (stored.requesting_agency, stored.responding_agency, stored.received_on) == (
        "FBI",
        "MPS",
        date.today(),
    )

    def edit(dialog) -> None:
        received = find(dialog, QLineEdit, "received")
        assert (
            not received.isEnabled() and "due dates are counted from the date received" in received.toolTip()
        )
        retype(qtbot, find(dialog, QPlainTextEdit, "description"), "Server logs from May and June")
        click(qtbot, button(dialog, "Save"))

    when_modal(edit)
    click(qtbot, find(page, QPushButton, "editRequest"))
    assert find(page, QLabel, "requestDescription").text() == "Server logs from May and June"
    assert get_request(window.app.ctx, reference).request.description == "Server logs from May and June"
    with window.app.ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "request.edit"))
        assert entry.summary == f"{reference}: description corrected"

    retype(qtbot, find(page, QLineEdit, "responseDate"), date.today().isoformat())
    qtbot.keyClicks(find(page, QComboBox, "responseQuality"), "p")  # "partial", found by its first letter
    qtbot.keyClicks(find(page, QLineEdit, "responseNote"), "Logs for May")
    click(qtbot, find(page, QPushButton, "recordResponse"))
    history = find(page, QListWidget, "requestHistory")
    assert (
        history.item(history.count() - 1).text()
        == f"{date.today().isoformat()}  response (partial): Logs for May"
    )
    responded = get_request(window.app.ctx, reference).request
    assert (responded.first_response_on, responded.latest_quality, responded.status) == (
        date.today(),
        "partial",
        "responded",
    )

    after = read_report(qtbot, page)
    assert int(after["Requests"]) == int(before["Requests"]) + 1
    assert int(after["Responded"]) == int(before["Responded"]) + 1
    assert window.app.errors.shown == []


def test_a_typed_date_is_taken_as_typed_or_refused_with_the_reason(qtbot, window):
    page = open_page(qtbot, window, "Requests")
    summary = find(page, QLabel, "pageSubtitle")
    qtbot.waitUntil(lambda: summary.text().endswith("showing 368"), timeout=20_000)
    table = find(page, QTableView, "requestTable")
    click(qtbot, table.viewport())  # a request, chosen in the list
    field = find(page, QLineEdit, "responseDate")
    retype(qtbot, field, "2027-01-01")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # Tab leaves the field, with the date as typed
    assert field.text() == "2027-01-01" and not field.hasFocus()
    click(qtbot, find(page, QPushButton, "recordResponse"))
    assert window.app.errors.shown[-1][1] == "The response date 2027-01-01 is in the future."
    retype(qtbot, field, "2026-02-30")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.toolTip() == "“2026-02-30” is not a date: 2026-02 has 28 days."
    click(qtbot, find(page, QPushButton, "recordResponse"))
    assert window.app.errors.shown[-1][1] == "“2026-02-30” is not a date: 2026-02 has 28 days."


ROWS = [
    ["CN", "MPS", "Linqiao", "Hai", "林桥", "Inspector", "lin.hai@mps.example", "", "J-1"],
    ["US", "FBI", "Quillfeather", "Ruth", "", "Special Agent", "ruth.baker@fbi.example", "", "J-2"],
    ["CN", "Nowhere", "Bad", "Row", "", "", "", "", "J-3"],
    ["US", "FBI", "", "", "", "", "no family name", "", "J-4"],
]
HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
]


def test_import_a_roster_with_bad_rows_skip_them_and_undo_the_import(qtbot, window, tmp_path):
    path = tmp_path / "new-people.csv"
    path.write_text("\r\n".join(",".join(row) for row in [HEADER, *ROWS]) + "\r\n", encoding="utf-8")
    page = open_page(qtbot, window, "Roster")
    table = find(page, QTableView, "delegateTable")
    shown_before = table.model().rowCount()
    stored_before = len(list_delegates(window.app.ctx))

    choose_in_menu(qtbot, find(page, QToolButton, "rosterMore"), "Import a roster file…")
    wizard = find(window, QWizard, "importWizard")
    answer_file_dialog(qtbot, path)
    click(qtbot, button(wizard, "Choose file…"))
    status = find(wizard, QLabel, "importFileStatus")
    qtbot.waitUntil(lambda: status.text().startswith("new-people.csv: 5 rows"), timeout=10_000)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # the columns, matched by their headers
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # the preview
    counts = find(wizard, QLabel, "previewCounts")
    qtbot.waitUntil(lambda: counts.text().endswith("rows with errors."), timeout=10_000)
    assert counts.text() == "2 new, 0 changed, 0 unchanged, 0 to deactivate, 2 rows with errors."
    importing = wizard.button(QWizard.WizardButton.CommitButton)
    assert not importing.isEnabled()  # not with invalid rows, unless they are skipped
    click(qtbot, find(wizard, QCheckBox, "skipInvalid"))
    assert importing.isEnabled()
    click(qtbot, importing)
    summary = find(wizard, QLabel, "applySummary")
    qtbot.waitUntil(lambda: summary.text().startswith("Imported new-people.csv"), timeout=10_000)
    assert "2 new, 0 changed, 0 unchanged, 0 deactivated, 2 invalid rows skipped." in summary.text()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: table.model().rowCount() == shown_before + 2, timeout=10_000)
    assert {"Linqiao", "Quillfeather"} <= {d.family_name for d in list_delegates(window.app.ctx)}
    assert len(list_delegates(window.app.ctx)) == stored_before + 2

    asked = answer_next_box(
        qtbot, "Undo the import", expect="Undo the import of new-people.csv (2 new, 0 changed"
    )
    choose_in_menu(qtbot, find(page, QToolButton, "rosterMore"), "Undo the last import…")
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    qtbot.waitUntil(lambda: table.model().rowCount() == shown_before, timeout=10_000)
    assert not {"Linqiao", "Quillfeather"} & {d.family_name for d in list_delegates(window.app.ctx)}
    assert window.app.errors.shown == []


def test_render_export_and_issue_two_numbered_copies(qtbot, window, tmp_path):
    from pypdf import PdfReader

    page = open_page(qtbot, window, "Briefing")
    export = find(page, QPushButton, "exportPack")
    busy = page.findChild(QProgressBar, "briefingProgress")
    qtbot.waitUntil(lambda: busy.isVisible(), timeout=5_000)  # the preview renders by itself
    qtbot.waitUntil(lambda: export.isEnabled(), timeout=60_000)
    target = tmp_path / "pack.pdf"
    answer_file_dialog(qtbot, target)
    click(qtbot, export)
    assert target.exists()
    text = "".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "23rd meeting" in text

    recipients = find(page, QListWidget, "copyRecipients")
    for row in (0, 1):  # tick the first two recipients
        rect = recipients.visualItemRect(recipients.item(row))
        recipients.scrollToItem(recipients.item(row))
        qtbot.mouseClick(recipients.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(recipients, Qt.Key.Key_Space)
    names = [recipients.item(r).text().split("  ·  ")[0] for r in (0, 1)]
    folder = tmp_path / "copies"
    folder.mkdir()
    answer_file_dialog(qtbot, folder)
    asked = answer_next_box(
        qtbot,
        "Issue 2 copies",
        expect=f"Issue 2 numbered copies of the pack of meeting 23 to {names[0]}, {names[1]}",
    )
    click(qtbot, find(page, QPushButton, "issueCopies"))
    log = find(page, QTableView, "distributionLog")
    qtbot.waitUntil(lambda: log.model().rowCount() == 2, timeout=60_000)
    assert asked
    copies = sorted(p.name for p in folder.glob("*.pdf"))
    assert [name[:34] for name in copies] == [
        "briefing-meeting-23-copy01of2-DEMO",
        "briefing-meeting-23-copy02of2-DEMO",
    ]
    assert len(distribution_log(window.app.ctx, 23)) == 2
    # Nothing the pack shows changed: Export and Print stay as they were.
    assert export.isEnabled() and find(page, QPushButton, "printPack").isEnabled()
    assert window.app.errors.shown == []


def test_roster_columns_keep_their_widths_through_an_empty_search_and_f5(qtbot, window):
    page = open_page(qtbot, window, "Roster")
    table = find(page, QTableView, "delegateTable")
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    name_width = header.sectionSize(0)
    search = find(page, QLineEdit, "rosterSearch")
    qtbot.keyClicks(search, "zzzz")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=2_000)
    shown = len(list_delegates(window.app.ctx))
    agency = next(a for a in list_agencies(window.app.ctx) if a.acronym == "MPS")
    add_delegate(window.app.ctx, {"agency_id": agency.id, "family_name": "Elsewhere"})  # another workstation
    qtbot.keyClick(window, Qt.Key.Key_F5)
    retype(qtbot, search, "")
    qtbot.waitUntil(lambda: table.model().rowCount() == shown + 1, timeout=2_000)  # F5 read it afresh
    assert [header.sectionSize(c) for c in range(header.count())] == widths and name_width > 100
