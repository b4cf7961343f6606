"""Working days of each side: weekends, public holidays (with observed days) and China's make-up days.

Built on the ``holidays`` package and cached per (country, year), because proposals and request due
dates ask about thousands of days in a loop.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg


def _country_modules_on_demand() -> None:
    """Let ``holidays`` import only the countries asked for. Its registry imports one country's module
    (``holidays.countries.united_states``), but Python first runs the package's ``__init__``, which imports
    all 250 countries and their calendars: about 14 MB of the application's memory and 0.1-0.2 s, for the
    two or three countries a dialogue's sides use (issue 19: peak memory).

    The package is registered without running its ``__init__`` (its path is set, so each country module
    imports as before); the first time anything asks the package itself for a name, its ``__init__`` runs
    then, whole, and answers as it always did."""
    if "holidays.countries" in sys.modules:
        return
    spec = importlib.util.find_spec("holidays.countries")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return
    package = importlib.util.module_from_spec(spec)
    loader = spec.loader
    whole = threading.Lock()
    ran: list[bool] = []

    def __getattr__(name: str):  # noqa: N807 - a module's __getattr__ (PEP 562)
        with whole:
            if not ran:
                ran.append(True)
                loader.exec_module(package)
        try:
            return package.__dict__[name]
        except KeyError:
            raise AttributeError(f"module 'holidays.countries' has no attribute {name!r}") from None

    package.__getattr__ = __getattr__  # type: ignore[method-assign]  # a module's __getattr__ (PEP 562)
    sys.modules["holidays.countries"] = package
    holidays.countries = package  # as an import of the package sets it


_country_modules_on_demand()


@dataclass(frozen=True)
class YearCalendar:
    """One country's non-working days of one year."""

    country: str
    year: int
    holidays: dict[date, tuple[str, ...]]
    weekend: frozenset[int]
    make_up_working_days: frozenset[date]
    estimated: bool

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.make_up_working_days:
            return True
        return day.weekday() not in self.weekend


@lru_cache(maxsize=1)
def supported_countries() -> frozenset[str]:
    """The ISO codes ``holidays`` has a calendar for, read from its registry: ``list_supported_countries()``
    imports every country's module to answer (about 300 modules, a quarter of a second at start-up)."""
    from holidays.registry import COUNTRIES  # module -> (class name, ISO codes and aliases..., class aliases)

    return frozenset(code for entry in COUNTRIES.values() for code in entry[1:] if code.isupper())


def _normalise(country: str) -> str:
    code = (country or "").strip().upper()
    if code not in supported_countries():
        raise ValidationError(
            msg(
                "No public-holiday calendar for country '{country}': use an ISO code such as US or CN.",
                country=country,
            )
        )
    return code


def _last_announced_year(country: str) -> int | None:
    """The last year whose holidays the government has announced, when it announces them late."""
    if country != "CN":
        return None
    from holidays.countries.china import ChinaStaticHolidays

    return max(ChinaStaticHolidays.special_public_holidays)


@lru_cache(maxsize=512)
def year_calendar(country: str, year: int) -> YearCalendar:
    """The cached calendar of one country and year (country is an ISO code, e.g. "US", "CN")."""
    code = _normalise(country)
    if code != country:
        return year_calendar(code, year)
    cls = holidays.country_holidays(code, years=[]).__class__
    language = "en_US" if "en_US" in (getattr(cls, "supported_languages", ()) or ()) else None
    # The next year is populated too: China announces make-up days of late December with the next year.
    data = holidays.country_holidays(code, years=[year, year + 1], language=language)
    names = {day: tuple(data.get_list(day)) for day in data if day.year == year}
    workdays = frozenset(d for d in getattr(data, "weekend_workdays", ()) or () if d.year == year)
    last = _last_announced_year(code)
    return YearCalendar(
        code, year, names, frozenset(data.weekend), workdays, estimated=last is not None and year > last
    )


def is_working_day(country: str, day: date) -> bool:
    """True when ``day`` is neither a weekend (unless a make-up working day) nor a public holiday."""
    return year_calendar(country, day.year).is_working_day(day)


def holiday_names(country: str, day: date) -> list[str]:
    """English names of the public holidays on ``day`` (observed and substituted days included)."""
    return list(year_calendar(country, day.year).holidays.get(day, ()))


def is_make_up_working_day(country: str, day: date) -> bool:
    """A weekend day that is a working day because a holiday week borrowed it (China)."""
    return day in year_calendar(country, day.year).make_up_working_days


def is_estimated_year(country: str, year: int) -> bool:
    """True when the country has not announced that year's holidays yet, so they are estimates."""
    return year_calendar(country, year).estimated


def add_working_days(country: str, start: date, n: int) -> date:
    """The day that is ``n`` working days after ``start`` (before it when ``n`` is negative)."""
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if is_working_day(country, day):
            remaining -= 1
    return day


def working_days_between(country: str, start: date, end: date) -> int:
    """Working days in (start, end] when end follows start; minus those in [end, start) when it precedes,
    so that ``working_days_between(c, s, add_working_days(c, s, n)) == n``."""
    if end < start:
        return -sum(1 for i in range((start - end).days) if is_working_day(country, end + timedelta(days=i)))
    return sum(
        1 for i in range(1, (end - start).days + 1) if is_working_day(country, start + timedelta(days=i))
    )
