"""Case detail: the live countdown, the timeline and the actions of the current state only.

The dialog asks the service which actions the state allows and offers only
those. Enter does the next step only when that step cannot put a false entry in
the record (instruct, redirect, re-instruct); confirming, closing, cancelling
and escalating open a small step of their own (:mod:`ui.case_step_dialog`), and
instructing while the office is closed asks first (:mod:`ui.outside_hours_dialog`).
The window follows the change feed: the main window hands it fresh details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.window_interface import ActionResult, ConsoleService, ActionOutcome, ServiceUnavailable
from console.domain import EscalationState
from console.phone import display
from console.lifecycle_commands import AttemptParty
from console.views import CaseAction, CaseDetail, ContactReason
from ui.case_step_dialog import DELIBERATE_ACTIONS, CaseStepDialog
from ui.countdown import CountdownBoard
from ui.formatting import format_countdown, format_elapsed, format_moment
from ui.i18n import pick
from ui.labels import done_label, label
from ui.manual_call_dialog import ManualCallDialog
from ui.outside_hours_dialog import OutsideHoursDialog
from ui.people_text import decision_text, officer_short
from ui.table_view import make_table
from ui.timeline_table_model import TimelineTableModel
from ui.widgets import ERROR_STYLE, Retranslating, error_label

ACTION_ORDER = (
    CaseAction.INSTRUCT,
    CaseAction.REDIRECT,
    CaseAction.REINSTRUCT,
    CaseAction.RECORD_CONFIRMATION,
    CaseAction.CLOSE,
    CaseAction.ESCALATE,
    CaseAction.RECORD_MANUAL_CALL,
    CaseAction.ADD_NOTE,
    CaseAction.CANCEL,
    CaseAction.REOPEN,
)
PRIMARY = ACTION_ORDER[:5]
DEFAULT_PREFERENCE = (CaseAction.INSTRUCT, CaseAction.REDIRECT, CaseAction.REINSTRUCT)  # never a confirmation,
# a close, a cancel or an escalation: those are deliberate steps
NEEDS_REASON = frozenset({CaseAction.REOPEN, CaseAction.ADD_NOTE})
ENDS_CASE = frozenset({CaseAction.CLOSE, CaseAction.CANCEL})
DONE_STYLE = "color: #1e4620;"
TIMELINE_WIDTHS = (140, 100, 220, 200)
PRESENCE_EVERY_TICKS = 60  # the other desks see this case open while the window refreshes its presence


class CaseDialog(Retranslating, QDialog):
    action_performed = Signal(object, object)  # CaseAction, ActionResult
    step_opened = Signal(object)  # the CaseStepDialog or OutsideHoursDialog now asking

    def __init__(self, service: ConsoleService, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_dialog")
        self.resize(900, 600)
        self._service = service
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._board = CountdownBoard(service.calendar)
        self.heading = QLabel(self)
        self.heading.setObjectName("case_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("case_countdown")
        self.countdown.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.people = QLabel(self)
        self.people.setObjectName("case_people")
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.availability = QLabel(self)
        self.availability.setObjectName("case_availability")
        self.availability.setWordWrap(True)
        self.timeline_model = TimelineTableModel(self)
        self.timeline = make_table("case_timeline", self.timeline_model, TIMELINE_WIDTHS, self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("case_reason")
        self.message = error_label(self, "case_message")
        self.step: QDialog | None = None
        self._focus_next_render = True
        self.buttons: dict[CaseAction, QPushButton] = {}
        primary, secondary = QHBoxLayout(), QHBoxLayout()
        primary.addStretch(1)
        secondary.addStretch(1)
        for action in ACTION_ORDER:
            button = QPushButton(self)
            button.setObjectName(f"action_{action.value}_button")
            button.setAutoDefault(False)
            button.clicked.connect(self._trigger(action))
            self.buttons[action] = button
            (primary if action in PRIMARY else secondary).addWidget(button)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("case_close_window_button")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        reason_row = QHBoxLayout()
        self._reason_label = QLabel(self)
        reason_row.addWidget(self._reason_label)
        reason_row.addWidget(self.reason, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.countdown)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.people)
        layout.addWidget(self.availability)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(reason_row)
        layout.addLayout(secondary)
        layout.addLayout(primary)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._ticks = 0
        self.retranslate()
        self.reload()
        service.case_opened(case_id)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._service.case_left(self.case_id)
        super().done(result)

    # -- data
    def reload(self) -> None:
        try:
            detail = self._service.case_detail(self.case_id)
        except ServiceUnavailable:
            self.message.setText(label(ActionOutcome.UNAVAILABLE))  # what is on screen and typed stays as it is
            return
        self.show_detail(detail)

    def show_detail(self, detail: CaseDetail | None) -> None:
        """The case as it is now: after an action here, or when the change feed says it moved."""
        if detail is not None and detail.row.case_id != self.case_id:
            return  # a load for the case this window showed before a redirect
        self.detail = detail
        if self.detail is None:
            self.message.setText(label(ActionOutcome.NOT_FOUND))
            for button in self.buttons.values():
                button.hide()
            return
        now = self._service.clock.now()
        self._board.reset((self.detail.row,), now)
        self.timeline_model.set_rows(self.detail.timeline)
        self.timeline.scrollToBottom()
        self._render()

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks % PRESENCE_EVERY_TICKS == 0:
            self._service.case_opened(self.case_id)
        if self.detail is None:
            return
        self._board.tick(self._service.clock.now())
        self._render_countdown()

    def _render(self) -> None:
        detail = self.detail
        if detail is None:
            return
        row = detail.row
        self.setWindowTitle(self.tr("Case %1").replace("%1", row.case_code))
        self.heading.setText(f"<span style='font-size:14pt'><b>{row.case_code}</b> · {label(row.state)}</span>")
        now = self._service.clock.now()
        called = format_moment(row.representative_called_at, now)
        since = format_elapsed((now - row.representative_called_at).total_seconds() / 60)
        representative = f"{pick(row.representative_name_en, row.representative_name_hi)} ({label(row.representative_kind)})"
        self.people.setText(
            self.tr("Representative: %1 · %2 — called the officer at %3 (%4 ago)")
            .replace("%1", representative)
            .replace("%2", display(detail.representative_number))
            .replace("%3", called)
            .replace("%4", since)
            + "\n"
            + self.tr("Officer: %1").replace("%1", officer_short(detail.officer))
            + ("\n" + self.tr("Also open at another desk: %1").replace("%1", ", ".join(row.open_by))
               if row.open_by else "")
        )
        self.availability.setText(decision_text(detail.availability))
        allowed = detail.allowed_actions
        default = next((a for a in DEFAULT_PREFERENCE if a in allowed), None)
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            button.setDefault(action is default)
        self._render_countdown()
        if self._focus_next_render:
            self._focus_next_render = False
            (self.buttons[default] if default is not None else self.timeline).setFocus()

    def _render_countdown(self) -> None:
        if self.detail is None:
            return
        remaining = self._board.remaining(0)
        kind = self.detail.row.deadline_kind
        if remaining is None or kind is None:
            self.countdown.setText("")
            return
        text = f"{format_countdown(remaining)} · {label(kind)}"
        if remaining > 0 and not self._board.office_open and self._board.resumes_at and self._board.now:
            text += " · " + self.tr("paused, resumes %1").replace("%1", format_moment(self._board.resumes_at, self._board.now))
        self.countdown.setText(text)
        self.countdown.setStyleSheet(
            "font-size: 15pt; font-weight: bold; color: %s;" % ("#c62828" if remaining <= 0 else "#1e3a5f")
        )

    # -- words
    def retranslate(self) -> None:
        for action, button in self.buttons.items():
            button.setText(label(action))
        self.close_button.setText(self.tr("Close window (Esc)"))
        self._reason_label.setText(self.tr("Note / reason"))
        self.reason.setPlaceholderText(self.tr("A note to add, or why the case is reopened"))
        self.timeline_model.retranslate()
        self._render()

    # -- actions
    def _trigger(self, action: CaseAction) -> Callable[[], None]:
        return lambda: self.perform(action)

    def perform(self, action: CaseAction) -> ActionResult | None:
        """Do ``action``; a deliberate one (or instructing while the office is closed) first opens its step."""
        detail = self.detail
        if detail is None:
            return None
        reason = self.reason.text().strip()
        if action in NEEDS_REASON and not reason:
            self.message.setText(self.tr("Write the reason or note first."))
            self.reason.setFocus()
            return None
        if action in DELIBERATE_ACTIONS:
            self._open_step(CaseStepDialog(action, detail, self._service.clock, reason, self))
            return None
        if action is CaseAction.INSTRUCT and not self._service.calendar.is_open(self._service.clock.now()):
            self.offer_outside_hours()
            return None
        if action is CaseAction.RECORD_MANUAL_CALL:
            return self._record_manual_call(detail)
        return self._finish(action, self._call(action, detail.row.case_id, detail.row.version, reason))

    def instruct_after_log(self) -> str:
        """Ctrl+Enter in the complaint: instruct now if the rule allows, ask if the office is closed, else say why
        not; returns what happened, for the status bar."""
        detail = self.detail
        if detail is None:
            return ""
        if CaseAction.INSTRUCT in detail.allowed_actions:
            result = self.perform(CaseAction.INSTRUCT)
            if result is None:  # the office is closed: the operator chooses in the step now open
                return self.tr("The office is closed: choose whether to instruct now.")
            return self.message.text()
        row = detail.row
        if detail.availability.reason is not ContactReason.ON_DUTY:
            text = self.tr("Not instructed: the officer is away. Send the representative to the alternate.")
        elif row.state is EscalationState.WAITING and row.deadline_at is not None:
            text = self.tr("Not instructed yet: the officer's ten minutes run until %1; instruct then.").replace(
                "%1", format_moment(row.deadline_at, self._service.clock.now()))
        else:
            text = label(ActionOutcome.NOT_ALLOWED)
        self.message.setText(text)
        return text

    def offer_outside_hours(self) -> OutsideHoursDialog | None:
        """The office is closed: say when the rule resumes, and let the operator instruct now or leave it."""
        detail = self.detail
        if detail is None or CaseAction.INSTRUCT not in detail.allowed_actions:
            return None
        clock = self._service.clock
        dialog = OutsideHoursDialog(self._service.calendar.next_opening(clock.now()), clock.now(), self)
        self._open_step(dialog)
        return dialog

    def _open_step(self, dialog: CaseStepDialog | OutsideHoursDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code, opened=dialog: self._on_step_finished(opened, code))
        self.step = dialog
        dialog.open()
        dialog.activateWindow()
        self.step_opened.emit(dialog)

    def _on_step_finished(self, dialog: CaseStepDialog | OutsideHoursDialog, code: int) -> None:
        if self.step is dialog:
            self.step = None
        detail = self.detail
        if code != QDialog.DialogCode.Accepted or detail is None:
            self.message.setText(self.tr("Nothing was recorded.") if code != QDialog.DialogCode.Accepted else "")
            return
        case_id, version = detail.row.case_id, detail.row.version
        if isinstance(dialog, OutsideHoursDialog):
            if dialog.instruct_now:
                self._finish(CaseAction.INSTRUCT, self._service.instruct(case_id, version))
            else:
                self.message.setStyleSheet(DONE_STYLE)
                self.message.setText(dialog.left_text())
            return
        answer = dialog.answer()
        service = self._service
        if dialog.action is CaseAction.RECORD_CONFIRMATION:
            assert answer.source is not None
            result = service.record_confirmation(case_id, version, answer.source, answer.text, answer.at)
        else:
            result = self._call(dialog.action, case_id, version, answer.text)
        self._finish(dialog.action, result)

    def _record_manual_call(self, detail: CaseDetail) -> ActionResult | None:
        numbers = {AttemptParty.OFFICER: detail.officer.official_number, AttemptParty.REPRESENTATIVE: detail.representative_number}
        if detail.availability.contact is not None and detail.availability.contact.officer_id != detail.officer.officer_id:
            numbers[AttemptParty.ALTERNATE] = detail.availability.contact.official_number
        dialog = ManualCallDialog(self._service.clock, numbers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._finish(CaseAction.RECORD_MANUAL_CALL, self._service.record_manual_call(detail.row.case_id,
                                                                                            dialog.call()))

    def _finish(self, action: CaseAction, result: ActionResult) -> ActionResult:
        self.action_performed.emit(action, result)
        if not result.succeeded:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self._refusal_text(result))
            if result.outcome is ActionOutcome.UNAVAILABLE:
                return result  # nothing was saved: the case as shown and the text typed stay for the retry
        else:
            self.message.setStyleSheet(DONE_STYLE)  # what was done, not an error
            self.message.setText(done_label(action))
            if action in NEEDS_REASON or action in DELIBERATE_ACTIONS:
                self.reason.clear()
            if action is CaseAction.REDIRECT and result.case_id is not None:
                self.case_id = result.case_id  # follow the new case against the alternate
            if action in ENDS_CASE:
                self.accept()  # the case left the queue: nothing more to do here
                return result
        self._focus_next_render = True
        self.reload()
        return result

    def _refusal_text(self, result: ActionResult) -> str:
        """The refusal and, when another desk won the race, who changed the case, when, and to what."""
        text = label(result.outcome)
        conflict = result.conflict
        if conflict is not None and result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
            text += " " + (self.tr("%1 changed it at %2; it is now %3. Your text is kept.")
                           .replace("%1", conflict.actor)
                           .replace("%2", format_moment(conflict.at, self._service.clock.now()))
                           .replace("%3", label(conflict.state)))
        return text

    def _call(self, action: CaseAction, case_id: int, version: int, reason: str) -> ActionResult:
        service = self._service
        if action is CaseAction.INSTRUCT:
            return service.instruct(case_id, version)
        if action is CaseAction.REDIRECT:
            return service.redirect(case_id, version)
        if action is CaseAction.REINSTRUCT:
            return service.reinstruct(case_id, version)
        if action is CaseAction.ESCALATE:
            return service.escalate(case_id, version)
        if action is CaseAction.CLOSE:
            return service.close(case_id, version, reason)
        if action is CaseAction.CANCEL:
            return service.cancel(case_id, version, reason)
        if action is CaseAction.REOPEN:
            return service.reopen(case_id, version, reason)
        return service.add_note(case_id, reason)

