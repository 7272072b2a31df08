"""What a report is asked for: a period and, optionally, one department or one officer."""

from __future__ import annotations

from dataclasses import dataclass

from console.reports.facts import CaseFacts, People
from console.reports.period import ReportPeriod


@dataclass(frozen=True)
class ReportFilter:
    department: str | None = None  # the department's stored (English) name
    officer_id: int | None = None

    def admits(self, facts: CaseFacts, people: People) -> bool:
        if self.officer_id is not None and facts.officer_id != self.officer_id:
            return False
        return self.department is None or people.department_of(facts.officer_id) == self.department


@dataclass(frozen=True)
class ReportQuery:
    period: ReportPeriod
    filter: ReportFilter = ReportFilter()
