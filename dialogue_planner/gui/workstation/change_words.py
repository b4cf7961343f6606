"""The audit trail's action codes (``briefing.issue_copy``, ``meeting.cancelled`` …) in words a secretary
reads, in one place for every list of changes. ``tests/gui/test_change_words.py`` finds each code the
services write and fails on one without words here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ChangeWords"

WORDS = {
    "action_item.add": QT_TRANSLATE_NOOP("ChangeWords", "Action item added"),
    "action_item.delete": QT_TRANSLATE_NOOP("ChangeWords", "Action item deleted"),
    "action_item.edit": QT_TRANSLATE_NOOP("ChangeWords", "Action item changed"),
    "activity.add": QT_TRANSLATE_NOOP("ChangeWords", "Activity between meetings added"),
    "activity.update": QT_TRANSLATE_NOOP("ChangeWords", "Activity between meetings changed"),
    "activity.link_participant": QT_TRANSLATE_NOOP("ChangeWords", "Participant added to an activity"),
    "activity.unlink_participant": QT_TRANSLATE_NOOP("ChangeWords", "Participant removed from an activity"),
    "activity.link_commitment": QT_TRANSLATE_NOOP("ChangeWords", "Commitment linked to an activity"),
    "activity.unlink_commitment": QT_TRANSLATE_NOOP("ChangeWords", "Commitment unlinked from an activity"),
    "agency.add": QT_TRANSLATE_NOOP("ChangeWords", "Agency added"),
    "agenda.reorder": QT_TRANSLATE_NOOP("ChangeWords", "Agenda reordered"),
    "agenda_item.add": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item added"),
    "agenda_item.edit": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item changed"),
    "agenda_item.open": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item reopened"),
    "agenda_item.discussed": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item discussed"),
    "agenda_item.resolved": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item resolved"),
    "agenda_item.withdrawn": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item withdrawn"),
    "agenda_item.carried": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item carried over"),
    "agenda_item.carry": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item carried over"),
    "agenda_item.carried_in": QT_TRANSLATE_NOOP(
        "ChangeWords", "Agenda item carried in from the last meeting"
    ),
    "agenda_item.forward": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item moved on from a cancelled meeting"),
    "agenda_item.move": QT_TRANSLATE_NOOP("ChangeWords", "Agenda item moved to another meeting"),
    "document.attach": QT_TRANSLATE_NOOP("ChangeWords", "Document attached"),
    "document.remove": QT_TRANSLATE_NOOP("ChangeWords", "Document removed"),
    "blackout.add": QT_TRANSLATE_NOOP("ChangeWords", "Blackout period added"),
    "blackout.remove": QT_TRANSLATE_NOOP("ChangeWords", "Blackout period removed"),
    "briefing.archive": QT_TRANSLATE_NOOP("ChangeWords", "Briefing pack archived as it went out"),
    "briefing.issue_copy": QT_TRANSLATE_NOOP("ChangeWords", "Numbered copy of the briefing pack issued"),
    "column_mapping.save": QT_TRANSLATE_NOOP("ChangeWords", "Roster column mapping saved"),
    "column_mapping.delete": QT_TRANSLATE_NOOP("ChangeWords", "Roster column mapping deleted"),
    "commitment.add": QT_TRANSLATE_NOOP("ChangeWords", "Commitment added"),
    "commitment.update": QT_TRANSLATE_NOOP("ChangeWords", "Commitment changed"),
    "conflict.overwrite": QT_TRANSLATE_NOOP("ChangeWords", "Another workstation's change overwritten"),
    "database.restore": QT_TRANSLATE_NOOP("ChangeWords", "Database restored from a backup"),
    "db.setup_roles": QT_TRANSLATE_NOOP("ChangeWords", "Database roles set up"),
    "delegate.add": QT_TRANSLATE_NOOP("ChangeWords", "Delegate added"),
    "dialogue.commitment_settings": QT_TRANSLATE_NOOP(
        "ChangeWords", "Due-soon period of commitments changed"
    ),
    "delegate.update": QT_TRANSLATE_NOOP("ChangeWords", "Delegate changed"),
    "delegate.deactivate": QT_TRANSLATE_NOOP("ChangeWords", "Delegate deactivated"),
    "delegate.reactivate": QT_TRANSLATE_NOOP("ChangeWords", "Delegate reactivated"),
    "delegate.import.add": QT_TRANSLATE_NOOP("ChangeWords", "Delegate added by a roster import"),
    "delegate.import.update": QT_TRANSLATE_NOOP("ChangeWords", "Delegate changed by a roster import"),
    "delegate.import.deactivate": QT_TRANSLATE_NOOP("ChangeWords", "Delegate deactivated by a roster import"),
    "delegate.import_undo": QT_TRANSLATE_NOOP("ChangeWords", "Delegate restored: roster import undone"),
    "delegation.add": QT_TRANSLATE_NOOP("ChangeWords", "Delegate put on a delegation"),
    "delegation.update": QT_TRANSLATE_NOOP("ChangeWords", "Delegation member changed"),
    "delegation.remove": QT_TRANSLATE_NOOP("ChangeWords", "Delegate taken off a delegation"),
    "demo.load": QT_TRANSLATE_NOOP("ChangeWords", "Demo data loaded"),
    "dialogue.add": QT_TRANSLATE_NOOP("ChangeWords", "Dialogue created"),
    "dialogue.schedule_settings": QT_TRANSLATE_NOOP("ChangeWords", "Scheduling preferences changed"),
    "escalation.add": QT_TRANSLATE_NOOP("ChangeWords", "Escalation logged"),
    "escalation.link_request": QT_TRANSLATE_NOOP("ChangeWords", "Request linked to an escalation"),
    "escalation.open": QT_TRANSLATE_NOOP("ChangeWords", "Escalation reopened"),
    "escalation.acknowledged": QT_TRANSLATE_NOOP("ChangeWords", "Escalation acknowledged"),
    "escalation.resolved": QT_TRANSLATE_NOOP("ChangeWords", "Escalation resolved"),
    "escalation.closed": QT_TRANSLATE_NOOP("ChangeWords", "Escalation closed"),
    "escalation.edit": QT_TRANSLATE_NOOP("ChangeWords", "Escalation's texts corrected or translated"),
    "escalation_target.set": QT_TRANSLATE_NOOP("ChangeWords", "Hotline response target set"),
    "hotline_contact.add": QT_TRANSLATE_NOOP("ChangeWords", "Hotline contact point added"),
    "hotline_contact.remove": QT_TRANSLATE_NOOP("ChangeWords", "Hotline contact point removed"),
    "meeting.add": QT_TRANSLATE_NOOP("ChangeWords", "Meeting added"),
    "meeting.update": QT_TRANSLATE_NOOP("ChangeWords", "Meeting changed"),
    "meeting.planned": QT_TRANSLATE_NOOP("ChangeWords", "Meeting planned again"),
    "meeting.confirmed": QT_TRANSLATE_NOOP("ChangeWords", "Meeting confirmed"),
    "meeting.held": QT_TRANSLATE_NOOP("ChangeWords", "Meeting marked held"),
    "meeting.postponed": QT_TRANSLATE_NOOP("ChangeWords", "Meeting postponed"),
    "meeting.cancelled": QT_TRANSLATE_NOOP("ChangeWords", "Meeting cancelled"),
    "meeting.close": QT_TRANSLATE_NOOP("ChangeWords", "Meeting closed, open items carried over"),
    "outcomes.version": QT_TRANSLATE_NOOP("ChangeWords", "Version of a summary of outcomes opened"),
    "outcomes.paragraph_add": QT_TRANSLATE_NOOP("ChangeWords", "Paragraph added to a summary of outcomes"),
    "outcomes.paragraph_edit": QT_TRANSLATE_NOOP("ChangeWords", "Paragraph of a summary of outcomes changed"),
    "outcomes.paragraph_refresh": QT_TRANSLATE_NOOP(
        "ChangeWords", "Paragraph of a summary of outcomes updated from the agenda"
    ),
    "outcomes.paragraph_remove": QT_TRANSLATE_NOOP(
        "ChangeWords", "Paragraph removed from a summary of outcomes"
    ),
    "outcomes.paragraph_renumber": QT_TRANSLATE_NOOP(
        "ChangeWords", "Paragraph of a summary of outcomes renumbered"
    ),
    "outcomes.propose": QT_TRANSLATE_NOOP("ChangeWords", "Summary of outcomes proposed"),
    "outcomes.agree": QT_TRANSLATE_NOOP("ChangeWords", "Summary of outcomes agreed by one side"),
    "outcomes.final": QT_TRANSLATE_NOOP("ChangeWords", "Summary of outcomes final (agreed by both sides)"),
    "request.add": QT_TRANSLATE_NOOP("ChangeWords", "Request logged"),
    "request.edit": QT_TRANSLATE_NOOP("ChangeWords", "Request changed"),
    "request.respond": QT_TRANSLATE_NOOP("ChangeWords", "Response to a request recorded"),
    "request.status": QT_TRANSLATE_NOOP("ChangeWords", "Request status updated"),
    "request.pause": QT_TRANSLATE_NOOP("ChangeWords", "Request's clock paused"),
    "request.resume": QT_TRANSLATE_NOOP("ChangeWords", "Request's clock resumed"),
    "request.extend": QT_TRANSLATE_NOOP("ChangeWords", "Request's due date extended"),
    "request.result": QT_TRANSLATE_NOOP("ChangeWords", "Result of an investigation recorded"),
    "request_update.add": QT_TRANSLATE_NOOP("ChangeWords", "Entry added to a request's history"),
    "roster.import": QT_TRANSLATE_NOOP("ChangeWords", "Roster imported"),
    "roster.import_undo": QT_TRANSLATE_NOOP("ChangeWords", "Roster import undone"),
    "side.add": QT_TRANSLATE_NOOP("ChangeWords", "Side added"),
    "side.pack_defaults": QT_TRANSLATE_NOOP("ChangeWords", "Briefing defaults of a side changed"),
    "standing_item.add": QT_TRANSLATE_NOOP("ChangeWords", "Standing agenda item added"),
    "timeliness_standard.add": QT_TRANSLATE_NOOP("ChangeWords", "Response standard added"),
    "timeliness_standard.set": QT_TRANSLATE_NOOP("ChangeWords", "Response standard changed"),
    "user.add": QT_TRANSLATE_NOOP("ChangeWords", "User added"),
    "user.adopt_login": QT_TRANSLATE_NOOP("ChangeWords", "Existing database login taken on as a user"),
    "user.set_role": QT_TRANSLATE_NOOP("ChangeWords", "User's role changed"),
    "agency.update": QT_TRANSLATE_NOOP("ChangeWords", "Agency changed"),
    "agency.deactivate": QT_TRANSLATE_NOOP("ChangeWords", "Agency deactivated"),
    "agency.reactivate": QT_TRANSLATE_NOOP("ChangeWords", "Agency reactivated"),
    "agency.merge": QT_TRANSLATE_NOOP("ChangeWords", "Agency merged into another"),
    "agency.merge.move": QT_TRANSLATE_NOOP("ChangeWords", "Record moved to the surviving agency by a merge"),
    "agency.import.add": QT_TRANSLATE_NOOP("ChangeWords", "Agency added by a roster import"),
    "agency.import_undo": QT_TRANSLATE_NOOP("ChangeWords", "Agency removed: roster import undone"),
    "designated_official.add": QT_TRANSLATE_NOOP("ChangeWords", "Designated official named"),
    "designated_official.update": QT_TRANSLATE_NOOP("ChangeWords", "Designated official's term changed"),
    "commitment.hand_over": QT_TRANSLATE_NOOP(
        "ChangeWords", "Commitment handed over to the successor dialogue"
    ),
    "dialogue.cadence": QT_TRANSLATE_NOOP("ChangeWords", "Dialogue's meetings a year changed"),
    "dialogue.end": QT_TRANSLATE_NOOP("ChangeWords", "Dialogue ended"),
    "dialogue_cadence.add": QT_TRANSLATE_NOOP("ChangeWords", "Change of meetings a year added"),
    "dialogue_cadence.update": QT_TRANSLATE_NOOP("ChangeWords", "Change of meetings a year changed"),
    "escalation.hand_over": QT_TRANSLATE_NOOP(
        "ChangeWords", "Escalation handed over to the successor dialogue"
    ),
    "meeting.delete": QT_TRANSLATE_NOOP("ChangeWords", "Meeting deleted"),
    "meeting.status_correction": QT_TRANSLATE_NOOP("ChangeWords", "Held meeting's status corrected"),
    "request.hand_over": QT_TRANSLATE_NOOP("ChangeWords", "Request handed over to the successor dialogue"),
    # The exchange with the other side's secretariat (issue 20).
    "exchange.own_side": QT_TRANSLATE_NOOP("ChangeWords", "Side keeping this database set"),
    "exchange.keys_init": QT_TRANSLATE_NOOP("ChangeWords", "Signing key for the exchange made"),
    "exchange.trust": QT_TRANSLATE_NOOP("ChangeWords", "Other side's key trusted"),
    "exchange.export": QT_TRANSLATE_NOOP("ChangeWords", "Package for the other side written"),
    "exchange.import": QT_TRANSLATE_NOOP("ChangeWords", "Package from the other side imported"),
    "exchange.request_add": QT_TRANSLATE_NOOP(
        "ChangeWords", "Request received in a package from the other side"
    ),
    "exchange.request_event": QT_TRANSLATE_NOOP(
        "ChangeWords", "Request updated by an event from the other side"
    ),
    "exchange.escalation_add": QT_TRANSLATE_NOOP(
        "ChangeWords", "Escalation received in a package from the other side"
    ),
    "exchange.outcomes_add": QT_TRANSLATE_NOOP(
        "ChangeWords", "Version of a summary of outcomes received from the other side"
    ),
    "exchange.accept_theirs": QT_TRANSLATE_NOOP(
        "ChangeWords", "Difference settled: the other side's value accepted"
    ),
    "exchange.keep_ours": QT_TRANSLATE_NOOP("ChangeWords", "Difference settled: this side's value kept"),
    "exchange.agreed_as": QT_TRANSLATE_NOOP("ChangeWords", "Difference settled: value agreed by both sides"),
    "exchange.request_reconcile": QT_TRANSLATE_NOOP("ChangeWords", "Request reconciled with the other side"),
    "exchange.escalation_reconcile": QT_TRANSLATE_NOOP(
        "ChangeWords", "Escalation reconciled with the other side"
    ),
    "exchange.outcome_reconcile": QT_TRANSLATE_NOOP(
        "ChangeWords", "Paragraph of a summary of outcomes reconciled with the other side"
    ),
}


def change_words() -> dict[str, str]:
    """Action code -> its words in the interface language."""
    return {code: QCoreApplication.translate(CONTEXT, text) for code, text in WORDS.items()}


def describe_change(action: str) -> str:
    """The words for ``action``; a code this version does not know (written by a newer one) is shown as
    it is rather than hidden."""
    return change_words().get(action, action)
