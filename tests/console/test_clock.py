from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from console.clock import IST, UTC, FakeClock, SystemClock, ensure_utc


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)


def test_fake_clock_converts_to_utc_and_advances() -> None:
    clock = FakeClock(datetime(2026, 3, 9, 10, 0, tzinfo=IST))
    assert clock.now() == datetime(2026, 3, 9, 4, 30, tzinfo=UTC)
    clock.advance(90)
    clock.advance(timedelta(minutes=1), seconds=30)
    assert clock.now() == datetime(2026, 3, 9, 4, 33, tzinfo=UTC)


def test_fake_clock_refuses_to_run_backwards() -> None:
    clock = FakeClock(datetime(2026, 3, 9, tzinfo=timezone.utc))
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        ensure_utc(datetime(2026, 3, 9, 10, 0))
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 3, 9))


def test_the_one_ist_is_india_standard_time() -> None:
    assert IST.key == "Asia/Kolkata"
    assert datetime(2026, 3, 9, 5, 30, tzinfo=UTC).astimezone(IST).hour == 11
