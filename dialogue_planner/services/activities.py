"""Activities between meetings: tabletop exercises, expert seminars, hotline tests, working-level calls and
visits that belong to the dialogue but are not meetings (issue 15).

Participants are delegates (named by external id, email or id), linked commitments are the dialogue's
commitments. Every row written is audited whole (link rows too), so the changes can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from dialogue_planner.domain import commitments as rules
from dialogue_planner.domain.commitments import ActivityRecord
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_day, check_line, check_record_number, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import latin_name
from dialogue_planner.domain.vocabulary import MeetingStatus, Role
from dialogue_planner.storage.models import (
    Activity,
    Commitment,
    Delegate,
    Meeting,
    activity_commitment,
    activity_participant,
)

from .context import ServiceContext, Transaction, snapshot
from .lookup import find_delegate, meeting_by_number

MAX_PLACE = 400
MAX_LINKS = 500


@dataclass(frozen=True)
class SinceLastMeeting:
    """The activities after the previous meeting and before ``meeting`` (for the pack's "Since the last
    meeting"); ``previous_meeting`` is None when ``meeting`` is the first."""

    meeting: int
    previous_meeting: int | None
    start: date | None  # the day after the previous meeting's last day
    end: date  # the day before ``meeting`` starts
    activities: tuple[ActivityRecord, ...]


def _records(s: Session, rows: list[Activity]) -> list[ActivityRecord]:
    if not rows:
        return []
    ids = [a.id for a in rows]
    people: dict[int, list[tuple[int, str]]] = {}
    for activity_id, d in s.execute(
        select(activity_participant.c.activity_id, Delegate)
        .join(Delegate, Delegate.id == activity_participant.c.delegate_id)
        .where(activity_participant.c.activity_id.in_(ids))
        .order_by(Delegate.family_name, Delegate.given_name, Delegate.id)
    ):
        people.setdefault(activity_id, []).append((d.id, latin_name(d.family_name, d.given_name)))
    linked: dict[int, list[int]] = {}
    for activity_id, commitment_id in s.execute(
        select(activity_commitment.c.activity_id, activity_commitment.c.commitment_id)
        .where(activity_commitment.c.activity_id.in_(ids))
        .order_by(activity_commitment.c.commitment_id)
    ):
        linked.setdefault(activity_id, []).append(commitment_id)
    return [
        ActivityRecord(
            id=a.id,
            kind=a.kind,
            start_on=a.start_on,
            end_on=a.end_on,
            place=a.place or "",
            participants=tuple(name for _, name in people.get(a.id, ())),
            participant_ids=tuple(i for i, _ in people.get(a.id, ())),
            summary_en=a.summary_en or "",
            summary_zh=a.summary_zh or "",
            commitment_ids=tuple(linked.get(a.id, ())),
            version=a.version,
        )
        for a in rows
    ]


def _activity(tx: Transaction, activity_id: int, expected_version: int | None = None) -> Activity:
    check_record_number(activity_id, "activity id")
    row = tx.session.get(Activity, activity_id)
    if row is None or row.dialogue_id != tx.ctx.require_dialogue():
        raise NotFoundError(
            msg(
                "No activity with id {activity_id} in this dialogue: choose one from the list of activities.",
                activity_id=activity_id,
            )
        )
    return tx.get(Activity, activity_id, expected_version=expected_version, what="activity")


def _delegates(s: Session, keys: Iterable[str]) -> list[Delegate]:
    found: dict[int, Delegate] = {}
    for key in keys:
        d = find_delegate(s, key)
        found.setdefault(d.id, d)
    return list(found.values())


def _commitments(s: Session, dialogue_id: int, ids: Iterable[int]) -> list[int]:
    wanted = sorted({check_record_number(i, "commitment id") for i in ids})
    if not wanted:
        return []
    known = set(
        s.scalars(
            select(Commitment.id)
            .join(Meeting, Meeting.id == Commitment.meeting_id)
            .where(Meeting.dialogue_id == dialogue_id, Commitment.id.in_(wanted))
        )
    )
    missing = [i for i in wanted if i not in known]
    if missing:
        raise NotFoundError(
            msg(
                "No commitment with id {value} in this dialogue: choose one from the list of commitments.",
                value=missing[0],
            )
        )
    return wanted


def _check_many(values, what: str) -> list:
    values = list(values or ())
    if len(values) > MAX_LINKS:
        raise ValidationError(
            msg(
                "{count:,} {what} given; an activity may have at most {max_links}.",
                count=len(values),
                what=what,
                max_links=MAX_LINKS,
            )
        )
    return values


def _link(tx: Transaction, table, action: str, values: dict) -> None:
    tx.session.execute(insert(table).values(**values))
    tx.audit(action, entity=table.name, after=values)


def _unlink(tx: Transaction, table, action: str, values: dict) -> None:
    tx.session.execute(delete(table).where(*(table.c[k] == v for k, v in values.items())))
    tx.audit(action, entity=table.name, before=values)


def add_activity(
    ctx: ServiceContext,
    *,
    kind: str,
    start: date,
    end: date | None = None,
    place: str = "",
    participants: Iterable[str] = (),
    summary_en: str = "",
    summary_zh: str = "",
    commitments: Iterable[int] = (),
) -> ActivityRecord:
    dialogue_id = ctx.require_dialogue()
    kind = rules.parse_kind(kind)
    check_day(start, "start date")
    if end is not None:
        check_day(end, "end date")
    rules.check_activity_dates(start, end)
    place = check_line(place, "place", MAX_PLACE)
    summary_en, summary_zh = (
        check_text(summary_en, "English summary"),
        check_text(summary_zh, "Chinese summary"),
    )
    participants = _check_many(participants, "participants")
    commitments = _check_many(commitments, "commitments")
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        people = _delegates(s, participants)
        linked = _commitments(s, dialogue_id, commitments)
        row = Activity(
            dialogue_id=dialogue_id,
            kind=kind,
            start_on=start,
            end_on=end,
            place=place,
            summary_en=summary_en,
            summary_zh=summary_zh,
        )
        s.add(row)
        tx.audit("activity.add", row)
        for d in people:
            _link(
                tx,
                activity_participant,
                "activity.link_participant",
                {"activity_id": row.id, "delegate_id": d.id},
            )
        for commitment_id in linked:
            _link(
                tx,
                activity_commitment,
                "activity.link_commitment",
                {"activity_id": row.id, "commitment_id": commitment_id},
            )
        return _records(s, [row])[0]


def update_activity(
    ctx: ServiceContext,
    activity_id: int,
    *,
    kind: str | None = None,
    start: date | None = None,
    end: date | None = None,
    clear_end: bool = False,
    place: str | None = None,
    summary_en: str | None = None,
    summary_zh: str | None = None,
    add_participants: Iterable[str] = (),
    remove_participants: Iterable[str] = (),
    add_commitments: Iterable[int] = (),
    remove_commitments: Iterable[int] = (),
    expected_version: int | None = None,
) -> ActivityRecord:
    dialogue_id = ctx.require_dialogue()
    kind = rules.parse_kind(kind) if kind is not None else None
    if start is not None:
        check_day(start, "start date")
    if end is not None:
        check_day(end, "end date")
    place = check_line(place, "place", MAX_PLACE) if place is not None else None
    summary_en = check_text(summary_en, "English summary") if summary_en is not None else None
    summary_zh = check_text(summary_zh, "Chinese summary") if summary_zh is not None else None
    add_participants = _check_many(add_participants, "participants")
    remove_participants = _check_many(remove_participants, "participants")
    add_commitments = _check_many(add_commitments, "commitments")
    remove_commitments = _check_many(remove_commitments, "commitments")
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        row = _activity(tx, activity_id, expected_version)
        before = snapshot(row)
        new_start = start if start is not None else row.start_on
        new_end = None if clear_end else end if end is not None else row.end_on
        rules.check_activity_dates(new_start, new_end)
        row.start_on, row.end_on = new_start, new_end
        if kind is not None:
            row.kind = kind
        if place is not None:
            row.place = place
        if summary_en is not None:
            row.summary_en = summary_en
        if summary_zh is not None:
            row.summary_zh = summary_zh
        if snapshot(row) != before:
            tx.audit("activity.update", row, before)
        current_people = set(
            s.scalars(
                select(activity_participant.c.delegate_id).where(activity_participant.c.activity_id == row.id)
            )
        )
        for d in _delegates(s, remove_participants):
            if d.id not in current_people:
                raise ValidationError(
                    msg(
                        "{latin_name} does not take part in activity {activity_id}.",
                        latin_name=latin_name(d.family_name, d.given_name),
                        activity_id=activity_id,
                    )
                )
            _unlink(
                tx,
                activity_participant,
                "activity.unlink_participant",
                {"activity_id": row.id, "delegate_id": d.id},
            )
            current_people.discard(d.id)
        for d in _delegates(s, add_participants):
            if d.id not in current_people:
                _link(
                    tx,
                    activity_participant,
                    "activity.link_participant",
                    {"activity_id": row.id, "delegate_id": d.id},
                )
                current_people.add(d.id)
        current_links = set(
            s.scalars(
                select(activity_commitment.c.commitment_id).where(activity_commitment.c.activity_id == row.id)
            )
        )
        for commitment_id in _commitments(s, dialogue_id, remove_commitments):
            if commitment_id not in current_links:
                raise ValidationError(
                    msg(
                        "Commitment {commitment_id} is not linked to activity {activity_id}.",
                        commitment_id=commitment_id,
                        activity_id=activity_id,
                    )
                )
            _unlink(
                tx,
                activity_commitment,
                "activity.unlink_commitment",
                {"activity_id": row.id, "commitment_id": commitment_id},
            )
            current_links.discard(commitment_id)
        for commitment_id in _commitments(s, dialogue_id, add_commitments):
            if commitment_id not in current_links:
                _link(
                    tx,
                    activity_commitment,
                    "activity.link_commitment",
                    {"activity_id": row.id, "commitment_id": commitment_id},
                )
                current_links.add(commitment_id)
        if not tx.changed:  # nothing audited: nothing was asked to change
            raise ValidationError(
                msg("Nothing to change: give a new kind, date, place, summary, participant or commitment.")
            )
        return _records(s, [row])[0]


def get_activity(ctx: ServiceContext, activity_id: int) -> ActivityRecord:
    dialogue_id = ctx.require_dialogue()
    check_record_number(activity_id, "activity id")
    with ctx.read() as s:
        row = s.get(Activity, activity_id)
        if row is None or row.dialogue_id != dialogue_id:
            raise NotFoundError(
                msg(
                    "No activity with id {activity_id} in this dialogue: choose one from the list of activities.",
                    activity_id=activity_id,
                )
            )
        return _records(s, [row])[0]


def list_activities(
    ctx: ServiceContext, *, since: date | None = None, until: date | None = None, kind: str | None = None
) -> list[ActivityRecord]:
    """The dialogue's activities by start date; ``since``/``until`` bound the start date (both included)."""
    dialogue_id = ctx.require_dialogue()
    query = select(Activity).where(Activity.dialogue_id == dialogue_id)
    if since is not None:
        query = query.where(Activity.start_on >= check_day(since, "since date"))
    if until is not None:
        query = query.where(Activity.start_on <= check_day(until, "until date"))
    if kind:
        query = query.where(Activity.kind == rules.parse_kind(kind))
    with ctx.read() as s:
        return _records(s, list(s.scalars(query.order_by(Activity.start_on, Activity.id))))


def _last_day(m: Meeting) -> date:
    return (m.actual_end or m.actual_start) if m.actual_start else m.planned_end


def activities_since_last_meeting(ctx: ServiceContext, meeting: int) -> SinceLastMeeting:
    """The activities that started after the previous meeting (the last one before ``meeting`` that was not
    cancelled) ended and before ``meeting`` starts: plain records for the pack's "Since the last meeting"."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        first = m.actual_start or m.planned_start
        earlier = [
            o
            for o in s.scalars(
                select(Meeting).where(
                    Meeting.dialogue_id == dialogue_id,
                    Meeting.id != m.id,
                    Meeting.status != MeetingStatus.CANCELLED.value,
                )
            )
            if (o.actual_start or o.planned_start) < first
        ]
        previous = max(earlier, key=lambda o: (o.actual_start or o.planned_start, o.number), default=None)
        start = _last_day(previous) + timedelta(days=1) if previous is not None else None
        end = first - timedelta(days=1)
        query = select(Activity).where(Activity.dialogue_id == dialogue_id, Activity.start_on < first)
        if start is not None:
            query = query.where(Activity.start_on >= start)
        rows = list(s.scalars(query.order_by(Activity.start_on, Activity.id)))
        return SinceLastMeeting(
            m.number, previous.number if previous else None, start, end, tuple(_records(s, rows))
        )


def activities_of_commitment(ctx: ServiceContext, commitment_id: int) -> list[ActivityRecord]:
    """The activities linked to a commitment of this dialogue, by start date."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        [commitment_id] = _commitments(s, dialogue_id, [commitment_id])
        rows = s.scalars(
            select(Activity)
            .join(activity_commitment, activity_commitment.c.activity_id == Activity.id)
            .where(activity_commitment.c.commitment_id == commitment_id)
            .order_by(Activity.start_on, Activity.id)
        )
        return _records(s, list(rows))


def link_activities(
    ctx: ServiceContext,
    commitment_id: int,
    *,
    link: Iterable[int] = (),
    unlink: Iterable[int] = (),
) -> list[ActivityRecord]:
    """Link the activities ``link`` to a commitment and unlink ``unlink`` from it, in one transaction (the
    commitment's side of ``update_activity``'s links); returns the activities linked afterwards."""
    dialogue_id = ctx.require_dialogue()
    link = sorted({check_record_number(i, "activity id") for i in _check_many(link, "activities")})
    unlink = sorted({check_record_number(i, "activity id") for i in _check_many(unlink, "activities")})
    both = set(link) & set(unlink)
    if both:
        raise ValidationError(msg("Activity {min} cannot be linked and unlinked at once.", min=min(both)))
    if not link and not unlink:
        raise ValidationError(msg("Nothing to change: name an activity to link or to unlink."))
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        [commitment_id] = _commitments(s, dialogue_id, [commitment_id])
        current = set(
            s.scalars(
                select(activity_commitment.c.activity_id).where(
                    activity_commitment.c.commitment_id == commitment_id
                )
            )
        )
        for activity_id in unlink:
            _activity(tx, activity_id)
            if activity_id not in current:
                raise ValidationError(
                    msg(
                        "Commitment {commitment_id} is not linked to activity {activity_id}.",
                        commitment_id=commitment_id,
                        activity_id=activity_id,
                    )
                )
            _unlink(
                tx,
                activity_commitment,
                "activity.unlink_commitment",
                {"activity_id": activity_id, "commitment_id": commitment_id},
            )
        for activity_id in link:
            _activity(tx, activity_id)
            if activity_id not in current:
                _link(
                    tx,
                    activity_commitment,
                    "activity.link_commitment",
                    {"activity_id": activity_id, "commitment_id": commitment_id},
                )
        if not tx.changed:
            raise ValidationError(
                msg(
                    "Those activities are already linked to commitment {commitment_id}.",
                    commitment_id=commitment_id,
                )
            )
    return activities_of_commitment(ctx, commitment_id)
