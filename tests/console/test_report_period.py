"""A report's period: whole IST days, this month and last month, the cases behind a chart's bar."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.reports.analytics import build_report
from console.reports.period import PeriodChoice, ReportPeriod, ist_date, last_month, period_of, this_month
from console.reports.selection import cases_of_day, cases_of_officer, response_bins, slowest_officers
from tests.console.calendars import AlwaysOpen
from tests.console.report_cases import PEOPLE, case, ist

UTC = timezone.utc


def test_a_period_runs_from_ist_midnight_to_ist_midnight_after_its_last_day() -> None:
    march = ReportPeriod(date(2026, 3, 1), date(2026, 3, 31))
    assert march.starts_at == datetime(2026, 2, 28, 18, 30, tzinfo=UTC)
    assert march.ends_at == datetime(2026, 3, 31, 18, 30, tzinfo=UTC)
    assert march.contains(datetime(2026, 3, 31, 18, 29, 59, tzinfo=UTC))
    assert not march.contains(march.ends_at) and march.contains(march.starts_at)
    assert len(march.days) == 31 and len(ReportPeriod(date(2026, 3, 5), date(2026, 3, 5)).days) == 1


def test_a_reversed_period_is_refused() -> None:
    with pytest.raises(ValueError, match="ends .* before it starts"):
        ReportPeriod(date(2026, 3, 2), date(2026, 3, 1))


@pytest.mark.parametrize(("today", "this", "last"), [
    (date(2026, 3, 18), (date(2026, 3, 1), date(2026, 3, 18)), (date(2026, 2, 1), date(2026, 2, 28))),
    (date(2026, 1, 1), (date(2026, 1, 1), date(2026, 1, 1)), (date(2025, 12, 1), date(2025, 12, 31))),
    (date(2028, 3, 31), (date(2028, 3, 1), date(2028, 3, 31)), (date(2028, 2, 1), date(2028, 2, 29))),
])
def test_this_month_and_last_month(today: date, this: tuple[date, date], last: tuple[date, date]) -> None:
    assert this_month(today) == ReportPeriod(*this) == period_of(PeriodChoice.THIS_MONTH, today)
    assert last_month(today) == ReportPeriod(*last) == period_of(PeriodChoice.LAST_MONTH, today)
    assert period_of(PeriodChoice.CUSTOM, today, *last) == ReportPeriod(*last)
    with pytest.raises(ValueError):
        period_of(PeriodChoice.CUSTOM, today)


def test_the_cases_behind_a_day_an_officer_and_a_bin() -> None:
    monday = ist(2026, 3, 2, 11, 0)
    cases = [case(1, 1, monday, 3), case(2, 1, monday, 27), case(3, 2, monday + timedelta(days=1), 27.5),
             case(4, 2, monday, None), case(5, 3, monday, 400), case(6, 3, monday, 61)]
    built = build_report(cases, AlwaysOpen(), ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)), people=PEOPLE,
                         as_of=ist(2026, 4, 1, 12, 0))
    assert [item.facts.case_id for item in cases_of_day(built, date(2026, 3, 3))] == [3]
    assert [item.facts.case_id for item in cases_of_officer(built, 1)] == [1, 2]
    bins = response_bins(built)
    assert bins[0].low == 0 and bins[0].high == 5 and [item.facts.case_id for item in bins[0].cases] == [1]
    assert [item.facts.case_id for item in bins[5].cases] == [2, 3]  # 25 ≤ minutes < 30
    overflow, never = bins[-2], bins[-1]
    assert overflow.low == 100 and overflow.high is None and {item.facts.case_id for item in overflow.cases} == {5}
    assert never.unconfirmed and [item.facts.case_id for item in never.cases] == [4]
    assert sum(item.count for item in bins) == 6
    assert [item.officer_id for item in slowest_officers(built, 2)] == [3, 2]


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_the_ist_date_is_the_zone_databases(instant: datetime) -> None:
    assert ist_date(instant) == instant.astimezone(ZoneInfo("Asia/Kolkata")).date()
