"""The holiday data files: what they must contain, and how they compare with the ``holidays`` package.

The comparison pins the differences documented in shared/data/up-holidays.md §6,
so a change in our data or in the package shows up here first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import holidays as holidays_package
import pytest

from console.calendar_holidays import (
    HolidayBasis,
    HolidayKind,
    HolidayTable,
    YearCoverage,
    load_state_holidays,
    read_holiday_year,
)
from console.config_reader import ConfigError

TABLE = load_state_holidays("up")
YEAR_2026 = TABLE.years[2026]
YEAR_2027 = TABLE.years[2027]


def public_days(year: int) -> set[date]:
    return {h.day for h in TABLE.years[year].holidays if h.kind is HolidayKind.PUBLIC}


def package_days(year: int, category: str = "public") -> set[date]:
    return set(holidays_package.India(subdiv="UP", years=year, categories=(category,)))


def test_2026_has_26_public_and_31_restricted_holidays_with_both_names() -> None:
    kinds = [h.kind for h in YEAR_2026.holidays]
    assert kinds.count(HolidayKind.PUBLIC) == 26  # 24 notified + 15 Jan + 3 Mar
    assert kinds.count(HolidayKind.RESTRICTED) == 31
    assert YEAR_2026.provisional is False and TABLE.coverage(2026) is YearCoverage.OFFICIAL
    for holiday in YEAR_2026.holidays:
        assert holiday.name_en and holiday.name_hi and holiday.sources, holiday
        assert all(key in YEAR_2026.sources for key in holiday.sources), holiday
    assert "671/तीन-2025-39(2)/2016" in YEAR_2026.notification


def test_2026_unconfirmed_dates_are_the_documented_ones() -> None:
    unconfirmed_public = {h.day for h in YEAR_2026.unconfirmed if h.kind is HolidayKind.PUBLIC}
    assert unconfirmed_public == {date(2026, 6, 26)}  # Muharram, kept on 26 Jun with a note
    unconfirmed_restricted = {h.day for h in YEAR_2026.unconfirmed if h.kind is HolidayKind.RESTRICTED}
    assert unconfirmed_restricted == {
        date(2026, 2, 4),
        date(2026, 3, 5),
        date(2026, 3, 22),
        date(2026, 4, 4),
        date(2026, 5, 9),
        date(2026, 5, 28),
        date(2026, 6, 25),
        date(2026, 12, 16),
    }


def test_2026_amendments_and_the_ordered_working_saturday_are_recorded() -> None:
    assert {date(2026, 1, 15), date(2026, 3, 3)} <= public_days(2026)
    assert [day.day for day in YEAR_2026.working_days] == [date(2026, 2, 28)]


def test_2027_is_provisional_with_fixed_dates_by_rule_and_lunar_dates_estimated() -> None:
    assert YEAR_2027.provisional and TABLE.coverage(2027) is YearCoverage.PROVISIONAL
    assert all(h.provisional and h.kind is HolidayKind.PUBLIC for h in YEAR_2027.holidays)
    by_rule = {h.day for h in YEAR_2027.holidays if h.basis is HolidayBasis.RULE}
    assert by_rule == {
        date(2027, 1, 26),
        date(2027, 3, 26),  # Good Friday (Easter rule)
        date(2027, 4, 14),
        date(2027, 8, 15),
        date(2027, 10, 2),
        date(2027, 12, 25),
    }
    for holiday in YEAR_2027.holidays:
        assert holiday.confirmed is (holiday.basis is HolidayBasis.RULE), holiday
        if holiday.basis is HolidayBasis.ESTIMATE:
            assert holiday.sources == ("P1",), holiday
    assert len(YEAR_2027.holidays) == 24


def test_2027_estimates_are_the_package_dates_they_cite() -> None:
    """Every estimated 2027 date is one the package gives (public or optional): a package update shows up."""
    estimated = {h.day for h in YEAR_2027.holidays if h.basis is HolidayBasis.ESTIMATE}
    assert estimated <= package_days(2027) | package_days(2027, "optional")
    # The package's 21 public dates, plus Holika Dahan and Hazrat Ali's birthday from its optional list.
    assert public_days(2027) == package_days(2027) | {date(2027, 3, 21), date(2027, 12, 12)}
    assert {date(2027, 3, 21), date(2027, 12, 12)} <= package_days(2027, "optional")


def test_2026_agrees_with_the_holidays_package_on_20_dates() -> None:
    ours, theirs = public_days(2026), package_days(2026)
    assert len(theirs) == 21
    assert len(ours & theirs) == 20
    assert date(2026, 3, 4) in ours & theirs and date(2026, 11, 11) in ours & theirs


def test_2026_documented_differences_from_the_holidays_package() -> None:
    ours, theirs, optional = public_days(2026), package_days(2026), package_days(2026, "optional")
    assert ours - theirs == {
        date(2026, 1, 3),  # Hazrat Ali: optional only in the package
        date(2026, 1, 15),  # Makar Sankranti amendment: the package has it optional on 14 Jan
        date(2026, 2, 15),  # Mahashivratri: optional only in the package for 2026
        date(2026, 3, 2),  # Holika Dahan: the package has it optional on 3 Mar
        date(2026, 3, 3),  # extra Holi day: absent from the package's public list
        date(2026, 11, 9),  # Govardhan Puja: the package says 10 Nov
    }
    assert theirs - ours == {date(2026, 11, 10)}
    assert {date(2026, 1, 3), date(2026, 1, 14), date(2026, 2, 15), date(2026, 3, 3)} <= optional


def test_a_table_from_loose_entries_counts_those_years_as_official() -> None:
    table = HolidayTable.of(YEAR_2026.holidays[:2])
    assert table.coverage(2026) is YearCoverage.OFFICIAL
    assert table.coverage(2027) is YearCoverage.MISSING


BROKEN_FILES = [
    ("wrong_year_in_an_entry", 'date = 2025-03-04\nkind = "public"', "holiday[1].date: expected a date in 2030, got 2025-03-04"),
    ("unknown_kind", 'date = 2030-03-04\nkind = "optional"', 'holiday[1].kind: expected one of public, restricted, got "optional"'),
    ("unknown_source_key", 'date = 2030-03-04\nkind = "public"\nsources = ["X9"]', 'holiday[1].sources: expected keys of [sources] (A1), got "X9"'),
    ("date_as_bad_text", 'date = "2030-02-30"\nkind = "public"', 'holiday[1].date: expected a date YYYY-MM-DD, got "2030-02-30"'),
    ("confirmed_not_boolean", 'date = 2030-03-04\nkind = "public"\nconfirmed = "no"', 'holiday[1].confirmed: expected true or false, got "no"'),
    ("typo_in_a_key", 'date = 2030-03-04\nkind = "public"\nname_english = "x"', "holiday[1].name_english: unknown key"),
]


@pytest.mark.parametrize("body, expected", [case[1:] for case in BROKEN_FILES], ids=[case[0] for case in BROKEN_FILES])
def test_a_broken_holiday_file_names_the_file_and_the_key(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "2030.toml"
    path.write_text(
        f'[calendar]\nyear = 2030\nprovisional = false\n[sources]\nA1 = "a source"\n[[holiday]]\n'
        f'name_en = "Holi"\nname_hi = "होली"\n{body}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        read_holiday_year(path)
    assert f"2030.toml: {expected}" in str(caught.value)


def test_a_holiday_file_whose_year_differs_from_its_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "2031.toml"
    path.write_text("[calendar]\nyear = 2030\nprovisional = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"2031.toml: calendar.year: expected 2031 \(the file's name\), got 2030"):
        read_holiday_year(path)


def test_an_unknown_state_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no holiday data for state 'xx' \(known: up\)"):
        load_state_holidays("xx")
