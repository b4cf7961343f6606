"""The Roster page and the import wizard, driven with qtbot on real widgets; every model through qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from journeys.user_seat import answer_next_box
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWizard

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.roster import list_delegates

from .helpers import csv_data, xlsx_data

ROWS = [
    ["CN", "MPS", "Zhang", "Wei", "张伟", "Director General", "zhang.wei@mps.example", "+86 10 1", "CN-1"],
    ["CN", "MPS", "Li", "Na", "李娜", "Deputy Director", "li.na@mps.example", "", "CN-2"],
    ["US", "DHS", "Smith", "Anna", "", "Deputy Secretary", "anna.smith@dhs.example", "", "US-1"],
    ["US", "FBI", "Müller", "José", "", "Special Agent", "", "", ""],
]


@pytest.fixture
def app_context(qtbot, ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(ctx, settings, ErrorReporter(interactive=False))
    yield context
    context.tasks.wait()


@pytest.fixture
def page(qtbot, app_context):
    from dialogue_planner.gui.roster.page import RosterPage

    ri.apply_import(app_context.ctx, csv_data(ROWS), ri.ImportOptions(file_name="seed.csv"))
    widget = RosterPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.refresh()
    wait_all()
    return widget


def visible_names(page) -> list[str]:
    return sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.tree_model)
    page.select_delegate(list_delegates(page.app.ctx, search="Zhang")[0].id)
    wait_all()
    qtmodeltester.check(page.history_model)


def test_tree_shows_sides_agencies_and_sub_agencies_with_counts(page):
    model = page.tree_model
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top[0] == "All delegates" and "People's Republic of China · CN (2)" in top
    us = next(model.index(r, 0) for r in range(model.rowCount()) if "US" in model.index(r, 0).data())
    children = [model.index(r, 0, us).data() for r in range(model.rowCount(us))]
    doj = next(
        model.index(r, 0, us) for r in range(model.rowCount(us)) if "DOJ" in model.index(r, 0, us).data()
    )
    assert any(c.startswith("DHS") for c in children)
    assert "(1)" in doj.data() and model.index(0, 0, doj).data().startswith("FBI")


def test_choosing_an_agency_filters_the_delegates(page, qtbot):
    assert len(visible_names(page)) == 4
    model = page.tree_model
    us = next(model.index(r, 0) for r in range(model.rowCount()) if "US" in model.index(r, 0).data())
    doj = next(
        model.index(r, 0, us) for r in range(model.rowCount(us)) if "DOJ" in model.index(r, 0, us).data()
    )
    page.tree.setCurrentIndex(doj)
    assert visible_names(page) == ["MÜLLER José"]
    page.tree.setCurrentIndex(model.index(0, 0))
    assert len(visible_names(page)) == 4


@pytest.mark.parametrize(
    "text, expected",
    [
        ("张", ["ZHANG Wei"]),
        ("li na", ["LI Na"]),
        ("muller", ["MÜLLER José"]),
        ("ZHANG.WEI@", ["ZHANG Wei"]),
        ("us-1", ["SMITH Anna"]),
        ("xyz", []),
    ],
)
def test_search_in_latin_or_chinese(page, qtbot, text, expected):
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:  # QTest cannot type characters outside Latin-1; an input method would deliver the text
        page.search.setText(text)
    qtbot.waitUntil(lambda: visible_names(page) == expected, timeout=2000)


def test_deactivate_and_reactivate_with_history(page, qtbot):
    zhang = list_delegates(page.app.ctx, search="Zhang")[0]
    assert page.select_delegate(zhang.id)
    assert page.toggle_button.text() == "Deactivate"
    answer_next_box(qtbot, "Cancel", expect="Deactivate ZHANG Wei (张伟), CN · MPS? They stay in the roster")
    page.toggle_button.click()
    wait_all()
    assert list_delegates(page.app.ctx, search="Zhang")[0].active is True
    answer_next_box(qtbot, "Deactivate")
    page.toggle_button.click()
    wait_all()
    assert list_delegates(page.app.ctx, search="Zhang")[0].active is False
    assert page.current_delegate().id == zhang.id and page.toggle_button.text() == "Reactivate"
    assert page.history_model.index(0, 2).data() == "deactivated"
    assert "active: yes → no" in page.history_model.index(0, 3).data()
    page.show_inactive.setChecked(False)
    assert "ZHANG Wei" not in visible_names(page)
    page.show_inactive.setChecked(True)
    page.select_delegate(zhang.id)
    wait_all()
    page.toggle_button.click()
    wait_all()
    assert list_delegates(page.app.ctx, search="Zhang")[0].active is True


def test_editor_adds_and_edits_and_shows_problems(page, qtbot):
    editor = page.make_editor()
    wait_all()
    qtbot.addWidget(editor)
    editor.fields["family_name"].setText("Wang")
    editor.fields["native_name"].setText("王芳")
    editor.fields["email"].setText("not an email")
    editor.save()
    wait_all()
    assert (
        editor.problem.isVisibleTo(editor)
        and "'not an email' is not an email address" in editor.problem.text()
    )
    editor.fields["email"].setText("wang.fang@mps.example")
    editor.save()
    wait_all()
    assert editor.result() == editor.DialogCode.Accepted and editor.saved.native_name == "王芳"

    zhang = list_delegates(page.app.ctx, search="Zhang")[0]
    stale = page.make_editor(zhang)
    wait_all()
    qtbot.addWidget(stale)
    other = page.make_editor(zhang)
    wait_all()
    qtbot.addWidget(other)
    other.fields["title"].setText("Vice Minister")
    other.save()
    wait_all()
    stale.fields["phone"].setText("+86 10 999")
    stale.exec_conflict_dialog = lambda dialog: dialog.reject()  # the conflict dialog: "Decide later"
    stale.save()
    wait_all()
    assert "someone else changed this delegate" in stale.problem.text()
    assert stale.fields["phone"].text() == "+86 10 999"  # nothing the user typed is lost
    assert list_delegates(page.app.ctx, search="Zhang")[0].title == "Vice Minister"


def test_export_runs_in_the_background(page, qtbot, tmp_path):
    with qtbot.waitSignal(page.app.tasks.ended, timeout=5000):
        page.export_to(tmp_path / "roster.xlsx")
    assert page.last_export_count == 4 and (tmp_path / "roster.xlsx").exists()


def test_undo_last_import_from_the_page(page, qtbot):
    assert page.undo_action.isEnabled()
    answer_next_box(qtbot, "Cancel", expect="Undo the import of seed.csv (4 new, 0 changed, 0 deactivated)?")
    page.undo_action.trigger()
    assert page.model.rowCount() == 4 and not page.app.tasks.active()
    answer_next_box(qtbot, "Undo the import", expect="Undo the import of seed.csv")
    with qtbot.waitSignal(page.app.tasks.ended, timeout=5000):
        page.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert not page.undo_action.isEnabled()


# -- the wizard ----------------------------------------------------------------------------------------
@pytest.fixture
def wizard(qtbot, page):
    from dialogue_planner.gui.roster.import_wizard import ImportWizard

    w = ImportWizard(page.app, page)
    qtbot.addWidget(w)
    w.show()
    wait_all()
    return w


def load(wizard, qtbot, path: Path):
    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=10000):
        wizard.file_page.load(path)
    qtbot.waitUntil(
        lambda: wizard.file_page.isComplete() or wizard.file_page.status.text() != "", timeout=2000
    )


def go_next(wizard, qtbot):
    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=10000):
        wizard.next()


def test_wizard_walks_from_file_to_summary(wizard, qtbot, tmp_path, qtmodeltester):
    changed = [r[:] for r in ROWS]
    changed[0][5] = "Vice Minister"
    changed.append(["CN", "MSS", "Chen", "Jie", "陈杰", "Director", "", "", "CN-9"])
    changed.append(["CN", "Nowhere", "Bad", "", "", "", "", "", ""])
    path = tmp_path / "update.xlsx"
    path.write_bytes(xlsx_data(changed, title_rows=[["MPS personnel office"], []], sheet="名单"))
    load(wizard, qtbot, path)
    page1 = wizard.file_page
    assert page1.isComplete() and page1.sheet.currentText() == "名单"
    assert page1.chosen_header_row() == 3 and page1.raw_model.header_row == 3
    qtmodeltester.check(page1.raw_model)

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["family_name"].currentText() == "Family name" and mapping.isComplete()
    assert (
        mapping.samples["family_name"].text() == "e.g. Zhang"
        and mapping.samples["native_name"].text() == "e.g. 张伟"
    )
    mapping.combos["family_name"].setCurrentIndex(0)
    assert not mapping.isComplete()
    mapping.combos["family_name"].setCurrentIndex(mapping.combos["family_name"].findText("Family name"))

    go_next(wizard, qtbot)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    qtmodeltester.check(preview.model)
    qtmodeltester.check(preview.proxy)
    kinds = [preview.proxy.index(r, 1).data() for r in range(preview.proxy.rowCount())]
    assert kinds == ["changed", "unchanged", "unchanged", "unchanged", "new", "error"]
    assert preview.counts.text() == "1 new, 1 changed, 3 unchanged, 0 to deactivate, 1 rows with errors."
    assert not preview.isComplete()  # an invalid row: import refused until skipping is chosen
    preview.filter.setCurrentIndex(preview.filter.findData("changed"))
    assert preview.proxy.rowCount() == 1
    preview.table.setCurrentIndex(preview.proxy.index(0, 0))
    assert preview.details.toPlainText() == "Title: Director General → Vice Minister"
    background = preview.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert background == "#fff1d6"
    preview.filter.setCurrentIndex(preview.filter.findData("error"))
    preview.table.setCurrentIndex(preview.proxy.index(0, 0))
    assert "Unknown agency 'Nowhere' on side CN" in preview.details.toPlainText()
    preview.skip_invalid.setChecked(True)
    assert preview.isComplete()

    go_next(wizard, qtbot)
    apply_page = wizard.apply_page
    qtbot.waitUntil(lambda: apply_page.result is not None, timeout=5000)
    assert apply_page.summary.text().startswith(
        "Imported update.xlsx: 1 new, 1 changed, 3 unchanged, 0 deactivated, 1 invalid rows skipped."
    )
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    dialog = apply_page.show_audit()
    qtbot.addWidget(dialog)
    wait_all()
    qtmodeltester.check(dialog.model)
    subjects = sorted(dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount()))
    assert subjects == ["Chen Jie", "Zhang Wei"]
    stored = {d.family_name: d for d in list_delegates(wizard.app.ctx)}
    assert stored["Zhang"].title == "Vice Minister" and stored["Chen"].native_name == "陈杰"

    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=5000):
        apply_page.undo.click()
    assert "Chen" not in {d.family_name for d in list_delegates(wizard.app.ctx)}


def test_wizard_reports_a_bad_file_without_blocking(wizard, qtbot, tmp_path):
    path = tmp_path / "scan.csv"
    path.write_bytes(b"%PDF-1.4 not a roster")
    load(wizard, qtbot, path)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.status.text() == "scan.csv: This is not a roster file: it is a PDF document."


def test_wizard_replace_mode_previews_deactivations(wizard, qtbot, tmp_path):
    path = tmp_path / "mps.csv"
    path.write_bytes(csv_data([ROWS[0]], delimiter=";", encoding="gb18030"))
    load(wizard, qtbot, path)
    assert "GB18030" in wizard.file_page.status.text() and "semicolon" in wizard.file_page.status.text()
    wizard.file_page.mode.setCurrentIndex(wizard.file_page.mode.findData("replace"))
    wizard.next()  # replace mode names its agency: the page says so and stays
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.status.text().startswith(
        "Replace mode replaces one agency's roster: choose that agency"
    )
    wizard.file_page.agency.setCurrentIndex(wizard.file_page.agency.findData("CN:MPS"))
    wizard.next()
    go_next(wizard, qtbot)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    kinds = [preview.proxy.index(r, 1).data() for r in range(preview.proxy.rowCount())]
    assert kinds == ["unchanged", "deactivated"]
    assert preview.proxy.index(1, 4).data() == "Li Na (李娜)"
    asked = answer_next_box(
        qtbot,
        "Cancel",
        expect="Replace the roster of CN · MPS — Ministry of Public Security "
        "with the file: 1 delegates missing from it will be deactivated",
    )
    wizard.next()
    assert asked and wizard.currentPage() is preview and list_delegates(wizard.app.ctx, search="Li")[0].active
    answer_next_box(qtbot, "Replace the roster")
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.apply_page.result is not None, timeout=5000)
    assert {d.family_name: d.active for d in list_delegates(wizard.app.ctx)}["Li"] is False


def test_wizard_saves_and_reuses_a_mapping(wizard, qtbot, tmp_path):
    header = ["Country", "Org", "Surname", "Given", "Mail"]
    path = tmp_path / "odd.csv"
    path.write_bytes(csv_data([["CN", "MPS", "Zhang", "Wei", "zhang.wei@mps.example"]], header=header))
    load(wizard, qtbot, path)
    wizard.next()
    mapping = wizard.mapping_page
    assert not mapping.isComplete() and "Missing required column: agency" in mapping.status.text()
    mapping.combos["agency"].setCurrentIndex(mapping.combos["agency"].findText("Org"))
    mapping.combos["given_name"].setCurrentIndex(mapping.combos["given_name"].findText("Given"))
    assert mapping.isComplete()
    mapping.mapping_name.setText("Odd headers")
    mapping.save()
    wait_all()
    assert mapping.status.text() == "Saved as “Odd headers”."
    saved = [m for m in ri.list_mappings(wizard.app.ctx) if m.name == "Odd headers"][0]
    assert saved.columns["agency"] == "Org"
    wizard.back()
    assert wizard.file_page.mapping.findText("Odd headers") > 0
    wizard.file_page.mapping.setCurrentIndex(wizard.file_page.mapping.findText("Odd headers"))
    wizard.next()
    assert (
        mapping.combos["agency"].currentText() == "Org"
        and mapping.combos["given_name"].currentText() == "Given"
    )
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=5000)
    assert wizard.preview_page.preview.counts["unchanged"] == 1


def test_overview_card_counts_delegates_and_names_the_last_import(qtbot, page):
    from dialogue_planner.gui.roster.overview_card import RosterCard

    card = RosterCard(page.app)
    qtbot.addWidget(card)
    card.refresh()
    wait_all()
    assert card.sides.text().splitlines() == [
        "CN: 2 active delegates in 4 agencies",
        "US: 2 active delegates in 4 agencies",
    ]
    assert card.last.text().startswith("Last import: seed.csv, by tester on ")
    assert card.last.text().endswith("(4 new, 0 changed, 0 deactivated).")


def test_a_viewer_can_look_but_not_change(qtbot, ctx, viewer_ctx, tmp_path):
    from dialogue_planner.gui.roster.page import RosterPage
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    ri.apply_import(ctx, csv_data(ROWS), ri.ImportOptions(file_name="seed.csv"))
    settings = QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat)
    page = RosterPage(AppContext(viewer_ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(page)
    page.refresh()
    wait_all()
    page.select_delegate(list_delegates(viewer_ctx)[0].id)
    wait_all()
    assert page.model.rowCount() == 4 and page.history_model.rowCount() == 1
    for control in (
        page.add_button,
        page.edit_button,
        page.toggle_button,
        page.import_action,
        page.undo_action,
    ):
        assert not control.isEnabled()


def test_wizard_says_when_the_roster_changed_after_the_preview(wizard, qtbot, tmp_path):
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.roster import add_delegate

    path = tmp_path / "one.csv"
    path.write_bytes(
        csv_data(
            [
                ["CN", "MSS", "Chen", "Jie", "", "", "", "", "CN-9"],
                ["CN", "MSS", "Zhou", "Min", "", "", "", "", "CN-10"],
            ]
        )
    )
    load(wizard, qtbot, path)
    wizard.next()
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=5000)
    assert wizard.preview_page.preview.counts["new"] == 2
    mss = next(a for a in list_agencies(wizard.app.ctx) if a.acronym == "MSS")
    add_delegate(
        wizard.app.ctx,
        {"agency_id": mss.id, "family_name": "Chen", "given_name": "Jie", "external_id": "CN-9"},
    )
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.apply_page.result is not None, timeout=5000)
    summary = wizard.apply_page.summary.text()
    assert "1 new, 0 changed, 1 unchanged" in summary
    assert "Someone changed the roster after the preview" in summary


def column_widths(page) -> list[int]:
    header = page.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def test_column_widths_survive_a_refresh_that_shows_no_rows(page, qtbot):
    """Search "zzzz", refresh, clear the search: the columns are as they were (they collapsed to "CHEN ⋯")."""
    before = column_widths(page)
    name_width = page.table.horizontalHeader().sectionSize(0)
    assert name_width >= page.table.fontMetrics().horizontalAdvance("MÜLLER José")
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=2000)
    page.refresh()
    wait_all()
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4, timeout=2000)
    assert column_widths(page) == before


def test_column_widths_the_user_set_are_remembered_across_restarts(page, qtbot):
    from dialogue_planner.gui.roster.page import RosterPage

    header = page.table.horizontalHeader()
    header.resizeSection(2, 211)  # as a user dragging the edge of the third column
    page.refresh()
    wait_all()
    assert header.sectionSize(2) == 211
    page.columns.save()  # what the timer does a moment after the drag
    again = RosterPage(page.app)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    again.refresh()
    assert again.table.horizontalHeader().sectionSize(2) == 211
    assert column_widths(again)[:-1] == column_widths(page)[:-1]  # the last one stretches to the view


def test_a_slow_database_does_not_freeze_the_window(page, qtbot, monkeypatch):
    """The roster is read off the GUI thread: while the database takes its time the window keeps running
    its timers and shows that it is busy, and the roster shows once the answer comes."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import dialogue_planner.gui.roster.page as roster_page

    gate = threading.Event()
    real = roster_page.list_delegates

    def slow_list_delegates(ctx, *args, **kwargs):
        assert gate.wait(10), "the test never let the database answer"
        return real(ctx, *args, **kwargs)

    monkeypatch.setattr(roster_page, "list_delegates", slow_list_delegates)
    ri.apply_import(
        page.app.ctx,
        csv_data([["CN", "MPS", "Wang", "Fang", "王芳", "", "", "", "CN-9"]]),
        ri.ImportOptions(file_name="more.csv"),
    )
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        page.refresh()  # as the window does when the page is shown
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)  # the GUI thread runs on while the call waits
        assert page.app.ops.busy and QApplication.overrideCursor() is not None
        assert "WANG Fang" not in visible_names(page)
        gate.set()
        qtbot.waitUntil(lambda: "WANG Fang" in visible_names(page), timeout=5000)
        qtbot.waitUntil(lambda: not page.app.ops.busy, timeout=5000)
        assert QApplication.overrideCursor() is None
    finally:
        gate.set()
        timer.stop()


def test_delegates_are_shown_in_name_order_with_the_keys_made_off_the_gui_thread(page, qtbot):
    """The snapshot brings the Name column's sort keys; the order is family then given name, accents and
    case folded (Müller between Li and Smith), and reverses from the header."""
    from dialogue_planner.gui.roster.delegate_model import name_sort_key

    rows = page.model.rows()
    assert page.model.sort_keys(0) == [name_sort_key(d) for d in rows]
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown == sorted(shown, key=lambda name: name_sort_key_of(rows, name))
    assert shown.index("MÜLLER José") == shown.index("LI Na") + 1
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: page.proxy.index(0, 0).data() == shown[-1], timeout=2000)


def name_sort_key_of(rows, shown_name: str) -> str:
    from dialogue_planner.gui.roster.delegate_model import name_sort_key

    return next(name_sort_key(d) for d in rows if f"{d.family_name.upper()} {d.given_name}" == shown_name)
