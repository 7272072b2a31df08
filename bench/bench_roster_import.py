"""The whole roster import, workbook to database: 10,000 officers checked and stored in one transaction.

``bench_roster`` measures reading the workbook alone; this adds the database
(ids for the codes, the upsert, one audit row per officer) on SQLite and
PostgreSQL, and the import of the same file again, which must change nothing.
The read alone is measured in the same run as the baseline.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from bench import Report
from bench.bench_storage import scratch_postgres
from console.clock import FakeClock
from console.demo import DemoSettings, generate_district
from console.domain import UserRole
from console.roster.model import RosterData
from console.roster.reader import read_roster
from console.roster.import_export import import_roster
from console.roster.writer import write_roster
from console.views import OperatorSession
from db.database import Database

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)
OFFICERS = 10_000


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.xlsx"
        district = generate_district(DemoSettings(now=NOW, officer_count=OFFICERS, history_days=0))
        now_periods = tuple(period for period in district.roster.periods if period.ends_at > NOW)
        write_roster(path, RosterData(district.roster.officers, district.roster.representatives, now_periods))
        read = _seconds(lambda: read_roster(path))
        measure(report, "SQLite", make_url(f"sqlite:///{Path(folder) / 'import.sqlite3'}"), path, read)
        with scratch_postgres() as url:
            if url is None:
                report.add("roster import, PostgreSQL figures", 0, "-", note="PostgreSQL unreachable: left out")
                return
            measure(report, "PostgreSQL", url, path, read)


def measure(report: Report, label: str, url: URL, path: Path, read: float) -> None:
    database = Database.open(url.render_as_string(hide_password=False), create=True)
    clock = FakeClock(NOW)
    started = time.perf_counter()
    result = import_roster(database, path, clock=clock, session=OperatorSession("bench", "bench", UserRole.ADMIN))
    first = time.perf_counter() - started
    assert result.ok, result.problems[:3]
    report.add(f"roster import, {OFFICERS:,} officers into an empty database ({label})", result.rows / first,
               "rows/s", baseline_name="reading the workbook alone", baseline_value=result.rows / read,
               note=f"{first:.1f} s for {result.rows:,} rows")
    again = _seconds(lambda: import_roster(database, path, clock=clock, session=OperatorSession("bench", "bench", UserRole.ADMIN)))
    report.add(f"  the same file again, nothing changes ({label})", result.rows / again, "rows/s",
               note=f"{again:.1f} s")
    database.dispose()


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
