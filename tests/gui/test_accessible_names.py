"""A screen reader can name every control: each control a user reaches with Tab, on every page and in
every dialog the pages' buttons open, has an accessible name (its own text, a label whose buddy it is, or
``setAccessibleName``). A combo box or a field is not named by its current value: "Any side, combo box"
says nothing of what is chosen.
"""

from __future__ import annotations

import pytest
from journeys.user_seat import POPUP_MENUS_OFFSCREEN
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from dialogue_planner.gui.shell.pages import PAGE_CLASSES, load_class

from .driving import control_key, walk_page_and_dialogs

pytestmark = POPUP_MENUS_OFFSCREEN  # the pages' menu buttons are clicked

VALUE_CONTROLS = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit)


def reachable(widget: QWidget) -> bool:
    """A control Tab reaches (Qt's own parts of a compound control, such as a spin box's line edit, are
    named through the control)."""
    return (
        widget.isVisible()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and not widget.objectName().startswith("qt_")
    )


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, VALUE_CONTROLS) and not widget.accessibleName():
        labelled = iface.relations(QAccessible.Relation.Label)  # the labels whose buddy it is
        return labelled[0][0].text(QAccessible.Text.Name) if labelled else ""
    return iface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if reachable(widget) and not accessible_name(widget):
            label = widget.objectName() or control_key(widget, root)
            found.append(f"{where}: {type(widget).__name__} {label}")
    return found


PAGE_IDS = [load_class(spec).page_id for spec in PAGE_CLASSES]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_control_of_the_page_and_its_dialogs_has_a_name(page_id, open_window, qtbot, answer_folder):
    window = open_window("en")
    problems = (
        unnamed(window.menuBar(), "menu bar")
        + unnamed(window.statusBar(), "status bar")
        + unnamed(window.sidebar, "sidebar")
    )
    problems += walk_page_and_dialogs(window, page_id, qtbot, answer_folder, unnamed)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_dialogs_only_a_conflict_or_an_import_opens_name_their_controls(qtbot, demo_database_file):
    """The conflict dialog (someone saved first) and the import's audit entries, opened directly."""
    from dialogue_planner.gui.kit.conflict_dialog import ConflictDialog
    from dialogue_planner.gui.roster.audit_dialog import AuditDialog
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
