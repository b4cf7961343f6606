"""Timeliness and quality of responses, per responding side: the figures the dialogue reviews.

Everything is measured as of a date, so a report for a past meeting gives the same figures today as it
did then: an acknowledgement, response or closing dated after ``as_of`` has not happened yet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import RequestStatus, ResponseQuality


@dataclass(frozen=True)
class RequestFacts:
    """The dates of one request that timeliness depends on; ``closed_on`` dates a closed or withdrawn status."""

    to_side: str
    received_on: date
    acknowledge_due_on: date
    acknowledged_on: date | None
    response_due_on: date
    first_response_on: date | None
    latest_quality: str | None
    status: str
    closed_on: date | None = None
    paused_since: date | None = None  # a pause still running
    original_response_due_on: date | None = None  # fixed on arrival (None: the due date never moved)
    extended_until: date | None = None  # the latest agreed extension
    paused_days: int = 0  # days of the pauses that ended


@dataclass(frozen=True)
class SideTimeliness:
    """The figures of one responding side.

    ``requests`` counts requests received in the period (withdrawn ones left out: nothing was owed);
    ``acknowledged_on_time``, ``responded``, ``on_time``, the days and ``quality`` are about those.
    ``on_time_share`` is ``on_time`` over the requests whose answer was due or given by ``as_of``
    (a request still within its time is not counted either way). ``overdue`` is every request to the
    side overdue as of ``as_of``, whenever it was received: what is owed now.
    """

    side: str
    requests: int
    acknowledged_on_time: int
    responded: int
    on_time: int
    on_time_share: float | None
    median_days: float | None
    p90_days: float | None
    overdue: int
    quality: dict
    on_time_under_extension: int = 0
    extended: int = 0
    paused: int = 0
    paused_days: int = 0


def percentile(sorted_values: list[float], share: float) -> float | None:
    """Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC); None when empty."""
    if not sorted_values:
        return None
    position = (len(sorted_values) - 1) * share
    low = math.floor(position)
    high = math.ceil(position)
    fraction = position - low
    return float(sorted_values[low] + (sorted_values[high] - sorted_values[low]) * fraction)


def percentile_of_counts(counts: Mapping[float, int], share: float) -> float | None:
    """:func:`percentile` of the values that ``counts`` holds ``counts[value]`` times each.

    A database can count the days per value in one GROUP BY; the percentile is then read off a few hundred
    distinct values instead of sorting every request's days.
    """
    total = sum(counts.values())
    if not total:
        return None
    position = (total - 1) * share
    low_rank, high_rank = math.floor(position), math.ceil(position)
    low = high = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            high = value
            break
    assert low is not None and high is not None  # the ranks lie within the total
    return float(low + (high - low) * (position - low_rank))


def _ended_by(f: RequestFacts, day: date) -> bool:
    """Closed or withdrawn on or before ``day`` (an undated end counts as always ended)."""
    if f.status not in (RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value):
        return False
    return f.closed_on is None or f.closed_on <= day


def _responded_by(f: RequestFacts, day: date) -> bool:
    return f.first_response_on is not None and f.first_response_on <= day


def _clock_day(f: RequestFacts, as_of: date) -> date:
    """The day the request's clock reads on ``as_of`` (a running pause stopped it on its first day)."""
    return f.paused_since if f.paused_since is not None and f.paused_since <= as_of else as_of


def is_overdue_as_of(f: RequestFacts, as_of: date) -> bool:
    """Received, unanswered, not ended, and past its response due date on ``as_of`` (paused days not counted)."""
    return (
        f.received_on <= as_of
        and not _responded_by(f, as_of)
        and not _ended_by(f, as_of)
        and _clock_day(f, as_of) > f.response_due_on
    )


def days_paused(f: RequestFacts, as_of: date) -> int:
    """Days the request's clock was paused as of ``as_of``: ended pauses and the running one."""
    running = (as_of - f.paused_since).days if f.paused_since is not None and f.paused_since <= as_of else 0
    return f.paused_days + running


class RequestClass(NamedTuple):
    """Which figures one request counts in, as of a date. Requests alike in all of it count alike, so a
    database can group a hundred thousand requests into a few hundred classes (``services/timeliness_query``
    asks the same in SQL) and the figures are sums over the classes.

    Everything but ``overdue`` is about the period's requests (``counted``), false or None for the others;
    a question that cannot change a figure is not asked (nothing about the due date of an answered request
    but whether it was on time), so the database evaluates about half as many conditions per request."""

    to_side: str
    counted: bool  # received in the period (up to ``as_of``), not withdrawn by then: nothing was owed
    overdue: bool  # unanswered, not ended, its clock past the due date on ``as_of`` (whenever received)
    extended: bool  # has an agreed extension
    acknowledged_on_time: bool  # acknowledged, or answered, by ``as_of`` and by the acknowledgement due date
    responded: bool  # first response by ``as_of``
    on_time: bool  # responded by the response due date
    on_time_under_extension: bool  # on time, with an extension, after the due date fixed on arrival
    late_unanswered: bool  # unanswered, past due, and not closed by its due date: late for the on-time share
    quality: str | None  # of a response
    days: int | None  # how long the response took


def classify(f: RequestFacts, *, start: date, end: date, as_of: date) -> RequestClass | None:
    """The class of ``f`` as of ``as_of``; None when it was not received by then (it counts nowhere)."""
    if f.received_on > as_of:
        return None
    ended = _ended_by(f, as_of)
    past_due = _clock_day(f, as_of) > f.response_due_on
    answered_on = f.first_response_on if _responded_by(f, as_of) else None
    overdue = answered_on is None and not ended and past_due
    counted = start <= f.received_on <= min(end, as_of) and not (
        ended and f.status == RequestStatus.WITHDRAWN.value
    )
    if not counted:
        return RequestClass(f.to_side, False, overdue, False, False, False, False, False, False, None, None)
    extended = f.extended_until is not None
    acknowledged = (
        f.acknowledged_on is not None
        and f.acknowledged_on <= as_of
        and f.acknowledged_on <= f.acknowledge_due_on
    )
    if answered_on is None:
        closed_by_due = ended and f.closed_on is not None and f.closed_on <= f.response_due_on
        late = past_due and not closed_by_due
        return RequestClass(
            f.to_side, True, overdue, extended, acknowledged, False, False, False, late, None, None
        )
    on_time = answered_on <= f.response_due_on
    return RequestClass(
        f.to_side,
        True,
        False,
        extended,
        acknowledged or answered_on <= f.acknowledge_due_on,
        True,
        on_time,
        on_time and extended and answered_on > (f.original_response_due_on or f.response_due_on),
        False,
        f.latest_quality,
        (answered_on - f.received_on).days,
    )


def timeliness_by_side(
    facts: Iterable[RequestFacts], *, start: date, end: date, as_of: date, sides: Iterable[str] = ()
) -> dict[str, SideTimeliness]:
    """Per responding side: requests received from ``start`` to ``end`` (both included), as of ``as_of``.

    ``sides`` names sides to report even when they have no request (with zero counts). ``facts`` may also
    be plain tuples in the field order of :class:`RequestFacts`.
    """
    _check_period(start, end)
    classes: Counter = Counter()
    paused: dict[str, list[int]] = {}
    sides = list(sides)
    for f in facts:
        if isinstance(f, tuple):
            f = RequestFacts(*f)
        sides.append(f.to_side)  # reported even when nothing of it counts yet
        request_class = classify(f, start=start, end=end, as_of=as_of)
        if request_class is not None:
            classes[request_class] += 1
            if request_class.counted:
                days = days_paused(f, as_of)
                if days or (f.paused_since is not None and f.paused_since <= as_of):
                    mine = paused.setdefault(f.to_side, [0, 0])
                    mine[0] += 1
                    mine[1] += days
    return timeliness_by_class(
        classes.items(), sides=set(sides), paused={k: (v[0], v[1]) for k, v in paused.items()}
    )


def timeliness_by_class(
    counted: Iterable[tuple[RequestClass, int]],
    *,
    sides: Iterable[str] = (),
    paused: Mapping[str, tuple[int, int]] | None = None,
) -> dict[str, SideTimeliness]:
    """The figures per responding side from request classes and how many requests each holds; ``paused``
    gives per side the period's requests whose clock was paused and their days paused.

    ``requests`` leaves out withdrawn requests (nothing was owed). The on-time share's denominator counts
    the answers given, and the unanswered requests past due unless closed by their due date.
    """
    counts: dict[str, dict] = {side: _zero_counts() for side in sides}
    for c, n in counted:
        mine = counts.get(c.to_side) or counts.setdefault(c.to_side, _zero_counts())
        if c.overdue:
            mine["overdue"] += n
        if not c.counted:
            continue
        mine["requests"] += n
        if c.extended:
            mine["extended"] += n
        if c.acknowledged_on_time:
            mine["acknowledged_on_time"] += n
        if c.responded:
            mine["responded"] += n
            mine["decided"] += n
            mine["days"][c.days] = mine["days"].get(c.days, 0) + n
            if c.on_time:
                mine["on_time"] += n
            if c.on_time_under_extension:
                mine["on_time_under_extension"] += n
            if c.quality in mine["quality"]:
                mine["quality"][c.quality] += n
        elif c.late_unanswered:
            mine["decided"] += n
    for side, (requests, days) in (paused or {}).items():
        mine = counts.get(side) or counts.setdefault(side, _zero_counts())
        mine["paused"] += requests
        mine["paused_days"] += days
    return {side: _figures(side, **counts[side]) for side in sorted(counts)}


def _zero_counts() -> dict:
    return dict(
        requests=0,
        acknowledged_on_time=0,
        responded=0,
        on_time=0,
        decided=0,
        overdue=0,
        quality={q.value: 0 for q in ResponseQuality},
        days={},
        on_time_under_extension=0,
        extended=0,
        paused=0,
        paused_days=0,
    )


def _figures(
    side: str,
    *,
    requests: int,
    acknowledged_on_time: int,
    responded: int,
    on_time: int,
    decided: int,
    overdue: int,
    quality: dict,
    days: dict,
    on_time_under_extension: int,
    extended: int,
    paused: int,
    paused_days: int,
) -> SideTimeliness:
    return SideTimeliness(
        side=side,
        requests=requests,
        acknowledged_on_time=acknowledged_on_time,
        responded=responded,
        on_time=on_time,
        on_time_share=(on_time / decided) if decided else None,
        median_days=percentile_of_counts(days, 0.5),
        p90_days=percentile_of_counts(days, 0.9),
        overdue=overdue,
        quality=quality,
        on_time_under_extension=on_time_under_extension,
        extended=extended,
        paused=paused,
        paused_days=paused_days,
    )


def _check_period(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(
            msg(
                "The period starts ({start}) after it ends ({end}).",
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )
