"""A small stand-in for the business calendar, so the demo district has true office hours.

District offices: 10:00–17:00 IST, Monday to Saturday, closed on Sundays, second
Saturdays and the UP public holidays of 2026 (shared/data/up-holidays.md §2).
Other years get the weekly rule only. The generator takes any
:class:`console.domain.BusinessHours`, so the real calendar replaces this once it lands.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

# India has kept +05:30 without daylight saving since 1945; a fixed offset converts much faster
# than the tz database, which matters when a benchmark generates a year of cases.
IST = timezone(timedelta(hours=5, minutes=30), "IST")
UTC = timezone.utc
OPENING, CLOSING = time(10, 0), time(17, 0)
_OPENING_MINUTE, _CLOSING_MINUTE = OPENING.hour * 60 + OPENING.minute, CLOSING.hour * 60 + CLOSING.minute

UP_PUBLIC_HOLIDAYS_2026 = frozenset(
    date.fromisoformat(day)
    for day in (
        "2026-01-03", "2026-01-15", "2026-01-26", "2026-02-15", "2026-03-02", "2026-03-03", "2026-03-04",
        "2026-03-21", "2026-03-26", "2026-03-31", "2026-04-03", "2026-04-14", "2026-05-01", "2026-05-27",
        "2026-06-26", "2026-08-15", "2026-08-26", "2026-08-28", "2026-09-04", "2026-10-02", "2026-10-20",
        "2026-11-08", "2026-11-09", "2026-11-11", "2026-11-24", "2026-12-25",
    )
)


@lru_cache(maxsize=4096)
def is_working_day(day: date) -> bool:
    if day.weekday() == 6 or day in UP_PUBLIC_HOLIDAYS_2026:
        return False
    second_saturday = day.weekday() == 5 and 8 <= day.day <= 14
    return not second_saturday


def _local(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError(f"naive datetime {at!r}: give it a time zone")
    return at.astimezone(IST)


class DemoOfficeHours:
    """:class:`console.domain.BusinessHours` for six-day district offices, minute arithmetic in IST."""

    def is_open(self, at: datetime) -> bool:
        local = _local(at)
        return _OPENING_MINUTE <= local.hour * 60 + local.minute < _CLOSING_MINUTE and is_working_day(local.date())

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself when open, else the next time the office opens."""
        local = _local(at)
        day = local.date()
        if is_working_day(day) and OPENING <= local.time() < CLOSING:
            return at.astimezone(UTC)
        if local.time() >= CLOSING:
            day += timedelta(days=1)
        while not is_working_day(day):
            day += timedelta(days=1)
        return datetime.combine(day, OPENING, IST).astimezone(UTC)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        if minutes < 0:
            raise ValueError("business minutes run forward only")
        remaining = timedelta(minutes=minutes)
        local = _local(start)
        minute_of_day = local.hour * 60 + local.minute + (local.second + local.microsecond / 1e6) / 60
        if _OPENING_MINUTE <= minute_of_day and minute_of_day + minutes <= _CLOSING_MINUTE:
            if is_working_day(local.date()):  # the usual case: the same working day
                return (start if start.tzinfo is UTC else start.astimezone(UTC)) + remaining
        current = _local(self.next_opening(start))
        while True:
            closing = datetime.combine(current.date(), CLOSING, IST)
            if current + remaining <= closing:
                return (current + remaining).astimezone(UTC)
            remaining -= closing - current
            current = _local(self.next_opening(closing))

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        if end < start:
            return -self.business_minutes_between(end, start)
        total = 0.0
        current = _local(self.next_opening(start))
        end_local = _local(end)
        while current < end_local:
            closing = datetime.combine(current.date(), CLOSING, IST)
            total += (min(closing, end_local) - current).total_seconds() / 60
            current = _local(self.next_opening(closing))
        return total
