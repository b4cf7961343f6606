"""The timeliness report per responding side: before a chosen meeting, since the last one, or any period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.gui.kit.date_edit import DateEdit, parse_date
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.agenda import agenda_meetings
from dialogue_planner.services.requests import TimelinessReport, timeliness_report

from .standards_dialog import StandardsDialog

CUSTOM = -1


def share_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def days_text(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


class TimelinessDialog(QDialog):
    def __init__(self, app, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinessDialog")
        self.setWindowTitle(self.tr("Timeliness and quality of responses"))
        self.app = app
        self.today = today or date.today()
        self.report: TimelinessReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setObjectName("reportPeriod")
        self.period.addItem(self.tr("Since the last held meeting"), None)
        self.period.addItem(self.tr("Custom period"), CUSTOM)
        app.ops.run(agenda_meetings, app.ctx, on_done=self._add_meetings)
        self.start = DateEdit(self.today.replace(month=1, day=1))
        self.start.setObjectName("reportStart")
        self.start.setAccessibleName(self.tr("First day"))
        self.end = DateEdit(self.today)
        self.end.setObjectName("reportEnd")
        self.end.setAccessibleName(self.tr("Last day"))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.update_report)
        self.period.currentIndexChanged.connect(self.update_report)
        bar.addWidget(self.period, 1)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        layout.addLayout(bar)
        self.caption = QLabel()
        give_look(self.caption, "muted")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Timeliness and quality by responding side"))
        EmptyText(self.table)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        # The standards decide what "on time" means, so they are set from here.
        self.standards_button = buttons.addButton(
            self.tr("Standards…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.standards_button.setObjectName("standardsButton")
        self.standards_button.setToolTip(
            self.tr("Days allowed to acknowledge and respond, per kind of request")
        )
        self.standards_button.clicked.connect(self.open_standards)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self.update_report()

    @Slot()
    def update_report(self, *_args) -> None:
        choice = self.period.currentData()
        custom = choice == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            start, end = self.start.text().strip(), self.end.text().strip()
            self.app.ops.run(
                lambda: timeliness_report(
                    self.app.ctx,
                    start=parse_date(start) if start else None,
                    end=parse_date(end) if end else None,
                    today=self.today,
                ),
                on_done=self._show,
            )
        else:
            self.app.ops.run(
                timeliness_report, self.app.ctx, meeting=choice, today=self.today, on_done=self._show
            )

    def _add_meetings(self, meetings) -> None:
        """The periods before each meeting, between the first choice and the custom period."""
        self.period.blockSignals(True)
        for at, m in enumerate(meetings, start=1):
            self.period.insertItem(
                at,
                self.tr("Before meeting {0} ({1})").format(m.number, m.planned_start.isoformat()),
                m.number,
            )
        self.period.blockSignals(False)

    @Slot()
    def open_standards(self) -> None:
        StandardsDialog(self.app, self).exec()

    def _show(self, report: TimelinessReport) -> None:
        self.report = report
        self.caption.setText(
            self.tr(
                "Requests received {0} to {1}, measured as of {2}; overdue counts every "
                "request unanswered past its due date."
            ).format(report.start.isoformat(), report.end.isoformat(), report.as_of.isoformat())
        )
        sides = list(report.by_side.values())
        rows = [
            (self.tr("Requests"), [str(t.requests) for t in sides]),
            (self.tr("Acknowledged on time"), [str(t.acknowledged_on_time) for t in sides]),
            (self.tr("Responded"), [str(t.responded) for t in sides]),
            (self.tr("Responded on time"), [str(t.on_time) for t in sides]),
            (
                self.tr("of which only under an extension"),
                [str(t.on_time_under_extension) for t in sides],
            ),
            (self.tr("On-time share"), [share_text(t.on_time_share) for t in sides]),
            (self.tr("Median days to response"), [days_text(t.median_days) for t in sides]),
            (self.tr("90th percentile days"), [days_text(t.p90_days) for t in sides]),
            (self.tr("Overdue now"), [str(t.overdue) for t in sides]),
            (self.tr("Requests extended"), [str(t.extended) for t in sides]),
            (self.tr("Requests paused"), [str(t.paused) for t in sides]),
            (self.tr("Days paused"), [str(t.paused_days) for t in sides]),
        ]
        qualities = list(sides[0].quality) if sides else []
        rows += [
            (self.tr("Quality: {0}").format(word(q)), [str(t.quality[q]) for t in sides]) for q in qualities
        ]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(sides))
        self.table.setHorizontalHeaderLabels([self.tr("Responding side {0}").format(t.side) for t in sides])
        self.table.setVerticalHeaderLabels([label for label, _values in rows])
        for r, (_label, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def cell(self, label: str, side: str) -> str:
        """The text shown for one figure and side (for tests and for reading aloud)."""
        for r in range(self.table.rowCount()):
            if self.table.verticalHeaderItem(r).text() == label:
                for c in range(self.table.columnCount()):
                    if self.table.horizontalHeaderItem(c).text().endswith(f" {side}"):
                        return self.table.item(r, c).text()
        raise KeyError((label, side))
