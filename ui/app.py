"""Start-up of the operator window: fonts, translations, the main window."""

from __future__ import annotations

import logging
import sys

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


def run_window(*, demo: bool = False, service: ConsoleService | None = None) -> int:
    app = create_application()
    translations = Translations(app)
    translations.switch(translations.stored_language(), remember=False)
    if service is None:
        # Until the db-backed service is wired (the lead's merge), show the sample district.
        try:
            from ui.sample_scene import build_sample_service
        except ImportError:
            QMessageBox.critical(None, "Samvad Setu", "No console service is configured.")
            return 1
        service = build_sample_service(SystemClock())
    window = open_window(service, translations)
    if demo:
        window.setWindowTitle(window.windowTitle() + " (demo)")
    return app.exec()
