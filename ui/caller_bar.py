"""Caller ID in the window: who rings the center's line, and what one key does about it.

A representative's call opens the new complaint with them filled in when the
operator is free (no dialog open, the window in front); otherwise the bar above
the queue offers it (F6), so nothing typed elsewhere is interrupted. An officer
ringing about a case that awaits their callback is offered "record callback"
(F7): it opens the case's confirmation step with the officer and the call's
time filled in, and only the operator's Enter there writes the record.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from console.phone import display
from console.views import IncomingCaller
from ui.formatting import format_moment
from ui.people_text import officer_short, representative_line
from ui.widgets import Retranslating, push_button

COMPLAINT_KEY = "F6"
CALLBACK_KEY = "F7"


class CallerBar(Retranslating, QFrame):
    complaint_requested = Signal(object)  # IncomingCaller: a new complaint for the calling representative
    callback_requested = Signal(object)  # IncomingCaller: record the calling officer's callback

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caller_bar")
        self.setStyleSheet("#caller_bar { background: #fff4c2; border: 1px solid #d8b400; border-radius: 3px; }")
        self.caller: IncomingCaller | None = None
        self._now: datetime | None = None
        self._complaint_opened = False
        self.text = QLabel(self)
        self.text.setObjectName("caller_text")
        self.text.setWordWrap(True)
        self.complaint_button = push_button(self, "caller_complaint_button")
        self.complaint_button.clicked.connect(lambda: self._request(self.complaint_requested))
        self.callback_button = push_button(self, "caller_callback_button")
        self.callback_button.clicked.connect(lambda: self._request(self.callback_requested))
        self.dismiss_button = push_button(self, "caller_dismiss_button")
        self.dismiss_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.text, 1)
        for button in (self.complaint_button, self.callback_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()
        self.retranslate()

    @property
    def offers_complaint(self) -> bool:
        return self.isVisible() and self.caller is not None and self.caller.representative is not None

    @property
    def offers_callback(self) -> bool:
        return self.isVisible() and self.caller is not None and self.caller.callback_case_id is not None

    def offer(self, caller: IncomingCaller, now: datetime, *, complaint_opened: bool = False) -> None:
        """Show who is calling; ``complaint_opened``: the complaint is already open for them (no button for it)."""
        self.caller = caller
        self._now = now
        self._complaint_opened = complaint_opened
        self.show()
        self.retranslate()

    def clear(self) -> None:
        self.caller = None
        self.hide()

    def _request(self, signal: SignalInstance) -> None:
        caller = self.caller
        if caller is not None:
            signal.emit(caller)

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.complaint_button.setText(self.tr("New complaint for them (%1)").replace("%1", COMPLAINT_KEY))
        self.callback_button.setText(self.tr("Record the callback (%1)").replace("%1", CALLBACK_KEY))
        caller = self.caller
        if caller is None or self._now is None:
            self.text.clear()
            return
        when = format_moment(caller.at, self._now)
        parts: list[str] = []
        if caller.representative is not None:
            who = representative_line(caller.representative)[0]
            parts.append(self.tr("%1 is calling the center (%2).").replace("%1", who).replace("%2", when))
            if self._complaint_opened:
                parts.append(self.tr("A new complaint is open with them filled in."))
        if caller.officer is not None:
            parts.append(self.tr("Officer %1 is calling the center (%2).").replace("%1", officer_short(caller.officer))
                         .replace("%2", when))
            if caller.callback_case_id is not None:
                parts.append(self.tr("Case %1 awaits their callback.").replace("%1", caller.callback_case_code))
            else:
                parts.append(self.tr("No open case of theirs awaits a callback."))
        if not parts:
            number = display(caller.number) if caller.number else self.tr("a withheld number")
            parts.append(self.tr("%1 is calling the center (%2); the number is not in the roster.")
                         .replace("%1", number).replace("%2", when))
        self.text.setText(" ".join(parts))
        self.complaint_button.setVisible(caller.representative is not None
                                         and not self._complaint_opened)
        self.callback_button.setVisible(caller.callback_case_id is not None)
