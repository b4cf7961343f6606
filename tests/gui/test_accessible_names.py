"""A screen reader can name every control: each control a user reaches with Tab, on every page and in
every dialog the pages' buttons open, has an accessible name (its own text, a label whose buddy it is, or
``setAccessibleName``). A combo box or a field is not named by its current value: "Any side, combo box"
says nothing of what is chosen.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QTextEdit,
    QWidget,
)

from dialogue_planner.gui.shell.pages import PAGE_CLASSES, load_class

from .driving import (
    REJECT, DialogAnswerer, activate, control_key, open_modals, page_controls, select_first_rows, usable,
)

VALUE_CONTROLS = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit)


def reachable(widget: QWidget) -> bool:
    """A control Tab reaches (Qt's own parts of a compound control, such as a spin box's line edit, are
    named through the control)."""
    return (widget.isVisible() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and not widget.objectName().startswith("qt_"))


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, VALUE_CONTROLS) and not widget.accessibleName():
        labelled = iface.relations(QAccessible.Relation.Label)   # the labels whose buddy it is
        return labelled[0][0].text(QAccessible.Text.Name) if labelled else ""
    return iface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if reachable(widget) and not accessible_name(widget):
            label = widget.objectName() or control_key(widget, root)
            found.append(f"{where}: {type(widget).__name__} {label}")
    return found


class DialogInspector(DialogAnswerer):
    """Cancels every window, after noting the unnamed controls of the application's own dialogs and
    opening the further windows they offer (their buttons ending in "…")."""

    def __init__(self, folder, problems: list[str]) -> None:
        super().__init__(folder)
        self.problems = problems
        self.inspected: set[str] = set()
        self.to_open: dict[int, list[QAbstractButton]] = {}

    def _tick(self) -> None:
        modals = open_modals()
        top = modals[-1] if modals else None
        if isinstance(top, QDialog) and type(top).__module__.startswith("dialogue_planner"):
            key = shiboken6.getCppPointer(top)[0]
            kind = type(top).__name__
            if kind not in self.inspected:
                self.inspected.add(kind)
                self.problems.extend(unnamed(top, kind))
                self.to_open[key] = [b for b in top.findChildren(QAbstractButton)
                                     if usable(b) and b.text().rstrip().endswith(("…", "..."))]
            waiting = self.to_open.get(key)
            if waiting:
                QTimer.singleShot(0, waiting.pop(0).click)   # the window it opens is answered in turn
                return
        super()._tick()


PAGE_IDS = [load_class(spec).page_id for spec in PAGE_CLASSES]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_control_of_the_page_and_its_dialogs_has_a_name(page_id, open_window, qtbot, answer_folder):
    window = open_window("en")
    problems = unnamed(window.menuBar(), "menu bar") + unnamed(window.statusBar(), "status bar") + \
        unnamed(window.sidebar, "sidebar")
    inspector = DialogInspector(answer_folder, problems)
    page = window.page(page_id)
    select_first_rows(page)
    QApplication.processEvents()
    problems.extend(unnamed(page, page_id))
    for control in page_controls(page):
        if not isinstance(control, QAbstractButton) or not usable(control):
            continue
        inspector.start(REJECT)
        try:
            activate(control)
            qtbot.waitUntil(lambda: not open_modals(), timeout=20_000)
            window.app.tasks.wait()
            QApplication.processEvents()
        finally:
            inspector.stop()
        window.page(page_id)
        select_first_rows(page)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_dialogs_only_a_conflict_or_an_import_opens_name_their_controls(qtbot, demo_database_file):
    """The conflict dialog (someone saved first) and the import's audit entries, opened directly."""
    from dialogue_planner.gui.roster.audit_dialog import AuditDialog
    from dialogue_planner.gui.workstation.conflict_dialog import ConflictDialog
    from dialogue_planner.services.conflicts import Conflict

    base = {"venue": "Great Hall", "version": 2}
    mine, theirs = {**base, "venue": "Diaoyutai"}, {**base, "version": 3}
    conflict = ConflictDialog(Conflict("meeting", 1, base, mine, theirs))
    audit = AuditDialog([])
    for dialog in (conflict, audit):
        qtbot.addWidget(dialog)
        dialog.show()
    assert unnamed(conflict, "ConflictDialog") + unnamed(audit, "AuditDialog") == []


@pytest.mark.parametrize("kind", [QComboBox, QLineEdit])
def test_a_value_is_not_a_name_but_a_buddy_is(qtbot, kind):
    from PySide6.QtWidgets import QFormLayout, QLabel

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    control = kind()
    if isinstance(control, QComboBox):
        control.addItem("Any side")
    else:
        control.setText("typed")
    layout.addRow(control)
    form.show()
    assert accessible_name(control) == ""
    label = QLabel("&Side")
    label.setBuddy(control)
    layout.addRow(label)
    assert accessible_name(control) == "Side"
