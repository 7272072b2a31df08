"""Plain callbacks from any thread, re-emitted as Qt signals on the GUI thread.

The domain's event bus (:mod:`console.events`) calls back on the publisher's
thread (a worker, a modem's reader, the change feed's); handlers must run on
the GUI thread. A signal emitted from another thread is
queued to the receiver's thread, so the bridge needs no locks of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from console.events import DomainEvent, EventBus, Unsubscribe

log = logging.getLogger(__name__)

E = TypeVar("E", bound=DomainEvent)


class EventBridge(QObject):
    """The domain's event bus, bridged once into Qt: every event is re-emitted on the GUI thread.

    Widgets subscribe to event types here (``bridge.subscribe(CaseChanged, handler)``); their handlers run on
    the GUI thread, in the order they subscribed, whatever thread published the event.
    """

    published = Signal(object)  # the DomainEvent

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: list[tuple[type[DomainEvent], Callable[[Any], None]]] = []
        self._detach: Unsubscribe | None = None
        self.published.connect(self._on_self_published)

    def attach(self, bus: EventBus) -> None:
        self.detach()
        self._detach = bus.subscribe(DomainEvent, self.published.emit)  # safe from any thread: only emits

    def detach(self) -> None:
        if self._detach is not None:
            self._detach()
            self._detach = None

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> None:
        """``handler(event)`` on the GUI thread for every event of type ``kind`` (subclasses too)."""
        self._handlers.append((kind, handler))

    def _on_self_published(self, event: object) -> None:
        failure: Exception | None = None
        for kind, handler in list(self._handlers):
            if isinstance(event, kind):
                try:
                    handler(event)
                except Exception as error:  # the other handlers still run; then Qt reports it
                    log.exception("a window handler of %s failed", type(event).__name__)
                    failure = failure or error
        if failure is not None:
            raise failure


class CallbackBridge(QObject):
    """Run any callable on the GUI thread (results of background work)."""

    called = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even when posted from the GUI thread itself: a task already finished when its callback is added
        # (``Future.add_done_callback`` then calls at once) must not deliver inside ``TaskRunner.run``, before the
        # caller has connected what waits for it (seen: a case window's first load shown before "opened" was wired).
        self.called.connect(self._on_self_called, Qt.ConnectionType.QueuedConnection)

    def post(self, function: Callable[[], None]) -> None:
        self.called.emit(function)

    def _on_self_called(self, function: object) -> None:
        assert callable(function)
        function()
