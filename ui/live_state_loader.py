"""How the window reads the live state: whole or a few changed rows, off the GUI thread, and again until it answers.

Changes arriving while a load runs cause one more load, not many; the database
out of reach is said in the status bar and asked for again every few seconds,
while everything typed stays. Today's holiday, shown beside the clock, is read
here too, once a day or when the calendar changes.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from console.views import CalendarEntry, LiveState
from console.window_interface import ConsoleService, ServiceUnavailable
from ui.formatting import to_ist
from ui.live_updates import FreshRows, RowsChanged, with_fresh
from ui.operation import op

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

RECONNECT_MS = 3000  # while the database is out of reach, the live state is asked for again this often


class LiveStateLoader(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._loading = False
        self._reload_again = False
        self._holiday_cache: tuple[date, CalendarEntry | None] | None = None
        self._holiday_asked: date | None = None  # the day whose holiday is being read
        self.lost_since: datetime | None = None
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setSingleShot(True)
        self.reconnect_timer.setInterval(RECONNECT_MS)
        self.reconnect_timer.timeout.connect(self.reload)

    def load_now(self, *, first_screen: bool = False) -> None:
        """Load synchronously (start-up), then keep the countdowns ticking. ``first_screen``: the queue only, the
        rest (the officers' grid) loaded off the GUI thread as soon as the window is painted."""
        window = self._window
        try:
            window.show_state(window.service.load_live_state(first_screen=first_screen))
        except ServiceUnavailable as error:
            self._on_state_failed(error)
        else:
            if first_screen:
                QTimer.singleShot(0, self.reload)
        window.timer.start()

    def reload(self) -> None:
        """Load off the GUI thread; changes arriving meanwhile cause one more load, not many."""
        tasks = self._window.tasks
        if tasks.closed:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        tasks.run(self._window.service.load_live_state, self._on_state_loaded, self._on_state_failed)

    def reload_rows(self, changed: RowsChanged) -> None:
        """Only these rows changed: they are read, not the whole state (unless a reload runs)."""
        window = self._window
        if window.tasks.closed:
            return
        if self._loading or window.state is None:  # the reload in flight may predate the change: one more, whole
            self.reload()
            return
        service = window.service
        window.tasks.run(lambda: read_rows(service, changed),
                         lambda fresh: self._on_rows_loaded(changed, fresh), self._on_state_failed)

    def _on_rows_loaded(self, changed: RowsChanged, fresh: FreshRows) -> None:
        window = self._window
        if window.state is None or self._loading:
            return  # a whole reload is on its way
        window.show_rows(changed, with_fresh(window.state, changed, fresh))

    def _on_state_loaded(self, state: LiveState) -> None:
        self._loading = False
        if self.lost_since is not None:
            self.lost_since = None
            self._window.status.show_connection(None)
            self._window.status.showMessage(self.tr("The database is back; the window shows the latest."), 8000)
        self._window.show_state(state)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _on_state_failed(self, error: BaseException) -> None:
        self._loading = False
        if isinstance(error, ServiceUnavailable):
            self.database_lost()
            return
        log.error("loading the live state failed", exc_info=error)
        self._window.status.showMessage(
            self.tr("Could not load the latest state; retrying on the next change."), 10000)

    def database_lost(self) -> None:
        """Say so, keep everything typed, and ask again every few seconds until the database answers."""
        if self.lost_since is None:
            self.lost_since = self._window.service.clock.now()
            log.warning("the database is out of reach; reconnecting")
            self._window.status.show_connection(self.lost_since)
        if not self._window.tasks.closed:
            self.reconnect_timer.start()

    # -- today's holiday
    def forget_holiday(self) -> None:
        """The calendar changed: today's holiday is read again at the next tick."""
        self._holiday_cache = None

    def holiday(self, now: datetime) -> CalendarEntry | None:
        """Today's holiday as last read; a new day (or a changed calendar) is read off the GUI thread."""
        today = to_ist(now).date()
        cached = self._holiday_cache
        if (cached is None or cached[0] != today) and self._holiday_asked != today and not self._window.tasks.closed:
            self._holiday_asked = today
            service = self._window.service
            op(self._window, lambda: service.holiday_on(today)).success(
                lambda entry: self._on_holiday_read(today, entry)).failure(lambda _text, _error: None).run()
        return cached[1] if cached is not None and cached[0] == today else None

    def _on_holiday_read(self, day: date, entry: CalendarEntry | None) -> None:
        self._holiday_asked = None
        self._holiday_cache = (day, entry)
        if self._window.state is not None:
            self._window.tick()


def read_rows(service: ConsoleService, changed: RowsChanged) -> FreshRows:
    """On the task runner: the changed rows of each list, each list's read only when some of its rows changed."""
    return FreshRows(
        queue=service.queue_rows(changed.cases) if changed.cases else (),
        outbox=service.outbox_rows(changed.outbox) if changed.outbox else (),
        incoming=service.incoming_rows(changed.incoming) if changed.incoming else (),
    )
