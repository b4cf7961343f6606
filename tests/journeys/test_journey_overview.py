"""The Overview's cards open what they count, clicked as a user clicks them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dialogue_planner.gui.escalations.overview_card import OpenEscalationsCard
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.overview_cards import OverdueRequestsCard, TimelinessCard
from dialogue_planner.gui.schedule.overview_card import NextMeetingCard

from .conftest import go_to


def _card(window, kind):
    page = window.page("overview")
    return next(card for card in page.extra_cards if isinstance(card, kind))


def _click(qtbot, card) -> None:
    """A click on the card's heading, as a user aims at a card."""
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().topLeft() + card.rect().center() / 4)


def test_the_overdue_card_opens_the_requests_it_counts(qtbot, window):
    go_to(qtbot, window, "Overview")
    card = _card(window, OverdueRequestsCard)
    counted = int(card.figure.text())
    assert counted > 0
    # A filter the user left on the Requests page does not hide any of them.
    requests = go_to(qtbot, window, "Requests")
    requests.status.setCurrentIndex(requests.status.count() - 1)
    qtbot.keyClicks(requests.search, "zzzz")
    go_to(qtbot, window, "Overview")
    _click(qtbot, _card(window, OverdueRequestsCard))
    assert window.stack.currentWidget() is requests
    assert requests.overdue.isChecked() and requests.search.text() == ""
    qtbot.waitUntil(lambda: requests.proxy.rowCount() == counted)


def test_a_click_on_a_cards_figure_or_a_tiles_number_opens_the_page_too(qtbot, window):
    """The user aims at the number: the label takes no click, which goes on to its card (or tile)."""
    overview = go_to(qtbot, window, "Overview")
    card = _card(window, OverdueRequestsCard)
    qtbot.mouseClick(card.figure, Qt.MouseButton.LeftButton, pos=card.figure.rect().center())
    assert window.stack.currentWidget().page_id == "requests"
    go_to(qtbot, window, "Overview")
    tile = next(t for t, target in overview.opener.targets.items() if target == "escalations")
    number = max(tile.findChildren(QLabel), key=lambda label: label.font().pointSizeF())
    assert number.text().strip()
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton, pos=number.rect().center())
    assert window.stack.currentWidget().page_id == "escalations"


def test_the_open_escalations_card_opens_the_open_ones(qtbot, window):
    go_to(qtbot, window, "Overview")
    _click(qtbot, _card(window, OpenEscalationsCard))
    page = window.stack.currentWidget()
    assert page.page_id == "escalations" and page.open_only.isChecked()


def test_the_next_meeting_card_opens_that_meeting_on_the_schedule(qtbot, window):
    go_to(qtbot, window, "Overview")
    card = _card(window, NextMeetingCard)
    _click(qtbot, card)
    page = window.stack.currentWidget()
    assert page.page_id == "schedule" and page.selected_number() == card.meeting.number


def test_the_timeliness_card_opens_the_report(qtbot, window, dialogs):
    go_to(qtbot, window, "Overview")
    answer = dialogs.expect("Close")
    _click(qtbot, _card(window, TimelinessCard))
    assert answer.answered and answer.kind == "TimelinessDialog" and "Timeliness" in answer.title
    assert window.stack.currentWidget().page_id == "requests"


def test_a_card_that_grows_after_the_columns_were_chosen_is_not_cut(qtbot, window):
    """A card's own load may come back after the page's: the cards then stand one under the other rather
    than side by side past the right edge."""
    page = go_to(qtbot, window, "Overview")
    wait_all()
    viewport = page.scroll.viewport()
    if page.columns[1] == 1:  # the window is too narrow for two: make room for them
        window.resize(window.width() + 900, window.height())
        qtbot.waitUntil(lambda: page.columns[1] == 2)
    card = page.side_cards[0]
    grown = QLabel("a line a slow card's data brought")
    grown.setMinimumWidth(viewport.width() // 2 + 20)  # too wide for two cards side by side, not for one
    card.body.addWidget(grown)
    qtbot.waitUntil(lambda: page.columns[1] == 1)
    right = viewport.mapToGlobal(viewport.rect().topRight()).x()
    for shown in [*page.side_cards, *page.extra_cards]:
        assert shown.mapToGlobal(shown.rect().topRight()).x() <= right, type(shown).__name__
