"""``samvad-setu calendar``: is the district office open now, and which days are holidays.

IT staff use it to check a district's config and holiday data after an edit:
``samvad-setu calendar --district kannauj --at 2026-03-04T12:00`` and
``samvad-setu calendar holidays --year 2027``.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from console.calendar import BusinessCalendar
from console.calendar_holidays import Holiday, HolidayKind, YearCoverage
from console.calendar_hours import DayKind
from console.cli import CommandError
from console.clock import SystemClock
from console.config import DistrictConfig, available_districts, load_district_config
from console.config_reader import ConfigError

DEFAULT_DISTRICT = "hardoi"

_DAY_WORDS = {
    DayKind.WORKING: "working day",
    DayKind.COMPENSATORY_WORKING: "compensatory working day",
    DayKind.WEEKLY_OFF: "weekly off",
    DayKind.SECOND_SATURDAY: "second Saturday",
    DayKind.PUBLIC_HOLIDAY: "public holiday",
    DayKind.LOCAL_HOLIDAY: "local holiday",
    DayKind.NO_HOURS: "no office hours configured",
}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "calendar", help="show whether the district office is open, or list its holidays"
    )
    parser.add_argument("--district", metavar="CODE", help=f"district code (default: {DEFAULT_DISTRICT})")
    parser.add_argument(
        "--at", metavar="ISO", help="instant to check, ISO 8601; without a zone it is the district's local time"
    )
    parser.set_defaults(handler=run_status)
    actions = parser.add_subparsers(dest="calendar_action", metavar="ACTION")
    holidays = actions.add_parser("holidays", help="list a year's holidays (date, English, Hindi, status)")
    holidays.add_argument("--year", type=int, help="calendar year (default: this year)")
    holidays.add_argument("--district", dest="holidays_district", metavar="CODE", help=f"district code (default: {DEFAULT_DISTRICT})")
    holidays.add_argument("--all", action="store_true", help="include restricted holidays (offices stay open)")
    holidays.set_defaults(handler=run_holidays)


def _load(code: str | None) -> tuple[DistrictConfig, BusinessCalendar]:
    code = code or DEFAULT_DISTRICT
    if code not in available_districts():
        raise CommandError(f"unknown district {code!r}; known: {', '.join(available_districts())}")
    try:
        config = load_district_config(code)
        return config, BusinessCalendar.from_config(config)
    except ConfigError as error:
        raise CommandError(f"broken configuration:\n{error}") from None


def _parse_instant(text: str | None, calendar: BusinessCalendar) -> datetime:
    if text is None:
        return SystemClock().now()
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--at: expected an ISO 8601 date and time such as 2026-03-04T12:00, got {text!r}") from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=calendar.hours.zone)
    return instant


def _local(instant: datetime, calendar: BusinessCalendar) -> str:
    return instant.astimezone(calendar.hours.zone).strftime("%Y-%m-%d %H:%M %Z (%A)")


def _coverage_warning(calendar: BusinessCalendar, year: int) -> str | None:
    coverage = calendar.holiday_coverage(year)
    if coverage is YearCoverage.PROVISIONAL:
        return f"note: the holiday list of {year} is provisional (the state's list is not out; lunar dates estimated)"
    if coverage is YearCoverage.MISSING:
        return f"warning: no holiday data for {year}: only weekly offs close the office"
    return None


def _describe_day(calendar: BusinessCalendar, instant: datetime) -> str:
    day = calendar.local_date(instant)
    kind = calendar.day_kind(day)
    words = _DAY_WORDS[kind]
    holiday = calendar.holiday_on(day)
    if holiday is not None and holiday.closes_office and not kind.is_working:
        words += f" — {holiday.name_en} / {holiday.name_hi}"
    if kind.is_working and not calendar.is_open(instant):
        words = f"outside office hours on a {words}"
    return words


def run_status(args: argparse.Namespace) -> int:
    config, calendar = _load(args.district)
    at = _parse_instant(args.at, calendar)
    print(f"{config.name_en} ({config.name_hi}) — {_local(at, calendar)}")
    if calendar.is_open(at):
        closing = calendar.next_closing(at)
        print(f"OPEN now ({_describe_day(calendar, at)}); closes {_local(closing, calendar)}")
        print(f"next opening: {_local(calendar.next_opening(closing), calendar)}")
    else:
        opening = calendar.next_opening(at)
        print(f"CLOSED now ({_describe_day(calendar, at)}); opens {_local(opening, calendar)}")
        print(f"then closes: {_local(calendar.next_closing(opening), calendar)}")
    for year in sorted({calendar.local_date(at).year, calendar.local_date(calendar.next_opening(at)).year}):
        warning = _coverage_warning(calendar, year)
        if warning:
            print(warning)
    return 0


def _status(holiday: Holiday) -> str:
    if holiday.provisional:
        return "provisional: fixed date" if holiday.confirmed else "provisional: estimated"
    return "confirmed" if holiday.confirmed else "unconfirmed"


def run_holidays(args: argparse.Namespace) -> int:
    config, calendar = _load(args.holidays_district or args.district)
    year = args.year or calendar.local_date(SystemClock().now()).year
    holidays = calendar.holidays_in(year, include_restricted=args.all)
    kinds = "public, local and restricted" if args.all else "public and local"
    print(f"{config.name_en} ({config.name_hi}) — {kinds} holidays of {year}")
    warning = _coverage_warning(calendar, year)
    if warning:
        print(warning)
    for holiday in holidays:
        marker = "" if holiday.kind is not HolidayKind.RESTRICTED else " (office open)"
        print(
            f"{holiday.day.isoformat()}  {holiday.day:%a}  {holiday.kind.value:<10}  {_status(holiday):<24}"
            f"  {holiday.name_en} / {holiday.name_hi}{marker}"
        )
    print(f"{len(holidays)} holidays")
    return 0
