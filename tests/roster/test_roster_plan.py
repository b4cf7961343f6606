"""The pure roster plan: keys, name folding, new / changed / unchanged / deactivated, duplicates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.roster import (
    DELEGATE_FIELDS,
    ChangeKind,
    ExistingDelegate,
    ImportMode,
    RosterEntry,
    delegate_key,
    delegates_to_match,
    fold,
    folded_keys,
    name_key,
    plan_roster,
)

MPS, MSS, MPS_BUREAU = 5, 6, 9


def entry(row, agency=MPS, **values):
    return RosterEntry(row, agency, {k: v for k, v in values.items() if v})


def stored(id_, agency=MPS, **kw):
    kw.setdefault("family_name", "Zhang")
    return ExistingDelegate(id=id_, agency_id=agency, **kw)


def test_fold_ignores_case_accents_width_and_spacing():
    assert fold("  ZHANG   Wéi ") == "zhang wei"
    assert fold("ＺＨＡＮＧ") == "zhang"
    assert fold("张伟") == "张伟"
    assert name_key("Zhang", "Wei") != name_key("Wei", "Zhang")


def test_key_prefers_external_id_then_email_then_name_in_agency():
    assert delegate_key({"external_id": " A1 ", "email": "x@y.cn"}, MPS) == ("id", "a1")
    assert delegate_key({"email": "X@Y.cn", "family_name": "Z"}, MPS) == ("email", "x@y.cn")
    assert delegate_key({"family_name": "Zhang", "given_name": "Wei"}, MPS) == ("name", MPS, "zhang|wei")


def test_new_changed_unchanged_with_field_level_differences():
    existing = [
        stored(1, family_name="Zhang", given_name="Wei", email="zw@mps.cn", title="Director"),
        stored(2, family_name="Li", given_name="Na", external_id="CN-2", title="Deputy"),
    ]
    plan = plan_roster(
        [
            entry(2, family_name="Zhang", given_name="Wei", email="ZW@mps.cn", title="Director"),
            entry(
                3,
                family_name="Li",
                given_name="Na",
                external_id="CN-2",
                title="Director General",
                phone="123",
            ),
            entry(4, family_name="Wang", given_name="Fang"),
        ],
        existing,
    )
    kinds = [(c.row, c.kind, c.delegate_id, c.changed) for c in plan.changes]
    assert kinds == [
        (2, ChangeKind.UNCHANGED, 1, ()),
        (3, ChangeKind.CHANGED, 2, ("title", "phone")),
        (4, ChangeKind.NEW, None, ()),
    ]
    changed = plan.changes[1]
    assert changed.before["title"] == "Deputy" and changed.after["title"] == "Director General"
    assert plan.changes[2].after == {
        "family_name": "Wang",
        "given_name": "Fang",
        "native_name": "",
        "title": "",
        "email": "",
        "phone": "",
        "external_id": "",
        "title_zh": "",
        "agency_id": MPS,
        "active": True,
    }
    assert plan.counts == {"new": 1, "changed": 1, "unchanged": 1, "deactivated": 0, "error": 0}


def test_a_new_delegate_has_every_field_in_order_and_nothing_else():
    plan = plan_roster([entry(2, family_name="Zhang", phone="123", notes="not a delegate field")], [])
    (change,) = plan.changes
    assert change.kind == ChangeKind.NEW and plan.counts["new"] == 1
    assert change.after == {
        "family_name": "Zhang",
        "given_name": "",
        "native_name": "",
        "title": "",
        "title_zh": "",
        "email": "",
        "phone": "123",
        "external_id": "",
        "agency_id": MPS,
        "active": True,
    }
    assert list(change.after) == [*DELEGATE_FIELDS, "agency_id", "active"]  # the audit entry's order


def test_empty_cells_never_erase_stored_values():
    plan = plan_roster(
        [entry(2, family_name="Zhang", email="zw@mps.cn")],
        [stored(1, email="zw@mps.cn", phone="+86 10", title="Director")],
    )
    assert plan.changes[0].kind == ChangeKind.UNCHANGED


def test_external_id_match_moves_agency_and_reactivates():
    plan = plan_roster(
        [entry(2, agency=MSS, family_name="Zhang", external_id="X9")],
        [stored(1, external_id="x9", active=False)],
    )
    change = plan.changes[0]
    assert change.kind == ChangeKind.CHANGED and change.changed == ("agency_id", "active")
    assert change.after["agency_id"] == MSS and change.after["active"] is True


def test_email_match_assigns_external_id_but_never_steals_another_id():
    plan = plan_roster(
        [entry(2, family_name="Zhang", email="zw@mps.cn", external_id="NEW")], [stored(1, email="zw@mps.cn")]
    )
    assert plan.changes[0].kind == ChangeKind.CHANGED and plan.changes[0].changed == ("external_id",)
    plan = plan_roster(
        [entry(2, family_name="Zhang", email="zw@mps.cn", external_id="NEW")],
        [stored(1, email="zw@mps.cn", external_id="OLD")],
    )
    assert plan.changes[0].kind == ChangeKind.NEW


def test_name_match_only_within_the_agency_and_without_conflicting_email():
    existing = [stored(1, agency=MPS, family_name="Zhang", given_name="Wei")]
    assert (
        plan_roster([entry(2, agency=MSS, family_name="zhang", given_name="WEI")], existing).changes[0].kind
        == "new"
    )
    same = plan_roster([entry(2, family_name="zhang", given_name="WEI")], existing).changes[0]
    assert (same.kind, same.delegate_id, same.changed) == ("changed", 1, ("family_name", "given_name"))
    conflicting = [stored(1, family_name="Zhang", given_name="Wei", email="a@mps.cn")]
    assert (
        plan_roster([entry(2, family_name="Zhang", given_name="Wei", email="b@mps.cn")], conflicting)
        .changes[0]
        .kind
        == "new"
    )


def test_duplicate_keys_within_the_file_are_issues_naming_the_first_row():
    plan = plan_roster(
        [
            entry(2, family_name="Zhang", external_id="A1"),
            entry(3, family_name="Zhang Jr", external_id="a1"),
            entry(4, family_name="Li", email="li@mps.cn"),
            entry(5, family_name="Li", email="LI@mps.cn"),
            entry(6, family_name="Wu"),
            entry(7, family_name="WU"),
        ],
        [],
    )
    assert [(i.row, i.column, i.message) for i in plan.issues] == [
        (3, "external_id", "Duplicate of row 2: same external id 'a1'."),
        (5, "email", "Duplicate of row 4: same email 'li@mps.cn'."),
        (7, "family_name", "Duplicate of row 6: same name 'wu' in the same agency."),
    ]
    assert [c.row for c in plan.changes] == [2, 4, 6]
    assert plan.counts["error"] == 3


def test_two_rows_matching_one_stored_delegate():
    plan = plan_roster(
        [entry(2, family_name="Zhang", external_id="A1"), entry(3, family_name="Zhang", email="z@m.cn")],
        [stored(1, external_id="A1", email="z@m.cn")],
    )
    assert [(i.row, i.message) for i in plan.issues] == [(3, "Row 2 already updates this delegate (Zhang).")]


def test_replace_deactivates_missing_active_delegates_of_the_agency_and_its_sub_agencies_only():
    existing = [
        stored(1, family_name="Zhang", external_id="A"),
        stored(2, family_name="Li", external_id="B"),
        stored(3, agency=MPS_BUREAU, family_name="Wu", external_id="C"),
        stored(4, family_name="Gone", external_id="D", active=False),
        stored(5, agency=MSS, family_name="Other", external_id="E"),
    ]
    plan = plan_roster(
        [entry(2, family_name="Zhang", external_id="A"), entry(3, agency=MSS, family_name="X")],
        existing,
        ImportMode.REPLACE,
        {MPS, MPS_BUREAU},
    )
    deactivated = plan.of_kind(ChangeKind.DEACTIVATED)
    assert sorted(c.delegate_id for c in deactivated) == [2, 3]
    assert all(c.after["active"] is False and c.before["active"] is True for c in deactivated)
    assert [(i.row, i.column) for i in plan.issues] == [(3, "agency")]
    assert plan.counts["deactivated"] == 2 and plan.counts["unchanged"] == 1


def test_replace_needs_a_scope():
    with pytest.raises(ValueError):
        plan_roster([], [], ImportMode.REPLACE)


names = st.text(alphabet=st.sampled_from("abcXYZ张伟 é"), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(names, names, st.sampled_from(["", "a@x.cn", "b@x.cn"]), st.sampled_from(["", "1", "2"])),
        max_size=8,
    )
)
def test_replanning_after_applying_changes_nothing(rows):
    """Apply a plan to an empty store, then plan the same rows again: all unchanged or duplicates."""
    entries = [
        entry(i + 2, family_name=f, given_name=g, email=e, external_id=x)
        for i, (f, g, e, x) in enumerate(rows)
    ]
    first = plan_roster(entries, [])
    store = [
        ExistingDelegate(id=n, **{k: v for k, v in c.after.items()}) for n, c in enumerate(first.changes, 1)
    ]
    second = plan_roster(entries, store)
    assert {c.kind for c in second.changes} <= {ChangeKind.UNCHANGED}
    assert [c.row for c in second.changes] == [c.row for c in first.changes]
    assert [i.row for i in second.issues] == [i.row for i in first.issues]


def _fold_by_definition(text: str) -> str:
    """``fold`` as its docstring defines it, one character at a time."""
    import unicodedata

    if not text:
        return ""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


@given(st.text(max_size=40))
def test_fold_drops_exactly_the_combining_marks(text):
    """The translation table judges each character once and remembers it; the answer is the definition's."""
    assert fold(text) == _fold_by_definition(text)
    assert fold(text) == fold(text)  # judged again from the table


_SPELLINGS = st.sampled_from(["Zhang", "zhang", " ZHANG ", "Zhāng", "Li", "", "Wei"])


@settings(max_examples=150)
@given(
    delegates=st.lists(
        st.tuples(st.sampled_from([MPS, MSS, MPS_BUREAU]), _SPELLINGS, _SPELLINGS), max_size=10
    ),
    asked=st.tuples(st.sampled_from([MPS, MSS, MPS_BUREAU, 99]), _SPELLINGS, _SPELLINGS),
)
def test_a_name_is_matched_within_its_agency_whichever_agency_is_asked_first(delegates, asked):
    """The index folds an agency's names when a row of that agency first needs them: the answer is always
    the agency's delegates with the same folded name, oldest first, as if every name had been folded ahead."""
    from dialogue_planner.domain.roster import _Index

    existing = [stored(n, agency=a, family_name=f, given_name=g) for n, (a, f, g) in enumerate(delegates, 1)]
    index = _Index(reversed(existing))
    agency, family, given = asked
    for other in (MSS, agency):  # another agency's names folded first changes nothing
        index.same_name(other, family, given)
    expected = [
        d
        for d in existing
        if d.agency_id == agency and name_key(d.family_name, d.given_name) == name_key(family, given)
    ]
    assert index.same_name(agency, family, given) == expected


_KEYS = st.sampled_from(["", "1", "2", " 1", "X-2", "x-2"])
_EMAILS = st.sampled_from(["", "a@x.cn", "A@X.cn", "b@x.cn"])
_AGENCIES = st.sampled_from([MPS, MSS, MPS_BUREAU])


@settings(max_examples=200)
@given(
    rows=st.lists(st.tuples(_AGENCIES, _SPELLINGS, _SPELLINGS, _EMAILS, _KEYS), max_size=8),
    delegates=st.lists(
        st.tuples(_AGENCIES, _SPELLINGS, _SPELLINGS, _EMAILS, _KEYS, st.booleans()), max_size=10
    ),
    replace=st.sampled_from([None, (MPS,), (MPS, MPS_BUREAU), (MSS,)]),
)
def test_the_delegates_to_match_give_the_plan_every_delegate_gives(rows, delegates, replace):
    """The import reads in full only the delegates ``delegates_to_match`` names (by external id, email or
    agency): planning against them alone gives exactly the plan planning against every stored delegate."""
    entries = [
        entry(n, agency, family_name=f, given_name=g, email=e, external_id=x)
        for n, (agency, f, g, e, x) in enumerate(rows, 2)
    ]
    existing = [
        stored(n, agency, family_name=f, given_name=g, email=e, external_id=x or None, active=active)
        for n, (agency, f, g, e, x, active) in enumerate(delegates, 1)
    ]
    keys = [(d.id, d.agency_id, d.email, d.external_id) for d in existing]
    mode, scope = (ImportMode.REPLACE, replace) if replace else (ImportMode.UPDATE, None)
    named = delegates_to_match(entries, keys, scope)
    assert named == sorted(set(named))
    every = plan_roster(entries, existing, mode, scope)
    assert plan_roster(entries, [d for d in existing if d.id in set(named)], mode, scope) == every
    folded = folded_keys(entries)
    assert delegates_to_match(entries, keys, scope, folded) == named
    assert plan_roster(entries, [d for d in existing if d.id in set(named)], mode, scope, folded) == every
