"""The JSON the commands print for each record: a public interface that secretariats script against.

Field names, nesting, value formats and key order must not change (tests/test_json_shapes.py pins them).
"""

from __future__ import annotations

from datetime import date


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def request_json(r, as_of: date) -> dict:
    """A request (``RequestRecord``) as ``requests add``, ``edit`` and ``show`` print it, overdue as of a date."""
    from dialogue_planner.domain.requests import days_overdue

    return {
        "reference": r.reference,
        "from": r.from_side,
        "to": r.to_side,
        "kind": r.kind,
        "subject": r.subject,
        "received": r.received_on.isoformat(),
        "acknowledge_due": r.acknowledge_due_on.isoformat(),
        "acknowledged": _day(r.acknowledged_on),
        "due": r.response_due_on.isoformat(),
        "responded": _day(r.first_response_on),
        "quality": r.latest_quality,
        "status": r.status,
        "overdue": r.overdue(as_of),
        "days_overdue": days_overdue(
            status=r.status,
            response_due_on=r.response_due_on,
            first_response_on=r.first_response_on,
            as_of=as_of,
            paused_since=r.paused_since,
        ),
        "requesting_agency": r.requesting_agency or None,
        "responding_agency": r.responding_agency or None,
        "closed": _day(r.closed_on),
        "close_reason": r.close_reason or None,
    }


def request_more_json(r, as_of: date) -> dict:
    """What a request gained after its first shape (issue 16, 17), printed after the older keys: the
    Chinese texts, the clock (``due`` above is the due date in force; ``original_due`` the one fixed on
    arrival; ``paused_days`` counts a running pause up to ``as_of``) and the investigation's result."""
    return {
        "subject_zh": r.subject_zh or None,
        "description_zh": r.description_zh or None,
        "original_due": _day(r.original_response_due_on or r.response_due_on),
        "paused_days": r.days_paused(as_of),
        "paused_since": _day(r.paused_since),
        "extended_until": _day(r.extended_until),
        "result": r.result or None,
        "shareable": r.result_shareable,
        "result_zh": r.result_zh or None,
    }


def request_clock_json(detail) -> dict:
    """``requests show``: the pauses and agreed extensions of a request (``RequestDetail``), and who rated
    the latest response's quality and why."""
    rating = detail.rating
    return {
        "pauses": [
            {"start": p.start.isoformat(), "end": _day(p.end), "days": p.days, "reason": p.reason or None}
            for p in detail.pauses
        ],
        "extensions": [
            {
                "date": e.on.isoformat(),
                "from_due": e.from_due.isoformat(),
                "until": e.until.isoformat(),
                "reason": e.reason or None,
            }
            for e in detail.extensions
        ],
        "quality_rated_by": (rating.rated_by or None) if rating else None,
        "quality_reason": (rating.reason or None) if rating else None,
    }


def request_row_json(r, as_of: date) -> dict:
    """One line of ``requests list`` (a ``RequestRow``), overdue as of a date."""
    return {
        "reference": r.reference,
        "from": r.from_side,
        "to": r.to_side,
        "kind": r.kind,
        "subject": r.subject,
        "received": r.received_on.isoformat(),
        "due": r.response_due_on.isoformat(),
        "responded": _day(r.first_response_on),
        "quality": r.latest_quality,
        "status": r.status,
        "overdue": r.overdue(as_of),
        "requesting_agency": r.requesting_agency or None,
        "responding_agency": r.responding_agency or None,
        "paused_since": _day(r.paused_since),
        "subject_zh": r.subject_zh or None,
    }


def side_timeliness_json(t) -> dict:
    """The figures of one responding side (``SideTimeliness``) in ``requests report``."""
    return {
        "requests": t.requests,
        "acknowledged_on_time": t.acknowledged_on_time,
        "responded": t.responded,
        "on_time": t.on_time,
        "on_time_share": t.on_time_share,
        "median_days": t.median_days,
        "p90_days": t.p90_days,
        "overdue": t.overdue,
        "quality": dict(t.quality),
        "on_time_under_extension": t.on_time_under_extension,
        "extended": t.extended,
        "paused": t.paused,
        "paused_days": t.paused_days,
    }


def timeliness_report_json(report) -> dict:
    """``requests report``: a ``TimelinessReport``, its period and the figures per responding side."""
    return {
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "as_of": report.as_of.isoformat(),
        "meeting": report.meeting,
        "by_responding_side": {side: side_timeliness_json(t) for side, t in report.by_side.items()},
    }


def escalation_json(e) -> dict:
    """An escalation (``EscalationRecord``) as ``escalations add`` and ``list`` print it."""
    from dialogue_planner.domain.escalations import local_time

    local = local_time(e.raised_at, e.time_zone)
    return {
        "id": e.id,
        "reference": e.reference,
        "raised_at": e.raised_at.isoformat(),
        "raised_at_local": local.isoformat(),
        "side": e.raised_by_side,
        "agency": e.raised_by_agency or None,
        "severity": e.severity,
        "summary": e.summary,
        "status": e.status,
        "resolution": e.resolution or None,
        "resolved_at": e.resolved_at.isoformat() if e.resolved_at else None,
        "acknowledged_at": e.acknowledged_at.isoformat() if e.acknowledged_at else None,
        "acknowledged_by": e.acknowledged_by or None,
        "summary_zh": e.summary_zh,
        "details": e.details,
        "details_zh": e.details_zh,
        "resolution_zh": e.resolution_zh,
        "about": list(e.requests),
        "agenda_items": list(e.agenda_item_ids),
        "agenda": [
            {"meeting": p.meeting, "position": p.position, "status": p.status} for p in e.agenda_places
        ],
    }


def escalation_target_json(t) -> dict:
    """A response target (``ResponseTarget``) as ``escalations targets`` prints it."""
    return {
        "severity": t.severity,
        "acknowledge_hours": t.acknowledge_hours,
        "resolve_hours": t.resolve_hours,
        "default": t.is_default,
    }


def _within_json(w) -> dict:
    """``met`` of ``of``; ``share`` only with a denominator (null when nothing was due)."""
    return {"met": w.met, "of": w.of, "share": round(w.share, 3) if w.share is not None else None}


def _median_json(m) -> dict:
    return {"hours": m.hours, "of": m.of}


def escalation_report_json(report) -> dict:
    """``escalations report``: a ``HotlineReport``; the figures of each side are about how that side
    responded to the escalations the other side raised."""
    return {
        "from": report.start.isoformat() if report.start else None,
        "to": report.end.isoformat(),
        "as_of": report.as_of.isoformat(),
        "targets": [escalation_target_json(t) for t in report.targets],
        "by_responding_side": {
            side: {
                "raised_by": f.raised_by,
                "count": f.count,
                "acknowledged_within_target": _within_json(f.acknowledged_within_target),
                "awaiting_acknowledgement": f.awaiting_acknowledgement,
                "acknowledgement_time_not_recorded": f.acknowledgement_time_not_recorded,
                "resolved_within_target": _within_json(f.resolved_within_target),
                "awaiting_resolution": f.awaiting_resolution,
                "resolution_time_not_recorded": f.resolution_time_not_recorded,
                "median_hours_to_acknowledge": _median_json(f.median_hours_to_acknowledge),
                "median_hours_to_resolve": _median_json(f.median_hours_to_resolve),
            }
            for side, f in report.by_responding_side.items()
        },
    }


def contact_point_json(c) -> dict:
    """A hotline contact point (``ContactPoint``) as ``hotline contacts`` prints it."""
    return {
        "id": c.id,
        "side": c.side,
        "name": c.name,
        "name_zh": c.name_zh,
        "delegate_id": c.delegate_id,
        "agency": c.agency or None,
        "role": c.role,
        "role_zh": c.role_zh,
        "phone": c.phone,
        "email": c.email,
        "hours": c.hours,
        "hours_zh": c.hours_zh,
        "from": c.from_on.isoformat() if c.from_on else None,
        "to": c.to_on.isoformat() if c.to_on else None,
    }


def action_item_json(a) -> dict:
    """An action item (``ActionItemRecord``) within its agenda item."""
    return {
        "id": a.id,
        "description": a.description,
        "owner_side": a.owner_side or None,
        "owner_agency": a.owner_agency or None,
        "owner_name": a.owner_name or None,
        "due": _day(a.due_on),
        "status": a.status,
        "completed": _day(a.completed_on),
    }


def agenda_item_json(item) -> dict:
    """An agenda item (``AgendaItemRecord``) as ``agenda add`` and ``list`` print it, with its actions and chain."""
    return {
        "id": item.id,
        "meeting": item.meeting_number,
        "position": item.position,
        "title": item.title,
        "title_zh": item.title_zh or None,
        "status": item.status,
        "source": item.source,
        "owner": item.owner_side or None,
        "owner_agency": item.owner_agency or None,
        "briefing_note": item.briefing_note or None,
        "briefing_note_zh": item.briefing_note_zh or None,
        "outcome": item.outcome or None,
        "outcome_zh": item.outcome_zh or None,
        "withdraw_reason": item.withdraw_reason or None,
        "carried_from": item.carried_from_id,
        "first_raised_meeting": item.first_raised_meeting_number,
        "times_carried": item.times_carried,
        "requests": list(item.requests),
        "escalations": list(item.escalations),
        "actions": [action_item_json(a) for a in item.actions],
        "history": [
            {"meeting": h.meeting_number, "item": h.item_id, "status": h.status, "outcome": h.outcome or None}
            for h in item.history
        ],
    }


def carry_over_json(result) -> dict:
    """What ``meetings close`` carried (a ``CarryOverResult``); the command adds ``preview``."""
    return {
        "meeting": result.meeting_number,
        "marked_held": result.marked_held,
        "already_closed": result.already_closed,
        "to_meeting": result.target_meeting_number,
        "carried": [
            {"item": c.item_id, "title": c.title, "times_carried": c.times_carried} for c in result.moved
        ],
        "new_items": list(result.new_item_ids),
    }


def delegation_member_json(m) -> dict:
    """One member of a meeting's delegation (``DelegationMemberRecord``) in ``delegation list``."""
    return {
        "id": m.id,
        "meeting": m.meeting_number,
        "delegate": m.delegate_key,
        "delegate_id": m.delegate_id,
        "name": m.name,
        "native_name": m.native_name or None,
        "title": m.title or None,
        "side": m.side_code,
        "agency": m.agency_acronym or None,
        "role": m.role,
        "position": m.position,
        "attended": m.attended,
        "represented_by": m.represented_by or None,
        "version": m.version,
    }


def row_issue_json(issue) -> dict:
    """One problem of one roster row (``RowIssue``): row number as in the file, column, reason."""
    return {"row": issue.row, "column": issue.column, "message": issue.message}


def import_result_json(result) -> dict:
    """``roster import``: the counts of an ``ImportResult`` and the rows it refused."""
    return {
        "ok": result.ok,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "deactivated": result.deactivated,
        "skipped": result.skipped,
        "dry_run": result.dry_run,
        "import_id": result.import_id,
        "errors": [row_issue_json(e) for e in result.errors],
    }


def outcome_paragraph_json(p) -> dict:
    """A paragraph of the summary of outcomes (``OutcomeParagraphRecord``); ``item`` is the agenda item id."""
    return {"number": p.number, "text_en": p.text_en, "text_zh": p.text_zh, "item": p.item}


def outcomes_json(v) -> dict:
    """A version of a meeting's summary of outcomes (``OutcomeVersionRecord``) as ``outcomes show`` prints
    it: the fields issue 15 names (``meeting``, ``version``, ``status``, ``agreed_by``, ``paragraphs``),
    then the version's reason and the agreements with who and when."""
    return {
        "meeting": v.meeting,
        "version": v.version,
        "status": v.status,
        "agreed_by": list(v.agreed_by),
        "paragraphs": [outcome_paragraph_json(p) for p in v.paragraphs],
        "reason": v.reason,
        "latest": v.latest,
        "agreements": [{"side": a.side, "by": a.by, "at": a.at.isoformat()} for a in v.agreements],
    }


def outcomes_diff_json(d) -> dict:
    """``outcomes diff``: each paragraph's change between two versions, in both languages."""
    return {
        "meeting": d.meeting,
        "from": d.version_from,
        "to": d.version_to,
        "paragraphs": [
            {
                "change": c.change,
                "number_from": c.number_from,
                "number_to": c.number_to,
                "text_en_from": c.en_from,
                "text_en_to": c.en_to,
                "text_zh_from": c.zh_from,
                "text_zh_to": c.zh_to,
            }
            for c in d.changes
        ],
    }


def meeting_texts_json(m) -> dict:
    """The texts of a meeting's briefing pack in ``meetings show --json``."""
    return {
        "venue": m.venue,
        "venue_zh": m.venue_zh,
        "address": m.address,
        "address_zh": m.address_zh,
        "logistics": m.logistics,
        "logistics_zh": m.logistics_zh,
        "notes": m.notes,
        "notes_zh": m.notes_zh,
    }


def designated_official_json(o) -> dict:
    """A side's designated official for a period (``DesignatedOfficialRecord``)."""
    return {
        "side": o.side_code,
        "delegate": o.delegate_key,
        "delegate_id": o.delegate_id,
        "name": o.name,
        "agency": o.agency_acronym,
        "from": o.from_on.isoformat(),
        "to": _day(o.to_on),
    }


def agency_json(a, by_id: dict, delegates: int, official=None) -> dict:
    """One agency (``AgencyRecord``) in ``agencies list``: ``parent`` and ``merged_into`` by acronym,
    active delegates counted, and on a side's lead agency the official designated today (else null)."""
    parent = by_id.get(a.parent_id)
    merged = by_id.get(a.merged_into_id)
    return {
        "id": a.id,
        "side": a.side_code,
        "acronym": a.acronym,
        "name_en": a.name_en,
        "name_zh": a.name_zh,
        "kind": a.kind,
        "parent": parent.acronym if parent else None,
        "dialogue_role": a.dialogue_role,
        "active": a.active,
        "delegates": delegates,
        "merged_into": merged.acronym if merged else None,
        "designated_official": designated_official_json(official) if official else None,
    }


def running_order_entry_json(e) -> dict:
    """One item of ``agenda running-order`` (``RunningOrderEntry``): lead, slot, and its times per side."""
    return {
        "item": e.item_id,
        "position": e.position,
        "title": e.title,
        "title_zh": e.title_zh or None,
        "status": e.status,
        "lead": e.lead_key or None,
        "lead_name": e.lead_name or None,
        "lead_side": e.lead_side or None,
        "day": e.day,
        "start": e.start_time.strftime("%H:%M") if e.start_time else None,
        "minutes": e.minutes,
        "times": [
            {"side": t.side_code, "zone": t.zone_name, "start": t.start.isoformat(), "end": t.end.isoformat()}
            for t in e.times
        ],
        "clashes_with": list(e.clashes_with),
    }


def commitment_json(c, as_of: date) -> dict:
    """A commitment (``CommitmentRecord``) as ``commitments list`` prints it, overdue as of a date."""
    return {
        "id": c.id,
        "meeting": c.meeting_number,
        "text": c.text,
        "owner": c.owner_side or None,
        "owner_agency": c.owner_agency or None,
        "due": _day(c.due_on),
        "status": c.status,
        "days_overdue": c.days_overdue(as_of),
    }


def activity_json(a) -> dict:
    """An activity between meetings (``ActivityRecord``) as ``activities list`` prints it."""
    return {
        "id": a.id,
        "kind": a.kind,
        "start": a.start_on.isoformat(),
        "end": _day(a.end_on),
        "place": a.place or None,
        "participants": list(a.participants),
        "summary_en": a.summary_en or None,
        "summary_zh": a.summary_zh or None,
        "commitments": list(a.commitment_ids),
    }


def dialogue_json(d) -> dict:
    """A dialogue (``DialogueSummary``) as ``dialogues list`` prints it; ``cadence`` lists the changes after
    the establishment (``meetings_per_year`` is the cadence in force today, or when it ended)."""
    return {
        "code": d.code,
        "name_en": d.name_en,
        "name_zh": d.name_zh or None,
        "established": d.established_on.isoformat(),
        "ended": _day(d.ended_on),
        "successor": d.successor,
        "meetings_per_year": d.meetings_per_year,
        "current": d.current,
        "first_meeting_deadline": _day(d.first_meeting_deadline),
        "cadence": [
            {"from": step.from_on.isoformat(), "meetings_per_year": step.per_year} for step in d.cadence
        ],
    }


def hand_over_json(h) -> dict:
    """``dialogues hand-over``: what passes (or would pass, ``applied`` false) to the successor."""
    return {
        "from": h.from_code,
        "to": h.to_code,
        "applied": h.applied,
        "to_meeting": h.target_meeting,
        "agenda_items": [
            {"item": i.item_id, "meeting": i.meeting, "title": i.title, "open_actions": i.open_actions}
            for i in h.agenda_items
        ],
        "requests": list(h.requests),
        "escalations": list(h.escalations),
    }


def document_json(d) -> dict:
    """A document (``DocumentRecord``) as ``documents list`` prints it: ``kind`` and ``record`` name what it
    is attached to (item, request, commitment or activity, and its id)."""
    return {
        "id": d.id,
        "name": d.name,
        "kind": d.kind,
        "record": d.record,
        "size": d.size,
        "sha256": d.sha256,
        "our_side_only": d.our_side_only,
        "attached_by": d.attached_by,
        "attached_at": d.attached_at.isoformat(),
    }


# -- exchange with the other side (issue 20) ---------------------------------------------------------
def exchange_key_json(k) -> dict:
    return {"side": k.side, "fingerprint": k.fingerprint, "public_key": k.public_key}


def exchange_difference_json(d) -> dict:
    return {"id": d.id, "record": d.record, "field": d.field, "ours": d.ours, "theirs": d.theirs}


def translation_check_json(result) -> dict:
    """``brief --check-translation --json`` (a ``TranslationCheck``): each text missing its Chinese, named as
    a user knows it (``record`` "agenda item", ``item`` "agenda item 12", ``field`` "briefing note")."""
    return {
        "meeting": result.meeting,
        "texts": result.texts,
        "untranslated": len(result.missing),
        "complete": result.complete,
        "missing": [
            {"record": t.kind, "item": t.label, "field": t.field, "where": t.where, "english": t.english}
            for t in result.missing
        ],
    }
