"""The base of every page: an id, a translated title, an icon, and refresh()."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window. Subclasses lay out widgets in __init__ and load data in refresh()."""

    page_id = "page"
    icon_name = ""

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName(f"page-{self.page_id}")

    def title(self) -> str:
        raise NotImplementedError

    def prepare_screenshot(self) -> None:
        """Before ``screenshots`` grabs the page: show what a user would come to the page to see (a page
        whose main content waits for a click starts that work here; background tasks are waited for)."""

    def refresh(self) -> None:
        """Reload what the page shows from the services; keep the user's selection where possible."""

    def show_target(self, target: dict) -> None:
        """Show what another page pointed at (``AppContext.open_page``), e.g. ``{"meeting": 23}``; the page
        is already refreshed. Pages that can be pointed at override this; keys they do not know are ignored."""
