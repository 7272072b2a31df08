"""Instructing while the office is closed: say so, say when the rule resumes, and let the operator choose.

The rule (instruct after ten business minutes, confirm within fifteen) holds only
on working days in office hours, so outside them a complaint waits. The center
may still want the officer told now (a representative's call on a Sunday): that
is an explicit choice, recorded as an instruction outside office hours and never
held against the officer. Leaving it is the default: it writes nothing more.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.formatting import format_resume
from ui.widgets import Retranslating, push_button


class OutsideHoursDialog(Retranslating, QDialog):
    def __init__(self, resumes_at: datetime, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outside_hours_dialog")
        self.setModal(True)
        self.resumes_at = resumes_at
        self._now = now
        self.instruct_now = False
        self.text = QLabel(self)
        self.text.setObjectName("outside_hours_text")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(440)
        self.instruct_button = push_button(self, "outside_hours_instruct_button")
        self.instruct_button.clicked.connect(self._on_instruct_button_clicked)
        self.leave_button = push_button(self, "outside_hours_leave_button", default=True)
        self.leave_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.instruct_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.retranslate()
        self.leave_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office closed"))
        self.text.setText(
            self.tr("The office is closed: the rule's clock is paused and resumes at %1. The case is logged and "
                    "waits.\n\nInstruct the officer now anyway? The SMS and the call go out now; the record shows "
                    "an instruction outside office hours, which is not counted against the officer.")
            .replace("%1", format_resume(self.resumes_at, self._now)))
        self.instruct_button.setText(self.tr("&Instruct now (outside office hours)"))
        self.leave_button.setText(self.tr("Leave it for the &next opening (Enter)"))

    def left_text(self) -> str:
        return self.tr("Left for the next opening: the clock resumes at %1.").replace(
            "%1", format_resume(self.resumes_at, self._now))

    def _on_instruct_button_clicked(self) -> None:
        self.instruct_now = True
        self.accept()
