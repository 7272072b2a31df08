"""The district's calendar for one span of days, asked for business minutes tens of thousands of times.

A year's report asks ``business_minutes_between`` twice for each of 50,000
cases; the district calendar answers any two instants of any year, at some
microseconds a call. Here the open spans of the days the report can touch
are laid out once as epoch microseconds with running sums, so a call is a
little arithmetic on integers, with exactly the calendar's answer. Instants
outside the span, or a zone whose offset changes within it, are handed to the
calendar itself.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from console.calendar import BusinessCalendar
from console.domain import BusinessHours

MICROSECONDS_PER_DAY = 86_400_000_000
MICROSECONDS_PER_MINUTE = 60_000_000
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
UTC = timezone.utc


class PeriodCalendar:
    def __init__(self, calendar: BusinessCalendar, first: date, last: date) -> None:
        self._calendar = calendar
        zone = calendar.hours.zone
        self._first_day = first.toordinal() - EPOCH_ORDINAL  # days since the epoch, local
        offset = datetime.combine(first, time(0), zone).utcoffset()
        assert offset is not None
        self._offset = offset // timedelta(microseconds=1)
        self._fixed = True
        self._spans: list[tuple[tuple[int, int], ...]] = []
        self._prefix: list[int] = []
        running = 0
        day = first
        while day <= last:
            for moment in (time(0), time(12)):
                if datetime.combine(day, moment, zone).utcoffset() != offset:
                    self._fixed = False  # a change of offset (summer time): the calendar answers everything
            spans = tuple((_microseconds(start), _microseconds(end)) for start, end in calendar.open_intervals(day))
            self._spans.append(spans)
            self._prefix.append(running)
            running += sum(end - start for start, end in spans)
            day += timedelta(days=1)
        self._days = len(self._spans)

    def _position(self, moment: int) -> int | None:
        """Open µs since the first day up to ``moment`` (epoch µs), or None outside the span."""
        index = (moment + self._offset) // MICROSECONDS_PER_DAY - self._first_day
        if not 0 <= index < self._days:
            return None
        position = self._prefix[index]
        for start, end in self._spans[index]:
            if moment <= start:
                break
            position += (moment if moment < end else end) - start
        return position

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        if self._fixed and start.tzinfo is not None and end.tzinfo is not None:
            first, second = int(start.timestamp() * 1e6 + 0.5), int(end.timestamp() * 1e6 + 0.5)
            if second <= first:
                return 0.0
            before, after = self._position(first), self._position(second)
            if before is not None and after is not None:
                return (after - before) / MICROSECONDS_PER_MINUTE
        return self._calendar.business_minutes_between(start, end)

    def is_open(self, at: datetime) -> bool:
        return self._calendar.is_open(at)

    def next_opening(self, at: datetime) -> datetime:
        return self._calendar.next_opening(at)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        return self._calendar.add_business_minutes(start, minutes)


def for_period(calendar: BusinessHours, first: date, last: date) -> BusinessHours:
    """A :class:`PeriodCalendar` over the days when the calendar is the district's; any other as it is."""
    return PeriodCalendar(calendar, first, last) if isinstance(calendar, BusinessCalendar) else calendar


def _microseconds(instant: datetime) -> int:
    return (instant - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
