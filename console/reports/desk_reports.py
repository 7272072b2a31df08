"""The reports of the desk's district, for the window: its database, its calendar as the record has it, its clock.

"By whom" on the workbook is the person signed in at the window, and only a
supervisor (or an admin) may read or export the reports: the check is here, in
the use case, whatever calls it. The record's hash-chain head, when the record
keeps one, comes from ``chain_head``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from console.desk.desk import Desk
from console.permissions import Permission, PermissionDenied, require
from console.reports.period import ist_date
from console.reports.query import ReportQuery
from console.reports.screen_interface import (
    ExportProblem,
    ExportResult,
    Progress,
    ReportOptions,
    ReportsService,
    ReportView,
)
from console.reports.source import ReportSettings, read_people, read_report
from console.views import OperatorSession
from db.errors import StorageError

log = logging.getLogger(__name__)


class DeskReports:
    def __init__(self, desk: Desk, session: Callable[[], OperatorSession | None], *,
                 chain_head: Callable[[], str | None] | None = None) -> None:
        self.desk = desk
        self._session = session  # who is signed in now (operators change at the seat)
        self.chain_head = chain_head

    def _allowed(self) -> OperatorSession:
        """The signed-in supervisor or admin; :class:`PermissionDenied` for anyone else (nothing is read)."""
        return require(self._session(), Permission.EXPORT_REPORTS)

    @property
    def settings(self) -> ReportSettings:
        return ReportSettings(self.desk.settings.district, self.desk.settings.calendar)

    def report_options(self) -> ReportOptions:
        self._allowed()
        with self.desk.database.reading() as work:
            people = read_people(work)
        return ReportOptions(ist_date(self.desk.clock.now()), people)

    def build_report(self, query: ReportQuery) -> ReportView:
        self._allowed()
        report, people = read_report(self.desk.database, self.settings, query, as_of=self.desk.clock.now())
        return ReportView(report, people)

    def export_workbook(self, query: ReportQuery, path: Path, *, language: str, progress: Progress,
                        cancelled: Callable[[], bool]) -> ExportResult:
        from console.reports.export import ExportRefused, export_workbook  # openpyxl only when a workbook is made

        try:
            session = self._allowed()
        except PermissionDenied as refused:
            log.info("workbook export refused: %s", refused)
            return ExportResult(ExportProblem.NOT_ALLOWED)
        try:
            done = export_workbook(self.desk.database, self.settings, query, path, as_of=self.desk.clock.now(),
                                   generated_by=signed_in(session), language=language,
                                   chain_head=self.chain_head() if self.chain_head else None,
                                   progress=progress, cancelled=cancelled)
        except ExportRefused as refused:
            log.info("workbook export refused: %s", refused)
            return ExportResult(refused.problem)
        except StorageError:
            log.exception("workbook export to %s failed", path.name)
            return ExportResult(ExportProblem.FAILED)
        return ExportResult(None, done.cases, done.path)



def signed_in(session: OperatorSession) -> str:
    """Who made the workbook, as its Summary prints it: the name and the login."""
    if session.display_name and session.display_name != session.login:
        return f"{session.display_name} ({session.login})"
    return session.login


def _conforms(reports: DeskReports) -> ReportsService:
    """mypy checks here that the desk's reports are the window's :class:`ReportsService`."""
    return reports
