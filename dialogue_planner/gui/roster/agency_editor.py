"""The admins' agency dialogs: add or edit an agency (acronym, names, parent, role in the dialogue), and
choose the agency another one is merged into. The service checks; a refusal shows in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.records import AgencyRecord
from dialogue_planner.services.agencies import add_agency, update_agency

ROLES = ("", "lead", "co-chair", "participant", "observer")


def agency_key(agency: AgencyRecord) -> str:
    """How the services name an agency: SIDE:ACRONYM."""
    return f"{agency.side_code}:{agency.acronym}"


class AgencyEditor(QDialog):
    """Adds an agency to a side, or edits one; Save sends only what changed, with the version it loaded."""

    def __init__(
        self,
        app,
        agencies: list[AgencyRecord],
        sides: dict[str, tuple[str, str]],
        agency: AgencyRecord | None = None,
        side: str | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.agency = agency
        self.agencies = agencies
        self.saved: AgencyRecord | None = None
        self.setObjectName("agencyEditor")
        self.setWindowTitle(self.tr("Edit agency") if agency else self.tr("Add agency"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.side = QComboBox()
        self.side.setObjectName("agencySide")
        self.side.setAccessibleName(self.tr("Side"))
        for code, (name_en, name_zh) in sides.items():
            self.side.addItem(
                self.tr("{code} · {name_en}").format(code=code, name_en=name_en, name_zh=name_zh or name_en),
                code,
            )
        wanted_side = agency.side_code if agency else side
        if wanted_side is not None and self.side.findData(wanted_side) >= 0:
            self.side.setCurrentIndex(self.side.findData(wanted_side))
        self.side.setEnabled(agency is None)  # an agency stays on its side; merge moves its people
        self.side.currentIndexChanged.connect(self._side_changed)
        form.addRow(self.tr("Side"), self.side)
        self.acronym = self._line("agencyAcronym", self.tr("Acronym"), agency.acronym if agency else "", form)
        self.name_en = self._line(
            "agencyNameEn", self.tr("English name"), agency.name_en if agency else "", form
        )
        self.name_zh = self._line(
            "agencyNameZh", self.tr("Chinese name"), agency.name_zh if agency else "", form
        )
        self.parent_agency = QComboBox()
        self.parent_agency.setObjectName("agencyParent")
        self.parent_agency.setAccessibleName(self.tr("Parent agency"))
        form.addRow(self.tr("Parent agency"), self.parent_agency)
        self.role = QComboBox()
        self.role.setObjectName("agencyRole")
        self.role.setAccessibleName(self.tr("Role in the dialogue"))
        words = {
            "": self.tr("No particular role"),
            "lead": self.tr("Lead"),
            "co-chair": self.tr("Co-chair"),
            "participant": self.tr("Participant"),
            "observer": self.tr("Observer"),
        }
        for code in ROLES:
            self.role.addItem(words[code], code)
        if agency is not None and self.role.findData(agency.dialogue_role) >= 0:
            self.role.setCurrentIndex(self.role.findData(agency.dialogue_role))
        form.addRow(self.tr("Role in the dialogue"), self.role)
        layout.addLayout(form)
        self._fill_parents(agency.parent_id if agency else parent_id)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _line(self, name: str, label: str, text: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _descendants(self) -> set[int]:
        """The agency itself and its sub-agencies: none of them can be its parent."""
        if self.agency is None:
            return set()
        found, grew = {self.agency.id}, True
        while grew:
            more = {a.id for a in self.agencies if a.parent_id in found} - found
            found |= more
            grew = bool(more)
        return found

    def _fill_parents(self, wanted: int | None) -> None:
        side = self.side.currentData()
        excluded = self._descendants()
        self.parent_agency.clear()
        self.parent_agency.addItem(self.tr("None (a top-level agency)"), None)
        for a in self.agencies:
            if a.side_code == side and a.id not in excluded and (a.active or a.id == wanted):
                self.parent_agency.addItem(
                    self.tr("{acronym} — {name_en}").format(
                        acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en
                    ),
                    a.id,
                )
        index = self.parent_agency.findData(wanted) if wanted is not None else 0
        self.parent_agency.setCurrentIndex(max(index, 0))

    @Slot(int)
    def _side_changed(self, _index: int) -> None:
        self._fill_parents(None)

    def _parent_key(self) -> str:
        chosen = self.parent_agency.currentData()
        agency = next((a for a in self.agencies if a.id == chosen), None)
        return agency_key(agency) if agency is not None else ""

    def save(self) -> None:
        """Save off the GUI thread; the dialog closes when it is saved, a refusal shows in the dialog."""
        ctx = self.app.ctx
        if self.agency is None:
            self.app.ops.run(
                add_agency,
                ctx,
                side=self.side.currentData() or "",
                acronym=self.acronym.text(),
                name_en=self.name_en.text(),
                name_zh=self.name_zh.text(),
                parent=self._parent_key(),
                role=self.role.currentData() or "",
                on_done=self._saved,
                on_error=self._refused,
                busy_widget=self.save_button(),
            )
            return
        a = self.agency
        changes: dict = {}
        if self.acronym.text().strip() != a.acronym:
            changes["acronym"] = self.acronym.text()
        if self.name_en.text().strip() != a.name_en:
            changes["name_en"] = self.name_en.text()
        if self.name_zh.text().strip() != a.name_zh:
            changes["name_zh"] = self.name_zh.text()
        if self.parent_agency.currentData() != a.parent_id:
            changes["parent"] = self._parent_key()
        if (self.role.currentData() or "") != a.dialogue_role:
            changes["role"] = self.role.currentData() or ""
        if not changes:
            self._saved(a)
            return
        self.app.ops.run(
            update_agency,
            ctx,
            agency_key(a),
            expected_version=a.version,
            **changes,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button(),
        )

    def _saved(self, record: AgencyRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if isinstance(exc, DialogueError):
            self.problem.setText(exc.message)
            self.problem.show()
            return True
        return False


class MergeDialog(QDialog):
    """Which agency of the same side one is merged into, and what moves with it."""

    def __init__(
        self,
        agency: AgencyRecord,
        agencies: list[AgencyRecord],
        delegates: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agencyMerge")
        self.setWindowTitle(self.tr("Merge agency"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Merge {0} into another agency of side {1}: its {2} delegate(s), its sub-agencies and everything "
                "that names it (requests, escalations, agenda and action items, roster imports) move to the agency "
                "chosen; {0} is then deactivated, with its history kept."
            ).format(agency.acronym, agency.side_code, delegates)
        )
        explanation.setObjectName("mergeExplanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setObjectName("mergeTarget")
        self.target.setAccessibleName(self.tr("Merge into"))
        for a in agencies:
            if a.side_code == agency.side_code and a.active and a.id != agency.id:
                self.target.addItem(
                    self.tr("{acronym} — {name_en}").format(
                        acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en
                    ),
                    a,
                )
        form.addRow(self.tr("Merge into"), self.target)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Merge"))
        self.ok_button.setEnabled(self.target.count() > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> AgencyRecord | None:
        return self.target.currentData()
