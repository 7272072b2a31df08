"""Single cells: numbers, dates, choices, designations and headers as clerks write them."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.designations import BY_KEY, DESIGNATIONS, find_designation
from console.roster.layout import OFFICERS, column_letter, map_header
from console.roster.model import ProblemCode
from console.roster.values import (
    CellError,
    DayAndTime,
    parse_active,
    parse_day_and_time,
    parse_kind,
    parse_phone,
    parse_phones,
    parse_status,
    period_bounds,
    sheet_bounds,
)

UTC = timezone.utc


@pytest.mark.parametrize(("text", "e164", "mobile"), [
    ("9415012345", "+919415012345", True),
    ("+91-94150 12345", "+919415012345", True),
    ("094150-12345", "+919415012345", True),
    ("००९१ ९४१५० १२३४५", "+919415012345", True),
    ("05852-234567", "+915852234567", False),
    ("(0522) 2234567", "+915222234567", False),
])
def test_phone_numbers(text: str, e164: str, mobile: bool) -> None:
    assert parse_phone(text) == (parse_phone(text).__class__(e164, mobile))


def test_several_numbers_in_one_cell_keep_their_order_without_repeats() -> None:
    found = parse_phones("9415012345, 05852-234567; 9415012345\n9000000001 / 9000000002")
    assert [number.e164 for number in found] == ["+919415012345", "+915852234567", "+919000000001", "+919000000002"]


@pytest.mark.parametrize("text", ["1800-180-1551", "100", "+44 20 7946 0958", "94150123456"])
def test_numbers_the_center_may_not_use(text: str) -> None:
    with pytest.raises(CellError) as raised:
        parse_phone(text)
    assert raised.value.code is ProblemCode.INVALID_NUMBER


@pytest.mark.parametrize(("value", "expected"), [
    ("14-03-2026", DayAndTime(date(2026, 3, 14), None)),
    ("14/3/2026 2:30 pm", DayAndTime(date(2026, 3, 14), time(14, 30))),
    ("14.03.2026 00:00", DayAndTime(date(2026, 3, 14), None)),
    ("2026-03-14T09:05", DayAndTime(date(2026, 3, 14), time(9, 5))),
    ("14 March, 2026", DayAndTime(date(2026, 3, 14), None)),
    ("१४ मार्च २०२६ १०:३०", DayAndTime(date(2026, 3, 14), time(10, 30))),
    (datetime(2026, 3, 14, 9, 59, 40), DayAndTime(date(2026, 3, 14), time(10, 0))),  # Excel float noise
    (date(2026, 3, 14), DayAndTime(date(2026, 3, 14), None)),
])
def test_dates(value: object, expected: DayAndTime) -> None:
    assert parse_day_and_time(value) == expected


@pytest.mark.parametrize("value", ["14-13-2026", "29-02-2026", "14-03-2026 25:00", "13:00 pm 14-03-2026",
                                   time(10, 0), "Mar 14 2026"])
def test_not_dates(value: object) -> None:
    with pytest.raises(CellError) as raised:
        parse_day_and_time(value)
    assert raised.value.code is ProblemCode.INVALID_DATE


def test_the_last_day_is_inclusive_and_the_sheet_shows_it_back() -> None:
    start, end = DayAndTime(date(2026, 3, 14), None), DayAndTime(date(2026, 3, 16), None)
    starts_at, ends_at = period_bounds(start, end)
    assert (starts_at, ends_at) == (datetime(2026, 3, 13, 18, 30, tzinfo=UTC), datetime(2026, 3, 16, 18, 30, tzinfo=UTC))
    assert sheet_bounds(starts_at, ends_at) == (datetime(2026, 3, 14), datetime(2026, 3, 16))


def test_choices_in_english_and_hindi() -> None:
    assert parse_kind("m.l.a.") is RepresentativeKind.MLA
    assert parse_kind("सांसद") is RepresentativeKind.MP
    assert parse_kind("विधान परिषद सदस्य") is RepresentativeKind.MLC
    assert parse_status("Earned Leave") is AvailabilityStatus.LEAVE
    assert parse_status("प्रशिक्षण") is AvailabilityStatus.TRAINING
    assert parse_status("ड्यूटी पर") is AvailabilityStatus.ON_DUTY
    assert [parse_active(value) for value in ("", "हाँ", "No", 0, True)] == [True, True, False, False, True]


@pytest.mark.parametrize(("spelling", "key"), [
    ("SDM", "sdm"), ("उप जिलाधिकारी", "sdm"), ("Sub Divisional Magistrate", "sdm"), ("ज़िलाधिकारी", "dm"),
    ("ADM (F&R)", "adm_finance_revenue"), ("adm f/r", "adm_finance_revenue"), ("Tehsildar Sadar", None), ("खंड विकास अधिकारी", "bdo"), ("b.d.o.", "bdo"),
    ("XEN PWD", "executive_engineer_pwd"), ("Deputy SP", "co"), ("Block Education Officer", "beo"),
])
def test_designations_are_found_by_any_usual_spelling(spelling: str, key: str | None) -> None:
    found = find_designation(spelling)
    assert (found.key if found else None) == key


def test_the_designation_table_refers_only_to_itself() -> None:
    for designation in DESIGNATIONS:
        assert set(designation.superiors) <= set(BY_KEY), designation.key
        assert set(designation.alternates) <= set(BY_KEY), designation.key
        assert designation.key not in designation.superiors


def test_header_problems_name_the_column() -> None:
    header = map_header(OFFICERS, 1, ["Officer code", "Name", "Name", "Designation", "CUG", "Mobile", "Remarks"])
    found = [(problem.column, problem.reason_code) for problem in header.problems]
    assert found == [("C", ProblemCode.DUPLICATE_COLUMN), ("F", ProblemCode.DUPLICATE_COLUMN),
                     ("G", ProblemCode.UNKNOWN_COLUMN)]


def test_column_letters() -> None:
    assert [column_letter(index) for index in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
