"""Reports read from a district's records: the register, the cases of a period, the district's rules.

The only module of the reports that talks to storage. Both the window's reports
and the workbook read the cases through :class:`db.repositories.reports.ReportRepository`
inside one read transaction, so the figures and the rows they were made from
come from the same snapshot of the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from console.calendar import BusinessCalendar
from console.config import DistrictConfig
from console.desk.window_registers import calendar_with
from console.domain import BusinessHours
from console.metrics import ResponseThresholds, StandingRules
from console.reports.analytics import CaseFigure, Report, build_report, case_figures
from console.reports.collection import collection_paused
from console.reports.facts import CaseFacts, People
from console.reports.query import ReportQuery
from db.database import Database, UnitOfWork


@dataclass(frozen=True)
class ReportSettings:
    """What the district's config says about reports: its calendar, thresholds and standing rules."""

    district: DistrictConfig
    calendar: BusinessHours

    @property
    def thresholds(self) -> ResponseThresholds:
        return ResponseThresholds.from_thresholds(self.district.thresholds)

    @property
    def rules(self) -> StandingRules:
        return self.district.standing


def district_settings(database: Database, district: DistrictConfig) -> ReportSettings:
    """The district's settings with its calendar as the record has it (local holidays, working days)."""
    with database.reading() as work:
        overrides = work.calendar.list()
    return ReportSettings(district, calendar_with(BusinessCalendar.from_config(district), overrides))


def read_people(work: UnitOfWork) -> People:
    officers = work.officers.list_all()
    return People(
        officers=MappingProxyType({entry.officer.id: entry.officer for entry in officers}),
        officer_codes=MappingProxyType({entry.officer.id: entry.code or "" for entry in officers}),
        representatives=MappingProxyType({entry.representative.id: entry.representative
                                          for entry in work.representatives.list_all()}),
    )


def stream_cases(work: UnitOfWork, query: ReportQuery, *, every_column: bool = True) -> Iterator[CaseFacts]:
    """The period's cases, narrowed in SQL by the filter (the analytics check both again)."""
    return work.reports.cases(query.period.starts_at, query.period.ends_at, department=query.filter.department,
                              officer_id=query.filter.officer_id, every_column=every_column)


def report_from(work: UnitOfWork, settings: ReportSettings, query: ReportQuery, people: People, *,
                as_of: datetime, keep_cases: bool = True, cases: Iterator[CaseFacts] | None = None) -> Report:
    """The report; its cases (when kept) carry what the figures and the screen need, not the Cases sheet's."""
    if cases is None:
        cases = stream_cases(work, query, every_column=False)
    with collection_paused():
        return build_report(
            cases, settings.calendar, query.period, people=people,
            as_of=as_of, thresholds=settings.thresholds, rules=settings.rules, report_filter=query.filter,
            keep_cases=keep_cases,
        )


def figures_from(work: UnitOfWork, settings: ReportSettings, query: ReportQuery, people: People,
                 report: Report) -> Iterator[CaseFigure]:
    """The report's cases again, streamed, with the same verdicts as the report's figures."""
    return case_figures(stream_cases(work, query), settings.calendar, query.period, people=people,
                        as_of=report.as_of, thresholds=report.thresholds, report_filter=query.filter)


def read_report(database: Database, settings: ReportSettings, query: ReportQuery, *,
                as_of: datetime) -> tuple[Report, People]:
    """The report with its cases kept (the window's click-through), and the register that names them."""
    with database.reading() as work:
        people = read_people(work)
        return report_from(work, settings, query, people, as_of=as_of), people
