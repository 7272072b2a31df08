"""Checks for a new or edited availability period, before it is saved.

The cycle check follows alternates over time, not at one instant: from the
candidate's alternate, each officer's own periods split the candidate's interval
into pieces, and the walk goes on piece by piece; a walk that comes back to the
candidate's officer is a cycle on the day that piece starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.availability_schedule import AvailabilitySchedule
from console.availability_words import officer_label
from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer


class PeriodProblem(str, Enum):
    """Why a period may not be saved: one code for the domain's checks, the desk's and the window's words."""

    NAIVE_TIME = "naive_time"  # a programming error: the desk always gives aware instants
    ENDS_BEFORE_START = "ends_before_start"
    ENDS_IN_PAST = "ends_in_past"  # the desk's check of the form's last day against today
    NOTE_REQUIRED = "note_required"  # status "other" says what it is in the note
    UNKNOWN_OFFICER = "unknown_officer"
    UNKNOWN_ALTERNATE = "unknown_alternate"
    OVERLAPS_PERIOD = "overlaps_period"
    ALTERNATE_IS_OFFICER = "alternate_is_officer"
    ALTERNATE_CYCLE = "alternate_cycle"  # following alternates leads back to the officer
    ALTERNATE_UNAVAILABLE = "alternate_unavailable"  # the desk's check: the alternate is away on those days


@dataclass(frozen=True)
class PeriodFinding:
    """One problem found with a period, with what the check ran into."""

    code: PeriodProblem
    field: str  # the form field to point at
    conflicting: AvailabilityPeriod | None = None  # the period overlapped
    chain: tuple[int, ...] = ()  # officer ids walked, ending with the one met again
    at: datetime | None = None  # when a cycle would start

    def describe(self, officers: Mapping[int, Officer]) -> str:
        if self.code is PeriodProblem.OVERLAPS_PERIOD and self.conflicting is not None:
            other = self.conflicting
            return f"{self.field}: overlaps {other.status.value} {other.starts_at:%Y-%m-%d %H:%M}–{other.ends_at:%Y-%m-%d %H:%M} UTC"
        if self.code is PeriodProblem.ALTERNATE_CYCLE and self.at is not None:
            loop = " → ".join(officer_label(officers, officer_id) for officer_id in self.chain)
            return f"{self.field}: alternates would go round from {self.at:%Y-%m-%d %H:%M} UTC: {loop}"
        return f"{self.field}: {self.code.value.replace('_', ' ')}"


def validate_period(
    candidate: AvailabilityPeriod,
    periods: AvailabilitySchedule | Iterable[AvailabilityPeriod],
    officers: Mapping[int, Officer],
    *,
    replacing: AvailabilityPeriod | None = None,
) -> list[PeriodFinding]:
    """Every problem with ``candidate`` (empty when it may be saved); ``replacing`` is the period edited."""
    problems: list[PeriodFinding] = []
    naive = [
        name
        for name, value in (("starts_at", candidate.starts_at), ("ends_at", candidate.ends_at))
        if value.tzinfo is None or value.utcoffset() is None
    ]
    problems += [PeriodFinding(PeriodProblem.NAIVE_TIME, name) for name in naive]
    if candidate.officer_id not in officers:
        problems.append(PeriodFinding(PeriodProblem.UNKNOWN_OFFICER, "officer_id"))
    if candidate.status is AvailabilityStatus.OTHER and not candidate.note.strip():
        problems.append(PeriodFinding(PeriodProblem.NOTE_REQUIRED, "note"))
    alternate = candidate.alternate_officer_id
    if alternate is not None:
        if alternate == candidate.officer_id:
            problems.append(PeriodFinding(PeriodProblem.ALTERNATE_IS_OFFICER, "alternate_officer_id"))
        elif alternate not in officers:
            problems.append(PeriodFinding(PeriodProblem.UNKNOWN_ALTERNATE, "alternate_officer_id"))
    if naive:
        return problems
    if candidate.ends_at <= candidate.starts_at:
        problems.append(PeriodFinding(PeriodProblem.ENDS_BEFORE_START, "ends_at"))
        return problems
    source = periods if isinstance(periods, AvailabilitySchedule) else AvailabilitySchedule(periods)
    schedule = source if replacing is None else AvailabilitySchedule(p for p in source if p != replacing)
    for period in schedule.overlapping(candidate.officer_id, candidate.starts_at, candidate.ends_at):
        problems.append(PeriodFinding(PeriodProblem.OVERLAPS_PERIOD, "starts_at", conflicting=period))
    if alternate is not None and alternate != candidate.officer_id and candidate.status is not AvailabilityStatus.ON_DUTY:
        cycle = find_cycle(candidate, schedule)
        if cycle is not None:
            chain, at = cycle
            problems.append(PeriodFinding(PeriodProblem.ALTERNATE_CYCLE, "alternate_officer_id", chain=chain, at=at))
    return problems


def find_cycle(
    candidate: AvailabilityPeriod, schedule: AvailabilitySchedule
) -> tuple[tuple[int, ...], datetime] | None:
    """The earliest loop the candidate's alternates would walk into while it runs, if any."""
    origin = candidate.officer_id
    assert candidate.alternate_officer_id is not None
    first = candidate.alternate_officer_id
    stack: list[tuple[int, datetime, datetime, tuple[int, ...]]] = [
        (first, candidate.starts_at, candidate.ends_at, (origin, first))
    ]
    found: list[tuple[tuple[int, ...], datetime]] = []
    while stack:
        officer_id, low, high, path = stack.pop()
        for period in schedule.overlapping(officer_id, low, high):
            nxt = period.alternate_officer_id
            if period.status is AvailabilityStatus.ON_DUTY or nxt is None:
                continue
            piece_low, piece_high = max(low, period.starts_at), min(high, period.ends_at)
            if nxt in path:  # back to the origin, or into an older loop the candidate would lead to
                found.append((path + (nxt,), piece_low))
            else:
                stack.append((nxt, piece_low, piece_high, path + (nxt,)))
    return min(found, key=lambda item: item[1]) if found else None
