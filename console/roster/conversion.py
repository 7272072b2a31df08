"""Between roster rows (keyed by district codes) and the domain values (keyed by database ids).

Import: store the officers first to learn their ids, then map codes to ids here
for superiors, periods and alternates. Export: give each stored row its code back.
"""

from __future__ import annotations

from collections.abc import Mapping

from console.domain import AvailabilityPeriod, Officer, Representative
from console.roster.model import AvailabilityRow, OfficerRow, RepresentativeRow


def officer_to_domain(row: OfficerRow, officer_ids: Mapping[str, int]) -> Officer:
    """``officer_ids`` maps every officer code of the roster to its stored id."""
    return Officer(
        id=officer_ids[row.code],
        name_en=row.name_en,
        name_hi=row.name_hi,
        designation_en=row.designation_en,
        designation_hi=row.designation_hi,
        department=row.department,
        office=row.office,
        official_number=row.official_number,
        superior_id=officer_ids[row.superior_code] if row.superior_code else None,
        other_numbers=row.other_numbers,
    )


def representative_to_domain(row: RepresentativeRow, representative_id: int) -> Representative:
    return Representative(
        id=representative_id,
        kind=row.kind,
        name_en=row.name_en,
        name_hi=row.name_hi,
        constituency=row.constituency,
        registered_numbers=row.registered_numbers,
    )


def period_to_domain(row: AvailabilityRow, officer_ids: Mapping[str, int]) -> AvailabilityPeriod:
    return AvailabilityPeriod(
        officer_id=officer_ids[row.officer_code],
        status=row.status,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        alternate_officer_id=officer_ids[row.alternate_code] if row.alternate_code else None,
        note=row.note,
    )


def officer_from_domain(officer: Officer, codes: Mapping[int, str], *, active: bool = True) -> OfficerRow:
    """``codes`` maps stored officer ids back to their district codes."""
    return OfficerRow(
        code=codes[officer.id],
        name_en=officer.name_en,
        name_hi=officer.name_hi,
        designation_en=officer.designation_en,
        designation_hi=officer.designation_hi,
        department=officer.department,
        office=officer.office,
        official_number=officer.official_number,
        other_numbers=officer.other_numbers,
        superior_code=codes[officer.superior_id] if officer.superior_id is not None else None,
        active=active,
    )


def representative_from_domain(representative: Representative, code: str) -> RepresentativeRow:
    return RepresentativeRow(
        code=code,
        kind=representative.kind,
        name_en=representative.name_en,
        name_hi=representative.name_hi,
        constituency=representative.constituency,
        registered_numbers=representative.registered_numbers,
    )


def period_from_domain(period: AvailabilityPeriod, codes: Mapping[int, str]) -> AvailabilityRow:
    alternate = period.alternate_officer_id
    return AvailabilityRow(
        officer_code=codes[period.officer_id],
        status=period.status,
        starts_at=period.starts_at,
        ends_at=period.ends_at,
        alternate_code=codes[alternate] if alternate is not None else None,
        note=period.note,
    )
