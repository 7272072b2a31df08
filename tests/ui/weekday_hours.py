"""A plain weekday 10:00–17:00 IST business calendar for the window's tests.

It stands in for ``console.calendar.BusinessCalendar`` until that lands: the
window only needs the ``BusinessHours`` protocol. Holidays are a set of dates.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from console.clock import IST, UTC, ensure_utc

OPENS = time(10, 0)
CLOSES = time(17, 0)


class WeekdayHours:
    def __init__(self, holidays: set[date] | None = None) -> None:
        self.holidays: set[date] = set(holidays or ())

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def _window(self, day: date) -> tuple[datetime, datetime]:
        return (
            datetime.combine(day, OPENS, IST).astimezone(UTC),
            datetime.combine(day, CLOSES, IST).astimezone(UTC),
        )

    def is_open(self, at: datetime) -> bool:
        local = ensure_utc(at).astimezone(IST)
        if not self.is_working_day(local.date()):
            return False
        return OPENS <= local.time() < CLOSES

    def next_opening(self, at: datetime) -> datetime:
        at = ensure_utc(at)
        if self.is_open(at):
            return at
        day = at.astimezone(IST).date()
        for _ in range(400):
            if self.is_working_day(day):
                opens, _closes = self._window(day)
                if opens >= at:
                    return opens
            day += timedelta(days=1)
        raise ValueError("no working day within 400 days")

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        left = timedelta(minutes=minutes)
        cursor = ensure_utc(start)
        for _ in range(400):
            cursor = self.next_opening(cursor)
            _opens, closes = self._window(cursor.astimezone(IST).date())
            room = closes - cursor
            if left <= room:
                return cursor + left
            left -= room
            cursor = closes
        raise ValueError("minutes reach beyond 400 days")

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        start, end = ensure_utc(start), ensure_utc(end)
        if end <= start:
            return 0.0
        total = timedelta(0)
        day = start.astimezone(IST).date()
        last = end.astimezone(IST).date()
        while day <= last:
            if self.is_working_day(day):
                opens, closes = self._window(day)
                low, high = max(opens, start), min(closes, end)
                if high > low:
                    total += high - low
            day += timedelta(days=1)
        return total.total_seconds() / 60.0
