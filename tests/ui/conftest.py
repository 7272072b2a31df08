"""Fixtures for the window's tests: fonts, translations, a counting alarm sound, settings in a temporary folder.

The window itself runs over the real desk service: ``desk_window`` and ``world`` (tests/ui/desk_window.py),
``real_window`` and ``desk`` (tests/ui/real_service.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from tests.ui.real_service import desk, real_window  # noqa: F401  (fixtures: the window over the real service)
from ui.fonts import register_fonts
from ui.i18n import Translations


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
