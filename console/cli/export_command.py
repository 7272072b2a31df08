"""``samvad-setu export``: the response-time workbook of a period, the same as the reports screen writes.

    samvad-setu export --demo --from 2026-02-01 --to 2026-02-28 --out february.xlsx
    samvad-setu export --district hardoi [--database URL] --from … --to … [--department NAME] [--lang en] --out …

Hindi by default. A reversed range, an unknown department or a place that cannot
be written is refused with one line and no file; the workbook is written under a
temporary name and renamed only when complete. "By whom" on the Summary is the
system user running the command.
"""

from __future__ import annotations

import argparse
import getpass
import time
from datetime import date
from pathlib import Path
from typing import Any

from console.audit import current_chain_head
from console.calendar import BusinessCalendar
from console.cli import CommandError
from console.cli.database_access import district_target, open_database
from console.clock import SystemClock
from console.config import load_district_config
from console.config_reader import ConfigError
from console.demo.seed import DEMO_DISTRICT, DemoSeedError, demo_database_target, ensure_demo_database
from console.reports.query import ReportFilter, ReportQuery
from console.reports.export import ExportRefused, check_target, export_workbook
from console.reports.period import ReportPeriod
from console.reports.source import district_settings
from console.reports.workbook_words import LANGUAGES
from db.errors import DatabaseUnavailableError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help="write the response-time workbook of a period (Excel) for the state",
        description="Write the response-time workbook (Summary, Officers, Departments, Daily, Cases, Commendation, "
                    "Negligence) of the cases whose representative called between --from and --to (IST, both "
                    "days included).",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--demo", action="store_true", help="the demo district's database")
    source.add_argument("--district", help="district code, e.g. hardoi")
    parser.add_argument("--database", metavar="URL", help="database URL (default: the district's configured one)")
    parser.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="the first day")
    parser.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="the last day (included)")
    parser.add_argument("--department", metavar="NAME", help="one department, in English or Hindi")
    parser.add_argument("--lang", choices=LANGUAGES, default="hi", help="the workbook's language (default: hi)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx", help="the workbook to write")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    period = _period(args.first, args.last)
    if args.demo and args.database:
        raise CommandError("--database goes with --district; the demo has its own database")
    try:
        check_target(args.out)  # before any database is opened (or the demo created)
    except ExportRefused as refused:
        raise CommandError(str(refused)) from None
    started = time.perf_counter()
    code = DEMO_DISTRICT if args.demo else args.district
    target = demo_database_target() if args.demo else district_target(args)
    try:
        district = load_district_config(code)
    except ConfigError as error:
        raise CommandError(f"broken configuration:\n{error}") from None
    database = open_database(target, create=args.demo)  # the demo is made on demand, a district must exist
    clock = SystemClock()
    try:
        if args.demo:
            ensure_demo_database(database, clock=clock, calendar=BusinessCalendar.from_config(district))
        done = export_workbook(
            database, district_settings(database, district), ReportQuery(period, ReportFilter(args.department)),
            args.out, as_of=clock.now(), generated_by=getpass.getuser(), language=args.lang,
            chain_head=current_chain_head(database),
        )
    except ExportRefused as refused:
        raise CommandError(str(refused)) from None
    except (DatabaseUnavailableError, DemoSeedError) as error:
        raise CommandError(f"{target.describe()}: {error}; no file was written") from None
    finally:
        database.dispose()
    totals = done.report.totals
    print(f"Wrote {args.out}: {totals.complaints:,} cases of {period.first:%d-%m-%Y} to {period.last:%d-%m-%Y} "
          f"({district.name_en}), {len(done.report.negligence)} officers reported for negligence, "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


def _period(first: str, last: str) -> ReportPeriod:
    days = []
    for option, text in (("--from", first), ("--to", last)):
        try:
            days.append(date.fromisoformat(text))
        except ValueError:
            raise CommandError(f"{option} {text!r}: expected a date as YYYY-MM-DD", 2) from None
    if days[1] < days[0]:
        raise CommandError(f"--from {first} is after --to {last}: the range is reversed", 2)
    return ReportPeriod(days[0], days[1])
