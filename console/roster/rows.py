"""One sheet row at a time: raw cells in, a typed row and its problems out.

Every cell is checked even after the first fault, so a clerk fixes a row once.
A row with faults still yields a best-effort value (blank where a cell was bad)
so the checks across rows (duplicates, unknown codes) can run over the whole file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.designations import Designation, find_designation
from console.roster.layout import SheetLayout
from console.roster.model import AvailabilityRow, OfficerRow, ProblemCode, RepresentativeRow, RosterProblem
from console.roster.text import has_devanagari, has_latin
from console.roster.values import (
    CellError,
    DayAndTime,
    as_text,
    parse_active,
    parse_code,
    parse_day_and_time,
    parse_kind,
    parse_phone,
    parse_phones,
    parse_status,
    period_bounds,
)

T = TypeVar("T")


@dataclass
class SheetRow:
    """The cells of one row by column key, and the problems found in it so far."""

    layout: SheetLayout
    number: int
    cells: dict[str, object]
    letters: dict[str, str]
    reported: set[str] = field(default_factory=set)  # keys whose cell already has a problem
    problems: list[RosterProblem] = field(default_factory=list)

    def report(self, key: str, code: ProblemCode, message: str) -> None:
        self.reported.add(key)
        self.problems.append(RosterProblem(self.layout.name, self.number, self.letters.get(key), code, message))

    def _label(self, key: str) -> str:
        return self.layout.column(key).label_en

    def is_blank(self, key: str) -> bool:
        value = self.cells.get(key)
        return value is None or (isinstance(value, str) and not value.strip())

    def parse(self, key: str, parser: Callable[[object], T], *, required: bool = False) -> T | None:
        if key in self.reported:
            return None
        if self.is_blank(key):
            if required:
                self.report(key, ProblemCode.MISSING_VALUE, f"{self._label(key)} is empty")
            return None
        try:
            return parser(self.cells[key])
        except CellError as error:
            self.report(key, error.code, f"{self._label(key)}: {error.message}")
            return None

    def text(self, key: str, *, required: bool = False) -> str:
        return self.parse(key, as_text, required=required) or ""

    def code(self, key: str, *, required: bool = False) -> str | None:
        return self.parse(key, parse_code, required=required)


def _english(row: SheetRow, key: str, *, required: bool) -> str:
    text = row.text(key, required=required)
    if text and (has_devanagari(text) or not has_latin(text)):
        row.report(key, ProblemCode.WRONG_SCRIPT, f"{text!r} should be in English (Latin letters)")
    return text


def _hindi(row: SheetRow, key: str) -> str:
    text = row.text(key)
    if text and (not has_devanagari(text) or has_latin(text)):
        row.report(key, ProblemCode.WRONG_SCRIPT, f"{text!r} should be in Hindi (Devanagari)")
    return text


def parse_officer(row: SheetRow) -> OfficerRow:
    code = row.code("code", required=True) or ""
    name_en = _english(row, "name_en", required=True)
    name_hi = _hindi(row, "name_hi")
    designation_en, designation_hi, designation = _designations(row)
    department = row.text("department")
    if not department and designation is not None:
        department = designation.department
    elif not department and "department" not in row.reported:
        row.report("department", ProblemCode.MISSING_VALUE, "Department is empty (and the designation is not a known one)")
    office = row.text("office")
    official = row.parse("official_number", parse_phone, required=True)
    if official is not None and not official.mobile:
        row.report("official_number", ProblemCode.NOT_MOBILE,
                   f"{official.e164} is a landline: the official (CUG) number must be a mobile that takes SMS")
    others = row.parse("other_numbers", parse_phones) or ()
    official_e164 = official.e164 if official is not None and official.mobile else ""
    return OfficerRow(
        code=code,
        name_en=name_en,
        name_hi=name_hi,
        designation_en=designation_en,
        designation_hi=designation_hi,
        department=department,
        office=office,
        official_number=official_e164,
        other_numbers=tuple(number.e164 for number in others if number.e164 != official_e164),
        superior_code=row.code("superior_code"),
        active=row.parse("active", parse_active) is not False,
    )


def _designations(row: SheetRow) -> tuple[str, str, Designation | None]:
    """Pair the English and Hindi titles; a known title fills in its blank twin."""
    english, hindi = row.text("designation_en"), row.text("designation_hi")
    known_en = find_designation(english) if english else None
    known_hi = find_designation(hindi) if hindi else None
    if not english and not hindi:
        if not {"designation_en", "designation_hi"} & row.reported:
            row.report("designation_en", ProblemCode.MISSING_VALUE, "Designation is empty (in English and in Hindi)")
        return "", "", None
    if known_en is not None and known_hi is not None and known_en is not known_hi:
        row.report("designation_hi", ProblemCode.DESIGNATION_MISMATCH,
                   f"{hindi!r} is {known_hi.name_en!r}, but the English designation says {known_en.name_en!r}")
    known = known_en or known_hi
    if known_en is None and english and (has_devanagari(english) or not has_latin(english)):
        row.report("designation_en", ProblemCode.WRONG_SCRIPT, f"{english!r} should be in English (Latin letters)")
    if known_hi is None and hindi and (not has_devanagari(hindi) or has_latin(hindi)):
        row.report("designation_hi", ProblemCode.WRONG_SCRIPT, f"{hindi!r} should be in Hindi (Devanagari)")
    final_en = known_en.name_en if known_en else english or (known.name_en if known else "")
    final_hi = known_hi.name_hi if known_hi else hindi or (known.name_hi if known else "")
    return final_en, final_hi, known


def parse_representative(row: SheetRow) -> RepresentativeRow:
    code = row.code("code", required=True) or ""
    kind = row.parse("kind", parse_kind, required=True)
    name_en = _english(row, "name_en", required=True)
    name_hi = _hindi(row, "name_hi")
    constituency = row.text("constituency", required=kind in (RepresentativeKind.MP, RepresentativeKind.MLA))
    numbers = row.parse("registered_numbers", parse_phones, required=True) or ()
    return RepresentativeRow(
        code=code,
        kind=kind or RepresentativeKind.OTHER,
        name_en=name_en,
        name_hi=name_hi,
        constituency=constituency,
        registered_numbers=tuple(number.e164 for number in numbers),
    )


def _note(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.strftime("%d-%m-%Y")
    return as_text(value)


def parse_period(row: SheetRow) -> AvailabilityRow | None:
    officer_code = row.code("officer_code", required=True) or ""
    status = row.parse("status", parse_status, required=True)
    start = row.parse("starts", parse_day_and_time, required=True)
    end = row.parse("ends", parse_day_and_time, required=True)
    alternate = row.code("alternate_code")
    note = row.parse("note", _note) or ""
    if start is None or end is None:
        return None
    starts_at, ends_at = period_bounds(start, end)
    if ends_at <= starts_at:
        row.report("ends", ProblemCode.PERIOD_ENDS_BEFORE_START,
                   f"the period ends ({_show(end)}) before it starts ({_show(start)})")
    return AvailabilityRow(officer_code, status or AvailabilityStatus.OTHER, starts_at, ends_at, alternate, note)


def _show(value: DayAndTime) -> str:
    shown = value.day.strftime("%d-%m-%Y")
    return f"{shown} {value.at:%H:%M}" if value.at else shown
