"""``requests``: log requests, record responses and status, list them, report timeliness per side."""

from __future__ import annotations

import argparse
from datetime import date

from .framework import add_json_flag, bounded_int, command_group, date_arg, positive_int
from .json_shapes import (
    request_clock_json,
    request_json,
    request_more_json,
    request_row_json,
    timeliness_report_json,
)
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "requests", "requests for information and assistance between the sides")

    p = group.add_parser("add", help="log a request; its reference and due dates are given to it")
    p.add_argument("--from", dest="from_side", required=True, metavar="SIDE", help="requesting side (US, CN)")
    p.add_argument("--to", dest="to_side", required=True, metavar="SIDE", help="responding side")
    p.add_argument(
        "--kind", required=True, help="information, assistance, evidence, investigation or mitigation"
    )
    p.add_argument("--subject", required=True)
    p.add_argument("--received", required=True, type=date_arg, help="date received, YYYY-MM-DD")
    p.add_argument("--agency", help="requesting agency acronym (e.g. FBI)")
    p.add_argument("--to-agency", help="responding agency acronym (e.g. MPS)")
    p.add_argument("--description", default="")
    p.add_argument("--subject-zh", default="", help="the subject in Chinese")
    p.add_argument("--description-zh", default="", help="the description in Chinese")
    add_json_flag(p)
    p.set_defaults(handler=cmd_add)

    # No abbreviations: "--to", the responding side of "requests add", must not pass for "--to-agency".
    p = group.add_parser(
        "edit",
        help="correct what was logged: kind, subject, description, agencies",
        allow_abbrev=False,
        description="Correct a logged request; only the options given change. The reference, "
        "the sides and the received date stay as logged. A new kind sets the due "
        "dates again from the received date.",
    )
    p.add_argument("reference", help="e.g. US-2016-0042")
    p.add_argument("--kind", help="information, assistance, evidence, investigation or mitigation")
    p.add_argument("--subject")
    p.add_argument("--description", help="the whole new description ('' clears it)")
    p.add_argument("--agency", help="requesting agency acronym (e.g. FBI; '' for none)")
    p.add_argument("--to-agency", help="responding agency acronym (e.g. MPS; '' for none)")
    p.add_argument("--subject-zh", help="the subject in Chinese ('' clears it)")
    p.add_argument("--description-zh", help="the description in Chinese ('' clears it)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_edit)

    p = group.add_parser("respond", help="record a response and its quality")
    p.add_argument("reference", help="e.g. US-2016-0042")
    p.add_argument("--date", required=True, type=date_arg)
    p.add_argument("--quality", required=True, help="complete, partial, insufficient or none")
    p.add_argument("--note", default="")
    p.add_argument("--rated-by", metavar="NAME", help="who rated the quality (default: you)")
    p.add_argument("--quality-reason", default="", metavar="TEXT", help="why the response has this quality")
    p.set_defaults(handler=cmd_respond)

    p = group.add_parser(
        "pause",
        help="pause a request's clock (e.g. while asking for clarification); paused days do not count",
    )
    p.add_argument("reference")
    p.add_argument("--reason", required=True, help="why the clock stops")
    p.add_argument("--date", type=date_arg, help="first day of the pause (default: today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_pause)

    p = group.add_parser(
        "resume", help="restart a paused request's clock; its due date moves by the days paused"
    )
    p.add_argument("reference")
    p.add_argument("--date", type=date_arg, help="day the clock runs again (default: today)")
    p.add_argument("--note", default="")
    add_json_flag(p)
    p.set_defaults(handler=cmd_resume)

    p = group.add_parser(
        "extend", help="record an agreed extension: the response is due later; the old due date is kept"
    )
    p.add_argument("reference")
    p.add_argument("--until", required=True, type=date_arg, help="the new due date agreed")
    p.add_argument("--reason", required=True, help="why it was extended")
    p.add_argument("--date", type=date_arg, help="day the extension was agreed (default: today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_extend)

    p = group.add_parser(
        "result",
        help="record the result of the investigation and whether the other side may see it",
        description="The outcome of the investigation (arrests, evidence delivered, mitigation done). "
        "A result not shareable is printed only in briefing-pack copies for the responding side.",
    )
    p.add_argument("reference")
    p.add_argument("--text", help="the result ('' clears it, and its Chinese unless --text-zh is given)")
    p.add_argument("--text-zh", help="the result in Chinese ('' clears it)")
    share = p.add_mutually_exclusive_group()
    share.add_argument(
        "--shareable", dest="shareable", action="store_true", default=None, help="the other side may see it"
    )
    share.add_argument(
        "--not-shareable", dest="shareable", action="store_false", help="only the responding side sees it"
    )
    p.add_argument("--date", type=date_arg, help="date of the result (default: today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_result)

    p = group.add_parser("update", help="acknowledge, close, withdraw, reopen, or report progress")
    p.add_argument("reference")
    p.add_argument(
        "--status",
        required=True,
        help="acknowledged, closed, withdrawn (both need --note as the reason), open (reopen) or "
        "progress (a report on the investigation, in --note)",
    )
    p.add_argument("--note", default="")
    p.add_argument("--note-zh", default="", help="the note in Chinese (a progress report's is printed)")
    p.add_argument("--date", type=date_arg, help="date of the event (default: today)")
    p.set_defaults(handler=cmd_update)

    p = group.add_parser("show", help="one request with its history")
    p.add_argument("reference")
    add_json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = group.add_parser("list", help="list requests, oldest first")
    p.add_argument("--side", help="only requests to this responding side")
    p.add_argument("--overdue", action="store_true", help="only requests overdue today (or --as-of)")
    p.add_argument("--as-of", type=date_arg, help="measure overdue on this date (default: today)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("standards", help="days allowed to acknowledge and respond, per kind")
    add_json_flag(p)
    p.set_defaults(handler=cmd_standards)

    p = group.add_parser("standard", help="change the days allowed for one kind (new requests only)")
    p.add_argument("kind")
    p.add_argument("--acknowledge", type=bounded_int, metavar="DAYS")
    p.add_argument("--respond", type=bounded_int, metavar="DAYS")
    p.add_argument("--basis", help="calendar, or working (days of the responding side)")
    p.set_defaults(handler=cmd_standard)

    p = group.add_parser("report", help="timeliness and quality of responses per responding side")
    p.add_argument("--from", dest="start", type=date_arg, help="first day of the period")
    p.add_argument("--to", dest="end", type=date_arg, help="last day of the period")
    p.add_argument("--as-of", type=date_arg, help="measure as of this date")
    p.add_argument(
        "--meeting", type=positive_int, help="the period before this meeting, from the previous one"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_report)


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.requests import add_request

    r = add_request(
        ctx,
        from_side=args.from_side,
        to_side=args.to_side,
        kind=args.kind,
        subject=args.subject,
        received_on=args.received,
        requesting_agency=args.agency,
        responding_agency=args.to_agency,
        description=args.description,
        subject_zh=args.subject_zh,
        description_zh=args.description_zh,
    )
    if args.json:
        emit_json({**request_json(r, date.today()), **request_more_json(r, date.today())})
        return 0
    print(
        f"Logged {r.reference}: acknowledgement due {r.acknowledge_due_on.isoformat()}, "
        f"response due {r.response_due_on.isoformat()}."
    )
    return 0


#: ``requests edit``'s options and the request fields they correct, in the order a summary names them.
_EDIT_OPTIONS = (
    ("kind", "--kind", "kind"),
    ("subject", "--subject", "subject"),
    ("description", "--description", "description"),
    ("agency", "--agency", "requesting agency"),
    ("to_agency", "--to-agency", "responding agency"),
    ("subject_zh", "--subject-zh", "Chinese subject"),
    ("description_zh", "--description-zh", "Chinese description"),
)


def cmd_edit(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services import requests as rs

    given = [(dest, words) for dest, _, words in _EDIT_OPTIONS if getattr(args, dest) is not None]
    if not given:
        options = ", ".join(option for _, option, _ in _EDIT_OPTIONS)
        raise ValidationError(f"Nothing to correct: give one or more of {options}.")
    before = rs.get_request(ctx, args.reference).request
    changes: dict[str, object] = {}
    for name in ("kind", "subject", "description", "subject_zh", "description_zh"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.agency is not None:
        changes["requesting_agency_id"] = rs.agency_id_on_side(ctx, before.from_side, args.agency)
    if args.to_agency is not None:
        changes["responding_agency_id"] = rs.agency_id_on_side(ctx, before.to_side, args.to_agency)
    r = rs.edit_request(ctx, before.reference, changes, expected_version=before.version)
    if args.json:
        emit_json(
            {
                **request_json(r, date.today()),
                "description": r.description or None,
                **request_more_json(r, date.today()),
            }
        )
        return 0
    if r.version == before.version:
        print(f"{r.reference}: nothing to correct; it is as given.")
        return 0
    changed = [words for dest, words in given if _field_value(r, dest) != _field_value(before, dest)]
    print(
        f"Corrected {r.reference} ({', '.join(changed)}): acknowledgement due {r.acknowledge_due_on.isoformat()}, "
        f"response due {r.response_due_on.isoformat()}."
    )
    return 0


def _field_value(r, dest: str):
    return {"agency": r.requesting_agency_id, "to_agency": r.responding_agency_id}.get(
        dest, getattr(r, dest, None)
    )


def cmd_respond(args, ctx) -> int:
    from dialogue_planner.services.requests import respond

    r = respond(
        ctx,
        args.reference,
        on=args.date,
        quality=args.quality,
        note=args.note,
        rated_by=args.rated_by,
        quality_reason=args.quality_reason,
    )
    assert r.first_response_on is not None  # a response was just recorded
    late = r.first_response_on > r.response_due_on
    print(
        f"{r.reference}: response of {args.date.isoformat()} recorded ({r.latest_quality}); first response "
        f"{r.first_response_on.isoformat()}, {'late' if late else 'on time'} (due {r.response_due_on.isoformat()})."
    )
    return 0


def cmd_update(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.domain.requests import NoteMissing
    from dialogue_planner.services.requests import update_status

    try:
        r = update_status(
            ctx, args.reference, status=args.status, on=args.date, note=args.note, note_zh=args.note_zh
        )
    except NoteMissing as exc:  # the service says what is missing; here is where it goes on this command line
        raise ValidationError(f"{exc.message} Give it with --note.") from None
    print(f"{r.reference}: {args.status.strip().lower()} recorded; status is now {r.status}.")
    return 0


def _clock_words(r) -> str:
    """'response due 2016-03-10 (first due 2016-02-20; 12 days paused; extended)'."""
    notes = []
    original = r.original_response_due_on
    if original and original != r.response_due_on:
        notes.append(f"first due {original.isoformat()}")
    paused = r.days_paused(date.today())
    if paused:
        notes.append(f"{paused} day{'s' if paused != 1 else ''} paused")
    if r.paused_since:
        notes.append(f"paused since {r.paused_since.isoformat()}")
    if r.extended_until:
        notes.append(f"extended to {r.extended_until.isoformat()}")
    return f"response due {r.response_due_on.isoformat()}" + (f" ({'; '.join(notes)})" if notes else "")


def _print_or_json(args, r) -> None:
    if args.json:
        emit_json({**request_json(r, date.today()), **request_more_json(r, date.today())})


def cmd_pause(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.domain.requests import NoteMissing
    from dialogue_planner.services.requests import pause_clock

    try:
        r = pause_clock(ctx, args.reference, reason=args.reason, on=args.date)
    except NoteMissing as exc:
        raise ValidationError(f"{exc.message} Give it with --reason.") from None
    if args.json:
        _print_or_json(args, r)
        return 0
    assert r.paused_since is not None  # just paused
    print(f"{r.reference}: clock paused from {r.paused_since.isoformat()}; {_clock_words(r)}.")
    return 0


def cmd_resume(args, ctx) -> int:
    from dialogue_planner.services.requests import resume_clock

    r = resume_clock(ctx, args.reference, on=args.date, note=args.note)
    if args.json:
        _print_or_json(args, r)
        return 0
    print(f"{r.reference}: clock running again; {_clock_words(r)}.")
    return 0


def cmd_extend(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.domain.requests import NoteMissing
    from dialogue_planner.services.requests import extend_due

    try:
        r = extend_due(ctx, args.reference, until=args.until, reason=args.reason, on=args.date)
    except NoteMissing as exc:
        raise ValidationError(f"{exc.message} Give it with --reason.") from None
    if args.json:
        _print_or_json(args, r)
        return 0
    print(f"{r.reference}: extension recorded; {_clock_words(r)}.")
    return 0


def cmd_result(args, ctx) -> int:
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.requests import set_result

    if args.text is None and args.text_zh is None and args.shareable is None:
        raise ValidationError("Nothing to record: give --text, --text-zh, --shareable or --not-shareable.")
    r = set_result(
        ctx, args.reference, text=args.text, text_zh=args.text_zh, shareable=args.shareable, on=args.date
    )
    if args.json:
        _print_or_json(args, r)
        return 0
    if not r.result:
        print(f"{r.reference}: no result recorded.")
    else:
        share = "shareable with the other side" if r.result_shareable else "not shareable with the other side"
        print(f"{r.reference}: result recorded, {share}.")
    return 0


def cmd_show(args, ctx) -> int:
    from dialogue_planner.services.requests import get_request

    detail = get_request(ctx, args.reference)
    r = detail.request
    if args.json:
        emit_json(
            {
                **request_json(r, date.today()),
                "description": r.description or None,
                "escalations": list(detail.escalations),
                "history": [
                    {
                        "kind": h.kind,
                        "date": h.on.isoformat(),
                        "quality": h.quality,
                        "status": h.status,
                        "note": h.note or None,
                        "author": h.author or None,
                        "new_due": h.new_due_on.isoformat() if h.new_due_on else None,
                        "rated_by": h.rated_by or None,
                        "quality_reason": h.quality_reason or None,
                        "note_zh": h.note_zh or None,
                    }
                    for h in detail.history
                ],
                **request_more_json(r, date.today()),
                **request_clock_json(detail),
            }
        )
        return 0
    print(
        f"{r.reference}  {r.from_side} {r.requesting_agency} -> {r.to_side} {r.responding_agency}  ({r.kind})"
    )
    print(f"  {r.subject}")
    if r.subject_zh:
        print(f"  {r.subject_zh}")
    print(
        f"  Received {r.received_on.isoformat()}, acknowledgement due {r.acknowledge_due_on.isoformat()}, "
        f"{_clock_words(r)}; status {r.status}" + ("  OVERDUE" if r.overdue(date.today()) else "")
    )
    for pause in detail.pauses:
        end = f"to {pause.end.isoformat()} ({pause.days} days)" if pause.end else "(still paused)"
        print(f"  Paused from {pause.start.isoformat()} {end}: {pause.reason}")
    for ext in detail.extensions:
        print(
            f"  Extended on {ext.on.isoformat()} from {ext.from_due.isoformat()} to {ext.until.isoformat()}: "
            f"{ext.reason}"
        )
    rating = detail.rating
    if rating is not None:
        why = f": {rating.reason}" if rating.reason else ""
        print(f"  Quality {rating.quality}, rated by {rating.rated_by or 'unknown'}{why}")
    if r.result:
        share = "shareable" if r.result_shareable else "not shareable"
        print(f"  Result ({share}): {r.result}")
        if r.result_zh:
            print(f"  {r.result_zh}")
    if detail.escalations:
        print(f"  Escalations: {', '.join(detail.escalations)}")
    print_table(
        [
            [
                h.on.isoformat(),
                h.kind,
                h.quality or h.status or (h.new_due_on.isoformat() if h.new_due_on else ""),
                " / ".join(t for t in (h.note, h.note_zh) if t),
                h.author,
            ]
            for h in detail.history
        ],
        ["date", "event", "quality/status/due", "note", "by"],
    )
    return 0


def cmd_list(args, ctx) -> int:
    from dialogue_planner.services.requests import list_request_rows

    as_of = args.as_of or date.today()
    rows = list_request_rows(ctx, side=args.side, overdue_as_of=as_of if args.overdue else None)
    if args.json:
        emit_json([request_row_json(r, as_of) for r in rows])
        return 0
    print_table(
        [
            [
                r.reference,
                r.from_side,
                r.to_side,
                r.kind,
                r.received_on.isoformat(),
                r.response_due_on.isoformat(),
                r.first_response_on.isoformat() if r.first_response_on else "",
                r.latest_quality or "",
                r.status,
                ("overdue" if r.overdue(as_of) else "")
                + (" paused" if r.paused_since and r.paused_since <= as_of else ""),
                r.subject[:50],
            ]
            for r in rows
        ],
        [
            "reference",
            "from",
            "to",
            "kind",
            "received",
            "due",
            "responded",
            "quality",
            "status",
            "",
            "subject",
        ],
    )
    return 0


def cmd_standards(args, ctx) -> int:
    from dialogue_planner.services.requests import list_standards

    standards = list_standards(ctx)
    if args.json:
        emit_json(
            [
                {
                    "kind": t.kind,
                    "acknowledge_days": t.acknowledge_days,
                    "response_days": t.response_days,
                    "day_basis": t.day_basis,
                    "configured": t.configured,
                }
                for t in standards
            ]
        )
        return 0
    print_table(
        [
            [t.kind, t.acknowledge_days, t.response_days, t.day_basis, "" if t.configured else "default"]
            for t in standards
        ],
        ["kind", "acknowledge", "respond", "days", ""],
    )
    return 0


def cmd_standard(args, ctx) -> int:
    from dialogue_planner.services.requests import set_standard

    t = set_standard(
        ctx, args.kind, acknowledge_days=args.acknowledge, response_days=args.respond, day_basis=args.basis
    )
    print(
        f"{t.kind}: acknowledge within {t.acknowledge_days}, respond within {t.response_days} {t.day_basis} "
        "days (requests logged from now on)."
    )
    return 0


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def cmd_report(args, ctx) -> int:
    from dialogue_planner.services.requests import timeliness_report

    report = timeliness_report(ctx, start=args.start, end=args.end, as_of=args.as_of, meeting=args.meeting)
    if args.json:
        emit_json(timeliness_report_json(report))
        return 0
    print(
        f"Requests received {report.start.isoformat()} to {report.end.isoformat()}, as of "
        f"{report.as_of.isoformat()}"
        + (f" (before meeting {report.meeting})" if report.meeting else "")
        + ":"
    )
    sides = list(report.by_side.values())
    rows: list[list] = [
        ["requests"] + [t.requests for t in sides],
        ["acknowledged on time"] + [t.acknowledged_on_time for t in sides],
        ["responded"] + [t.responded for t in sides],
        ["responded on time"] + [t.on_time for t in sides],
        ["  of which only under an extension"] + [t.on_time_under_extension for t in sides],
        ["requests extended"] + [t.extended for t in sides],
        ["requests paused"] + [t.paused for t in sides],
        ["days paused"] + [t.paused_days for t in sides],
        ["on-time share"] + [_share(t.on_time_share) for t in sides],
        ["median days to response"] + [_days(t.median_days) for t in sides],
        ["90th percentile days"] + [_days(t.p90_days) for t in sides],
        ["overdue now"] + [t.overdue for t in sides],
    ]
    quality_words = list(sides[0].quality) if sides else []
    rows += [[f"quality: {q}"] + [t.quality[q] for t in sides] for q in quality_words]
    print_table(rows, ["responding side"] + [t.side for t in sides])
    from dialogue_planner.services.exchange import disputed_records

    disputed = disputed_records(ctx)
    if disputed:  # issue 20: figures both sides have not yet agreed
        print(f"{disputed} records still disputed with the other side (exchange differences).")
    return 0
