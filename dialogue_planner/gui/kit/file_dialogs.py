"""Every file dialog of the application: it opens in the folder last used for the same purpose (an export, a
backup, a roster file …), the user's Documents folder the first time, never the program's own folder; the
folder chosen is remembered in the settings. The functions return what ``QFileDialog``'s do."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/{0}"


def documents_folder() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and os.path.isdir(found) else str(Path.home())


def start_folder(settings: QSettings, purpose: str) -> str:
    """The folder last used for ``purpose`` if it still exists, else the Documents folder."""
    last = settings.value(KEY.format(purpose))
    return last if isinstance(last, str) and last and os.path.isdir(last) else documents_folder()


def remember(settings: QSettings, purpose: str, chosen: str, *, is_folder: bool = False) -> None:
    if chosen:
        settings.setValue(KEY.format(purpose), chosen if is_folder else str(Path(chosen).parent))


def _start(settings: QSettings, purpose: str, suggested: str) -> str:
    """The start folder with ``suggested`` (a file name, or a path whose folder is ignored) in it."""
    folder = start_folder(settings, purpose)
    return str(Path(folder) / Path(suggested).name) if suggested else folder


def get_save_file_name(
    parent: QWidget | None,
    settings: QSettings,
    purpose: str,
    caption: str,
    suggested: str = "",
    name_filter: str = "",
    **options,
) -> tuple[str, str]:
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent, caption, _start(settings, purpose, suggested), name_filter, **options
    )
    remember(settings, purpose, path)
    return path, chosen_filter


def get_open_file_name(
    parent: QWidget | None, settings: QSettings, purpose: str, caption: str, name_filter: str = "", **options
) -> tuple[str, str]:
    path, chosen_filter = QFileDialog.getOpenFileName(
        parent, caption, start_folder(settings, purpose), name_filter, **options
    )
    remember(settings, purpose, path)
    return path, chosen_filter


def get_existing_directory(parent: QWidget | None, settings: QSettings, purpose: str, caption: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, start_folder(settings, purpose))
    remember(settings, purpose, folder, is_folder=True)
    return folder
