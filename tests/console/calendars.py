"""Two tiny, real :class:`console.domain.BusinessHours` for the domain tests.

The district's :class:`console.calendar.BusinessCalendar` is written apart; these
stand in for it so the lifecycle and metrics tests do not depend on holiday data.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from console.clock import IST, ensure_utc

UTC = timezone.utc


class AlwaysOpen:
    """Every minute is a business minute: business time equals wall time."""

    def is_open(self, at: datetime) -> bool:
        ensure_utc(at)
        return True

    def next_opening(self, at: datetime) -> datetime:
        return ensure_utc(at)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        return ensure_utc(start) + timedelta(minutes=minutes)

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        return max(0.0, (ensure_utc(end) - ensure_utc(start)).total_seconds() / 60.0)


class WeekdayOfficeHours:
    """Monday to Friday, 10:00–17:00 Asia/Kolkata; no holidays."""

    opens = time(10, 0)
    closes = time(17, 0)

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() >= 5:
            return None
        return (
            datetime.combine(day, self.opens, IST).astimezone(UTC),
            datetime.combine(day, self.closes, IST).astimezone(UTC),
        )

    def is_open(self, at: datetime) -> bool:
        at = ensure_utc(at)
        window = self._window(at.astimezone(IST).date())
        return window is not None and window[0] <= at < window[1]

    def next_opening(self, at: datetime) -> datetime:
        at = ensure_utc(at)
        day = at.astimezone(IST).date()
        while True:
            window = self._window(day)
            if window is not None and at < window[1]:
                return max(at, window[0])
            day += timedelta(days=1)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        if minutes < 0:
            raise ValueError("minutes must not be negative")
        at = self.next_opening(start)
        left = timedelta(minutes=minutes)
        while True:
            window = self._window(at.astimezone(IST).date())
            assert window is not None
            room = window[1] - at
            if left <= room:
                return at + left
            left -= room
            at = self.next_opening(window[1])

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        start, end = ensure_utc(start), ensure_utc(end)
        total = timedelta(0)
        day = start.astimezone(IST).date()
        while True:
            window = self._window(day)
            if window is not None:
                if window[0] >= end:
                    break
                low, high = max(start, window[0]), min(end, window[1])
                if high > low:
                    total += high - low
            elif datetime.combine(day, time(0), IST) >= end:
                break
            day += timedelta(days=1)
        return total.total_seconds() / 60.0
