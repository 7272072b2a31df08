"""Seeding the demo district: Hardoi (about 200 officers, 700 cases) and the benchmark year (5,000 / 50,000).

Figures per backend: the whole Hardoi seed (generate, replay through the
lifecycle, store), the second start-up that finds it done, the cases alone
stored in bulk against the per-case path (``log`` then ``save`` per event,
measured in the same run on the same cases), and the benchmark year with its
rows per second. PostgreSQL comes from ``SAMVAD_BENCH_POSTGRES_URL`` as in
``bench_storage``; without a server its figures are left out, with a note.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from bench import Report
from bench.bench_storage import scratch_postgres
from console.calendar import BusinessCalendar
from console.clock import FakeClock
from console.demo import DemoSettings, benchmark_settings, generate_district
from console.demo.seed import DemoSeedResult, ensure_demo_database, past_case
from console.demo.seed_replay import Replayer
from console.roster.storage import store_roster
from db.database import Database, UnitOfWork
from db.repositories.escalation_history import PastCase
from db.repositories.escalations import NewEscalation, NewEvent

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)  # a Wednesday, noon in Hardoi
CALENDAR = BusinessCalendar.for_district("hardoi")


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure(report, "SQLite", lambda name: make_url(f"sqlite:///{Path(folder) / name}.sqlite3"))
    with scratch_postgres() as first, scratch_postgres() as second, scratch_postgres() as third:
        if first is None or second is None or third is None:
            report.add("demo seed, PostgreSQL figures", 0, "-", note="PostgreSQL unreachable: left out")
            return
        urls = iter((first, second, third))
        measure(report, "PostgreSQL", lambda _name: next(urls))


def measure(report: Report, label: str, fresh: Callable[[str], URL]) -> None:
    database = Database.open(_text(fresh("hardoi")), create=True)
    seconds, result = _timed(lambda: ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR))
    assert result.counts is not None
    report.add(f"demo seed: Hardoi, whole ({label})", seconds, "s",
               note=f"{result.counts.rows:,} rows, {result.counts.cases} cases; target: a second or two")
    again, _ = _timed(lambda: ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR))
    report.add(f"  second start-up, already there ({label})", again * 1000, "ms")
    database.dispose()

    bulk, one_by_one = _cases_alone(fresh("cases"), DemoSettings(now=NOW))
    report.add(f"  Hardoi cases alone, bulk ({label})", bulk * 1000, "ms",
               baseline_name="log + save per event", baseline_value=one_by_one * 1000)

    database = Database.open(_text(fresh("year")), create=True)
    settings = benchmark_settings(NOW)
    seconds, result = _timed(lambda: ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR,
                                                           settings=settings))
    database.dispose()
    assert result.counts is not None
    counts = result.counts
    report.add(f"demo seed: benchmark year, whole ({label})", seconds, "s",
               note=f"{counts.officers:,} officers, {counts.periods:,} periods, {counts.cases:,} cases, "
                    f"{counts.events:,} events; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    report.add(f"  rows per second ({label})", counts.rows / seconds, "rows/s",
               note="generation and lifecycle replay included")


def _cases_alone(url: URL, settings: DemoSettings) -> tuple[float, float]:
    """The same replayed cases stored in bulk, then (on a copy of the roster) one call per event."""
    district = generate_district(settings, CALENDAR)
    database = Database.open(_text(url), create=True)
    with database.unit_of_work() as work:
        store_roster(work, district.roster, actor="bench", at=NOW, source="bench", replace_from=None)
        replayer = Replayer(work.roster.officer_codes(), work.roster.representative_codes(), CALENDAR,
                            settings.thresholds)
    cases = [past_case(replayer.replay(demo), CALENDAR, settings.thresholds) for demo in district.escalations()]
    bulk = _in_rolled_back_work(database, lambda work: work.escalations.import_past(cases))
    one_by_one = _in_rolled_back_work(database, lambda work: _one_by_one(work, cases))
    database.dispose()
    return bulk, one_by_one


def _one_by_one(work: UnitOfWork, cases: Sequence[PastCase]) -> None:
    for case in cases:
        first = case.events[0]
        record = work.escalations.log(
            NewEscalation(case.district_code, case.representative_id, case.officer_id, first.to_state, case.channel,
                          case.representative_called_at, case.logged_at, case.operator, case.note, case.due_at),
            NewEvent(first.actor, first.at, first.action, first.details),
        )
        for event in case.events[1:]:
            record = work.escalations.save(replace(record, state=event.to_state),
                                           NewEvent(event.actor, event.at, event.action, event.details))


class _RollBack(Exception):
    pass


def _in_rolled_back_work(database: Database, action: Callable[[UnitOfWork], object]) -> float:
    started = time.perf_counter()
    try:
        with database.unit_of_work() as work:
            action(work)
            work.session.flush()
            raise _RollBack
    except _RollBack:
        pass
    return time.perf_counter() - started


def _timed(action: Callable[[], DemoSeedResult]) -> tuple[float, DemoSeedResult]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _text(url: URL) -> str:
    return url.render_as_string(hide_password=False)
