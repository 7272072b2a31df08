"""What the reports screen asks of the console: the filters' choices, a period's report, the workbook.

Like :class:`console.window_interface.ConsoleService`, every answer is data or a code;
the window words it. Calls block (they read a period of cases), so the window
makes them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Protocol

from console.reports.analytics import Report
from console.reports.facts import People
from console.reports.query import ReportQuery

Progress = Callable[[int, int], None]  # (done, total)


class ExportProblem(str, Enum):
    """Why a workbook was not written (nothing is left behind in any case)."""

    NOT_XLSX = "not_xlsx"
    NO_FOLDER = "no_folder"
    NOT_WRITABLE = "not_writable"
    UNKNOWN_DEPARTMENT = "unknown_department"
    WRITE_FAILED = "write_failed"
    CANCELLED = "cancelled"
    NOT_ALLOWED = "not_allowed"  # only a supervisor or an admin exports the reports
    FAILED = "failed"  # the record could not be read; the log says why


@dataclass(frozen=True)
class ReportOptions:
    today: date  # in India: "this month" and "last month" count from it
    people: People  # the officers (by department) the filters offer

    @property
    def departments(self) -> tuple[str, ...]:
        return self.people.departments()


@dataclass(frozen=True)
class ReportView:
    report: Report  # with its cases, for the charts' click-through
    people: People  # the names of the officers and representatives in it


@dataclass(frozen=True)
class ExportResult:
    problem: ExportProblem | None = None  # None: written
    cases: int = 0
    path: Path | None = None

    @property
    def succeeded(self) -> bool:
        return self.problem is None


class ReportsService(Protocol):
    def report_options(self) -> ReportOptions: ...

    def build_report(self, query: ReportQuery) -> ReportView: ...

    def export_workbook(self, query: ReportQuery, path: Path, *, language: str, progress: Progress,
                        cancelled: Callable[[], bool]) -> ExportResult: ...
