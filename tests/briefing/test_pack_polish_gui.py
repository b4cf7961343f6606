"""The Briefing page's side defaults (issue 17): the Briefing defaults dialog, and numbered copies on each
recipient side's paper and in its language unless the page says otherwise."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.pack_defaults import list_side_defaults

from .test_gui import app, page, settle  # noqa: F401  (fixtures and helpers of the Briefing page tests)


def _copies(tmp_path):
    return {p.name: pypdf.PdfReader(io.BytesIO(p.read_bytes())) for p in tmp_path.glob("*-copy*.pdf")}


def test_defaults_dialog_saves_a_side_and_copies_follow_it(qtbot, page, scene, tmp_path):  # noqa: F811
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    wait_all()
    qtbot.waitUntil(lambda: getattr(page, "defaults_dialog", None) is not None, timeout=5_000)
    dialog = page.defaults_dialog
    cn = next(b for b in dialog.boxes if b.defaults.code == "CN")
    assert cn.language.currentData() == "" and cn.paper.currentData() == "a4"
    cn.language.setCurrentIndex(cn.language.findData("bilingual"))
    qtbot.keyClicks(cn.edits["secretariat_name"], "CN Secretariat")
    qtbot.keyClicks(cn.edits["secretariat_email"], "mishu@example.cn")
    dialog.grab().save(str(tmp_path / "defaults-dialog.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_all()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert page.status.text() == "Briefing defaults saved."
    saved = {d.code: d for d in list_side_defaults(scene.ctx)}
    assert (saved["CN"].language, saved["CN"].secretariat_name) == ("bilingual", "CN Secretariat")
    assert saved["US"].language == "en" and not saved["US"].language_set  # untouched

    for i in range(page.recipients.count()):
        page.recipients.item(i).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "by-side"
    out.mkdir()
    page.issue_copies_to(out)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    wait_all()
    copies = _copies(out)
    langs = {name: r.trailer["/Root"]["/Lang"] for name, r in copies.items()}
    widths = {name: round(float(r.pages[0].mediabox.width)) for name, r in copies.items()}
    cn_copy = next(n for n in copies if "CN-001" in n)
    us_copy = next(n for n in copies if "US-001" in n)
    assert "Briefing pack / 会议简报" in copies[cn_copy].metadata.title  # bilingual
    assert copies[cn_copy].metadata.author == "CN Secretariat"
    assert (widths[cn_copy], widths[us_copy]) == (595, 612) and langs[us_copy] == "en-US"


def test_copies_in_the_page_language_when_asked(qtbot, page, tmp_path):  # noqa: F811
    page.copies_by_side.setChecked(False)
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh"))
    settle(qtbot, page)
    page.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    page.issue_copies_to(tmp_path)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    wait_all()
    (reader,) = _copies(tmp_path).values()
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
