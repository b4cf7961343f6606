"""Timeliness and quality of responses, per responding side: the figures the dialogue reviews.

Everything is measured as of a date, so a report for a past meeting gives the same figures today as it
did then: an acknowledgement, response or closing dated after ``as_of`` has not happened yet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable

from dialogue_planner.domain.errors import ValidationError
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

    def as_json(self) -> dict:
        return {
            "requests": self.requests, "acknowledged_on_time": self.acknowledged_on_time,
            "responded": self.responded, "on_time": self.on_time, "on_time_share": self.on_time_share,
            "median_days": self.median_days, "p90_days": self.p90_days, "overdue": self.overdue,
            "quality": dict(self.quality),
        }


def percentile(sorted_values: list[float], share: float) -> float | None:
    """Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC); None when empty."""
    if not sorted_values:
        return None
    position = (len(sorted_values) - 1) * share
    low = math.floor(position)
    high = math.ceil(position)
    fraction = position - low
    return float(sorted_values[low] + (sorted_values[high] - sorted_values[low]) * fraction)


def _ended_by(f: RequestFacts, day: date) -> bool:
    """Closed or withdrawn on or before ``day`` (an undated end counts as always ended)."""
    if f.status not in (RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value):
        return False
    return f.closed_on is None or f.closed_on <= day


def _responded_by(f: RequestFacts, day: date) -> bool:
    return f.first_response_on is not None and f.first_response_on <= day


def is_overdue_as_of(f: RequestFacts, as_of: date) -> bool:
    """Received, unanswered, not ended, and past its response due date on ``as_of``."""
    return (f.received_on <= as_of and not _responded_by(f, as_of) and not _ended_by(f, as_of)
            and as_of > f.response_due_on)


def _acknowledged_on_time(f: RequestFacts, as_of: date) -> bool:
    """A response acknowledges a request too: the earlier of the two dates counts."""
    dates = [d for d in (f.acknowledged_on, f.first_response_on) if d is not None and d <= as_of]
    return bool(dates) and min(dates) <= f.acknowledge_due_on


def timeliness_by_side(facts: Iterable[RequestFacts], *, start: date, end: date, as_of: date,
                       sides: Iterable[str] = ()) -> dict[str, SideTimeliness]:
    """Per responding side: requests received from ``start`` to ``end`` (both included), as of ``as_of``.

    ``sides`` names sides to report even when they have no request (with zero counts). ``facts`` may also
    be plain tuples in the field order of :class:`RequestFacts`.
    """
    def day(value: date | None) -> int | None:
        return None if value is None else value.toordinal()

    rows = []
    for f in facts:
        if not isinstance(f, tuple):
            f = (f.to_side, f.received_on, f.acknowledge_due_on, f.acknowledged_on, f.response_due_on,
                 f.first_response_on, f.latest_quality, f.status, f.closed_on)
        to_side, received, ack_due, acked, due, responded, quality, status, closed = f
        rows.append((to_side, received.toordinal(), ack_due.toordinal(), day(acked), due.toordinal(),
                     day(responded), quality, status, day(closed)))
    return timeliness_by_day_numbers(rows, start=start, end=end, as_of=as_of, sides=sides)


def _ordinal_span(first: int, second: int) -> int:
    return second - first


def timeliness_by_day_numbers(rows: Iterable[tuple], *, start: date, end: date, as_of: date,
                              sides: Iterable[str] = ()) -> dict[str, SideTimeliness]:
    """The same figures from tuples whose dates are day numbers (``date.toordinal()``, None when absent)."""
    return timeliness_by_day_keys(rows, start=start, end=end, as_of=as_of, sides=sides, key=date.toordinal,
                                  span=_ordinal_span)


def timeliness_by_day_keys(rows: Iterable[tuple], *, start: date, end: date, as_of: date, key, span,
                           sides: Iterable[str] = (), side_names: dict | None = None) -> dict[str, SideTimeliness]:
    """The figures from tuples whose dates are kept as the database gave them.

    ``key(date)`` turns a date into that form (``date.isoformat`` for SQLite's ISO text, which sorts as the
    dates do; the identity for PostgreSQL's dates) and ``span(a, b)`` gives the days from ``a`` to ``b``.
    So 100,000 requests need no date objects: every comparison is between two values of one kind. The
    first field of a row may be a side id that ``side_names`` names (saves copying every row).
    """
    if start > end:
        raise ValidationError(f"The period starts ({start.isoformat()}) after it ends ({end.isoformat()}).")
    groups: dict = {}
    for row in rows:
        group = groups.get(row[0])
        if group is None:
            group = groups[row[0]] = []
        group.append(row)
    names = side_names or {}
    by_side: dict[str, list[tuple]] = {side: [] for side in sides}
    for ident, group in groups.items():
        by_side.setdefault(names.get(ident, ident), []).extend(group)
    first, today, last_received = key(start), key(as_of), key(min(end, as_of))
    return {side: _side_figures(side, by_side[side], first, last_received, today, span) for side in sorted(by_side)}


def _side_figures(side: str, rows: list[tuple], first, last_received, today, span) -> SideTimeliness:
    """One side's figures in one pass with local counters: this runs over every request of the side."""
    withdrawn = RequestStatus.WITHDRAWN.value
    ended_words = (RequestStatus.CLOSED.value, withdrawn)
    requests = acknowledged_on_time = responded_count = on_time = decided = overdue = 0
    answered: list[tuple] = []   # (received, responded): the days are counted after the loop, in one go
    quality_counts = {q.value: 0 for q in ResponseQuality}
    for _side, received, acknowledge_due, acknowledged, due, responded_on, quality, status, closed_on in rows:
        responded = responded_on is not None and responded_on <= today
        ended = status in ended_words and (closed_on is None or closed_on <= today)
        if not responded and not ended and today > due and received <= today:
            overdue += 1
        if received < first or received > last_received or (ended and status == withdrawn):
            continue
        requests += 1
        if acknowledged is None or acknowledged > today:
            acknowledged = responded_on if responded else None
        elif responded and responded_on < acknowledged:
            acknowledged = responded_on
        if acknowledged is not None and acknowledged <= acknowledge_due:
            acknowledged_on_time += 1
        if responded:
            responded_count += 1
            decided += 1
            answered.append((received, responded_on))
            if responded_on <= due:
                on_time += 1
            if quality in quality_counts:
                quality_counts[quality] += 1
        elif today > due and not (ended and closed_on is not None and closed_on <= due):
            decided += 1
    days = sorted(span(received, responded_on) for received, responded_on in answered)
    return SideTimeliness(
        side=side, requests=requests, acknowledged_on_time=acknowledged_on_time, responded=responded_count,
        on_time=on_time, on_time_share=(on_time / decided) if decided else None,
        median_days=percentile(days, 0.5), p90_days=percentile(days, 0.9), overdue=overdue,
        quality=quality_counts)
