"""The audit trail's action codes (``briefing.issue_copy``, ``meeting.cancelled`` …) in words a secretary
reads, in one place for every list of changes. ``tests/gui/test_change_words.py`` finds each code the
services write and fails on one without words here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeWords", text)


def change_words() -> dict[str, str]:
    """Action code -> its words in the interface language."""
    return {
        "action_item.add": _tr("Action item added"),
        "action_item.delete": _tr("Action item deleted"),
        "action_item.edit": _tr("Action item changed"),
        "agency.add": _tr("Agency added"),
        "agenda.reorder": _tr("Agenda reordered"),
        "agenda_item.add": _tr("Agenda item added"),
        "agenda_item.edit": _tr("Agenda item changed"),
        "agenda_item.open": _tr("Agenda item reopened"),
        "agenda_item.discussed": _tr("Agenda item discussed"),
        "agenda_item.resolved": _tr("Agenda item resolved"),
        "agenda_item.withdrawn": _tr("Agenda item withdrawn"),
        "agenda_item.carried": _tr("Agenda item carried over"),
        "agenda_item.carry": _tr("Agenda item carried over"),
        "agenda_item.carried_in": _tr("Agenda item carried in from the last meeting"),
        "agenda_item.forward": _tr("Agenda item moved on from a cancelled meeting"),
        "agenda_item.move": _tr("Agenda item moved to another meeting"),
        "blackout.add": _tr("Blackout period added"),
        "blackout.remove": _tr("Blackout period removed"),
        "briefing.issue_copy": _tr("Numbered copy of the briefing pack issued"),
        "column_mapping.save": _tr("Roster column mapping saved"),
        "column_mapping.delete": _tr("Roster column mapping deleted"),
        "conflict.overwrite": _tr("Another workstation's change overwritten"),
        "db.setup_roles": _tr("Database roles set up"),
        "delegate.add": _tr("Delegate added"),
        "delegate.update": _tr("Delegate changed"),
        "delegate.deactivate": _tr("Delegate deactivated"),
        "delegate.reactivate": _tr("Delegate reactivated"),
        "delegate.import.add": _tr("Delegate added by a roster import"),
        "delegate.import.update": _tr("Delegate changed by a roster import"),
        "delegate.import.deactivate": _tr("Delegate deactivated by a roster import"),
        "delegate.import_undo": _tr("Delegate restored: roster import undone"),
        "delegation.add": _tr("Delegate put on a delegation"),
        "delegation.update": _tr("Delegation member changed"),
        "delegation.remove": _tr("Delegate taken off a delegation"),
        "demo.load": _tr("Demo data loaded"),
        "dialogue.add": _tr("Dialogue created"),
        "dialogue.schedule_settings": _tr("Scheduling preferences changed"),
        "escalation.add": _tr("Escalation logged"),
        "escalation.open": _tr("Escalation reopened"),
        "escalation.acknowledged": _tr("Escalation acknowledged"),
        "escalation.resolved": _tr("Escalation resolved"),
        "escalation.closed": _tr("Escalation closed"),
        "meeting.add": _tr("Meeting added"),
        "meeting.update": _tr("Meeting changed"),
        "meeting.planned": _tr("Meeting planned again"),
        "meeting.confirmed": _tr("Meeting confirmed"),
        "meeting.held": _tr("Meeting marked held"),
        "meeting.postponed": _tr("Meeting postponed"),
        "meeting.cancelled": _tr("Meeting cancelled"),
        "meeting.close": _tr("Meeting closed, open items carried over"),
        "request.add": _tr("Request logged"),
        "request.respond": _tr("Response to a request recorded"),
        "request.status": _tr("Request status updated"),
        "roster.import": _tr("Roster imported"),
        "roster.import_undo": _tr("Roster import undone"),
        "side.add": _tr("Side added"),
        "standing_item.add": _tr("Standing agenda item added"),
        "timeliness_standard.add": _tr("Response standard added"),
        "timeliness_standard.set": _tr("Response standard changed"),
        "user.add": _tr("User added"),
        "user.set_role": _tr("User's role changed"),
    }


def describe_change(action: str) -> str:
    """The words for ``action``; a code this version does not know (written by a newer one) is shown as
    it is rather than hidden."""
    return change_words().get(action, action)
