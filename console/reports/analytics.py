"""Response-time analytics for a period: per officer, per department, per day, and the two lists for the state.

Built on :mod:`console.metrics` (one case's response time, the summary of a
group, standings and ranks); this module only groups the cases of the period
and counts what the metrics do not (re-instructions, escalations, redirects,
cancellations, cases still open). Pure: it takes plain case facts, so it is
tested without a database, and it reads each case once, so a year of 50,000
cases is summed up in well under a second.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import NamedTuple

from console.clock import ensure_utc
from console.domain import BusinessHours, EscalationState
from console.metrics import (
    ResponseOutcome,
    OfficerStats,
    ResponseSummary,
    ResponseThresholds,
    ResponseTime,
    Standing,
    StandingRules,
    officer_stats,
    rank_officers,
    response_time,
    summarise,
)
from console.reports.facts import CaseFacts, People
from console.reports.period import ReportPeriod, ist_date
from console.reports.period_calendar import for_period
from console.reports.query import ReportFilter



class CaseFigure(NamedTuple):
    """One case of the period with its response time (the metrics' verdict)."""

    facts: CaseFacts
    timed: ResponseTime
    day: date  # the IST date of the representative's call

    @property
    def outcome(self) -> ResponseOutcome:
        return self.timed.outcome

    @property
    def is_open(self) -> bool:
        return self.facts.state.is_open


@dataclass(frozen=True)
class Figures:
    """A group's figures: every count a supervisor asks for and the response times' medians and 90th percentiles."""

    complaints: int  # every case called in the period, cancelled and redirected ones included
    summary: ResponseSummary
    cancelled: int
    redirected: int
    still_open: int
    reinstructions: int  # re-instructions after an alarm, summed over the cases
    escalations: int  # cases whose officer's superior was told

    @property
    def on_time(self) -> int:
        return self.summary.counts[ResponseOutcome.ON_TIME]

    @property
    def late(self) -> int:
        return self.summary.counts[ResponseOutcome.LATE]

    @property
    def unconfirmed(self) -> int:
        return self.summary.counts[ResponseOutcome.UNCONFIRMED]

    @property
    def pending(self) -> int:
        return self.summary.counts[ResponseOutcome.PENDING]

    @property
    def assessed(self) -> int:
        return self.summary.assessed

    @property
    def confirmed(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_share(self) -> float | None:
        return self.summary.on_time_share

    @property
    def median_business_minutes(self) -> float | None:
        return self.summary.median_business_minutes

    @property
    def p90_business_minutes(self) -> float | None:
        return self.summary.p90_business_minutes

    @property
    def median_wall_minutes(self) -> float | None:
        return self.summary.median_wall_minutes

    @property
    def p90_wall_minutes(self) -> float | None:
        return self.summary.p90_wall_minutes

    @property
    def median_instruction_minutes(self) -> float | None:
        return self.summary.median_instruction_business_minutes

    @property
    def p90_instruction_minutes(self) -> float | None:
        return self.summary.p90_instruction_business_minutes


class StandingReason(str, Enum):
    """Why an officer is on the commendation or the negligence list (the rule that put them there)."""

    ON_TIME_SHARE_HIGH = "on_time_share_high"  # commended: share at or above the rule, none unconfirmed
    UNCONFIRMED_CASES = "unconfirmed_cases"  # reported: this many cases never confirmed
    ON_TIME_SHARE_LOW = "on_time_share_low"  # reported: share below the rule


@dataclass(frozen=True)
class OfficerFigures:
    officer_id: int
    figures: Figures
    standing: Standing
    rank: int | None  # 1 is the best; None: too few assessed cases to rank
    reasons: tuple[StandingReason, ...] = ()


@dataclass(frozen=True)
class GroupFigures:
    key: str | date  # a department's name or a day
    figures: Figures


@dataclass(frozen=True)
class Report:
    period: ReportPeriod
    filter: ReportFilter
    as_of: datetime  # pending cases become unconfirmed once their threshold passes by this instant
    thresholds: ResponseThresholds
    rules: StandingRules
    totals: Figures
    officers: tuple[OfficerFigures, ...]  # ranked, best first; the unranked last
    departments: tuple[GroupFigures, ...]  # by name
    days: tuple[GroupFigures, ...]  # every day of the period, in order, days without cases included
    commendation: tuple[OfficerFigures, ...]  # best first
    negligence: tuple[OfficerFigures, ...]  # worst first
    cases: tuple[CaseFigure, ...] = ()  # in the order of the representatives' calls; empty when not kept
    _by_officer: Mapping[int, OfficerFigures] = field(default_factory=dict, repr=False, compare=False)

    def officer(self, officer_id: int) -> OfficerFigures | None:
        return self._by_officer.get(officer_id)


def figures_of(cases: Sequence[CaseFigure]) -> Figures:
    """The figures of a group of cases (an officer's, a day's, a department's, all of them)."""
    facts = list(map(_FACTS, cases))  # map and attrgetter run in C: a year's report sums up 5,000 groups
    timed = list(map(_TIMED, cases))
    states = list(map(_STATE, facts))
    summary = summarise(timed)
    return Figures(
        complaints=len(cases),
        summary=summary,
        cancelled=states.count(EscalationState.CANCELLED),
        redirected=summary.counts[ResponseOutcome.REDIRECTED],
        still_open=sum(map(_OPEN.__contains__, states)),
        reinstructions=sum(map(_REINSTRUCTIONS, facts)),
        escalations=len(facts) - list(map(_ESCALATED_AT, facts)).count(None),
    )


_OPEN = frozenset(state for state in EscalationState if state.is_open)
_FACTS = operator.attrgetter("facts")
_TIMED = operator.attrgetter("timed")
_STATE = operator.attrgetter("state")
_REINSTRUCTIONS = operator.attrgetter("reinstruction_count")
_ESCALATED_AT = operator.attrgetter("escalated_at")


def case_figure(facts: CaseFacts, calendar: BusinessHours, thresholds: ResponseThresholds, as_of: datetime) -> CaseFigure:
    timed = response_time(facts.record, calendar, thresholds, as_of=as_of)
    return CaseFigure(facts, timed, ist_date(facts.representative_called_at))


def case_figures(
    cases: Iterable[CaseFacts],
    calendar: BusinessHours,
    period: ReportPeriod,
    *,
    people: People,
    as_of: datetime,
    thresholds: ResponseThresholds,
    report_filter: ReportFilter,
) -> Iterator[CaseFigure]:
    """The cases of the period that pass the filter, each with its response time, in the order given."""
    fast = for_period(calendar, period.first - timedelta(days=1), max(period.last, ist_date(as_of)) + timedelta(days=1))
    for facts in cases:
        if report_filter.admits(facts, people):
            figure = case_figure(facts, fast, thresholds, as_of)
            if period.first <= figure.day <= period.last:
                yield figure


def build_report(
    cases: Iterable[CaseFacts],
    calendar: BusinessHours,
    period: ReportPeriod,
    *,
    people: People,
    as_of: datetime,
    thresholds: ResponseThresholds = ResponseThresholds(),
    rules: StandingRules = StandingRules(),
    report_filter: ReportFilter = ReportFilter(),
    keep_cases: bool = True,
) -> Report:
    """The report of the cases whose representative called on a day of ``period`` (IST), filtered.

    ``cases`` may hold cases outside the period or the filter: they are left out
    here, whatever the query that read them. With ``keep_cases`` false only the
    figures are kept (the workbook streams the cases a second time instead).
    """
    as_of = ensure_utc(as_of)
    every = list(case_figures(cases, calendar, period, people=people, as_of=as_of, thresholds=thresholds,
                              report_filter=report_filter))
    officers: dict[int, list[CaseFigure]] = {}
    days: dict[date, list[CaseFigure]] = {day: [] for day in period.days}
    for figure in every:
        days[figure.day].append(figure)
        officers.setdefault(figure.facts.officer_id, []).append(figure)
    departments: dict[str, list[CaseFigure]] = {}
    for officer_id, own in officers.items():
        departments.setdefault(people.department_of(officer_id), []).extend(own)
    officer_figures = _officer_figures(officers, rules)
    by_officer = {item.officer_id: item for item in officer_figures}
    every.sort(key=_called_at)  # stable: cases called at the same instant keep the order given (the record's)
    return Report(
        period=period,
        filter=report_filter,
        as_of=as_of,
        thresholds=thresholds,
        rules=rules,
        totals=figures_of(every),
        officers=officer_figures,
        departments=tuple(GroupFigures(name, figures_of(departments[name])) for name in sorted(departments)),
        days=tuple(GroupFigures(day, figures_of(group)) for day, group in days.items()),
        commendation=tuple(item for item in officer_figures if item.standing is Standing.COMMENDABLE),
        negligence=tuple(sorted((item for item in officer_figures if item.standing is Standing.NEGLIGENT),
                                key=_worst_first)),
        cases=tuple(every) if keep_cases else (),
        _by_officer=by_officer,
    )


def _called_at(case: CaseFigure) -> datetime:
    return case.facts.representative_called_at


def _officer_figures(officers: Mapping[int, list[CaseFigure]], rules: StandingRules) -> tuple[OfficerFigures, ...]:
    figures = {officer_id: figures_of(own) for officer_id, own in officers.items()}
    stats = [officer_stats(officer_id, item.summary, rules) for officer_id, item in figures.items()]
    return tuple(
        OfficerFigures(ranked.stats.officer_id, figures[ranked.stats.officer_id], ranked.stats.standing, ranked.rank,
                       reasons(ranked.stats, rules))
        for ranked in rank_officers(stats)
    )


def reasons(stats: OfficerStats, rules: StandingRules) -> tuple[StandingReason, ...]:
    """The rules an officer's figures meet, for the lists' "why" column."""
    if stats.standing is Standing.COMMENDABLE:
        return (StandingReason.ON_TIME_SHARE_HIGH,)
    if stats.standing is not Standing.NEGLIGENT:
        return ()
    found = []
    if stats.unconfirmed >= rules.negligent_unconfirmed_cases:
        found.append(StandingReason.UNCONFIRMED_CASES)
    share = stats.on_time_share
    if stats.assessed >= rules.min_assessed_cases and share is not None and share < rules.negligent_on_time_share:
        found.append(StandingReason.ON_TIME_SHARE_LOW)
    return tuple(found)


def _worst_first(item: OfficerFigures) -> tuple[int, float, int, int]:
    figures = item.figures
    return (-figures.unconfirmed, figures.on_time_share or 0.0, -figures.complaints, item.officer_id)
