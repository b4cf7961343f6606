"""A meeting's agenda as an ordered table whose rows can be dragged into a new order."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from dialogue_planner.domain.agenda import AgendaItemRecord
from dialogue_planner.gui.requests.words import word

MIME_TYPE = "application/x-dialogue-planner-agenda-items"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("position", "title", "source", "owner", "status", "first_raised", "carried")
COL = {name: i for i, name in enumerate(COLUMNS)}
_MUTED = {"resolved", "withdrawn", "carried"}


def chinese_interface() -> bool:
    """True when the Chinese catalogue is loaded (the interface language is fixed at start-up)."""
    return QCoreApplication.translate("AgendaItemModel", "Item") != "Item"


def reordered(ids: list[int], moving: list[int], before_row: int) -> list[int]:
    """``ids`` with ``moving`` taken out and put back, in their order, before the item at ``before_row``
    of the original list (the end when ``before_row`` is -1 or past it)."""
    anchor = ids[before_row] if 0 <= before_row < len(ids) else None
    while anchor in moving:
        before_row += 1
        anchor = ids[before_row] if before_row < len(ids) else None
    rest = [i for i in ids if i not in moving]
    at = rest.index(anchor) if anchor is not None else len(rest)
    return rest[:at] + [i for i in ids if i in moving] + rest[at:]


class AgendaItemModel(QAbstractTableModel):
    """Emits ``order_requested(ids)`` when rows are dropped; the page saves the order and reloads."""

    order_requested = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemRecord] = []
        self.movable = True
        self.chinese = False

    def set_items(self, items: list[AgendaItemRecord], *, movable: bool = True) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.movable = movable
        self.chinese = chinese_interface()
        self.endResetModel()

    def shown_title(self, item: AgendaItemRecord) -> str:
        """The Chinese title in a Chinese interface when the item has one (standing items do)."""
        return item.title_zh if self.chinese and item.title_zh else item.title

    def items(self) -> list[AgendaItemRecord]:
        return list(self._items)

    def item(self, row: int) -> AgendaItemRecord:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        for i, item in enumerate(self._items):
            if item.id == item_id:
                return i
        return -1

    # Qt interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("Item"), self.tr("Source"), self.tr("Owner"), self.tr("Status"),
                  self.tr("First raised"), self.tr("Carried"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL["title"]:
            return "\n".join(t for t in dict.fromkeys((item.title, item.title_zh)) if t)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL["first_raised"]:
            return self.tr("First raised at meeting {0}").format(item.first_raised_meeting_number)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL["carried"] and item.times_carried:
            return self.tr("Carried over {0} time(s) since meeting {1}").format(
                item.times_carried, item.first_raised_meeting_number)
        if role == Qt.ItemDataRole.ForegroundRole and item.status in _MUTED:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#7b8794"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL["position"], COL["carried"],
                                                                     COL["first_raised"]):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: AgendaItemRecord, column: int) -> str:
        if column == COL["position"]:
            return str(item.position)
        if column == COL["title"]:
            return self.shown_title(item)
        if column == COL["source"]:
            return word(item.source)
        if column == COL["owner"]:
            return f"{item.owner_side} {item.owner_agency}".strip()
        if column == COL["status"]:
            return word(item.status)
        if column == COL["first_raised"]:
            return str(item.first_raised_meeting_number)
        return f"{item.times_carried}×" if item.times_carried else ""

    # Drag and drop ---------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.movable:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt name
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt name
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps([self._items[r].id for r in rows]).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt name
        return self.movable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt name
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            moving = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE)).decode())]
        except (ValueError, TypeError):
            return False
        ids = [item.id for item in self._items]
        if not moving or any(i not in ids for i in moving):
            return False
        before = parent.row() if parent.isValid() else row
        new_order = reordered(ids, moving, before)
        if new_order != ids:
            self.order_requested.emit(new_order)
        # The page saves the order and reloads the model; the view must not remove rows itself.
        return False
