"""Roster import and export over a database: what the command line and the window both call.

An import reads and checks the whole workbook first; any problem and nothing is
written. A good file then goes in as one transaction (with its audit rows), so
a failure half-way leaves the database as it was. A dry run does the same work
and rolls it back, so its counts say exactly what a real import would change.

A file is a full list, so whoever it leaves out stops serving. That makes a
wrong file destructive, and so an import is refused, with the counts, when it
would mark more than a quarter of the serving officers or representatives
inactive or remove every current leave and training, unless the person
importing says so explicitly (``replace_all``); and it is always refused when it
would take an officer with open cases off the register, naming the officer and
the cases (their SMS and calls could no longer go, their replies would come
from an unknown number). A file with no rows at all (the blank template) is
refused before any database is opened.
"""

from __future__ import annotations

import logging
import shutil
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console import window_interface as window
from console.clock import Clock, ensure_utc
from console.domain import AvailabilityPeriod
from console.permissions import Permission, require
from console.resources import resource_path
from console.roster.layout import AVAILABILITY, OFFICERS
from console.roster.model import REPLACE_ALL_PROBLEMS, ProblemCode, RosterData, RosterProblem
from console.roster.reader import RosterReading, inspect_roster
from console.roster.storage import StoredCodes, assign_ids, load_roster, roster_batch
from console.roster.values import describe_period, display_number
from console.roster.writer import write_roster
from console.views import OperatorSession
from db.database import Database, UnitOfWork
from db.errors import ConflictError
from db.repositories.roster import RosterApplyResult

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""(rows done, rows expected); expected is 0 while unknown. The same shape the window's progress bar takes."""

TEMPLATE = ("rosters", "roster-template.xlsx")
MOST_LEFT_OUT = 0.25  # of the serving officers or representatives an import may mark inactive without being told


@dataclass(frozen=True)
class RosterImportResult:
    """``problems`` empty: the file was good and ``applied`` says what changed (or would have, on a dry run)."""

    rows: int  # officers, representatives and periods read from the file
    problems: tuple[RosterProblem, ...] = ()
    applied: RosterApplyResult | None = None
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def needs_replace_all(self) -> bool:
        """Refused only for what the person importing may still ask for explicitly (``replace_all``)."""
        return bool(self.problems) and all(problem.reason_code in REPLACE_ALL_PROBLEMS for problem in self.problems)


@dataclass(frozen=True)
class RosterExportResult:
    officers: int
    representatives: int
    periods: int

    @property
    def rows(self) -> int:
        return self.officers + self.representatives + self.periods


class _DryRun(Exception):
    """Raised inside the unit of work to roll a dry run back, carrying what it would have done."""

    def __init__(self, result: RosterApplyResult) -> None:
        super().__init__("dry run")
        self.result = result


class _Refused(Exception):
    """Raised inside the unit of work when the whole import would do harm: rolled back, the problems kept."""

    def __init__(self, problems: tuple[RosterProblem, ...]) -> None:
        super().__init__("refused")
        self.problems = problems


@dataclass(frozen=True)
class _Serving:
    """The district as it stood before the import: who served, how many periods were current or coming."""

    officers: int
    representatives: int
    periods: int


def check_roster_file(path: Path | str, progress: Progress | None = None) -> RosterReading:
    """Read and check the file alone, before any database is opened; a file without rows is refused."""
    path = Path(path)
    reading = inspect_roster(path, _reading_progress(progress))
    data = reading.data
    if data is not None and not (data.officers or data.representatives or data.periods):
        return RosterReading(None, (RosterProblem(
            "", None, None, ProblemCode.NO_ROWS,
            f"{path.name} has no rows: its Officers, Representatives and Availability sheets are empty (is it the "
            "blank template?); nothing was imported",
        ),))
    return reading


def import_roster(
    database: Database,
    path: Path | str,
    *,
    clock: Clock,
    session: OperatorSession | None,
    dry_run: bool = False,
    replace_all: bool = False,
    progress: Progress | None = None,
    reading: RosterReading | None = None,
) -> RosterImportResult:
    """Check ``path`` completely (or take the ``reading`` of it already made), then store all of it in one
    transaction, or nothing (a supervisor's work)."""
    actor = require(session, Permission.EDIT_ROSTER).login
    path = Path(path)
    reading = reading or check_roster_file(path, progress)
    if reading.data is None:
        return RosterImportResult(0, reading.problems, dry_run=dry_run)
    data = reading.data
    rows = len(data.officers) + len(data.representatives) + len(data.periods)
    if progress is not None:
        progress(rows, rows)
    now = ensure_utc(clock.now())
    source = f"roster import {path.name}"
    try:
        with database.unit_of_work() as work:
            codes = assign_ids(data, work)
            problems = conflicts_with_stored(work, data, codes, now)
            if problems:
                return RosterImportResult(rows, problems, dry_run=dry_run)
            serving = _serving(work, now)
            batch = roster_batch(data, codes, replace_from=now)
            applied = work.roster.apply(batch, actor=actor, at=now, source=source)
            harm = (*_open_cases_left_out(work, applied, codes),
                    *(() if replace_all else _mass_changes(applied, serving)))
            if harm:
                raise _Refused(harm)
            if dry_run:
                raise _DryRun(applied)
    except _Refused as refused:
        return RosterImportResult(rows, refused.problems, dry_run=dry_run)
    except _DryRun as rolled_back:
        return RosterImportResult(rows, (), rolled_back.result, dry_run=True)
    except (ConflictError, ValueError) as error:  # what the checks above did not foresee
        log.warning("roster %s refused by the database: %s", path.name, error)
        problem = RosterProblem("", None, None, ProblemCode.INVALID_VALUE, str(error))
        return RosterImportResult(rows, (problem,), dry_run=dry_run)
    log.info("roster %s imported by %s: %s", path.name, actor, applied)
    return RosterImportResult(rows, (), applied)


def export_roster(
    database: Database, path: Path | str, *, clock: Clock, session: OperatorSession | None,
    progress: Progress | None = None,
) -> RosterExportResult:
    """Write the stored roster in the import layout: every officer, serving representatives, current periods."""
    require(session, Permission.EXPORT_ROSTER)
    with database.reading() as work:
        data = load_roster(work, periods_ending_after=clock.now())
    result = RosterExportResult(len(data.officers), len(data.representatives), len(data.periods))
    if progress is not None:
        progress(0, result.rows)
    write_roster(path, data)
    if progress is not None:
        progress(result.rows, result.rows)
    return result


def window_result(result: RosterImportResult | RosterExportResult) -> window.RosterResult:
    """The answer in the window's terms (:class:`console.window_interface.RosterResult`): an outcome and located codes."""
    if isinstance(result, RosterExportResult):
        return window.RosterResult(window.ActionOutcome.OK, result.rows)
    if result.ok:
        return window.RosterResult(window.ActionOutcome.OK, result.rows)
    problems = tuple(
        window.RosterProblem(problem.sheet, problem.row or 0, problem.column or "", problem.reason_code.value,
                              "/".join(map(str, problem.counts)))
        for problem in result.problems
    )
    return window.RosterResult(window.ActionOutcome.INVALID, result.rows, problems)


def copy_template(path: Path | str) -> None:
    shutil.copyfile(resource_path(*TEMPLATE), Path(path))


def conflicts_with_stored(
    work: UnitOfWork, data: RosterData, codes: StoredCodes, now: datetime
) -> tuple[RosterProblem, ...]:
    """What the file cannot say about people it does not list: their numbers, their past periods.

    The reader checked the file against itself; this checks it against the
    officers it leaves out (kept, inactive, with their numbers) and the periods
    already over (kept as history), naming officers by their codes.
    """
    return (*_numbers_of_absent_officers(work, data, codes), *_overlaps_with_history(work, data, codes, now))


def _numbers_of_absent_officers(work: UnitOfWork, data: RosterData, codes: StoredCodes) -> list[RosterProblem]:
    listed = {codes.officers[officer.code] for officer in data.officers}
    stored_owners = work.roster.officer_numbers()
    absent_codes = {officer_id: code for code, officer_id in codes.officers.items() if officer_id not in listed}
    problems = []
    for officer in data.officers:
        for number in (officer.official_number, *officer.other_numbers):
            owner = stored_owners.get(number)
            if owner is not None and owner in absent_codes:
                problems.append(RosterProblem(
                    OFFICERS.name, None, None, ProblemCode.DUPLICATE_NUMBER,
                    f"officer {officer.code}: number {display_number(number)} is still registered to officer "
                    f"{absent_codes[owner]}, who is not in this file (kept as inactive, with their numbers): "
                    f"list {absent_codes[owner]} with another number, or give {officer.code} another one",
                ))
    return problems


def _overlaps_with_history(work: UnitOfWork, data: RosterData, codes: StoredCodes, now: datetime) -> list[RosterProblem]:
    ids_to_codes = {officer_id: code for code, officer_id in codes.officers.items()}
    listed = {(codes.officers[row.officer_code], ensure_utc(row.starts_at)) for row in data.periods}
    history: dict[int, list[AvailabilityPeriod]] = defaultdict(list)
    for record in work.roster.export_periods():
        period = record.period
        if ensure_utc(period.ends_at) <= now and (period.officer_id, ensure_utc(period.starts_at)) not in listed:
            history[period.officer_id].append(period)
    problems = []
    for row in data.periods:
        for kept in history.get(codes.officers[row.officer_code], ()):
            if row.starts_at < kept.ends_at and kept.starts_at < row.ends_at:
                problems.append(RosterProblem(
                    AVAILABILITY.name, None, None, ProblemCode.OVERLAPPING_PERIODS,
                    f"officer {ids_to_codes[kept.officer_id]}: the period {describe_period(row.starts_at, row.ends_at)}"
                    f" overlaps the stored past period {describe_period(kept.starts_at, kept.ends_at)}, kept as "
                    "history: change the dates, or list that period exactly as it was",
                ))
    return problems


def _serving(work: UnitOfWork, now: datetime) -> _Serving:
    return _Serving(
        officers=sum(1 for entry in work.roster.export_officers() if entry.active),
        representatives=sum(1 for entry in work.roster.export_representatives() if entry.active),
        periods=len(work.roster.export_periods(ending_after=now)),
    )


def _mass_changes(applied: RosterApplyResult, serving: _Serving) -> list[RosterProblem]:
    """Leaving out many people, or every current period, is what a wrong file does: say so, with the counts."""
    problems = []
    for sheet, what, left_out, of in (
        (OFFICERS.name, "officers", applied.officers.deactivated, serving.officers),
        ("Representatives", "representatives", applied.representatives.deactivated, serving.representatives),
    ):
        if left_out and left_out > MOST_LEFT_OUT * of:
            problems.append(RosterProblem(
                sheet, None, None, ProblemCode.MASS_DEACTIVATION,
                f"the file would mark {left_out} of the {of} serving {what} inactive (they are not in it): if that "
                "is meant, import it again with --replace-all",
                (left_out, of),
            ))
    if serving.periods and applied.periods.deleted >= serving.periods:
        problems.append(RosterProblem(
            AVAILABILITY.name, None, None, ProblemCode.ALL_PERIODS_REMOVED,
            f"the file would remove all {serving.periods} current and coming leave and training periods: if that "
            "is meant, import it again with --replace-all",
            (serving.periods,),
        ))
    return problems


def _open_cases_left_out(work: UnitOfWork, applied: RosterApplyResult, codes: StoredCodes) -> list[RosterProblem]:
    """An officer taken off the register with cases open would strand them: never, whatever the file says."""
    names = {officer_id: code for code, officer_id in codes.officers.items()}
    problems = []
    for officer_id in applied.officers.deactivated_ids:
        cases = work.escalations.open_cases_of_officer(officer_id)
        if cases:
            listed = ", ".join(case.case_code for case in cases)
            problems.append(RosterProblem(
                OFFICERS.name, None, None, ProblemCode.OPEN_CASES,
                f"officer {names.get(officer_id, officer_id)} would be marked inactive with open cases {listed}: "
                "close, cancel or redirect them first, or keep the officer in the file",
            ))
    return problems


def _reading_progress(progress: Progress | None) -> _SheetProgress | None:
    return None if progress is None else _SheetProgress(progress)


class _SheetProgress:
    """The reader counts rows per sheet; the caller sees rows across the sheets read so far."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._sheet = ""
        self._offset = 0
        self._rows = 0

    def __call__(self, sheet: str, rows: int, expected: int | None) -> None:
        if sheet != self._sheet:
            self._sheet, self._offset = sheet, self._offset + self._rows
        self._rows = rows
        known = expected is not None and expected >= rows  # a sheet's stated size can be wrong: then unknown
        self._progress(self._offset + rows, self._offset + expected if known and expected else 0)
