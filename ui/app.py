"""Start-up of the operator window: fonts, translations, the center's service, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from console.clock import SystemClock
from console.config_machine import machine_district
from console.desk.opening import OpeningService, quick_open
from console.window_interface import ConsoleService
from console.views import OperatorSession
from ui.fonts import register_fonts
from ui.garbage import GuiThreadGarbage
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.shutdown import close_on_signals

if TYPE_CHECKING:
    from console.desk.center import Center

log = logging.getLogger(__name__)
DISTRICT_VARIABLE = "SAMVAD_SETU_DISTRICT"
FIRST_PAINT_LATEST_MS = 1000


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
    window.queue_panel.table.setFocus()  # the first keys move through the cases, not the first filter's choices
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


def chosen_district(options: WindowOptions) -> str:
    district = options.district or os.environ.get(DISTRICT_VARIABLE) or machine_district()
    if not district:
        raise ValueError(f"no district chosen: start with --district CODE (for example --district hardoi), "
                         f"set {DISTRICT_VARIABLE}, or try the demo with --demo")
    return district


def open_center(options: WindowOptions, session: OperatorSession | None = None) -> Center:
    from console.desk.center import Center, open_demo_center  # after the first screen (console.desk.opening)

    if options.demo:
        return open_demo_center(session, district=options.district or "hardoi", training=not options.real_clock)
    return Center.open(chosen_district(options), session=session, database_url=options.database)


def quick_start(options: WindowOptions) -> OpeningService | None:
    """A district's first screen read before its center opens (:mod:`console.desk.opening`); None for the demo
    (it makes and seeds its database first) and whenever the first screen cannot be read so."""
    if options.demo:
        return None
    try:
        return quick_open(chosen_district(options), database_url=options.database, clock=SystemClock())
    except Exception:  # the ordinary start meets it again and shows it to the person who started the console
        log.warning("the first screen could not be read before the center opened", exc_info=True)
        return None


class CenterOpening(QObject):
    """The center opened and started on its own thread once the first screen is painted, its service then handed
    to the window's :class:`OpeningService`; ``failed`` (on the GUI thread) says why it could not open."""

    failed = Signal(str)

    def __init__(self, service: OpeningService, open_center: Callable[[], Center], parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._open_center = open_center
        self._thread = threading.Thread(target=self._open, name="center-opening", daemon=True)
        self._started = threading.Lock()
        self.center: Center | None = None
        service.start_opening = self.start

    def start(self) -> None:
        """Open the center (once, however often asked: after the first paint, or sooner by a call that waits)."""
        if self._started.acquire(blocking=False):
            self._thread.start()

    def wait(self) -> Center | None:
        """The open center (None if it failed or never started), once the opening has ended."""
        if self._thread.is_alive():
            self._thread.join()
        return self.center

    def _open(self) -> None:
        try:
            center = self._open_center()
            start_center(center)
        except Exception as error:  # start-up: every failure is shown to the person who started it
            log.exception("the console could not open its center")
            self._service.failed(error)
            self.failed.emit(str(error))
            return
        self.center = center
        self._service.opened(center.service)


def start_quickly(service: OpeningService, open_center: Callable[[], Center], translations: Translations, *,
                  settings: QSettings | None = None) -> tuple[MainWindow, CenterOpening]:
    """The window over the first screen at once; the center opened after its first paint."""
    window = open_window(cast(ConsoleService, service), translations, settings=settings)
    opening = CenterOpening(service, open_center, parent=window)
    AfterFirstPaint(window, opening.start)
    return window, opening


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``window`` has painted itself the first time (its first update request handled), so
    what runs next does not slow that paint; at the latest after ``FIRST_PAINT_LATEST_MS`` (a window not painted)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_LATEST_MS, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._call)  # queued: runs once this update request has painted the window
        return False

    def _call(self) -> None:
        if self._then is not None:
            self._window.removeEventFilter(self)  # (the latest moment came first: no longer watched)
            then, self._then = self._then, None
            then()


def run_window(options: WindowOptions, *,
               opener: Callable[[WindowOptions, OperatorSession | None], Center] = open_center) -> int:
    app = create_application()
    translations = Translations(app)
    translations.switch(translations.stored_language(), remember=False)
    quick = quick_start(options)
    if quick is not None:
        return _run_opening_window(app, quick, lambda: opener(options, None), translations)
    try:
        center = opener(options, None)  # the demo signs in as its operator; a district asks who is there
    except Exception as error:  # start-up: every failure is shown to the person who started it
        log.exception("the console could not open its center")
        QMessageBox.critical(None, "Samvad Setu", f"The console cannot start:\n\n{error}")
        return 1
    try:
        start_center(center)
        return _run(app, open_window(center.service, translations, demo=options.demo))
    finally:
        center.stop()


def _run_opening_window(app: QApplication, quick: OpeningService, open_center: Callable[[], Center],
                        translations: Translations) -> int:
    window, opening = start_quickly(quick, open_center, translations)
    failures: list[str] = []

    def cannot_start(message: str) -> None:
        failures.append(message)
        QMessageBox.critical(window, "Samvad Setu", f"The console cannot start:\n\n{message}")
        window.close_now()

    opening.failed.connect(cannot_start)
    try:
        code = _run(app, window)
    finally:
        center = opening.wait()
        if center is not None:
            center.stop()
    return 1 if failures else code


def _run(app: QApplication, window: MainWindow) -> int:
    """The event loop until ``window`` closes; the exit code (128 + the signal's number when one closed it)."""
    QTimer.singleShot(0, lambda: collect_from_now_on(window))  # once the first screen is painted
    restore = close_on_signals(window, window.close_now)
    try:
        code = app.exec()
    finally:
        restore()
    return 128 + window.closed_by_signal if window.closed_by_signal else code


def start_center(center: Center) -> None:
    """Start the center's engines (and say which outbox rows an earlier run left uncertain)."""
    uncertain = center.start()
    if uncertain:
        log.warning("outbox rows left uncertain by an earlier run: %s", uncertain)
