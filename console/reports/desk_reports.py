"""The reports of the desk's district, for the window: its database, its calendar as the record has it, its clock.

"By whom" on the workbook is the person signed in at the window; the record's
hash-chain head, when the record keeps one, comes from ``chain_head``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from console.desk.desk import Desk
from console.reports.export import ExportRefused, export_workbook
from console.reports.period import ist_date
from console.reports.query import ReportQuery
from console.reports.service import (
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
    def __init__(self, desk: Desk, session: OperatorSession, *,
                 chain_head: Callable[[], str | None] | None = None) -> None:
        self.desk = desk
        self.session = session
        self.chain_head = chain_head

    @property
    def settings(self) -> ReportSettings:
        return ReportSettings(self.desk.settings.district, self.desk.settings.calendar)

    def report_options(self) -> ReportOptions:
        with self.desk.database.reading() as work:
            people = read_people(work)
        return ReportOptions(ist_date(self.desk.clock.now()), people)

    def build_report(self, query: ReportQuery) -> ReportView:
        report, people = read_report(self.desk.database, self.settings, query, as_of=self.desk.clock.now())
        return ReportView(report, people)

    def export_workbook(self, query: ReportQuery, path: Path, *, language: str, progress: Progress,
                        cancelled: Callable[[], bool]) -> ExportResult:
        try:
            done = export_workbook(self.desk.database, self.settings, query, path, as_of=self.desk.clock.now(),
                                   generated_by=self.signed_in, language=language,
                                   chain_head=self.chain_head() if self.chain_head else None,
                                   progress=progress, cancelled=cancelled)
        except ExportRefused as refused:
            log.info("workbook export refused: %s", refused)
            return ExportResult(refused.problem)
        except StorageError:
            log.exception("workbook export to %s failed", path.name)
            return ExportResult(ExportProblem.FAILED)
        return ExportResult(None, done.cases, done.path)

    @property
    def signed_in(self) -> str:
        session = self.session
        if session.display_name and session.display_name != session.login:
            return f"{session.display_name} ({session.login})"
        return session.login


def _conforms(reports: DeskReports) -> ReportsService:
    """mypy checks here that the desk's reports are the window's :class:`ReportsService`."""
    return reports
