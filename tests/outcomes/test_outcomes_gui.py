"""The Outcomes page driven as a secretary drives it: choose a meeting, draft from the agenda, edit a paragraph
in both languages, propose, each side agrees, revise, compare, export (issue 15)."""

from __future__ import annotations

import re

import pytest
from journeys.user_seat import answer_file_dialog, click, click_row_showing, retype
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QTableView

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.outcomes.models import ComparisonTableModel, ParagraphTableModel, VersionTableModel
from dialogue_planner.gui.outcomes.page import OutcomesPage
from dialogue_planner.services import outcomes as svc
from dialogue_planner.services.agenda import list_items

MEETING = 3  # demo: items discussed and resolved with outcomes


@pytest.fixture
def app(qtbot, demo_ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(demo_ctx, settings, ErrorReporter(interactive=False))
    yield context
    context.tasks.wait()


def show(qtbot, app, meeting: int = MEETING) -> OutcomesPage:
    page = OutcomesPage(app)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    wait_all()
    choose(qtbot, page.meeting, meeting)
    return page


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick the entry holding ``data`` as a user does: focus the box, then the arrow keys to it."""
    at = combo.findData(data)
    assert at >= 0, f"{combo.objectName()} has no {data!r}"
    combo.setFocus()
    while combo.currentIndex() != at:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < at else Qt.Key.Key_Up)
    wait_all()


def click_tab(qtbot, page: OutcomesPage, index: int) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def type_in(qtbot, widget, text: str) -> None:
    """Select what a field holds and type ``text`` over it: ASCII as keys, Chinese as an input method
    commits it (QTest sends no key for a character beyond Latin-1)."""
    retype(qtbot, widget, "")
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def texts(model) -> list[list[str]]:
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def answer_with(text: str):
    def fill(dialog):
        field = dialog.findChild(QLineEdit, "reasonText")
        field.selectAll()
        field.insert(text)

    return fill


def test_the_summary_goes_from_draft_to_final_and_a_revision_shows_what_changed(qtbot, app, dialogs):
    page = show(qtbot, app)
    assert page.model.rowCount() == 0 and "no summary of outcomes yet" in page.summary.text()
    assert not page.propose_button.isEnabled() and not page.revise_button.isEnabled()
    click(qtbot, page.draft_button)
    drafted = svc.show_outcomes(app.ctx, MEETING)
    assert drafted.version == 1 and drafted.status == "draft" and len(drafted.paragraphs) >= 3
    items = {i.id: i for i in list_items(app.ctx, MEETING)}
    first = drafted.paragraphs[0]
    assert texts(page.model)[0][:3] == ["1", first.text_en, "(Chinese text missing)"]
    assert texts(page.model)[0][3].endswith(items[first.item].title)
    assert "Drafted from the agenda: 3 added" in page.message.text() or "added" in page.message.text()
    assert "draft" in page.status_line.text()

    # paragraph 1 in both languages, through the side-by-side editor
    click_row_showing(qtbot, page.table, "1")
    assert page.text_en.toPlainText() == first.text_en
    assert page.completeness.text().endswith("Chinese text missing")
    click(qtbot, page.edit_button)
    type_in(qtbot, page.text_en, "Both sides agreed to test the hotline every quarter.")
    type_in(qtbot, page.text_zh, "双方同意每季度测试热线。")
    assert page.completeness.text().endswith("Both languages")
    assert page.editor_title.text() == "Paragraph 1 · not saved yet"
    click(qtbot, page.save_button)
    assert page.editor_title.text() == "Paragraph 1"
    saved = svc.show_outcomes(app.ctx, MEETING).paragraphs[0]
    assert (saved.text_en, saved.text_zh) == (
        "Both sides agreed to test the hotline every quarter.",
        "双方同意每季度测试热线。",
    )
    assert texts(page.model)[0][1:3] == [saved.text_en, saved.text_zh]
    assert page.message.text() == "Paragraph 1 saved."

    # a paragraph added by hand, English only, then taken out again
    count = page.model.rowCount()
    click(qtbot, page.add_button)
    assert page.editor_title.text() == f"New paragraph {count + 1}"
    type_in(qtbot, page.text_en, "A paragraph written by hand.")
    assert page.completeness.text().endswith("Chinese text missing")
    click(qtbot, page.save_button)
    assert [p.text_en for p in svc.show_outcomes(app.ctx, MEETING).paragraphs][
        -1
    ] == "A paragraph written by hand."
    assert page.selected_number() == count + 1
    dialogs.expect("Remove")
    click(qtbot, page.remove_button)
    assert len(svc.show_outcomes(app.ctx, MEETING).paragraphs) == count

    # propose: from then on the version is not edited in place
    dialogs.expect("Propose")
    click(qtbot, page.propose_button)
    assert svc.show_outcomes(app.ctx, MEETING).status == "proposed"
    assert "proposed" in page.status_line.text()
    for button in (
        page.add_button,
        page.save_button,
        page.remove_button,
        page.edit_button,
        page.draft_button,
    ):
        assert not button.isEnabled(), button.objectName()
        assert "use Revise" in button.toolTip(), button.toolTip()
    assert page.text_en.isReadOnly() and page.text_zh.isReadOnly()
    assert page.revise_button.isEnabled()

    # each side agrees; the acting user is offered as who agreed for the first
    us, cn = page.agree_buttons
    assert us.text() == "Agree for US…" and cn.text() == "Agree for CN…"
    asked = dialogs.expect("Agree")
    click(qtbot, us)
    offered = app.ctx.user.display_name or app.ctx.user.login
    assert asked.title == "Agreement of US"
    agreed = svc.show_outcomes(app.ctx, MEETING)
    assert agreed.status == "proposed" and agreed.agreed_by == ("US",)
    assert agreed.agreements[0].by == offered
    assert "agreed by US" in page.status_line.text() and f"US by {offered} on " in page.status_line.text()
    assert not us.isEnabled() and cn.isEnabled()
    dialogs.expect("Agree", answer_with("Guo Shengkun"))
    click(qtbot, cn)
    final = svc.show_outcomes(app.ctx, MEETING)
    assert final.status == "final" and set(final.agreed_by) == {"US", "CN"}
    assert "<b>final</b>" in page.status_line.text() and "CN by Guo Shengkun on " in page.status_line.text()
    assert page.message.text() == "CN agreed version 1: it is final."
    assert not cn.isEnabled() and not page.add_button.isEnabled()

    # revise: version 2, a draft again, with the reason; the change shows in the comparison
    revise = dialogs.expect("Revise", answer_with("The Chinese side asked for a clearer paragraph 1"))
    click(qtbot, page.revise_button)
    assert "version 2" in revise.text
    second = svc.show_outcomes(app.ctx, MEETING)
    assert (second.version, second.status, second.agreed_by) == (2, "draft", ())
    assert page.version.currentData() == 2 and page.add_button.isEnabled()
    assert "The Chinese side asked for a clearer paragraph 1" in page.status_line.text()
    click_row_showing(qtbot, page.table, "1")
    type_in(qtbot, page.text_zh, "双方同意每季度测试一次热线。")
    click(qtbot, page.save_button)
    assert svc.show_outcomes(app.ctx, MEETING, 1).paragraphs[0].text_zh == "双方同意每季度测试热线。"  # kept
    click_tab(qtbot, page, 1)
    assert [r[:2] for r in texts(page.versions_model)] == [["1", "final"], ["2", "draft"]]
    assert "Guo Shengkun" in texts(page.versions_model)[0][4]
    assert (page.compare_from.currentData(), page.compare_to.currentData()) == (1, 2)
    click(qtbot, page.compare_button)
    changed = [
        [
            "changed",
            "1",
            saved.text_en,
            saved.text_en,
            "双方同意每季度测试热线。",
            "双方同意每季度测试一次热线。",
        ]
    ]
    assert texts(page.comparison_model) == changed  # what changed, not the paragraphs that did not
    click(qtbot, page.unchanged)
    rows = texts(page.comparison_model)
    assert rows[0] == changed[0] and len(rows) == count
    assert all(r[0] == "unchanged" for r in rows[1:])
    assert page.compare_summary.text() == f"Version 1 → 2: 1 of {count} paragraphs differ."

    # the earlier version stays readable, and is not editable
    choose(qtbot, page.version, 1)
    assert "a later version exists" in page.status_line.text()
    assert not page.add_button.isEnabled() and "earlier version" in page.add_button.toolTip()
    assert app.errors.shown == []


def test_an_edit_refused_by_the_service_shows_its_message(qtbot, app, dialogs):
    """Another workstation proposed the draft while it was open here: saving is refused with the service's
    line (which says to revise it), and the page then shows the proposed version."""
    svc.draft_outcomes(app.ctx, MEETING)
    page = show(qtbot, app)
    click_row_showing(qtbot, page.table, "2")
    svc.propose_outcomes(app.ctx, MEETING)
    type_in(qtbot, page.text_en, "Changed behind the other's back")
    click(qtbot, page.save_button)
    assert len(app.errors.shown) == 1
    kind, message = app.errors.shown[0]
    assert kind == "known" and "revise it to open a new draft" in message and "proposed" in message
    assert "--" not in message and "outcomes revise" not in message  # the window names no command
    assert svc.show_outcomes(app.ctx, MEETING).paragraphs[1].text_en != "Changed behind the other's back"
    assert not page.save_button.isEnabled() and "use Revise" in page.save_button.toolTip()


def test_a_blank_paragraph_is_refused_and_nothing_is_stored(qtbot, app):
    page = show(qtbot, app)
    click(qtbot, page.add_button)
    type_in(qtbot, page.text_en, "   ")
    click(qtbot, page.save_button)
    assert [m for _k, m in app.errors.shown] == ["Give the paragraph's English text (it may not be empty)."]
    assert svc.outcome_history(app.ctx, MEETING) == []


def test_the_export_writes_a_pdf_holding_the_paragraphs(qtbot, app, tmp_path):
    from pypdf import PdfReader

    svc.draft_outcomes(app.ctx, MEETING)
    svc.edit_paragraph(
        app.ctx, MEETING, 1, text_en="Hotline tested every quarter.", text_zh="热线每季度测试。"
    )
    page = show(qtbot, app)
    choose(qtbot, page.paper, "letter")
    choose(qtbot, page.language, "bilingual")
    target = tmp_path / "summary.pdf"
    answer_file_dialog(qtbot, target)
    click(qtbot, page.export_button)
    wait_all()
    assert target.exists()
    reader = PdfReader(str(target))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Hotline tested every quarter." in text
    assert "热线每季度测试" in text
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == 612  # US Letter
    assert page.message.text().startswith(f"Saved {target} (")
    assert app.errors.shown == []


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_ALLOWED = {"US", "CN", "PDF", "UTC", "A4"}


def test_the_page_in_chinese_shows_no_english_words_of_its_own(qtbot, app, qapp):
    from dialogue_planner.gui.i18n import install_translators

    svc.draft_outcomes(app.ctx, MEETING)
    svc.propose_outcomes(app.ctx, MEETING)
    svc.agree_outcomes(app.ctx, MEETING, "US", by="Jeh Johnson")
    translators = install_translators(qapp, "zh_CN")
    app.language = "zh_CN"  # as the application sets it when it starts in Chinese
    try:
        page = show(qtbot, app)
        titles = {i.id: i.title_zh for i in list_items(app.ctx, MEETING)}
        first = svc.show_outcomes(app.ctx, MEETING).paragraphs[0]
        assert titles[first.item] and page.model.index(0, 3).data().endswith(titles[first.item])
        data = {p.text_en for p in svc.show_outcomes(app.ctx, MEETING).paragraphs} | {"Jeh", "Johnson"}
        seen: list[str] = []
        for b in page.findChildren(QAbstractButton):
            seen += [b.text(), b.toolTip(), b.accessibleName()]
        for label in page.findChildren(QLabel):
            if label is not page.message:
                seen.append(re.sub(r"<[^>]+>", "", label.text()))
        for name in ("paper", "language", "version"):
            combo = getattr(page, name)
            seen += [combo.itemText(i) for i in range(combo.count())] + [
                combo.accessibleName(),
                combo.toolTip(),
            ]
        seen += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        for view in page.findChildren(QTableView):
            model = view.model()
            seen += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
            seen.append(view.accessibleName())
        for column in (0, 2):  # number and Chinese: the English column is the data itself
            seen += [str(page.model.index(r, column).data()) for r in range(page.model.rowCount())]
        english = sorted(
            {
                w
                for text in seen
                for w in _ENGLISH_WORD.findall(text)
                if w not in _ALLOWED and not any(w in d for d in data)
            }
        )
        assert english == []
        assert (
            "已提议" in page.status_line.text()
            or "美方" in page.status_line.text()
            or "US" in page.status_line.text()
        )
        assert page.tabs.tabText(0) != "Summary"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_models_pass_the_tester(qtmodeltester, demo_ctx):
    svc.draft_outcomes(demo_ctx, MEETING)
    svc.add_paragraph(demo_ctx, MEETING, "Added by hand.", "手工添加。")
    svc.propose_outcomes(demo_ctx, MEETING)
    svc.agree_outcomes(demo_ctx, MEETING, "CN", by="Guo Shengkun")
    svc.revise_outcomes(demo_ctx, MEETING, "Clearer wording")
    svc.edit_paragraph(demo_ctx, MEETING, 1, text_en="Reworded.")
    svc.remove_paragraph(demo_ctx, MEETING, 2)
    history = svc.outcome_history(demo_ctx, MEETING)
    paragraphs = ParagraphTableModel()
    paragraphs.set_paragraphs(history[-1].paragraphs, {})
    qtmodeltester.check(paragraphs)
    assert paragraphs.index(0, 1).data() == "Reworded."
    assert paragraphs.index(0, 2).data() == "(Chinese text missing)"
    assert paragraphs.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    versions = VersionTableModel()
    versions.set_rows(history)
    qtmodeltester.check(versions)
    assert [versions.index(r, 1).data() for r in range(2)] == ["agreed by CN", "draft"]
    comparison = ComparisonTableModel()
    comparison.set_rows(svc.diff_outcomes(demo_ctx, MEETING, 1, 2).changes)
    qtmodeltester.check(comparison)
    changes = [comparison.index(r, 0).data() for r in range(comparison.rowCount())]
    assert changes[0] == "changed" and "removed" in changes
    removed = changes.index("removed")
    assert comparison.index(removed, 1).data() == "2" and comparison.index(removed, 3).data() == ""
