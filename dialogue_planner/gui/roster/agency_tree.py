"""The side / agency / sub-agency tree, with each node's active delegate count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from dialogue_planner.domain.records import AgencyRecord

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1  # frozenset of agency ids under the node, or None for "all"
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 2  # the AgencyRecord of an agency node


class AgencyTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Agencies")])

    def set_agencies(
        self,
        agencies: list[AgencyRecord],
        counts: dict[int, tuple[int, int]],
        side_names: dict[str, tuple[str, str]],
    ) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Agencies")])
        everyone = QStandardItem(self.tr("All delegates"))
        everyone.setData(None, SCOPE_ROLE)
        everyone.setEditable(False)
        self.appendRow(everyone)
        by_parent: dict[int | None, list[AgencyRecord]] = {}
        ids = {a.id for a in agencies}
        for a in agencies:
            by_parent.setdefault(a.parent_id if a.parent_id in ids else None, []).append(a)

        def build(parent_item: QStandardItem, agency: AgencyRecord) -> frozenset[int]:
            item = QStandardItem()
            item.setEditable(False)
            item.setData(agency, AGENCY_ROLE)
            scope = {agency.id}
            for child in by_parent.get(agency.id, []):
                scope |= build(item, child)
            active = sum(counts.get(i, (0, 0))[0] for i in scope)
            # The translation picks the name: "{acronym} — {name_en}" in English, name_zh in Chinese.
            name = self.tr("{acronym} — {name_en}").format(
                acronym=agency.acronym, name_en=agency.name_en, name_zh=agency.name_zh or agency.name_en
            )
            item.setText(f"{name} ({active})")
            item.setToolTip(f"{agency.name_en}\n{agency.name_zh}".strip())
            if not agency.active:
                item.setForeground(Qt.GlobalColor.gray)
            item.setData(frozenset(scope), SCOPE_ROLE)
            parent_item.appendRow(item)
            return frozenset(scope)

        for code in dict.fromkeys(a.side_code for a in agencies):
            side_item = QStandardItem()
            side_item.setEditable(False)
            scope: set[int] = set()
            for agency in by_parent.get(None, []):
                if agency.side_code == code:
                    scope |= build(side_item, agency)
            active = sum(counts.get(i, (0, 0))[0] for i in scope)
            name_en, name_zh = side_names.get(code, (code, code))
            label = self.tr("{name_en} · {code}").format(
                name_en=name_en, name_zh=name_zh or name_en, code=code
            )
            side_item.setText(f"{label} ({active})")
            side_item.setData(frozenset(scope), SCOPE_ROLE)
            self.appendRow(side_item)
