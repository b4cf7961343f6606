"""Choosing an agency of one side: pick it from the list or type its acronym or name, completed as you type.
Only an agency of the side, or nothing, is accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.records import AgencyRecord

INVALID_STYLE = "QComboBox { border: 1px solid #b42318; border-radius: 3px; }"


class AgencyPicker(QComboBox):
    """An editable list of a side's agencies; ``agency_id()`` is the chosen one's id (None for none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.side = ""
        self.acronyms: dict[str, int] = {}  # casefolded acronym -> id, for what is typed
        self.acronym_ids: dict[str, int] = {}
        self.lineEdit().setPlaceholderText(self.tr("none: type or pick an agency"))
        self.lineEdit().editingFinished.connect(self._settle)

    def set_agencies(self, side: str, agencies: list[AgencyRecord], selected: int | None = None) -> None:
        """The agencies to choose from (one side's), with ``selected`` chosen (None: none)."""
        self.side = side
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for a in agencies:
            # The translation picks the name shown: name_en in English, name_zh in Chinese.
            self.addItem(
                self.tr("{acronym} — {name_en}").format(
                    acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en
                ),
                a.id,
            )
        self.acronym_ids = {a.acronym: a.id for a in agencies}
        self.acronyms = {a.acronym.casefold(): a.id for a in agencies}
        self.set_agency_id(selected)
        self.blockSignals(False)

    def set_agency_id(self, agency_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(agency_id), 0) if agency_id is not None else 0)
        self._settle()

    def _index_of_text(self) -> int:
        """The item the typed text names (its label, or the acronym alone, in any case); -1 for none."""
        text = self.currentText().strip()
        if not text:
            return 0
        for index in range(1, self.count()):
            if self.itemText(index).casefold() == text.casefold():
                return index
        wanted = self.acronyms.get(text.casefold())
        return self.findData(wanted) if wanted is not None else -1

    def agency_id(self) -> int | None:
        """The chosen agency; a ValidationError (said for the user) when the text names none of the side's."""
        index = self._index_of_text()
        if index < 0:
            raise ValidationError(
                self.tr(
                    "“{0}” is not an agency of {1}: pick one from the list, or leave the field empty."
                ).format(self.currentText().strip(), self.side)
            )
        return self.itemData(index)

    def acronym(self) -> str | None:
        """The chosen agency's acronym, None for none (a ValidationError as ``agency_id``)."""
        agency_id = self.agency_id()
        return (
            None
            if agency_id is None
            else next(a for a, known in self.acronym_ids.items() if known == agency_id)
        )

    @Slot()
    def _settle(self) -> None:
        """On leaving the field: show the full name of what was typed, or mark a text that names nothing."""
        index = self._index_of_text()
        if index >= 0 and self.currentIndex() != index:
            self.setCurrentIndex(index)
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setEditText(self.itemText(index))
        self.setStyleSheet(INVALID_STYLE if index < 0 else "")
        self.setToolTip(
            self.tr("Not an agency of {0}: pick one from the list.").format(self.side)
            if index < 0
            else self.tr("Type an acronym or a name, or pick from the list; leave empty for none.")
        )
