"""File dialogs start in the user's Documents folder, then in the folder last used for the same purpose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from dialogue_planner.gui.kit import file_dialogs


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def asked(monkeypatch):
    """The folder each dialog was opened in; the user picks what ``answer`` holds."""
    seen, answer = [], {"path": ""}

    def fake(_parent, _caption, start, *_args, **_kwargs):
        seen.append(start)
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda _p, _c, start, *a: seen.append(start) or answer["path"]),
    )
    return seen, answer


def test_the_first_dialog_opens_in_documents_with_the_suggested_name(settings, asked, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(documents))
    seen, _answer = asked
    file_dialogs.get_save_file_name(None, settings, "calendar", "Export", "meetings.ics", "*.ics")
    assert seen == [str(documents / "meetings.ics")]


def test_the_folder_chosen_is_remembered_per_purpose(settings, asked, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path))
    seen, answer = asked
    exports = tmp_path / "exports"
    exports.mkdir()
    answer["path"] = str(exports / "meetings.ics")
    file_dialogs.get_save_file_name(None, settings, "calendar", "Export", "meetings.ics", "*.ics")
    answer["path"] = ""  # cancelled: nothing remembered
    file_dialogs.get_save_file_name(None, settings, "calendar", "Export", "meetings.ics", "*.ics")
    file_dialogs.get_open_file_name(None, settings, "backup", "Restore", "*.sqlite")
    assert seen[1:] == [str(exports / "meetings.ics"), str(tmp_path)]
    answer["path"] = str(exports)
    file_dialogs.get_existing_directory(None, settings, "copies", "Folder")
    file_dialogs.get_existing_directory(None, settings, "copies", "Folder")
    assert seen[-1] == str(exports)


def test_a_folder_that_is_gone_falls_back_to_documents(settings, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path))
    settings.setValue("files/backup", str(tmp_path / "unplugged-usb-stick"))
    assert file_dialogs.start_folder(settings, "backup") == str(tmp_path)


def test_documents_is_a_real_folder():
    from pathlib import Path

    assert Path(file_dialogs.documents_folder()).is_dir()
