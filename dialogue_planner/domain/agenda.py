"""Agenda items and the carry-over rules: nothing unresolved is forgotten.

An item is settled (resolved, withdrawn with a reason), carried (a copy continues on a later agenda), or
still open on some agenda. Closing a held meeting carries each unsettled item to the next open meeting as
a new link of its chain; cancelling or postponing a meeting moves items on without a new link. These
functions only plan; the services apply the plans in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_line, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import AgendaSource, AgendaStatus, CommitmentStatus, MeetingStatus

#: Meetings that can still take agenda items.
OPEN_MEETING_STATUSES = frozenset(
    {MeetingStatus.PLANNED.value, MeetingStatus.CONFIRMED.value, MeetingStatus.POSTPONED.value}
)
#: Items still to be dealt with: carried at close, moved on when their meeting is called off.
UNSETTLED_STATUSES = frozenset({AgendaStatus.OPEN.value, AgendaStatus.DISCUSSED.value})
#: Items whose story ends on their agenda.
SETTLED_STATUSES = frozenset({AgendaStatus.RESOLVED.value, AgendaStatus.WITHDRAWN.value})


@dataclass(frozen=True)
class MeetingState:
    id: int
    number: int
    status: str
    planned_start: date
    closed: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_MEETING_STATUSES


@dataclass(frozen=True)
class ItemState:
    id: int
    meeting_id: int
    status: str
    carried_from_id: int | None = None
    first_raised_meeting_id: int | None = None
    times_carried: int = 0
    title: str = ""
    #: A standing item recurs by itself: every meeting gets its own, so it is never carried or moved.
    standing: bool = False

    @property
    def origin_meeting_id(self) -> int:
        return self.first_raised_meeting_id or self.meeting_id


@dataclass(frozen=True)
class Carry:
    """One item leaving ``from_meeting_id`` for ``to_meeting_id``; ``new_link`` when it becomes a new item."""

    item_id: int
    title: str
    from_meeting_id: int
    to_meeting_id: int
    new_link: bool
    times_carried: int
    first_raised_meeting_id: int


def next_open_meeting(meetings: list[MeetingState], after: MeetingState) -> MeetingState | None:
    """The first open meeting planned after ``after`` (same day: higher number), never ``after`` itself."""
    key = (after.planned_start, after.number)
    later = [m for m in meetings if m.is_open and m.id != after.id and (m.planned_start, m.number) > key]
    return min(later, key=lambda m: (m.planned_start, m.number), default=None)


def plan_close(meeting: MeetingState, meetings: list[MeetingState], items: list[ItemState]) -> list[Carry]:
    """What closing ``meeting`` carries: each unsettled item of it, to the next open meeting.

    A closed meeting carries nothing (closing twice carries nothing twice). A cancelled meeting cannot be
    closed; with unsettled items and no open meeting after it, closing is refused so nothing is stranded.
    Standing items are not carried: the next meeting has its own (see :func:`standing_to_settle`).
    """
    if meeting.closed:
        return []
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise ValidationError(
            msg(
                "Meeting {number} was cancelled; a cancelled meeting cannot be closed.", number=meeting.number
            )
        )
    unsettled = [
        i for i in items if i.meeting_id == meeting.id and i.status in UNSETTLED_STATUSES and not i.standing
    ]
    if not unsettled:
        return []
    target = next_open_meeting(meetings, meeting)
    if target is None:
        raise ValidationError(
            msg(
                "Meeting {number} has {count} unresolved agenda item(s) and there is no open meeting after it to carry them to: plan the next meeting first, or resolve or withdraw them.",
                number=meeting.number,
                count=len(unsettled),
            )
        )
    return [
        Carry(
            item_id=i.id,
            title=i.title,
            from_meeting_id=meeting.id,
            to_meeting_id=target.id,
            new_link=True,
            times_carried=i.times_carried + 1,
            first_raised_meeting_id=i.origin_meeting_id,
        )
        for i in unsettled
    ]


def check_closable(meeting: MeetingState, first_day: date, today: date) -> None:
    """Closing marks a meeting held, so it is refused for a cancelled meeting and before the meeting's first
    day: checked before any preview, so that a preview never promises what closing would refuse."""
    if meeting.closed or meeting.status == MeetingStatus.HELD.value:
        return
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise ValidationError(
            msg(
                "Meeting {number} was cancelled; a cancelled meeting cannot be closed.", number=meeting.number
            )
        )
    if first_day > today:
        raise ValidationError(
            msg(
                "Meeting {number} starts on {first_day}: it can be closed and its items carried over once it has taken place.",
                number=meeting.number,
                first_day=first_day.isoformat(),
            )
        )


def stranded_by_cancelling(
    meeting: MeetingState, meetings: list[MeetingState], items: list[ItemState]
) -> list[ItemState]:
    """Unresolved items that stay on ``meeting``'s agenda when it is cancelled because no open meeting
    follows it: nothing is lost, and the Agenda page asks for them to be moved once one is planned."""
    if next_open_meeting(meetings, meeting) is not None:
        return []
    return [
        i for i in items if i.meeting_id == meeting.id and i.status in UNSETTLED_STATUSES and not i.standing
    ]


def plan_called_off(
    meeting: MeetingState, meetings: list[MeetingState], items: list[ItemState]
) -> list[Carry]:
    """What to move on when ``meeting`` is cancelled or postponed.

    Items carried to it move on to the next open meeting. When it is cancelled, its own new items move on
    too (nothing will be discussed there). A postponed meeting keeps its own new items: it still takes
    place. With no open meeting after it, nothing moves and the items wait where they are.
    """
    cancelled = meeting.status == MeetingStatus.CANCELLED.value
    moving = [
        i
        for i in items
        if i.meeting_id == meeting.id
        and i.status in UNSETTLED_STATUSES
        and not i.standing
        and (cancelled or i.carried_from_id is not None)
    ]
    if not moving:
        return []
    target = next_open_meeting(meetings, meeting)
    if target is None:
        return []
    return [
        Carry(
            item_id=i.id,
            title=i.title,
            from_meeting_id=meeting.id,
            to_meeting_id=target.id,
            new_link=False,
            times_carried=i.times_carried,
            first_raised_meeting_id=i.origin_meeting_id,
        )
        for i in moving
    ]


def standing_to_settle(meeting: MeetingState, items: list[ItemState]) -> list[int]:
    """Standing items of a closing meeting still open: they were reviewed there and recur at the next
    meeting as its own standing items, so they are marked discussed rather than carried."""
    if meeting.closed:
        return []
    return [
        i.id
        for i in items
        if i.meeting_id == meeting.id and i.standing and i.status == AgendaStatus.OPEN.value
    ]


def check_move(item: ItemState, target: MeetingState, *, copy: bool = False) -> None:
    """A hand move (or copy) of an item to a chosen meeting: only unsettled items, only to open meetings."""
    if not target.is_open:
        raise ValidationError(
            msg(
                "Meeting {number} is {status}; choose an open meeting.",
                number=target.number,
                status=target.status,
            )
        )
    if target.id == item.meeting_id and not copy:
        raise ValidationError(msg("The item is already on meeting {number}'s agenda.", number=target.number))
    if not copy and item.status not in UNSETTLED_STATUSES:
        raise ValidationError(
            msg("The item is {status}; only open or discussed items can be moved.", status=item.status)
        )


def check_title(title: str) -> str:
    title = check_line(title, "title", 2000)
    if not title:
        raise ValidationError(msg("An agenda item needs a title."))
    return title


def check_status_change(current: str, new: str, *, outcome: str = "", reason: str = "") -> str:
    """The allowed changes of an item's status on its own agenda; returns the new status word."""
    word = AgendaStatus.parse(new, "agenda item status").value
    if current == AgendaStatus.CARRIED.value:
        raise ValidationError(msg("The item was carried over; change the copy on the later agenda instead."))
    if word == AgendaStatus.CARRIED.value:
        raise ValidationError(msg("Items are carried over by closing their meeting or moving them."))
    if word == current:
        raise ValidationError(msg("The item is already {current}.", current=current))
    if word == AgendaStatus.RESOLVED.value and not (outcome or "").strip():
        raise ValidationError(msg("Record the outcome that resolved the item."))
    if word == AgendaStatus.WITHDRAWN.value and not (reason or "").strip():
        raise ValidationError(
            msg("Say why the item is withdrawn: nothing leaves the agenda without a reason.")
        )
    return word


def check_source(source: str) -> str:
    return AgendaSource.parse(source, "agenda item source").value


def check_action(description: str, status: str) -> tuple[str, str]:
    description = check_text(description, "description")
    if not description:
        raise ValidationError(msg("An action item needs a description."))
    return description, CommitmentStatus.parse((status or "").replace(" ", "-"), "action status").value


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    agenda_item_id: int
    description: str
    owner_side: str
    owner_agency: str
    owner_name: str
    due_on: date | None
    status: str
    completed_on: date | None
    version: int


@dataclass(frozen=True)
class ChainLink:
    """One meeting an item's chain passed through, oldest first."""

    item_id: int
    meeting_number: int
    status: str
    outcome: str


@dataclass(frozen=True)
class AgendaItemRecord:
    id: int
    meeting_id: int
    meeting_number: int
    position: int
    title: str
    title_zh: str
    source: str
    owner_side: str
    owner_agency: str
    briefing_note: str
    status: str
    outcome: str
    withdraw_reason: str
    carried_from_id: int | None
    first_raised_meeting_number: int
    times_carried: int
    version: int
    requests: tuple[str, ...] = ()
    escalations: tuple[str, ...] = ()
    actions: tuple[ActionItemRecord, ...] = ()
    history: tuple[ChainLink, ...] = field(default_factory=tuple)
    briefing_note_zh: str = ""
    outcome_zh: str = ""


@dataclass(frozen=True)
class CarryOverResult:
    """What closing (or calling off) a meeting moved, for the preview and for the screens to redraw."""

    meeting_number: int
    marked_held: bool
    already_closed: bool
    target_meeting_number: int | None
    moved: tuple[Carry, ...]
    #: The new items created on the target agenda, in the order of ``moved`` (empty for plain moves).
    new_item_ids: tuple[int, ...] = ()
    #: Titles of unresolved items that stay where they are (a cancelled meeting with no open one after it).
    stranded: tuple[str, ...] = ()
