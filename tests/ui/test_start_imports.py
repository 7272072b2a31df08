"""The window starts with what its first screen needs (issue 12: start-up time and memory).

The charts (pyqtgraph, numpy), the spreadsheets (openpyxl), the migrations (Alembic), PostgreSQL's driver and the
demo's generator load when they are first used, not at start-up: together they were two thirds of a second and
80 MiB of a start over SQLite. A window started in a process of its own over an up-to-date SQLite database says
which of them it loaded; then the reports screen is opened in the same process and must bring the charts in.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from db.database import Database

LATER = ("pyqtgraph", "numpy", "openpyxl", "alembic", "psycopg", "console.demo", "modem.simulator",
         "ui.reports_window", "console.reports.export", "console.roster.reader")

CHILD = """
import os, sys
from datetime import datetime, timezone
from PySide6.QtCore import QSettings
from console.clock import FakeClock
from console.desk.center import Center
from console.domain import UserRole
from console.views import OperatorSession
from ui.app import create_application
from ui.i18n import Translations
from ui.main_window import MainWindow

LATER = sys.argv[3].split(",")
app = create_application()
translations = Translations(app)
translations.switch("en", remember=False)
session = OperatorSession("super", "Supervisor", UserRole.SUPERVISOR)
clock = FakeClock(datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc))
center = Center.open("hardoi", session=session, database_url=sys.argv[1], clock=clock)
window = MainWindow(center.service, translations, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.load_now()
window.show()
app.processEvents()
assert window.state is not None, "the live state was not shown"
print("started:" + ",".join(name for name in LATER if name in sys.modules), flush=True)
window.show_reports()
app.processEvents()
print("reports:" + ",".join(name for name in LATER if name in sys.modules), flush=True)
os._exit(0)
"""


def loaded_modules(tmp_path: Path) -> dict[str, set[str]]:
    url = f"sqlite:///{tmp_path / 'district.sqlite3'}"
    Database.open(url, create=True).dispose()  # migrated here, so the window's start finds it up to date
    done = subprocess.run(
        [sys.executable, "-c", CHILD, url, str(tmp_path / "window.ini"), ",".join(LATER)],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = {}
    for line in done.stdout.splitlines():
        stage, _, names = line.partition(":")
        found[stage] = set(filter(None, names.split(",")))
    return found


def test_the_window_starts_without_the_charts_spreadsheets_migrations_or_postgresql(tmp_path: Path) -> None:
    loaded = loaded_modules(tmp_path)
    assert loaded["started"] == set()
    assert {"pyqtgraph", "ui.reports_window"} <= loaded["reports"]  # they load when their screen opens


AFTER_THE_FIRST_PAINT = ("sqlalchemy", "db.database", "db.models", "db.repositories", "console.desk.center",
                         "console.desk.desk", "console.desk.dispatcher", "modem.modem", "modem.audio_players")

FIRST_SCREEN_CHILD = """
import os, sys, threading
from datetime import datetime, timezone
from PySide6.QtCore import QSettings
from console.clock import FakeClock
from console.desk.opening import quick_open
from ui.app import create_application, start_quickly
from ui.i18n import Translations

LATER = sys.argv[3].split(",")
app = create_application()
translations = Translations(app)
translations.switch("en", remember=False)
quick = quick_open("hardoi", database_url=sys.argv[1], clock=FakeClock(datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)))
assert quick is not None, "the first screen was not read"
gate = threading.Event()
window, opening = start_quickly(quick, lambda: gate.wait(), translations,
                                settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
app.processEvents()
assert window.state is not None and not window.state.complete, "the first screen was not shown"
print("painted:" + ",".join(name for name in LATER if name in sys.modules), flush=True)
os._exit(0)
"""


def test_the_first_screen_is_painted_before_the_orm_the_desk_or_the_modems_load(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'district.sqlite3'}"
    Database.open(url, create=True).dispose()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_CHILD, url, str(tmp_path / "window.ini"), ",".join(AFTER_THE_FIRST_PAINT)],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "painted:"
