"""Start-up of the operator window: fonts, translations, the center's service, the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QMessageBox

from console.desk.center import Center, open_demo_center
from console.service import ConsoleService
from console.views import OperatorSession
from ui.fonts import register_fonts
from ui.i18n import Translations
from ui.main_window import MainWindow

log = logging.getLogger(__name__)
DISTRICT_VARIABLE = "SAMVAD_SETU_DISTRICT"


@dataclass(frozen=True)
class WindowOptions:
    demo: bool = False
    district: str | None = None
    database: str | None = None


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Samvad Setu")
    app.setOrganizationName("Samvad Setu")
    app.setApplicationDisplayName("Samvad Setu — संवाद सेतु")
    register_fonts(app)
    return app


def open_window(service: ConsoleService, translations: Translations) -> MainWindow:
    """The window; when nobody is signed in yet (a district, not the demo) the sign-in dialog comes first."""
    window = MainWindow(service, translations)
    window.load_now()
    window.show()
    if service.session is None:
        window.accounts.ask_to_sign_in()
    return window


def open_center(options: WindowOptions, session: OperatorSession | None = None) -> Center:
    if options.demo:
        return open_demo_center(session, district=options.district or "hardoi")
    district = options.district or os.environ.get(DISTRICT_VARIABLE)
    if not district:
        raise ValueError(f"no district chosen: start with --district CODE (for example --district hardoi), "
                         f"set {DISTRICT_VARIABLE}, or try the demo with --demo")
    return Center.open(district, session=session, database_url=options.database)


def run_window(options: WindowOptions, *,
               opener: Callable[[WindowOptions, OperatorSession | None], Center] = open_center) -> int:
    app = create_application()
    translations = Translations(app)
    translations.switch(translations.stored_language(), remember=False)
    try:
        center = opener(options, None)  # the demo signs in as its operator; a district asks who is there
    except Exception as error:  # start-up: every failure is shown to the person who started it
        log.exception("the console could not open its center")
        QMessageBox.critical(None, "Samvad Setu", f"The console cannot start:\n\n{error}")
        return 1
    try:
        uncertain = center.start()
        if uncertain:
            log.warning("outbox rows left uncertain by an earlier run: %s", uncertain)
        window = open_window(center.service, translations)
        if options.demo:
            window.setWindowTitle(window.windowTitle() + " (demo)")
        return app.exec()
    finally:
        center.stop()
