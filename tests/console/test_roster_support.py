"""Builders shared by the roster tests: real .xlsx files made with openpyxl in tmp_path."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook

from console.roster.layout import AVAILABILITY, OFFICERS, REPRESENTATIVES, SheetLayout
from console.roster.model import ProblemCode
from console.roster.reader import inspect_roster

Rows = list[list[object]]


def header(layout: SheetLayout) -> list[object]:
    return [column.header for column in layout.columns]


def officer(
    code: str = "HRD-0001",
    name_en: str = "Rajesh Kumar Mishra",
    name_hi: str = "राजेश कुमार मिश्रा",
    designation_en: str = "District Magistrate",
    designation_hi: str = "जिलाधिकारी",
    department: str = "Revenue",
    office: str = "Collectorate Hardoi",
    number: object = "9000000001",
    others: str = "",
    superior: str = "",
    active: object = "yes",
) -> list[object]:
    return [code, name_en, name_hi, designation_en, designation_hi, department, office, number, others, superior,
            active]


def representative(
    code: str = "MLA-1", kind: str = "MLA", name_en: str = "Suresh Chandra Verma", name_hi: str = "सुरेश चन्द्र वर्मा",
    constituency: str = "Sandila", numbers: object = "9000900001",
) -> list[object]:
    return [code, kind, name_en, name_hi, constituency, numbers]


def period(
    officer_code: str = "HRD-0002", status: str = "leave", starts: object = "14-03-2026", ends: object = "16-03-2026",
    alternate: str = "HRD-0003", note: str = "Order 12/2026",
) -> list[object]:
    return [officer_code, status, starts, ends, alternate, note]


def valid_officers() -> Rows:
    return [
        header(OFFICERS),
        officer(),
        officer("HRD-0002", "Anita Singh", "अनीता सिंह", "Chief Development Officer", "मुख्य विकास अधिकारी",
                "Rural Development", "Vikas Bhawan Hardoi", "9000000002", superior="HRD-0001"),
        officer("HRD-0003", "Mohammad Arif", "मोहम्मद आरिफ", "District Development Officer", "जिला विकास अधिकारी",
                "Rural Development", "Vikas Bhawan Hardoi", "9000000003", superior="HRD-0002"),
        officer("HRD-0004", "Pooja Yadav", "पूजा यादव", "Sub-Divisional Magistrate", "उप जिलाधिकारी", "Revenue",
                "Tehsil Sandila", "9000000004", "05852-234567", superior="HRD-0001"),
    ]


def valid_sheets() -> dict[str, Rows]:
    return {
        OFFICERS.name: valid_officers(),
        REPRESENTATIVES.name: [header(REPRESENTATIVES), representative(),
                               representative("MP-1", "MP", "Kamla Devi Gautam", "कमला देवी गौतम", "Hardoi",
                                              "9000900002")],
        AVAILABILITY.name: [header(AVAILABILITY), period()],
    }


def save(
    directory: Path, sheets: dict[str, Rows], name: str = "roster.xlsx",
    edit: Callable[[Workbook], None] | None = None,
) -> Path:
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    if edit is not None:
        edit(workbook)
    path = directory / name
    workbook.save(path)
    return path


def problems(path: Path) -> list[tuple[str, int | None, str | None, ProblemCode]]:
    reading = inspect_roster(path)
    assert (reading.data is None) == bool(reading.problems), "data comes only without problems"
    return [(problem.sheet, problem.row, problem.column, problem.reason_code) for problem in reading.problems]


def patch_member(path: Path, member: str, change: Callable[[str], str]) -> None:
    """Rewrite one XML part of an .xlsx, as another spreadsheet program would have written it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def codes(found: Sequence[tuple[str, int | None, str | None, ProblemCode]]) -> set[ProblemCode]:
    return {problem[3] for problem in found}
