"""The report, which reads dates as the database driver gives them, has exactly the figures of the pure
domain function over date records, on SQLite and PostgreSQL, over random requests and periods."""

import random
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text

from dialogue_planner.domain.timeliness import RequestFacts, SideTimeliness, timeliness_by_side
from dialogue_planner.services.requests import request_facts, timeliness_report
from dialogue_planner.storage.functions import likely
from dialogue_planner.storage.models import Request, Side


def fill(ctx, count=300, seed=7):
    rng = random.Random(seed)
    with ctx.write() as tx:
        sides = dict(tx.session.execute(select(Side.code, Side.id)).all())
        rows = []
        for i in range(count):
            received = date(2015, 10, 1) + timedelta(days=rng.randrange(500))
            ack_due = received + timedelta(days=rng.randrange(0, 10))
            due = ack_due + timedelta(days=rng.randrange(0, 40))
            responded = received + timedelta(days=rng.randrange(0, 90)) if rng.random() < 0.7 else None
            acked = received + timedelta(days=rng.randrange(0, 20)) if rng.random() < 0.6 else None
            status = rng.choice(["open", "acknowledged", "responded", "closed", "withdrawn"])
            closed = received + timedelta(days=rng.randrange(0, 120)) if rng.random() < 0.7 else None
            frm = rng.choice(["US", "CN"])
            rows.append(
                dict(
                    dialogue_id=ctx.dialogue_id,
                    reference=f"{frm}-X-{i:05d}",
                    year=received.year,
                    sequence=10_000 + i,
                    from_side_id=sides[frm],
                    to_side_id=sides["CN" if frm == "US" else "US"],
                    kind="information",
                    subject="s",
                    description="",
                    received_on=received,
                    acknowledge_due_on=ack_due,
                    response_due_on=due,
                    acknowledged_on=acked,
                    first_response_on=responded,
                    latest_quality=rng.choice(["complete", "partial", "insufficient", "none", None])
                    if responded
                    else None,
                    status=status,
                    closed_on=closed,
                    close_reason="",
                    version=1,
                )
            )
        tx.session.execute(insert(Request), rows)


def test_database_figures_equal_the_domain_figures(any_ctx):
    fill(any_ctx)
    facts = request_facts(any_ctx)
    rng = random.Random(3)
    periods = [
        (date(2015, 10, 1), date(2017, 3, 1), date(2017, 6, 1)),
        (date(2016, 1, 1), date(2016, 6, 30), date(2016, 3, 15)),
    ]
    for _ in range(6):
        a, b = sorted(date(2015, 9, 1) + timedelta(days=rng.randrange(600)) for _ in range(2))
        periods.append((a, b, date(2015, 9, 1) + timedelta(days=rng.randrange(700))))
    for start, end, as_of in periods:
        expected = timeliness_by_side(facts, start=start, end=end, as_of=as_of, sides=["US", "CN"])
        got = timeliness_report(any_ctx, start=start, end=end, as_of=as_of).by_side
        assert got == expected, (start, end, as_of)


day = st.dates(min_value=date(2016, 1, 1), max_value=date(2016, 3, 31))  # narrow: boundaries coincide often


@st.composite
def stored_request(draw):
    received = draw(day)
    ack_due = received + timedelta(draw(st.integers(0, 5)))
    due = ack_due + timedelta(draw(st.integers(0, 20)))
    responded = draw(st.none() | st.integers(0, 40).map(lambda n: received + timedelta(n)))
    return dict(
        to_side=draw(st.sampled_from(["US", "CN"])),
        received_on=received,
        acknowledge_due_on=ack_due,
        acknowledged_on=draw(st.none() | st.integers(0, 10).map(lambda n: received + timedelta(n))),
        response_due_on=due,
        first_response_on=responded,
        latest_quality=draw(st.sampled_from([None, "complete", "partial", "insufficient", "none"]))
        if responded
        else None,
        status=draw(st.sampled_from(["open", "acknowledged", "responded", "closed", "withdrawn"])),
        closed_on=draw(st.none() | day),
        # the clock (issue 16): a pause running, days of ended pauses, an extension beyond the first due date
        paused_since=draw(st.none() | st.integers(0, 30).map(lambda n: received + timedelta(n))),
        original_response_due_on=due - timedelta(draw(st.integers(0, 10))),
        extended_until=draw(st.none() | st.just(due)),
        paused_days=draw(st.integers(0, 5)),
    )


@given(requests=st.lists(stored_request(), max_size=25), a=day, b=day, as_of=day)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_counting_in_sql_equals_the_rules_at_every_edge(ctx, requests, a, b, as_of):
    """Equal dates on every boundary (received on the start, answered on the due day or as of the report,
    closed on the due day) are where a condition written twice would differ."""
    start, end = min(a, b), max(a, b)
    with ctx.write() as tx:
        tx.session.execute(delete(Request))
        sides = dict(tx.session.execute(select(Side.code, Side.id)).all())
        rows = [
            dict(
                dialogue_id=ctx.dialogue_id,
                reference=f"X-{i}",
                year=2016,
                sequence=i + 1,
                from_side_id=sides["CN" if r["to_side"] == "US" else "US"],
                to_side_id=sides[r["to_side"]],
                kind="information",
                subject="s",
                description="",
                close_reason="",
                version=1,
                **{k: v for k, v in r.items() if k != "to_side"},
            )
            for i, r in enumerate(requests)
        ]
        if rows:
            tx.session.execute(insert(Request), rows)
    expected = timeliness_by_side(
        [RequestFacts(**r) for r in requests], start=start, end=end, as_of=as_of, sides=["US", "CN"]
    )
    assert timeliness_report(ctx, start=start, end=end, as_of=as_of).by_side == expected


def _edge_request(**values):
    """A request to CN received on 10 January 2016, acknowledgement due on the 12th, response on the 31st."""
    base = dict(
        to_side="CN",
        received_on=date(2016, 1, 10),
        acknowledge_due_on=date(2016, 1, 12),
        acknowledged_on=None,
        response_due_on=date(2016, 1, 31),
        first_response_on=None,
        latest_quality=None,
        status="open",
        closed_on=None,
    )
    return {**base, **values}


# Each request sits on an edge where the query asks a question of some requests only (answered or not,
# in the period or not, ended or not); the comment gives what it counts in.
EDGE_REQUESTS = [
    _edge_request(status="closed", closed_on=date(2016, 1, 31)),  # closed on its due day: not late
    _edge_request(status="closed", closed_on=date(2016, 2, 1)),  # closed after it: late
    _edge_request(status="closed"),  # an undated close: ended, but late
    _edge_request(  # answered on the due day of an extension, after the first due date
        first_response_on=date(2016, 1, 31),
        latest_quality="complete",
        status="responded",
        original_response_due_on=date(2016, 1, 25),
        extended_until=date(2016, 1, 31),
    ),
    _edge_request(first_response_on=date(2016, 2, 5), latest_quality="partial", status="responded"),  # late
    _edge_request(paused_since=date(2016, 1, 20)),  # paused before its due date: neither overdue nor late
    _edge_request(paused_since=date(2016, 2, 10)),  # paused after it: overdue and late
    _edge_request(  # answered after the report's day, its quality too: unanswered, overdue and late
        first_response_on=date(2016, 4, 5), latest_quality="complete", status="responded"
    ),
    _edge_request(status="withdrawn", closed_on=date(2016, 4, 10)),  # withdrawn later: owed, overdue, late
    _edge_request(  # received before the period: overdue, not counted
        received_on=date(2015, 12, 1),
        acknowledge_due_on=date(2015, 12, 3),
        response_due_on=date(2015, 12, 20),
    ),
    _edge_request(  # acknowledged late but answered by the acknowledgement due date: acknowledged on time
        acknowledged_on=date(2016, 1, 15),
        first_response_on=date(2016, 1, 11),
        latest_quality="none",
        status="responded",
    ),
    _edge_request(status="withdrawn", closed_on=date(2016, 2, 1)),  # withdrawn by then: counts nowhere
    _edge_request(  # received after the period, answered past its due date: counts nowhere
        received_on=date(2016, 4, 1),
        acknowledge_due_on=date(2016, 4, 1),
        response_due_on=date(2016, 4, 1),
        first_response_on=date(2016, 4, 2),
        status="responded",
    ),
    _edge_request(  # received after the period, unanswered past its due date: overdue, not counted
        received_on=date(2016, 4, 1), acknowledge_due_on=date(2016, 4, 1), response_due_on=date(2016, 4, 1)
    ),
]


def test_the_edges_of_questions_asked_of_some_requests_only(any_ctx):
    """The query asks a question only where a figure depends on it (the on-time questions of answered
    requests, the lateness of unanswered ones); here each request sits on one such edge, on both engines."""
    with any_ctx.write() as tx:
        sides = dict(tx.session.execute(select(Side.code, Side.id)).all())
        tx.session.execute(
            insert(Request),
            [
                dict(
                    dialogue_id=any_ctx.dialogue_id,
                    reference=f"EDGE-{i}",
                    year=r["received_on"].year,
                    sequence=i + 1,
                    from_side_id=sides["US"],
                    to_side_id=sides[r["to_side"]],
                    kind="information",
                    subject="s",
                    description="",
                    close_reason="",
                    version=1,
                    **{k: v for k, v in r.items() if k != "to_side"},
                )
                for i, r in enumerate(EDGE_REQUESTS)
            ],
        )
    start, end, as_of = date(2016, 1, 1), date(2016, 3, 31), date(2016, 4, 2)
    figures = timeliness_report(any_ctx, start=start, end=end, as_of=as_of).by_side
    assert figures["CN"] == SideTimeliness(
        side="CN",
        requests=10,
        acknowledged_on_time=1,
        responded=3,
        on_time=2,
        on_time_share=2 / 8,  # three answers and five unanswered requests late
        median_days=21.0,  # of 1, 21 and 26 days
        p90_days=25.0,
        overdue=5,
        quality={"complete": 1, "partial": 1, "insufficient": 0, "none": 1},
        on_time_under_extension=1,
        extended=1,
        paused=2,
        paused_days=(as_of - date(2016, 1, 20)).days + (as_of - date(2016, 2, 10)).days,
    )
    facts = [RequestFacts(**r) for r in EDGE_REQUESTS]
    assert figures == timeliness_by_side(facts, start=start, end=end, as_of=as_of, sides=["US", "CN"])


def test_the_report_reads_the_requests_by_a_table_scan_on_sqlite(ctx):
    """With statistics (ANALYZE), SQLite reaches a range of received days through the index of (responding
    side, day received), taking it for a quarter of the table; the report's range (received by its day),
    marked likely, is read by scanning the table once, at about half the cost per row."""
    fill(ctx)
    with ctx.write() as tx:
        tx.session.execute(text("ANALYZE"))

    def plan(condition) -> str:
        query = select(Request.id, Request.status).where(condition)
        with ctx.read() as s:
            sql = query.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
            return " ".join(row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))

    day = date(2030, 1, 1)
    assert "USING INDEX ix_request_to_side_received" in plan(Request.received_on <= day)
    assert plan(likely(Request.received_on <= day)) == "SCAN request"
