"""The timeliness figures over the database: requests grouped into classes in SQL, figures summed per class.

``domain.timeliness.classify`` says which figures a request counts in; the query works out the same of
every row and groups alike rows, so a hundred thousand requests arrive as a few hundred counted classes
for ``timeliness_by_class``. Tests hold the two readings equal over random requests and periods, and on
each edge where a question is asked of some requests only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Date, and_, case, cast, func, literal, or_, select, true
from sqlalchemy.orm import Session

from dialogue_planner.domain.timeliness import RequestClass, SideTimeliness, timeliness_by_class
from dialogue_planner.domain.vocabulary import RequestStatus, ResponseQuality
from dialogue_planner.storage.functions import days_between, likely
from dialogue_planner.storage.models import Request, Side

_QUALITIES = (None, *(q.value for q in ResponseQuality))
_DAYS_OFFSET = 1 << 19  # days + offset > 0 for any response within 1,400 years either way; 0: none
_DAYS_RADIX = 1 << 20
_FLAG_RADIX = len(_QUALITIES) * _DAYS_RADIX  # one flag of RequestClass, in the packed key
# The flags of RequestClass, in its order, from ``counted`` to ``late_unanswered``
_COUNTED, _OVERDUE, _EXTENDED, _ACKNOWLEDGED, _RESPONDED, _ON_TIME, _UNDER_EXTENSION, _LATE = (
    (1 << bit) * _FLAG_RADIX for bit in range(8)
)
_SIDE_RADIX = (1 << 8) * _FLAG_RADIX


def count_timeliness(
    session: Session, dialogue_id: int, *, start: date, end: date, as_of: date, sides: list[str]
) -> dict[str, SideTimeliness]:
    """Per responding side, the requests received from ``start`` to ``end``, as of ``as_of``; ``sides``
    are reported even without requests."""
    r = Request
    day = literal(as_of, Date)
    responded = r.first_response_on <= as_of
    counted = and_(
        r.received_on >= start,
        r.received_on <= min(end, as_of),
        ~and_(r.status == RequestStatus.WITHDRAWN.value, or_(r.closed_on.is_(None), r.closed_on <= as_of)),
    )
    not_ended = ~and_(
        r.status.in_((RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value)),
        or_(r.closed_on.is_(None), r.closed_on <= as_of),
    )
    # The clock on as_of (a running pause stopped it on its first day) is past the due date
    past_due = case((r.paused_since <= as_of, r.paused_since), else_=day) > r.response_due_on
    extended = r.extended_until.is_not(None)
    acknowledged = and_(r.acknowledged_on <= as_of, r.acknowledged_on <= r.acknowledge_due_on)
    quality = case(
        *((r.latest_quality == word, index) for index, word in enumerate(_QUALITIES) if word), else_=0
    )

    def flag(condition: Any, value: int) -> Any:
        return case((condition, value), else_=0)

    # RequestClass packed into one integer (mixed radix, the side most significant: side, flags, quality,
    # days), each question asked only where a figure depends on it, as classify does: SQLite groups by
    # sorting, and sorts one integer key about twice as fast as several columns.
    answered = (
        _COUNTED
        + _RESPONDED
        + flag(extended, _EXTENDED)
        + flag(or_(acknowledged, r.first_response_on <= r.acknowledge_due_on), _ACKNOWLEDGED)
        + flag(
            r.first_response_on <= r.response_due_on,
            _ON_TIME
            + flag(
                and_(
                    extended,
                    r.first_response_on > func.coalesce(r.original_response_due_on, r.response_due_on),
                ),
                _UNDER_EXTENSION,
            ),
        )
        + quality * _DAYS_RADIX
        + days_between(r.received_on, r.first_response_on)
        + _DAYS_OFFSET
    )
    closed_by_due = and_(
        r.closed_on.is_not(None),
        r.status.in_((RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value)),
        r.closed_on <= as_of,
        r.closed_on <= r.response_due_on,
    )
    unanswered = (
        _COUNTED
        + flag(extended, _EXTENDED)
        + flag(acknowledged, _ACKNOWLEDGED)
        + flag(past_due, flag(not_ended, _OVERDUE) + flag(~closed_by_due, _LATE))
    )
    flags = case(
        (counted, case((responded, answered), else_=unanswered)),
        (responded, 0),  # outside the period and answered: counts nowhere
        else_=flag(and_(not_ended, past_due), _OVERDUE),
    )
    key = cast(r.to_side_id, BigInteger) * _SIDE_RADIX + flags
    # The period's requests whose clock was paused by then, counted and their days paused summed in the
    # same pass. The rarely true question comes first, so most rows answer it alone.
    paused = and_(or_(r.paused_days > 0, r.paused_since <= as_of), counted)
    running = case((r.paused_since <= as_of, days_between(r.paused_since, day)), else_=0)
    rows = select(
        key.label("class_key"),
        case((paused, 1), else_=0).label("paused"),
        case((paused, func.coalesce(r.paused_days, 0) + running), else_=0).label("paused_days"),
    ).where(
        r.dialogue_id == dialogue_id,
        # Most requests were received by the report's day when it is about a recent meeting, and reading
        # the table costs about half of reaching each row through the index that SQLite takes for this
        # range once ANALYZE has given it statistics (the archive's query, CPU: its last half-year 65 ->
        # 41 ms, all twenty years 145 -> 118 ms; a half-year of 2008 pays for it, 12 -> 27 ms).
        likely(r.received_on <= as_of),
        # Older requests answered by then count neither in the period nor as overdue. (One
        # condition for "no answer by then": SQLite reads an OR of three through three indexes.)
        or_(r.received_on >= start, func.coalesce(r.first_response_on > as_of, true())),
    )
    if session.get_bind().dialect.name == "sqlite":
        # A fence: merged into the grouping select, SQLite would sort each row's key with every column the
        # key is made of, to work it out again per class (0.23 -> 0.18 s on the archive). PostgreSQL
        # hashes the key alone either way, and a fence would keep it from scanning in parallel.
        rows = rows.offset(0)
    classes = rows.subquery()
    query = select(
        classes.c.class_key, func.count(), func.sum(classes.c.paused), func.sum(classes.c.paused_days)
    ).group_by(classes.c.class_key)
    codes = dict(session.execute(select(Side.id, Side.code)).all())
    counted_classes = []
    paused_by_side: dict[str, tuple[int, int]] = {}
    for class_key, n, paused_n, paused_d in session.execute(query):
        request_class = _request_class(class_key, codes)
        counted_classes.append((request_class, n))
        if paused_n:
            requests, paused_days = paused_by_side.get(request_class.to_side, (0, 0))
            paused_by_side[request_class.to_side] = (requests + paused_n, paused_days + paused_d)
    return timeliness_by_class(counted_classes, sides=sides, paused=paused_by_side)


def _request_class(class_key: int, side_codes: dict[int, str]) -> RequestClass:
    """The class that ``count_timeliness`` packed into ``class_key``."""
    side_id, rest = divmod(class_key, _SIDE_RADIX)
    flags, rest = divmod(rest, _FLAG_RADIX)
    quality_index, days = divmod(rest, _DAYS_RADIX)
    fields: tuple[Any, ...] = (
        side_codes[side_id],
        *(bool(flags >> bit & 1) for bit in range(8)),
        _QUALITIES[quality_index],
        days - _DAYS_OFFSET if days else None,
    )
    return RequestClass(*fields)
