"""Three workstations on one database: how fast a change reaches another process, and the queue's load.

* propagation: from the start of a transaction that adds a case event in this
  process to the change feed of another process hearing it
  (``bench/shared_listener.py``); median and p95, PostgreSQL (LISTEN/NOTIFY) and
  SQLite (a polled counter, 0.25 s). Baseline: a bare transaction sending
  ``pg_notify`` heard by a bare psycopg LISTEN in the other process.
* queue load: the window's whole live state (``DeskService.load_live_state``)
  with 1,000 open cases and 1,000 officers, on both backends. Baseline: one bare
  ``SELECT 1`` round trip on the same backend.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import text

from bench import Report, median, percentile, timings_ms
from bench.bench_storage import scratch_postgres
from console.calendar import BusinessCalendar
from console.clock import FakeClock
from console.config import load_district_config
from console.demo.district import DemoSettings
from console.demo.seed import ensure_demo_database
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import UserRole
from console.views import OperatorSession
from db.database import Database
from db.feed import NOTIFY_CHANNEL
from db.repositories.escalations import NewEvent

NOW = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)  # Monday 11:00 IST
CHANGES = 60
OPEN_CASES = 1_640  # the demo's recent calls: about 61 % are still open at its "now": about 1,000


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as scratch, scratch_postgres() as postgres:
        targets = [("sqlite", f"sqlite:///{Path(scratch) / 'shared.sqlite3'}")]
        if postgres is not None:
            targets.append(("postgresql", postgres.render_as_string(hide_password=False)))
        else:
            print("PostgreSQL unreachable: its figures are skipped", flush=True)
        floor = None
        if postgres is not None:
            floor = _propagation(targets[1][1], "raw", notify_only=True)
        for backend, url in targets:
            database = Database.open(url, create=True)  # a scratch district: made here
            ensure_demo_database(database, clock=FakeClock(NOW), calendar=BusinessCalendar.for_district("hardoi"),
                                 settings=DemoSettings(now=NOW, officer_count=1_000, history_days=5, case_count=50,
                                                       open_case_count=OPEN_CASES))
            database.dispose()
            samples = _propagation(url, "feed")
            note = "LISTEN/NOTIFY" if backend == "postgresql" else "polled counter, 0.25 s"
            baseline = {} if floor is None else {"baseline_name": "bare NOTIFY→LISTEN median",
                                                 "baseline_value": median(floor)}
            report.add(f"shared: change to another process, median ({backend})", median(samples), "ms",
                       note=note, **baseline)  # type: ignore[arg-type]
            report.add(f"shared: change to another process, p95 ({backend})", percentile(samples, 0.95), "ms",
                       note=note, **({} if floor is None else {"baseline_name": "bare NOTIFY→LISTEN p95",
                                                               "baseline_value": percentile(floor, 0.95)}))  # type: ignore[arg-type]
            _queue_load(report, backend, url)


def _propagation(url: str, mode: str, *, notify_only: bool = False) -> list[float]:
    listener = subprocess.Popen([sys.executable, "-m", "bench.shared_listener", mode, url], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
    assert listener.stdout is not None and listener.stdin is not None
    try:
        assert listener.stdout.readline().strip() == "ready"
        database = Database.open(url)
        samples = []
        try:
            case_id = None if notify_only else _any_case(database)
            for number in range(CHANGES + 3):
                time.sleep(0.05 + (number % 7) * 0.013)  # changes at uneven moments, as operators make them
                began = time.monotonic()  # the operator's action: its transaction, its commit, the other's hearing
                _change(database, case_id, number)
                heard = float(listener.stdout.readline())
                if number >= 3:  # the first few warm the connections
                    samples.append((heard - began) * 1000)
        finally:
            database.dispose()
        return samples
    finally:
        listener.stdin.close()
        listener.terminate()
        listener.wait(10)


def _any_case(database: Database) -> int:
    with database.reading() as work:
        return work.escalations.open_cases()[0].id


def _change(database: Database, case_id: int | None, number: int) -> None:
    with database.unit_of_work() as work:
        if case_id is None:
            work.session.execute(text("SELECT pg_notify(:channel, 'escalations')"), {"channel": NOTIFY_CHANNEL})
        else:
            work.escalations.append_event(case_id, NewEvent("bench", NOW, "add_note", {"text": f"note {number}"}))


def _queue_load(report: Report, backend: str, url: str) -> None:
    database = Database.open(url)
    try:
        desk = Desk(database, DeskSettings.for_district(load_district_config("hardoi")), FakeClock(NOW))
        service = DeskService(desk, OperatorSession("bench", "Bench", UserRole.OPERATOR))
        queue = len(service.load_live_state().queue)
        samples = timings_ms(service.load_live_state, repeat=15)

        def round_trip() -> None:
            with database.reading() as work:
                work.session.execute(text("SELECT 1"))

        bare = timings_ms(round_trip, repeat=50)
        report.add(f"shared: queue load, {queue:,} open cases ({backend})", median(samples), "ms",
                   baseline_name="bare SELECT 1 round trip", baseline_value=median(bare),
                   note=f"p95 {percentile(samples, 0.95):.1f} ms, whole live state")
    finally:
        database.dispose()
