"""One service call off the GUI thread, told as it goes (Anki's ``CollectionOp``, in small).

    op(self, lambda: service.instruct(case_id, version)).busy(button).success(self._finish).run()

The call runs on the window's :class:`ui.tasks.TaskRunner` (one worker: the
window's writes keep their order); the widgets named by ``busy`` are disabled
while it runs and enabled again after; the result or the failure comes back on
the GUI thread. A failure reaches ``failure`` as one line an operator can read
(the database out of reach, or a failure the log explains), never a traceback;
without ``failure`` it goes to the window's status bar. When the widget that
started the call is gone by the time it ends (its window closed), nothing is
shown, but the call itself has run to its end: a write is never cut half-way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from console.window_interface import ActionOutcome, ServiceUnavailable
from ui.labels import label
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")


def runner_for(widget: QObject) -> TaskRunner:
    """The task runner of the window ``widget`` sits in (its first ancestor holding one)."""
    node: QObject | None = widget
    while node is not None:
        tasks = getattr(node, "tasks", None)
        if isinstance(tasks, TaskRunner):
            return tasks
        node = node.parent()
    raise LookupError(f"{widget.objectName() or type(widget).__name__} is not inside a window with a task runner")


def failure_text(error: BaseException) -> str:
    """What an operator reads when a call failed: one line, in the window's language."""
    if isinstance(error, ServiceUnavailable):
        return label(ActionOutcome.UNAVAILABLE)
    return label(ActionOutcome.FAILED)


class Operation(Generic[T]):
    def __init__(self, parent: QWidget, work: Callable[[], T]) -> None:
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[str, BaseException], None] | None = None
        self._busy: tuple[QWidget, ...] = ()

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[str, BaseException], None]) -> Operation[T]:
        """``callback(text, error)``: ``text`` is the one line to show; ``error`` says which failure it was."""
        self._on_failure = callback
        return self

    def busy(self, *widgets: QWidget) -> Operation[T]:
        """Disable these while the call runs (the button that started it, so a second press does not repeat it)."""
        self._busy = widgets
        return self

    def run(self) -> None:
        runner = runner_for(self._parent)
        if runner.closed:
            log.info("the window is closing: a service call was not started")
            return
        disabled = [widget for widget in self._busy if widget.isEnabled()]
        focus = QApplication.focusWidget()
        for widget in disabled:
            widget.setEnabled(False)

        def release() -> bool:
            """Enable what was disabled; False when the widget that asked is gone."""
            for widget in disabled:
                if shiboken6.isValid(widget):
                    widget.setEnabled(True)
            if focus is not None and focus in disabled and shiboken6.isValid(focus) and focus.isVisible():
                focus.setFocus()  # disabling took the keyboard away; give it back
            return shiboken6.isValid(self._parent)

        def succeeded(result: T) -> None:
            if release() and self._on_success is not None:
                self._on_success(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ServiceUnavailable):
                log.error("a service call failed", exc_info=error)
            if not release():
                return
            text = failure_text(error)
            if self._on_failure is not None:
                self._on_failure(text, error)
            else:
                show_in_status_bar(self._parent, text)

        runner.run(self._work, succeeded, failed)


def op(parent: QWidget, work: Callable[[], T]) -> Operation[T]:
    """A service call started from ``parent`` (a widget inside the main window)."""
    return Operation(parent, work)


def show_in_status_bar(widget: QWidget, text: str) -> None:
    window = widget.window()
    node: QObject | None = window
    while node is not None and not isinstance(node, QMainWindow):
        node = node.parent()
    if isinstance(node, QMainWindow):
        node.statusBar().showMessage(text, 10000)
    else:
        log.warning("%s", text)
