"""Roster import and export over a database: what the command line and the window both call.

An import reads and checks the whole workbook first; any problem and nothing is
written. A good file then goes in as one transaction (with its audit rows), so
a failure half-way leaves the database as it was. A dry run does the same work
and rolls it back, so its counts say exactly what a real import would change.
"""

from __future__ import annotations

import logging
import shutil
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console import service
from console.clock import Clock, ensure_utc
from console.domain import AvailabilityPeriod
from console.permissions import Permission, require
from console.resources import resource_path
from console.roster.layout import AVAILABILITY, OFFICERS
from console.roster.model import ProblemCode, RosterData, RosterProblem
from console.roster.reader import inspect_roster
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


def import_roster(
    database: Database,
    path: Path | str,
    *,
    clock: Clock,
    session: OperatorSession | None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> RosterImportResult:
    """Check ``path`` completely, then store all of it in one transaction, or nothing (a supervisor's work)."""
    actor = require(session, Permission.EDIT_ROSTER).login
    path = Path(path)
    reading = inspect_roster(path, _reading_progress(progress))
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
            batch = roster_batch(data, codes, replace_from=now)
            applied = work.roster.apply(batch, actor=actor, at=now, source=source)
            if dry_run:
                raise _DryRun(applied)
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


def window_result(result: RosterImportResult | RosterExportResult) -> service.RosterResult:
    """The answer in the window's terms (:class:`console.service.RosterResult`): an outcome and located codes."""
    if isinstance(result, RosterExportResult):
        return service.RosterResult(service.Outcome.OK, result.rows)
    if result.ok:
        return service.RosterResult(service.Outcome.OK, result.rows)
    problems = tuple(
        service.RosterProblem(problem.sheet, problem.row or 0, problem.column or "", problem.reason_code.value)
        for problem in result.problems
    )
    return service.RosterResult(service.Outcome.INVALID, result.rows, problems)


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
