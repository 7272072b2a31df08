"""The reports' calendar for a span of days answers exactly as the district calendar, only faster."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from console.calendar import BusinessCalendar
from console.calendar_holidays import Holiday, HolidayBasis, HolidayKind
from console.reports.period_calendar import PeriodCalendar, for_period
from tests.console.calendars import AlwaysOpen

UTC = timezone.utc
HARDOI = BusinessCalendar.for_district("hardoi").with_overrides(
    local_holidays=[Holiday(date(2026, 3, 10), "Fair", "मेला", HolidayKind.LOCAL, basis=HolidayBasis.DISTRICT_ORDER)],
    working_days=[date(2026, 3, 8)],  # a Sunday made a working day
)
FIRST, LAST = date(2026, 2, 20), date(2026, 4, 10)
FAST = PeriodCalendar(HARDOI, FIRST, LAST)
INSTANTS = st.datetimes(min_value=datetime(2026, 2, 1), max_value=datetime(2026, 5, 1), timezones=st.just(UTC))


@settings(max_examples=400, deadline=None)
@given(INSTANTS, INSTANTS)
def test_the_same_minutes_as_the_district_calendar(start: datetime, end: datetime) -> None:
    assert FAST.business_minutes_between(start, end) == HARDOI.business_minutes_between(start, end)


def test_overrides_and_the_edges_of_the_span() -> None:
    fair = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)  # 10:30 IST on the local holiday
    assert FAST.business_minutes_between(fair, fair + timedelta(hours=2)) == 0.0
    sunday = datetime(2026, 3, 8, 5, 0, tzinfo=UTC)  # the compensatory working day
    assert FAST.business_minutes_between(sunday, sunday + timedelta(minutes=20)) == 20.0
    before = datetime(2026, 1, 5, 5, 0, tzinfo=UTC)  # outside the span: the calendar answers
    assert FAST.business_minutes_between(before, before + timedelta(minutes=30)) == 30.0
    assert FAST.is_open(sunday) and FAST.next_opening(fair) == HARDOI.next_opening(fair)


def test_any_other_calendar_is_used_as_it_is() -> None:
    always = AlwaysOpen()
    assert for_period(always, FIRST, LAST) is always
    assert isinstance(for_period(HARDOI, FIRST, LAST), PeriodCalendar)
