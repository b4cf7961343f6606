"""Trust the other side's public key: the side, the key as they sent it, and the fingerprint they read
out on the hotline (the key is trusted only when the two match)."""

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


class TrustKeyDialog(QDialog):
    def __init__(self, sides: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustKeyDialog")
        self.setWindowTitle(self.tr("Trust the other side's key"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Paste the public key the other side sent, then type the fingerprint they read out to you "
                "(on the hotline, not from the same message). The key is trusted only when they match."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.side = QComboBox()
        self.side.setObjectName("trustSide")
        self.side.addItems(sides)
        self.key = QLineEdit()
        self.key.setObjectName("trustPublicKey")
        self.key.setPlaceholderText(self.tr("64 hexadecimal digits"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("trustFingerprint")
        self.fingerprint.setPlaceholderText(self.tr("16 groups of 4 characters"))
        for caption, widget in (
            (self.tr("Side"), self.side),
            (self.tr("Public key"), self.key),
            (self.tr("Fingerprint read out"), self.fingerprint),
        ):
            widget.setAccessibleName(caption)
            form.addRow(caption, widget)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Trust"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.key.textChanged.connect(self._changed)
        self.fingerprint.textChanged.connect(self._changed)
        self._changed()
        self.resize(620, 240)

    @Slot()
    def _changed(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.key.text().strip() and self.fingerprint.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.side.currentText(), self.key.text().strip(), self.fingerprint.text().strip()
