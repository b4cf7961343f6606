"""A meeting's agenda as an ordered table whose rows can be dragged into a new order."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.agenda import AgendaItemRecord
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number
from dialogue_planner.gui.kit.words import word

MIME_TYPE = "application/x-dialogue-planner-agenda-items"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ID = role_number(ID_ROLE)
MUTED_TEXT = QColor("#7b8794")
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


def _muted(item: AgendaItemRecord) -> QBrush | None:
    return QBrush(MUTED_TEXT) if item.status in _MUTED else None


class AgendaItemModel(RecordTableModel):
    """Emits ``order_requested(ids)`` when rows are dropped; the page saves the order and reloads."""

    order_requested = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.movable = True
        self.chinese = False
        centre = Qt.AlignmentFlag.AlignCenter
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "#"),
                    lambda i: str(i.position),
                    alignment=centre,
                    foreground=_muted,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "Item"),
                    self.shown_title,
                    foreground=_muted,
                    tooltip=lambda i: "\n".join(t for t in dict.fromkeys((i.title, i.title_zh)) if t),
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "Source"),
                    lambda i: word(i.source),
                    foreground=_muted,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "Owner"),
                    lambda i: f"{i.owner_side} {i.owner_agency}".strip(),
                    foreground=_muted,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "Status"),
                    lambda i: word(i.status),
                    foreground=_muted,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "First raised"),
                    lambda i: str(i.first_raised_meeting_number),
                    alignment=centre,
                    foreground=_muted,
                    tooltip=lambda i: self.tr("First raised at meeting {0}").format(
                        i.first_raised_meeting_number
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgendaItemModel", "Carried"),
                    lambda i: f"{i.times_carried}×" if i.times_carried else "",
                    alignment=centre,
                    foreground=_muted,
                    tooltip=self._carried_tip,
                ),
            )
        )

    def set_items(self, items: list[AgendaItemRecord], *, movable: bool = True) -> None:
        self.movable = movable
        self.chinese = chinese_interface()
        self.set_rows(items)

    def shown_title(self, item: AgendaItemRecord) -> str:
        """The Chinese title in a Chinese interface when the item has one (standing items do)."""
        return item.title_zh if self.chinese and item.title_zh else item.title

    def items(self) -> list[AgendaItemRecord]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        return self.row_where(lambda item: item.id == item_id)

    extra_roles = (_ID,)

    def role_data(self, item: AgendaItemRecord, column: int, role: int):
        return item.id if role == _ID else None

    def _carried_tip(self, item: AgendaItemRecord) -> str | None:
        if not item.times_carried:
            return None
        return self.tr("Carried over {0} time(s) since meeting {1}").format(
            item.times_carried, item.first_raised_meeting_number
        )

    # Drag and drop ---------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.movable:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps([self._rows[r].id for r in rows]).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.movable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            moving = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE)).decode())]
        except (ValueError, TypeError):
            return False
        ids = [item.id for item in self._rows]
        if not moving or any(i not in ids for i in moving):
            return False
        before = parent.row() if parent.isValid() else row
        new_order = reordered(ids, moving, before)
        if new_order != ids:
            self.order_requested.emit(new_order)
        # The page saves the order and reloads the model; the view must not remove rows itself.
        return False
