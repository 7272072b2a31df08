"""Every officer's availability periods, indexed for fast questions about one instant."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import datetime

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, AvailabilityStatus


class AvailabilitySchedule:
    """Every officer's periods, sorted for binary search; build once, ask often."""

    def __init__(self, periods: Iterable[AvailabilityPeriod]) -> None:
        grouped: dict[int, list[AvailabilityPeriod]] = {}
        for period in periods:
            grouped.setdefault(period.officer_id, []).append(period)
        self._periods: dict[int, tuple[AvailabilityPeriod, ...]] = {}
        self._starts: dict[int, list[datetime]] = {}
        self._reach: dict[int, list[datetime]] = {}  # latest end among periods up to each index
        for officer_id, own in grouped.items():
            own.sort(key=lambda period: (period.starts_at, period.ends_at))
            self._periods[officer_id] = tuple(own)
            self._starts[officer_id] = [period.starts_at for period in own]
            reach: list[datetime] = []
            for period in own:
                reach.append(period.ends_at if not reach else max(reach[-1], period.ends_at))
            self._reach[officer_id] = reach

    @classmethod
    def build(cls, periods: Iterable[AvailabilityPeriod]) -> AvailabilitySchedule:
        return cls(periods)

    def __iter__(self) -> Iterator[AvailabilityPeriod]:
        for own in self._periods.values():
            yield from own

    def periods_of(self, officer_id: int) -> tuple[AvailabilityPeriod, ...]:
        return self._periods.get(officer_id, ())

    def period_at(self, officer_id: int, at: datetime) -> AvailabilityPeriod | None:
        """The period covering ``at``; with overlapping (unvalidated) data, the latest started."""
        starts = self._starts.get(officer_id)
        if not starts:
            return None
        at = ensure_utc(at)
        own, reach = self._periods[officer_id], self._reach[officer_id]
        index = bisect.bisect_right(starts, at) - 1
        while index >= 0 and reach[index] > at:
            if own[index].ends_at > at:
                return own[index]
            index -= 1
        return None

    def status_at(self, officer_id: int, at: datetime) -> AvailabilityStatus:
        period = self.period_at(officer_id, at)
        return AvailabilityStatus.ON_DUTY if period is None else period.status

    def counts_at(self, officer_ids: Iterable[int], at: datetime) -> dict[AvailabilityStatus, int]:
        """How many officers are in each status at ``at`` (the grid's header)."""
        counts = dict.fromkeys(AvailabilityStatus, 0)
        for officer_id in officer_ids:
            counts[self.status_at(officer_id, at)] += 1
        return counts

    def overlapping(self, officer_id: int, starts_at: datetime, ends_at: datetime) -> list[AvailabilityPeriod]:
        starts = self._starts.get(officer_id, [])
        stop = bisect.bisect_left(starts, ends_at)
        return [period for period in self._periods.get(officer_id, ())[:stop] if period.ends_at > starts_at]
