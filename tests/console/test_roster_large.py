"""A district-sized file and then some: 10,000 officer rows, read in one streaming pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from console.roster.layout import AVAILABILITY, OFFICERS, REPRESENTATIVES
from console.roster.model import ProblemCode
from console.roster.reader import inspect_roster
from tests.console.test_roster_support import header, officer, patch_member

ROWS = 10_000


def number_in_row(sheet_row: int) -> str:
    return f"9{sheet_row - 1:09d}"


def write_officers(path: Path) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(OFFICERS.name)
    sheet.append(header(OFFICERS))
    for index in range(1, ROWS + 1):
        superior = "" if index == 1 else "HRD-00001"
        sheet.append(officer(f"HRD-{index:05d}", number=number_in_row(index + 1), superior=superior))
    for layout in (REPRESENTATIVES, AVAILABILITY):
        workbook.create_sheet(layout.name).append(header(layout))
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_officers(tmp_path_factory.mktemp("large") / "big.xlsx")


def test_ten_thousand_valid_rows_parse(big_roster: Path) -> None:
    seen: list[int] = []
    reading = inspect_roster(big_roster, progress=lambda _, row, __: seen.append(row))
    assert reading.problems == ()
    assert reading.data is not None
    assert len(reading.data.officers) == ROWS
    assert reading.data.officers[-1].official_number == f"+919{ROWS:09d}"
    assert seen[:2] == [1000, 2000] and seen[-1] == 10_000


def test_one_bad_row_near_the_end_is_found_and_nothing_is_returned(big_roster: Path, tmp_path: Path) -> None:
    path = tmp_path / "one-bad-row.xlsx"
    path.write_bytes(big_roster.read_bytes())
    good = f"<t>{number_in_row(9_999)}</t>"
    patch_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(good, "<t>90000 1234</t>", 1))
    reading = inspect_roster(path)
    assert reading.data is None
    assert [(p.sheet, p.row, p.column, p.reason_code) for p in reading.problems] == [
        (OFFICERS.name, 9_999, "H", ProblemCode.INVALID_NUMBER)
    ]
