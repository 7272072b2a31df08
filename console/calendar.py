"""The business calendar: the SLA clock that runs only in office hours on working days.

Every deadline and response time of the console is measured here, so the
arithmetic is exact: instants become whole microseconds since the epoch and
each local day's open intervals are computed once, with a running sum of open
time (:mod:`console.calendar_index`). ``business_minutes_between`` is then two
look-ups and a subtraction, and ``add_business_minutes`` a bisection, however
far apart the instants are.

Any aware datetime is accepted; results are UTC. Naive datetimes raise
``ValueError``: their zone would be a guess.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from console.calendar_holidays import (
    Holiday,
    HolidayKind,
    HolidayTable,
    WorkingDay,
    YearCoverage,
    load_state_holidays,
)
from console.calendar_hours import DayKind, Interval, OfficeHours, WeekRule
from console.calendar_index import OpenTimeIndex, Span, instant, microseconds
from console.clock import ensure_utc
from console.config import DistrictConfig, load_district_config

if TYPE_CHECKING:
    from console.domain import BusinessHours

log = logging.getLogger(__name__)

MICROSECONDS_PER_MINUTE = 60_000_000
# How far the calendar searches for an opening before it calls the configuration broken.
SEARCH_LIMIT_DAYS = 3660
SEARCH_LIMIT_YEARS = 200


class BusinessCalendar:
    """Office hours, the working-week rule, the state's holidays and the district's overrides."""

    def __init__(
        self,
        *,
        hours: OfficeHours | None = None,
        week_rule: WeekRule | str = WeekRule.SIX_DAY,
        holidays: HolidayTable | Iterable[Holiday] = (),
        local_holidays: Iterable[Holiday] = (),
        working_days: Iterable[WorkingDay | date] = (),
    ) -> None:
        self.hours = hours or OfficeHours.district_default()
        self.week_rule = WeekRule(week_rule)
        self.table = holidays if isinstance(holidays, HolidayTable) else HolidayTable.of(holidays)
        self.local_holidays = tuple(local_holidays)
        self.working_days = tuple(
            day if isinstance(day, WorkingDay) else WorkingDay(day) for day in working_days
        )
        self._zone = self.hours.zone
        self._entries: dict[date, list[Holiday]] = {}
        self._closures: dict[date, Holiday] = {}
        for holiday in (*self.table.holidays(), *self.local_holidays):
            self._entries.setdefault(holiday.day, []).append(holiday)
            if holiday.closes_office:
                self._closures.setdefault(holiday.day, holiday)  # a state holiday names the day first
        # The state's ordered working days first, so a district entry (with its own hours) wins.
        self._working: dict[date, WorkingDay] = {
            day.day: day for day in (*self.table.working_days(), *self.working_days)
        }
        self._index = OpenTimeIndex(self._compute_spans, self._zone)
        weekly_open = [weekday for weekday in range(5) if self.hours.on(weekday)]
        if self.week_rule is WeekRule.SIX_DAY and self.hours.on(5):
            weekly_open.append(5)
        if not weekly_open:
            raise ValueError("office hours give no open time on any weekday: the SLA clock would never run")

    # -- construction -------------------------------------------------------
    @classmethod
    def for_district(cls, code: str, *, override_path: Path | None = None) -> BusinessCalendar:
        """The calendar of a district's config (``resources/districts/<code>.toml`` plus overrides)."""
        return cls.from_config(load_district_config(code, override_path=override_path))

    @classmethod
    def from_config(cls, config: DistrictConfig) -> BusinessCalendar:
        log.debug("business calendar of %s (%s, %s)", config.code, config.office.week_rule.value, config.state_calendar)
        return cls(
            hours=config.office.hours,
            week_rule=config.office.week_rule,
            holidays=load_state_holidays(config.state_calendar),
            local_holidays=config.local_holidays,
            working_days=config.working_days,
        )

    def with_overrides(
        self, *, local_holidays: Iterable[Holiday] = (), working_days: Iterable[WorkingDay | date] = ()
    ) -> BusinessCalendar:
        """A copy with more district overrides (e.g. from the database); the originals stay."""
        return BusinessCalendar(
            hours=self.hours,
            week_rule=self.week_rule,
            holidays=self.table,
            local_holidays=(*self.local_holidays, *local_holidays),
            working_days=(*self.working_days, *working_days),
        )

    # -- days ---------------------------------------------------------------
    def local_date(self, at: datetime) -> date:
        return ensure_utc(at).astimezone(self._zone).date()

    def day_kind(self, day: date) -> DayKind:
        kind = self._closed_because(day)
        if kind is None:
            kind = DayKind.COMPENSATORY_WORKING if day in self._working else DayKind.WORKING
            if not self._hours_of(day):
                return DayKind.NO_HOURS
        return kind

    def _closed_because(self, day: date) -> DayKind | None:
        if day in self._working:
            return None
        holiday = self._closures.get(day)
        if holiday is not None:
            return DayKind.LOCAL_HOLIDAY if holiday.kind is HolidayKind.LOCAL else DayKind.PUBLIC_HOLIDAY
        return self.week_rule.weekly_off(day)

    def _hours_of(self, day: date) -> tuple[Interval, ...]:
        working = self._working.get(day)
        if working is not None and working.hours is not None:
            return working.hours
        return self.hours.on(day.weekday())

    def _compute_spans(self, day: date) -> tuple[Span, ...]:
        if self._closed_because(day) is not None:
            return ()
        zone = self._zone
        return tuple(
            (
                microseconds(datetime.combine(day, start, tzinfo=zone)),
                microseconds(datetime.combine(day, end, tzinfo=zone)),
            )
            for start, end in self._hours_of(day)
        )

    def open_intervals(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The day's openings as UTC instants (empty when closed): for the calendar screen."""
        return tuple((instant(start), instant(end)) for start, end in self._index.spans(day.toordinal()))

    # -- holidays -----------------------------------------------------------
    def holiday_on(self, day: date) -> Holiday | None:
        """The holiday that closes ``day``; else any recorded (restricted) holiday; else None."""
        closing = self._closures.get(day)
        if closing is not None:
            return closing
        entries = self._entries.get(day)
        return entries[0] if entries else None

    def holidays_on(self, day: date) -> tuple[Holiday, ...]:
        return tuple(self._entries.get(day, ()))

    def holidays_in(self, year: int, *, include_restricted: bool = True) -> tuple[Holiday, ...]:
        entries = (
            holiday
            for day, holidays in self._entries.items()
            if day.year == year
            for holiday in holidays
            if include_restricted or holiday.closes_office
        )
        return tuple(sorted(entries, key=lambda h: (h.day, h.kind is HolidayKind.RESTRICTED, h.name_en)))

    def holiday_coverage(self, year: int) -> YearCoverage:
        return self.table.coverage(year)

    def has_holiday_data(self, year: int) -> bool:
        """False beyond the data: the year then closes only on weekends, and the UI should warn."""
        return self.table.coverage(year) is not YearCoverage.MISSING

    def is_provisional(self, year: int) -> bool:
        return self.table.coverage(year) is YearCoverage.PROVISIONAL

    # -- the clock ----------------------------------------------------------
    def is_open(self, at: datetime) -> bool:
        moment = microseconds(at)
        return any(start <= moment < end for start, end in self._index.spans(self._index.local_ordinal(at)))

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself (in UTC) when open, else the start of the next opening."""
        start, _ = self._opening_at_or_after(at)
        return instant(start)

    def next_closing(self, at: datetime) -> datetime:
        """The end of the opening that is running at ``at`` or, when closed, of the next one."""
        _, end = self._opening_at_or_after(at)
        return instant(end)

    def _opening_at_or_after(self, at: datetime) -> Span:
        moment = microseconds(at)
        ordinal = self._index.local_ordinal(at)
        for offset in range(SEARCH_LIMIT_DAYS):
            for start, end in self._index.spans(ordinal + offset):
                if moment < end:
                    return max(start, moment), end
        raise ValueError(f"no office opening within {SEARCH_LIMIT_DAYS} days after {at.isoformat()}")

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        """Open minutes in ``[start, end)``; 0 when ``end <= start``."""
        generation = self._index.generation
        start_moment, start_position = self._index.position(start)
        end_moment, end_position = self._index.position(end)
        if end_moment <= start_moment:
            return 0.0
        if self._index.generation != generation:  # ``end`` lay before the indexed days: positions rebased
            start_moment, start_position = self._index.position(start)
        return (end_position - start_position) / MICROSECONDS_PER_MINUTE

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        """The first instant at which ``minutes`` open minutes have passed since ``start``.

        The clock pauses while the office is closed, so 10 minutes from 16:55
        end at 10:05 on the next working day; a span that ends exactly at
        closing time ends at closing time, not at the next opening.
        """
        if isinstance(minutes, bool) or not math.isfinite(minutes) or minutes < 0:
            raise ValueError(f"expected a finite number of minutes ≥ 0, got {minutes!r}")
        wanted = round(minutes * MICROSECONDS_PER_MINUTE)
        if wanted == 0:
            return instant(microseconds(start))
        year_limit = self.local_date(start).year + SEARCH_LIMIT_YEARS
        return instant(self._index.moment_after(start, wanted, year_limit=year_limit))


if TYPE_CHECKING:

    def _is_business_hours(calendar: BusinessCalendar) -> BusinessHours:
        """mypy proves here that the calendar is what the lifecycle and metrics ask for."""
        return calendar
