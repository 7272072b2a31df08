"""Leave, training and short absences over the demo window, with alternates who are really there.

Each officer is away now and then (a few days' leave, a week's training, half a
day at court); at "now" a set share of officers is away, so the console opens on
a believable morning. Alternates come from the designation table (a peer, the
Naib Tehsildar for a Tehsildar...), else the superior, and are never away
themselves during the period they cover: the roster reader would refuse that.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from console.demo.office_hours import IST
from console.domain import AvailabilityStatus, BusinessHours
from console.roster.designations import BY_KEY, find_designation
from console.roster.model import AvailabilityRow, OfficerRow

UTC = timezone.utc
_TRAINING_NOTES = ("उपाम, लखनऊ में प्रशिक्षण", "प्रशिक्षण — उत्तर प्रदेश प्रशासन एवं प्रबंधन अकादमी, लखनऊ",
                   "राज्य ग्राम्य विकास संस्थान, लखनऊ में प्रशिक्षण", "ई-ऑफिस प्रशिक्षण, एनआईसी")
_OTHER_NOTES = ("न्यायालय में उपस्थिति, लखनऊ", "शासकीय दौरा", "न्यायालय में उपस्थिति", "निर्वाचन ड्यूटी बैठक")
_LEAVE_ORDER = "अवकाश आदेश {number}/{year}"  # the demo's offices write in Hindi


@dataclass(frozen=True)
class Window:
    starts_at: datetime
    ends_at: datetime
    now: datetime


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), IST).astimezone(UTC)


def _working_day_from(hours: BusinessHours, day: date) -> date:
    return hours.next_opening(_day_start(day)).astimezone(IST).date()


def _draw_period(rng: random.Random, hours: BusinessHours, day: date) -> tuple[AvailabilityStatus, datetime, datetime, str]:
    first = _working_day_from(hours, day)
    roll = rng.random()
    if roll < 0.65:
        days = rng.choice((1, 1, 1, 2, 2, 3, 3, 4, 5, 7, 10))
        note = _LEAVE_ORDER.format(number=rng.randint(10, 999), year=first.year)
        return AvailabilityStatus.LEAVE, _day_start(first), _day_start(first + timedelta(days=days)), note
    if roll < 0.9:
        days = rng.choice((3, 5, 5, 6, 10))
        return (AvailabilityStatus.TRAINING, _day_start(first), _day_start(first + timedelta(days=days)),
                rng.choice(_TRAINING_NOTES))
    starts = datetime.combine(first, time(10, 0), IST).astimezone(UTC)
    return AvailabilityStatus.OTHER, starts, starts + timedelta(hours=rng.choice((2, 4))), rng.choice(_OTHER_NOTES)


def build_periods(
    rng: random.Random, hours: BusinessHours, officers: Sequence[OfficerRow], window: Window, away_share: float
) -> list[AvailabilityRow]:
    active = [officer for officer in officers if officer.active]
    away_now = set(rng.sample([officer.code for officer in active], round(away_share * len(active))))
    mean_gap_days = 3.9 * (1 - away_share) / away_share  # a stationary share away, ~3.9 days per absence
    spans: dict[str, list[tuple[datetime, datetime, AvailabilityStatus, str]]] = {}
    for officer in active:
        own: list[tuple[datetime, datetime, AvailabilityStatus, str]] = []
        cursor = window.starts_at - timedelta(days=rng.uniform(0, mean_gap_days))
        while cursor < window.ends_at:
            cursor += timedelta(days=rng.expovariate(1 / mean_gap_days))
            status, starts, ends, note = _draw_period(rng, hours, cursor.astimezone(IST).date())
            if starts >= window.ends_at:
                break
            if own and starts < own[-1][1]:  # a half day off, then leave the same day: skip the leave
                cursor = ends
                continue
            if ends > window.starts_at and not starts <= window.now < ends:
                own.append((starts, ends, status, note))
            cursor = ends
        if officer.code in away_now:
            own = _with_current_absence(rng, hours, own, window.now)
        spans[officer.code] = own
    return _assign_alternates(rng, officers, spans)


def _with_current_absence(
    rng: random.Random, hours: BusinessHours, own: list[tuple[datetime, datetime, AvailabilityStatus, str]],
    now: datetime,
) -> list[tuple[datetime, datetime, AvailabilityStatus, str]]:
    today = now.astimezone(IST).date()
    first = _working_day_from(hours, today - timedelta(days=rng.randint(0, 4)))
    if _day_start(first) > now:
        first = today
    status = AvailabilityStatus.TRAINING if rng.random() < 0.3 else AvailabilityStatus.LEAVE
    starts = _day_start(first)
    ends = max(_day_start(first + timedelta(days=rng.choice((2, 3, 4, 5, 7)))), _day_start(today + timedelta(days=1)))
    note = _LEAVE_ORDER.format(number=rng.randint(10, 999), year=first.year) if status is AvailabilityStatus.LEAVE \
        else rng.choice(_TRAINING_NOTES)
    kept = [span for span in own if span[1] <= starts or span[0] >= ends]
    return sorted([*kept, (starts, ends, status, note)])


def _assign_alternates(
    rng: random.Random, officers: Sequence[OfficerRow],
    spans: dict[str, list[tuple[datetime, datetime, AvailabilityStatus, str]]],
) -> list[AvailabilityRow]:
    candidates = _Candidates(rng, officers)
    starts = {code: [span[0] for span in own] for code, own in spans.items()}

    def away(code: str, begin: datetime, end: datetime) -> bool:
        own = spans.get(code, [])
        index = bisect.bisect_left(starts.get(code, []), end) - 1
        return index >= 0 and own[index][1] > begin

    periods = []
    for officer in officers:
        for begin, end, status, note in spans.get(officer.code, []):
            alternate = next((code for code in candidates.of(officer) if not away(code, begin, end)), None)
            periods.append(AvailabilityRow(officer.code, status, begin, end, alternate, note))
    periods.sort(key=lambda period: (period.starts_at, period.officer_code))
    return periods


class _Candidates:
    """Each officer's stand-ins, best first: a few holders of the usual alternate posts, then the superior.

    Chosen once per officer, as a district's standing charge order would name them.
    """

    def __init__(self, rng: random.Random, officers: Sequence[OfficerRow]) -> None:
        self.rng = rng
        self.active = {officer.code for officer in officers if officer.active}
        self.by_designation: dict[str, list[str]] = {}
        for officer in officers:
            if officer.active:
                self.by_designation.setdefault(officer.designation_en, []).append(officer.code)
        self.chosen: dict[str, list[str]] = {}

    def of(self, officer: OfficerRow) -> list[str]:
        if officer.code not in self.chosen:
            self.chosen[officer.code] = self._choose(officer)
        return self.chosen[officer.code]

    def _choose(self, officer: OfficerRow) -> list[str]:
        designation = find_designation(officer.designation_en)
        found: list[str] = []
        for key in designation.alternates if designation else ():
            holders = self.by_designation.get(BY_KEY[key].name_en, [])
            picked = self.rng.sample(holders, min(len(holders), 5))
            found.extend(code for code in picked if code != officer.code)
        if officer.superior_code in self.active:
            found.append(officer.superior_code)
        return found
