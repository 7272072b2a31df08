"""Roster import/export of a 10,000-officer workbook, and the demo generator at benchmark scale.

Baselines measured in the same run: openpyxl's ordinary (not read-only) load of
the same file, and openpyxl's read-only pass with no checks at all, so the cost
of validating every row shows by itself. Peak Python memory (tracemalloc) is
measured in separate passes, since tracing slows everything down.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from bench import Report
from console.demo import DemoSettings, benchmark_settings, generate_district
from console.demo.office_hours import IST
from console.roster.model import RosterData
from console.roster.reader import inspect_roster
from console.roster.writer import write_roster

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=IST)
OFFICERS = 10_000


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _peak_mib(action: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _full_load(path: Path) -> int:
    workbook = load_workbook(path, data_only=True)
    return sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows(values_only=True))


def _read_only_pass(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def _roster(officers: int) -> RosterData:
    district = generate_district(DemoSettings(now=NOW, officer_count=officers, history_days=0))
    current = tuple(p for p in district.roster.periods if p.starts_at <= NOW < p.ends_at)
    return RosterData(district.roster.officers, district.roster.representatives, current)


def run(report: Report) -> None:
    data = _roster(OFFICERS)
    rows = len(data.officers) + len(data.representatives) + len(data.periods)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.xlsx"
        written = _seconds(lambda: write_roster(path, data))
        report.add("roster export (write-only), rows per second", rows / written, "rows/s",
                   note=f"{rows} rows, {path.stat().st_size / 2**20:.1f} MiB")
        started = time.perf_counter()
        reading = inspect_roster(path)
        ours = time.perf_counter() - started
        assert reading.data == data, "the benchmark file must be a valid roster"
        full = _seconds(lambda: _full_load(path))
        bare = _seconds(lambda: _read_only_pass(path))
        report.add("roster import: read + validate every row", rows / ours, "rows/s",
                   baseline_name="openpyxl full load, no checks", baseline_value=rows / full,
                   note=f"{ours:.2f} s for {rows} rows")
        report.add("roster import vs openpyxl read-only pass, no checks", rows / ours, "rows/s",
                   baseline_name="read-only pass", baseline_value=rows / bare)
        report.add("roster import peak Python memory", _peak_mib(lambda: inspect_roster(path)), "MiB",
                   baseline_name="openpyxl full load", baseline_value=_peak_mib(lambda: _full_load(path)))
    _demo(report)


def _demo(report: Report) -> None:
    started = time.perf_counter()
    district = generate_district(benchmark_settings(NOW))
    report.add("demo roster: 5,000 officers with a year of leave", time.perf_counter() - started, "s",
               note=f"{len(district.roster.periods)} periods")
    cases = events = 0
    started = time.perf_counter()
    for case in district.escalations():
        cases += 1
        events += len(case.events)
    seconds = time.perf_counter() - started
    report.add("demo escalations: a year, cases per second", cases / seconds, "cases/s",
               note=f"{cases} cases, {events} events in {seconds:.1f} s")
    report.add("demo escalations: a year, peak Python memory",
               _peak_mib(lambda: sum(1 for _ in district.escalations())), "MiB", note="streamed, nothing kept")
