"""Reports over the benchmark year (5,000 officers, 50,000 cases, about 250,000 events) on SQLite.

* The analytics of the year (every figure per officer, department and day, the two lists, the
  cases kept for the screen), beside the per-officer figures of ``console.metrics`` alone over
  the escalation repository's records: target < 1 s.
* The reports screen opened as a supervisor opens it (last month, its default) and on the whole
  year: until its first chart is painted, beside the report read alone: target < 1.5 s.
* The year's workbook (all seven sheets) against the same Cases rows through
  ``pandas.DataFrame.to_excel``, each in a process of its own: seconds and the peak resident
  memory above the process before the export. Target: ratio ≤ 1.0 and ≤ 40 % of pandas' memory.
  The analytics' CPU time is printed beside their wall time: the machine is shared.

The year is built by the demo's benchmark generator (as ``bench_demo_seed``), once per run
(``bench.year``, shared with ``bench_ui``'s start-up over it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench import Report, median
from bench.year import CALENDAR, NOW, year_database
from console.clock import FakeClock
from console.config import load_district_config
from console.metrics import ResponseRecord, ResponseThresholds, officer_statistics
from console.reports.period import ReportPeriod, ist_date
from console.reports.query import ReportQuery
from console.reports.source import district_settings, read_report
from db.database import Database

ROOT = Path(__file__).resolve().parent.parent
LAST = ist_date(NOW)
YEAR = ReportPeriod(LAST - timedelta(days=365), LAST)


def run(report: Report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, _counts = year_database()
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(url)
        analytics(report, database)
        first_chart(report, database)
        database.dispose()
        export(report, url, Path(folder))


def analytics(report: Report, database: Database) -> None:
    settings = district_settings(database, load_district_config("hardoi"))
    query = ReportQuery(YEAR)
    cases = []

    def ours() -> None:
        built, _people = read_report(database, settings, query, as_of=NOW)
        cases.append(built.totals.complaints)

    def metrics_alone() -> None:
        with database.reading() as work:
            records = work.escalations.logged_between(YEAR.starts_at, YEAR.ends_at)
        officer_statistics((ResponseRecord(r.id, r.officer_id, r.representative_called_at, r.instructed_at,
                                           r.callback_at, r.state.value == "cancelled") for r in records),
                           settings.calendar, starts_at=YEAR.starts_at, ends_at=YEAR.ends_at, as_of=NOW,
                           thresholds=ResponseThresholds.from_thresholds(settings.district.thresholds))

    runs = [_timed(ours) for _ in range(5)]
    baseline = [_timed(metrics_alone) for _ in range(3)]
    report.add(f"analytics of the year ({cases[0]:,} cases, SQLite)", median([wall for wall, _ in runs]) * 1000, "ms",
               baseline_name="console.metrics per officer alone, over logged_between",
               baseline_value=median([wall for wall, _ in baseline]) * 1000,
               note=f"target < 1 s; CPU {median([cpu for _, cpu in runs]) * 1000:.0f} ms; "
                    f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def first_chart(report: Report, database: Database) -> None:
    """The screen as a supervisor opens it (last month, its default) and on the whole year."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from console.desk.desk import Desk
    from console.desk.settings import DeskSettings
    from console.domain import UserRole
    from console.reports.desk_reports import DeskReports
    from console.reports.period import PeriodChoice, last_month
    from console.views import OperatorSession
    from ui.app import create_application
    from ui.i18n import Translations
    from ui.reports_window import ReportsWindow

    app = create_application()
    Translations(app).switch("en", remember=False)
    desk = Desk(database, DeskSettings.for_district(load_district_config("hardoi"), calendar=CALENDAR),
                FakeClock(NOW))
    reports = DeskReports(desk, lambda: OperatorSession("bench", "Bench", UserRole.SUPERVISOR))

    def opened(choice: PeriodChoice, period: ReportPeriod) -> tuple[float, float, int, float]:
        started = time.perf_counter()
        window = ReportsWindow(reports, LAST, choice=choice, first=period.first, last=period.last)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.resize(1366, 740)
        charted: list[object] = []
        window.charts_shown.connect(charted.append)
        window.show()
        window.refresh()
        while not charted:
            app.processEvents()
            time.sleep(0.002)
        window.day_chart.grab()  # the first chart painted
        seconds = time.perf_counter() - started
        while window.view is None:  # then the tables
            app.processEvents()
            time.sleep(0.002)
        tables = time.perf_counter() - started
        cases = window.view.report.totals.complaints
        window.reject()
        app.processEvents()
        alone = _seconds(lambda: reports.build_report(ReportQuery(period)))
        return seconds, alone, cases, tables

    for choice, period, what in ((PeriodChoice.LAST_MONTH, last_month(LAST), "last month (its default)"),
                                 (PeriodChoice.CUSTOM, YEAR, "the whole year")):
        runs = [opened(choice, period) for _ in range(3)]
        report.add(f"reports screen opened on {what}, {runs[0][2]:,} cases: first chart drawn",
                   median([run[0] for run in runs]) * 1000, "ms", baseline_name="the report read alone (no window)",
                   baseline_value=median([run[1] for run in runs]) * 1000,
                   note="target < 1.5 s; the window built, the report read off the GUI thread, the summary and "
                        "charts filled, the day chart painted; the tables filled after it at "
                        f"{median([run[3] for run in runs]) * 1000:.0f} ms")
    QApplication.processEvents()


def export(report: Report, url: str, folder: Path) -> None:
    ours = [_child("ours", url, folder / "ours.xlsx") for _ in range(2)]
    pandas = [_child("pandas", url, folder / "pandas.xlsx") for _ in range(2)]
    rows = int(ours[0]["rows"])
    report.add(f"year workbook, 7 sheets ({rows:,} case rows): seconds", median([o["seconds"] for o in ours]), "s",
               baseline_name="the Cases rows through pandas.DataFrame.to_excel (openpyxl)",
               baseline_value=median([p["seconds"] for p in pandas]),
               note=f"target ratio ≤ 1.0; {ours[0]['size_mib']:.1f} MiB file; each in a process of its own")
    report.add("year workbook: peak memory above the process before it", median([o["peak_mib"] for o in ours]), "MiB",
               baseline_name="pandas.DataFrame.to_excel, same rows", baseline_value=median([p["peak_mib"] for p in pandas]),
               note="target ratio ≤ 0.4 (peak RSS)")


def _child(mode: str, url: str, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.report_child", mode, url, str(out), YEAR.first.isoformat(),
                           YEAR.last.isoformat()], cwd=ROOT, capture_output=True, text=True, timeout=1800,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} export failed:\n{done.stderr[-3000:]}")
    values: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return values


def _timed(action: object) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the second says more."""
    assert callable(action)
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def _seconds(action: object) -> float:
    assert callable(action)
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


