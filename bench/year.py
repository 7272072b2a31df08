"""The benchmark year (5,000 officers, about 50,000 cases and 250,000 events over a year), built once per run.

``bench_ui`` starts the window over it and ``bench_reports`` reads it; building it takes most of a minute, so the
first to ask builds it in a temporary folder removed when the benchmarks end. ``SAMVAD_BENCH_YEAR=FILE`` names a
year built before (by ``python -m bench.year FILE``) to use instead; nothing the benchmarks do writes to it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import text

from console.calendar import BusinessCalendar
from console.clock import FakeClock
from console.demo import benchmark_settings
from console.demo.seed import DemoCounts, ensure_demo_database
from db.database import Database

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)  # a Wednesday, noon in Hardoi
CALENDAR = BusinessCalendar.for_district("hardoi")

YEAR_VARIABLE = "SAMVAD_BENCH_YEAR"
_built: tuple[str, DemoCounts] | None = None


def year_database() -> tuple[str, DemoCounts]:
    """The URL of the benchmark year's SQLite file and what it holds (built on the first call)."""
    global _built
    given = os.environ.get(YEAR_VARIABLE)
    if _built is None and given:
        database = Database.open(f"sqlite:///{given}")
        with database.reading() as work:
            def count(table: str) -> int:
                return int(work.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

            counts = DemoCounts(officers=count("officers"), representatives=count("representatives"),
                                periods=count("availability_periods"), users=count("users"),
                                cases=count("escalations"), events=count("escalation_events"),
                                open_cases=len(work.live_records.open_cases()))
        database.dispose()
        _built = (f"sqlite:///{given}", counts)
    if _built is None:
        folder = Path(tempfile.mkdtemp(prefix="samvad-bench-year-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        url = f"sqlite:///{folder / 'year.sqlite3'}"
        database = Database.open(url, create=True)
        started = time.perf_counter()
        seeded = ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR,
                                      settings=benchmark_settings(NOW))
        database.dispose()
        counts = seeded.counts
        assert counts is not None
        print(f"  (the benchmark year built in {time.perf_counter() - started:.0f} s: {counts.officers:,} officers, "
              f"{counts.open_cases:,} open, {counts.cases:,} cases, {counts.events:,} events)", flush=True)
        _built = (url, counts)
    return _built


def build(path: str) -> None:
    database = Database.open(f"sqlite:///{path}", create=True)
    seeded = ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR, settings=benchmark_settings(NOW))
    database.dispose()
    print(seeded.counts)


if __name__ == "__main__":
    import sys

    build(sys.argv[1])
