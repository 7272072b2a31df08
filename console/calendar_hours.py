"""Office hours and the working-week rule: which days an office opens, and when.

The week rule decides whether a day is a working day; the hours decide when a
working day is open. They are kept apart so a compensatory working Sunday gets
ordinary hours without a special case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Interval = tuple[time, time]

WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_TIMEZONE = "Asia/Kolkata"

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class DayKind(str, Enum):
    """Why a day is open or closed; the UI turns these codes into words."""

    WORKING = "working"
    COMPENSATORY_WORKING = "compensatory_working"  # ordered open on a day otherwise closed
    WEEKLY_OFF = "weekly_off"  # Sunday; every Saturday in a five-day office
    SECOND_SATURDAY = "second_saturday"
    PUBLIC_HOLIDAY = "public_holiday"
    LOCAL_HOLIDAY = "local_holiday"
    NO_HOURS = "no_hours"  # a working day for which no office hours are configured

    @property
    def is_working(self) -> bool:
        return self in (DayKind.WORKING, DayKind.COMPENSATORY_WORKING)


class WeekRule(str, Enum):
    """UP offices: six-day (Sunday and the second Saturday off) or five-day (Saturday and Sunday off)."""

    SIX_DAY = "six_day"
    FIVE_DAY = "five_day"

    def weekly_off(self, day: date) -> DayKind | None:
        """The reason ``day`` is off under this rule alone, or None for a working weekday."""
        weekday = day.weekday()
        if weekday == 6:
            return DayKind.WEEKLY_OFF
        if weekday == 5:
            if self is WeekRule.FIVE_DAY:
                return DayKind.WEEKLY_OFF
            if 8 <= day.day <= 14:
                return DayKind.SECOND_SATURDAY
        return None


def parse_interval(text: str) -> Interval:
    """``"10:00-17:00"`` → (10:00, 17:00); the end must come after the start on the same day."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f'expected "HH:MM-HH:MM", got "{text}"')
    start_hour, start_minute, end_hour, end_minute = (int(part) for part in match.groups())
    try:
        start, end = time(start_hour, start_minute), time(end_hour, end_minute)
    except ValueError:
        raise ValueError(f'expected times between 00:00 and 23:59, got "{text}"') from None
    if end <= start:
        raise ValueError(f'expected the end after the start, got "{text}"')
    return start, end


def format_interval(interval: Interval) -> str:
    return f"{interval[0]:%H:%M}-{interval[1]:%H:%M}"


def normalise_intervals(intervals: Iterable[Interval | str]) -> tuple[Interval, ...]:
    """Sort, refuse overlaps, and join touching intervals (10–13 and 13–17 are one opening)."""
    parsed = sorted(parse_interval(item) if isinstance(item, str) else item for item in intervals)
    merged: list[Interval] = []
    for start, end in parsed:
        if end <= start:
            raise ValueError(f"expected the end after the start, got {format_interval((start, end))}")
        if merged and start < merged[-1][1]:
            raise ValueError(
                f"intervals overlap: {format_interval(merged[-1])} and {format_interval((start, end))}"
            )
        if merged and start == merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def check_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'expected a time zone name such as "{DEFAULT_TIMEZONE}", got "{name}"') from None


@dataclass(frozen=True)
class OfficeHours:
    """Opening intervals per weekday (Monday first) in local time of ``timezone``.

    Hours say when a working day is open; whether it is a working day is the
    week rule's and the holiday list's business.
    """

    weekdays: tuple[tuple[Interval, ...], ...]
    timezone: str = DEFAULT_TIMEZONE
    zone: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.weekdays) != 7:
            raise ValueError(f"expected hours for 7 weekdays, got {len(self.weekdays)}")
        object.__setattr__(self, "weekdays", tuple(normalise_intervals(day) for day in self.weekdays))
        object.__setattr__(self, "zone", check_timezone(self.timezone))

    @classmethod
    def uniform(cls, *intervals: Interval | str, timezone: str = DEFAULT_TIMEZONE) -> OfficeHours:
        """The same hours every day, e.g. ``OfficeHours.uniform("10:00-17:00")``."""
        day = normalise_intervals(intervals)
        return cls(weekdays=(day,) * 7, timezone=timezone)

    @classmethod
    def district_default(cls) -> OfficeHours:
        """District offices in UP: 10:00–17:00 IST."""
        return cls.uniform("10:00-17:00")

    def on(self, weekday: int) -> tuple[Interval, ...]:
        return self.weekdays[weekday]

    def replace_day(self, weekday: int, intervals: Sequence[Interval | str]) -> OfficeHours:
        days = list(self.weekdays)
        days[weekday] = normalise_intervals(intervals)
        return OfficeHours(weekdays=tuple(days), timezone=self.timezone)
