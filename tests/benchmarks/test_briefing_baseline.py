"""The briefing figure's baseline prints as many table rows as the pack, in as many tables: every data
table the pack prints is counted (the investigations under their standing item and the glossary too,
which the first count of requests, escalations, commitments, delegates and timeliness left out)."""

from __future__ import annotations

from dialogue_planner.domain.briefing import PackOptions

from .conftest import load_benchmark


def test_table_rows_count_every_table_the_pack_prints(small_archive, run_module):
    from dialogue_planner.reports.glossary import glossary_terms
    from dialogue_planner.services.briefing import assemble_pack

    briefing = load_benchmark("briefing")
    ctx = run_module.open_context(small_archive.url)
    try:
        pack = assemble_pack(ctx, small_archive.upcoming_meeting, today=briefing.TODAY)
    finally:
        ctx.db.dispose()
    tables = briefing.table_rows(pack, PackOptions(language="en"))
    investigations = sum(len(item.investigations) for item in pack.agenda) + len(pack.investigations)
    assert investigations and pack.open_requests and pack.escalations  # the archive gives them rows
    assert investigations in tables  # one table of the period's investigations
    assert len(pack.open_requests) in tables and len(pack.escalations) in tables
    assert len(glossary_terms(pack)) in tables
    at_least = (
        len(pack.open_requests)
        + len(pack.overdue_requests)
        + len(pack.escalations)
        + len(pack.actions)
        + sum(len(d.members) for d in pack.delegations)
        + investigations
        + len(glossary_terms(pack))
        + len(pack.contacts)
    )
    assert sum(tables) >= at_least


def test_bare_baseline_prints_one_table_per_size_given():
    briefing = load_benchmark("briefing")
    (_cpu, _wall), one_table = briefing.time_bare(30, 1)
    (_cpu, _wall), same_rows_in_tables = briefing.time_bare([10, 10, 10], 1)
    assert one_table >= 3 and same_rows_in_tables >= one_table  # each table starts below the last
