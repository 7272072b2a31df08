"""The outbox buttons of the modem panel (retry, cancel, resolve, resend the missing parts) written to the service.

Each decision is written off the GUI thread while the outbox buttons wait; the
outcome is said in the status bar, and an unreachable database starts the
window's reconnecting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from console.window_interface import ActionOutcome, ActionResult
from ui.labels import label
from ui.operation import op

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class OutboxActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        service, panel = window.service, window.modem_panel
        panel.retry_requested.connect(lambda i: self._write(lambda: service.retry_outbox(i)))
        panel.cancel_requested.connect(lambda i: self._write(lambda: service.cancel_outbox(i)))
        panel.resolve_requested.connect(lambda i, sent: self._write(lambda: service.resolve_uncertain(i, sent)))
        panel.resend_missing_requested.connect(lambda i: self._write(lambda: service.resend_missing_parts(i)))

    def _write(self, write: Callable[[], ActionResult]) -> None:
        """An outbox button's decision, written off the GUI thread; the buttons wait for it."""
        panel = self._window.modem_panel
        op(panel, write).busy(*panel.outbox_buttons()).success(self._on_written).failure(self._on_failed).run()

    def _on_failed(self, text: str, _error: BaseException) -> None:
        self._window.status.showMessage(text, 10000)
        self._window.modem_panel.refresh_buttons()

    def _on_written(self, result: ActionResult) -> None:
        self._window.status.showMessage(label(result.outcome), 6000)
        self._window.modem_panel.refresh_buttons()
        if result.outcome is ActionOutcome.UNAVAILABLE:
            self._window.database_lost()
