"""The timeliness figures over the database: the requests grouped into classes in SQL, the rules run per class.

``domain.timeliness.classify`` says what the rules ask of a request; the query asks the same questions of
every row and groups alike rows, so a hundred thousand requests arrive as a few hundred counted classes
for ``timeliness_by_class``. A test holds the two readings equal over random requests and periods.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Date, and_, case, cast, func, literal, literal_column, or_, select, true
from sqlalchemy.orm import Session

from dialogue_planner.domain.timeliness import RequestClass, SideTimeliness, timeliness_by_class
from dialogue_planner.domain.vocabulary import RequestStatus, ResponseQuality
from dialogue_planner.storage.functions import days_between
from dialogue_planner.storage.models import Request, Side

_QUALITIES = (None, *(q.value for q in ResponseQuality))
_DAYS_OFFSET = 1 << 19  # days + offset > 0 for any response within 1,400 years either way; 0: none
_DAYS_RADIX = 1 << 20


def count_timeliness(
    session: Session, dialogue_id: int, *, start: date, end: date, as_of: date, sides: list[str]
) -> dict[str, SideTimeliness]:
    """Per responding side, the requests received from ``start`` to ``end``, as of ``as_of``; ``sides``
    are reported even without requests."""
    r = Request
    in_period = and_(r.received_on >= start, r.received_on <= min(end, as_of))
    responded = r.first_response_on <= as_of
    # The yes-or-no questions of RequestClass, in its order. A missing date answers no (CASE's ELSE).
    questions = (
        in_period,
        responded,
        and_(
            r.status.in_((RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value)),
            or_(r.closed_on.is_(None), r.closed_on <= as_of),
        ),
        r.status == RequestStatus.WITHDRAWN.value,
        and_(r.acknowledged_on <= as_of, r.acknowledged_on <= r.acknowledge_due_on),
        r.first_response_on <= r.acknowledge_due_on,
        r.first_response_on <= r.response_due_on,
        and_(
            r.response_due_on < as_of,
            or_(r.paused_since.is_(None), r.paused_since > as_of, r.paused_since > r.response_due_on),
        ),
        r.closed_on <= r.response_due_on,
        r.extended_until.is_not(None),
        r.first_response_on > func.coalesce(r.original_response_due_on, r.response_due_on),
    )
    answers = sum((case((question, 1 << bit), else_=0) for bit, question in enumerate(questions)), literal(0))
    quality = case(
        *((r.latest_quality == word, index) for index, word in enumerate(_QUALITIES) if word), else_=0
    )
    days = case(
        (and_(in_period, responded), days_between(r.received_on, r.first_response_on) + _DAYS_OFFSET), else_=0
    )
    # One integer per class: SQLite groups by sorting, and sorts one integer key about twice as fast as four.
    # Mixed radix, the side most significant: side, answers (one bit per question), quality, days.
    key = (
        (cast(r.to_side_id, BigInteger) * (1 << len(questions)) + answers) * len(_QUALITIES) + quality
    ) * _DAYS_RADIX + days
    # The period's requests whose clock was paused by then (withdrawn ones left out), counted and their
    # days paused summed in the same pass: a second query read every request of the period again. The
    # rarely true question comes first, so most rows answer it alone.
    paused = and_(
        or_(r.paused_days > 0, r.paused_since <= as_of),
        in_period,
        ~and_(questions[2], questions[3]),  # ended and withdrawn: nothing was owed
    )
    running = case((r.paused_since <= as_of, days_between(r.paused_since, literal(as_of, Date))), else_=0)
    query = (
        select(
            key.label("class_key"),
            func.count(),
            func.sum(case((paused, 1), else_=0)),
            func.sum(case((paused, func.coalesce(r.paused_days, 0) + running), else_=0)),
        )
        .where(
            r.dialogue_id == dialogue_id,
            r.received_on <= as_of,
            # Older requests answered by then count neither in the period nor as overdue. (One
            # condition for "no answer by then": SQLite reads an OR of three through three indexes.)
            or_(r.received_on >= start, func.coalesce(r.first_response_on > as_of, true())),
        )
        .group_by(literal_column("class_key"))
    )
    codes = dict(session.execute(select(Side.id, Side.code)).all())
    counted = []
    paused_by_side: dict[str, tuple[int, int]] = {}
    for class_key, n, paused_n, paused_d in session.execute(query):
        request_class = _request_class(class_key, codes, len(questions))
        counted.append((request_class, n))
        if paused_n:
            requests, paused_days = paused_by_side.get(request_class.to_side, (0, 0))
            paused_by_side[request_class.to_side] = (requests + paused_n, paused_days + paused_d)
    return timeliness_by_class(counted, sides=sides, paused=paused_by_side)


def _request_class(class_key: int, side_codes: dict[int, str], question_count: int) -> RequestClass:
    """The class that ``count_timeliness`` packed into ``class_key``."""
    rest, days = divmod(class_key, _DAYS_RADIX)
    rest, quality_index = divmod(rest, len(_QUALITIES))
    side_id, answers = divmod(rest, 1 << question_count)
    fields: tuple[Any, ...] = (
        side_codes[side_id],
        *(bool(answers >> bit & 1) for bit in range(question_count)),
        _QUALITIES[quality_index],
        days - _DAYS_OFFSET if days else None,
    )
    return RequestClass(*fields)
