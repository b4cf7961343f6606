"""The delegate table's proxy: sorting, the agency, status and text filters, and persistent indexes,
computed in Python (RowListProxy) rather than by a QSortFilterProxyModel."""

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from dialogue_planner.domain.records import DelegateRecord
from dialogue_planner.gui.roster.delegate_model import RECORD_ROLE, DelegateFilterProxy, DelegateTableModel


def delegate(id_, family, given, agency_id=1, active=True, native="", email=""):
    return DelegateRecord(
        id=id_,
        agency_id=agency_id,
        agency_acronym=f"A{agency_id}",
        side_code="US",
        family_name=family,
        given_name=given,
        native_name=native,
        title="",
        email=email,
        phone="",
        external_id=None,
        active=active,
    )


@pytest.fixture
def proxy(qapp):
    model = DelegateTableModel()
    model.set_rows(
        [
            delegate(1, "Zhang", "Wei", agency_id=2, native="张伟"),
            delegate(2, "Álvarez", "Ana", email="ana@doj.example"),
            delegate(3, "Li", "Na", agency_id=2, active=False),
            delegate(4, "Brown", "Sam"),
        ]
    )
    p = DelegateFilterProxy()
    p.setSourceModel(model)
    p.model_ = model  # keep the source alive with the proxy
    return p


def ids(proxy):
    return [proxy.index(row, 0).data(RECORD_ROLE).id for row in range(proxy.rowCount())]


def test_sorts_by_folded_name_both_ways_and_by_other_columns(proxy):
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [2, 4, 3, 1]  # Álvarez sorts as alvarez
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [1, 3, 4, 2]
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # agency, then the source order
    assert ids(proxy) == [2, 4, 1, 3]
    assert (proxy.sortColumn(), proxy.sortOrder()) == (2, Qt.SortOrder.AscendingOrder)


def test_filters_by_agency_status_and_text_in_any_script(proxy):
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.set_agencies({2})
    assert ids(proxy) == [3, 1]
    proxy.set_show_inactive(False)
    assert ids(proxy) == [1]
    proxy.set_agencies(None)
    proxy.set_search("张")
    assert ids(proxy) == [1]
    proxy.set_search("ALVAREZ")  # case and accents ignored
    assert ids(proxy) == [2]
    proxy.set_show_inactive(True)
    proxy.set_search("lina")  # spaces ignored: "Li Na"
    assert ids(proxy) == [3]
    proxy.set_search("nobody")
    assert proxy.rowCount() == 0


def test_a_selected_row_keeps_its_delegate_through_sorts_and_filters(proxy):
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(proxy.index(1, 0))
    assert kept.data(RECORD_ROLE).id == 4
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2 and kept.data(RECORD_ROLE).id == 4
    assert proxy.mapToSource(proxy.index(kept.row(), 0)).row() == 3
    assert proxy.mapFromSource(proxy.model_.index(3, 0)).row() == 2


def test_new_rows_are_sorted_with_new_keys(proxy):
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.model_.set_rows([delegate(9, "Young", "Ann"), delegate(8, "Adams", "Bo")])
    assert ids(proxy) == [8, 9]


def test_passes_the_model_tester_filtered_and_sorted(qtmodeltester, proxy):
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    proxy.set_agencies({1, 2})
    proxy.set_search("a")
    qtmodeltester.check(proxy)
