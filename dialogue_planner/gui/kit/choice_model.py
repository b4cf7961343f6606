"""A long list of choices for a combo box, set in one step: ``QComboBox.addItem`` makes an item object per
choice, about 100 ms of the GUI thread for the 8,000 delegates of a twenty-year roster; this model only
holds two Python lists and answers what the combo box asks for (the texts it draws, the data it finds)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class ChoiceModel(QAbstractListModel):
    """Texts shown, and the data ``QComboBox.currentData()``/``findData()`` see (the user role)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._data: list[Any] = []

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self._texts = [text for text, _data in choices]
        self._data = [data for _text, data in choices]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._data[index.row()]
        return None
