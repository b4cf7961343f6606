"""The Escalations page's Report tab: per responding side, how many escalations were acknowledged and
resolved within their targets (each with its denominator) and the median hours; below, the response
targets per severity, which a secretary can set."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.hotline import (
    MAX_TARGET_HOURS,
    HotlineReport,
    MedianHours,
    ResponseTarget,
    SideHotlineFigures,
    WithinTarget,
)
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.hotline import escalation_report, list_targets, set_target


def within_text(w: WithinTarget, not_recorded: int = 0) -> str:
    """Like "3 of 8 (38 %)"; "–" and why when nothing was counted: never a share without a denominator."""
    if not w.of:
        if not_recorded:
            return QCoreApplication.translate("HotlineReport", "– (times not recorded)")
        return QCoreApplication.translate("HotlineReport", "– (none due)")
    return QCoreApplication.translate("HotlineReport", "{0} of {1} ({2} %)").format(
        w.met, w.of, round(100 * w.met / w.of)
    )


def median_text(m: MedianHours) -> str:
    if m.hours is None:
        return QCoreApplication.translate("HotlineReport", "– (none recorded)")
    number = f"{m.hours:.1f}" if m.hours < 10 else f"{m.hours:.0f}"  # already rounded: no false precision
    hours = QCoreApplication.translate("HotlineReport", "{0} h").format(number)
    return QCoreApplication.translate("HotlineReport", "{0} (of {1})").format(hours, m.of)


class SideFiguresModel(RecordTableModel):
    context = "SideFiguresModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("SideFiguresModel", "Responding side"), lambda f: f.responding_side),
        Column(QT_TRANSLATE_NOOP("SideFiguresModel", "Raised by"), lambda f: f.raised_by),
        Column(QT_TRANSLATE_NOOP("SideFiguresModel", "Escalations"), lambda f: f.count),
        Column(
            QT_TRANSLATE_NOOP("SideFiguresModel", "Acknowledged within target"),
            lambda f: within_text(f.acknowledged_within_target, f.acknowledgement_time_not_recorded),
        ),
        Column(
            QT_TRANSLATE_NOOP("SideFiguresModel", "Resolved within target"),
            lambda f: within_text(f.resolved_within_target, f.resolution_time_not_recorded),
        ),
        Column(
            QT_TRANSLATE_NOOP("SideFiguresModel", "Median to acknowledge"),
            lambda f: median_text(f.median_hours_to_acknowledge),
        ),
        Column(
            QT_TRANSLATE_NOOP("SideFiguresModel", "Median to resolve"),
            lambda f: median_text(f.median_hours_to_resolve),
        ),
    )


class TargetsModel(RecordTableModel):
    context = "TargetsModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("TargetsModel", "Severity"), lambda t: word(t.severity)),
        Column(QT_TRANSLATE_NOOP("TargetsModel", "Acknowledge within (h)"), lambda t: t.acknowledge_hours),
        Column(QT_TRANSLATE_NOOP("TargetsModel", "Resolve within (h)"), lambda t: t.resolve_hours),
        Column(
            QT_TRANSLATE_NOOP("TargetsModel", "Source"),
            lambda t: (
                QCoreApplication.translate("TargetsModel", "default")
                if t.is_default
                else QCoreApplication.translate("TargetsModel", "set for this dialogue")
            ),
        ),
    )


class TargetDialog(QDialog):
    """Set the hours of one severity; saves through the service and shows a refusal in place."""

    def __init__(self, app, targets: list[ResponseTarget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetDialog")
        self.setWindowTitle(self.tr("Response target"))
        self.app = app
        self.targets = {t.severity: t for t in targets}
        self.saved: ResponseTarget | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity"))
        for t in targets:
            self.severity.addItem(word(t.severity), t.severity)
        self.severity.currentIndexChanged.connect(self._severity_changed)
        self.acknowledge = QSpinBox()
        self.resolve = QSpinBox()
        for spin, name in ((self.acknowledge, "acknowledgeHours"), (self.resolve, "resolveHours")):
            spin.setObjectName(name)
            spin.setRange(1, MAX_TARGET_HOURS)
            spin.setSuffix(self.tr(" h"))
        self.acknowledge.setAccessibleName(self.tr("Hours to acknowledge"))
        self.resolve.setAccessibleName(self.tr("Hours to resolve"))
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Acknowledge within"), self.acknowledge)
        form.addRow(self.tr("Resolve within"), self.resolve)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._severity_changed(0)

    @Slot(int)
    def _severity_changed(self, _index: int) -> None:
        target = self.targets.get(self.severity.currentData())
        if target is not None:
            self.acknowledge.setValue(target.acknowledge_hours)
            self.resolve.setValue(target.resolve_hours)

    @Slot()
    def save(self) -> None:
        self.app.ops.run(
            set_target,
            self.app.ctx,
            self.severity.currentData(),
            acknowledge_hours=self.acknowledge.value(),
            resolve_hours=self.resolve.value(),
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, target: ResponseTarget) -> None:
        self.saved = target
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True


class HotlineReportPanel(QWidget):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineReport")
        self.app = app
        self.report: HotlineReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.start = DateEdit()
        self.start.setObjectName("reportFrom")
        self.start.setAccessibleName(self.tr("From"))
        self.start.setPlaceholderText(self.tr("the first"))
        self.end = DateEdit()
        self.end.setObjectName("reportTo")
        self.end.setAccessibleName(self.tr("To"))
        self.end.setPlaceholderText(self.tr("today"))
        for caption, edit in ((self.tr("Raised from"), self.start), (self.tr("to"), self.end)):
            label = QLabel(caption)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showReport")
        self.show_button.clicked.connect(self.refresh)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.period_problem = QLabel()
        self.period_problem.setObjectName("reportProblem")
        self.period_problem.setStyleSheet("color: #c92a2a;")
        self.period_problem.hide()
        layout.addWidget(self.period_problem)
        explanation = QLabel(
            self.tr(
                "Each row is the side that must respond: it acknowledges and resolves what the other side "
                "raised over the hotline. “Within target” counts the escalations answered, or still "
                "unanswered after their target; those not yet due and those whose time was not recorded "
                "are listed below the table, not counted."
            )
        )
        explanation.setWordWrap(True)
        give_look(explanation, "muted")
        layout.addWidget(explanation)
        self.model = SideFiguresModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="hotlineFigures",
            accessible=self.tr("Hotline figures by responding side"),
            empty=self.tr("No escalations in this period."),
            fit_contents=True,
        )
        self.table.setMaximumHeight(110)
        layout.addWidget(self.table)
        self.notes = QLabel()
        self.notes.setObjectName("hotlineNotes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        heading = QLabel(self.tr("Response targets (hours from the moment an escalation is raised)"))
        give_look(heading, "cardHeading")
        layout.addWidget(heading)
        self.targets_model = TargetsModel(self)
        self.targets_table = QTableView()
        configure_table(
            self.targets_table,
            self.targets_model,
            name="hotlineTargets",
            accessible=self.tr("Response targets"),
            fit_contents=True,
        )
        self.targets_table.setMaximumHeight(150)
        layout.addWidget(self.targets_table)
        self.target_button = QPushButton(self.tr("Set a target…"))
        self.target_button.setObjectName("setTarget")
        self.target_button.clicked.connect(self.set_a_target)
        row = QHBoxLayout()
        row.addWidget(self.target_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def period(self) -> tuple[date | None, date | None] | None:
        problem = self.start.problem() or self.end.problem()
        self.period_problem.setText(problem)
        self.period_problem.setVisible(bool(problem))
        return None if problem else (self.start.date(), self.end.date())

    @Slot()
    def refresh(self) -> None:
        period = self.period()
        if period is None or self.app.ctx.dialogue_id is None:
            return
        start, end = period
        self.app.ops.run(
            escalation_report, self.app.ctx, start=start, end=end, on_done=self._shown, on_error=self._refused
        )

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self.period_problem.setText(exc.message)
        self.period_problem.show()
        return True

    def _shown(self, report: HotlineReport) -> None:
        self.report = report
        self.model.set_rows(list(report.by_responding_side.values()))
        self.targets_model.set_rows(list(report.targets))
        self.target_button.setEnabled(self.app.ctx.can("secretariat"))  # a viewer reads the targets
        self.notes.setText("<br>".join(self._notes(report.by_responding_side.values())))

    def _notes(self, figures) -> list[str]:
        notes = []
        f: SideHotlineFigures
        for f in figures:
            if f.awaiting_acknowledgement or f.awaiting_resolution:
                notes.append(
                    self.tr(
                        "{0}: {1} awaiting acknowledgement, {2} awaiting resolution within their targets."
                    ).format(f.responding_side, f.awaiting_acknowledgement, f.awaiting_resolution)
                )
            if f.acknowledgement_time_not_recorded:
                notes.append(
                    self.tr(
                        "{0}: acknowledgement time not recorded for {1} (logged before the clock was kept)."
                    ).format(f.responding_side, f.acknowledgement_time_not_recorded)
                )
            if f.resolution_time_not_recorded:
                notes.append(
                    self.tr("{0}: resolution time not recorded for {1}.").format(
                        f.responding_side, f.resolution_time_not_recorded
                    )
                )
        return notes

    @Slot()
    def set_a_target(self) -> None:
        self.app.ops.run(
            list_targets, self.app.ctx, on_done=self._open_target_dialog, busy_widget=self.target_button
        )

    def _open_target_dialog(self, targets: list[ResponseTarget]) -> None:
        dialog = TargetDialog(self.app, targets, self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            self.refresh()
            self.app.changed("escalation_target")
