"""The kit's record table model: columns declared as data read, sort, align, colour and explain their cells,
its titles are looked up in the area's own catalogue, and the models built on it keep their headers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTranslator
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number
from dialogue_planner.resources_path import resource

LATE = QBrush(QColor("#b3261e"))
TAG_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Copy:
    number: int
    holder: str
    late: bool


class CopyModel(RecordTableModel):
    context = "BlackoutTableModel"  # borrows a real catalogue's context to prove titles are looked up there
    columns = (
        Column(
            QT_TRANSLATE_NOOP("BlackoutTableModel", "From"),
            lambda c: f"No. {c.number}",
            sort_key=lambda c: c.number,
            alignment=Qt.AlignmentFlag.AlignRight,
            foreground=lambda c: LATE if c.late else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("BlackoutTableModel", "Reason"),
            lambda c: c.holder,
            tooltip=lambda c: f"held by {c.holder}",
        ),
    )

    extra_roles = (TAG_ROLE,)

    def role_data(self, record: Copy, column: int, role: int):
        return f"tag-{record.number}" if role == role_number(TAG_ROLE) else None


ROWS = [Copy(9, "Wang", False), Copy(10, "Smith", True), Copy(2, "Li", False)]


def test_declared_columns_answer_every_role(qtmodeltester, qapp):
    model = CopyModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "From"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(1, 0).data() == "No. 10"
    assert model.index(1, 0).data(SORT_ROLE) == 10
    assert model.index(1, 1).data(SORT_ROLE) == "Smith"  # no sort key: the text sorts
    assert model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) == role_number(
        Qt.AlignmentFlag.AlignRight
    )
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == LATE
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole) == "held by Li"
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(2, 1).data(TAG_ROLE) == "tag-2"
    assert model.record(2) is ROWS[2] and model.rows() == ROWS
    assert model.row_where(lambda c: c.holder == "Smith") == 1 and model.row_where(lambda c: False) == -1

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["No. 2", "No. 9", "No. 10"]  # numbers, not text

    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_titles_are_translated_in_the_areas_context(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("translations", "schedule_zh_CN.qm")))
    qapp.installTranslator(translator)
    try:
        title = CopyModel().headerData(0, Qt.Orientation.Horizontal)
        assert title != "From" and title == translator.translate("BlackoutTableModel", "From")
    finally:
        qapp.removeTranslator(translator)


def test_a_model_must_name_the_roles_it_answers():
    with pytest.raises(TypeError, match="extra_roles"):

        class Forgetful(RecordTableModel):
            def role_data(self, record, column: int, role: int):
                return record

    assert CopyModel().index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
