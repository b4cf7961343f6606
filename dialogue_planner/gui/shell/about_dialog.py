"""Help ▸ About: the version, where the data is, who you are in it, and the licences of what ships with it."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from dialogue_planner import __version__
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.services.info import database_location

# (component, distribution whose version is shown, licence): what the program and its bundle contain.
COMPONENTS = (
    ("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("psycopg", "psycopg", "LGPL-3.0"),
    ("ReportLab", "reportlab", "BSD"),
    ("openpyxl", "openpyxl", "MIT"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("holidays", "holidays", "MIT"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 / BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("WenQuanYi Micro Hei", None, "Apache-2.0"),
)


def _version_of(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return version(distribution)
    except PackageNotFoundError:  # a frozen bundle may not carry the metadata
        return ""


class AboutDialog(QDialog):
    def __init__(self, ctx, role_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Dialogue Planner"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Dialogue Planner {0}").format(__version__))
        give_look(heading, "pageTitle")
        layout.addWidget(heading)
        purpose = QLabel(
            self.tr(
                "Plans the meetings of a bilateral high-level dialogue, keeps both delegations, "
                "logs requests and hotline escalations, carries the agenda over and issues "
                "briefing packs."
            )
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        self.facts = QLabel(self._facts(ctx, role_text))
        self.facts.setObjectName("aboutFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.licences = QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setHtml(self._licences())
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _facts(self, ctx, role_text: str) -> str:
        where = database_location(
            ctx
        )  # reads the connection's URL, never the database: stays on the GUI thread
        if where.path:
            database = self.tr("SQLite file {0}").format(where.path)
        else:
            database = self.tr("database {0} on the PostgreSQL server {1}").format(
                where.database, where.server
            )
        lines = [(self.tr("Database"), database), (self.tr("You"), f"{ctx.user.login} · {role_text}")]
        return "<br>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in lines)

    def _licences(self) -> str:
        own = self.tr("Dialogue Planner is free software under the Apache License 2.0.")
        parts = self.tr("It is built with these components, each under its own licence:")
        header = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        rows = [header] + [(name, _version_of(dist), licence) for name, dist, licence in COMPONENTS]
        cells = [
            "".join(f"<t{tag} align='left'>{escape(value)}</t{tag}>" for value in row)
            for row, tag in zip(rows, ["h"] + ["d"] * len(COMPONENTS), strict=False)
        ]
        table = "".join(f"<tr>{row}</tr>" for row in cells)
        return f"<p>{escape(own)}</p><p>{escape(parts)}</p><table cellpadding='3'>{table}</table>"
