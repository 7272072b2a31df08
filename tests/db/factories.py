"""Small builders for db tests: a few officers, representatives and instants."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from console.domain import AvailabilityPeriod, AvailabilityStatus, ContactChannel, EscalationState, Officer
from console.domain import Representative, RepresentativeKind
from db.database import Database
from db.repositories.escalations import EscalationRecord, NewEscalation, NewEvent
from db.repositories.roster import RosterBatch

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # Monday 10:30 IST
ACTOR = "operator1"


def officer(officer_id: int, *, superior_id: int | None = None, number: str | None = None,
            other_numbers: tuple[str, ...] = (), name_en: str | None = None) -> Officer:
    return Officer(
        id=officer_id,
        name_en=name_en or f"Officer {officer_id}",
        name_hi=f"अधिकारी {officer_id}",
        designation_en="Tehsildar",
        designation_hi="तहसीलदार",
        department="Revenue",
        office="Sadar",
        official_number=number if number is not None else f"+9194150{officer_id:05d}",
        superior_id=superior_id,
        other_numbers=other_numbers,
    )


def representative(representative_id: int, *, numbers: tuple[str, ...] | None = None) -> Representative:
    return Representative(
        id=representative_id,
        kind=RepresentativeKind.MLA,
        name_en=f"Representative {representative_id}",
        name_hi=f"जनप्रतिनिधि {representative_id}",
        constituency="Hardoi",
        registered_numbers=numbers if numbers is not None else (f"+9194540{representative_id:05d}",),
    )


def leave(officer_id: int, *, alternate: int | None, start: datetime = T0 - timedelta(days=1),
          days: int = 3, status: AvailabilityStatus = AvailabilityStatus.LEAVE) -> AvailabilityPeriod:
    return AvailabilityPeriod(officer_id, status, start, start + timedelta(days=days), alternate, "ordered")


def seed_roster(database: Database, officers: int = 3, representatives: int = 2) -> None:
    batch = RosterBatch(
        officers=[officer(i, superior_id=None if i == 1 else 1) for i in range(1, officers + 1)],
        representatives=[representative(i) for i in range(1, representatives + 1)],
    )
    with database.unit_of_work() as work:
        work.roster.apply(batch, actor="admin", at=T0, source="test")


def new_case(representative_id: int = 1, officer_id: int = 2, *, at: datetime = T0) -> NewEscalation:
    return NewEscalation(
        district_code="HRD",
        representative_id=representative_id,
        officer_id=officer_id,
        state=EscalationState.DUE,
        channel=ContactChannel.PHONE,
        representative_called_at=at - timedelta(minutes=12),
        logged_at=at,
        operator=ACTOR,
        due_at=at - timedelta(minutes=2),
    )


def log_case(database: Database, representative_id: int = 1, officer_id: int = 2, *, at: datetime = T0) -> EscalationRecord:
    with database.unit_of_work() as work:
        return work.escalations.log(new_case(representative_id, officer_id, at=at), NewEvent(ACTOR, at, "log"))
