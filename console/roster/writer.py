"""Write a roster in the same layout the reader takes, so an export can be edited and imported back.

openpyxl's write-only mode streams rows to disk, so a 10,000-row export stays
small in memory. Text is always written as text: a name starting with "=" is
never turned into a formula, and numbers stay "+91 94150 12345", not 9.4E+09.
Whatever is stored, the export never fails on it: characters a workbook cannot
hold (controls) are left out, the rest written as stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.layout import AVAILABILITY, OFFICERS, REPRESENTATIVES, SheetLayout, column_letter
from console.roster.model import AvailabilityRow, OfficerRow, RepresentativeRow, RosterData
from console.roster.values import display_number, sheet_bounds

DATE_FORMAT = "DD-MM-YYYY"
DATE_TIME_FORMAT = "DD-MM-YYYY HH:MM"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")

KIND_WORDS = {
    RepresentativeKind.MP: "MP",
    RepresentativeKind.MLA: "MLA",
    RepresentativeKind.MLC: "MLC",
    RepresentativeKind.OTHER: "other",
}
STATUS_WORDS = {
    AvailabilityStatus.LEAVE: "leave",
    AvailabilityStatus.TRAINING: "training",
    AvailabilityStatus.OTHER: "other",
    AvailabilityStatus.ON_DUTY: "on duty",
}


def write_roster(path: Path | str, data: RosterData) -> None:
    workbook = Workbook(write_only=True)
    _sheet(workbook, OFFICERS, map(_officer, data.officers))
    _sheet(workbook, REPRESENTATIVES, map(_representative, data.representatives))
    _sheet(workbook, AVAILABILITY, map(_period, data.periods))
    workbook.save(Path(path))


def _sheet(workbook: Workbook, layout: SheetLayout, rows: Iterable[dict[str, object]]) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(layout.name)
    for index, column in enumerate(layout.columns):
        sheet.column_dimensions[column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([_header_cell(sheet, column.header) for column in layout.columns])
    for values in rows:
        sheet.append([_cell(sheet, values[column.key]) for column in layout.columns])


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
    return cell


def _cell(sheet: WriteOnlyWorksheet, value: object) -> object:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # an old row's control character must not cost the export
    if value == "":
        return None
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT if value.time() == time(0) else DATE_TIME_FORMAT
        return cell
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # text, never a formula
        return cell
    return value


def _numbers(numbers: Iterable[str]) -> str:
    return ", ".join(map(display_number, numbers))


def _officer(officer: OfficerRow) -> dict[str, object]:
    return {
        "code": officer.code,
        "name_en": officer.name_en,
        "name_hi": officer.name_hi,
        "designation_en": officer.designation_en,
        "designation_hi": officer.designation_hi,
        "department": officer.department,
        "office": officer.office,
        "official_number": display_number(officer.official_number),
        "other_numbers": _numbers(officer.other_numbers),
        "superior_code": officer.superior_code or "",
        "active": "yes" if officer.active else "no",
    }


def _representative(representative: RepresentativeRow) -> dict[str, object]:
    return {
        "code": representative.code,
        "kind": KIND_WORDS[representative.kind],
        "name_en": representative.name_en,
        "name_hi": representative.name_hi,
        "constituency": representative.constituency,
        "registered_numbers": _numbers(representative.registered_numbers),
    }


def _period(period: AvailabilityRow) -> dict[str, object]:
    start, end = sheet_bounds(period.starts_at, period.ends_at)
    return {
        "officer_code": period.officer_code,
        "status": STATUS_WORDS[period.status],
        "starts": start,
        "ends": end,
        "alternate_code": period.alternate_code or "",
        "note": period.note,
    }
