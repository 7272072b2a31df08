"""The SLA clock under the console's load.

Every second the console recomputes ``business_minutes_between(now, deadline)``
for up to 1,000 open cases; deadlines are set with ``add_business_minutes``.
Both are measured against the obvious implementation, stepping minute by
minute with ``is_open``, in the same run.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from console.clock import IST
from bench import Report, median, timings_ms
from console.calendar import BusinessCalendar

CASES = 1000
ONE_MINUTE = timedelta(minutes=1)


def stepped_minutes_between(calendar: BusinessCalendar, start: datetime, end: datetime) -> float:
    minutes, moment = 0, start
    while moment < end:
        minutes += calendar.is_open(moment)
        moment += ONE_MINUTE
    return float(minutes)


def stepped_add(calendar: BusinessCalendar, start: datetime, minutes: int) -> datetime:
    moment = start
    while minutes > 0:
        minutes -= calendar.is_open(moment)
        moment += ONE_MINUTE
    return moment


def run(report: Report) -> None:
    calendar = BusinessCalendar.for_district("hardoi")
    now = datetime(2026, 3, 5, 12, 0, tzinfo=IST)
    generator = random.Random(2026)
    # Deadlines from an hour overdue to three business days ahead: the open cases of a busy center.
    deadlines = [calendar.add_business_minutes(now, generator.uniform(0, 3 * 420)) for _ in range(CASES)]
    deadlines[: CASES // 10] = [now - timedelta(minutes=generator.uniform(1, 60)) for _ in range(CASES // 10)]

    def tick() -> None:
        for deadline in deadlines:
            calendar.business_minutes_between(now, deadline)

    # The console asks about the same deadlines every second, which the calendar memoises; a tick of
    # deadlines it has never seen (every one a microsecond later than before) is measured too.
    unseen = iter([[deadline + timedelta(microseconds=shift) for deadline in deadlines] for shift in range(1, 30)])

    def tick_of_unseen_deadlines() -> None:
        for deadline in next(unseen):
            calendar.business_minutes_between(now, deadline)

    tick_ms = median(timings_ms(tick, 20))
    unseen_tick_ms = median(timings_ms(tick_of_unseen_deadlines, 20))
    sample = deadlines[CASES // 10 : CASES // 10 + 10]

    def stepped_tick_sample() -> None:
        for deadline in sample:
            stepped_minutes_between(calendar, now, deadline)

    stepped_per_call_us = median(timings_ms(stepped_tick_sample, 3, warmup=1)) * 1000 / len(sample)
    for name, milliseconds in (("seen", tick_ms), ("unseen", unseen_tick_ms)):
        per_call_us = milliseconds * 1000 / CASES
        report.add(
            f"calendar: business_minutes_between per call, {name} deadlines",
            per_call_us,
            "µs",
            baseline_name="minute steps with is_open",
            baseline_value=stepped_per_call_us,
            note=f"{stepped_per_call_us / per_call_us:,.0f}× faster",
        )
    report.add(
        "calendar: one 1 s tick of 1,000 countdowns (seen deadlines)", tick_ms, "ms", note="GUI budget: a few ms"
    )
    report.add("calendar: one 1 s tick of 1,000 countdowns (unseen deadlines)", unseen_tick_ms, "ms")

    week = 6 * 420  # six working days of business minutes: spans a week end
    starts = [now + timedelta(minutes=generator.uniform(0, 7 * 24 * 60)) for _ in range(200)]

    def add_weeks() -> None:
        for start in starts:
            calendar.add_business_minutes(start, week)

    def stepped_add_weeks() -> None:
        for start in starts[:3]:
            stepped_add(calendar, start, week)

    add_us = median(timings_ms(add_weeks, 20)) * 1000 / len(starts)
    stepped_add_us = median(timings_ms(stepped_add_weeks, 3, warmup=1)) * 1000 / 3
    report.add(
        "calendar: add_business_minutes over a week per call",
        add_us,
        "µs",
        baseline_name="minute steps with is_open",
        baseline_value=stepped_add_us,
        note=f"{stepped_add_us / add_us:,.0f}× faster",
    )

    def cold_start() -> None:
        fresh = BusinessCalendar.for_district("hardoi")
        fresh.business_minutes_between(now, now + timedelta(days=400))

    report.add(
        "calendar: load Hardoi and index two years (cold)",
        median(timings_ms(cold_start, 5, warmup=1)),
        "ms",
    )
