"""A checked roster into the database and back, inside the caller's unit of work.

Rows name people by the district's codes; the database by ids. A code already
stored keeps its row (and so every old case that points at it); a new code gets
the next free id. Officers and representatives missing from the file are
marked inactive, never deleted, and the leave and training still ahead are
replaced by the file's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from console.clock import ensure_utc
from console.roster.conversion import (
    officer_from_domain,
    officer_to_domain,
    period_from_domain,
    period_to_domain,
    representative_from_domain,
    representative_to_domain,
)
from console.roster.model import RosterData
from db.database import UnitOfWork
from db.repositories.officers import RosterOfficer, RosterRepresentative
from db.repositories.roster import RosterApplyResult, RosterBatch


@dataclass(frozen=True)
class StoredCodes:
    """Roster codes and the ids they have (or will have) in the database."""

    officers: Mapping[str, int]
    representatives: Mapping[str, int]


def assign_ids(data: RosterData, work: UnitOfWork) -> StoredCodes:
    """Stored codes keep their ids; new ones get fresh ids in the order the file lists them."""
    officers = dict(work.roster.officer_codes())
    representatives = dict(work.roster.representative_codes())
    next_officer, next_representative = work.roster.next_ids()
    for code in (officer.code for officer in data.officers):
        if code not in officers:
            officers[code] = next_officer
            next_officer += 1
    for code in (representative.code for representative in data.representatives):
        if code not in representatives:
            representatives[code] = next_representative
            next_representative += 1
    return StoredCodes(officers, representatives)


def roster_batch(data: RosterData, codes: StoredCodes, *, replace_from: datetime | None) -> RosterBatch:
    """The whole file as one batch: a full list, so whoever it leaves out no longer serves.

    ``replace_from`` (usually now): stored periods ending after it that the file
    does not list are deleted; None keeps every stored period.
    """
    officers = [
        RosterOfficer(officer_to_domain(row, codes.officers), active=row.active, code=row.code)
        for row in data.officers
    ]
    representatives = [
        RosterRepresentative(representative_to_domain(row, codes.representatives[row.code]), code=row.code)
        for row in data.representatives
    ]
    return RosterBatch(
        officers=officers,
        representatives=representatives,
        periods=[period_to_domain(row, codes.officers) for row in data.periods],
        deactivate_missing_officers=True,
        deactivate_missing_representatives=True,
        replace_periods_ending_after=None if replace_from is None else ensure_utc(replace_from),
    )


def store_roster(
    work: UnitOfWork, data: RosterData, *, actor: str, at: datetime, source: str, replace_from: datetime | None
) -> RosterApplyResult:
    """Write the roster in ``work``'s transaction; raise (nothing kept once it rolls back) on a conflict."""
    batch = roster_batch(data, assign_ids(data, work), replace_from=replace_from)
    return work.roster.apply(batch, actor=actor, at=at, source=source)


def load_roster(work: UnitOfWork, *, periods_ending_after: datetime | None) -> RosterData:
    """Every officer (inactive ones marked), the serving representatives, and the periods ending after the instant."""
    officers = work.roster.export_officers()
    representatives = work.roster.export_representatives()
    codes = {entry.officer.id: _code(entry.code, entry.officer.id) for entry in officers}
    periods = work.roster.export_periods(ending_after=periods_ending_after)
    return RosterData(
        officers=tuple(officer_from_domain(entry.officer, codes, active=entry.active) for entry in officers),
        representatives=tuple(
            representative_from_domain(entry.representative, _code(entry.code, entry.representative.id))
            for entry in representatives
            if entry.active  # the sheet has no "active" column: only serving representatives go back
        ),
        periods=tuple(period_from_domain(record.period, codes) for record in periods),
    )


def _code(code: str | None, entity_id: int) -> str:
    return code or str(entity_id)
