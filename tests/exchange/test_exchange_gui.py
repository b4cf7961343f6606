"""The Reconciliation page from the user's seat: import the other side's package, settle the differences
with Accept theirs, Keep ours and Agreed as…, export the answer (issue 20)."""

from __future__ import annotations

from datetime import date

import pytest
from journeys.user_seat import answer_file_dialog, click, click_row_showing, when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from dialogue_planner.gui.exchange.page import ExchangePage
from dialogue_planner.gui.exchange.table_model import COL
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import exchange
from dialogue_planner.services.requests import add_request, get_request


@pytest.fixture
def us_page(qtbot, pair, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(pair.us, settings, ErrorReporter(interactive=False))
    page = ExchangePage(app)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    wait_all()
    yield page
    app.tasks.wait()


def _both_log(pair):
    for ctx, received, subject in (
        (pair.us, date(2016, 3, 1), "Botnet command servers"),
        (pair.cn, date(2016, 3, 3), "Botnet C2 servers"),
    ):
        add_request(
            ctx, from_side="US", to_side="CN", kind="information", subject=subject, received_on=received
        )
    add_request(
        pair.us,
        from_side="US",
        to_side="CN",
        kind="evidence",
        subject="Server logs",
        received_on=date(2016, 4, 1),
    )
    add_request(
        pair.cn,
        from_side="US",
        to_side="CN",
        kind="evidence",
        subject="Server logs",
        received_on=date(2016, 4, 1),
    )


def _shown(page) -> list[tuple[str, str, str, str]]:
    m = page.model
    return [
        tuple(m.index(r, COL[c]).data() for c in ("record", "field", "ours", "theirs"))
        for r in range(m.rowCount())
    ]


def test_import_settle_and_export_by_clicking(qtbot, pair, us_page):
    page = us_page
    assert "fingerprint" in page.keys.text() and exchange.show_keys(pair.us).fingerprint in page.keys.text()
    assert not page.accept_button.isEnabled()
    _both_log(pair)
    incoming = pair.tmp / "from-cn.zip"
    exchange.export_package(pair.cn, incoming)
    exchange.resolve_difference  # noqa: B018 - the page calls it through the operations path

    answer_file_dialog(qtbot, incoming)
    click(qtbot, page.import_button)
    wait_all()
    assert "Package 1 of side CN imported" in page.message.text()
    assert sorted(_shown(page)) == [
        ("Request US-2016-0001", "received on", "2016-03-01", "2016-03-03"),
        ("Request US-2016-0001", "subject", "Botnet command servers", "Botnet C2 servers"),
    ]

    click_row_showing(qtbot, page.table, "received on", COL["field"])
    click(qtbot, page.keep_button)
    wait_all()
    assert [row[1] for row in _shown(page)] == ["subject"]

    click_row_showing(qtbot, page.table, "subject", COL["field"])

    def agree(dialog):
        dialog.findChild(QLineEdit, "reasonText").setText("Botnet command-and-control servers")
        dialog.ok_button.click()

    when_modal(agree)
    click(qtbot, page.agreed_button)
    wait_all()
    assert _shown(page) == []
    assert get_request(pair.us, "US-2016-0001").request.subject == "Botnet command-and-control servers"
    assert get_request(pair.us, "US-2016-0001").request.received_on == date(2016, 3, 1)

    outgoing = pair.tmp / "to-cn.zip"
    answer_file_dialog(qtbot, outgoing)
    click(qtbot, page.export_button)
    wait_all()
    assert outgoing.exists() and "written to" in page.message.text()
    exchange.import_package(pair.cn, outgoing)
    said = {d.field: d.their_resolution for d in exchange.list_differences(pair.cn)}
    assert said == {"received_on": "kept", "subject": "agreed"}


def test_accept_theirs_by_clicking(qtbot, pair, us_page):
    page = us_page
    add_request(
        pair.us, from_side="US", to_side="CN", kind="information", subject="A", received_on=date(2016, 3, 1)
    )
    add_request(
        pair.cn, from_side="US", to_side="CN", kind="information", subject="A", received_on=date(2016, 3, 4)
    )
    pair.cn_to_us()
    page.refresh()
    wait_all()
    click_row_showing(qtbot, page.table, "received on", COL["field"])
    click(qtbot, page.accept_button)
    wait_all()
    assert _shown(page) == []
    assert get_request(pair.us, "US-2016-0001").request.received_on == date(2016, 3, 4)
    assert "is now 2016-03-04" in page.message.text()


def test_make_the_key_and_trust_theirs_by_clicking(qtbot, tmp_path, _migrated_template):
    import shutil

    from exchange_pairs import side_context
    from journeys.user_seat import answer_next_box

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    shutil.copyfile(_migrated_template, tmp_path / "fresh.sqlite")
    ctx = side_context(f"sqlite:///{tmp_path / 'fresh.sqlite'}", "CN")
    app = AppContext(
        ctx, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), ErrorReporter(interactive=False)
    )
    page = ExchangePage(app)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    wait_all()
    assert "no signing key" in page.keys.text() and not page.export_button.isEnabled()

    answer_next_box(qtbot, "Make key", expect="A signing key for side CN")
    click(qtbot, page.make_key_button)
    wait_all()
    info = exchange.show_keys(ctx)
    assert info.fingerprint in page.keys.text()
    assert page.export_button.isEnabled() and not page.make_key_button.isEnabled()

    # The US side's key, as they would send it (made here with the library itself).
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from dialogue_planner.domain.exchange import fingerprint

    raw = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )

    def fill(dialog):
        assert [dialog.side.itemText(i) for i in range(dialog.side.count())] == ["US"]
        dialog.key.setText(raw.hex())
        dialog.fingerprint.setText(fingerprint(raw).lower())
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, page.trust_button)
    wait_all()
    assert f"Trusted key of side US: fingerprint {fingerprint(raw)}" in page.keys.text()
    app.tasks.wait()
    ctx.db.dispose()
