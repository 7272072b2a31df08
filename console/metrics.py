"""Officers' response times, per case and per officer, for rankings and the negligence report.

An officer's response time runs from the representative's call to the confirmed
callback, in business minutes (the calendar's; what the rules count) and in wall
minutes (what the representative lived through); instruction → callback is kept
beside it. Unconfirmed cases count against the officer only once their
threshold has passed by ``as_of``; before that they are pending, not late.
Cancelled cases are not assessed, nor are cases redirected to the alternate
before any instruction (the officer was away on leave or in training, so was
never asked); once the officer was instructed, a later redirect (the case
handed to the superior) does not excuse the missing callback. A case the center
chose to instruct while the office was closed is kept apart (``OUTSIDE_HOURS``):
the rule holds only in office hours, so it is neither held against the officer
nor counted in their favour.

Default standards (every one a parameter of :class:`StandingRules`):

* commendable — at least 3 assessed cases, ≥ 90 % on time, no case left unconfirmed;
* negligent — 2 or more cases never confirmed, or (with 3+ assessed cases) under 50 % on time;
* satisfactory — the rest with enough cases; insufficient data — fewer than 3 assessed.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import NamedTuple
from functools import partial
from types import MappingProxyType

from console.clock import ensure_utc
from console.domain import BusinessHours, EscalationState, Thresholds
from console.lifecycle_case import EscalationCase

_TOLERANCE = 1e-9


class ResponseRecord(NamedTuple):
    """What the metrics need of one case; plain, so the exporter can build it from rows.

    Records and response times are named tuples: a year's report makes 50,000 of
    each, and a frozen dataclass costs several times as much to build.
    """

    case_id: int
    officer_id: int
    representative_called_at: datetime
    instructed_at: datetime | None = None  # the first instruction
    callback_at: datetime | None = None  # the confirmed callback
    cancelled: bool = False
    redirected: bool = False  # the complaint went to another officer (the alternate, or the superior)
    instructed_outside_hours: bool = False  # first instructed while the office was closed

    @classmethod
    def from_case(cls, case_id: int, case: EscalationCase) -> ResponseRecord:
        return cls(
            case_id,
            case.officer_id,
            case.representative_called_at,
            case.first_instructed_at,
            case.callback_at,
            case.state is EscalationState.CANCELLED,
            case.redirected_to_officer_id is not None,
            case.instructed_outside_hours,
        )


@dataclass(frozen=True)
class ResponseThresholds:
    response_within_minutes: float = 25.0  # call → callback: the 10 minutes' wait plus the 15 to confirm
    callback_within_minutes: float = 15.0  # instruction → callback

    @classmethod
    def from_thresholds(cls, thresholds: Thresholds) -> ResponseThresholds:
        return cls(
            thresholds.act_after_minutes + thresholds.confirm_within_minutes,
            thresholds.confirm_within_minutes,
        )


class ResponseOutcome(str, Enum):
    ON_TIME = "on_time"
    LATE = "late"
    UNCONFIRMED = "unconfirmed"  # no confirmed callback, and the threshold has passed
    PENDING = "pending"  # no confirmed callback yet, still within the threshold
    CANCELLED = "cancelled"
    REDIRECTED = "redirected"  # to the alternate before any instruction: the officer was away, not assessed
    OUTSIDE_HOURS = "outside_hours"  # instructed while the office was closed: not assessed

    @property
    def is_assessed(self) -> bool:
        """Counts towards the officer's on-time share."""
        return self in _ASSESSED


_ASSESSED = frozenset({ResponseOutcome.ON_TIME, ResponseOutcome.LATE, ResponseOutcome.UNCONFIRMED})


class ResponseTime(NamedTuple):
    record: ResponseRecord
    outcome: ResponseOutcome
    business_minutes: float | None  # call → callback
    wall_minutes: float | None
    instruction_business_minutes: float | None  # instruction → callback; None if the callback came first
    instruction_wall_minutes: float | None
    within_response: bool | None
    within_callback: bool | None


def response_time(
    record: ResponseRecord,
    calendar: BusinessHours,
    thresholds: ResponseThresholds = ResponseThresholds(),
    *,
    as_of: datetime,
) -> ResponseTime:
    as_of = ensure_utc(as_of)
    called = ensure_utc(record.representative_called_at)
    if record.cancelled:
        return ResponseTime(record, ResponseOutcome.CANCELLED, None, None, None, None, None, None)
    if record.instructed_outside_hours:
        return ResponseTime(record, ResponseOutcome.OUTSIDE_HOURS, None, None, None, None, None, None)
    if record.redirected and record.instructed_at is None and record.callback_at is None:
        return ResponseTime(record, ResponseOutcome.REDIRECTED, None, None, None, None, None, None)
    if record.callback_at is None:
        waited = calendar.business_minutes_between(called, as_of)
        late = waited >= thresholds.response_within_minutes - _TOLERANCE
        return ResponseTime(
            record, ResponseOutcome.UNCONFIRMED if late else ResponseOutcome.PENDING, None, None, None, None, None, None
        )
    callback = ensure_utc(record.callback_at)
    business = calendar.business_minutes_between(called, callback)
    wall = max(0.0, (callback - called).total_seconds() / 60.0)
    within_response = business <= thresholds.response_within_minutes + _TOLERANCE
    instruction_business = instruction_wall = None
    within_callback = None
    if record.instructed_at is not None and ensure_utc(record.instructed_at) <= callback:
        instructed = ensure_utc(record.instructed_at)
        instruction_business = calendar.business_minutes_between(instructed, callback)
        instruction_wall = (callback - instructed).total_seconds() / 60.0
        within_callback = instruction_business <= thresholds.callback_within_minutes + _TOLERANCE
    outcome = ResponseOutcome.ON_TIME if within_response else ResponseOutcome.LATE
    return ResponseTime(
        record, outcome, business, wall, instruction_business, instruction_wall, within_response, within_callback
    )


class Standing(str, Enum):
    COMMENDABLE = "commendable"
    SATISFACTORY = "satisfactory"
    NEGLIGENT = "negligent"
    INSUFFICIENT_DATA = "insufficient_data"


@dataclass(frozen=True)
class StandingRules:
    min_assessed_cases: int = 3
    commend_on_time_share: float = 0.9
    negligent_on_time_share: float = 0.5  # below this share
    negligent_unconfirmed_cases: int = 2  # at least this many never confirmed


@dataclass(frozen=True)
class ResponseSummary:
    """Outcomes counted and response times summed up for any group of cases (an officer, a day, a department)."""

    counts: Mapping[ResponseOutcome, int]
    median_business_minutes: float | None
    p90_business_minutes: float | None
    median_wall_minutes: float | None
    p90_wall_minutes: float | None
    median_instruction_business_minutes: float | None
    p90_instruction_business_minutes: float | None

    @property
    def assessed(self) -> int:
        return sum(count for outcome, count in self.counts.items() if outcome.is_assessed)

    @property
    def on_time_share(self) -> float | None:
        """On time among assessed (on time + late + unconfirmed); None when none is assessed."""
        assessed = self.assessed
        return self.counts[ResponseOutcome.ON_TIME] / assessed if assessed else None


_OUTCOME = operator.attrgetter("outcome")
_BUSINESS = operator.attrgetter("business_minutes")
_WALL = operator.attrgetter("wall_minutes")
_INSTRUCTION = operator.attrgetter("instruction_business_minutes")
_IS_FIGURE = partial(operator.is_not, None)  # a year's report sums up 5,000 groups: map and filter run in C


def summarise(timed: Iterable[ResponseTime]) -> ResponseSummary:
    timed = list(timed)
    counts = dict.fromkeys(ResponseOutcome, 0)
    counts.update(Counter(map(_OUTCOME, timed)))
    business = sorted(filter(_IS_FIGURE, map(_BUSINESS, timed)))
    wall = sorted(filter(_IS_FIGURE, map(_WALL, timed)))
    instruction = sorted(filter(_IS_FIGURE, map(_INSTRUCTION, timed)))
    return ResponseSummary(
        counts=MappingProxyType(counts),
        median_business_minutes=_median(business),
        p90_business_minutes=_nearest_rank(business, 0.9),
        median_wall_minutes=_median(wall),
        p90_wall_minutes=_nearest_rank(wall, 0.9),
        median_instruction_business_minutes=_median(instruction),
        p90_instruction_business_minutes=_nearest_rank(instruction, 0.9),
    )


def _median(ordered: list[float]) -> float | None:
    """The median of values already sorted (a year's groups are summed up without sorting twice)."""
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _nearest_rank(ordered: list[float], fraction: float) -> float | None:
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1] if ordered else None


@dataclass(frozen=True)
class OfficerStats:
    officer_id: int
    cases: int  # cancelled, redirected and outside-hours cases left out
    on_time: int
    late: int
    unconfirmed: int
    pending: int
    median_business_minutes: float | None
    p90_business_minutes: float | None
    median_wall_minutes: float | None
    median_instruction_business_minutes: float | None
    on_time_share: float | None  # on time among assessed (on time + late + unconfirmed)
    standing: Standing
    outside_hours: int = 0  # instructed while the office was closed: listed, never assessed

    @property
    def assessed(self) -> int:
        return self.on_time + self.late + self.unconfirmed


def officer_statistics(
    records: Iterable[ResponseRecord],
    calendar: BusinessHours,
    *,
    starts_at: datetime,
    ends_at: datetime,
    as_of: datetime,
    thresholds: ResponseThresholds = ResponseThresholds(),
    rules: StandingRules = StandingRules(),
) -> list[OfficerStats]:
    """Per officer, for cases whose representative called in ``[starts_at, ends_at)``; by officer id."""
    starts_at, ends_at = ensure_utc(starts_at), ensure_utc(ends_at)
    grouped: dict[int, list[ResponseTime]] = {}
    for record in records:
        if starts_at <= ensure_utc(record.representative_called_at) < ends_at:
            timed = response_time(record, calendar, thresholds, as_of=as_of)
            grouped.setdefault(record.officer_id, []).append(timed)
    return [officer_stats(officer_id, summarise(grouped[officer_id]), rules) for officer_id in sorted(grouped)]


def officer_stats(officer_id: int, summary: ResponseSummary, rules: StandingRules) -> OfficerStats:
    counts = summary.counts
    share = summary.on_time_share
    return OfficerStats(
        officer_id=officer_id,
        cases=(sum(counts.values()) - counts[ResponseOutcome.CANCELLED] - counts[ResponseOutcome.REDIRECTED]
               - counts[ResponseOutcome.OUTSIDE_HOURS]),
        on_time=counts[ResponseOutcome.ON_TIME],
        late=counts[ResponseOutcome.LATE],
        unconfirmed=counts[ResponseOutcome.UNCONFIRMED],
        pending=counts[ResponseOutcome.PENDING],
        median_business_minutes=summary.median_business_minutes,
        p90_business_minutes=summary.p90_business_minutes,
        median_wall_minutes=summary.median_wall_minutes,
        median_instruction_business_minutes=summary.median_instruction_business_minutes,
        on_time_share=share,
        standing=classify(summary.assessed, share, counts[ResponseOutcome.UNCONFIRMED], rules),
        outside_hours=counts[ResponseOutcome.OUTSIDE_HOURS],
    )


def classify(assessed: int, on_time_share: float | None, unconfirmed: int, rules: StandingRules) -> Standing:
    if unconfirmed >= rules.negligent_unconfirmed_cases:
        return Standing.NEGLIGENT
    if assessed < rules.min_assessed_cases or on_time_share is None:
        return Standing.INSUFFICIENT_DATA
    if on_time_share < rules.negligent_on_time_share:
        return Standing.NEGLIGENT
    if on_time_share >= rules.commend_on_time_share and unconfirmed == 0:
        return Standing.COMMENDABLE
    return Standing.SATISFACTORY


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that occurred, never an interpolation."""
    result = _nearest_rank(sorted(values), fraction)
    if result is None:
        raise ValueError("no values")
    return result


@dataclass(frozen=True)
class RankedOfficer:
    rank: int | None  # None for insufficient data: listed last, not ranked
    stats: OfficerStats


def rank_officers(stats: Iterable[OfficerStats]) -> list[RankedOfficer]:
    """Best first: on-time share, then median business minutes; equal on both share a rank."""

    def key(item: OfficerStats) -> tuple[float, float]:
        median = item.median_business_minutes
        return (-(item.on_time_share or 0.0), math.inf if median is None else median)

    ranked = sorted(
        (item for item in stats if item.standing is not Standing.INSUFFICIENT_DATA),
        key=lambda item: (*key(item), -item.assessed, item.officer_id),
    )
    unranked = sorted(
        (item for item in stats if item.standing is Standing.INSUFFICIENT_DATA), key=lambda item: item.officer_id
    )
    result: list[RankedOfficer] = []
    for position, item in enumerate(ranked, start=1):
        tied = result and key(result[-1].stats) == key(item)
        rank = result[-1].rank if tied else position
        result.append(RankedOfficer(rank, item))
    return result + [RankedOfficer(None, item) for item in unranked]
