"""The report of a period: which cases belong to it, every figure per officer, department and day, and the lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import EscalationState
from console.metrics import ResponseOutcome, ResponseThresholds, Standing, StandingRules
from console.reports.analytics import StandingReason, build_report
from console.reports.query import ReportFilter
from console.reports.period import ReportPeriod
from tests.console.calendars import AlwaysOpen, WeekdayOfficeHours
from tests.console.report_cases import PEOPLE, POLICE, REVENUE, case, ist

OPEN = AlwaysOpen()
MARCH = ReportPeriod(date(2026, 3, 1), date(2026, 3, 31))
AS_OF = ist(2026, 4, 15, 12, 0)


def report(cases, period=MARCH, **kw):  # type: ignore[no-untyped-def]
    return build_report(cases, kw.pop("calendar", OPEN), period, people=PEOPLE, as_of=kw.pop("as_of", AS_OF), **kw)


def test_a_case_belongs_to_the_ist_date_of_the_call_both_ends_inclusive() -> None:
    cases = [
        case(1, 1, ist(2026, 3, 1, 0, 0), 12),  # the first instant of the first day
        case(2, 1, ist(2026, 3, 31, 23, 59), 12),  # the last minute of the last day
        case(3, 1, ist(2026, 2, 28, 23, 59), 12),  # the day before
        case(4, 1, ist(2026, 4, 1, 0, 0), 12),  # the day after
        case(5, 1, ist(2026, 3, 1, 1, 30), 12),  # 28 February 20:00 UTC: March in India
    ]
    built = report(cases)
    assert [item.facts.case_id for item in built.cases] == [1, 5, 2]
    assert built.totals.complaints == 3
    assert [day.key for day in built.days] == [date(2026, 3, 1) + timedelta(days=n) for n in range(31)]
    assert built.days[0].figures.complaints == 2 and built.days[30].figures.complaints == 1
    assert sum(day.figures.complaints for day in built.days[1:30]) == 0


def test_every_figure_of_an_officer() -> None:
    called = ist(2026, 3, 2, 11, 0)
    cases = [
        case(1, 1, called, 12),  # on time
        case(2, 1, called + timedelta(hours=1), 20, instructed_after=8),  # on time
        case(3, 1, called + timedelta(hours=2), 40, reinstruction_count=2, escalated_at=called + timedelta(hours=3)),
        case(4, 1, called + timedelta(hours=3), None),  # never confirmed, long past the threshold
        case(5, 1, called + timedelta(hours=4), None, state=EscalationState.CANCELLED, cancel_reason="duplicate"),
        case(6, 1, called + timedelta(hours=5), None, instructed_after=None, state=EscalationState.CLOSED,
             redirected_to_officer_id=2),
        case(7, 1, ist(2026, 3, 31, 16, 0), None, instructed_after=None, state=EscalationState.DUE),  # still pending
    ]
    built = report(cases, as_of=ist(2026, 3, 31, 16, 10))
    (one,) = built.officers
    figures = one.figures
    assert (figures.complaints, figures.on_time, figures.late, figures.unconfirmed, figures.pending) == (7, 2, 1, 1, 1)
    assert (figures.cancelled, figures.redirected, figures.still_open) == (1, 1, 2)
    assert (figures.reinstructions, figures.escalations, figures.assessed, figures.confirmed) == (2, 1, 4, 3)
    assert figures.on_time_share == 0.5
    assert figures.median_business_minutes == 20.0 and figures.p90_business_minutes == 40.0
    assert figures.median_wall_minutes == 20.0 and figures.p90_wall_minutes == 40.0
    assert figures.median_instruction_minutes == 12.0 and figures.p90_instruction_minutes == 30.0
    assert one.standing is Standing.SATISFACTORY and one.rank == 1 and one.reasons == ()
    outcomes = {item.facts.case_id: item.outcome for item in built.cases}
    assert outcomes == {1: ResponseOutcome.ON_TIME, 2: ResponseOutcome.ON_TIME, 3: ResponseOutcome.LATE, 4: ResponseOutcome.UNCONFIRMED,
                        5: ResponseOutcome.CANCELLED, 6: ResponseOutcome.REDIRECTED, 7: ResponseOutcome.PENDING}


def test_business_and_wall_minutes_differ_across_the_night() -> None:
    friday_evening = ist(2026, 3, 6, 16, 50)  # the callback on Monday 10:12
    built = report([case(1, 1, friday_evening, (3 * 24 - 16) * 60 - 50 + 10 * 60 + 12)], calendar=WeekdayOfficeHours())
    figures = built.totals
    assert figures.median_business_minutes == pytest.approx(22.0)
    assert figures.median_wall_minutes == pytest.approx(3 * 24 * 60 - 16 * 60 - 50 + 10 * 60 + 12)
    assert figures.on_time == 1


def test_departments_days_and_totals_add_up() -> None:
    monday = ist(2026, 3, 2, 11, 0)
    cases = [case(1, 1, monday, 10), case(2, 2, monday, 30), case(3, 3, monday + timedelta(days=1), 15),
             case(4, 4, monday + timedelta(days=1), None)]
    built = report(cases)
    assert [(group.key, group.figures.complaints) for group in built.departments] == [(POLICE, 2), (REVENUE, 2)]
    police = built.departments[0].figures
    assert (police.on_time, police.unconfirmed, police.median_business_minutes) == (1, 1, 15.0)
    days = {group.key: group.figures for group in built.days if group.figures.complaints}
    assert set(days) == {date(2026, 3, 2), date(2026, 3, 3)}
    assert days[date(2026, 3, 2)].median_business_minutes == 20.0
    assert built.totals.complaints == 4 and built.totals.on_time_share == 0.5


def test_filters_by_department_and_by_officer() -> None:
    monday = ist(2026, 3, 2, 11, 0)
    cases = [case(1, 1, monday, 10), case(2, 2, monday, 30), case(3, 3, monday, 15)]
    revenue = report(cases, report_filter=ReportFilter(department=REVENUE))
    assert [item.facts.case_id for item in revenue.cases] == [1, 2]
    assert [group.key for group in revenue.departments] == [REVENUE]
    alone = report(cases, report_filter=ReportFilter(officer_id=3))
    assert [item.officer_id for item in alone.officers] == [3] and alone.totals.complaints == 1
    assert report(cases, report_filter=ReportFilter(department=POLICE, officer_id=1)).totals.complaints == 0


def test_the_commendation_and_negligence_lists_name_the_rule() -> None:
    monday = ist(2026, 3, 2, 11, 0)
    hour = timedelta(hours=1)
    cases = (
        [case(n, 1, monday + n * hour, 8) for n in range(1, 5)]  # 4 of 4 on time: commended
        + [case(n, 2, monday + n * hour, 60) for n in range(5, 9)]  # 0 of 4 on time: negligent by share
        + [case(9, 3, monday, None), case(10, 3, monday + hour, None)]  # two never confirmed: negligent
        + [case(n, 4, monday + n * hour, 10) for n in range(11, 13)]  # two cases: too few to judge
    )
    built = report(cases)
    assert [(item.officer_id, item.reasons) for item in built.commendation] == [
        (1, (StandingReason.ON_TIME_SHARE_HIGH,))]
    assert [(item.officer_id, item.reasons) for item in built.negligence] == [
        (3, (StandingReason.UNCONFIRMED_CASES,)), (2, (StandingReason.ON_TIME_SHARE_LOW,))]
    assert [(item.officer_id, item.rank) for item in built.officers] == [(1, 1), (2, 2), (3, 3), (4, None)]
    assert built.officer(4) is not None and built.officer(4).standing is Standing.INSUFFICIENT_DATA  # type: ignore[union-attr]
    stricter = report(cases, rules=StandingRules(min_assessed_cases=5))
    assert stricter.commendation == () and [item.officer_id for item in stricter.negligence] == [3]


def test_the_district_thresholds_decide_on_time() -> None:
    cases = [case(1, 1, ist(2026, 3, 2, 11, 0), 28)]
    assert report(cases).totals.late == 1
    assert report(cases, thresholds=ResponseThresholds(30.0, 20.0)).totals.on_time == 1


def test_figures_without_keeping_the_cases_are_the_same() -> None:
    monday = ist(2026, 3, 2, 11, 0)
    cases = [case(n, 1 + n % 4, monday + timedelta(hours=n), 5.0 * n if n % 5 else None) for n in range(1, 40)]
    kept, streamed = report(cases), report(cases, keep_cases=False)
    assert streamed.cases == () and len(kept.cases) == 39
    assert (streamed.totals, streamed.officers, streamed.days) == (kept.totals, kept.officers, kept.days)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.integers(-2 * 24 * 60, 33 * 24 * 60),
                          st.one_of(st.none(), st.floats(0, 300))), max_size=40))
def test_groups_always_add_up_to_the_totals(drawn: list[tuple[int, int, float | None]]) -> None:
    start = ist(2026, 3, 1, 0, 0)
    cases = [case(n, officer_id, start + timedelta(minutes=offset), minutes)
             for n, (officer_id, offset, minutes) in enumerate(drawn, start=1)]
    built = report(cases)
    inside = [item for item in cases if MARCH.contains(item.representative_called_at)]
    assert built.totals.complaints == len(inside) == len(built.cases)
    for groups in (built.days, built.departments):
        assert sum(group.figures.complaints for group in groups) == len(inside)
        assert sum(group.figures.on_time for group in groups) == built.totals.on_time
    assert sum(item.figures.unconfirmed for item in built.officers) == built.totals.unconfirmed
