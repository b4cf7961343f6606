"""What a change of a meeting does to its agenda, shown before anything changes, and asked: closing it or
marking it held (what is carried over, to which meeting), cancelling or postponing it (what moves on, what
stays). The Agenda and Schedule pages show the same preview for the same act."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from dialogue_planner.domain.agenda import CarryOverResult
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import EmptyText

# The acts previewed: closing from the Agenda page and marking held from the Schedule page are one act.
CLOSE, HELD, CANCEL, POSTPONE = "close", "held", "cancelled", "postponed"


class CarryOverDialog(QDialog):
    """Accepted: go ahead. ``preview`` comes from the service's preview of the same act, which has already
    refused what the act would refuse."""

    def __init__(self, action: str, preview: CarryOverResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverDialog")
        self.action = action
        number = preview.meeting_number
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(self._lines(action, preview)))
        self.summary.setObjectName("carryOverSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("carryOverItems")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Items that move"))
        EmptyText(self.list, self.tr("No item moves."))
        for carry in preview.moved:
            if carry.new_link:
                self.list.addItem(self.tr("{0} (carried {1}×)").format(carry.title, carry.times_carried))
            else:
                self.list.addItem(carry.title)
        for title in preview.stranded:
            self.list.addItem(title)
        self.list.setVisible(self.list.count() > 0)
        layout.addWidget(self.list, 1)
        if action in (CLOSE, HELD):
            note = QLabel(self.tr("Standing items are marked discussed; the next meeting has its own."))
            give_look(note, "muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        titles = {
            CLOSE: (self.tr("Close meeting {0}"), self.tr("Close and carry over"), self.tr("Cancel")),
            HELD: (self.tr("Mark meeting {0} held"), self.tr("Mark held and carry over"), self.tr("Cancel")),
            CANCEL: (
                self.tr("Cancel meeting {0}"),
                self.tr("Cancel the meeting"),
                self.tr("Keep the meeting"),
            ),
            POSTPONE: (self.tr("Postpone meeting {0}"), self.tr("Postpone"), self.tr("Cancel")),
        }
        title, yes, no = titles[action]
        self.setWindowTitle(title.format(number))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(yes)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(no)
        keep = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setDefault(True)  # Enter never destroys: the safe button is the default and has the focus
        self.ok_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keep.setFocus()
        self.resize(560, 360 if self.list.count() else 180)

    def _lines(self, action: str, preview: CarryOverResult) -> list[str]:
        number, target, moved = preview.meeting_number, preview.target_meeting_number, preview.moved
        if action in (CLOSE, HELD):
            lines = [
                self.tr("Meeting {0} will be marked held and closed.").format(number)
                if preview.marked_held
                else self.tr("Meeting {0} will be closed.").format(number)
            ]
            if moved:
                lines.append(
                    self.tr("{0} unresolved item(s) will be carried over to meeting {1}:").format(
                        len(moved), target
                    )
                )
            else:
                lines.append(self.tr("Every item is resolved or withdrawn: nothing will be carried over."))
            return lines
        if action == CANCEL:
            lines = [self.tr("Meeting {0} will be cancelled; it keeps its number.").format(number)]
            if moved:
                lines.append(
                    self.tr("{0} unresolved item(s) will move to the agenda of meeting {1}:").format(
                        len(moved), target
                    )
                )
            elif preview.stranded:
                lines.append(
                    self.tr(
                        "{0} unresolved item(s) will stay on its agenda, because no open meeting "
                        "follows it: move them once the next meeting is planned."
                    ).format(len(preview.stranded))
                )
            else:
                lines.append(self.tr("No unresolved item is on its agenda: nothing moves."))
            return lines
        lines = [
            self.tr("Meeting {0} will be postponed: give it new dates once they are agreed.").format(number)
        ]
        if moved:
            lines.append(
                self.tr("{0} item(s) carried over to it will move on to meeting {1}:").format(
                    len(moved), target
                )
            )
        else:
            lines.append(self.tr("Its own agenda stays with it."))
        return lines
