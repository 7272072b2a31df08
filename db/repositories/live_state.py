"""The live state the console shows at once, in two queries whatever the size of the district.

1. every serving officer with their numbers and the availability period covering
   "now" (one row per number; the alternate is looked up in the same result);
2. every open escalation with its representative's and officer's names.

No lazy loading, no ORM objects: rows go straight into frozen records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session, aliased

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer, RepresentativeKind
from db.models import AvailabilityPeriod as PeriodModel
from db.models import Escalation
from db.models import Officer as OfficerModel
from db.models import OfficerNumber
from db.models import Representative as RepresentativeModel
from db.repositories.escalations import OPEN_STATES, RECORD_COLUMNS, EscalationRecord
from db.repositories.officers import OFFICER_COLUMNS, officers_from_rows


@dataclass(frozen=True)
class OfficerAvailability:
    officer: Officer
    period_id: int | None = None
    period: AvailabilityPeriod | None = None  # the period covering "now", if any
    alternate: Officer | None = None  # the period's alternate, when serving

    @property
    def status(self) -> AvailabilityStatus:
        return AvailabilityStatus.ON_DUTY if self.period is None else self.period.status


@dataclass(frozen=True)
class OpenCase:
    escalation: EscalationRecord
    representative_kind: RepresentativeKind
    representative_name_en: str
    representative_name_hi: str
    officer_name_en: str
    officer_name_hi: str
    officer_designation_en: str
    officer_designation_hi: str
    department: str


@dataclass(frozen=True)
class LiveState:
    at: datetime
    officers: tuple[OfficerAvailability, ...]
    open_cases: tuple[OpenCase, ...]


_PERIOD_COLUMNS = (
    PeriodModel.id,
    PeriodModel.status,
    PeriodModel.starts_at,
    PeriodModel.ends_at,
    PeriodModel.alternate_officer_id,
    PeriodModel.note,
)


class LiveStateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self, at: datetime) -> LiveState:
        at = ensure_utc(at)
        return LiveState(at, tuple(self.officers(at)), tuple(self.open_cases()))

    def officers(self, at: datetime) -> list[OfficerAvailability]:
        at = ensure_utc(at)
        covering = and_(PeriodModel.officer_id == OfficerModel.id, PeriodModel.starts_at <= at, PeriodModel.ends_at > at)
        query = (
            select(*OFFICER_COLUMNS, OfficerNumber.number, OfficerNumber.kind, *_PERIOD_COLUMNS)
            .outerjoin(OfficerNumber, OfficerNumber.officer_id == OfficerModel.id)
            .outerjoin(PeriodModel, covering)
            .where(OfficerModel.active == true())
            .order_by(OfficerModel.id, PeriodModel.starts_at.desc(), OfficerNumber.position, OfficerNumber.id)
        )
        rows = self._session.execute(query).all()
        periods: dict[int, tuple[int, AvailabilityPeriod]] = {}
        for row in rows:
            if row[11] is not None and row[0] not in periods:  # the latest-starting covering period wins
                periods[row[0]] = (
                    row[11],
                    AvailabilityPeriod(row[0], AvailabilityStatus(row[12]), row[13], row[14], row[15], row[16]),
                )
        officers = officers_from_rows(_one_period_per_officer(rows))
        by_id = {entry.officer.id: entry.officer for entry in officers}
        result = []
        for entry in officers:
            found = periods.get(entry.officer.id)
            if found is None:
                result.append(OfficerAvailability(entry.officer))
                continue
            period_id, period = found
            alternate = None if period.alternate_officer_id is None else by_id.get(period.alternate_officer_id)
            result.append(OfficerAvailability(entry.officer, period_id, period, alternate))
        return result

    def open_cases(self) -> list[OpenCase]:
        officer = aliased(OfficerModel)
        query = (
            select(
                *RECORD_COLUMNS,
                RepresentativeModel.kind,
                RepresentativeModel.name_en,
                RepresentativeModel.name_hi,
                officer.name_en,
                officer.name_hi,
                officer.designation_en,
                officer.designation_hi,
                officer.department,
            )
            .join(RepresentativeModel, RepresentativeModel.id == Escalation.representative_id)
            .join(officer, officer.id == Escalation.officer_id)
            .where(Escalation.state.in_(OPEN_STATES))
            .order_by(Escalation.id)
        )
        width = len(RECORD_COLUMNS)
        return [OpenCase(EscalationRecord(*row[:width]), *row[width:]) for row in self._session.execute(query)]


def _one_period_per_officer(rows: Sequence[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """Drop the number rows repeated by a second covering period (overlaps are refused, but be safe)."""
    seen: set[tuple[int, Any]] = set()
    for row in rows:
        key = (row[0], row[9])
        if key in seen:
            continue
        seen.add(key)
        yield row
