"""Running sums of open time, so the SLA clock never walks minute by minute.

Local days are indexed in whole years from the first year asked about: for
each day its open spans in epoch microseconds and, in ``prefix``, the open
microseconds from the first indexed day up to that day. An instant's
*position* is the open time from the first indexed day up to it, so the open
time between two instants is a subtraction, and the instant at a position is a
bisection. Positions of recently seen instants are memoised: the console asks
about the same deadlines every second.

One index may serve several threads (the window and the modem workers): the
index grows under a lock, and a memoised position is read without one.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from console.clock import UTC

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_MICROSECOND = timedelta(microseconds=1)
POSITION_CACHE_LIMIT = 1 << 14

Span = tuple[int, int]  # [start, end) in microseconds since the epoch


def microseconds(instant: datetime) -> int:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"naive datetime {instant!r}: give it a time zone")
    return (instant - EPOCH) // ONE_MICROSECOND


def instant(moment: int) -> datetime:
    return EPOCH + timedelta(microseconds=moment)


class OpenTimeIndex:
    def __init__(self, spans_of: Callable[[date], tuple[Span, ...]], zone: ZoneInfo) -> None:
        self._spans_of = spans_of
        self._zone = zone
        self.base = 0  # ordinal of the first indexed day (a 1 January); 0 = nothing indexed yet
        self.end = 0  # ordinal after the last indexed day (a 1 January)
        self.prefix: list[int] = [0]
        self._spans: list[tuple[Span, ...]] = []
        self._positions: dict[datetime, tuple[int, int]] = {}
        self.generation = 0  # changes when positions are rebased; callers holding one recompute
        self._lock = threading.RLock()

    def local_ordinal(self, at: datetime) -> int:
        return at.astimezone(self._zone).toordinal()

    def spans(self, ordinal: int) -> tuple[Span, ...]:
        with self._lock:
            self._cover(ordinal)
            return self._spans[ordinal - self.base]

    def position(self, at: datetime) -> tuple[int, int]:
        """(moment in epoch µs, open µs from the first indexed day up to ``at``)."""
        cached = self._positions.get(at)
        if cached is not None:
            return cached
        moment = microseconds(at)
        ordinal = self.local_ordinal(at)
        with self._lock:
            self._cover(ordinal)
            index = ordinal - self.base
            position = self.prefix[index]
            for start, end in self._spans[index]:
                if moment <= start:
                    break
                position += min(moment, end) - start
            if len(self._positions) >= POSITION_CACHE_LIMIT:
                self._positions.clear()
            self._positions[at] = (moment, position)
        return moment, position

    def moment_after(self, at: datetime, open_time: int, *, year_limit: int) -> int:
        """The first moment at which ``open_time`` (> 0) open µs have passed since ``at``."""
        with self._lock:  # the position must not be rebased before it is used
            _, position = self.position(at)
            return self._moment_at(position + open_time, year_limit=year_limit)

    def _moment_at(self, position: int, *, year_limit: int) -> int:
        """The first moment whose position is ``position`` (> 0 open time past the first day)."""
        with self._lock:
            while self.prefix[-1] < position:
                if date.fromordinal(self.end).year > year_limit:
                    raise ValueError(f"no office opening before {year_limit}: the calendar is closed for good")
                self._extend()
            day = bisect_left(self.prefix, position, 1) - 1
            elapsed = self.prefix[day]
            for start, end in self._spans[day]:
                if elapsed + (end - start) >= position:
                    return start + position - elapsed
                elapsed += end - start
        raise AssertionError("the running sum and the day's spans disagree")  # pragma: no cover

    def _cover(self, ordinal: int) -> None:
        if self.base == 0 or ordinal < self.base:
            self._rebase(date(date.fromordinal(ordinal).year, 1, 1).toordinal())
        while ordinal >= self.end:
            self._extend()

    def _rebase(self, base: int) -> None:
        end = max(self.end, base)
        self.base = self.end = base
        self.prefix = [0]
        self._spans = []
        self._positions.clear()
        self.generation += 1
        while self.end < end or self.end == base:
            self._extend()

    def _extend(self) -> None:
        """Index one more year."""
        year = date.fromordinal(self.end).year
        for ordinal in range(self.end, date(year + 1, 1, 1).toordinal()):
            spans = self._spans_of(date.fromordinal(ordinal))
            self._spans.append(spans)
            self.prefix.append(self.prefix[-1] + sum(end - start for start, end in spans))
        self.end = date(year + 1, 1, 1).toordinal()
