"""Fixtures for the window's tests: an in-memory service, a fake clock, settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from console.clock import IST, FakeClock
from tests.ui.real_service import desk, real_window  # noqa: F401  (fixtures: the window over the real service)
from tests.ui.support import InMemoryService
from ui.alarm import Alarm
from ui.fonts import register_fonts
from ui.i18n import Translations
from ui.main_window import MainWindow
from tests.ui.window_setup import shown
from tests.ui.sample_data import sample_officers, sample_representatives

FRIDAY_MORNING = datetime(2026, 11, 27, 11, 0, tzinfo=IST)


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("SamvadSetuTests")
    QCoreApplication.setApplicationName("SamvadSetuTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def fonts(qapp: QApplication) -> list[str]:
    return register_fonts(qapp)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(FRIDAY_MORNING)


@pytest.fixture
def service(clock: FakeClock) -> InMemoryService:
    return InMemoryService(clock, sample_officers(60), sample_representatives())


@pytest.fixture
def translations(qapp: QApplication, fonts: list[str]) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.switch("en", remember=False)
    yield translations
    translations.switch("en", remember=False)


class CountingSound:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def sound() -> CountingSound:
    return CountingSound()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, service: InMemoryService, translations: Translations, settings: QSettings, sound: CountingSound) -> MainWindow:  # type: ignore[no-untyped-def]
    return shown(qtbot, MainWindow(service, translations, settings=settings, alarm=Alarm(sound=sound)))
