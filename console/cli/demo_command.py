"""``samvad-setu demo create|reset``: the demo district's database, for trying the console and training operators.

``demo create`` makes the demo database if it is not there (the window's
``--demo`` does the same at start-up); ``demo reset`` deletes it and starts
afresh, so a training session begins from a known state. ``--benchmark``
builds the 5,000-officer, 50,000-case year instead (slow: for measurements).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from console.calendar import BusinessCalendar
from console.cli import CommandError
from console.cli.database_access import open_database
from console.clock import SystemClock
from console.demo.district import DemoSettings, benchmark_settings
from console.demo.seed import (
    DEMO_DISTRICT,
    DemoSeedError,
    DemoSeedResult,
    demo_database_target,
    ensure_demo_database,
    reset_demo_database,
)
from db.engine import DatabaseConfigError, DatabaseTarget, parse_database_url
from db.errors import DatabaseUnavailableError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo", help="create or reset the demo district's database (Hardoi, synthetic people)"
    )
    actions = parser.add_subparsers(dest="demo_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create the demo database unless it exists")
    reset = actions.add_parser("reset", help="delete the demo database and create it afresh")
    for action, handler in ((create, run_create), (reset, run_reset)):
        action.add_argument(
            "--database", metavar="URL",
            help=f"where the demo lives (default: {demo_database_target().url.database})",
        )
        action.add_argument("--benchmark", action="store_true",
                            help="5,000 officers and a year of 50,000 cases, for benchmarks")
        action.set_defaults(handler=handler)


def run_create(args: argparse.Namespace) -> int:
    target = _target(args)
    clock = SystemClock()
    started = time.perf_counter()
    database = open_database(target, create=True)
    try:
        result = ensure_demo_database(database, clock=clock, calendar=_calendar(),
                                      settings=_settings(args, clock))
    except (DemoSeedError, DatabaseUnavailableError) as error:
        raise CommandError(f"{target.describe()}: {error}") from None
    finally:
        database.dispose()
    _print(result, target, time.perf_counter() - started)
    return 0


def run_reset(args: argparse.Namespace) -> int:
    target = _target(args)
    clock = SystemClock()
    started = time.perf_counter()
    try:
        result = reset_demo_database(target, clock=clock, calendar=_calendar(), settings=_settings(args, clock))
    except (DemoSeedError, DatabaseUnavailableError) as error:
        raise CommandError(f"{target.describe()}: {error}") from None
    except OSError as error:
        raise CommandError(f"{target.describe()}: cannot delete ({error.strerror or error}); is the demo "
                           "window still open?") from None
    _print(result, target, time.perf_counter() - started)
    return 0


def _target(args: argparse.Namespace) -> DatabaseTarget:
    if not args.database:
        return demo_database_target()
    try:
        return DatabaseTarget(parse_database_url(args.database, "--database"), "--database")
    except DatabaseConfigError as error:
        raise CommandError(str(error)) from None


def _calendar() -> BusinessCalendar:
    return BusinessCalendar.for_district(DEMO_DISTRICT)


def _settings(args: argparse.Namespace, clock: SystemClock) -> DemoSettings | None:
    return benchmark_settings(clock.now()) if args.benchmark else None


def _print(result: DemoSeedResult, target: DatabaseTarget, seconds: float) -> None:
    if result.counts is None:
        print(f"The demo district in {target.describe()} exists (created {result.seeded_at:%Y-%m-%d %H:%M} UTC); "
              "nothing changed. 'samvad-setu demo reset' starts it afresh.")
        return
    counts = result.counts
    print(f"Created the demo district in {target.describe()} in {seconds:.1f} s:")
    print(f"  {counts.officers:,} officers, {counts.representatives:,} representatives, "
          f"{counts.periods:,} leave and training periods, {counts.users:,} users")
    print(f"  {counts.cases:,} past cases ({counts.open_cases:,} still open) with {counts.events:,} timeline events")
