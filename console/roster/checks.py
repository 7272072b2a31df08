"""Checks across rows: duplicates, unknown codes, superiors in a circle, periods that collide.

Rows arrive with their sheet row numbers so each problem points at the row to
fix and names the row it clashes with.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from console.domain import AvailabilityStatus
from console.roster.layout import AVAILABILITY, OFFICERS, REPRESENTATIVES
from console.roster.model import AvailabilityRow, OfficerRow, ProblemCode, RepresentativeRow, RosterProblem
from console.roster.values import describe_period


@dataclass(frozen=True)
class Located:
    """A parsed row and where it came from."""

    row: int
    letters: Mapping[str, str]


@dataclass(frozen=True)
class LocatedOfficer(Located):
    value: OfficerRow


@dataclass(frozen=True)
class LocatedRepresentative(Located):
    value: RepresentativeRow


@dataclass(frozen=True)
class LocatedPeriod(Located):
    value: AvailabilityRow


_L = TypeVar("_L", bound=Located)


class _Problems:
    def __init__(self) -> None:
        self.found: list[RosterProblem] = []

    def add(self, sheet: str, where: Located, key: str, code: ProblemCode, message: str) -> None:
        self.found.append(RosterProblem(sheet, where.row, where.letters.get(key), code, message))


def check_across_rows(
    officers: Sequence[LocatedOfficer],
    representatives: Sequence[LocatedRepresentative],
    periods: Sequence[LocatedPeriod],
) -> list[RosterProblem]:
    problems = _Problems()
    by_code = _unique_codes(problems, OFFICERS.name, officers, lambda item: item.value.code)
    _unique_codes(problems, REPRESENTATIVES.name, representatives, lambda item: item.value.code)
    _unique_numbers(problems, officers, representatives)
    _superiors(problems, officers, by_code)
    _periods(problems, periods, by_code)
    return problems.found


def _unique_codes(problems: _Problems, sheet: str, items: Sequence[_L], code_of: Callable[[_L], str]) -> dict[str, _L]:
    first: dict[str, _L] = {}
    for item in items:
        code = code_of(item)
        if not code:
            continue
        if code in first:
            problems.add(sheet, item, "code", ProblemCode.DUPLICATE_CODE,
                         f"code {code} is already used in row {first[code].row}")
        else:
            first[code] = item
    return first


def _unique_numbers(
    problems: _Problems, officers: Sequence[LocatedOfficer], representatives: Sequence[LocatedRepresentative]
) -> None:
    """A dialled number belongs to one person, or caller ID and SMS replies would be matched wrongly."""
    owner: dict[str, str] = {}
    for officer in officers:
        number = officer.value.official_number
        if not number:
            continue
        if number in owner:
            problems.add(OFFICERS.name, officer, "official_number", ProblemCode.DUPLICATE_NUMBER,
                         f"{number} is already the number of {owner[number]}")
        else:
            owner[number] = f"officer {officer.value.code or '?'} (Officers row {officer.row})"
    for representative in representatives:
        for number in representative.value.registered_numbers:
            if number in owner:
                problems.add(REPRESENTATIVES.name, representative, "registered_numbers", ProblemCode.DUPLICATE_NUMBER,
                             f"{number} is already the number of {owner[number]}")
            else:
                owner[number] = f"representative {representative.value.code or '?'} (Representatives row {representative.row})"


def _superiors(problems: _Problems, officers: Sequence[LocatedOfficer], by_code: Mapping[str, LocatedOfficer]) -> None:
    for officer in officers:
        superior = officer.value.superior_code
        if superior is None:
            continue
        if superior == officer.value.code:
            problems.add(OFFICERS.name, officer, "superior_code", ProblemCode.SUPERIOR_IS_SELF,
                         f"officer {superior} is named as their own superior")
        elif superior not in by_code:
            problems.add(OFFICERS.name, officer, "superior_code", ProblemCode.UNKNOWN_SUPERIOR,
                         f"superior {superior} is not on the Officers sheet")
    for cycle in _cycles({code: item.value.superior_code for code, item in by_code.items()}):
        where = by_code[cycle[0]]
        problems.add(OFFICERS.name, where, "superior_code", ProblemCode.SUPERIOR_CYCLE,
                     "superiors go round in a circle: " + " → ".join((*cycle, cycle[0])))


def _cycles(superior_of: Mapping[str, str | None]) -> list[list[str]]:
    """Each circle of superiors once, starting from the code that sorts first (self-loops excluded)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []
    for start in sorted(superior_of):
        path: list[str] = []
        code: str | None = start
        while code is not None and code in superior_of and state.get(code) is None:
            state[code] = 1
            path.append(code)
            code = superior_of[code]
        if code is not None and state.get(code) == 1:
            cycle = path[path.index(code):]
            if len(cycle) > 1:
                lowest = cycle.index(min(cycle))
                cycles.append(cycle[lowest:] + cycle[:lowest])
        for member in path:
            state[member] = 2
    return cycles


def _periods(problems: _Problems, periods: Sequence[LocatedPeriod], officers: Mapping[str, LocatedOfficer]) -> None:
    sheet = AVAILABILITY.name
    away: dict[str, list[LocatedPeriod]] = defaultdict(list)
    for item in periods:
        period = item.value
        if period.officer_code and period.officer_code not in officers:
            problems.add(sheet, item, "officer_code", ProblemCode.UNKNOWN_OFFICER,
                         f"officer {period.officer_code} is not on the Officers sheet")
        alternate = period.alternate_code
        if alternate is not None:
            if alternate == period.officer_code:
                problems.add(sheet, item, "alternate_code", ProblemCode.ALTERNATE_IS_OFFICER,
                             f"officer {alternate} cannot be their own alternate")
            elif alternate not in officers:
                problems.add(sheet, item, "alternate_code", ProblemCode.UNKNOWN_ALTERNATE,
                             f"alternate {alternate} is not on the Officers sheet")
            elif not officers[alternate].value.active:
                problems.add(sheet, item, "alternate_code", ProblemCode.ALTERNATE_INACTIVE,
                             f"alternate {alternate} is marked inactive on the Officers sheet")
        if period.officer_code and period.ends_at > period.starts_at:
            away[period.officer_code].append(item)
    for items in away.values():
        items.sort(key=lambda item: (item.value.starts_at, item.row))
    _overlaps(problems, away)
    _alternates_away(problems, periods, away)


def _overlaps(problems: _Problems, away: Mapping[str, list[LocatedPeriod]]) -> None:
    for items in away.values():
        latest: LocatedPeriod | None = None
        for item in items:
            if latest is not None and item.value.starts_at < latest.value.ends_at:
                later, earlier = (item, latest) if item.row > latest.row else (latest, item)
                problems.add(AVAILABILITY.name, later, "starts", ProblemCode.OVERLAPPING_PERIODS,
                             f"officer {item.value.officer_code}: this period overlaps row {earlier.row} "
                             f"({_span(earlier.value)})")
            if latest is None or item.value.ends_at > latest.value.ends_at:
                latest = item


def _alternates_away(
    problems: _Problems, periods: Sequence[LocatedPeriod], away: Mapping[str, list[LocatedPeriod]]
) -> None:
    """The alternate must be there to stand in: not on leave or training during the period."""
    starts = {code: [item.value.starts_at for item in items] for code, items in away.items()}
    for item in periods:
        period = item.value
        alternate = period.alternate_code
        if alternate is None or alternate == period.officer_code or alternate not in away:
            continue
        theirs = away[alternate]
        for index in range(bisect.bisect_left(starts[alternate], period.ends_at) - 1, -1, -1):
            other = theirs[index].value
            if other.ends_at <= period.starts_at:
                break
            if other.status is not AvailabilityStatus.ON_DUTY:
                problems.add(AVAILABILITY.name, item, "alternate_code", ProblemCode.ALTERNATE_AWAY,
                             f"alternate {alternate} is away ({other.status.value}, row {theirs[index].row}: "
                             f"{_span(other)}) during this period")
                break


def _span(period: AvailabilityRow) -> str:
    return describe_period(period.starts_at, period.ends_at)
