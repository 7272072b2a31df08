"""The records the console shows at once, in two queries whatever the size of the district.

1. every serving officer with their numbers and the availability period covering
   "now" (one row per number; the alternate is looked up in the same result);
2. every open escalation with its representative's and officer's names.

No lazy loading, no ORM objects: rows go straight into frozen records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session, aliased

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer
from db.models import AvailabilityPeriod as PeriodModel
from db.models import Escalation
from db.models import Officer as OfficerModel
from db.models import Representative as RepresentativeModel
from db.escalation_record import OPEN_STATES, EscalationRecord, OpenCase
from db.repositories.escalations import RECORD_COLUMNS
from db.repositories.officers import domain_officer, officer_rows_query


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
class LiveRecords:
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


class LiveRecordsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self, at: datetime, *, officers: bool = True) -> LiveRecords:
        """``officers``: False for the first screen, which shows the open cases only (with their people's names)."""
        at = ensure_utc(at)
        return LiveRecords(at, tuple(self.officers(at)) if officers else (), tuple(self.open_cases()))

    def officers(self, at: datetime) -> list[OfficerAvailability]:
        at = ensure_utc(at)
        covering = and_(PeriodModel.officer_id == OfficerModel.id, PeriodModel.starts_at <= at, PeriodModel.ends_at > at)
        query = officer_rows_query(OfficerModel.active == true()).add_columns(*_PERIOD_COLUMNS).outerjoin(
            PeriodModel, covering
        )
        entries: dict[int, tuple[Officer, int | None, AvailabilityPeriod | None]] = {}
        for row in self._session.connection().execute(query).all():  # Core rows, fetched at once
            seen = entries.get(row[0])
            if seen is not None and (seen[2] is None or row[12] is None or row[12] <= seen[2].starts_at):
                continue  # a second covering period (overlaps are refused): the latest-starting one wins
            period = None
            if row[10] is not None:
                period = AvailabilityPeriod(row[0], AvailabilityStatus(row[11]), row[12], row[13], row[14], row[15])
            entries[row[0]] = (domain_officer(row) if seen is None else seen[0], row[10], period)
        return [
            OfficerAvailability(
                officer,
                period_id,
                period,
                None if period is None or period.alternate_officer_id is None
                else _officer_of(entries.get(period.alternate_officer_id)),
            )
            for officer, period_id, period in entries.values()
        ]

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
        rows = self._session.connection().execute(query).all()
        return [OpenCase(EscalationRecord(*row[:width]), *row[width:]) for row in rows]



def _officer_of(entry: tuple[Officer, int | None, AvailabilityPeriod | None] | None) -> Officer | None:
    return None if entry is None else entry[0]
