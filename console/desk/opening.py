"""A district console's start in two steps: the queue at once, the center a moment later.

Two thirds of a start is loading the ORM, the models and the engines. :func:`quick_open` reads the first screen
without them (:mod:`db.first_screen`: the database's driver alone) and gives the window an
:class:`OpeningService`: it answers the first screen, the clock, the calendar and the session itself, and every
other call once the center, opened on another thread after the first paint, hands it its
:class:`~console.desk.window_adapter.DeskService` (:meth:`OpeningService.opened`). A call made before that waits
for it (on the task runner, as every read and write of the window is); a method asked for on the GUI thread is
handed out at once and waits only when called. The center's events reach the window's subscriptions through
this service's own bus.
"""

from __future__ import annotations

import functools
import inspect
import os
import socket
import threading
from datetime import datetime
from collections.abc import Callable
from typing import Any

from console.clock import Clock
from console.config import load_district_config
from console.desk import window_rows as views
from console.desk.settings import DeskSettings
from console.domain import BusinessHours
from console.events import DomainEvent, EventBus
from console.views import LiveState, OperatorSession
from console.window_interface import ConsoleService, ServiceUnavailable
from db.first_screen import FirstScreenRecords, read_first_screen
from db.location import first_screen_source

def workstation_name() -> str:
    """This window among the center's: the machine and the process (two windows on one machine differ)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def quick_open(district: str, *, database_url: str | None, clock: Clock,
               session: OperatorSession | None = None) -> OpeningService | None:
    """The window's service before the center is open, with the first screen read; None when it cannot be read
    so (a database not yet created or migrated, a server not answering): then the center is opened first, the
    ordinary way, which says why."""
    config = load_district_config(district)
    source = first_screen_source(district, cli_url=database_url, config_url=config.database_url or None)
    if source is None:
        return None
    now = clock.now()
    records = read_first_screen(source, seen_since=now - views.PRESENCE_HORIZON)
    if records is None:
        return None
    settings = DeskSettings.for_district(config)
    first = first_screen_state(records, settings, now, workstation_name())
    return OpeningService(first, clock=clock, calendar=settings.calendar, session=session)


def first_screen_state(records: FirstScreenRecords, settings: DeskSettings, now: datetime,
                       workstation: str) -> LiveState:
    """The queue and what its filters need; the officers' grid, the outbox, incoming and modems come with the
    whole state, read once the center is open (``complete`` False until then)."""
    queue = views.open_queue(records.open_cases, records.present, workstation, settings.calendar, settings.policy)
    return LiveState(revision=0, generated_at=now, queue=queue, officers=(), modems=(), outbox=(), incoming=(),
                     departments=records.departments, people=records.people, complete=False)


class OpeningService:
    """The window's port while its center opens: see the module's text."""

    def __init__(self, first: LiveState, *, clock: Clock, calendar: BusinessHours,
                 session: OperatorSession | None) -> None:
        self.first = first
        self._clock = clock
        self._calendar = calendar
        self._session = session
        self._events = EventBus()
        self._ready = threading.Event()
        self._service: ConsoleService | None = None
        self._error: BaseException | None = None
        self.start_opening: Callable[[], None] = lambda: None
        """Called before a call on the main (GUI) thread waits for the center: opens it now if that was to wait
        for the first paint, which that call would hold up."""

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def calendar(self) -> BusinessHours:
        return self._calendar

    @property
    def events(self) -> EventBus:
        return self._events

    @property
    def session(self) -> OperatorSession | None:
        return self._service.session if self._service is not None else self._session

    @property
    def is_open(self) -> bool:
        return self._service is not None

    def demo_sessions(self) -> tuple[OperatorSession, ...]:
        return ()  # a district's console: the demo opens its center first

    def load_live_state(self, *, first_screen: bool = False) -> LiveState:
        if first_screen and self._service is None:
            return self.first
        return self.service().load_live_state(first_screen=first_screen)

    def opened(self, service: ConsoleService) -> None:
        """The center is open: its events are this service's from now on, and every waiting call goes on."""
        service.events.subscribe(DomainEvent, self._events.publish)
        self._service = service
        self._ready.set()

    def failed(self, error: BaseException) -> None:
        """The center could not open: every waiting and later call says so."""
        self._error = error
        self._ready.set()

    def service(self) -> ConsoleService:
        """The center's service, once it is open (waits until then)."""
        if not self._ready.is_set():
            if threading.current_thread() is threading.main_thread():
                self.start_opening()
            self._ready.wait()
        if self._service is None:
            raise ServiceUnavailable(f"the console could not open its center: {self._error}")
        return self._service

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._service is not None:
            return getattr(self._service, name)
        declared = inspect.getattr_static(ConsoleService, name, None)
        if declared is None or isinstance(declared, property) or not callable(declared):
            return getattr(self.service(), name)
        return functools.partial(self._call_when_open, name)

    def _call_when_open(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.service(), name)(*args, **kwargs)
