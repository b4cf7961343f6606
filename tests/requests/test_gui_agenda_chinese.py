"""The agenda item editor shows each printed text in English and Chinese with its completeness mark, and
saves the Chinese (issue 17)."""

from datetime import date

from journeys.user_seat import click
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dialogue_planner.gui.agenda.page import AgendaPage
from dialogue_planner.services import agenda

from .conftest import show_page


def type_chinese(widget, text: str) -> None:
    """Chinese as an input method commits it (QTest has no key for a character beyond Latin-1)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_item_editor_marks_missing_chinese_and_saves_it(qtbot, gui_app, tmp_path):
    item = agenda.add_item(gui_app.ctx, meeting=1, title="Botnet takedown", briefing_note="Background")
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    page.select_item(item.id)
    editor = page.editor
    texts = editor.texts
    marks = {key: texts.marks[key].text() for key in ("title", "briefing_note", "outcome")}
    assert marks == {"title": "●", "briefing_note": "●", "outcome": ""}  # no outcome yet: nothing to mark
    assert texts.untranslated() == ["title", "briefing_note"]

    type_chinese(texts.edits["title_zh"], "摧毁僵尸网络")
    assert texts.marks["title"].text() == "✓" and texts.marks["briefing_note"].text() == "●"
    type_chinese(texts.edits["briefing_note_zh"], "背景")
    qtbot.keyClicks(texts.edits["outcome"], "Servers seized")
    assert texts.marks["outcome"].text() == "●"
    editor.grab().save(str(tmp_path / "agenda-item-editor.png"))
    click(qtbot, editor.save_button)
    stored = agenda.get_item(gui_app.ctx, item.id)
    assert (stored.title_zh, stored.briefing_note_zh, stored.outcome, stored.outcome_zh) == (
        "摧毁僵尸网络",
        "背景",
        "Servers seized",
        "",
    )
    assert gui_app.errors.shown == []

    type_chinese(texts.edits["outcome_zh"], "服务器已查扣")
    assert texts.untranslated() == []
    click(qtbot, editor.resolve_button)
    stored = agenda.get_item(gui_app.ctx, item.id)
    assert (stored.status, stored.outcome_zh) == ("resolved", "服务器已查扣")
    # the page reloads the item: the editor shows what is stored, every mark complete
    assert texts.text("outcome_zh") == "服务器已查扣" and texts.marks["outcome"].text() == "✓"


def test_an_empty_english_title_is_refused_and_nothing_is_lost(qtbot, gui_app):
    item = agenda.add_item(gui_app.ctx, meeting=1, title="Training", title_zh="培训")
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    page.select_item(item.id)
    editor = page.editor
    editor.texts.edits["title"].clear()
    assert editor.texts.marks["title"].text() == ""
    click(qtbot, editor.save_button)
    assert gui_app.errors.shown and agenda.get_item(gui_app.ctx, item.id).title == "Training"
