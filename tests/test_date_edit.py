"""The date field of every form: a date is taken as typed or refused with the reason, Tab leaves it, the
keyboard and the calendar pick dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QTableView, QWidget

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.text import one_line
from dialogue_planner.gui.kit.date_edit import DateEdit, add_months, parse_date

# The calendar drops down as a popup, which the offscreen platform cannot raise or give the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


@pytest.fixture
def form(qtbot):
    """Two date fields side by side in a shown window, the first with the focus."""
    window = QWidget()
    row = QHBoxLayout(window)
    first, second = DateEdit(date(2026, 1, 1)), DateEdit()
    row.addWidget(first)
    row.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first.setFocus()
    yield first, second
    window.close()


def retype(qtbot, field, text):
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("typed", ["2027-01-01", "9999-12-31", "0001-01-01", "1900-02-28", "2099-06-30"])
def test_a_typed_date_is_taken_as_typed(qtbot, form, typed):
    field, _ = form
    with qtbot.waitSignal(field.dateChanged) as changed:
        retype(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == date.fromisoformat(typed) == changed.args[0]
    assert field.text() == typed and field.problem() == ""


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("2027-1-2", "2027-01-02"),
        ("2027/01/02", "2027-01-02"),
        ("20270102", "2027-01-02"),
        ("2027.1.2", "2027-01-02"),
        ("2027年1月2日", "2027-01-02"),
        (" 2027-01-02 ", "2027-01-02"),
    ],
)
def test_other_spellings_read_back_in_iso(qtbot, form, typed, shown):
    field, _ = form
    field.setText(typed)  # QTest types Latin-1 only; an input method delivers 年月日 as one text
    field.editingFinished.emit()
    assert field.text() == shown and field.value() == date(2027, 1, 2)


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("2027-02-30", "“2027-02-30” is not a date: 2027-02 has 28 days."),
        ("2028-02-30", "“2028-02-30” is not a date: 2028-02 has 29 days."),
        ("2027-13-01", "“2027-13-01” is not a date: there is no month 13."),
        ("0000-01-01", "“0000-01-01” is not a date: there is no year 0."),
        ("27-01-01", "“27-01-01” is not a date: write it as YYYY-MM-DD, e.g. 2016-06-14."),
        ("tomorrow", "“tomorrow” is not a date: write it as YYYY-MM-DD, e.g. 2016-06-14."),
    ],
)
def test_what_is_not_a_date_is_refused_with_the_reason_and_kept(qtbot, form, typed, reason):
    field, _ = form
    retype(qtbot, field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == typed  # nothing the user typed is changed or lost
    assert field.problem() == reason and field.toolTip() == reason and "b42318" in field.styleSheet()
    assert field.date() is None
    with pytest.raises(ValidationError, match="is not a date"):
        field.value()
    retype(qtbot, field, "2027-02-28")  # once it is a date, the mark goes
    assert "b42318" not in field.styleSheet() and field.value() == date(2027, 2, 28)


def test_tab_leaves_the_field_with_its_date(qtbot, form):
    first, second = form
    retype(qtbot, first, "2027-01-01")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus() and not first.hasFocus()
    assert first.value() == date(2027, 1, 1)


def test_an_empty_field_has_no_date(qtbot, form):
    _, second = form
    assert second.text() == "" and second.value() is None and second.problem() == ""
    assert second.placeholderText() == "YYYY-MM-DD"


def test_arrow_keys_step_days_and_page_keys_months(qtbot, form):
    field, _ = form
    field.setDate(date(2024, 1, 31))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2024, 2, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.value() == date(2024, 2, 29)  # 31 January + one month: the month's last day
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.value() == date(2024, 1, 29)
    field.setDate(date(9999, 12, 31))
    qtbot.keyClick(field, Qt.Key.Key_Up)  # nothing after 9999-12-31: the field stays
    assert field.value() == date(9999, 12, 31)


def test_the_calendar_drops_down_and_picks_a_date(qtbot, form):
    field, _ = form
    field.setDate(date(2027, 3, 10))
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.findChild(QCalendarWidget, "datePopup")
    assert calendar.isVisible() and calendar.selectedDate().toPython() == date(2027, 3, 10)
    days = calendar.findChild(QTableView)  # the grid of days, where the keys go
    with qtbot.waitSignal(field.dateChanged):
        qtbot.keyClick(days, Qt.Key.Key_Right)
        qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == date(2027, 3, 11) and not calendar.isVisible()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_reason(text):
    try:
        day = parse_date(text)
    except ValidationError as exc:
        # The message quotes the input on one line, control characters shown escaped.
        assert exc.message.startswith(f"“{one_line(text.strip())}” is not a date: ")
        assert "\n" not in exc.message
    else:
        assert isinstance(day, date)


@settings(max_examples=200, deadline=None)
@given(st.dates())
def test_every_date_reads_back_as_itself(day):
    assert parse_date(day.isoformat()) == day


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(21, 1, 1), max_value=date(9978, 1, 1)), st.integers(-240, 240))
def test_adding_months_keeps_the_day_or_takes_the_months_last(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(days=1)).day == 1)
