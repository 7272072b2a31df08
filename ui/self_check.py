"""``samvad-setu --self-check``: the first thing IT runs on a new workstation.

Loads Qt (its libraries and the platform plugin, by creating the application
without a window), registers the bundled fonts, loads the compiled
translations, reads the district's configuration and opens its database. One
line on standard output and exit code 0 when all is there; otherwise one line
naming what is missing, on standard error, and exit code 1. No window opens
and nothing is written.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version

from console.installation import InstallationError, check_installation
from console.resources import resource_path

PRODUCT = "samvad-setu"


def run_self_check(district: str | None, database: str | None) -> int:
    try:
        line = f"{PRODUCT} {_version()} self-check OK: " + "; ".join(
            [_qt(), _fonts(), _translations(), check_installation(district, database).describe()])
    except InstallationError as error:
        print(f"{PRODUCT} self-check FAILED: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # an installation check reports whatever is broken, in one line
        print(f"{PRODUCT} self-check FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(line)
    return 0


def _version() -> str:
    try:
        return version(PRODUCT)
    except PackageNotFoundError:
        return "(not installed)"


def _qt() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        raise InstallationError(f"Qt: cannot load PySide6: {error}") from None
    if QApplication.instance() is None:
        QApplication([PRODUCT])
    return f"Qt {pyside_version} ({QApplication.platformName()})"


def _fonts() -> str:
    from PySide6.QtWidgets import QApplication

    from ui.fonts import DEVANAGARI_FAMILY, register_fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if DEVANAGARI_FAMILY not in register_fonts(app):
        raise InstallationError(f"fonts: {DEVANAGARI_FAMILY} not loaded from {resource_path('fonts')}")
    return f"font {DEVANAGARI_FAMILY}"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from ui.i18n import LANGUAGES

    loaded = []
    for language in LANGUAGES:
        path = resource_path("translations", f"samvad_{language}.qm")
        if not QTranslator().load(str(path)):
            raise InstallationError(f"translations: cannot load {path}")
        loaded.append(language)
    return "translations " + ", ".join(loaded)
