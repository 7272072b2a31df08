"""The demo's stand-in calendar: six-day offices, 10:00–17:00 IST, UP holidays of 2026."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from console.demo.office_hours import IST, DemoOfficeHours, is_working_day

UTC = timezone.utc
HOURS = DemoOfficeHours()


def ist(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=IST)


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 3, 16), True),  # Monday
    (date(2026, 3, 15), False),  # Sunday
    (date(2026, 3, 14), False),  # second Saturday
    (date(2026, 3, 28), True),  # fourth Saturday
    (date(2026, 3, 4), False),  # Holi
    (date(2026, 1, 26), False),  # Republic Day
    (date(2025, 12, 25), True),  # no 2025 list: only the weekly rule
])
def test_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_open_and_next_opening() -> None:
    assert HOURS.is_open(ist(16, 10)) and HOURS.is_open(ist(16, 16, 59))
    assert not HOURS.is_open(ist(16, 17)) and not HOURS.is_open(ist(16, 9, 59))
    assert HOURS.next_opening(ist(13, 17, 30)) == ist(16, 10)  # Friday evening → Monday (Sat 14 is 2nd Sat)
    assert HOURS.next_opening(ist(16, 12)) == ist(16, 12)
    assert HOURS.next_opening(ist(1, 8)) == ist(2, 10) + timedelta(days=3)  # Sun 1, Holi 2–4 Mar → Thu 5 Mar


def test_business_minutes_skip_nights_and_holidays() -> None:
    assert HOURS.add_business_minutes(ist(16, 16, 50), 20) == ist(17, 10, 10)
    assert HOURS.add_business_minutes(ist(16, 16, 50), 10) == ist(16, 17)  # lands on closing time
    assert HOURS.add_business_minutes(ist(27, 16, 30), 60) == ist(28, 10, 30)  # Friday → Saturday 28, a working 4th Saturday
    assert HOURS.add_business_minutes(ist(13, 16, 0), 90) == ist(16, 10, 30)
    assert HOURS.add_business_minutes(ist(15, 9), 5) == ist(16, 10, 5)  # from a Sunday
    assert HOURS.business_minutes_between(ist(13, 16, 0), ist(16, 10, 30)) == 90
    assert HOURS.business_minutes_between(ist(16, 10, 30), ist(13, 16, 0)) == -90


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        HOURS.is_open(datetime(2026, 3, 16, 11))
    with pytest.raises(ValueError):
        HOURS.add_business_minutes(ist(16, 11), -1)


def test_results_are_utc() -> None:
    assert HOURS.add_business_minutes(ist(16, 11), 5).tzinfo is UTC
    assert HOURS.next_opening(ist(15, 11)).tzinfo is UTC
