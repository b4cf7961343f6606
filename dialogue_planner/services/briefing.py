"""Briefing packs: assemble a meeting's pack from the database, render it, issue numbered copies and
keep the distribution log.

The pack is read in one go into plain records (domain/briefing.py), so rendering, which takes the
longest, runs without a session and can run off the GUI thread.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from dialogue_planner.domain.briefing import (
    BriefingPack,
    DistributionRecord,
    PackAction,
    PackActivity,
    PackAgendaItem,
    PackDelegate,
    PackDelegation,
    PackEscalation,
    PackMeeting,
    PackOptions,
    PackOutcomeParagraph,
    PackOutcomes,
    PackRequest,
    PackSide,
    PackSlot,
    copy_file_name,
    latin_name,
)
from dialogue_planner.domain.commitments import UNSETTLED, days_overdue, is_due_soon
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.vocabulary import AgendaStatus, MeetingStatus, RequestStatus, Role
from dialogue_planner.files import write_file
from dialogue_planner.reports import RenderedPack, render_pack
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Delegate,
    DelegationMember,
    Dialogue,
    DistributionCopy,
    Meeting,
    Side,
)

from .activities import activities_since_last_meeting
from .agenda import list_items
from .context import ServiceContext
from .delegation import delegate_key
from .escalations import list_escalations
from .lookup import find_delegate, meeting_by_number
from .meetings import get_meeting
from .outcomes import previous_meeting_outcomes
from .requests import list_request_rows, timeliness_report
from .running_order import running_order

OPEN_REQUEST_STATUSES = (RequestStatus.OPEN.value, RequestStatus.ACKNOWLEDGED.value)


def _pack_side(s: Side) -> PackSide:
    return PackSide(s.code, s.name_en, s.name_zh or "", s.time_zone, s.paper_size or "a4")


def _owner(side: str, agency: str, name: str = "") -> str:
    return " — ".join(p for p in (side, agency, name) if p)


def assemble_pack(ctx: ServiceContext, meeting: int, *, today: date | None = None) -> BriefingPack:
    """Everything meeting ``meeting``'s pack prints, as of ``today`` (default: the real today)."""
    today = today or date.today()
    dialogue_id = ctx.require_dialogue()
    record = get_meeting(ctx, meeting)
    with ctx.read() as s:
        dialogue = s.get_one(Dialogue, dialogue_id)
        names = (dialogue.name_en, dialogue.name_zh or "")
        sides = (_pack_side(dialogue.side_a), _pack_side(dialogue.side_b))
        delegations = _delegations(s, meeting_by_number(s, dialogue_id, meeting).id, sides)
        held = [
            m.number
            for m in s.scalars(
                select(Meeting).where(
                    Meeting.dialogue_id == dialogue_id,
                    Meeting.status == MeetingStatus.HELD.value,
                    Meeting.number < meeting,
                )
            )
        ]
        window = s.get_one(Dialogue, dialogue_id).commitment_due_soon_days
        actions = _open_actions(s, dialogue_id, today, window)
    pack_meeting = PackMeeting(
        number=record.number,
        window=record.window,
        status=record.status,
        host_side_code=record.host,
        city=record.city,
        venue=record.venue,
        time_zone=record.time_zone,
        start=record.start,
        end=record.end,
        start_time=record.start_time,
        end_time=record.end_time,
        logistics=record.logistics,
        planned_start=record.planned_start,
        planned_city=record.planned_city,
        planned_host_side_code=record.planned_host,
        venue_zh=record.venue_zh,
        address=record.address,
        address_zh=record.address_zh,
        logistics_zh=record.logistics_zh,
        notes=record.notes,
        notes_zh=record.notes_zh,
        city_zh=record.city_zh,
        planned_city_zh=record.planned_city_zh,
    )
    slots = {e.item_id: e for e in running_order(ctx, meeting)}
    agenda = tuple(
        PackAgendaItem(
            number=i + 1,
            title=item.title,
            title_zh=item.title_zh,
            source=item.source,
            status=item.status,
            owner=_owner(item.owner_side, item.owner_agency),
            briefing_note=item.briefing_note,
            briefing_note_zh=item.briefing_note_zh,
            first_raised_meeting=item.first_raised_meeting_number,
            times_carried=item.times_carried,
            requests=item.requests,
            escalations=item.escalations,
            **_slot(slots.get(item.id)),
        )
        for i, item in enumerate(
            x for x in list_items(ctx, meeting) if x.status != AgendaStatus.WITHDRAWN.value
        )
    )
    outcomes = previous_meeting_outcomes(ctx, meeting)
    previous_outcomes = (
        None
        if outcomes is None
        else PackOutcomes(
            outcomes.meeting,
            outcomes.version,
            outcomes.agreed,
            tuple(PackOutcomeParagraph(p.number, p.text_en, p.text_zh) for p in outcomes.paragraphs),
        )
    )
    since = activities_since_last_meeting(ctx, meeting)
    activities = tuple(
        PackActivity(a.kind, a.start_on, a.end_on, a.place, a.participants, a.summary_en, a.summary_zh)
        for a in since.activities
    )

    report = timeliness_report(ctx, meeting=meeting, today=today)
    as_of = report.as_of
    order = [sd.code for sd in sides]
    timeliness = tuple(report.by_side[code] for code in order if code in report.by_side) + tuple(
        t for code, t in report.by_side.items() if code not in order
    )
    pending = list_request_rows(ctx, pending_only=True)  # overdue ones are among the pending
    overdue = tuple(
        _pack_request(r, as_of)
        for r in sorted(
            (r for r in pending if r.overdue(as_of)), key=lambda r: (r.response_due_on, r.reference)
        )
    )
    open_requests = tuple(_pack_request(r, as_of) for r in pending if r.status in OPEN_REQUEST_STATUSES)
    # The review period is in local dates of the raising side: read a day more each side in UTC, then
    # keep exactly the escalations whose local date falls in the period.
    in_period = list_escalations(
        ctx,
        raised_from=datetime.combine(report.start - timedelta(days=1), time(), tzinfo=timezone.utc),
        raised_before=datetime.combine(report.end + timedelta(days=2), time(), tzinfo=timezone.utc),
    )
    escalations = tuple(
        PackEscalation(
            e.reference,
            e.raised_at.astimezone(ZoneInfo(e.time_zone)).date(),
            _owner(e.raised_by_side, e.raised_by_agency),
            e.severity,
            e.summary,
            e.status,
            e.resolution,
            e.requests,
            # the escalations area's Chinese fields, where its records have them (issue 17)
            summary_zh=getattr(e, "summary_zh", "") or "",
            resolution_zh=getattr(e, "resolution_zh", "") or "",
        )
        for e in sorted(in_period, key=lambda e: (e.raised_at, e.reference))
        if report.start <= e.raised_at.astimezone(ZoneInfo(e.time_zone)).date() <= report.end
    )
    return BriefingPack(
        dialogue_name_en=names[0],
        dialogue_name_zh=names[1],
        sides=sides,
        meeting=pack_meeting,
        delegations=delegations,
        agenda=agenda,
        review_start=report.start,
        review_end=report.end,
        previous_meeting=max(held, default=None),
        timeliness=timeliness,
        overdue_requests=overdue,
        escalations=escalations,
        actions=actions,
        open_requests=open_requests,
        previous_outcomes=previous_outcomes,
        activities=activities,
        activities_from=since.start,
        activities_to=since.end,
        due_soon_days=window,
    )


def _slot(entry) -> dict:
    """The running-order fields of an agenda item (its lead speaker and slot), empty when it has none."""
    if entry is None:
        return {}
    return {
        "lead": entry.lead_name,
        "lead_side": entry.lead_side,
        "day": entry.day,
        "times": tuple(PackSlot(t.side_code, t.zone_name, t.start, t.end) for t in entry.times),
    }


def _pack_request(r, as_of: date) -> PackRequest:
    late = (as_of - r.response_due_on).days if r.overdue(as_of) else 0
    return PackRequest(
        r.reference,
        r.from_side,
        r.to_side,
        r.kind,
        r.subject,
        r.received_on,
        r.response_due_on,
        r.status,
        max(0, late),
        r.latest_quality or "",
        subject_zh=getattr(r, "subject_zh", "") or "",  # the requests area's Chinese, where it has it
    )


def _delegations(s, meeting_id: int, sides: tuple[PackSide, ...]) -> tuple[PackDelegation, ...]:
    members = list(s.scalars(select(DelegationMember).where(DelegationMember.meeting_id == meeting_id)))
    ids = {m.delegate_id for m in members} | {m.represented_by_id for m in members if m.represented_by_id}
    people = {d.id: d for d in s.scalars(select(Delegate).where(Delegate.id.in_(ids)))} if ids else {}
    by_side: dict[str, list[PackDelegate]] = {sd.code: [] for sd in sides}
    for m in members:
        d = people[m.delegate_id]
        agency: Agency = d.agency
        stand_in = people.get(m.represented_by_id)
        by_side.setdefault(agency.side.code, []).append(
            PackDelegate(
                name=latin_name(d.family_name, d.given_name),
                native_name=d.native_name or "",
                title=d.title or "",
                title_zh=d.title_zh or "",
                agency_acronym=agency.acronym or "",
                agency_name_en=agency.name_en or "",
                agency_name_zh=agency.name_zh or "",
                agency_role=agency.dialogue_role or "",
                role=m.role,
                position=m.position,
                attended=m.attended,
                represented_by=latin_name(stand_in.family_name, stand_in.given_name) if stand_in else "",
            )
        )
    if not members:
        return ()
    lookup = {sd.code: sd for sd in sides}
    return tuple(
        PackDelegation(lookup.get(code, PackSide(code, code)), tuple(people_))
        for code, people_ in by_side.items()
    )


def _open_actions(s, dialogue_id: int, today: date, window: int) -> tuple[PackAction, ...]:
    """The open commitments, soonest due first: overdue ones with their days overdue, due-soon ones
    (within ``window`` days) marked, each with its owner (side, agency and person)."""
    codes = dict(s.execute(select(Side.id, Side.code)).all())
    acronyms = dict(s.execute(select(Agency.id, Agency.acronym)).all())
    rows = list(
        s.execute(
            select(Commitment, AgendaItem.title, AgendaItem.title_zh, Meeting.number)
            .join(Meeting, Meeting.id == Commitment.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == Commitment.agenda_item_id)
            .where(Meeting.dialogue_id == dialogue_id, Commitment.status.in_(sorted(UNSETTLED)))
            .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
        )
    )
    person_ids = {a.owner_delegate_id for a, *_ in rows if a.owner_delegate_id}
    people = (
        {
            d.id: latin_name(d.family_name, d.given_name)
            for d in s.scalars(select(Delegate).where(Delegate.id.in_(person_ids)))
        }
        if person_ids
        else {}
    )
    out = []
    for a, title, title_zh, number in rows:
        person = people.get(a.owner_delegate_id, "") or a.owner_name or ""
        late = days_overdue(a.status, a.due_on, today)
        out.append(
            PackAction(
                a.text,
                _owner(codes.get(a.owner_side_id, ""), acronyms.get(a.owner_agency_id, ""), person),
                a.due_on,
                a.status,
                title or "",
                late > 0,
                description_zh=a.text_zh or "",
                days_overdue=late,
                due_soon=is_due_soon(a.status, a.due_on, today, window),
                meeting=number,
                agenda_item_zh=title_zh or "",
            )
        )
    return tuple(out)


# -- options and rendering -------------------------------------------------------------------------
def default_paper(ctx: ServiceContext, meeting: int, recipient: str | None = None) -> str:
    """The recipient side's paper; without a recipient, the host side's."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        if recipient:
            return find_delegate(s, recipient).agency.side.paper_size or "a4"
        m = meeting_by_number(s, dialogue_id, meeting)
        side = s.get_one(Side, m.actual_host_side_id or m.planned_host_side_id)
        return side.paper_size or "a4"


def render_meeting_pack(
    ctx: ServiceContext,
    meeting: int,
    options: PackOptions,
    *,
    replace_missing_glyphs: bool = False,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> RenderedPack:
    """The pack of a meeting as PDF bytes (see reports.render_pack for the font check)."""
    pack = assemble_pack(ctx, meeting, today=today)
    return render_pack(pack, options, replace_missing_glyphs=replace_missing_glyphs, progress=progress)


# -- numbered copies and the distribution log --------------------------------------------------------
@dataclass(frozen=True)
class IssuedCopy:
    record: DistributionRecord
    path: Path


def issue_copies(
    ctx: ServiceContext,
    meeting: int,
    recipients: list[str],
    options: PackOptions,
    out: Path,
    *,
    paper_from_recipient: bool = False,
    replace_missing_glyphs: bool = False,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[IssuedCopy]:
    """One PDF per recipient beside ``out`` ("pack.pdf" gives "pack-copy01of03-KEY.pdf" ...), each marked
    "Copy k of n" with the recipient's name, and one distribution-log line per copy. Either every copy is
    written and logged, or none is."""
    ctx.require(Role.SECRETARIAT)
    if not recipients:
        raise ValidationError("Name at least one recipient for numbered copies.")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        people: list[tuple[int, str, str, str]] = []
        for key in recipients:
            d = find_delegate(s, key)
            if any(p[0] == d.id for p in people):
                raise ValidationError(
                    f"{latin_name(d.family_name, d.given_name)} is named twice; one copy each."
                )
            name = latin_name(d.family_name, d.given_name)
            if d.native_name and d.native_name != name:
                name = f"{name} {d.native_name}"
            people.append((d.id, name, delegate_key(d), d.agency.side.paper_size or "a4"))
        meeting_by_number(s, dialogue_id, meeting)
    pack = assemble_pack(ctx, meeting, today=today)
    total = len(people)
    out = Path(out)
    stem = out.stem if out.suffix.lower() == ".pdf" else out.name
    folder = out.parent
    rendered: list[tuple[int, str, str, str, Path, bytes, PackOptions]] = []
    for k, (delegate_id, name, key, paper) in enumerate(people, start=1):
        copy_options = options.for_copy(k, total, name)
        if paper_from_recipient:
            copy_options = PackOptions(**{**copy_options.__dict__, "paper": paper})
        result = render_pack(pack, copy_options, replace_missing_glyphs=replace_missing_glyphs)
        rendered.append(
            (
                delegate_id,
                name,
                key,
                copy_options.paper.value,
                folder / copy_file_name(stem, k, total, key),
                result.pdf,
                copy_options,
            )
        )
        if progress:
            progress(k, total)
    written: list[Path] = []
    try:
        for *_, path, pdf, _ in rendered:
            write_file(path, pdf)
            written.append(path)
        return _log_copies(ctx, meeting, rendered)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _log_copies(ctx: ServiceContext, meeting: int, rendered) -> list[IssuedCopy]:
    batch = str(uuid.uuid4())
    dialogue_id = ctx.require_dialogue()
    issued = []
    with ctx.write(Role.SECRETARIAT) as tx:
        m = meeting_by_number(tx.session, dialogue_id, meeting)
        rows = []
        for delegate_id, name, _key, paper, path, pdf, options in rendered:
            row = DistributionCopy(
                meeting_id=m.id,
                batch=batch,
                copy_number=options.copy_number,
                copies_total=options.copies_total,
                recipient_delegate_id=delegate_id,
                recipient_name=name[:300],
                marking=options.marking,
                language=options.language.value,
                paper=paper,
                file_name=str(path)[:400],
                sha256=hashlib.sha256(pdf).hexdigest(),
                issued_by=ctx.user.login,
            )
            tx.session.add(row)
            rows.append((row, path))
        tx.session.flush()
        for row, path in rows:
            tx.audit(
                "briefing.issue_copy",
                row,
                summary=f"copy {row.copy_number} of {row.copies_total} of the "
                f"meeting {meeting} pack to {row.recipient_name}",
            )
            issued.append(IssuedCopy(_distribution_record(row, meeting), path))
    return issued


def _distribution_record(row: DistributionCopy, number: int) -> DistributionRecord:
    return DistributionRecord(
        row.id,
        number,
        row.batch,
        row.copy_number,
        row.copies_total,
        row.recipient_delegate_id,
        row.recipient_name,
        row.marking,
        row.language,
        row.paper,
        row.file_name,
        row.sha256,
        row.issued_at,
        row.issued_by,
    )


def distribution_log(ctx: ServiceContext, meeting: int) -> list[DistributionRecord]:
    """Every numbered copy issued for a meeting's pack, newest batch first, then by copy number."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        records = [
            _distribution_record(r, meeting)
            for r in s.scalars(select(DistributionCopy).where(DistributionCopy.meeting_id == m.id))
        ]
    return sorted(records, key=lambda r: (-r.issued_at.timestamp(), r.batch, r.copy_number))


__all__ = [
    "IssuedCopy",
    "assemble_pack",
    "default_paper",
    "distribution_log",
    "issue_copies",
    "render_meeting_pack",
    "write_file",
]
