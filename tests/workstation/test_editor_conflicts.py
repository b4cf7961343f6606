"""Every editor that saves a stored record meets a newer save by someone else with the conflict dialog:
their values beside the user's, then keep theirs, apply mine on top (audited) or merge. Driven with
qtbot on the real editors; the record is changed behind the editor's back through the services, as
another workstation would; the dialog's choice is clicked through the editors' ``exec_conflict_dialog``."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from dialogue_planner.gui.agenda.item_editor import ItemEditor
from dialogue_planner.gui.agenda.page import AgendaPage
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.roster.delegate_editor import DelegateEditor
from dialogue_planner.gui.roster.page import RosterPage
from dialogue_planner.gui.schedule.meeting_dialog import MeetingDialog
from dialogue_planner.gui.schedule.page import SchedulePage
from dialogue_planner.services import agenda
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.meetings import add_meeting, get_meeting, update_meeting
from dialogue_planner.services.roster import add_delegate, get_delegate, get_notes, update_delegate

SHOTS = Path(os.environ["DIALOGUE_PLANNER_SHOTS"]) if os.environ.get("DIALOGUE_PLANNER_SHOTS") else None


def make_app(ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "editor-conflicts.ini"), QSettings.Format.IniFormat)
    return AppContext(ctx, settings, ErrorReporter(interactive=False))


@pytest.fixture
def app(qtbot, ctx, tmp_path):
    application = make_app(ctx, tmp_path)
    yield application
    application.tasks.wait()


@pytest.fixture
def any_app(qtbot, any_ctx, tmp_path):
    application = make_app(any_ctx, tmp_path)
    yield application
    application.tasks.wait()


class Chooser:
    """Runs the conflict dialog like a user: notes what it showed, then clicks ``button``."""

    def __init__(self, *buttons: str, shot: str = "") -> None:
        self.buttons = list(buttons)
        self.shown: list[dict] = []
        self.shot = shot

    def __call__(self, dialog) -> int:
        dialog.resize(860, 420)
        if SHOTS is not None and self.shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / f"{self.shot}.png"))
        model = dialog.model
        self.shown.append(
            {
                "rows": {
                    model.index(r, 0).data(): (model.index(r, 2).data(), model.index(r, 3).data())
                    for r in range(model.rowCount())
                },
                "fields": {f.name: (f.theirs, f.mine) for f in dialog.conflict.fields()},
                "merge": dialog.merge_button.isEnabled(),
            }
        )
        button = self.buttons.pop(0)
        if button == "later":
            dialog.reject()
        else:
            dialog.findChild(QPushButton, button).click()
        return dialog.result()

    @property
    def times(self) -> int:
        return len(self.shown)


KEEP, APPLY, MERGE, LATER = "keepTheirsButton", "applyMineButton", "mergeButton", "later"


@pytest.fixture
def confirm_overwrite(monkeypatch):
    asked = []

    def question(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def actions(ctx, entity: str, entity_id: int) -> list[str]:
    return [a.action for a in reversed(list_audit(ctx, entity=entity, entity_id=entity_id))]


# -- the meeting editor --------------------------------------------------------------------------------
def planned_meeting(ctx):
    return add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))


def meeting_editor(qtbot, app, number: int, chooser: Chooser) -> MeetingDialog:
    dialog = MeetingDialog(app, number)
    qtbot.addWidget(dialog)
    dialog.exec_conflict_dialog = chooser
    return dialog


def test_meeting_merge_keeps_their_city_and_saves_my_venue(qtbot, app):
    m = planned_meeting(app.ctx)
    chooser = Chooser(MERGE, shot="editor-conflict-meeting")
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.venue_edit.setText("Diaoyutai State Guesthouse")
    update_meeting(app.ctx, m.number, expected_version=m.version, city="Shanghai")  # another workstation
    editor.save()
    wait_all()
    assert chooser.times == 1 and chooser.shown[0]["merge"]
    assert chooser.shown[0]["fields"] == {
        "planned_city": ("Shanghai", "Beijing"),
        "venue": ("", "Diaoyutai State Guesthouse"),
    }
    assert chooser.shown[0]["rows"]["City (planned)"] == ("Shanghai", "Beijing")
    stored = get_meeting(app.ctx, m.number)
    assert (stored.planned_city, stored.venue, stored.version) == (
        "Shanghai",
        "Diaoyutai State Guesthouse",
        m.version + 2,
    )
    assert editor.result() == QDialog.DialogCode.Accepted and editor.saved == stored
    assert actions(app.ctx, "meeting", m.id) == ["meeting.add", "meeting.update", "meeting.update"]


def test_meeting_keep_theirs_saves_nothing_of_mine(qtbot, app):
    m = planned_meeting(app.ctx)
    chooser = Chooser(KEEP)
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.venue_edit.setText("Diaoyutai")
    editor.city_edit.setText("Hangzhou")
    update_meeting(app.ctx, m.number, expected_version=m.version, venue="Great Hall of the People")
    editor.save()
    wait_all()
    assert not chooser.shown[0]["merge"]  # both changed the venue: no merge
    stored = get_meeting(app.ctx, m.number)
    assert (stored.venue, stored.planned_city, stored.version) == (
        "Great Hall of the People",
        "Beijing",
        m.version + 1,
    )
    assert editor.result() == QDialog.DialogCode.Accepted and editor.saved == stored
    assert actions(app.ctx, "meeting", m.id) == ["meeting.add", "meeting.update"]


def test_meeting_apply_mine_overwrites_deliberately_and_audits_it(qtbot, any_app, confirm_overwrite):
    ctx = any_app.ctx
    m = planned_meeting(ctx)
    chooser = Chooser(APPLY)
    editor = meeting_editor(qtbot, any_app, m.number, chooser)
    editor.venue_edit.setText("Diaoyutai")
    editor.start_edit.setDate(editor.start_edit.date().addDays(1))  # the end moves with it
    update_meeting(ctx, m.number, expected_version=m.version, venue="Great Hall", notes="their note")
    editor.save()
    wait_all()
    assert chooser.shown[0]["fields"]["planned_start"] == ("2016-06-14", "2016-06-15")
    assert confirm_overwrite and "Venue" in confirm_overwrite[0]
    stored = get_meeting(ctx, m.number)
    assert (stored.venue, stored.planned_start, stored.planned_end, stored.notes) == (
        "Diaoyutai",
        date(2016, 6, 15),
        date(2016, 6, 15),
        "their note",
    )
    assert actions(ctx, "meeting", m.id) == [
        "meeting.add",
        "meeting.update",
        "meeting.update",
        "conflict.overwrite",
    ]
    overwrite = list_audit(ctx, entity="meeting", entity_id=m.id)[0]
    assert overwrite.before["venue"] == "Great Hall" and overwrite.after["venue"] == "Diaoyutai"
    assert overwrite.actor == ctx.user.login


def test_meeting_decide_later_keeps_my_edit_and_asks_again_on_the_next_save(qtbot, app):
    m = planned_meeting(app.ctx)
    chooser = Chooser(LATER, MERGE)
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.venue_edit.setText("Diaoyutai")
    update_meeting(app.ctx, m.number, expected_version=m.version, notes="theirs")
    editor.save()
    wait_all()
    assert get_meeting(app.ctx, m.number).venue == "" and editor.saved is None
    assert editor.error_label.isVisibleTo(editor) and "Save again" in editor.error_label.text()
    assert editor.venue_edit.text() == "Diaoyutai" and editor.result() != QDialog.DialogCode.Accepted
    editor.save()
    wait_all()
    assert chooser.times == 2
    stored = get_meeting(app.ctx, m.number)
    assert (stored.venue, stored.notes) == ("Diaoyutai", "theirs")


def test_a_meeting_editor_without_a_conflict_never_shows_the_dialog(qtbot, app):
    m = planned_meeting(app.ctx)
    chooser = Chooser()
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.venue_edit.setText("Diaoyutai")
    editor.save()
    wait_all()
    assert chooser.times == 0 and get_meeting(app.ctx, m.number).venue == "Diaoyutai"


def test_a_held_meetings_conflict_is_shown_on_its_actual_values(qtbot, app):
    m = add_meeting(
        app.ctx, start=date(2016, 6, 14), host="CN", city="Beijing", status="held", today=date(2016, 7, 1)
    )
    chooser = Chooser(MERGE)
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.city_edit.setText("Shanghai")
    update_meeting(app.ctx, m.number, expected_version=m.version, venue="Great Hall", today=date(2016, 7, 1))
    editor.save()
    wait_all()
    assert chooser.shown[0]["fields"] == {"actual_city": ("Beijing", "Shanghai"), "venue": ("Great Hall", "")}
    stored = get_meeting(app.ctx, m.number)
    assert (stored.actual_city, stored.planned_city, stored.venue) == ("Shanghai", "Beijing", "Great Hall")


def test_the_schedule_page_refreshes_and_keeps_the_meeting_selected(qtbot, app, monkeypatch):
    m = planned_meeting(app.ctx)
    add_meeting(app.ctx, start=date(2016, 12, 7), host="US", city="Washington", today=date(2016, 1, 4))
    page = SchedulePage(app)
    page.today = date(2016, 1, 4)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    wait_all()
    page.select_meeting(m.number)

    def edit_behind_their_back(dialog):
        dialog.exec_conflict_dialog = Chooser(KEEP)
        dialog.venue_edit.setText("Diaoyutai")
        update_meeting(app.ctx, m.number, venue="Great Hall")
        dialog.save()
        wait_all()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", edit_behind_their_back)
    page.edit_selected()
    wait_all()
    assert page.selected_number() == m.number
    row = page.model.row_of(m.number)
    assert page.model.record(row).venue == "Great Hall"


# -- the delegate editor -------------------------------------------------------------------------------
def a_delegate(ctx):
    mps = next(a for a in list_agencies(ctx) if a.acronym == "MPS")
    return add_delegate(
        ctx,
        {
            "agency_id": mps.id,
            "family_name": "Zhang",
            "given_name": "Wei",
            "title": "Director",
            "notes": "met in 2015",
        },
    )


def delegate_editor(qtbot, app, delegate, chooser: Chooser) -> DelegateEditor:
    editor = DelegateEditor(app, list_agencies(app.ctx), delegate)
    qtbot.addWidget(editor)
    editor.exec_conflict_dialog = chooser
    wait_all()  # the notes load off the GUI thread
    return editor


def test_delegate_merge_saves_my_phone_and_keeps_their_title(qtbot, app):
    d = a_delegate(app.ctx)
    chooser = Chooser(MERGE, shot="editor-conflict-delegate")
    editor = delegate_editor(qtbot, app, d, chooser)
    editor.fields["phone"].setText(" +86 10 6626 2000 ")
    update_delegate(app.ctx, d.id, {"title": "Vice Minister"}, expected_version=d.version)
    editor.save()
    wait_all()
    assert chooser.shown[0]["fields"] == {
        "title": ("Vice Minister", "Director"),
        "phone": ("", "+86 10 6626 2000"),
    }
    assert chooser.shown[0]["rows"]["Title"] == ("Vice Minister", "Director")
    stored = get_delegate(app.ctx, d.id)
    assert (stored.title, stored.phone) == ("Vice Minister", "+86 10 6626 2000")
    assert editor.result() == QDialog.DialogCode.Accepted and editor.saved == stored
    assert actions(app.ctx, "delegate", d.id) == ["delegate.add", "delegate.update", "delegate.update"]


def test_delegate_apply_mine_overwrites_their_notes_deliberately(qtbot, any_app, confirm_overwrite):
    ctx = any_app.ctx
    d = a_delegate(ctx)
    chooser = Chooser(APPLY)
    editor = delegate_editor(qtbot, any_app, d, chooser)
    editor.notes.setPlainText("prefers interpretation into English")
    update_delegate(
        ctx, d.id, {"notes": "vegetarian", "email": "zhang.wei@mps.example"}, expected_version=d.version
    )
    editor.save()
    wait_all()
    assert chooser.shown[0]["fields"]["notes"] == ("vegetarian", "prefers interpretation into English")
    assert not chooser.shown[0]["merge"]
    stored = get_delegate(ctx, d.id)
    assert get_notes(ctx, d.id) == "prefers interpretation into English"
    assert stored.email == "zhang.wei@mps.example"  # their untouched field survives the overwrite
    assert actions(ctx, "delegate", d.id)[-2:] == ["delegate.update", "conflict.overwrite"]
    overwrite = list_audit(ctx, entity="delegate", entity_id=d.id)[0]
    assert overwrite.before["notes"] == "vegetarian"


def test_delegate_keep_theirs_closes_the_editor_with_their_version(qtbot, app):
    d = a_delegate(app.ctx)
    chooser = Chooser(KEEP)
    editor = delegate_editor(qtbot, app, d, chooser)
    editor.fields["title"].setText("Deputy Director")
    update_delegate(app.ctx, d.id, {"title": "Vice Minister"}, expected_version=d.version)
    editor.save()
    wait_all()
    assert get_delegate(app.ctx, d.id).title == "Vice Minister"
    assert editor.result() == QDialog.DialogCode.Accepted and editor.saved.title == "Vice Minister"
    assert actions(app.ctx, "delegate", d.id) == ["delegate.add", "delegate.update"]


def test_a_clash_with_another_delegate_is_not_mistaken_for_a_conflict(qtbot, app):
    d = a_delegate(app.ctx)
    other = add_delegate(app.ctx, {"agency_id": d.agency_id, "family_name": "Li", "external_id": "MPS-7"})
    chooser = Chooser()
    editor = delegate_editor(qtbot, app, d, chooser)
    editor.fields["external_id"].setText("MPS-7")
    editor.save()
    wait_all()
    assert chooser.times == 0 and editor.problem.isVisibleTo(editor)
    assert get_delegate(app.ctx, d.id).external_id is None and other.external_id == "MPS-7"


def test_the_roster_page_keeps_the_delegate_selected_after_a_conflict(qtbot, app, monkeypatch):
    d = a_delegate(app.ctx)
    page = RosterPage(app)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    wait_all()
    assert page.select_delegate(d.id)

    def edit_behind_their_back(editor):
        editor.exec_conflict_dialog = Chooser(MERGE)
        editor.fields["email"].setText("zhang.wei@mps.example")
        update_delegate(app.ctx, d.id, {"title": "Vice Minister"})
        editor.save()
        wait_all()
        return editor.result()

    monkeypatch.setattr(DelegateEditor, "exec", edit_behind_their_back)
    page.edit_delegate()
    wait_all()
    assert page.current_delegate().id == d.id
    assert (page.current_delegate().title, page.current_delegate().email) == (
        "Vice Minister",
        "zhang.wei@mps.example",
    )


# -- the agenda item editor ----------------------------------------------------------------------------
def an_item(ctx):
    planned_meeting(ctx)
    return agenda.add_item(ctx, meeting=1, title="Botnet takedown", briefing_note="as agreed")


def item_editor(qtbot, app, item, chooser: Chooser) -> ItemEditor:
    editor = ItemEditor(app)
    qtbot.addWidget(editor)
    editor.exec_conflict_dialog = chooser
    editor.show_item(item)
    return editor


def test_item_texts_merge_with_their_outcome(qtbot, app):
    item = an_item(app.ctx)
    chooser = Chooser(MERGE, shot="editor-conflict-item")
    editor = item_editor(qtbot, app, item, chooser)
    editor.note.setPlainText("Both sides report on the takedown.")
    agenda.edit_item(app.ctx, item.id, outcome="servers seized", expected_version=item.version)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.save_texts()
        wait_all()
    assert chooser.shown[0]["fields"] == {
        "briefing_note": ("as agreed", "Both sides report on the takedown."),
        "outcome": ("servers seized", ""),
    }
    stored = agenda.get_item(app.ctx, item.id)
    assert (stored.briefing_note, stored.outcome) == ("Both sides report on the takedown.", "servers seized")
    assert actions(app.ctx, "agenda_item", item.id) == [
        "agenda_item.add",
        "agenda_item.edit",
        "agenda_item.edit",
    ]


def test_item_note_apply_mine_is_audited_as_an_overwrite(qtbot, any_app, confirm_overwrite):
    ctx = any_app.ctx
    item = an_item(ctx)
    chooser = Chooser(APPLY)
    editor = item_editor(qtbot, any_app, item, chooser)
    editor.note.setPlainText("mine")
    agenda.edit_item(ctx, item.id, briefing_note="theirs", expected_version=item.version)
    editor.save_texts()
    wait_all()
    assert agenda.get_item(ctx, item.id).briefing_note == "mine"
    assert actions(ctx, "agenda_item", item.id)[-2:] == ["agenda_item.edit", "conflict.overwrite"]
    assert list_audit(ctx, entity="agenda_item", entity_id=item.id)[0].before["briefing_note"] == "theirs"


def test_resolving_an_item_someone_else_edited_merges_status_and_their_note(qtbot, app):
    item = an_item(app.ctx)
    chooser = Chooser(MERGE)
    editor = item_editor(qtbot, app, item, chooser)
    editor.outcome.setPlainText("Points of contact exchanged")
    agenda.edit_item(app.ctx, item.id, briefing_note="updated by the CN desk", expected_version=item.version)
    editor.resolve()
    wait_all()
    stored = agenda.get_item(app.ctx, item.id)
    assert (stored.status, stored.outcome, stored.briefing_note) == (
        "resolved",
        "Points of contact exchanged",
        "updated by the CN desk",
    )
    assert actions(app.ctx, "agenda_item", item.id)[-1] == "agenda_item.resolved"


def test_withdrawing_an_item_they_resolved_cannot_merge_and_keep_theirs_leaves_it_resolved(
    qtbot, app, dialogs
):
    item = an_item(app.ctx)
    chooser = Chooser(KEEP)
    editor = item_editor(qtbot, app, item, chooser)
    agenda.set_item_status(app.ctx, item.id, "resolved", outcome="done", expected_version=item.version)
    dialogs.expect("Withdraw", lambda d: d.editor.setText("Covered elsewhere"))
    editor.withdraw_button.click()
    wait_all()
    assert not chooser.shown[0]["merge"]
    assert chooser.shown[0]["fields"]["status"] == ("resolved", "withdrawn")
    stored = agenda.get_item(app.ctx, item.id)
    assert (stored.status, stored.withdraw_reason) == ("resolved", "")
    assert app.errors.shown == []


def test_item_decide_later_keeps_the_text_and_says_so(qtbot, app):
    item = an_item(app.ctx)
    chooser = Chooser(LATER)
    editor = item_editor(qtbot, app, item, chooser)
    editor.note.setPlainText("mine")
    agenda.edit_item(app.ctx, item.id, outcome="theirs", expected_version=item.version)
    with qtbot.assertNotEmitted(editor.changed):
        editor.save_texts()
        wait_all()
    assert editor.notice.isVisibleTo(editor) and "save again" in editor.notice.text()
    assert (
        editor.note.toPlainText() == "mine" and agenda.get_item(app.ctx, item.id).briefing_note == "as agreed"
    )


def test_applying_a_status_over_theirs_that_the_rules_refuse_goes_to_the_error_path(
    qtbot, app, confirm_overwrite
):
    item = an_item(app.ctx)
    chooser = Chooser(APPLY)
    editor = item_editor(qtbot, app, item, chooser)
    editor.note.setPlainText("mine")
    agenda.set_item_status(app.ctx, item.id, "withdrawn", reason="duplicate", expected_version=item.version)
    editor.resolve()  # their withdrawal collides; applying "resolved" over "withdrawn" is not a valid step
    wait_all()
    assert app.errors.shown and app.errors.shown[-1][0] == "known"
    assert agenda.get_item(app.ctx, item.id).status == "withdrawn"


def test_the_agenda_page_reloads_and_keeps_the_item_selected(qtbot, app):
    item = an_item(app.ctx)
    agenda.add_item(app.ctx, meeting=1, title="Points of contact")
    page = AgendaPage(app)
    page.today = date(2016, 1, 4)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    wait_all()
    assert page.select_item(item.id)
    page.editor.exec_conflict_dialog = Chooser(MERGE)
    page.editor.note.setPlainText("mine")
    agenda.edit_item(app.ctx, item.id, outcome="theirs")
    page.editor.save_texts()
    wait_all()
    assert page.selected_item_id() == item.id
    assert (page.editor.item.briefing_note, page.editor.item.outcome) == ("mine", "theirs")
    assert page.editor.outcome.toPlainText() == "theirs"


def test_the_dialog_names_sides_and_agencies_not_their_ids(qtbot, app):
    m = planned_meeting(app.ctx)
    chooser = Chooser(KEEP)
    editor = meeting_editor(qtbot, app, m.number, chooser)
    editor.host_combo.setCurrentIndex(editor.host_combo.findData("US"))
    update_meeting(app.ctx, m.number, expected_version=m.version, city="Shanghai")
    editor.save()
    wait_all()
    rows = chooser.shown[0]["rows"]
    assert rows["Host (planned)"] == ("CN", "US") and rows["Time zone"] == (
        "Asia/Shanghai",
        "America/New_York",
    )

    d = a_delegate(app.ctx)
    dhs = next(a for a in list_agencies(app.ctx) if a.acronym == "DHS")
    chooser = Chooser(KEEP)
    delegate = delegate_editor(qtbot, app, d, chooser)
    delegate.agency.setCurrentIndex(delegate.agency.findData(dhs.id))
    update_delegate(app.ctx, d.id, {"title": "Vice Minister"})
    delegate.save()
    wait_all()
    assert chooser.shown[0]["rows"]["Agency"] == ("CN · MPS", "US · DHS")


# -- the request detail pane ---------------------------------------------------------------------------
def test_a_response_recorded_elsewhere_is_shown_and_mine_is_kept_for_a_second_press(qtbot, app):
    from dialogue_planner.gui.requests.page import RequestsPage
    from dialogue_planner.services.requests import add_request, get_request, respond

    today = date(2016, 6, 1)
    r = add_request(
        app.ctx,
        from_side="US",
        to_side="CN",
        kind="information",
        subject="Botnet command servers",
        received_on=date(2016, 1, 4),
        today=today,
    )
    page = RequestsPage(app)
    page.today = today
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.select_request(r.id)
    wait_all()  # the request's detail loads through app.ops
    pane = page.detail
    pane.response_note.setText("logs handed over")
    pane.response_date.setDate(pane.response_date.date() - timedelta(days=3))
    chosen_day = pane.response_date.date()
    respond(app.ctx, r.reference, on=date(2016, 5, 2), quality="partial", note="first answer", today=today)
    pane.respond_button.click()
    wait_all()
    assert app.errors.shown[-1][0] == "known" and "changed by someone else" in app.errors.shown[-1][1]
    assert [u.note for u in get_request(app.ctx, r.reference).history] == ["first answer"]  # nothing of mine
    assert any("first answer" in pane.history.item(i).text() for i in range(pane.history.count()))
    assert pane.response_note.text() == "logs handed over" and pane.response_date.date() == chosen_day
    assert page.selected_id() == r.id
    pane.respond_button.click()  # seen theirs: now mine goes on top of it
    wait_all()
    assert sorted(u.note for u in get_request(app.ctx, r.reference).history) == [
        "first answer",
        "logs handed over",
    ]


# -- action items, edited in their cells --------------------------------------------------------------
def an_item_with_an_action(ctx):
    item = an_item(ctx)
    return agenda.add_action(ctx, item.id, description="Exchange server images", owner_name="Li")


def test_an_action_cell_edit_merges_with_their_other_cell(qtbot, app):
    from dialogue_planner.gui.agenda.action_model import COL as ACTION_COL

    item = an_item_with_an_action(app.ctx)
    chooser = Chooser(MERGE)
    editor = item_editor(qtbot, app, item, chooser)
    action = item.actions[0]
    agenda.edit_action(app.ctx, action.id, owner_name="Wang", expected_version=action.version)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        assert editor.actions.setData(editor.actions.index(0, ACTION_COL["due"]), "2016-01-31")
    assert chooser.shown[0]["fields"] == {"owner_name": ("Wang", "Li"), "due_on": (None, "2016-01-31")}
    stored = agenda.get_item(app.ctx, item.id).actions[0]
    assert (stored.owner_name, stored.due_on) == ("Wang", date(2016, 1, 31))
    assert actions(app.ctx, "commitment", action.id)[-2:] == ["action_item.edit", "action_item.edit"]


def test_an_action_status_over_theirs_keeps_theirs_when_chosen(qtbot, app):
    from dialogue_planner.gui.agenda.action_model import COL as ACTION_COL

    item = an_item_with_an_action(app.ctx)
    chooser = Chooser(KEEP)
    editor = item_editor(qtbot, app, item, chooser)
    action = item.actions[0]
    agenda.edit_action(app.ctx, action.id, status="dropped", expected_version=action.version)
    editor.actions.setData(editor.actions.index(0, ACTION_COL["status"]), "done")
    wait_all()
    assert chooser.shown[0]["fields"]["status"] == ("dropped", "done")
    assert agenda.get_item(app.ctx, item.id).actions[0].status == "dropped"
    assert app.errors.shown == []


def test_an_action_edit_decided_later_saves_nothing_and_says_so(qtbot, app):
    from dialogue_planner.gui.agenda.action_model import COL as ACTION_COL

    item = an_item_with_an_action(app.ctx)
    editor = item_editor(qtbot, app, item, Chooser(LATER))
    action = item.actions[0]
    agenda.edit_action(
        app.ctx, action.id, description="Exchange disk images", expected_version=action.version
    )
    editor.actions.setData(editor.actions.index(0, ACTION_COL["description"]), "Exchange logs")
    wait_all()
    assert agenda.get_item(app.ctx, item.id).actions[0].description == "Exchange disk images"
    assert editor.notice.isVisibleTo(editor) and "action item" in editor.notice.text()
