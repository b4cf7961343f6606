"""The request table model and its filter proxy, without the page."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from dialogue_planner.domain.requests import RequestRow
from dialogue_planner.gui.requests.filter_proxy import RequestFilter, RequestFilterProxy
from dialogue_planner.gui.requests.table_model import COL, ID_ROLE, SORT_ROLE, RequestTableModel

AS_OF = date(2016, 6, 1)


def row(
    i,
    *,
    to="CN",
    kind="information",
    subject="Botnet",
    received=date(2016, 1, 1),
    responded=None,
    status=None,
    quality=None,
    seq=None,
):
    status = status or ("responded" if responded else "open")
    frm = "US" if to == "CN" else "CN"
    return RequestRow(
        i,
        f"{frm}-2016-{seq or i:04d}",
        frm,
        to,
        kind,
        subject,
        received,
        received + timedelta(30),
        responded,
        quality,
        status,
        "FBI" if frm == "US" else "MPS",
        "MPS" if to == "CN" else "FBI",
    )


ROWS = [
    row(1, subject="Botnet takedown"),
    row(2, subject="Phishing wave", received=date(2016, 5, 20)),
    row(
        3,
        to="US",
        kind="evidence",
        subject="Ransomware payment",
        responded=date(2016, 1, 10),
        quality="partial",
    ),
    row(4, subject="Intrusion at a bank", status="withdrawn"),
    row(5, to="US", subject="Botnet command servers", seq=10000),
]


@pytest.fixture
def models(qapp):
    model = RequestTableModel()
    model.set_rows(list(ROWS), AS_OF)
    proxy = RequestFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def refs(proxy):
    return [proxy.index(r, COL["reference"]).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, models):
    model, proxy = models
    qtmodeltester.check(model)
    proxy.set_filter(RequestFilter(text="botnet"))
    qtmodeltester.check(proxy)


def test_empty_model_passes_the_model_tester(qtmodeltester, qapp):
    model = RequestTableModel()
    proxy = RequestFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_display_values_and_overdue(models):
    model, _ = models
    assert model.index(0, COL["due"]).data() == "2016-01-31"
    assert model.index(0, COL["overdue"]).data() == str((AS_OF - date(2016, 1, 31)).days)
    assert model.index(0, COL["due"]).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, COL["overdue"]).data() == ""
    assert model.index(2, COL["responded"]).data() == "2016-01-10"
    assert model.index(2, COL["quality"]).data() == "partial"
    assert model.index(3, COL["overdue"]).data() == ""  # withdrawn is never overdue
    assert model.index(2, COL["from"]).data() == "CN MPS"
    assert model.index(2, 0).data(ID_ROLE) == 3
    assert model.headerData(COL["due"], Qt.Orientation.Horizontal) == "Due"


def test_sort_role_is_numeric_for_dates_and_counts(models):
    model, _ = models
    assert model.index(0, COL["received"]).data(SORT_ROLE) == date(2016, 1, 1).toordinal()
    assert model.index(0, COL["responded"]).data(SORT_ROLE) == -1
    assert isinstance(model.index(0, COL["overdue"]).data(SORT_ROLE), int)


def test_filters_combine(models):
    _, proxy = models
    proxy.set_filter(RequestFilter(side="CN"))
    assert refs(proxy) == ["US-2016-0001", "US-2016-0002", "US-2016-0004"]
    proxy.set_filter(RequestFilter(side="CN", overdue_only=True))
    assert refs(proxy) == ["US-2016-0001"]
    proxy.set_filter(RequestFilter(kind="evidence"))
    assert refs(proxy) == ["CN-2016-0003"]
    proxy.set_filter(RequestFilter(status="withdrawn"))
    assert refs(proxy) == ["US-2016-0004"]


def test_search_as_you_type_narrows_and_widens(models):
    _, proxy = models
    seen = []
    for text in ["b", "bo", "bot", "botnet", "botnet c", "botnet", "", "MPS ransom"]:
        proxy.set_filter(RequestFilter(text=text))
        seen.append(len(refs(proxy)))
    # "b" matches "Botnet", "bank" and the "responded"/"FBI" words; words match in any order.
    assert seen[3:] == [2, 1, 2, 5, 1]
    proxy.set_filter(RequestFilter(side="US", text="botnet"))
    assert refs(proxy) == ["CN-2016-10000"]


def test_sorting_by_numbers_not_text(models):
    _, proxy = models
    proxy.set_filter(RequestFilter(side="US"))
    proxy.sort(COL["reference"], Qt.SortOrder.DescendingOrder)
    assert refs(proxy) == ["CN-2016-10000", "CN-2016-0003"]
    proxy.set_filter(RequestFilter())
    proxy.sort(COL["overdue"], Qt.SortOrder.DescendingOrder)
    assert refs(proxy)[0] == "US-2016-0001"
    proxy.sort(COL["received"], Qt.SortOrder.AscendingOrder)
    assert refs(proxy)[-1] == "US-2016-0002"
    # Filtering keeps the sort.
    proxy.set_filter(RequestFilter(side="CN"))
    assert refs(proxy)[-1] == "US-2016-0002"


def test_mapping_tracks_source_rows(models):
    model, proxy = models
    proxy.set_filter(RequestFilter(side="US"))
    assert proxy.mapToSource(proxy.index(0, 0)).row() == 2
    assert not proxy.mapFromSource(model.index(0, 0)).isValid()
    assert proxy.mapFromSource(model.index(4, 1)).row() == 1


def test_replacing_a_row_refilters(models):
    model, proxy = models
    proxy.set_filter(RequestFilter(overdue_only=True))
    assert refs(proxy) == ["US-2016-0001", "CN-2016-10000"]
    model.replace_row(
        ROWS[0]._replace(first_response_on=date(2016, 2, 1), status="responded", latest_quality="none")
    )
    assert refs(proxy) == ["CN-2016-10000"]
    proxy.set_filter(RequestFilter(text="none"))
    assert refs(proxy) == ["US-2016-0001"]
    model.replace_row(row(6, subject="New"))
    proxy.set_filter(RequestFilter(text="new"))
    assert refs(proxy) == ["US-2016-0006"]


def test_answer_filters(models):
    model, proxy = models
    model.replace_row(
        ROWS[0]._replace(first_response_on=date(2016, 3, 1), status="responded", latest_quality="complete")
    )  # due 2016-01-31: late
    proxy.set_filter(RequestFilter(answer="late"))
    assert refs(proxy) == ["US-2016-0001"]
    proxy.set_filter(RequestFilter(answer="poor"))
    assert refs(proxy) == ["CN-2016-0003"]  # partial, on time


def test_rows_are_found_by_request_id(models):
    """The ids are an array searched at C speed (issue 19: no dict of 100,000 ids); a row appended by
    replace_row is found too, an unknown id is -1."""
    model, proxy = models
    assert [model.row_for_id(r.id) for r in ROWS] == [0, 1, 2, 3, 4]
    assert model.row_for_id(99) == -1
    model.replace_row(row(7, subject="Appended"))
    assert model.row_for_id(7) == 5
    model.set_rows(list(reversed(ROWS)), AS_OF)  # no ids given: made from the rows when first asked
    assert model.row_for_id(1) == 4 and model.row_for_id(7) == -1


def test_prepared_ids_and_order_match_the_rows(qapp):
    from dialogue_planner.gui.requests.filter_proxy import prepare

    rows = list(ROWS)
    prepared = prepare(rows, COL["received"], True, AS_OF)
    assert list(prepared.ids) == [r.id for r in rows]
    assert [rows[i].id for i in prepared.order][0] == 2  # the newest first
    model = RequestTableModel()
    proxy = RequestFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL["received"], Qt.SortOrder.DescendingOrder)
    proxy.expect(prepared)
    model.set_rows(rows, AS_OF, prepared.ids)
    assert refs(proxy)[0] == "US-2016-0002"
    assert model.row_for_id(5) == 4


def test_source_rows_are_mapped_after_many_lookups(models):
    """Past the first few lookups the proxy builds its source -> proxy index (an array: -1 where hidden)."""
    model, proxy = models
    proxy.set_filter(RequestFilter(side="CN"))
    shown = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    for _ in range(3):  # well past LOOKUPS_BEFORE_INDEX
        for source_row in range(model.rowCount()):
            expected = shown.index(source_row) if source_row in shown else -1
            assert proxy.proxy_row(source_row) == expected
    assert proxy.proxy_row(-1) == -1 and proxy.proxy_row(model.rowCount()) == -1
