"""Render every screen in Hindi and English at 1366×768 for ``docs/screenshots`` (``make screenshots``).

Offscreen and deterministic: a fixed instant on a working Friday, the sample
district of :mod:`ui.sample_scene`, each widget captured with ``grab()``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from console.clock import FakeClock
from console.service import ConsoleService
from console.views import CallParty, CaseAction
from ui.app import create_application
from ui.i18n import LANGUAGES, Translations
from ui.main_window import MainWindow
from ui.manual_call_dialog import ManualCallDialog
from ui.sample_scene import build_sample_service

log = logging.getLogger(__name__)
IST = ZoneInfo("Asia/Kolkata")
MORNING = datetime(2026, 11, 27, 11, 40, tzinfo=IST)  # a working Friday
BEFORE_CLOSING = datetime(2026, 11, 27, 16, 52, tzinfo=IST)
EVENING = datetime(2026, 11, 27, 17, 25, tzinfo=IST)  # after closing: the cases of 16:52 wait for Monday
SIZE = (1366, 768)
SEARCHES = {"en": ("executive engineer", "rajni"), "hi": ("अधिशासी अभियंता", "रजनी")}


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
    morning_clock, evening_clock = FakeClock(MORNING), FakeClock(BEFORE_CLOSING)
    morning = build_sample_service(morning_clock)
    evening = build_sample_service(evening_clock)
    evening_clock.set(EVENING)
    translations = Translations(app)
    written: list[Path] = []
    for language in LANGUAGES:
        translations.switch(language, remember=False)
        settle(app)
        window = open_window(morning, translations, settings_file)
        written.append(save(window, folder, f"main_{language}", app))
        written.extend(render_dialogs(window, folder, language, app))
        close(window, app)
        window = open_window(evening, translations, settings_file)
        window.alarm.acknowledge()
        written.append(save(window, folder, f"main_closed_{language}", app))
        close(window, app)
    settings_file.unlink(missing_ok=True)
    return written


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
    alarm_case = next(row for row in state.queue if row.state.value == "alarm")
    case_dialog = window.open_case(alarm_case.case_id)
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
