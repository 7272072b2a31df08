"""The period of a report: whole days in India, both ends inclusive.

A case belongs to the period by the IST date of the representative's call, so
the instants are IST midnight of the first day and IST midnight after the last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from console.clock import IST, ensure_utc

UTC = timezone.utc


class PeriodChoice(str, Enum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    CUSTOM = "custom"


@dataclass(frozen=True)
class ReportPeriod:
    first: date
    last: date  # inclusive

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last.isoformat()}) before it starts ({self.first.isoformat()})")

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.first, time(0), IST).astimezone(UTC)

    @property
    def ends_at(self) -> datetime:
        """The first instant after the period (IST midnight after the last day)."""
        return datetime.combine(self.last + timedelta(days=1), time(0), IST).astimezone(UTC)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.first + timedelta(days=offset) for offset in range((self.last - self.first).days + 1))

    def contains(self, instant: datetime) -> bool:
        return self.first <= ist_date(instant) <= self.last


IST_OFFSET = timedelta(hours=5, minutes=30)  # India keeps no summer time (not since 1945)


def ist_date(instant: datetime) -> date:
    """The date in India: a fixed offset, so a year's cases are dated without asking the zone database."""
    return (ensure_utc(instant) + IST_OFFSET).date()


def this_month(today: date) -> ReportPeriod:
    """From the first of the month to today."""
    return ReportPeriod(today.replace(day=1), today)


def last_month(today: date) -> ReportPeriod:
    last = today.replace(day=1) - timedelta(days=1)
    return ReportPeriod(last.replace(day=1), last)


def period_of(choice: PeriodChoice, today: date, first: date | None = None, last: date | None = None) -> ReportPeriod:
    if choice is PeriodChoice.THIS_MONTH:
        return this_month(today)
    if choice is PeriodChoice.LAST_MONTH:
        return last_month(today)
    if first is None or last is None:
        raise ValueError("a custom period needs its first and last day")
    return ReportPeriod(first, last)
