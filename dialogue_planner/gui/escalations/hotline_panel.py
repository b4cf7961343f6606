"""The Escalations page's Hotline tab: who answers the hotline for each side (a delegate or a name typed
in), with role, phone, e-mail, hours of duty and dates; add and remove them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.hotline import ContactPoint
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.page_parts import configure_table
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, text_column
from dialogue_planner.services.hotline import add_contact_point, list_contact_points, remove_contact_point
from dialogue_planner.services.schedule import current_dialogue


def _who(c: ContactPoint) -> str:
    name = f"{c.name} ({c.name_zh})" if c.name_zh and c.name_zh != c.name else c.name
    return f"{name}, {c.agency}" if c.agency else name


def _both(english: str, chinese: str) -> str:
    return f"{english} / {chinese}" if english and chinese else english or chinese


def _dates(c: ContactPoint) -> str:
    if c.from_on is None and c.to_on is None:
        return ""
    return f"{c.from_on.isoformat() if c.from_on else '…'} – {c.to_on.isoformat() if c.to_on else '…'}"


class ContactsModel(RecordTableModel):
    context = "ContactsModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("ContactsModel", "Side"), lambda c: c.side),
        text_column(QT_TRANSLATE_NOOP("ContactsModel", "Who"), _who),
        text_column(QT_TRANSLATE_NOOP("ContactsModel", "Role"), lambda c: _both(c.role, c.role_zh)),
        text_column(QT_TRANSLATE_NOOP("ContactsModel", "Phone"), lambda c: c.phone),
        text_column(QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), lambda c: c.email),
        text_column(
            QT_TRANSLATE_NOOP("ContactsModel", "Hours of duty"), lambda c: _both(c.hours, c.hours_zh)
        ),
        text_column(QT_TRANSLATE_NOOP("ContactsModel", "Dates"), _dates),
    )


class ContactDialog(QDialog):
    """A new contact point: side, a delegate (by key) or a name, role, phone, e-mail, hours, dates."""

    def __init__(self, app, sides: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("New hotline contact point"))
        self.app = app
        self.saved: ContactPoint | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.side = QComboBox()
        self.side.setObjectName("contactSide")
        self.side.setAccessibleName(self.tr("Side"))
        for code in sides:
            self.side.addItem(code, code)
        self.delegate = QLineEdit()
        self.delegate.setObjectName("contactDelegate")
        self.delegate.setAccessibleName(self.tr("Delegate"))
        self.delegate.setPlaceholderText(self.tr("external id, e-mail or id; or leave empty and give a name"))
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setObjectName("contactEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.from_on = DateEdit()
        self.from_on.setObjectName("contactFrom")
        self.from_on.setAccessibleName(self.tr("On duty from"))
        self.to_on = DateEdit()
        self.to_on.setObjectName("contactTo")
        self.to_on.setAccessibleName(self.tr("On duty until"))
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Delegate"), self.delegate)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("On duty from"), self.from_on)
        form.addRow(self.tr("On duty until"), self.to_on)
        layout.addLayout(form)
        self.texts = BilingualTexts(
            [
                TextRow("name", self.tr("Name (when not a delegate)")),
                TextRow("role", self.tr("Role")),
                TextRow("hours", self.tr("Hours of duty")),
            ]
        )
        self.texts.edits["hours"].setPlaceholderText(self.tr("e.g. 24/7 or 08:00–18:00 Beijing"))
        layout.addWidget(self.texts)
        layout.addStretch(1)  # the spare height below the fields, not between them
        self.error_label = QLabel()
        self.error_label.setObjectName("contactError")
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @Slot()
    def save(self) -> None:
        problem = self.from_on.problem() or self.to_on.problem()
        if problem:
            self._show_problem(problem)
            return
        values = self.texts.values()
        self.app.ops.run(
            add_contact_point,
            self.app.ctx,
            side=self.side.currentData(),
            delegate=self.delegate.text().strip() or None,
            name=values["name"].strip() or None,
            name_zh=values["name_zh"],
            role=values["role"],
            role_zh=values["role_zh"],
            phone=self.phone.text(),
            email=self.email.text(),
            hours=values["hours"],
            hours_zh=values["hours_zh"],
            from_on=self.from_on.date(),
            to_on=self.to_on.date(),
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, point: ContactPoint) -> None:
        self.saved = point
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self._show_problem(exc.message)
        return True


class HotlineContactsPanel(QWidget):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineContacts")
        self.app = app
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contact point…"))
        self.add_button.setObjectName("addContactPoint")
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeContactPoint")
        self.remove_button.clicked.connect(self.remove_selected)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setObjectName("contactMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.model = ContactsModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="contactTable",
            accessible=self.tr("Hotline contact points"),
            empty=self.tr("No contact points yet: add who answers the hotline for each side."),
            stretch=1,
            widths={0: 50, 2: 170, 3: 130, 4: 190, 5: 190, 6: 180},
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def selected(self) -> ContactPoint | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @Slot()
    def _current_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        writer = self.app.ctx.can("secretariat")  # a viewer reads the contact points
        self.add_button.setEnabled(writer)
        self.remove_button.setEnabled(writer and self.selected() is not None)

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.model.set_rows([])
            return
        self.app.ops.run(list_contact_points, self.app.ctx, on_done=self._loaded)

    def _loaded(self, points: list[ContactPoint]) -> None:
        self.model.set_rows(points)
        self._update_buttons()

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.refresh()
        self.app.changed("hotline_contact")

    @Slot()
    def add_contact(self) -> None:
        self.app.ops.run(
            current_dialogue, self.app.ctx, on_done=self._open_dialog, busy_widget=self.add_button
        )

    def _open_dialog(self, dialogue) -> None:
        dialog = ContactDialog(self.app, [s.code for s in dialogue.sides], self)
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._done(self.tr("Contact point {0} of {1} added.").format(saved.name, saved.side))

    @Slot()
    def remove_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        if not confirm(
            self,
            self.tr("Remove contact point"),
            self.tr("Remove {0} from the hotline contact points of {1}?").format(c.name, c.side),
            self.tr("Remove"),
        ):
            return
        self.app.ops.run(
            remove_contact_point,
            self.app.ctx,
            c.id,
            expected_version=c.version,
            on_done=lambda gone: self._done(
                self.tr("Contact point {0} of {1} removed.").format(gone.name, gone.side)
            ),
            busy_widget=self.remove_button,
        )
