"""Python dates and times to and from Qt's, in one place."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())
