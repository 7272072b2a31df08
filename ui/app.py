"""Start-up of the operator window: fonts, translations, the center's service, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.config_machine import machine_district
from console.desk.center import Center, open_demo_center
from console.window_interface import ConsoleService
from console.views import OperatorSession
from ui.fonts import register_fonts
from ui.garbage import GuiThreadGarbage
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.shutdown import close_on_signals

log = logging.getLogger(__name__)
DISTRICT_VARIABLE = "SAMVAD_SETU_DISTRICT"


@dataclass(frozen=True)
class WindowOptions:
    demo: bool = False
    district: str | None = None
    database: str | None = None
    real_clock: bool = False  # the demo on the wall clock instead of its training clock


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Samvad Setu")
    app.setOrganizationName("Samvad Setu")
    register_fonts(app)
    return app


def open_window(service: ConsoleService, translations: Translations, *, demo: bool = False,
                settings: QSettings | None = None) -> MainWindow:
    """The first start fills the screen (a 1366×768 screen with its taskbar and the title bar leaves less than
    768 for the window: sized by hand, the status bar would be off-screen); later starts restore the layout.
    When nobody is signed in yet (a district, not the demo) the sign-in dialog comes first."""
    window = MainWindow(service, translations, demo=demo, settings=settings)
    window.load_now(first_screen=True)
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    if service.session is None:
        window.accounts.ask_to_sign_in()
    return window


def collect_from_now_on(owner: QObject) -> GuiThreadGarbage:
    """After the first screen (``ui.main`` turned collection off for the start): the start's garbage collected once,
    what is left frozen out of later collections (it lives as long as the window, and every later collection would
    walk it again), and from then on garbage collected on the GUI thread only (:mod:`ui.garbage`)."""
    gc.collect()
    gc.freeze()
    return GuiThreadGarbage(owner)


def open_center(options: WindowOptions, session: OperatorSession | None = None) -> Center:
    if options.demo:
        return open_demo_center(session, district=options.district or "hardoi", training=not options.real_clock)
    district = options.district or os.environ.get(DISTRICT_VARIABLE) or machine_district()
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
        window = open_window(center.service, translations, demo=options.demo)
        QTimer.singleShot(0, lambda: collect_from_now_on(window))  # once the first screen is painted
        restore = close_on_signals(window, window.close_now)
        try:
            code = app.exec()
        finally:
            restore()
        return 128 + window.closed_by_signal if window.closed_by_signal else code
    finally:
        center.stop()
