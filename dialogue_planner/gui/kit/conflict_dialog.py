"""When a save meets someone else's newer save: their values beside mine, and three ways on.

Any editor can use it: keep the snapshot you loaded and the values the user typed (both in the stored
column names), call your own save service, and on ConflictError call :func:`resolve_with_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import ConflictError
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number
from dialogue_planner.gui.kit.values import show_value
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.conflicts import (
    Choice,
    Conflict,
    FieldState,
    apply_resolution,
    merged_values,
    resolve,
)

R = TypeVar("R")
COLLISION_BACKGROUND = QColor("#fdecea")
EDITED_BACKGROUND = QColor("#eef6ee")
_BACKGROUND = role_number(Qt.ItemDataRole.BackgroundRole)
_FONT = role_number(Qt.ItemDataRole.FontRole)


def field_label(name: str, labels: Mapping[str, str] | None) -> str:
    if labels and name in labels:
        return labels[name]
    return name.replace("_", " ").capitalize()


class ConflictFieldsModel(RecordTableModel):
    """One row per field that someone changed: as loaded, theirs, mine; collisions stand out."""

    COLUMNS = ("field", "base", "theirs", "mine")

    def __init__(
        self,
        conflict: Conflict,
        labels: Mapping[str, str] | None = None,
        parent=None,
        *,
        value_names: Mapping[str, Mapping[object, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.labels = dict(labels or {})
        self.value_names = dict(value_names or {})  # field -> stored value -> what the user knows it as
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("ConflictFieldsModel", "Field"),
                    lambda f: field_label(f.name, self.labels),
                    tooltip=self._field_tip,
                ),
                *(
                    Column(title, self._shortened(name), tooltip=self._value(name))
                    for name, title in (
                        ("base", QT_TRANSLATE_NOOP("ConflictFieldsModel", "When you opened it")),
                        ("theirs", QT_TRANSLATE_NOOP("ConflictFieldsModel", "Saved by someone else")),
                        ("mine", QT_TRANSLATE_NOOP("ConflictFieldsModel", "Yours")),
                    )
                ),
            )
        )
        self.set_rows(conflict.fields())

    def _field_tip(self, f: FieldState) -> str:
        return self.tr("Both of you changed this field.") if f.collides else field_label(f.name, self.labels)

    def _value(self, column: str) -> Callable[[FieldState], str]:
        def value(f: FieldState) -> str:
            raw = getattr(f, column)
            return show_value(self.value_names.get(f.name, {}).get(raw, raw))

        return value

    def _shortened(self, column: str) -> Callable[[FieldState], str]:
        full = self._value(column)

        def shortened(f: FieldState) -> str:
            value = full(f)
            return value if len(value) <= 80 else value[:79] + "…"

        return shortened

    extra_roles = (_BACKGROUND, _FONT)

    def role_data(self, f: FieldState, column: int, role: int):
        name = self.COLUMNS[column]
        if role == _BACKGROUND:
            if f.collides:
                return QBrush(COLLISION_BACKGROUND)
            if (name == "theirs" and f.theirs_changed) or (name == "mine" and f.mine_changed):
                return QBrush(EDITED_BACKGROUND)
        if role == _FONT and f.collides:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ConflictDialog(QDialog):
    """Shows the fields; ``choice`` is what the user picked (None when they closed the dialog)."""

    def __init__(
        self,
        conflict: Conflict,
        *,
        what: str = "",
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        value_names: Mapping[str, Mapping[object, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: Choice | None = None
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.resize(760, 380)

        collisions = conflict.collisions()
        subject = what or self.tr("This record")
        text = self.tr(
            "{0} was saved by someone else while you were editing it. Their values are shown beside "
            "yours; nothing has been saved yet."
        ).format(subject)
        if collisions:
            text += " " + self.tr(
                "Fields you both changed are marked in red: merging is not possible for them."
            )
        explanation = QLabel(text)
        explanation.setObjectName("conflictExplanation")
        explanation.setWordWrap(True)

        self.model = ConflictFieldsModel(conflict, labels, self, value_names=value_names)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Their values and yours"))
        EmptyText(self.table)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.keep_button = self._button(
            buttons,
            self.tr("Keep theirs"),
            "keepTheirsButton",
            self.tr("Discard your changes and show their version."),
        )
        self.apply_button = self._button(
            buttons,
            self.tr("Apply mine on top"),
            "applyMineButton",
            self.tr("Save your changes over theirs; the overwrite is recorded in the audit trail."),
        )
        self.merge_button = self._button(
            buttons,
            self.tr("Merge field by field"),
            "mergeButton",
            self.tr("Keep their changes and add yours."),
        )
        if collisions:
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(
                self.tr("Not possible: you both changed {0}.").format(
                    ", ".join(field_label(n, labels) for n in collisions)
                )
            )
        else:
            self.merge_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Decide later"))
        cancel.setToolTip(self.tr("Go back to your edit without saving."))
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(self.keep_theirs)
        self.apply_button.clicked.connect(self.apply_mine)
        self.merge_button.clicked.connect(self.merge)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, name: str, tip: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    @Slot()
    def keep_theirs(self) -> None:
        self._choose(Choice.KEEP_THEIRS)

    @Slot()
    def apply_mine(self) -> None:
        overwritten = self.conflict.collisions()
        if overwritten:
            answer = QMessageBox.question(
                self,
                self.tr("Overwrite their changes?"),
                self.tr(
                    "Your values replace what someone else saved in: {0}. The overwrite is recorded in the "
                    "audit trail with their values."
                ).format(", ".join(field_label(n, self.model.labels) for n in overwritten)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._choose(Choice.APPLY_MINE)

    @Slot()
    def merge(self) -> None:
        self._choose(Choice.MERGE)


def resolve_with_dialog(
    parent: QWidget | None,
    ctx,
    error: ConflictError,
    base: Mapping[str, object],
    mine: Mapping[str, object],
    save: Callable[[dict, int | None], R],
    *,
    what: str = "",
    labels: Mapping[str, str] | None = None,
    entity: str = "",
    exec_dialog: Callable[[ConflictDialog], int] | None = None,
    value_names: Mapping[str, Mapping[object, str]] | None = None,
) -> tuple[Choice | None, R | None]:
    """Show the conflict, save what the user chose with ``save(values, expected_version)``, and ask again
    if yet another save got in first. Returns (choice, what ``save`` returned); (None, None) when the
    user decided later. ``entity`` (the table name) lets a conflict found only at flush time, which
    does not carry their values, read them afresh.

    ``exec_dialog`` runs the dialog (tests pass one that clicks a button); the default is ``exec()``.
    ``value_names`` shows stored values by the names users know (a side's code for its id).
    """
    conflict = Conflict.from_error(error, base, mine, ctx=ctx, entity=entity)
    run = exec_dialog or ConflictDialog.exec
    while True:
        dialog = ConflictDialog(conflict, what=what, labels=labels, parent=parent, value_names=value_names)
        run(dialog)
        choice = dialog.choice
        dialog.deleteLater()
        if choice is None:
            return None, None
        resolution = resolve(conflict, choice)
        try:
            return choice, apply_resolution(ctx, conflict, resolution, save)
        except ConflictError as again:
            conflict = Conflict.from_error(
                again, conflict.theirs, merged_values(conflict, resolution), ctx=ctx, entity=conflict.entity
            )
