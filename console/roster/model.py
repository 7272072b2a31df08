"""The roster as plain values: what a district's Excel sheets say, before any database.

Rows refer to each other by the district's own stable codes ("HRD-0001"), not by
database ids, so a file can be checked completely before anything is stored and
an export can be read back unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.domain import AvailabilityStatus, RepresentativeKind


@dataclass(frozen=True)
class OfficerRow:
    code: str
    name_en: str
    name_hi: str
    designation_en: str
    designation_hi: str
    department: str
    office: str  # office, tehsil or block where the officer sits
    official_number: str  # E.164; the CUG mobile the center calls and texts
    other_numbers: tuple[str, ...] = ()  # E.164, kept for the record, never dialled
    superior_code: str | None = None
    active: bool = True


@dataclass(frozen=True)
class RepresentativeRow:
    code: str
    kind: RepresentativeKind
    name_en: str
    name_hi: str
    constituency: str
    registered_numbers: tuple[str, ...]  # E.164


@dataclass(frozen=True)
class AvailabilityRow:
    """An officer away (or explicitly on duty) over ``[starts_at, ends_at)``, aware UTC."""

    officer_code: str
    status: AvailabilityStatus
    starts_at: datetime
    ends_at: datetime
    alternate_code: str | None = None
    note: str = ""  # free text, usually the number of the leave or training order


@dataclass(frozen=True)
class RosterData:
    officers: tuple[OfficerRow, ...] = ()
    representatives: tuple[RepresentativeRow, ...] = ()
    periods: tuple[AvailabilityRow, ...] = ()

    def officer_codes(self) -> frozenset[str]:
        return frozenset(officer.code for officer in self.officers)


class ProblemCode(str, Enum):
    """Why a file, sheet, row or cell was refused. Stored and shown as the lower-case value."""

    # the file as a whole
    EMPTY_FILE = "empty_file"
    NOT_XLSX = "not_xlsx"
    OLD_XLS_FORMAT = "old_xls_format"
    PASSWORD_PROTECTED = "password_protected"
    CORRUPT_FILE = "corrupt_file"
    EMPTY_WORKBOOK = "empty_workbook"
    NO_ROWS = "no_rows"  # the sheets are there, their rows are not (the blank template)
    # a sheet and its header row
    SHEET_MISSING = "sheet_missing"
    AMBIGUOUS_SHEET = "ambiguous_sheet"  # two sheets hold the same list
    HIDDEN_SHEET = "hidden_sheet"  # never read: what is imported must be what the clerk sees
    HEADER_NOT_FOUND = "header_not_found"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    UNKNOWN_COLUMN = "unknown_column"
    VALUE_WITHOUT_HEADER = "value_without_header"
    MERGED_CELLS = "merged_cells"
    # one cell
    MISSING_VALUE = "missing_value"
    FORMULA_WITHOUT_VALUE = "formula_without_value"
    ERROR_VALUE = "error_value"
    INVALID_VALUE = "invalid_value"
    INVALID_CODE = "invalid_code"
    INVALID_NUMBER = "invalid_number"
    NOT_MOBILE = "not_mobile"
    INVALID_DATE = "invalid_date"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    WRONG_SCRIPT = "wrong_script"
    DESIGNATION_MISMATCH = "designation_mismatch"
    # rows against each other
    DUPLICATE_CODE = "duplicate_code"
    DUPLICATE_NUMBER = "duplicate_number"
    UNKNOWN_SUPERIOR = "unknown_superior"
    SUPERIOR_IS_SELF = "superior_is_self"
    SUPERIOR_CYCLE = "superior_cycle"
    UNKNOWN_OFFICER = "unknown_officer"
    UNKNOWN_ALTERNATE = "unknown_alternate"
    ALTERNATE_IS_OFFICER = "alternate_is_officer"
    ALTERNATE_INACTIVE = "alternate_inactive"
    ALTERNATE_AWAY = "alternate_away"
    PERIOD_ENDS_BEFORE_START = "period_ends_before_start"
    OVERLAPPING_PERIODS = "overlapping_periods"
    # the file against the district it would change
    MASS_DEACTIVATION = "mass_deactivation"  # over a quarter of the serving officers or representatives left out
    ALL_PERIODS_REMOVED = "all_periods_removed"  # every current and coming leave or training would go
    OPEN_CASES = "open_cases"  # an officer left out (or marked inactive) still has open cases


REPLACE_ALL_PROBLEMS = frozenset({ProblemCode.MASS_DEACTIVATION, ProblemCode.ALL_PERIODS_REMOVED})
"""What an import may still do when the person importing says so explicitly (``--replace-all``, or yes in the
window): nothing else can be overridden."""


@dataclass(frozen=True)
class RosterProblem:
    """One thing wrong, and where: ``row`` is Excel's 1-based row number, ``column`` a letter ("C").

    ``row`` and ``column`` are None when the problem is the file or a whole sheet.
    The message is English for the command line; the window words it from ``reason_code``.
    """

    sheet: str
    row: int | None
    column: str | None
    reason_code: ProblemCode
    message: str
    counts: tuple[int, ...] = ()  # the numbers the message gives, for the window to word them (e.g. 4 of 40)

    def location(self) -> str:
        place = self.sheet or "file"
        if self.row is not None:
            place += f" row {self.row}"
        if self.column is not None:
            place += f" column {self.column}"
        return place

    def __str__(self) -> str:
        return f"{self.location()}: {self.message} [{self.reason_code.value}]"


class RosterError(Exception):
    """The file was refused; nothing in it may be imported."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        self.problems = tuple(problems)
        first = str(problems[0]) if problems else "no details"
        super().__init__(f"{len(problems)} problem(s) in the roster; first: {first}")
