"""Caller ID in the window: someone rings the center, and what the window opens or offers for them.

A representative gets the complaint opened when the operator is free;
otherwise, and for an officer's callback, the caller bar above the queue
offers it (F6, F7). Nothing is written until the operator acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from console.views import IncomingCaller

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CallerOffers(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.caller_bar.complaint_requested.connect(lambda _caller: self.complaint_for_caller())
        window.caller_bar.callback_requested.connect(lambda _caller: self.callback_for_caller())

    def on_caller(self, caller: IncomingCaller) -> None:
        """Someone rings the center. A representative gets the complaint opened for them when the operator is free;
        otherwise, and for an officer's callback, the bar above the queue offers it (F6, F7): nothing is written."""
        window = self._window
        opened = caller.representative is not None and self._operator_free()
        if opened:
            window.new_complaint(caller.representative)
        window.caller_bar.offer(caller, window.service.clock.now(), complaint_opened=opened)

    def _operator_free(self) -> bool:
        """Nothing would be interrupted: someone is signed in, the window is in front and no dialog is open."""
        window = self._window
        return (window.service.session is not None and QApplication.activeModalWidget() is None
                and QApplication.activeWindow() is window and window.complaint_dialog is None
                and not window.case_dialogs and window.reports_window is None)

    def complaint_for_caller(self) -> None:
        """F6: the new complaint, the calling representative filled in (one complaint dialog at a time)."""
        window = self._window
        caller = window.caller_bar.caller
        if not window.caller_bar.offers_complaint or caller is None or caller.representative is None:
            return
        if window.complaint_dialog is not None:
            window.complaint_dialog.raise_()
            window.complaint_dialog.activateWindow()
            return
        window.new_complaint(caller.representative)
        window.caller_bar.offer(caller, window.service.clock.now(), complaint_opened=True)

    def callback_for_caller(self) -> None:
        """F7: the calling officer's case, its confirmation step filled in; Enter there records it."""
        window = self._window
        caller = window.caller_bar.caller
        if not window.caller_bar.offers_callback or caller is None or caller.callback_case_id is None:
            return
        window.caller_bar.clear()
        window.open_case(caller.callback_case_id).record_callback(caller.at)
