"""Service calls off the GUI thread, results back on it (Anki's taskman, in small).

One worker keeps the service's calls in order; the result or the error comes
back through :class:`ui.qt_bridge.CallbackBridge`, so callers never touch
threads and no widget is touched off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from ui.qt_bridge import CallbackBridge

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-service")
        self._bridge = CallbackBridge(self)
        self.pending = 0
        self._closed = False

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        self.pending += 1

        def finished(future: Future[T]) -> None:
            def deliver() -> None:
                self.pending -= 1
                if self._closed or future.cancelled():
                    return  # the window is closing: nobody is left to show the result
                error = future.exception()
                if error is None:
                    on_success(future.result())
                elif on_failure is not None:
                    on_failure(error)
                else:
                    log.error("background task failed", exc_info=error)

            if not self._closed:
                self._bridge.post(deliver)

        if self._closed:
            raise RuntimeError("the task runner is shut down")
        future = self._executor.submit(work)
        future.add_done_callback(finished)
        return future

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
