"""Render every screen in Hindi and English at 1366×768 for ``docs/screenshots`` (``make screenshots``).

Offscreen, at a fixed instant on a working Friday: the demo district on a fresh
database with a few complaints of the last hour, its simulated modems and
officers running until the outbox settles; each widget captured with ``grab()``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from console.clock import FakeClock
from console.desk.center import Center, write_demo_settings
from console.domain import OutboxStatus, UserRole
from console.service import ComplaintDraft, ConsoleService
from console.views import CallParty, CaseAction, OperatorSession
from ui.app import create_application
from ui.i18n import LANGUAGES, Translations
from ui.main_window import MainWindow
from ui.manual_call_dialog import ManualCallDialog
from ui.screenshots_reports import render_reports

log = logging.getLogger(__name__)
IST = ZoneInfo("Asia/Kolkata")
MORNING = datetime(2026, 11, 27, 11, 40, tzinfo=IST)  # a working Friday
BEFORE_CLOSING = datetime(2026, 11, 27, 16, 52, tzinfo=IST)
EVENING = datetime(2026, 11, 27, 17, 25, tzinfo=IST)  # after closing: the clocks wait for Saturday 10:00
SIZE = (1366, 768)
# (minutes before the morning's picture that the complaint was logged, and instructed; None: not yet)
STORY = ((3, None), (12, None), (16, 14), (28, 25), (41, 38), (52, 49), (8, None), (22, 19))
SEARCHES = {"en": ("tehsildar", "mla"), "hi": ("तहसीलदार", "विधायक")}


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str, app: QApplication) -> Path:
    settle(app)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def type_into(line: QWidget, text: str, app: QApplication) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    settle(app)


def render(folder: Path) -> list[Path]:
    app = create_application()
    settings_file = folder / ".screenshots-settings.ini"
    translations = Translations(app)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="samvad-screenshots-") as scratch:
        # the morning: the queue at work, then each dialog
        clock = FakeClock(MORNING)
        center = demo_center(clock, Path(scratch) / "morning")
        try:
            settle_center(center, app)
            for language in LANGUAGES:
                translations.switch(language, remember=False)
                window = open_window(center.service, translations, settings_file)
                written.append(save(window, folder, f"main_{language}", app))
                written.extend(render_dialogs(window, folder, language, app))
                written.append(render_reports(window, folder, language, app))
                close(window, app)
        finally:
            center.stop()
        # the evening: complaints of the last minutes before closing wait for the next working day
        clock = FakeClock(BEFORE_CLOSING)
        center = demo_center(clock, Path(scratch) / "evening")
        try:
            settle_center(center, app)
            clock.set(EVENING)
            for language in LANGUAGES:
                translations.switch(language, remember=False)
                window = open_window(center.service, translations, settings_file)
                window.alarm.acknowledge()
                written.append(save(window, folder, f"main_closed_{language}", app))
                close(window, app)
        finally:
            center.stop()
    settings_file.unlink(missing_ok=True)
    return written


def demo_center(clock: FakeClock, folder: Path) -> Center:
    """The demo district on a fresh database at the clock's instant, with a few complaints of the last hour."""
    settings = write_demo_settings(folder)
    now = clock.now()
    session = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)
    center = Center.open("hardoi", session=session, database_url=f"sqlite:///{folder / 'demo.sqlite3'}",
                         override_path=settings, simulate=True, clock=clock)
    service = center.service
    state = service.load_live_state()
    busy = {row.officer_id for row in state.queue}
    officers = [row for row in state.officers if row.officer_id not in busy][::17]
    representatives = sorted({row.representative_id for row in state.queue} | {1, 2, 3, 4, 5, 6})
    for index, (minutes, instruct) in enumerate(STORY):
        clock.set(now - timedelta(minutes=minutes))
        logged = service.log_complaint(ComplaintDraft(representatives[index % len(representatives)],
                                                      officers[index].officer_id))
        if instruct is not None and logged.case_id is not None:
            clock.set(now - timedelta(minutes=instruct))
            detail = service.case_detail(logged.case_id)
            if detail is not None and CaseAction.INSTRUCT in detail.allowed_actions:
                service.instruct(logged.case_id, detail.row.version)
    clock.set(now)
    return center


def settle_center(center: Center, app: QApplication, seconds: float = 20.0) -> None:
    """Let the simulated modems come up and the outbox go out (a real wait: screenshots, not a test)."""
    center.start()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        state = center.service.load_live_state()
        if all(row.online for row in state.modems) and not any(
                row.status in (OutboxStatus.QUEUED, OutboxStatus.SENDING) for row in state.outbox):
            return
        time.sleep(0.2)
    log.warning("the demo's outbox did not settle within %.0f s", seconds)


def open_window(service: ConsoleService, translations: Translations, settings_file: Path) -> MainWindow:
    window = MainWindow(service, translations, settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.load_now()
    window.timer.stop()
    window.show()
    window.resize(*SIZE)
    window.tick()
    return window


def close(window: MainWindow, app: QApplication) -> None:
    window.close()
    window.deleteLater()
    settle(app)


def render_dialogs(window: MainWindow, folder: Path, language: str, app: QApplication) -> list[Path]:
    written = []
    officer_text, representative_text = SEARCHES[language]
    complaint = window.new_complaint()
    complaint.resize(820, 640)
    type_into(complaint.officer.line, officer_text, app)
    results = complaint.officer.results
    for position in range(results.count()):  # highlight an officer on leave: the alternate shows before commit
        if results.item(position).data(Qt.ItemDataRole.UserRole).status.value != "on_duty":
            results.setCurrentRow(position)
            break
    type_into(complaint.representative.line, representative_text, app)
    written.append(save(complaint, folder, f"complaint_{language}", app))
    complaint.reject()

    state = window.state
    assert state is not None
    shown = max(state.queue, key=lambda row: timeline_length(window.service, row.case_id))  # the most to show
    case_dialog = window.open_case(shown.case_id)
    case_dialog.resize(980, 640)
    written.append(save(case_dialog, folder, f"case_{language}", app))
    detail = case_dialog.detail
    assert detail is not None and CaseAction.RECORD_MANUAL_CALL in detail.allowed_actions
    numbers = {CallParty.OFFICER: detail.officer.official_number, CallParty.REPRESENTATIVE: detail.representative_number}
    manual = ManualCallDialog(window.service.clock, numbers, window)
    manual.resize(460, 220)
    written.append(save(manual, folder, f"manual_call_{language}", app))
    manual.deleteLater()
    case_dialog.accept()

    away = next(row for row in state.officers if row.status.value == "leave")
    period = window.edit_period(away)
    assert period is not None
    period.resize(680, 520)
    written.append(save(period, folder, f"period_{language}", app))
    period.reject()

    calendar = window.show_calendar()
    calendar.resize(780, 600)
    written.append(save(calendar, folder, f"calendar_{language}", app))
    calendar.reject()
    return written


def timeline_length(service: ConsoleService, case_id: int) -> int:
    detail = service.case_detail(case_id)
    return 0 if detail is None else len(detail.timeline)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("output", type=Path, help="folder for the PNG files, e.g. docs/screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.output.mkdir(parents=True, exist_ok=True)
    render(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
