"""Named edge cases of the SLA clock, on the real Hardoi calendar and a few variants.

Times are written in IST (Asia/Kolkata) unless a case is about another zone.
Hardoi: six-day office, 10:00–17:00; 2026 holidays from resources/calendars/up/2026.toml.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from console.clock import IST
from console.calendar import BusinessCalendar
from console.calendar_holidays import Holiday, HolidayKind, WorkingDay, YearCoverage, load_state_holidays
from console.calendar_hours import DayKind, OfficeHours, WeekRule

NEW_YORK = ZoneInfo("America/New_York")
UTC = timezone.utc


def ist(text: str) -> datetime:
    """``"2026-03-05 16:55"`` (seconds and microseconds allowed) as an aware IST datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=IST)


LOCAL_FAIR = Holiday(date(2026, 3, 10), "District fair", "जिला मेला", kind=HolidayKind.LOCAL)


def make_calendars() -> dict[str, BusinessCalendar]:
    hardoi = BusinessCalendar.for_district("hardoi")
    state = load_state_holidays("up")
    return {
        "hardoi": hardoi,
        "five_day": BusinessCalendar(week_rule=WeekRule.FIVE_DAY, holidays=state),
        "lunch": BusinessCalendar(hours=OfficeHours.uniform("10:00-13:30", "14:00-17:00"), holidays=state),
        "overrides": hardoi.with_overrides(
            local_holidays=[LOCAL_FAIR],
            working_days=[
                WorkingDay(date(2026, 3, 14), "second Saturday ordered open"),
                WorkingDay(date(2026, 3, 15), "Sunday drive", hours=((time(10), time(14)),)),
            ],
        ),
    }


CALENDARS = make_calendars()


@dataclass(frozen=True)
class AddCase:
    id: str
    calendar: str
    start: datetime
    minutes: float
    expected: datetime


ADD_CASES = [
    AddCase("open_at_the_opening_minute", "hardoi", ist("2026-03-05 10:00"), 10, ist("2026-03-05 10:10")),
    AddCase("one_minute_before_opening", "hardoi", ist("2026-03-05 09:59"), 10, ist("2026-03-05 10:10")),
    AddCase("start_at_night", "hardoi", ist("2026-03-05 23:30"), 10, ist("2026-03-06 10:10")),
    AddCase("start_in_the_small_hours", "hardoi", ist("2026-03-06 03:00"), 10, ist("2026-03-06 10:10")),
    AddCase("span_crosses_closing_time", "hardoi", ist("2026-03-05 16:55"), 10, ist("2026-03-06 10:05")),
    AddCase("span_ends_exactly_at_closing", "hardoi", ist("2026-03-05 16:50"), 10, ist("2026-03-05 17:00")),
    AddCase("start_exactly_at_closing", "hardoi", ist("2026-03-05 17:00"), 10, ist("2026-03-06 10:10")),
    AddCase("one_microsecond_before_closing", "hardoi", ist("2026-03-05 16:59:59.999999"), 10, ist("2026-03-06 10:09:59.999999")),
    AddCase("friday_evening_before_second_saturday", "hardoi", ist("2026-03-13 16:55"), 10, ist("2026-03-16 10:05")),
    AddCase("friday_evening_before_fourth_saturday", "hardoi", ist("2026-03-27 16:55"), 10, ist("2026-03-28 10:05")),
    AddCase("sunday_start", "hardoi", ist("2026-03-08 12:00"), 10, ist("2026-03-09 10:10")),
    AddCase("holi_bridge_sunday_to_wednesday", "hardoi", ist("2026-02-28 16:55"), 10, ist("2026-03-05 10:05")),
    AddCase("diwali_week_sunday_and_monday_closed", "hardoi", ist("2026-11-07 16:55"), 10, ist("2026-11-10 10:05")),
    AddCase("diwali_week_bhai_dooj_closed", "hardoi", ist("2026-11-10 16:55"), 10, ist("2026-11-12 10:05")),
    AddCase("independence_day_on_a_working_saturday", "hardoi", ist("2026-08-14 16:55"), 10, ist("2026-08-17 10:05")),
    AddCase("unconfirmed_muharram_still_closes", "hardoi", ist("2026-06-25 16:55"), 10, ist("2026-06-27 10:05")),
    AddCase("year_end_into_provisional_2027", "hardoi", ist("2026-12-31 16:55"), 10, ist("2027-01-01 10:05")),
    AddCase("provisional_republic_day_2027", "hardoi", ist("2027-01-25 16:55"), 10, ist("2027-01-27 10:05")),
    AddCase("beyond_the_data_weekends_only", "hardoi", ist("2028-01-07 16:55"), 10, ist("2028-01-10 10:05")),
    AddCase("utc_input", "hardoi", datetime(2026, 3, 5, 11, 25, tzinfo=UTC), 10, ist("2026-03-06 10:05")),
    AddCase("new_york_input", "hardoi", datetime(2026, 3, 5, 6, 25, tzinfo=NEW_YORK), 10, ist("2026-03-06 10:05")),
    AddCase("new_york_on_its_dst_day", "hardoi", datetime(2026, 3, 8, 3, 30, tzinfo=NEW_YORK), 10, ist("2026-03-09 10:10")),
    AddCase("zero_minutes_while_open", "hardoi", ist("2026-03-05 12:00"), 0, ist("2026-03-05 12:00")),
    AddCase("zero_minutes_at_night_stays_put", "hardoi", ist("2026-03-05 23:00"), 0, ist("2026-03-05 23:00")),
    AddCase("half_a_minute", "hardoi", ist("2026-03-05 10:00"), 0.5, ist("2026-03-05 10:00:30")),
    AddCase("a_third_of_a_minute_is_exact", "hardoi", ist("2026-03-05 10:00"), 1 / 3, ist("2026-03-05 10:00:20")),
    AddCase("one_microminute", "hardoi", ist("2026-03-05 10:00"), 1e-6, ist("2026-03-05 10:00:00.000060")),
    AddCase("fractional_across_closing", "hardoi", ist("2026-03-05 16:59:30"), 1.25, ist("2026-03-06 10:00:45")),
    AddCase("five_day_office_skips_fourth_saturday", "five_day", ist("2026-03-27 16:55"), 10, ist("2026-03-30 10:05")),
    AddCase("five_day_office_ordered_working_saturday", "five_day", ist("2026-02-27 16:55"), 10, ist("2026-02-28 10:05")),
    AddCase("lunch_break_pauses_the_clock", "lunch", ist("2026-03-05 13:25"), 10, ist("2026-03-05 14:05")),
    AddCase("start_during_lunch", "lunch", ist("2026-03-05 13:45"), 10, ist("2026-03-05 14:10")),
    AddCase("ends_exactly_at_lunch", "lunch", ist("2026-03-05 13:20"), 10, ist("2026-03-05 13:30")),
    AddCase("compensatory_working_second_saturday", "overrides", ist("2026-03-13 16:55"), 10, ist("2026-03-14 10:05")),
    AddCase("compensatory_sunday_with_short_hours", "overrides", ist("2026-03-15 13:55"), 10, ist("2026-03-16 10:05")),
    AddCase("local_holiday_closes", "overrides", ist("2026-03-09 16:55"), 10, ist("2026-03-11 10:05")),
    AddCase("a_working_week", "hardoi", ist("2026-03-09 10:00"), 5 * 420, ist("2026-03-13 17:00")),
    AddCase("a_month_ends_at_closing_before_a_holiday", "hardoi", ist("2026-03-01 00:00"), 19 * 420, ist("2026-03-30 17:00")),
]


@pytest.mark.parametrize("case", ADD_CASES, ids=[case.id for case in ADD_CASES])
def test_add_business_minutes(case: AddCase) -> None:
    calendar = CALENDARS[case.calendar]
    result = calendar.add_business_minutes(case.start, case.minutes)
    assert result == case.expected
    assert result.tzinfo is UTC
    assert calendar.business_minutes_between(case.start, result) == pytest.approx(case.minutes, abs=1e-6)


@dataclass(frozen=True)
class OpenCase:
    id: str
    calendar: str
    at: datetime
    is_open: bool
    next_opening: datetime


OPEN_CASES = [
    OpenCase("opening_minute_is_open", "hardoi", ist("2026-03-05 10:00"), True, ist("2026-03-05 10:00")),
    OpenCase("last_microsecond_is_open", "hardoi", ist("2026-03-05 16:59:59.999999"), True, ist("2026-03-05 16:59:59.999999")),
    OpenCase("closing_time_is_closed", "hardoi", ist("2026-03-05 17:00"), False, ist("2026-03-06 10:00")),
    OpenCase("first_saturday_is_open", "hardoi", ist("2026-03-07 12:00"), True, ist("2026-03-07 12:00")),
    OpenCase("second_saturday_is_closed", "hardoi", ist("2026-03-14 12:00"), False, ist("2026-03-16 10:00")),
    OpenCase("fourth_saturday_is_open", "hardoi", ist("2026-03-28 12:00"), True, ist("2026-03-28 12:00")),
    OpenCase("restricted_holiday_stays_open", "hardoi", ist("2026-03-05 12:00"), True, ist("2026-03-05 12:00")),
    OpenCase("holika_dahan_is_closed", "hardoi", ist("2026-03-02 11:00"), False, ist("2026-03-05 10:00")),
    OpenCase("lunch_is_closed", "lunch", ist("2026-03-05 13:45"), False, ist("2026-03-05 14:00")),
    OpenCase("five_day_saturday_is_closed", "five_day", ist("2026-03-07 12:00"), False, ist("2026-03-09 10:00")),
    OpenCase("compensatory_saturday_is_open", "overrides", ist("2026-03-14 12:00"), True, ist("2026-03-14 12:00")),
    OpenCase("compensatory_sunday_after_its_hours", "overrides", ist("2026-03-15 14:30"), False, ist("2026-03-16 10:00")),
    OpenCase("new_year_eve_night_into_2027", "hardoi", ist("2026-12-31 20:00"), False, ist("2027-01-01 10:00")),
]


@pytest.mark.parametrize("case", OPEN_CASES, ids=[case.id for case in OPEN_CASES])
def test_is_open_and_next_opening(case: OpenCase) -> None:
    calendar = CALENDARS[case.calendar]
    assert calendar.is_open(case.at) is case.is_open
    opening = calendar.next_opening(case.at)
    assert opening == case.next_opening
    assert opening.tzinfo is UTC
    assert calendar.is_open(opening)


@dataclass(frozen=True)
class BetweenCase:
    id: str
    calendar: str
    start: datetime
    end: datetime
    minutes: float


BETWEEN_CASES = [
    BetweenCase("end_before_start_is_zero", "hardoi", ist("2026-03-05 12:00"), ist("2026-03-05 11:00"), 0),
    BetweenCase("equal_instants_are_zero", "hardoi", ist("2026-03-05 12:00"), ist("2026-03-05 12:00"), 0),
    BetweenCase("closed_night_is_zero", "hardoi", ist("2026-03-05 17:00"), ist("2026-03-06 10:00"), 0),
    BetweenCase("across_the_holi_bridge", "hardoi", ist("2026-02-28 16:00"), ist("2026-03-05 11:00"), 120),
    BetweenCase("lunch_is_not_counted", "lunch", ist("2026-03-05 13:00"), ist("2026-03-05 14:30"), 60),
    BetweenCase("march_2026_has_19_working_days", "hardoi", ist("2026-03-01 00:00"), ist("2026-04-01 00:00"), 19 * 420),
    # 365 days − 52 Sundays − 12 second Saturdays − 24 public holidays on working days (Mahashivratri and
    # Deepawali fall on Sundays) = 277 working days of 420 minutes.
    BetweenCase("the_year_2026", "hardoi", ist("2026-01-01 00:00"), ist("2027-01-01 00:00"), 277 * 420),
    BetweenCase("mixed_zones_same_instant_pair", "hardoi", datetime(2026, 3, 5, 4, 30, tzinfo=UTC), datetime(2026, 3, 5, 1, 30, tzinfo=NEW_YORK), 120),
]


@pytest.mark.parametrize("case", BETWEEN_CASES, ids=[case.id for case in BETWEEN_CASES])
def test_business_minutes_between(case: BetweenCase) -> None:
    assert CALENDARS[case.calendar].business_minutes_between(case.start, case.end) == case.minutes


def test_naive_datetimes_are_refused_by_every_method() -> None:
    calendar = CALENDARS["hardoi"]
    naive = datetime(2026, 3, 5, 12, 0)
    aware = ist("2026-03-05 12:00")
    for call in (
        lambda: calendar.is_open(naive),
        lambda: calendar.next_opening(naive),
        lambda: calendar.add_business_minutes(naive, 10),
        lambda: calendar.business_minutes_between(naive, aware),
        lambda: calendar.business_minutes_between(aware, naive),
    ):
        with pytest.raises(ValueError, match="naive"):
            call()


@pytest.mark.parametrize("minutes", [-1.0, float("nan"), float("inf")], ids=["negative", "nan", "infinite"])
def test_impossible_minutes_are_refused(minutes: float) -> None:
    with pytest.raises(ValueError, match="minutes"):
        CALENDARS["hardoi"].add_business_minutes(ist("2026-03-05 12:00"), minutes)


def test_next_closing_is_the_end_of_the_running_or_next_opening() -> None:
    calendar = CALENDARS["lunch"]
    assert calendar.next_closing(ist("2026-03-05 11:00")) == ist("2026-03-05 13:30")
    assert calendar.next_closing(ist("2026-03-05 13:45")) == ist("2026-03-05 17:00")
    assert calendar.next_closing(ist("2026-03-05 18:00")) == ist("2026-03-06 13:30")


def test_day_kinds_name_why_a_day_is_closed() -> None:
    hardoi, overrides = CALENDARS["hardoi"], CALENDARS["overrides"]
    assert hardoi.day_kind(date(2026, 3, 5)) is DayKind.WORKING
    assert hardoi.day_kind(date(2026, 3, 8)) is DayKind.WEEKLY_OFF
    assert hardoi.day_kind(date(2026, 3, 14)) is DayKind.SECOND_SATURDAY
    assert hardoi.day_kind(date(2026, 3, 4)) is DayKind.PUBLIC_HOLIDAY
    assert hardoi.day_kind(date(2026, 2, 15)) is DayKind.PUBLIC_HOLIDAY  # Mahashivratri on a Sunday
    assert hardoi.day_kind(date(2026, 2, 28)) is DayKind.COMPENSATORY_WORKING  # the state's pre-Holi order
    assert overrides.day_kind(date(2026, 3, 10)) is DayKind.LOCAL_HOLIDAY
    assert overrides.day_kind(date(2026, 3, 14)) is DayKind.COMPENSATORY_WORKING
    assert CALENDARS["five_day"].day_kind(date(2026, 3, 28)) is DayKind.WEEKLY_OFF


def test_holiday_lookups_give_both_names_and_prefer_the_closing_entry() -> None:
    calendar = CALENDARS["hardoi"]
    deepawali = calendar.holiday_on(date(2026, 11, 8))
    assert deepawali is not None and deepawali.kind is HolidayKind.PUBLIC
    assert (deepawali.name_en, deepawali.name_hi) == ("Deepawali", "दीपावली")
    assert {h.kind for h in calendar.holidays_on(date(2026, 11, 8))} == {HolidayKind.PUBLIC, HolidayKind.RESTRICTED}
    second_day_of_holi = calendar.holiday_on(date(2026, 3, 5))
    assert second_day_of_holi is not None and not second_day_of_holi.closes_office
    assert calendar.holiday_on(date(2026, 3, 6)) is None
    muharram = calendar.holiday_on(date(2026, 6, 26))
    assert muharram is not None and not muharram.confirmed and "unresolved" in muharram.note
    public_2026 = calendar.holidays_in(2026, include_restricted=False)
    assert len(public_2026) == 26
    assert [h.day for h in public_2026] == sorted(h.day for h in public_2026)
    assert len(calendar.holidays_in(2026)) == 26 + 31


def test_years_say_how_much_holiday_data_they_have() -> None:
    calendar = CALENDARS["hardoi"]
    assert calendar.holiday_coverage(2026) is YearCoverage.OFFICIAL
    assert calendar.holiday_coverage(2027) is YearCoverage.PROVISIONAL and calendar.is_provisional(2027)
    assert calendar.holiday_coverage(2028) is YearCoverage.MISSING and not calendar.has_holiday_data(2028)
    assert calendar.holiday_coverage(2025) is YearCoverage.MISSING
    # Republic Day 2028 has no data: it is an ordinary Wednesday until the list is added.
    assert calendar.is_open(ist("2028-01-26 12:00"))


def test_overrides_leave_the_original_calendar_alone() -> None:
    assert CALENDARS["hardoi"].is_open(ist("2026-03-10 12:00"))
    assert not CALENDARS["overrides"].is_open(ist("2026-03-10 12:00"))


def test_open_intervals_are_utc_and_empty_on_closed_days() -> None:
    calendar = CALENDARS["lunch"]
    assert calendar.open_intervals(date(2026, 3, 5)) == (
        (ist("2026-03-05 10:00"), ist("2026-03-05 13:30")),
        (ist("2026-03-05 14:00"), ist("2026-03-05 17:00")),
    )
    assert calendar.open_intervals(date(2026, 3, 8)) == ()


def test_a_calendar_that_never_opens_is_refused() -> None:
    weekend_only = ((time(10), time(17)),)
    closed = OfficeHours(weekdays=((),) * 5 + (weekend_only,) * 2)
    with pytest.raises(ValueError, match="never run"):
        BusinessCalendar(hours=closed, week_rule=WeekRule.FIVE_DAY)


def test_long_span_of_many_years_is_one_call() -> None:
    calendar = CALENDARS["hardoi"]
    start = ist("2026-01-01 00:00")
    end = calendar.add_business_minutes(start, 5 * 280 * 420)
    assert end.year in (2030, 2031)
    assert calendar.business_minutes_between(start, end) == 5 * 280 * 420
    assert calendar.business_minutes_between(start, end + timedelta(days=1)) >= 5 * 280 * 420


def test_one_calendar_shared_by_threads_gives_the_single_thread_answers() -> None:
    """Threads asking about years before and after each other's make the shared index grow and rebase."""
    starts = [
        ist(f"{year}-{month:02}-{day:02} 16:5{day}")
        for year in (2029, 2026, 2031, 2027)
        for month in (1, 5, 9)
        for day in range(1, 8)
    ]
    reference = BusinessCalendar.for_district("hardoi")

    def answers(calendar: BusinessCalendar, start: datetime) -> tuple[datetime, float]:
        return (
            calendar.add_business_minutes(start, 700),
            calendar.business_minutes_between(start, start + timedelta(days=9)),
        )

    shared = BusinessCalendar.for_district("hardoi")
    results: dict[int, list[tuple[datetime, float]]] = {}

    def work(number: int) -> None:
        results[number] = [answers(shared, start) for start in starts[number::4]]

    threads = [threading.Thread(target=work, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for number in range(4):
        assert results[number] == [answers(reference, start) for start in starts[number::4]]
