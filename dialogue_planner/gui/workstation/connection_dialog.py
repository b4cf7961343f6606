"""Connection settings of this workstation: which database, which login, and the password (kept in the
system keyring). The new connection is used the next time the application starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.file_dialogs import get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.services.workstation import (
    ConnectionSettings,
    check_connection,
    connection_url,
    parse_connection,
)

from .credentials import save_connection, saved_connection, stored_password


class ConnectionDialog(QDialog):
    """Address, login and password; Test tries them without changing anything; Save stores them."""

    def __init__(self, settings, tasks=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.saved: ConnectionSettings | None = None
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connection settings"))
        self.setWindowIcon(icon("workstation-connection"))
        self.setMinimumWidth(620)

        intro = QLabel(
            self.tr(
                "Several workstations share one PostgreSQL database; a SQLite file serves this workstation only. "
                "Ask your administrator for the server address and your login."
            )
        )
        intro.setWordWrap(True)

        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Database:"))
        self.address.setObjectName("addressEdit")
        self.address.setPlaceholderText(self.tr("postgresql://server/dialogue  or  a SQLite file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(browse)

        self.login = QLineEdit()
        self.login.setObjectName("loginEdit")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("rememberBox")
        self.remember.setChecked(True)
        keyring_note = QLabel(self.tr("The password is never written to a settings file."))
        give_look(keyring_note, "muted")

        form = QFormLayout()
        form.addRow(self.tr("Database:"), address_row)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", keyring_note)

        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = buttons.addButton(
            self.tr("Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.address.textChanged.connect(self._address_changed)
        self._load()

    def _load(self) -> None:
        conn = saved_connection(self.settings)
        if conn is None:
            self._address_changed("")
            return
        self.address.setText(conn.server_url)
        self.login.setText(conn.user)
        if stored_password(conn):
            self.password.setPlaceholderText(self.tr("(kept in the system keyring)"))

    @Slot(str)
    def _address_changed(self, text: str) -> None:
        postgres = text.strip().startswith(("postgresql", "postgres:"))
        for widget in (self.login, self.password, self.remember):
            widget.setEnabled(postgres)

    def _settings(self) -> ConnectionSettings:
        return parse_connection(self.address.text(), self.login.text())

    def _password(self, conn: ConnectionSettings) -> str | None:
        return self.password.text() or stored_password(conn)

    def _show(self, text: str, ok: bool) -> None:
        self.result_label.setProperty("ok", ok)
        self.result_label.setStyleSheet("color: #1e7b34;" if ok else "color: #b3261e;")
        self.result_label.setText(text)

    @Slot()
    def browse(self) -> None:
        path, _ = get_save_file_name(
            self,
            self.settings,
            "database",
            self.tr("SQLite database file"),
            "",
            self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.address.setText(path)

    @Slot()
    def test(self) -> None:
        try:
            conn = self._settings()
        except DialogueError as exc:
            self._show(exc.message, False)
            return
        url = connection_url(conn, self._password(conn))
        self._show(self.tr("Connecting…"), True)
        self.test_button.setEnabled(False)
        if self.tasks is None:
            try:
                self._tested(check_connection(url))
            except DialogueError as exc:
                self._failed(exc)
            return
        self.tasks.run(
            self.tr("Testing the connection"),
            lambda _progress: check_connection(url),
            on_done=self._tested,
            on_error=self._failed,
        )

    def _tested(self, who: str) -> None:
        self.test_button.setEnabled(True)
        self._show(self.tr("Connected: {0}").format(who), True)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        message = exc.message if isinstance(exc, DialogueError) else f"{type(exc).__name__}: {exc}"
        self._show(self.tr("Could not connect: {0}").format(message), False)

    @Slot()
    def save(self) -> None:
        try:
            conn = self._settings()
            save_connection(self.settings, conn, self.password.text(), remember=self.remember.isChecked())
        except DialogueError as exc:
            self._show(exc.message, False)
            return
        self.saved = conn
        self.accept()
