"""Briefing packs: assemble a meeting's pack from the database, render it, issue numbered copies and
keep the distribution log.

The pack is read in one go into plain records (domain/briefing.py), so rendering, which takes the
longest, runs without a session and can run off the GUI thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from dialogue_planner.domain.briefing import (
    AppendState,
    BriefingPack,
    DistributionRecord,
    PackAction,
    PackActivity,
    PackAgendaItem,
    PackContact,
    PackDelegate,
    PackDelegation,
    PackDocument,
    PackEscalation,
    PackInvestigation,
    PackMeeting,
    PackOptions,
    PackOutcomeParagraph,
    PackOutcomes,
    PackRequest,
    PackSide,
    PackSlot,
    PackTerm,
    copy_file_name,
)
from dialogue_planner.domain.commitments import UNSETTLED, days_overdue, is_due_soon
from dialogue_planner.domain.documents import (
    PDF_MEDIA_TYPE,
    for_audience,
    listed_documents,
    with_append_states,
)
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_day
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.requests import days_overdue as request_days_overdue
from dialogue_planner.domain.roster import latin_name
from dialogue_planner.domain.vocabulary import (
    AgendaStatus,
    CommitmentStatus,
    DelegationRole,
    MeetingStatus,
    RequestStatus,
    Role,
)
from dialogue_planner.files import write_file
from dialogue_planner.reports import RenderedPack
from dialogue_planner.reports.appendix import append_documents, readable_pdf
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Delegate,
    DelegationMember,
    Dialogue,
    DistributionCopy,
    Meeting,
    Request,
    Side,
    StandingItem,
)

from .activities import activities_since_last_meeting
from .agenda import list_items
from .context import ServiceContext
from .delegation import delegate_key
from .documents import document_contents, pack_documents
from .escalations import list_escalations
from .exchange import disputed_records
from .hotline import escalation_report, list_contact_points
from .lookup import find_delegate, meeting_by_number
from .meetings import get_meeting
from .outcomes import previous_meeting_outcomes
from .pack_archive import (
    ArchivedPackRecord,
    IssueRun,
    PackToArchive,
    archive_export,
    can_archive,
    next_issue_run,
    store_run,
)
from .pack_defaults import side_language
from .requests import investigation_reports, list_request_rows, timeliness_report
from .running_order import running_order

OPEN_REQUEST_STATUSES = (RequestStatus.OPEN.value, RequestStatus.ACKNOWLEDGED.value)


def _pack_side(s: Side) -> PackSide:
    return PackSide(s.code, s.name_en, s.name_zh or "", s.time_zone, s.paper_size or "a4")


def _owner(side: str, agency: str, name: str = "") -> str:
    return " — ".join(p for p in (side, agency, name) if p)


def pack_as_of(ctx: ServiceContext, meeting: int) -> date | None:
    """The day a meeting's pack is rendered as of by default: a held meeting's date (its pack shows what
    the delegates had then), else None (today)."""
    record = get_meeting(ctx, meeting)
    return record.start if record.status == MeetingStatus.HELD.value else None


def resolve_as_of(
    ctx: ServiceContext, meeting: int, as_of: date | None, today: date | None = None
) -> date | None:
    """``as_of`` checked (a day of the dialogue's life, not after today); without it, the meeting's
    default (see pack_as_of) unless a caller fixes ``today``."""
    if as_of is not None:
        check_day(as_of, "as-of date")
        if as_of > date.today():
            raise ValidationError(
                msg(
                    "The as-of date {as_of} is after today; a pack shows what is known.",
                    as_of=as_of.isoformat(),
                )
            )
        return as_of
    return None if today is not None else pack_as_of(ctx, meeting)


def assemble_pack(
    ctx: ServiceContext, meeting: int, *, today: date | None = None, as_of: date | None = None
) -> BriefingPack:
    """Everything meeting ``meeting``'s pack prints, as of ``today`` (default: the real today).

    With ``as_of`` the pack is what it was on that day: requests received later are left out, figures
    and overdue days are counted on that day, commitments of later meetings are left out, and the cover
    says "As of <date>"."""
    rendered_as_of = as_of  # (as_of below is the timeliness report's day)
    if as_of is not None:
        today = as_of
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
        terms = _glossary_terms(s, dialogue)
        actions = _open_actions(s, dialogue_id, today, window, up_to=meeting if rendered_as_of else None)
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
    items = [x for x in list_items(ctx, meeting) if x.status != AgendaStatus.WITHDRAWN.value]
    pending = list_request_rows(ctx, pending_only=True)  # overdue ones are among the pending
    attached = pack_documents(ctx, item_ids=[x.id for x in items], request_ids=[r.id for r in pending])
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
            documents=_pack_documents(attached.items.get(item.id, ())),
            **_slot(slots.get(item.id)),
        )
        for i, item in enumerate(items)
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
    if rendered_as_of is not None:  # else the pending requests read above
        pending = _pending_as_of(ctx, rendered_as_of)
    overdue = tuple(
        _pack_request(r, as_of, attached.requests)
        for r in sorted(
            (r for r in pending if r.overdue(as_of)), key=lambda r: (r.response_due_on, r.reference)
        )
    )
    open_requests = tuple(
        _pack_request(r, as_of, attached.requests) for r in pending if r.status in OPEN_REQUEST_STATUSES
    )
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
            e.summary_zh,
            e.resolution_zh,
        )
        for e in sorted(in_period, key=lambda e: (e.raised_at, e.reference))
        if report.start <= e.raised_at.astimezone(ZoneInfo(e.time_zone)).date() <= report.end
    )
    investigations = tuple(
        PackInvestigation(
            i.reference,
            i.from_side,
            i.to_side,
            i.subject,
            i.subject_zh,
            i.progress,
            i.result,
            i.result_shareable,
            i.progress_zh,
            i.result_zh,
        )
        for i in investigation_reports(ctx, start=report.start, end=report.end)
    )
    home = next((n for n, item in enumerate(agenda) if _is_investigations_item(item)), None)
    if home is not None and investigations:
        agenda = (
            *agenda[:home],
            replace(agenda[home], investigations=investigations),
            *agenda[home + 1 :],
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
        contacts=contact_rows(ctx, meeting),
        terms=terms,
        hotline=tuple(
            escalation_report(
                ctx,
                start=report.start,
                end=report.end,
                now=datetime.combine(as_of + timedelta(days=1), time(), tzinfo=timezone.utc),
            ).by_responding_side.values()
        ),
        as_of=rendered_as_of,
        investigations=investigations if home is None else (),
        extra={"disputed_records": disputed_records(ctx)},  # issue 20: not yet agreed with the other side
    )


def _is_investigations_item(item: PackAgendaItem) -> bool:
    """The standing item on the status and results of investigations (in the 2015 mechanism: "Status and
    results of investigations"), found by its words, in English or Chinese."""
    return item.source == "standing" and (
        "investigation" in (item.title or "").lower() or "调查" in (item.title_zh or "")
    )


# -- the contact sheet and the glossary ------------------------------------------------------------------
LIAISON_ROLES = (DelegationRole.CO_CHAIR.value, DelegationRole.HEAD.value)


def contact_rows(ctx: ServiceContext, meeting: int) -> tuple[PackContact, ...]:
    """The pack's contact sheet, in order: each side's secretariat (its briefing defaults), the liaison
    officers (the roster has no liaison role: each side's co-chair and head of delegation at this meeting,
    with their phone and email), then the hotline's contact points."""
    dialogue_id = ctx.require_dialogue()
    rows: list[PackContact] = []
    with ctx.read() as s:
        dialogue = s.get_one(Dialogue, dialogue_id)
        for side in (dialogue.side_a, dialogue.side_b):
            if side.secretariat_name or side.secretariat_phone or side.secretariat_email:
                rows.append(
                    PackContact(
                        "secretariat",
                        side.code,
                        side.secretariat_name or side.name_en,
                        side.secretariat_name_zh or "",
                        "",
                        side.secretariat_phone or "",
                        side.secretariat_email or "",
                    )
                )
        m = meeting_by_number(s, dialogue_id, meeting)
        first_day = m.actual_start or m.planned_start
        leaders = s.execute(
            select(DelegationMember.role, Delegate, Agency.acronym, Side.code)
            .join(Delegate, Delegate.id == DelegationMember.delegate_id)
            .join(Agency, Agency.id == Delegate.agency_id)
            .join(Side, Side.id == Agency.side_id)
            .where(DelegationMember.meeting_id == m.id, DelegationMember.role.in_(LIAISON_ROLES))
            .order_by(Side.code != dialogue.side_a.code, DelegationMember.position, Delegate.id)
        ).all()
        for role, d, acronym, code in leaders:
            rows.append(
                PackContact(
                    "liaison",
                    code,
                    latin_name(d.family_name, d.given_name),
                    d.native_name or "",
                    " — ".join(p for p in (role, acronym or "") if p),
                    d.phone or "",
                    d.email or "",
                )
            )
    rows.extend(_hotline_contacts(ctx, first_day))
    return tuple(rows)


def _hotline_contacts(ctx: ServiceContext, on: date | None) -> list[PackContact]:
    """The hotline's contact points on duty on the meeting's first day, as contact-sheet rows; the role
    says the hours of duty."""
    return [
        PackContact(
            "hotline",
            c.side,
            c.name,
            c.name_zh,
            " · ".join(part for part in (c.role, c.hours) if part),
            c.phone,
            c.email,
        )
        for c in list_contact_points(ctx, on=on)
    ]


def _glossary_terms(s, dialogue: Dialogue) -> tuple[PackTerm, ...]:
    """The dialogue's own terms for the glossary: its standing items and both sides' agencies (the
    renderer adds the vocabulary)."""
    terms = [
        PackTerm(item.title, item.title_zh or "", "item")
        for item in s.scalars(select(StandingItem).where(StandingItem.dialogue_id == dialogue.id))
    ]
    sides = (dialogue.side_a_id, dialogue.side_b_id)
    for agency in s.scalars(select(Agency).where(Agency.side_id.in_(sides), Agency.active.is_(True))):
        name = f"{agency.acronym} — {agency.name_en}" if agency.acronym else agency.name_en
        terms.append(PackTerm(name, agency.name_zh or "", "agency"))
    return tuple(terms)


def _pending_as_of(ctx: ServiceContext, day: date) -> list:
    """The requests that were waiting on ``day``, with the status they had then: received by that day and
    not answered by it (answered later, or not yet). One closed or withdrawn without an answer is left out:
    the day it ended is not kept with the request."""
    rows = [
        r
        for r in list_request_rows(ctx)
        if r.received_on <= day
        and (
            (r.first_response_on is None and r.status in OPEN_REQUEST_STATUSES)
            or (r.first_response_on is not None and r.first_response_on > day)
        )
    ]
    if not rows:
        return []
    with ctx.read() as s:
        acknowledged = set(
            s.scalars(
                select(Request.id).where(
                    Request.dialogue_id == ctx.require_dialogue(),
                    Request.acknowledged_on.is_not(None),
                    Request.acknowledged_on <= day,
                )
            )
        )
    return [
        r._replace(
            first_response_on=None,
            status=RequestStatus.ACKNOWLEDGED.value if r.id in acknowledged else RequestStatus.OPEN.value,
        )
        for r in rows
    ]


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


def _pack_documents(records) -> tuple[PackDocument, ...]:
    return tuple(
        PackDocument(d.id, d.name, d.size, d.note, d.media_type, d.our_side_only, d.our_side) for d in records
    )


def _pack_request(r, as_of: date, documents: dict | None = None) -> PackRequest:
    late = request_days_overdue(
        status=r.status,
        response_due_on=r.response_due_on,
        first_response_on=r.first_response_on,
        as_of=as_of,
        paused_since=r.paused_since,
    )
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
        _pack_documents((documents or {}).get(r.id, ())),
        r.subject_zh or "",
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


def _open_actions(
    s, dialogue_id: int, today: date, window: int, *, up_to: int | None = None
) -> tuple[PackAction, ...]:
    """The open commitments, soonest due first: overdue ones with their days overdue, due-soon ones
    (within ``window`` days) marked, each with its owner (side, agency and person). ``up_to`` leaves
    out the commitments of later meetings (a pack as of a past day)."""
    codes = dict(s.execute(select(Side.id, Side.code)).all())
    acronyms = dict(s.execute(select(Agency.id, Agency.acronym)).all())
    rows = list(
        s.execute(
            select(Commitment, AgendaItem.title, AgendaItem.title_zh, Meeting.number)
            .join(Meeting, Meeting.id == Commitment.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == Commitment.agenda_item_id)
            .where(
                Meeting.dialogue_id == dialogue_id,
                *(
                    [Commitment.status.in_(sorted(UNSETTLED))]
                    if up_to is None
                    else [  # as of a past day: done since then counts as unsettled then
                        Meeting.number <= up_to,
                        or_(
                            Commitment.status.in_(sorted(UNSETTLED)),
                            and_(
                                Commitment.status == CommitmentStatus.DONE.value,
                                Commitment.completed_on > today,
                            ),
                        ),
                    ]
                ),
            )
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
        status = a.status if a.status in UNSETTLED else CommitmentStatus.OPEN.value  # done only later
        late = days_overdue(status, a.due_on, today)
        out.append(
            PackAction(
                a.text,
                _owner(codes.get(a.owner_side_id, ""), acronyms.get(a.owner_agency_id, ""), person),
                a.due_on,
                status,
                title or "",
                late > 0,
                description_zh=a.text_zh or "",
                days_overdue=late,
                due_soon=is_due_soon(status, a.due_on, today, window),
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


def default_language(ctx: ServiceContext, recipient: str | None = None) -> str:
    """The recipient side's pack language (its briefing defaults); without a recipient, English."""
    if not recipient:
        return "en"
    with ctx.read() as s:
        return side_language(find_delegate(s, recipient).agency.side)


def render_meeting_pack(
    ctx: ServiceContext,
    meeting: int,
    options: PackOptions,
    *,
    replace_missing_glyphs: bool = False,
    today: date | None = None,
    as_of: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> RenderedPack:
    """The pack of a meeting as PDF bytes (see reports.render_pack for the font check), as of ``as_of``
    (default: a held meeting's date, see resolve_as_of). A pack with no recipient has no known side:
    documents kept to one side are left out unless it is marked internal."""
    as_of = resolve_as_of(ctx, meeting, as_of, today)
    pack = assemble_pack(ctx, meeting, today=today, as_of=as_of)
    return _render_for(
        ctx, pack, options, "", replace_missing_glyphs=replace_missing_glyphs, progress=progress
    )


def _render_for(
    ctx: ServiceContext,
    pack: BriefingPack,
    options: PackOptions,
    audience_side: str,
    *,
    replace_missing_glyphs: bool = False,
    progress: Callable[[int], None] | None = None,
) -> RenderedPack:
    """Render ``pack`` for readers of ``audience_side`` ("" when unknown): without the documents they may
    not see, and with the attached PDFs appended when the options ask for it."""
    pack = for_audience(pack, audience_side=audience_side, internal=options.internal)
    appended: list[tuple[str, bytes]] = []
    if options.append_documents:
        pack, appended = _appendix(ctx, pack)
    from dialogue_planner.reports.pack import render_pack  # here: ReportLab loads on the rendering thread

    result = render_pack(pack, options, replace_missing_glyphs=replace_missing_glyphs, progress=progress)
    if not appended:
        return result
    title = _ATTACHED_TITLE.get(options.language.value, _ATTACHED_TITLE["en"])
    pdf, added = append_documents(result.pdf, appended, title)
    return RenderedPack(pdf, result.pages + added, result.passes, result.replaced)


_ATTACHED_TITLE = {"en": "Attached documents", "zh": "附带文件", "bilingual": "Attached documents / 附带文件"}


def _appendix(ctx: ServiceContext, pack: BriefingPack) -> tuple[BriefingPack, list[tuple[str, bytes]]]:
    """The pack with each listed document's append state, and the PDFs to append (checked), in order."""
    listed = listed_documents(pack)
    contents = document_contents(
        ctx, [e.document.id for e in listed if e.document.media_type == PDF_MEDIA_TYPE]
    )
    states: dict[int, AppendState] = {}
    appended: list[tuple[str, bytes]] = []
    for entry in listed:
        d = entry.document
        if d.media_type != PDF_MEDIA_TYPE:
            states[d.id] = AppendState.NOT_PDF
            continue
        checked = readable_pdf(contents[d.id]) if d.id in contents else None
        if checked is None:
            states[d.id] = AppendState.FAILED
            continue
        states[d.id] = AppendState.APPENDED
        appended.append((f"{d.name} ({entry.attached_to})", checked))
    return with_append_states(pack, states), appended


@dataclass(frozen=True)
class ExportedPack:
    rendered: RenderedPack
    path: Path
    archived: ArchivedPackRecord | None  # None when the caller may not write (a viewer, a read-only file)


def export_pack(
    ctx: ServiceContext,
    meeting: int,
    options: PackOptions,
    out: Path,
    *,
    replace_missing_glyphs: bool = False,
    today: date | None = None,
    as_of: date | None = None,
) -> ExportedPack:
    """Render a meeting's pack, write it to ``out`` and archive the bytes written (see save_export)."""
    as_of = resolve_as_of(ctx, meeting, as_of, today)
    result = render_meeting_pack(
        ctx,
        meeting,
        options,
        replace_missing_glyphs=replace_missing_glyphs,
        today=today,
        as_of=as_of,
    )
    return ExportedPack(result, Path(out), save_export(ctx, meeting, result.pdf, options, out, as_of=as_of))


def save_export(
    ctx: ServiceContext,
    meeting: int,
    pdf: bytes,
    options: PackOptions,
    out: Path | str,
    *,
    as_of: date | None = None,
) -> ArchivedPackRecord | None:
    """Write an exported pack and archive its bytes; either both happen or, when the archive refuses,
    no file is left. A caller who may not write the database gets the file without an archive entry."""
    out = Path(out)
    write_file(out, pdf)
    if not can_archive(ctx):
        return None
    try:
        return archive_export(ctx, meeting, pdf, options, as_of=as_of, file_name=str(out))
    except BaseException:
        out.unlink(missing_ok=True)
        raise


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
    language_from_recipient: bool = False,
    replace_missing_glyphs: bool = False,
    today: date | None = None,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[IssuedCopy]:
    """One PDF per recipient beside ``out`` ("pack.pdf" gives "pack-copy01of03-KEY.pdf" ...), each marked
    "Copy k of n" with the recipient's name and the run's batch, version and time, one distribution-log
    line per copy and every copy archived. Either every copy is written, logged and archived, or none is.
    ``paper_from_recipient`` and ``language_from_recipient``: each copy on its recipient side's paper and
    in its language (the side's briefing defaults)."""
    ctx.require(Role.SECRETARIAT)
    if not recipients:
        raise ValidationError(msg("Name at least one recipient for numbered copies."))
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        people: list[tuple[int, str, str, str, str, str]] = []
        for key in recipients:
            d = find_delegate(s, key)
            if any(p[0] == d.id for p in people):
                raise ValidationError(
                    msg(
                        "{latin_name} is named twice; one copy each.",
                        latin_name=latin_name(d.family_name, d.given_name),
                    )
                )
            name = latin_name(d.family_name, d.given_name)
            if d.native_name and d.native_name != name:
                name = f"{name} {d.native_name}"
            side = d.agency.side
            people.append(
                (d.id, name, delegate_key(d), side.paper_size or "a4", side_language(side), side.code)
            )
        meeting_by_number(s, dialogue_id, meeting)
    as_of = resolve_as_of(ctx, meeting, as_of, today)
    pack = assemble_pack(ctx, meeting, today=today, as_of=as_of)
    run = next_issue_run(ctx, meeting)
    options = replace(options, batch=run.batch, version=run.version, issued_at=run.issued_at)
    total = len(people)
    out = Path(out)
    stem = out.stem if out.suffix.lower() == ".pdf" else out.name
    folder = out.parent
    rendered: list[tuple[int, str, str, str, Path, bytes, PackOptions]] = []
    for k, (delegate_id, name, key, paper, language, side_code) in enumerate(people, start=1):
        copy_options = replace(options.for_copy(k, total, name), recipient_side=side_code)
        if paper_from_recipient:
            copy_options = PackOptions(**{**copy_options.__dict__, "paper": paper})
        if language_from_recipient:
            copy_options = PackOptions(**{**copy_options.__dict__, "language": language})
        # A copy goes to its recipient's side: it shows what that side may see, and nothing kept to the other.
        result = _render_for(
            ctx, pack, copy_options, side_code, replace_missing_glyphs=replace_missing_glyphs
        )
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
        return _log_copies(ctx, meeting, rendered, run, as_of)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _log_copies(
    ctx: ServiceContext, meeting: int, rendered, run: IssueRun, as_of: date | None
) -> list[IssuedCopy]:
    batch = run.batch
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
                issued_at=run.issued_at,
                issued_by=ctx.user.login,
            )
            tx.session.add(row)
            rows.append((row, path))
        tx.session.flush()
        store_run(
            tx,
            meeting,
            run,
            [
                PackToArchive(pdf, options, str(path), key, row.id)
                for (_id, _name, key, _paper, _path, pdf, options), (row, path) in zip(
                    rendered, rows, strict=True
                )
            ],
            kind="copy",
            as_of=as_of,
        )
        for row, path in rows:
            tx.audit(
                "briefing.issue_copy",
                row,
                summary=f"copy {row.copy_number} of {row.copies_total} (batch {row.batch}, version "
                f"{run.version}) of the meeting {meeting} pack to {row.recipient_name}",
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
    "ExportedPack",
    "IssuedCopy",
    "assemble_pack",
    "contact_rows",
    "default_language",
    "default_paper",
    "distribution_log",
    "export_pack",
    "issue_copies",
    "pack_as_of",
    "render_meeting_pack",
    "resolve_as_of",
    "save_export",
    "write_file",
]
