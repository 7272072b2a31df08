"""One typed bus for what happened: domain events, published after the change is committed.

The Electrum pattern: the core publishes plain, frozen events; the window
bridges them once into Qt (:mod:`ui.qt_bridge`) and each listener refreshes
only what the event names (a case row, an officer, a modem). Writes of this
process arrive from the storage's commit hook with the rows they touched;
writes of other processes arrive through the change feed, which knows only a
topic, so their events carry ``None`` for "some row of this kind".

Handlers run on the publisher's thread (a worker, a modem's reader, the feed's
thread); an exception in one is logged and never reaches the publisher nor
stops the other handlers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from console.views import IncomingCaller

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DomainEvent:
    """The base of every event; subscribing to it hears them all."""


@dataclass(frozen=True)
class CaseChanged(DomainEvent):
    """A case's row or timeline changed; ``case_id`` None: some case (another workstation's write)."""

    case_id: int | None = None


@dataclass(frozen=True)
class OutboxChanged(DomainEvent):
    """An outbox row (a call or SMS) was queued, sent, answered, delivered, failed or withdrawn."""

    outbox_id: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class OutboxQueued(DomainEvent):
    """Rows were queued to send (or an operator sent one again): a dispatcher of this process claims now.

    Published by the desk after the commit, once per write, after that write's :class:`OutboxChanged`; the
    dispatcher's own writes never publish it, so waking on it cannot feed itself. Other processes' rows
    arrive as :class:`OutboxChanged` through the feed.
    """

    outbox_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class IncomingReceived(DomainEvent):
    """An incoming SMS or missed call was recorded."""

    incoming_id: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class RosterChanged(DomainEvent):
    """Officers, representatives or availability periods changed; ``officer_id`` when one officer's did."""

    officer_id: int | None = None


@dataclass(frozen=True)
class CalendarChanged(DomainEvent):
    """The district's own holidays or compensatory working days changed."""


@dataclass(frozen=True)
class UsersChanged(DomainEvent):
    """Accounts changed (or someone signed in or out)."""


@dataclass(frozen=True)
class PresenceChanged(DomainEvent):
    """Who has which case open changed; ``case_id`` when known."""

    case_id: int | None = None


@dataclass(frozen=True)
class ModemChanged(DomainEvent):
    """A modem of this process changed state (ready, lost, registered, busy)."""

    name: str = ""


@dataclass(frozen=True)
class CallerIdentified(DomainEvent):
    """Someone rings a center line the modems watch: who the register says it is (nothing is written)."""

    number: str | None
    representative_id: int | None
    officer_id: int | None
    modem_name: str
    at: datetime


@dataclass(frozen=True)
class CallerLookedUp(DomainEvent):
    """The caller as the window shows it: the representative, or the officer and the case awaiting a callback."""

    caller: IncomingCaller


@dataclass(frozen=True)
class CallAnswered(DomainEvent):
    """An instruction call on a modem in operator mode was answered: the operator speaks now."""

    outbox_id: int
    at: datetime


@dataclass(frozen=True)
class EngineReport(DomainEvent):
    """What one of the desk's engines did, told after the commit whose own events (:class:`CaseChanged`,
    :class:`OutboxChanged`, :class:`IncomingReceived`) already named each row it changed: for the engines' own
    listeners (``samvad-setu dispatch`` prints them); a listener that shows rows has nothing more to read."""


@dataclass(frozen=True)
class EnginesFailed(DomainEvent):
    """The desk's engines stopped for good (the database file was deleted or replaced under them)."""

    reason: str


E = TypeVar("E", bound=DomainEvent)
Handler = Callable[[E], None]
Unsubscribe = Callable[[], None]


class EventBus:
    """``subscribe(EventType, handler) -> unsubscribe``; ``publish(event)`` calls every handler of its type.

    A handler subscribed to a base class hears its subclasses too. Safe from any thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: list[tuple[type[DomainEvent], Callable[[DomainEvent], None]]] = []

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> Unsubscribe:
        entry = (kind, handler)
        with self._lock:
            self._handlers = [*self._handlers, entry]  # type: ignore[list-item]

        def unsubscribe() -> None:
            with self._lock:
                self._handlers = [other for other in self._handlers if other is not entry]

        return unsubscribe

    def publish(self, event: DomainEvent) -> None:
        with self._lock:
            handlers = self._handlers
        for kind, handler in handlers:
            if isinstance(event, kind):
                try:
                    handler(event)
                except Exception:
                    log.exception("a handler of %s failed", type(event).__name__)

    def publish_all(self, events: list[DomainEvent] | tuple[DomainEvent, ...]) -> None:
        for event in events:
            self.publish(event)
