"""The second page: match each field to a column of the file, and save that matching under a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.interchange.roster_fields import FIELDS, REQUIRED_FIELDS
from dialogue_planner.interchange.roster_header import map_columns
from dialogue_planner.services.roster_import import save_mapping

if TYPE_CHECKING:
    from .wizard import ImportWizard


class MappingPage(QWizardPage):
    """Which column of the file feeds each field; the mapping can be saved under a name."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each field takes one column of the file. Fields marked * are required."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        labels = {
            "side": self.tr("Side"),
            "agency": self.tr("Agency"),
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "native_name": self.tr("Native name"),
            "title": self.tr("Title"),
            "title_zh": self.tr("Title (Chinese)"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "external_id": self.tr("External ID"),
        }
        self.samples: dict[str, QLabel] = {}
        for f in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map-{f.name}")
            combo.setMinimumWidth(320)
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(self._show_samples)
            sample = QLabel()
            give_look(sample, "muted")
            sample.setStyleSheet("color: #7b8794;")
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(sample, 1)
            self.combos[f.name] = combo
            self.samples[f.name] = sample
            form.addRow(labels[f.name] + (" *" if f.required else ""), row)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        self.mapping_name = QLineEdit()
        self.mapping_name.setObjectName("mappingName")
        self.mapping_name.setPlaceholderText(self.tr("Name, e.g. MPS personnel office"))
        save = QPushButton(self.tr("Save mapping"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self.save)
        self.save_button = save
        save_row.addWidget(QLabel(self.tr("Save this mapping as")))
        save_row.addWidget(self.mapping_name, 1)
        save_row.addWidget(save)
        layout.addLayout(save_row)
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        file_page = self.w.file_page
        header_number = file_page.chosen_header_row()
        header = self.w.table.row(header_number)
        self.header = header
        saved = file_page.mapping.currentData()
        try:
            automatic = dict(map_columns(header).headers)
        except DialogueError as exc:
            automatic = self._partial_automatic(header)
            self.status.setText(exc.message)
        else:
            self.status.setText("")
        wanted = dict(automatic)
        if saved is not None:
            wanted.update(saved.columns)
            self.mapping_name.setText(saved.name)
        names = [h.strip() for h in header]
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for _index, name in enumerate(names):
                if name:
                    combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(wanted.get(field, "")), 0))
            combo.blockSignals(False)
        below = [cells for number, cells in self.w.table.rows if number > header_number]
        self.first_row = below[0] if below else ()
        self._show_samples()
        self.completeChanged.emit()

    def _show_samples(self, *_args) -> None:
        """Beside each field, its value in the first row under the header, as a check of the choice."""
        names = [h.strip() for h in getattr(self, "header", ())]
        for field, combo in self.combos.items():
            chosen = combo.currentData()
            value = ""
            if chosen and chosen in names:
                index = names.index(chosen)
                row = getattr(self, "first_row", ())
                value = row[index] if index < len(row) else ""
            self.samples[field].setText(self.tr("e.g. {0}").format(value) if value else "")

    @staticmethod
    def _partial_automatic(header) -> dict[str, str]:
        from dialogue_planner.interchange.roster_fields import field_for_header

        found: dict[str, str] = {}
        for cell in header:
            field = field_for_header(cell)
            if field and field not in found:
                found[field] = cell.strip()
        return found

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() or "" for field, combo in self.combos.items()}

    def isComplete(self) -> bool:
        mapping = self.mapping()
        return all(mapping.get(f) for f in REQUIRED_FIELDS)

    def save(self) -> None:
        def refused(exc: BaseException) -> bool:
            if isinstance(exc, DialogueError):
                self.status.setText(exc.message)
                return True
            return False

        self.w.app.ops.run(
            save_mapping,
            self.w.app.ctx,
            self.mapping_name.text(),
            {k: v for k, v in self.mapping().items() if v},
            header_row=self.w.file_page.header_row.value() or None,
            sheet=self.w.table.sheet or None,
            on_done=self._saved,
            on_error=refused,
            busy_widget=self.save_button,
        )

    def _saved(self, saved) -> None:
        self.status.setText(self.tr("Saved as “{0}”.").format(saved.name))
        self.w.file_page.reload_mappings()
