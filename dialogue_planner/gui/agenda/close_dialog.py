""""Close meeting and carry over": what will move, and where, before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from dialogue_planner.domain.agenda import CarryOverResult

from ..shell.widgets import EmptyText


class CloseMeetingDialog(QDialog):
    def __init__(self, preview: CarryOverResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeMeetingDialog")
        self.setWindowTitle(self.tr("Close meeting {0}").format(preview.meeting_number))
        layout = QVBoxLayout(self)
        lines = []
        if preview.marked_held:
            lines.append(self.tr("Meeting {0} will be marked held.").format(preview.meeting_number))
        if preview.moved:
            lines.append(self.tr("{0} unresolved item(s) will be carried over to meeting {1}:").format(
                len(preview.moved), preview.target_meeting_number))
        else:
            lines.append(self.tr("Every item is resolved or withdrawn: nothing will be carried over."))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        EmptyText(self.list)
        self.list.setWordWrap(True)
        for carry in preview.moved:
            self.list.addItem(self.tr("{0} (carried {1}×)").format(carry.title, carry.times_carried))
        self.list.setVisible(bool(preview.moved))
        layout.addWidget(self.list)
        note = QLabel(self.tr("Standing items are marked discussed; the next meeting has its own."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close and carry over"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)
