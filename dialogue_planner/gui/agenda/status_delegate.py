"""Choosing an action item's status from a list when edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from dialogue_planner.domain.vocabulary import ActionStatus
from dialogue_planner.gui.kit.words import word


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value in ActionStatus.values():
            combo.addItem(word(value), value)
        return combo

    def setEditorData(self, editor, index):
        at = editor.findData(index.data())
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor, model, index):
        if editor.currentData() != index.data():
            model.setData(index, editor.currentData())
