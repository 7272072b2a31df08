"""The demo on a Sunday night: a training clock inside the next working day's office hours, named plainly in the
title and the status bar, so a newcomer can instruct at once; --real-clock keeps the time of day."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from console.clock import IST, FakeClock, TrainingClock
from console.desk.center import Center, write_demo_settings
from tests.ui.test_real_console import SESSION
from ui.i18n import Translations
from ui.main_window import MainWindow

SUNDAY_NIGHT = datetime(2026, 3, 8, 22, 15, tzinfo=IST)


def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, training: bool) -> Center:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    return Center.open("hardoi", session=SESSION, database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
                       override_path=write_demo_settings(tmp_path / "demo"), simulate=True,
                       clock=FakeClock(SUNDAY_NIGHT), training=training)


def window_over(center: Center, translations: Translations, settings: QSettings, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(center.service, translations, settings=settings, demo=True)
    qtbot.addWidget(window, before_close_func=lambda main: main.close_now())
    window.load_now()
    window.timer.stop()
    return window


def test_the_demo_on_a_sunday_night_trains_on_monday_morning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: Translations, settings: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]
    center = demo(tmp_path, monkeypatch, training=True)
    try:
        clock = center.service.clock
        assert isinstance(clock, TrainingClock) and clock.start == datetime(2026, 3, 9, 11, 0, tzinfo=IST)
        window = window_over(center, translations, settings, qtbot)
        assert window.windowTitle() == "Samvad Setu — District Contact and Command Center — demo on a training clock"
        assert window.status.clock_label.text().startswith("Training clock: 09 Mar 2026 11:0")
        assert "--real-clock" in window.status.clock_label.toolTip()
        assert window.status.office.text().startswith("● Office open")  # the rule can be practised now
        translations.switch("hi", remember=False)
        qtbot.waitUntil(lambda: window.windowTitle().startswith("संवाद सेतु"), timeout=3000)
        assert window.windowTitle().count("संवाद सेतु") == 1 and "Samvad" not in window.windowTitle()
        assert QGuiApplication.applicationDisplayName() in window.windowTitle()  # so no platform appends it again
        assert "प्रशिक्षण घड़ी" in window.windowTitle() and "प्रशिक्षण घड़ी" in window.status.clock_label.text()
    finally:
        center.stop()


def test_with_the_real_clock_the_demo_keeps_the_time_of_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: Translations, settings: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]
    center = demo(tmp_path, monkeypatch, training=False)
    try:
        assert center.service.clock.now() == SUNDAY_NIGHT
        window = window_over(center, translations, settings, qtbot)
        assert window.windowTitle() == "Samvad Setu — District Contact and Command Center — demo"
        assert window.windowTitle().count("Samvad Setu") == 1
        assert window.status.clock_label.text() == "08 Mar 2026 22:15 IST"
        assert window.status.office.text().startswith("■ Office closed until")
    finally:
        center.stop()
