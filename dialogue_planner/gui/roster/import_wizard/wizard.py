"""The import wizard itself: assembles the file, mapping, preview and apply pages and holds what they share.

Reading the file, building the preview and applying all run as background tasks, so a large file
never blocks the window. Nothing is written before the last page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from dialogue_planner.services.roster_import import ImportOptions

from .apply_page import ApplyPage
from .file_page import FilePage
from .mapping_page import MappingPage
from .preview_page import PreviewPage


class ImportWizard(QWizard):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 600)  # within a 1024×700 screen, frame included
        self.path: Path | None = None
        self.data: bytes = b""
        self.table = None
        self.applied = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.apply_page):
            self.addPage(page)

    def options(self) -> ImportOptions:
        return ImportOptions(
            file_name=self.path.name if self.path else "",
            sheet=self.table.sheet or None,
            header_row=self.file_page.chosen_header_row(),
            mapping={k: v for k, v in self.mapping_page.mapping().items()},
            mode=self.file_page.mode.currentData(),
            agency=self.file_page.agency.currentData(),
            create_agencies=self.preview_page.create_agencies.isChecked(),
        )
