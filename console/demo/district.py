"""The demo district in one call: a roster for Hardoi and its past escalations.

``generate_district(DemoSettings(now=clock.now()))`` gives about 200 officers, a
dozen representatives, the leave and training around "now" and (lazily) 60 days
of cases; ``benchmark_settings`` scales the same generator to 5,000 officers and
a year of 50,000 cases. Everything is plain data from ``console.roster.model`` and
``console.demo.timeline``; storing it is the caller's business.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from console.clock import ensure_utc
from console.demo.availability import Window, build_periods
from console.demo.escalations import Absences, EscalationGenerator, spread_cases
from console.demo.hardoi import DISTRICT_CODE, SEATS
from console.demo.office_hours import IST, DemoOfficeHours
from console.demo.officers import build_officers
from console.demo.timeline import DemoEscalation
from console.domain import BusinessHours, Thresholds
from console.roster.model import RepresentativeRow, RosterData

UTC = timezone.utc
REPRESENTATIVE_NUMBER_PREFIX = "+9190009"  # "+91 90009 NNNNN", fictional like the officers' numbers
FUTURE_DAYS = 30  # leave already ordered for the coming month


@dataclass(frozen=True)
class DemoSettings:
    now: datetime  # the demo's "now" (the clock's), aware
    seed: int = 2026
    officer_count: int | None = None  # None: Hardoi's establishment, about 200 posts
    history_days: int = 60
    case_count: int = 700  # spread over the working days of the history; those still ahead of "now" are dropped
    away_share: float = 0.065  # officers on leave or training at "now"
    open_case_count: int = 8  # extra cases called in the last business hour, mostly still open at "now"
    thresholds: Thresholds = field(default_factory=Thresholds)


def benchmark_settings(now: datetime, seed: int = 2026) -> DemoSettings:
    return DemoSettings(now=now, seed=seed, officer_count=5_000, history_days=365, case_count=50_000,
                        open_case_count=1_000)


class DemoDistrict:
    def __init__(self, settings: DemoSettings, roster: RosterData, hours: BusinessHours) -> None:
        self.settings = settings
        self.roster = roster
        self.hours = hours

    def escalations(self) -> Iterator[DemoEscalation]:
        """The past cases in the order the representatives called, generated as they are read."""
        settings = self.settings
        now = ensure_utc(settings.now)
        today = now.astimezone(IST).date()
        days = working_days(self.hours, today - timedelta(days=settings.history_days), today)
        span = spread_cases(random.Random(f"{settings.seed}:spread"), days, settings.case_count)
        weights = [seat.weight for seat in SEATS]
        generator = EscalationGenerator(settings.seed, self.hours, settings.thresholds, self.roster.officers,
                                        self.roster.representatives, weights, Absences(self.roster.periods))
        return generator.cases(span, now, settings.open_case_count)


def generate_district(settings: DemoSettings, hours: BusinessHours | None = None) -> DemoDistrict:
    hours = hours or DemoOfficeHours()
    now = ensure_utc(settings.now)
    rng = random.Random(f"{settings.seed}:roster")
    officers = build_officers(rng, settings.officer_count, DISTRICT_CODE)
    window = Window(now - timedelta(days=settings.history_days + 1), now + timedelta(days=FUTURE_DAYS), now)
    periods = build_periods(random.Random(f"{settings.seed}:availability"), hours, officers, window,
                            settings.away_share)
    return DemoDistrict(settings, RosterData(tuple(officers), representatives(), tuple(periods)), hours)


def representatives() -> tuple[RepresentativeRow, ...]:
    return tuple(
        RepresentativeRow(seat.code, seat.kind, seat.name_en, seat.name_hi, seat.constituency,
                          (f"{REPRESENTATIVE_NUMBER_PREFIX}{index:05d}",))
        for index, seat in enumerate(SEATS, start=1)
    )


def working_days(hours: BusinessHours, first: date, last: date) -> list[date]:
    """Days from ``first`` to ``last`` on which the office opens, asked of any business calendar."""
    days = []
    day = first
    while day <= last:
        opening = hours.next_opening(datetime.combine(day, time(0), IST).astimezone(UTC))
        if opening.astimezone(IST).date() == day:
            days.append(day)
        day += timedelta(days=1)
    return days
