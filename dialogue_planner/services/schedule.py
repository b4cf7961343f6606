"""The semiannual schedule: date proposals for the coming windows, compliance, calendar export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dialogue_planner.domain.compliance import ComplianceReport, check_compliance
from dialogue_planner.domain.dialogue_life import assign_window, cadence_on, iter_life_windows, life_windows
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import EARLIEST_DAY, LATEST_DAY, check_optional_day
from dialogue_planner.domain.meetings import SCHEDULING_STATUSES, MeetingRecord
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.proposals import (
    PreviousMeeting,
    Proposal,
    ProposalSettings,
    SideCalendar,
    propose,
)
from dialogue_planner.domain.records import DialogueRecord
from dialogue_planner.domain.vocabulary import MeetingStatus, Role
from dialogue_planner.domain.windows import Window
from dialogue_planner.domain.working_days import year_calendar
from dialogue_planner.storage.models import Dialogue, Meeting

from .blackouts import list_blackouts
from .context import ServiceContext, snapshot
from .info import current_dialogue
from .mapping import dialogue_record
from .meetings import UID_DOMAIN, get_meeting, list_meetings, meeting_record, side_codes

MAX_PROPOSALS = 100
#: Statuses that fill a window, so that no date is proposed for it.
FILLING = frozenset({*SCHEDULING_STATUSES, MeetingStatus.HELD})


@dataclass(frozen=True)
class SchedulePlan:
    """Proposals for the next windows without a meeting, and where each side last hosted."""

    proposals: tuple[Proposal, ...]
    host_cities: dict[str, str]


def _sides(dialogue: DialogueRecord) -> tuple[SideCalendar, SideCalendar]:
    return tuple(SideCalendar(s.code, s.holiday_country or s.code) for s in dialogue.sides)  # type: ignore


def read_calendars(ctx: ServiceContext, *, today: date | None = None) -> None:
    """Both sides' public holidays of this year read and cached (``working_days.year_calendar``). The first
    reading imports the countries' calendars, 30-60 ms of Python: the window's warm-up reads them after the
    first page's loads, not the first page load that needs them beside the user's clicks (issue 19)."""
    year = (today or date.today()).year
    for side in _sides(current_dialogue(ctx)):
        year_calendar(side.country, year)


def proposal_settings(dialogue: DialogueRecord) -> ProposalSettings:
    return ProposalSettings(
        travel_days=dialogue.travel_days,
        min_spacing_days=dialogue.min_spacing_days,
        preferred_position=dialogue.preferred_position,
        meeting_length_days=dialogue.meeting_length_days,
    )


def host_cities(meetings: list[MeetingRecord]) -> dict[str, str]:
    """The city each side hosted its latest meeting in (held or planned), to prefill new meetings."""
    cities: dict[str, str] = {}
    for meeting in sorted(meetings, key=lambda m: (m.start, m.number)):
        if meeting.status != MeetingStatus.CANCELLED and meeting.city:
            cities[meeting.host] = meeting.city
    return cities


def propose_dates(
    ctx: ServiceContext,
    *,
    from_date: date | None = None,
    count: int = 4,
    settings: ProposalSettings | None = None,
) -> SchedulePlan:
    """Dates for the next ``count`` windows (from the one ``from_date`` falls in) that have no planned,
    confirmed or held meeting, spaced from and alternating with the meetings around them. ``settings``
    overrides the dialogue's stored preferences for this run only."""
    if not 1 <= count <= MAX_PROPOSALS:
        raise ValidationError(
            msg("Ask for between 1 and {max_proposals} proposals.", max_proposals=MAX_PROPOSALS)
        )
    from_date = check_optional_day(from_date, "date to plan from") or date.today()
    dialogue = current_dialogue(ctx)
    meetings = list_meetings(ctx)
    blackouts = tuple(b.period for b in list_blackouts(ctx))
    settings = (settings or proposal_settings(dialogue)).check()
    sides = _sides(dialogue)
    if dialogue.ended_on is not None and from_date > dialogue.ended_on:
        return SchedulePlan((), host_cities(meetings))  # an ended dialogue meets no more
    life = {
        "base": dialogue.meetings_per_year,
        "established_on": dialogue.established_on,
        "steps": dialogue.cadence,
    }
    horizon = life_windows(**life, last_day=max([from_date, *(m.start for m in meetings)]))
    filling = [m for m in meetings if m.status in FILLING]
    filled = {assign_window(m.window, m.start, horizon, cadence_on(m.start, **life)) for m in filling}
    deadline = dialogue.first_meeting_deadline if not filling else None
    not_before = max(from_date, dialogue.established_on)
    targets: list[Window] = []
    for window in iter_life_windows(**life):
        if (
            len(targets) >= count
            or window.start > LATEST_DAY
            or (dialogue.ended_on is not None and window.start > dialogue.ended_on)
        ):
            break
        if window.end >= not_before and window not in filled:
            targets.append(window)
    existing = [PreviousMeeting(m.start, m.host, m.number) for m in filling]
    proposals = propose(
        targets,
        sides,
        blackouts=blackouts,
        settings=settings,
        existing=existing,
        not_before=not_before,
        first_deadline=deadline,
        not_after=dialogue.ended_on,
    )
    return SchedulePlan(tuple(proposals), host_cities(meetings))


def update_schedule_settings(
    ctx: ServiceContext,
    *,
    travel_days: int | None = None,
    min_spacing_days: int | None = None,
    preferred_position: str | None = None,
    meeting_length_days: int | None = None,
    expected_version: int | None = None,
) -> DialogueRecord:
    """Store the dialogue's scheduling preferences (what is None stays as it is)."""
    with ctx.write(Role.SECRETARIAT) as tx:
        dialogue = tx.get(
            Dialogue, ctx.require_dialogue(), expected_version=expected_version, what="dialogue"
        )
        before = snapshot(dialogue)
        wanted = ProposalSettings(
            travel_days=dialogue.travel_days if travel_days is None else travel_days,
            min_spacing_days=dialogue.min_spacing_days if min_spacing_days is None else min_spacing_days,
            preferred_position=dialogue.preferred_position
            if preferred_position is None
            else preferred_position.strip().lower(),
            meeting_length_days=dialogue.meeting_length_days
            if meeting_length_days is None
            else meeting_length_days,
        ).check()
        dialogue.travel_days = wanted.travel_days
        dialogue.min_spacing_days = wanted.min_spacing_days
        dialogue.preferred_position = wanted.preferred_position
        dialogue.meeting_length_days = wanted.meeting_length_days
        if snapshot(dialogue) != before:
            tx.audit("dialogue.schedule_settings", dialogue, before, summary="scheduling preferences")
        tx.session.flush()
        return dialogue_record(dialogue)


def check_schedule(ctx: ServiceContext, *, as_of: date | None = None) -> ComplianceReport:
    """Each window's compliance as of a date (default today), the first-meeting deadline, and the meetings
    needing attention (unrecorded after their date, or on a day off of either side)."""
    return schedule_view(ctx, as_of=as_of).report


@dataclass(frozen=True)
class ScheduleView:
    """What the Schedule page shows, read at once: the dialogue, its meetings, their compliance."""

    dialogue: DialogueRecord
    meetings: tuple[MeetingRecord, ...]
    report: ComplianceReport


def schedule_view(ctx: ServiceContext, *, as_of: date | None = None) -> ScheduleView:
    check_optional_day(as_of, "date to judge from")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        dialogue = dialogue_record(s.get_one(Dialogue, dialogue_id))
        codes = side_codes(s)
        rows = s.scalars(select(Meeting).where(Meeting.dialogue_id == dialogue_id).order_by(Meeting.number))
        meetings = tuple(meeting_record(m, codes) for m in rows)
    blackouts = tuple(b.period for b in list_blackouts(ctx))
    report = check_compliance(
        list(meetings),
        established_on=dialogue.established_on,
        per_year=dialogue.meetings_per_year,
        as_of=as_of or date.today(),
        first_deadline=dialogue.first_meeting_deadline,
        ended_on=dialogue.ended_on,
        sides=_sides(dialogue),
        blackouts=blackouts,
        cadence=dialogue.cadence,
    )
    return ScheduleView(dialogue, meetings, report)


def calendar_bytes(ctx: ServiceContext, *, number: int | None = None, commitments: bool = False) -> bytes:
    """The iCalendar file of every meeting, or of meeting ``number`` only; with ``commitments``, also the
    due dates of the commitments (of that meeting only, with ``number``), each with an alarm."""
    # Imported here: icalendar takes a tenth of a second to import, and the Schedule page's module is
    # loaded before the Overview is filled in.
    from dialogue_planner.interchange.calendar_ics import export_calendar

    dialogue = current_dialogue(ctx)
    meetings = [get_meeting(ctx, number)] if number is not None else list_meetings(ctx)
    for m in meetings:  # stored by an earlier version that did not check dates
        if not (EARLIEST_DAY <= m.start <= LATEST_DAY and EARLIEST_DAY <= m.end <= LATEST_DAY):
            raise ValidationError(
                msg(
                    "Meeting {number} is dated {start}, outside {earliest_day} to {latest_day}: correct its date before exporting the calendar.",
                    number=m.number,
                    start=m.start.isoformat(),
                    earliest_day=EARLIEST_DAY.isoformat(),
                    latest_day=LATEST_DAY.isoformat(),
                )
            )
    due = []
    if commitments:
        from .commitments import list_commitments

        due = [c for c in list_commitments(ctx, meeting=number) if c.due_on is not None]
        for c in due:  # stored by an earlier version (an action item) that did not check dates
            if c.due_on is not None and not EARLIEST_DAY <= c.due_on <= LATEST_DAY:
                raise ValidationError(
                    msg(
                        "Commitment {id} is due {due_on}, outside {earliest_day} to {latest_day}: correct its due date before exporting.",
                        id=c.id,
                        due_on=c.due_on.isoformat(),
                        earliest_day=EARLIEST_DAY.isoformat(),
                        latest_day=LATEST_DAY.isoformat(),
                    )
                )
    return export_calendar(
        meetings,
        dialogue_name=dialogue.short_name or dialogue.name_en,
        side_zones={s.code: s.time_zone for s in dialogue.sides},
        commitments=due,
        uid_domain=UID_DOMAIN,
    )
