"""A small district roster as a real workbook, cell edits that break it, and whole-database dumps."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select, text

from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.model import AvailabilityRow, OfficerRow, RepresentativeRow, RosterData
from console.roster.writer import write_roster
from db.database import Database
from db.models import Base

UTC = timezone.utc
IST = timezone(timedelta(hours=5, minutes=30))
FAR_AHEAD = datetime(2035, 3, 5, tzinfo=IST)  # leave far beyond any test run: "now" never reaches it


def officers() -> tuple[OfficerRow, ...]:
    return (
        OfficerRow("HRD-0001", "Mangala Prasad Singh", "मंगला प्रसाद सिंह", "District Magistrate", "जिलाधिकारी",
                   "Revenue", "Collectorate", "+919454417501"),
        OfficerRow("HRD-0002", "Ramesh Kumar Verma", "रमेश कुमार वर्मा", "Sub-Divisional Magistrate",
                   "उप जिलाधिकारी", "Revenue", "Sandila", "+919454417502", superior_code="HRD-0001"),
        OfficerRow("HRD-0003", "Anita Devi", "अनीता देवी", "Tehsildar", "तहसीलदार", "Revenue", "Sandila",
                   "+919454417503", ("+915852234567",), superior_code="HRD-0002"),
        OfficerRow("HRD-0004", "Suresh Chandra", "सुरेश चंद्र", "Block Development Officer", "खण्ड विकास अधिकारी",
                   "Rural Development", "Bawan", "+919454417504", superior_code="HRD-0001"),
    )


def representatives() -> tuple[RepresentativeRow, ...]:
    return (
        RepresentativeRow("MLA-SANDILA", RepresentativeKind.MLA, "Ram Prakash Verma", "राम प्रकाश वर्मा", "Sandila",
                          ("+919838012345", "+915852220011")),
        RepresentativeRow("MP-HARDOI", RepresentativeKind.MP, "Jai Prakash Rawat", "जय प्रकाश रावत", "Hardoi",
                          ("+919838054321",)),
    )


def periods(start: datetime = FAR_AHEAD) -> tuple[AvailabilityRow, ...]:
    day = timedelta(days=1)
    return (  # in the order an export writes them: by officer, then start
        AvailabilityRow("HRD-0002", AvailabilityStatus.TRAINING, start.astimezone(UTC),
                        (start + 5 * day).astimezone(UTC), None, "ATI Lucknow"),
        AvailabilityRow("HRD-0004", AvailabilityStatus.LEAVE, start.astimezone(UTC), (start + 3 * day).astimezone(UTC),
                        "HRD-0003", "EL order 12/2026"),
    )


def district_roster(start: datetime = FAR_AHEAD) -> RosterData:
    return RosterData(officers(), representatives(), periods(start))


def without_officer(data: RosterData, code: str) -> RosterData:
    """The roster after ``code`` left: gone from the officers, and nobody names them any more."""
    kept = tuple(
        officer if officer.superior_code != code else replace(officer, superior_code=None)
        for officer in data.officers if officer.code != code
    )
    kept_periods = tuple(
        replace(period, alternate_code=None) if period.alternate_code == code else period
        for period in data.periods if period.officer_code != code
    )
    return RosterData(kept, data.representatives, kept_periods)


def write(path: Path, data: RosterData) -> Path:
    write_roster(path, data)
    return path


def edit_cell(path: Path, sheet: str, cell: str, value: object) -> Path:
    workbook = load_workbook(path)
    workbook[sheet][cell] = value
    workbook.save(path)
    return path


def rename_sheet(path: Path, old: str, new: str) -> Path:
    workbook = load_workbook(path)
    workbook[old].title = new
    workbook.save(path)
    return path


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: two dumps are equal only if nothing at all changed."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            tables[table.name] = [tuple(row) for row in connection.execute(select(table).order_by(*order))]
        tables["alembic_version"] = [tuple(row) for row in connection.execute(text("SELECT * FROM alembic_version"))]
    return tables
