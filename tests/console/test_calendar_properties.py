"""Properties tying ``add_business_minutes`` and ``business_minutes_between`` together.

Starts range over late 2025 to early 2028: before the holiday data, the official
2026 list, the provisional 2027 list and the years beyond the data.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.clock import IST
from console.calendar import BusinessCalendar
from console.calendar_holidays import calendars_folder, load_state_holidays
from console.calendar_hours import OfficeHours, WeekRule

UTC = timezone.utc

CALENDARS = {
    "hardoi": BusinessCalendar.for_district("hardoi"),
    "five_day_with_lunch": BusinessCalendar(
        hours=OfficeHours.uniform("09:30-13:00", "13:30-18:00"),
        week_rule=WeekRule.FIVE_DAY,
        holidays=load_state_holidays("up"),
    ),
}

calendars = st.sampled_from(sorted(CALENDARS)).map(CALENDARS.__getitem__)
zones = st.sampled_from([UTC, IST, ZoneInfo("America/New_York"), ZoneInfo("Europe/London")])
instants = st.builds(
    lambda base, offset, zone: (base + timedelta(microseconds=offset)).astimezone(zone),
    st.just(datetime(2025, 12, 1, tzinfo=UTC)),
    st.integers(min_value=0, max_value=800 * 24 * 3600 * 10**6),
    zones,
)
# Mostly hours and days of business time, sometimes months, sometimes fractions of a second.
minutes = st.one_of(
    st.floats(min_value=0, max_value=600, allow_nan=False),
    st.floats(min_value=0, max_value=40_000, allow_nan=False),
    st.integers(min_value=0, max_value=3000).map(float),
    st.floats(min_value=0, max_value=1e-3, allow_nan=False),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(calendars, instants, minutes)
def test_between_measures_what_add_added(calendar: BusinessCalendar, start: datetime, amount: float) -> None:
    end = calendar.add_business_minutes(start, amount)
    assert end >= start
    assert calendar.business_minutes_between(start, end) == _approx(amount)


@SETTINGS
@given(calendars, instants, minutes, minutes)
def test_add_is_monotone(calendar: BusinessCalendar, start: datetime, first: float, second: float) -> None:
    low, high = sorted((first, second))
    assert calendar.add_business_minutes(start, low) <= calendar.add_business_minutes(start, high)


@SETTINGS
@given(calendars, instants, minutes, minutes)
def test_add_composes(calendar: BusinessCalendar, start: datetime, first: float, second: float) -> None:
    """Adding in two steps lands on the same instant as adding at once (µs rounding aside)."""
    in_two = calendar.add_business_minutes(calendar.add_business_minutes(start, first), second)
    at_once = calendar.add_business_minutes(start, first + second)
    assert abs(in_two - at_once) <= timedelta(microseconds=2) or calendar.business_minutes_between(
        min(in_two, at_once), max(in_two, at_once)
    ) == _approx(0.0)


@SETTINGS
@given(calendars, instants, instants, instants)
def test_between_is_additive_over_a_split_point(
    calendar: BusinessCalendar, first: datetime, second: datetime, third: datetime
) -> None:
    start, middle, end = sorted((first, second, third))
    whole = calendar.business_minutes_between(start, end)
    parts = calendar.business_minutes_between(start, middle) + calendar.business_minutes_between(middle, end)
    assert whole == _approx(parts)


@SETTINGS
@given(calendars, instants, instants)
def test_between_is_zero_backwards_and_never_more_than_the_wall_clock(
    calendar: BusinessCalendar, first: datetime, second: datetime
) -> None:
    start, end = sorted((first, second))
    assert calendar.business_minutes_between(end, start) == 0.0
    assert 0.0 <= calendar.business_minutes_between(start, end) <= (end - start).total_seconds() / 60 + 1e-9


@SETTINGS
@given(calendars, instants)
def test_next_opening_is_open_and_nothing_is_skipped(calendar: BusinessCalendar, at: datetime) -> None:
    opening = calendar.next_opening(at)
    assert opening >= at
    assert calendar.is_open(opening)
    assert calendar.business_minutes_between(at, opening) == 0.0
    assert (opening == at) is calendar.is_open(at)
    assert calendar.next_closing(at) > opening


@SETTINGS
@given(calendars, instants, st.floats(min_value=1e-3, max_value=5000, allow_nan=False))
def test_a_positive_span_ends_inside_an_opening_or_at_its_end(
    calendar: BusinessCalendar, start: datetime, amount: float
) -> None:
    end = calendar.add_business_minutes(start, amount)
    assert calendar.is_open(end - timedelta(microseconds=1))


def _reference_is_open(at: datetime) -> bool:
    """Hardoi's rule written out plainly from the data file, minute by minute (slow, obvious)."""
    local = at.astimezone(IST)
    day = local.date()
    if day in _REFERENCE_WORKING_DAYS:
        closed = False
    elif day in _REFERENCE_PUBLIC_HOLIDAYS or local.weekday() == 6:
        closed = True
    else:
        closed = local.weekday() == 5 and 8 <= local.day <= 14
    return not closed and 10 <= local.hour < 17


def _reference_days() -> tuple[set[date], set[date]]:
    holidays: set[date] = set()
    working: set[date] = set()
    for path in (calendars_folder() / "up").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        holidays |= {entry["date"] for entry in data.get("holiday", []) if entry["kind"] == "public"}
        working |= {entry["date"] for entry in data.get("working_day", [])}
    return holidays, working


_REFERENCE_PUBLIC_HOLIDAYS, _REFERENCE_WORKING_DAYS = _reference_days()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=790 * 24 * 60),
    st.integers(min_value=0, max_value=4 * 24 * 60),
)
def test_hardoi_agrees_with_a_minute_by_minute_reference(start_minute: int, length: int) -> None:
    calendar = CALENDARS["hardoi"]
    start = datetime(2025, 12, 1, tzinfo=UTC) + timedelta(minutes=start_minute)
    end = start + timedelta(minutes=length)
    expected = sum(_reference_is_open(start + timedelta(minutes=step)) for step in range(length))
    assert calendar.business_minutes_between(start, end) == expected
    assert calendar.is_open(start) is _reference_is_open(start)


def _approx(value: float) -> object:
    return pytest.approx(value, abs=1e-6)
