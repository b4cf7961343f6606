"""The delegate editor: add or edit one delegate; the service checks, a conflict is shown, not lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.records import AgencyRecord, DelegateRecord
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.editor_conflicts import save_in_background
from dialogue_planner.services.roster import add_delegate, get_delegate, get_notes, update_delegate

TEXT_FIELDS = (
    "family_name",
    "given_name",
    "native_name",
    "title",
    "title_zh",
    "email",
    "phone",
    "external_id",
)


class DelegateEditor(QDialog):
    """Edits a copy; Save sends only the changed fields with the version it started from."""

    def __init__(
        self,
        app,
        agencies: list[AgencyRecord],
        delegate: DelegateRecord | None = None,
        agency_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.delegate = delegate
        self.saved: DelegateRecord | None = None
        self.exec_conflict_dialog = None  # runs the conflict dialog; None: exec() (tests pick a choice)
        self.setObjectName("delegateEditor")
        self.setWindowTitle(self.tr("Edit delegate") if delegate else self.tr("Add delegate"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        for a in agencies:
            if a.active or (delegate and delegate.agency_id == a.id):
                # The translation picks the name shown: name_en in English, name_zh in Chinese.
                self.agency.addItem(
                    self.tr("{side} · {acronym} — {name_en}").format(
                        side=a.side_code, acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en
                    ),
                    a.id,
                )
        self.agency_names = {a.id: f"{a.side_code} · {a.acronym}" for a in agencies}
        wanted = delegate.agency_id if delegate else agency_id
        if wanted is not None and self.agency.findData(wanted) >= 0:
            self.agency.setCurrentIndex(self.agency.findData(wanted))
        form.addRow(self.tr("Agency"), self.agency)
        labels = {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "native_name": self.tr("Native name (中文)"),
            "title": self.tr("Title"),
            "title_zh": self.tr("Title (Chinese)"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "external_id": self.tr("External ID"),
        }
        self.labels = {
            **labels,
            "agency_id": self.tr("Agency"),
            "notes": self.tr("Notes"),
            "active": self.tr("Active"),
        }
        self.fields: dict[str, QLineEdit] = {}
        # The title is printed in the pack: English and Chinese side by side, with its completeness mark.
        self.texts = BilingualTexts((TextRow("title", labels["title"]),))
        self.texts.setObjectName("delegateTexts")
        for name in TEXT_FIELDS:
            if name in self.texts.edits:
                edit = self.texts.edits[name]
                assert isinstance(edit, QLineEdit)  # one-line rows
                edit.setText(getattr(delegate, name) or "" if delegate else "")
                if name == "title":
                    form.addRow(self.texts)
            else:
                edit = QLineEdit(getattr(delegate, name) or "" if delegate else "")
                form.addRow(labels[name], edit)
            edit.setObjectName(name)
            self.fields[name] = edit
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
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
        self._original_notes = ""
        if delegate is not None:
            # The notes are read off the GUI thread; Save waits for them (it is the busy widget).
            self.notes.setReadOnly(True)
            app.ops.run(
                get_notes, app.ctx, delegate.id, on_done=self._notes_loaded, busy_widget=self.save_button()
            )

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _notes_loaded(self, notes: str) -> None:
        self.notes.setPlainText(notes)
        self._original_notes = notes
        self.notes.setReadOnly(False)

    def values(self) -> dict:
        values = {name: edit.text() for name, edit in self.fields.items()}
        values["agency_id"] = self.agency.currentData()
        values["notes"] = self.notes.toPlainText()
        return values

    def save(self) -> None:
        """Save off the GUI thread; the dialog closes when it is saved, a refusal shows in the dialog."""
        values = self.values()
        if self.delegate is None:
            self.app.ops.run(
                add_delegate,
                self.app.ctx,
                values,
                on_done=self._saved,
                on_error=self._refused,
                busy_widget=self.save_button(),
            )
            return
        d = self.delegate
        changed = {
            k: v.strip() if isinstance(v, str) else v
            for k, v in values.items()
            if (k == "notes" and v != self._original_notes)
            or (k == "agency_id" and v != d.agency_id)
            or (k in TEXT_FIELDS and v.strip() != (getattr(d, k) or ""))
        }
        if not changed:
            self._saved(d)
            return

        def save(values: dict, expected_version: int | None) -> DelegateRecord:
            return update_delegate(self.app.ctx, d.id, values, expected_version=expected_version)

        save_in_background(
            self,
            self.app,
            record=d,
            entity="delegate",
            edits=changed,
            attempt=lambda: save(changed, d.version),
            save=save,
            what=d.display_name,
            on_outcome=self._outcome,
            on_refused=self._refused,
            labels=self.labels,
            derived={"notes": self._original_notes},
            value_names={"agency_id": self.agency_names},
            exec_dialog=self.exec_conflict_dialog,
            busy_widget=self.save_button(),
        )

    def _outcome(self, outcome) -> None:
        if outcome.decided_later:
            self.show_problem(
                self.tr(
                    "Not saved: someone else changed this delegate meanwhile. Save "
                    "again to compare and choose."
                )
            )
            return
        if outcome.record is not None:
            self._saved(outcome.record)
            return
        # Keeping theirs saves nothing; the page then shows their version.
        self.app.ops.run(get_delegate, self.app.ctx, self.delegate.id, on_done=self._saved)

    def _saved(self, record: DelegateRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if isinstance(exc, DialogueError):
            self.show_problem(exc.message)
            return True
        return False

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
