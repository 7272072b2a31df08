"""The workbook export as a use case: checks first, then the figures and the cases from one snapshot.

The command line and the window both call :func:`export_workbook`. Every
refusal is an :class:`ExportRefused` with a code (the window words it) and a
one-line English message (the command line prints it); nothing is written then.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from console.departments import department_name_hi
from console.reports.analytics import Report
from console.reports.facts import People
from console.reports.query import ReportQuery
from console.reports.screen_interface import ExportProblem
from console.reports.source import (
    ReportSettings,
    figures_from,
    read_people,
    report_from,
)
from console.reports.workbook import ExportCancelled, Progress, WorkbookHeader, write_workbook
from console.reports.workbook_words import Words
from db.database import Database

log = logging.getLogger(__name__)


class ExportRefused(Exception):
    def __init__(self, problem: ExportProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class ExportDone:
    path: Path
    cases: int
    report: Report


def check_target(path: Path) -> None:
    """Refuse a target the workbook cannot be written to, before anything is read."""
    if path.suffix.lower() != ".xlsx":
        raise ExportRefused(ExportProblem.NOT_XLSX, f"{path}: the workbook's name must end in .xlsx")
    folder = path.parent
    if not folder.is_dir():
        raise ExportRefused(ExportProblem.NO_FOLDER, f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportRefused(ExportProblem.NOT_WRITABLE, f"{path}: not allowed to write there")
    if path.is_dir():
        raise ExportRefused(ExportProblem.NOT_WRITABLE, f"{path}: is a folder")


def resolve_department(department: str | None, people: People) -> str | None:
    """The stored name of a department given in English or Hindi (any case, any spacing); refused if unknown."""
    if department is None:
        return None
    known = people.departments()
    wanted = _key(department)
    for name in known:
        if wanted in (_key(name), _key(department_name_hi(name))):
            return name
    raise ExportRefused(ExportProblem.UNKNOWN_DEPARTMENT,
                        f"unknown department {department!r}; known: {', '.join(known)}")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def export_workbook(
    database: Database,
    settings: ReportSettings,
    query: ReportQuery,
    path: Path,
    *,
    as_of: datetime,
    generated_by: str,
    language: str = "hi",
    chain_head: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportDone:
    """Write the period's workbook to ``path``; raises :class:`ExportRefused` (nothing left behind)."""
    Words(language)  # an unknown language fails here, before anything is read
    check_target(path)
    district = settings.district
    header = WorkbookHeader(district.name_en, district.name_hi, as_of, generated_by, chain_head)
    with database.reading() as work:  # one snapshot: the figures and the rows agree
        people = read_people(work)
        department = resolve_department(query.filter.department, people)
        query = replace(query, filter=replace(query.filter, department=department))
        report = report_from(work, settings, query, people, as_of=as_of, keep_cases=False)
        longest = work.reports.longest_texts(query.period.starts_at, query.period.ends_at,
                                             department=query.filter.department, officer_id=query.filter.officer_id)
        cases = figures_from(work, settings, query, people, report)
        try:
            rows = write_workbook(path, report, cases, people, header, language=language,
                                  text_widths=text_widths(people, report, Words(language), longest),
                                  progress=progress, cancelled=cancelled)
        except ExportCancelled:
            raise ExportRefused(ExportProblem.CANCELLED, "cancelled; no file was written") from None
        except OSError as error:
            log.info("writing %s failed", path, exc_info=True)
            raise ExportRefused(ExportProblem.WRITE_FAILED,
                                f"{path}: could not write ({error.strerror or error})") from None
    return ExportDone(path, rows, report)


def text_widths(people: People, report: Report, words: Words, longest: Mapping[str, int]) -> dict[str, int]:
    """The longest texts of the Cases sheet's columns, by heading: the names from the register, the free texts
    (note, cancel reason, login) as the record measured them."""
    officers = [people.officers[item.officer_id] for item in report.officers if item.officer_id in people.officers]
    names = [len(words.pick(officer.name_en, officer.name_hi)) for officer in officers]
    designations = [len(words.pick(officer.designation_en, officer.designation_hi)) for officer in officers]
    representatives = [len(words.pick(person.name_en, person.name_hi)) + len(person.constituency) + 10
                       for person in people.representatives.values()]
    return {
        "col.officer": max(names, default=0),
        "col.redirected_to": max(names, default=0),
        "col.designation": max(designations, default=0),
        "col.department": max((len(words.pick(str(group.key), department_name_hi(str(group.key))))
                               for group in report.departments), default=0),
        "col.representative": max(representatives, default=0),
        **{f"col.{name}": length for name, length in longest.items()},
    }
