"""The audit trail and import record of roster imports, as stored, to the character.

The import writes its delegates and audit entries in bulk, below the ORM; these tests hold what it stores
(the JSON text of each entry, SQL NULL against JSON null, the summaries, the record's counts) to what the
ORM-era import stored, on both engines, for new, changed, deactivated and skipped rows and for agencies
the import creates; and an undo still finds and reverts every one of them.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from dialogue_planner.domain.roster import DELEGATE_FIELDS, ChangeKind, PlannedChange
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.roster import add_delegate, list_delegates
from dialogue_planner.services.roster_import.apply import _added_entry, _new_delegates

from .helpers import FILE, SEED, csv_data, opts

NEW_AGENCY_FILE = [
    ["US", "Department of State", "Brown", "Kim", "", "Envoy", "kim.brown@state.example", "", "US-9"],
    ["US", "DHS", "Bad", "Row", "", "", "not-an-email", "", ""],
]

# The entries as the import stored them before its bulk writes went below the ORM: the raw JSON text of
# "before" and "after", the summary and the raw summary_message (None: SQL NULL, "null": JSON null).
ZHANG = dict(
    family="Zhang",
    given="Wei",
    native="\\u5f20\\u4f1f",
    email="zhang.wei@mps.example",
    phone="+86 10 6620 0001",
    ext="CN-1",
)
LI = dict(family="Li", given="Na", native="\\u674e\\u5a1c", email="li.na@mps.example", phone="", ext="CN-2")


def _added(ids, who, agency, row, file, *, family, given, title, email, phone, ext="", native="") -> tuple:
    external = f'"{ext}"' if ext else "null"
    after = (
        f'{{"id": {ids[who]}, "version": 1, "family_name": "{family}", "given_name": "{given}", '
        f'"native_name": "{native}", "title": "{title}", "title_zh": "", "email": "{email}", "phone": "{phone}", '
        f'"external_id": {external}, "agency_id": {ids[agency]}, "active": true, "notes": ""}}'
    )
    return ("delegate.import.add", "delegate", ids[who], "null", after, f"{file} row {row}: new", None)


def _stored(ids, who, *, family, given, native, title, email, phone, ext, active, version) -> str:
    return (
        f'{{"id": {ids[who]}, "agency_id": {ids["MPS"]}, "family_name": "{family}", "given_name": "{given}", '
        f'"native_name": "{native}", "title": "{title}", "title_zh": "", "email": "{email}", "phone": "{phone}", '
        f'"external_id": "{ext}", "notes": "", "active": {active}, "version": {version}}}'
    )


def _expected(ids) -> list[list[tuple]]:
    """Each import's entries but its closing one: action, entity, id, before, after, summary, message."""
    return [
        [
            _added(ids, "Zhang", "MPS", 2, "seed.csv", title="Director General", **ZHANG),
            _added(ids, "Li", "MPS", 3, "seed.csv", title="Deputy Director", **LI),
        ],
        [
            _added(
                ids,
                "Smith",
                "DHS",
                4,
                "roster.csv",
                family="Smith",
                given="Anna",
                title="Deputy Secretary",
                email="anna.smith@dhs.example",
                phone="202-555-0100",
                ext="US-1",
            ),
            _added(
                ids,
                "Lee",
                "FBI",
                5,
                "roster.csv",
                family="Lee",
                given="Tom",
                title="Special Agent",
                email="",
                phone="",
            ),
            (
                "delegate.import.update",
                "delegate",
                ids["Zhang"],
                _stored(ids, "Zhang", title="Director General", active="true", version=1, **ZHANG),
                _stored(ids, "Zhang", title="Vice Minister", active="true", version=2, **ZHANG),
                "roster.csv row 2: title",
                None,
            ),
        ],
        [
            (
                "delegate.import.deactivate",
                "delegate",
                ids["Li"],
                _stored(ids, "Li", title="Deputy Director", active="true", version=1, **LI),
                _stored(ids, "Li", title="Deputy Director", active="false", version=2, **LI),
                "roster.csv left out of the file: active",
                None,
            ),
        ],
        [
            (
                "agency.import.add",
                "agency",
                ids["DOS"],
                "null",
                f'{{"id": {ids["DOS"]}, "side_id": {ids["US"]}, "parent_id": null, "acronym": "DOS", '
                '"name_en": "Department of State", "name_zh": "", "kind": "agency", "dialogue_role": "", "rank": "", '
                '"active": true, "merged_into_id": null, "version": 1}',
                "roster.csv rows 2: new agency",
                "null",
            ),
            _added(
                ids,
                "Brown",
                "DOS",
                2,
                "roster.csv",
                family="Brown",
                given="Kim",
                title="Envoy",
                email="kim.brown@state.example",
                phone="",
                ext="US-9",
            ),
        ],
    ]


RECORDS = [  # file, mode, created, updated, unchanged, deactivated, skipped; and the closing entry's summary
    (("seed.csv", "update", 2, 0, 0, 0, 0), "seed.csv: 2 new, 0 changed, 0 deactivated"),
    (("roster.csv", "update", 2, 1, 1, 0, 0), "roster.csv: 2 new, 1 changed, 0 deactivated"),
    (("roster.csv", "replace", 0, 0, 1, 1, 0), "roster.csv: 0 new, 0 changed, 1 deactivated"),
    (("roster.csv", "update", 1, 0, 0, 0, 1), "roster.csv: 1 new, 0 changed, 0 deactivated"),
]


def _stored_import(ctx):
    """The newest import's record and its audit entries, as the database holds them (JSON as text)."""
    with ctx.db.engine.connect() as conn:
        record = conn.execute(
            text(
                "SELECT operation_id, file_name, mode, created, updated, unchanged, deactivated, skipped, actor, at "
                "FROM roster_import ORDER BY id DESC LIMIT 1"
            )
        ).one()
        entries = conn.execute(
            text(
                "SELECT action, entity, entity_id, CAST(before AS TEXT), CAST(after AS TEXT), summary, "
                "CAST(summary_message AS TEXT), actor, at FROM audit_entry WHERE operation_id = :op ORDER BY id"
            ),
            {"op": record[0]},
        ).all()
    return record, entries


def _ids(ctx) -> dict[str, int]:
    ids = {d.family_name: d.id for d in list_delegates(ctx, include_inactive=True)}
    ids.update({a.acronym: a.id for a in list_agencies(ctx, include_inactive=True)})
    with ctx.db.engine.connect() as conn:
        ids.update({code: i for i, code in conn.execute(text("SELECT id, code FROM side"))})
    return ids


def test_each_import_stores_the_audit_trail_and_record_it_always_stored(any_ctx):
    imports = [
        (csv_data(SEED), opts(file_name="seed.csv"), {}),
        (csv_data(FILE), opts(), {}),
        (csv_data(FILE[:1]), opts(mode="replace", agency="MPS"), {}),
        (csv_data(NEW_AGENCY_FILE), opts(create_agencies=True), {"skip_invalid": True}),
    ]
    stored = []
    for data, options, flags in imports:
        ri.preview_import(any_ctx, data, options)
        result = ri.apply_import(any_ctx, data, options, **flags)
        assert result.ok
        stored.append((result.import_id, *_stored_import(any_ctx)))
    ids, login = _ids(any_ctx), any_ctx.user.login
    for (import_id, record, entries), expected, (record_values, summary) in zip(
        stored, _expected(ids), RECORDS, strict=True
    ):
        assert tuple(record[1:8]) == record_values and record[8] == login
        *changes, closing = entries
        assert [tuple(e[:7]) for e in changes] == expected
        assert all(e[7] == login for e in entries)
        # The delegates' entries share one instant, the import's own.
        assert len({e[8] for e in changes if e[1] == "delegate"}) == 1
        assert closing[:3] == ("roster.import", "roster_import", import_id)
        assert (closing[3], closing[5], closing[6]) == ("null", summary, "null")
        assert json.loads(closing[4])["operation_id"] == record[0]


def test_undo_reverts_every_delegate_the_bulk_import_wrote(any_ctx):
    ri.apply_import(any_ctx, csv_data(SEED), opts(file_name="seed.csv"))
    ri.apply_import(any_ctx, csv_data(FILE), opts())
    undone = ri.undo_last_import(any_ctx)
    assert (undone.removed, undone.restored) == (2, 1)
    delegates = {d.family_name: d for d in list_delegates(any_ctx, include_inactive=True)}
    assert sorted(delegates) == ["Li", "Zhang"]
    assert delegates["Zhang"].title == "Director General"


def test_delegates_added_after_a_bulk_import_are_numbered_after_it(any_ctx):
    """The import numbers its delegates itself (the next ids on SQLite, the key's sequence on PostgreSQL):
    a delegate added afterwards, numbered by the database, never collides with them."""
    ri.apply_import(any_ctx, csv_data(FILE), opts())
    imported = {d.id for d in list_delegates(any_ctx)}
    dhs = next(a for a in list_agencies(any_ctx) if a.acronym == "DHS")
    added = add_delegate(any_ctx, {"agency_id": dhs.id, "family_name": "Later", "given_name": "Kim"})
    assert added.id > max(imported)
    ri.apply_import(
        any_ctx, csv_data([["US", "DHS", "Last", "Lou", "", "", "", "", ""]]), opts(file_name="b.csv")
    )
    assert {d.family_name: d.id for d in list_delegates(any_ctx)}["Last"] > added.id


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 2**31 - 1),
    st.lists(st.one_of(st.text(), st.none(), st.integers(), st.booleans()), min_size=8, max_size=8),
    st.integers(1, 2**31 - 1),
)
def test_a_new_delegates_entry_is_written_as_json_dumps_writes_it(delegate_id, fields, agency_id):
    """The import writes a new delegate's entry from a template (json.dumps took a third of its time):
    any text (quotes, backslashes, control characters, Chinese, characters beyond the BMP, lone
    surrogates), a missing external id, and values of other kinds give json.dumps's text to the character."""
    values = [*fields, agency_id]
    after = {
        "id": delegate_id,
        "version": 1,
        **dict(zip(DELEGATE_FIELDS, fields, strict=True)),
        "agency_id": agency_id,
        "active": True,
        "notes": "",
    }
    assert _added_entry(delegate_id, values) == json.dumps(after)


_FIELD_VALUE = st.one_of(st.text(), st.none(), st.integers(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(_FIELD_VALUE, min_size=8, max_size=8), st.integers(-3, 2**31 - 1)), max_size=6
    ),
    st.dictionaries(st.integers(-3, -1), st.integers(1, 2**31 - 1)),
)
def test_new_delegates_made_a_column_at_a_time_are_those_made_one_by_one(delegates, created):
    """The apply makes all new delegates' rows and entries at once: a row's external id, empty, is stored
    as NULL and written as null; a created agency's provisional id becomes its stored one; the texts are
    json.dumps's to the character, whatever the values (texts of any kind, numbers, none)."""
    changes = [
        PlannedChange(
            ChangeKind.NEW,
            n + 2,
            None,
            {**dict(zip(DELEGATE_FIELDS, fields, strict=True)), "agency_id": agency, "active": True},
        )
        for n, (fields, agency) in enumerate(delegates)
    ]
    ids = list(range(100, 100 + len(changes)))
    rows, entries = _new_delegates(changes, ids, created)
    expected_rows, expected_entries = [], []
    for delegate_id, (fields, agency) in zip(ids, delegates, strict=True):
        values = dict(zip(DELEGATE_FIELDS, fields, strict=True))
        values["external_id"] = values["external_id"] or None
        agency = created.get(agency, agency)
        expected_rows.append((delegate_id, *values.values(), agency))
        expected_entries.append(
            json.dumps(
                {"id": delegate_id, "version": 1, **values, "agency_id": agency, "active": True, "notes": ""}
            )
        )
    assert rows == expected_rows
    assert entries == expected_entries


def test_a_file_name_with_percent_signs_is_written_as_it_is_in_each_summary(any_ctx):
    """The new delegates' summaries are made from a template holding the file's name: its %, %d and %%
    are the name's own."""
    ri.apply_import(any_ctx, csv_data(SEED), opts(file_name="100% of %d %%s.csv"))
    _record, entries = _stored_import(any_ctx)
    added = [entry[5] for entry in entries if entry[0] == "delegate.import.add"]
    assert added == ["100% of %d %%s.csv row 2: new", "100% of %d %%s.csv row 3: new"]
