"""Start-up of the operator window: fonts, translations, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from console.clock import SystemClock
from console.service import ConsoleService
from ui.fonts import register_fonts
from ui.i18n import Translations
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Samvad Setu")
    app.setOrganizationName("Samvad Setu")
    app.setApplicationDisplayName("Samvad Setu — संवाद सेतु")
    register_fonts(app)
    return app


def open_window(service: ConsoleService, translations: Translations) -> MainWindow:
    window = MainWindow(service, translations)
    window.load_now()
    window.show()
    return window


def sample_service() -> ConsoleService | None:
    """The sample district of a source checkout, until the db-backed service is wired in here."""
    root = Path(__file__).resolve().parent.parent
    if (root / "tests" / "ui" / "support.py").exists() and str(root) not in sys.path:
        sys.path.append(str(root))  # the in-memory service lives with the tests
    try:
        from ui.sample_scene import build_sample_service
    except ImportError:
        log.exception("no sample service available")
        return None
    return build_sample_service(SystemClock())


def run_window(*, demo: bool = False, service: ConsoleService | None = None) -> int:
    app = create_application()
    translations = Translations(app)
    translations.switch(translations.stored_language(), remember=False)
    if service is None:
        service = sample_service()
        if service is None:
            QMessageBox.critical(None, "Samvad Setu", "No console service is configured.")
            return 1
    window = open_window(service, translations)
    if demo:
        window.setWindowTitle(window.windowTitle() + " (demo)")
    return app.exec()
