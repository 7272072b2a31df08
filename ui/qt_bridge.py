"""Plain callbacks from any thread, re-emitted as Qt signals on the GUI thread.

The service's change feed and the modem engine call back on their own threads;
handlers must run on the GUI thread. A signal emitted from another thread is
queued to the receiver's thread, so the bridge needs no locks of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from console.domain import Topic
from console.window_interface import ConsoleService, Unsubscribe
from console.views import IncomingCaller


class ChangeFeedBridge(QObject):
    changed = Signal(str)  # the Topic value that changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribes: list[Unsubscribe] = []

    def callback(self, topic: Topic) -> None:
        """Safe from any thread: only emits."""
        self.changed.emit(topic.value)

    def attach(self, service: ConsoleService, topics: tuple[Topic, ...] = tuple(Topic)) -> None:
        for topic in topics:
            self._unsubscribes.append(service.subscribe(topic, self.callback))

    def detach(self) -> None:
        while self._unsubscribes:
            self._unsubscribes.pop()()


class CallBridge(QObject):
    """An instruction call answered in operator mode (the service calls back on the modem's thread)."""

    answered = Signal(int)  # the outbox id

    def callback(self, outbox_id: int) -> None:
        """Safe from any thread: only emits."""
        self.answered.emit(outbox_id)


class CallerBridge(QObject):
    """Caller ID: the service tells on a modem's thread who rings; the window hears it on the GUI thread."""

    identified = Signal(object)  # IncomingCaller

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Unsubscribe | None = None

    def callback(self, caller: IncomingCaller) -> None:
        """Safe from any thread: only emits."""
        self.identified.emit(caller)

    def attach(self, service: ConsoleService) -> None:
        self._unsubscribe = service.subscribe_callers(self.callback)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


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
