"""The one source of "now" for all logic.

Logic never calls ``datetime.now()``: it is handed a :class:`Clock`, so tests can
drive time with :class:`FakeClock` and countdowns stay exact.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Protocol
from zoneinfo import ZoneInfo

UTC = timezone.utc
IST = ZoneInfo("Asia/Kolkata")  # what the window shows and the record counts days in; storage stays UTC


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant as an aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class TrainingClock:
    """The demo's clock: the wall clock's pace from a chosen start, so training happens in office hours.

    A Sunday evening's ``make run`` starts at the next working morning (see
    :func:`console.demo.training.training_start`); the window names it plainly.
    """

    def __init__(self, start: datetime, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.start = ensure_utc(start)
        self._monotonic = monotonic
        self._started = monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self._monotonic() - self._started)


class FakeClock:
    """A clock that moves only when told to; safe to share between threads."""

    def __init__(self, start: datetime) -> None:
        self._now = ensure_utc(start)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._now = ensure_utc(instant)

    def advance(self, delta: timedelta | float = 0.0, /, **kwargs: float) -> datetime:
        """Move forward by ``delta`` (seconds or a timedelta) or by timedelta kwargs."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        step += timedelta(**kwargs)
        if step < timedelta(0):
            raise ValueError("a clock does not run backwards")
        with self._lock:
            self._now += step
            return self._now


def ensure_utc(instant: datetime) -> datetime:
    """Return ``instant`` in UTC; refuse naive datetimes, whose zone is a guess."""
    if instant.tzinfo is UTC:  # what storage gives back: nothing to convert
        return instant
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"naive datetime {instant!r}: give it a time zone")
    return instant.astimezone(UTC)
