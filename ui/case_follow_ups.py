"""What the main window asks of a case window before its case is on screen, done as soon as it is.

Two asks: instruct right after the complaint was logged (Ctrl+Enter in the
complaint dialog), and the officer's callback seen by caller ID (F7), which
opens the confirmation step filled in; only the operator's Enter there writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from console.domain import EscalationState
from console.views import CaseAction, ConfirmationSource, ContactReason
from console.window_interface import ActionOutcome, ActionResult, ConsoleService
from ui.case_step_dialog import CaseStepDialog
from ui.formatting import format_moment
from ui.labels import label
from ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from ui.case_dialog import CaseDialog

OpenStep = Callable[[CaseStepDialog], None]
WriteInstruction = Callable[[Callable[[ActionResult | None], None]], None]


class CaseFollowUps(QObject):
    def __init__(self, dialog: CaseDialog, service: ConsoleService, open_step: OpenStep,
                 instruct: WriteInstruction) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._service = service
        self._open_step = open_step
        self._instruct = instruct  # writes the instruction on the case as shown, then tells its result
        self._waiting: list[Callable[[], None]] = []

    def loaded(self) -> None:
        """The case is on screen: what waited for it runs now."""
        waiting, self._waiting = self._waiting, []
        for step in waiting:
            step()

    def instruct_after_log(self, told: Callable[[str], None]) -> None:
        self._once_loaded(lambda: self._instruct_after_log(told))

    def record_callback(self, at: datetime) -> None:
        self._once_loaded(lambda: self._offer_callback(at))

    def _once_loaded(self, step: Callable[[], None]) -> None:
        """Run ``step`` now if the case is on screen, else as soon as its load arrives."""
        detail = self._dialog.detail
        if detail is None or detail.row.case_id != self._dialog.case_id:
            self._waiting.append(step)
            return
        step()

    def _offer_callback(self, at: datetime) -> None:
        dialog = self._dialog
        detail = dialog.detail
        if detail is None or dialog.step is not None:
            return
        if CaseAction.RECORD_CONFIRMATION not in detail.allowed_actions:
            dialog.message.setStyleSheet(ERROR_STYLE)
            dialog.message.setText(label(ActionOutcome.NOT_ALLOWED))
            return
        self._open_step(CaseStepDialog(CaseAction.RECORD_CONFIRMATION, detail, self._service.clock,
                                       dialog.reason.text().strip(), dialog, told_by=ConfirmationSource.OFFICER, at=at))

    def _instruct_after_log(self, told: Callable[[str], None]) -> None:
        dialog = self._dialog
        detail = dialog.detail
        if detail is None:
            return
        now = self._service.clock.now()
        if CaseAction.INSTRUCT in detail.allowed_actions:
            if not self._service.calendar.is_open(now):
                dialog.offer_outside_hours()  # the operator chooses in the step now open
                told(self.tr("The office is closed: choose whether to instruct now."))
                return
            self._instruct(lambda _result: told(dialog.message.text()))
            return
        row = detail.row
        if detail.availability.reason is not ContactReason.ON_DUTY:
            text = self.tr("Not instructed: the officer is away. Send the representative to the alternate.")
        elif row.state is EscalationState.WAITING and row.deadline_at is not None:
            text = self.tr("Not instructed yet: the officer's ten minutes run until %1; instruct then.").replace(
                "%1", format_moment(row.deadline_at, now))
        else:
            text = label(ActionOutcome.NOT_ALLOWED)
        dialog.message.setText(text)
        told(text)
