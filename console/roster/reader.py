"""Read a district roster workbook, check every row, and hand back all of it or nothing.

openpyxl's read-only mode streams the sheets, so 10,000 rows cost little memory;
cached values are read (``data_only``), and :mod:`console.roster.scan` points out
formulas Excel never computed and merged cells, which the fast reader cannot see.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from console.roster.checks import (
    LocatedOfficer,
    LocatedPeriod,
    LocatedRepresentative,
    check_across_rows,
)
from console.roster.layout import (
    AVAILABILITY,
    HEADER_SEARCH_ROWS,
    LAYOUTS,
    OFFICERS,
    REPRESENTATIVES,
    HeaderMap,
    SheetLayout,
    column_letter,
    header_score,
    map_header,
)
from console.roster.model import ProblemCode, RosterData, RosterError, RosterProblem
from console.roster.rows import SheetRow, parse_officer, parse_period, parse_representative
from console.roster.scan import SheetMarks, file_problem, scan_sheet, sheet_members
from console.roster.values import EXCEL_ERRORS

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]  # sheet, rows read, rows expected (None when unknown)
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class RosterReading:
    """The outcome of reading a file: ``data`` only when ``problems`` is empty."""

    data: RosterData | None
    problems: tuple[RosterProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def read_roster(path: Path | str, progress: Progress | None = None) -> RosterData:
    """The whole roster, or :class:`RosterError` listing every problem in the file."""
    reading = inspect_roster(path, progress)
    if reading.data is None:
        raise RosterError(list(reading.problems))
    return reading.data


def inspect_roster(path: Path | str, progress: Progress | None = None) -> RosterReading:
    path = Path(path)
    problem = file_problem(path)
    if problem is not None:
        return RosterReading(None, (problem,))
    try:
        return _read_workbook(path, progress)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, InvalidFileException, OSError, ParseError) as error:
        log.info("roster %s could not be read: %r", path.name, error)
        return RosterReading(None, (RosterProblem(
            "", None, None, ProblemCode.CORRUPT_FILE, f"{path.name} is damaged and cannot be read ({error})"
        ),))


def _read_workbook(path: Path, progress: Progress | None) -> RosterReading:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        with zipfile.ZipFile(path) as archive:
            members = sheet_members(archive)
            found = {layout.name: _matching_sheets(workbook, layout) for layout in LAYOUTS}
            if not any(found.values()) and _is_blank(workbook):
                return _failed([RosterProblem("", None, None, ProblemCode.EMPTY_WORKBOOK,
                                              f"{path.name} has no data in any sheet")])
            reader = _Reader(progress)
            for layout in LAYOUTS:
                sheets = found[layout.name]
                if not sheets:
                    reader.problems.append(_missing_sheet(layout, workbook.sheetnames))
                    continue
                refusal = _unusable_sheets(layout, sheets)
                if refusal is not None:
                    reader.problems.append(refusal)
                    continue
                title = sheets[0][0]
                reader.read_sheet(workbook, title, layout, scan_sheet(archive, members.get(title)))
    finally:
        workbook.close()
    return reader.finish()


def _failed(problems: list[RosterProblem]) -> RosterReading:
    return RosterReading(None, tuple(problems))


def _matching_sheets(workbook: Workbook, layout: SheetLayout) -> list[tuple[str, bool]]:
    """(title, hidden) of every sheet named like the layout's list, hidden ones included."""
    return [(sheet.title, getattr(sheet, "sheet_state", "visible") != "visible")
            for sheet in workbook.worksheets if layout.matches_name(sheet.title)]


def _unusable_sheets(layout: SheetLayout, sheets: list[tuple[str, bool]]) -> RosterProblem | None:
    """Two sheets for one list, or the list on a hidden sheet: what would be imported is not what the clerk sees."""
    if len(sheets) > 1:
        named = ", ".join(f"{title!r}" + (" (hidden)" if hidden else "") for title, hidden in sheets)
        return RosterProblem(layout.name, None, None, ProblemCode.AMBIGUOUS_SHEET,
                             f"sheets {named} all hold the {layout.name} list ({layout.name_hi}): keep the one to "
                             "import and delete the others")
    title, hidden = sheets[0]
    if hidden:
        return RosterProblem(layout.name, None, None, ProblemCode.HIDDEN_SHEET,
                             f"the sheet {title!r} is hidden: a hidden sheet is never imported; unhide it if it is "
                             "the list to import, or delete it")
    return None


def _is_blank(workbook: Workbook) -> bool:
    for title in workbook.sheetnames:
        for values in workbook[title].iter_rows(values_only=True):
            if not _blank_values(values):
                return False
    return True


def _missing_sheet(layout: SheetLayout, titles: list[str]) -> RosterProblem:
    found = ", ".join(repr(title) for title in titles)
    return RosterProblem(layout.name, None, None, ProblemCode.SHEET_MISSING,
                         f"no sheet named {layout.name!r} ({layout.name_hi}); the workbook has: {found}")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank_values(values: Iterable[object]) -> bool:
    return all(_blank(value) for value in values)


class _Reader:
    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.problems: list[RosterProblem] = []
        self.officers: list[LocatedOfficer] = []
        self.representatives: list[LocatedRepresentative] = []
        self.periods: list[LocatedPeriod] = []

    def read_sheet(self, workbook: Workbook, title: str, layout: SheetLayout, marks: SheetMarks) -> None:
        sheet = workbook[title]
        expected = getattr(sheet, "max_row", None)
        sheet.reset_dimensions()  # a wrong <dimension> must not cut rows off
        rows = enumerate(sheet.iter_rows(values_only=True), start=1)
        header = self._find_header(layout, rows)
        if header is None:
            return
        self.problems.extend(header.problems)
        self._merged(layout, header, marks)
        letters = {key: column_letter(index) for key, index in header.positions.items()}
        missing = {column.key for column in layout.columns if column.key not in header.positions}
        known = header.known_indexes()
        formula_rows = {row for row, _ in marks.formulas}
        for number, values in rows:
            if self.progress is not None and number % PROGRESS_EVERY == 0:
                self.progress(layout.name, number, expected)
            if _blank_values(values) and number not in formula_rows:
                continue
            row = SheetRow(layout, number, {key: _at(values, index) for key, index in header.positions.items()},
                           letters, set(missing))
            if number in formula_rows or marks.merged:
                self._mark_formulas_and_merges(row, header, marks)
            self._mark_errors_and_strays(row, values, known)
            self._parse(row)
            self.problems.extend(row.problems)

    def _find_header(self, layout: SheetLayout, rows: Iterator[tuple[int, tuple[object, ...]]]) -> HeaderMap | None:
        for number, values in rows:
            if header_score(layout, values) >= 2:
                return map_header(layout, number, values)
            if number >= HEADER_SEARCH_ROWS:
                break
        self.problems.append(RosterProblem(
            layout.name, None, None, ProblemCode.HEADER_NOT_FOUND,
            f"no header row in the first {HEADER_SEARCH_ROWS} rows: row 1 should name the columns "
            f"({', '.join(column.label_en for column in layout.columns if column.required)})",
        ))
        return None

    def _merged(self, layout: SheetLayout, header: HeaderMap, marks: SheetMarks) -> None:
        for merged in marks.merged:
            if merged.last_row >= header.row:
                self.problems.append(RosterProblem(
                    layout.name, merged.first_row, column_letter(merged.first_column), ProblemCode.MERGED_CELLS,
                    f"cells {merged.reference} are merged: unmerge them and fill in every cell",
                ))

    def _mark_formulas_and_merges(self, row: SheetRow, header: HeaderMap, marks: SheetMarks) -> None:
        for key, index in header.positions.items():
            if _blank(row.cells[key]) and (row.number, index) in marks.formulas:
                row.report(key, ProblemCode.FORMULA_WITHOUT_VALUE,
                           "the cell holds a formula with no saved value: open the file in Excel and save it "
                           "again, or type the value in")
            elif any(merged.covers_hidden(row.number, index) for merged in marks.merged):
                row.reported.add(key)  # the merge itself is reported once

    def _mark_errors_and_strays(self, row: SheetRow, values: tuple[object, ...], known: frozenset[int]) -> None:
        for key, value in row.cells.items():
            if isinstance(value, str) and key not in row.reported and value.strip() in EXCEL_ERRORS:
                row.report(key, ProblemCode.ERROR_VALUE, f"the cell shows the Excel error {value.strip()}")
        for index, value in enumerate(values):
            if index not in known and not _blank(value):
                letter = column_letter(index)
                row.problems.append(RosterProblem(
                    row.layout.name, row.number, letter, ProblemCode.VALUE_WITHOUT_HEADER,
                    f"column {letter} has a value ({str(value).strip()[:40]!r}) but no header: "
                    "are the columns shifted?",
                ))

    def _parse(self, row: SheetRow) -> None:
        if row.layout is OFFICERS:
            self.officers.append(LocatedOfficer(row.number, row.letters, parse_officer(row)))
        elif row.layout is REPRESENTATIVES:
            self.representatives.append(LocatedRepresentative(row.number, row.letters, parse_representative(row)))
        elif row.layout is AVAILABILITY:
            period = parse_period(row)
            if period is not None:
                self.periods.append(LocatedPeriod(row.number, row.letters, period))

    def finish(self) -> RosterReading:
        self.problems.extend(check_across_rows(self.officers, self.representatives, self.periods))
        if self.problems:
            return _failed(sorted(self.problems, key=_problem_order))
        return RosterReading(RosterData(
            officers=tuple(item.value for item in self.officers),
            representatives=tuple(item.value for item in self.representatives),
            periods=tuple(item.value for item in self.periods),
        ), ())


def _at(values: tuple[object, ...], index: int) -> object:
    return values[index] if index < len(values) else None


_SHEET_ORDER = {"": -1, **{layout.name: position for position, layout in enumerate(LAYOUTS)}}


def _problem_order(problem: RosterProblem) -> tuple[int, int, int, str, str]:
    column = problem.column or ""
    return (_SHEET_ORDER.get(problem.sheet, 99), problem.row or 0, len(column), column, problem.reason_code.value)
