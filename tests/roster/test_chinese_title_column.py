"""Roster files carry the Chinese of a delegate's title (issue 17): its column is recognised by the names
agencies give it, imported and exported, and the delegate editor shows both titles with the mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.interchange.roster_fields import field_for_header
from dialogue_planner.interchange.roster_reader import read_roster
from dialogue_planner.interchange.roster_template import TEMPLATE_HEADER
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.roster import list_delegates

from .helpers import HEADER, csv_data, opts, xlsx_data

ZHANG = ["CN", "MPS", "Zhang", "Wei", "张伟", "Director-General", "zw@mps.example", "", "CN-1"]


@pytest.mark.parametrize(
    "header", ["Title (Chinese)", "title_zh", "TITLE ZH", "职务", "職務", "中文职务", "Chinese title", "职位"]
)
def test_chinese_title_headers_name_title_zh(header):
    assert field_for_header(header) == "title_zh"


@pytest.mark.parametrize("header", ["Title", "Position", "rank"])
def test_english_title_headers_stay_title(header):
    assert field_for_header(header) == "title"


def test_the_template_has_the_chinese_title_column_last():
    assert TEMPLATE_HEADER[-1] == "Title (Chinese)" and TEMPLATE_HEADER[:9] == HEADER


@pytest.mark.parametrize("header", ["Title (Chinese)", "职务"])
@pytest.mark.parametrize("maker", [csv_data, xlsx_data], ids=["csv", "xlsx"])
def test_import_fills_title_zh_and_a_reimport_changes_it(any_ctx, header, maker):
    result = ri.apply_import(any_ctx, maker([[*ZHANG, "司长"]], header=[*HEADER, header]), opts())
    assert result.ok and result.created == 1
    (zhang,) = list_delegates(any_ctx, search="Zhang")
    assert (zhang.title, zhang.title_zh) == ("Director-General", "司长")
    again = ri.apply_import(any_ctx, maker([[*ZHANG, "副司长"]], header=[*HEADER, header]), opts())
    assert again.ok and again.updated == 1
    assert list_delegates(any_ctx, search="Zhang")[0].title_zh == "副司长"
    # a file without the column leaves the stored Chinese alone
    assert ri.apply_import(any_ctx, csv_data([ZHANG]), opts()).unchanged == 1
    assert list_delegates(any_ctx, search="Zhang")[0].title_zh == "副司长"


def test_a_chinese_only_roster_with_its_title_column_and_a_bad_cell():
    header = ["国别", "单位", "姓", "名", "中文姓名", "职务", "编号"]
    parsed = read_roster(
        csv_data(
            [
                ["CN", "MPS", "Li", "Na", "李娜", "处长", "CN-2"],
                ["CN", "MPS", "Wu", "", "", "处\x1b长", "CN-3"],
            ],
            header=header,
        ),
        "r.csv",
    )
    assert parsed.rows[0].values["title_zh"] == "处长" and "title" not in parsed.column_map.columns
    assert [(i.row, i.field) for i in parsed.issues] == [(3, "title_zh")]
    with pytest.raises(ImportFileError, match="Ambiguous header"):
        read_roster(csv_data([ZHANG + ["a", "b"]], header=[*HEADER, "职务", "Title (Chinese)"]), "r.csv")


def test_export_writes_the_chinese_title(ctx, tmp_path):
    from dialogue_planner.services.roster import export_roster

    ri.apply_import(ctx, csv_data([[*ZHANG, "司长"]], header=[*HEADER, "职务"]), opts())
    export_roster(ctx, tmp_path / "out.csv")
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[-2:] == ["Title (Chinese)", "Active"] and lines[1].endswith("司长,yes")
    # the export imports back as it is
    parsed = read_roster((tmp_path / "out.csv").read_bytes(), "out.csv")
    assert parsed.rows[0].values["title_zh"] == "司长"


# -- the delegate editor ---------------------------------------------------------------------------
def type_chinese(widget, text: str) -> None:
    """Chinese as an input method commits it (QTest has no key for a character beyond Latin-1)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def roster_page(qtbot, ctx, tmp_path):
    from dialogue_planner.gui.roster.page import RosterPage
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(ctx, settings, ErrorReporter(interactive=False))
    ri.apply_import(ctx, csv_data([ZHANG]), ri.ImportOptions(file_name="seed.csv"))
    page = RosterPage(app)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_all()
    yield page
    app.tasks.wait()


def test_the_delegate_editor_marks_a_missing_chinese_title_and_saves_it(roster_page, qtbot, tmp_path):
    zhang = list_delegates(roster_page.app.ctx, search="Zhang")[0]
    editor = roster_page.make_editor(zhang)
    wait_all()
    qtbot.addWidget(editor)
    editor.show()
    mark = editor.texts.marks["title"]
    english, chinese = editor.fields["title"], editor.fields["title_zh"]
    assert english.text() == "Director-General" and chinese.text() == ""
    assert mark.text() == "●" and "Chinese missing" in mark.toolTip()
    qtbot.mouseClick(chinese, Qt.MouseButton.LeftButton)
    type_chinese(chinese, "司长")
    assert mark.text() == "✓" and editor.texts.untranslated() == []
    editor.grab().save(str(tmp_path / "delegate-editor.png"))
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    wait_all()
    assert editor.saved is not None and editor.saved.title_zh == "司长"
    assert list_delegates(roster_page.app.ctx, search="Zhang")[0].title_zh == "司长"
    # an English title cleared leaves no mark; typing one without Chinese marks it again
    english.clear()
    assert mark.text() == ""
    chinese.clear()
    qtbot.keyClicks(english, "Minister")
    assert mark.text() == "●" and editor.texts.untranslated() == ["title"]
