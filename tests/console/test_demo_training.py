"""The demo's training clock starts inside a working day's office hours, never before what the demo recorded."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.calendar import BusinessCalendar
from console.clock import IST, TrainingClock
from console.demo.training import training_start

HARDOI = BusinessCalendar.for_district("hardoi")


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


@pytest.mark.parametrize(("now", "start"), [
    (ist(2026, 3, 8, 21, 30), ist(2026, 3, 9, 11, 0)),  # Sunday night: Monday, an hour after opening
    (ist(2026, 3, 9, 7, 45), ist(2026, 3, 9, 11, 0)),  # Monday before opening
    (ist(2026, 3, 9, 11, 20), ist(2026, 3, 9, 11, 20)),  # open, the day ahead: the real time
    (ist(2026, 3, 9, 16, 10), ist(2026, 3, 10, 11, 0)),  # too close to closing: the next working day
    (ist(2026, 3, 13, 18, 0), ist(2026, 3, 16, 11, 0)),  # Friday evening: Saturday the 14th is the second one
    (ist(2026, 3, 3, 12, 0), ist(2026, 3, 5, 11, 0)),  # Holi (3rd and 4th March): after the holidays
])
def test_the_training_clock_starts_in_office_hours(now: datetime, start: datetime) -> None:
    assert training_start(HARDOI, now) == start
    assert HARDOI.is_open(start)


def test_it_never_starts_before_what_the_demo_recorded() -> None:
    last_session = ist(2026, 3, 9, 11, 40)  # Sunday night's training reached Monday 11:40
    assert training_start(HARDOI, ist(2026, 3, 9, 8, 0), last_session) == ist(2026, 3, 9, 11, 41)
    late = ist(2026, 3, 9, 16, 30)
    assert training_start(HARDOI, ist(2026, 3, 9, 8, 0), late) == ist(2026, 3, 10, 11, 0)


def test_the_training_clock_runs_at_the_wall_clocks_pace() -> None:
    ticks = iter([100.0, 100.0, 161.5])
    clock = TrainingClock(ist(2026, 3, 9, 11, 0), monotonic=lambda: next(ticks))
    assert clock.now() == ist(2026, 3, 9, 11, 0)
    assert clock.now() == ist(2026, 3, 9, 11, 1, 1, 500000)
