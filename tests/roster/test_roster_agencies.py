"""Matching rows' sides and agencies: codes, names in both scripts, aliases, closest-match hints."""

from __future__ import annotations

from dialogue_planner.domain.roster import RosterRow
from dialogue_planner.interchange.roster_agencies import AgencyCatalogue, AgencyRef, SideRef, resolve_rows

SIDES = [SideRef("US", "United States", "美国"), SideRef("CN", "China", "中国")]
AGENCIES = [
    AgencyRef(1, "US", "DHS", "Department of Homeland Security", "国土安全部"),
    AgencyRef(2, "US", "DOJ", "Department of Justice", "司法部"),
    AgencyRef(3, "US", "FBI", "Federal Bureau of Investigation", "联邦调查局", parent_id=2),
    AgencyRef(5, "CN", "MPS", "Ministry of Public Security", "公安部"),
    AgencyRef(7, "CN", "MOJ", "Ministry of Justice", "司法部"),
    AgencyRef(9, "CN", "CYB", "Cyber Security Bureau", "网络安全保卫局", parent_id=5),
    AgencyRef(10, "CN", "CYB2", "Cyber Unit", "", parent_id=9),
]
CATALOGUE = AgencyCatalogue(SIDES, AGENCIES)


def row(number, side, agency):
    return RosterRow(number, {"side": side, "agency": agency, "family_name": "Zhang", "given_name": ""})


def test_sides_by_code_name_and_alias():
    for text, code in [
        ("us", "US"),
        ("U.S.", "US"),
        ("United States", "US"),
        ("美方", "US"),
        ("PRC", "CN"),
        ("中国", "CN"),
        (" china ", "CN"),
        ("ＣＮ", "CN"),
    ]:
        assert CATALOGUE.side(text).code == code
    assert CATALOGUE.side("France") is None


def test_agencies_by_acronym_or_either_name_on_the_rows_side():
    entries, issues = resolve_rows(
        [
            row(2, "CN", "mps"),
            row(3, "中方", "公安部"),
            row(4, "CN", "ministry of  public security"),
            row(5, "US", "司法部"),
            row(6, "CN", "司法部"),
        ],
        CATALOGUE,
    )
    assert issues == []
    assert [e.agency_id for e in entries] == [5, 5, 5, 2, 7]
    assert entries[0].values == {"family_name": "Zhang"}


def test_unknown_side_and_agency_with_closest_match():
    headers = {"side": "国别", "agency": "单位"}
    _, issues = resolve_rows(
        [
            row(2, "FR", "MPS"),
            row(3, "CN", "Ministry of Public Securty"),
            row(4, "US", "Ministry of Public Security"),
            row(5, "CN", "XYZ"),
        ],
        CATALOGUE,
        headers,
    )
    assert [(i.row, i.column, i.message) for i in issues] == [
        (2, "国别", "Unknown side 'FR': use one of US, CN."),
        (
            3,
            "单位",
            "Unknown agency 'Ministry of Public Securty' on side CN; did you mean MPS (Ministry of Public "
            "Security)?",
        ),
        (4, "单位", "Unknown agency 'Ministry of Public Security' on side US."),
        (5, "单位", "Unknown agency 'XYZ' on side CN."),
    ]


def test_scope_of_an_agency_includes_sub_agencies_at_any_depth():
    assert CATALOGUE.with_descendants(5) == {5, 9, 10}
    assert CATALOGUE.with_descendants(2) == {2, 3}
    assert CATALOGUE.with_descendants(7) == {7}
    assert [a.side_code for a in CATALOGUE.agency_by_acronym("doj")] == ["US"]


def test_names_with_or_without_the_side_in_front():
    catalogue = AgencyCatalogue(
        SIDES,
        [
            AgencyRef(2, "US", "DOJ", "U.S. Department of Justice", "美国司法部"),
            AgencyRef(7, "CN", "MOJ", "Ministry of Justice", "司法部"),
            AgencyRef(8, "CN", "SIIO", "State Internet Information Office", "中国国家互联网信息办公室"),
        ],
    )
    for side, text, expected in [
        ("US", "司法部", 2),
        ("US", "美国司法部", 2),
        ("US", "Department of Justice", 2),
        ("US", "the U.S. Department of Justice", 2),
        ("CN", "司法部", 7),
        ("CN", "中国司法部", 7),
        ("CN", "国家互联网信息办公室", 8),
        ("CN", "China MOJ", 7),
    ]:
        assert catalogue.agency(side, text).id == expected, (side, text)
    assert catalogue.agency("CN", "美国司法部") is None
