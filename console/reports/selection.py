"""The cases behind a bar or a point of the reports screen, and the bins of the response-time chart.

The screen draws what these return and lists the cases a click selects; which
case belongs where is decided here, not in the window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from console.metrics import ResponseOutcome
from console.reports.analytics import CaseFigure, OfficerFigures, Report

BIN_MINUTES = 5.0
MIN_LIMIT_MINUTES = 60.0


@dataclass(frozen=True)
class ResponseBin:
    """Confirmed cases whose business minutes fall in ``[low, high)``; ``high`` None: ``low`` and above.

    The bin with ``unconfirmed`` set holds the cases never confirmed (no response time).
    """

    low: float
    high: float | None
    cases: tuple[CaseFigure, ...]
    unconfirmed: bool = False

    @property
    def count(self) -> int:
        return len(self.cases)


def cases_of_officer(report: Report, officer_id: int) -> tuple[CaseFigure, ...]:
    return tuple(case for case in report.cases if case.facts.officer_id == officer_id)


def cases_of_day(report: Report, day: date) -> tuple[CaseFigure, ...]:
    return tuple(case for case in report.cases if case.day == day)


def response_bins(report: Report, width: float = BIN_MINUTES) -> tuple[ResponseBin, ...]:
    """Bins of ``width`` minutes up to about four times the threshold, an open last bin, then the unconfirmed."""
    limit = max(MIN_LIMIT_MINUTES, math.ceil(4 * report.thresholds.response_within_minutes / width) * width)
    count = int(limit // width)
    grouped: list[list[CaseFigure]] = [[] for _ in range(count + 1)]
    unconfirmed: list[CaseFigure] = []
    for case in report.cases:
        minutes = case.timed.business_minutes
        if minutes is not None:
            grouped[min(count, int(minutes // width))].append(case)
        elif case.outcome is ResponseOutcome.UNCONFIRMED:
            unconfirmed.append(case)
    bins = [ResponseBin(index * width, (index + 1) * width, tuple(cases)) for index, cases in enumerate(grouped[:-1])]
    bins.append(ResponseBin(count * width, None, tuple(grouped[-1])))
    bins.append(ResponseBin(limit, None, tuple(unconfirmed), unconfirmed=True))
    return tuple(bins)


def slowest_officers(report: Report, count: int) -> tuple[OfficerFigures, ...]:
    """Officers with a confirmed callback, slowest median first (then the slower 90th percentile, more cases)."""
    timed = [item for item in report.officers if item.figures.median_business_minutes is not None]
    timed.sort(key=lambda item: (-(item.figures.median_business_minutes or 0.0),
                                 -(item.figures.p90_business_minutes or 0.0), -item.figures.complaints,
                                 item.officer_id))
    return tuple(timed[:count])
