"""The base of every page: an id, a translated title, an icon, refresh(), and the controls the keyboard
commands act on."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

from .pages import page_title


class Page(QWidget):
    """A page of the main window. Subclasses lay out widgets in __init__ and load data in refresh()."""

    page_id = "page"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName(f"page-{self.page_id}")

    def attach(self, app) -> None:
        """The application, for a page built before the database was attached (the Overview's first
        look); the window calls it when it attaches the database."""
        self.app = app

    def title(self) -> str:
        return page_title(self.page_id)

    def prepare_screenshot(self) -> None:
        """Before ``screenshots`` grabs the page: show what a user would come to the page to see (a page
        whose main content waits for a click starts that work here; background tasks are waited for)."""

    def refresh(self) -> None:
        """Reload what the page shows from the services; keep the user's selection where possible."""

    def show_target(self, target: dict) -> None:
        """Show what another page pointed at (``AppContext.open_page``), e.g. ``{"meeting": 23}``; the page
        is already refreshed. Pages that can be pointed at override this; keys they do not know are ignored."""

    # -- keyboard commands (shell/shortcuts.py): the control each acts on, None where the page has none --
    # The window presses the button (or focuses the field) as a user would, only while it is enabled, so
    # a page names its existing control and the command does exactly what a click does. A page without
    # one has the command disabled while it is shown.
    def new_control(self) -> QAbstractButton | None:
        """Ctrl+N: the page's "New …" button."""
        return None

    def search_control(self) -> QWidget | None:
        """Ctrl+F: the page's search field."""
        return None

    def list_view(self) -> QAbstractItemView | None:
        """The page's main list, where Enter and Delete act on the selected row."""
        return None

    def open_control(self) -> QAbstractButton | None:
        """Enter in the list: the button that opens the selected row (what a double-click does)."""
        return None

    def delete_control(self) -> QAbstractButton | None:
        """Delete in the list: the button that withdraws, cancels or deactivates the selected row (these
        ask first or can be undone; nothing is deleted outright)."""
        return None
