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
from datetime import datetime

import shiboken6

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

from console.window_interface import ActionResult, ConsoleService, ActionOutcome
from console.domain import EscalationState
from console.phone import display
from console.lifecycle_commands import AttemptParty
from console.views import CaseAction, CaseDetail, ConfirmationSource, ContactReason
from ui.case_step_dialog import DELIBERATE_ACTIONS, CaseStepDialog
from ui.countdown import CountdownBoard
from ui.formatting import format_countdown, format_elapsed, format_moment
from ui.i18n import pick
from ui.labels import done_label, label
from ui.manual_call_dialog import ManualCallDialog
from ui.operation import op, runner_for
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
    detail_shown = Signal()  # a fresh load of the case is on screen
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
        self.close_button.clicked.connect(self.leave)
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
        self._when_loaded: list[Callable[[], None]] = []  # what waits for the case to be on screen
        self.writing = 0  # writes in flight
        self.retranslate()
        self.reload()
        op(self, lambda: service.case_opened(case_id)).run()

    def leave(self) -> None:
        """Esc or "Close window": not while a write is in flight, whose answer (and a refusal's kept text) would
        otherwise go unseen; the window closing or a sign-out still closes it (:meth:`done`)."""
        if self.writing:
            return
        self.accept()

    def reject(self) -> None:  # Esc
        if not self.writing:
            super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        tasks, service, case_id = runner_for(self), self._service, self.case_id
        if not tasks.closed:
            tasks.run(lambda: service.case_left(case_id), lambda _none: None)
        super().done(result)

    # -- data
    def reload(self) -> None:
        """Load the case off the GUI thread; when the database is out of reach, what is shown and typed stays."""
        service, case_id = self._service, self.case_id
        op(self, lambda: service.case_detail(case_id)).success(self.show_detail).failure(self._on_load_failed).run()

    def _on_load_failed(self, text: str, _error: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

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
        self.detail_shown.emit()
        waiting, self._when_loaded = self._when_loaded, []
        for step in waiting:
            step()

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks % PRESENCE_EVERY_TICKS == 0:
            service, case_id = self._service, self.case_id
            op(self, lambda: service.case_opened(case_id)).run()
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

    def perform(self, action: CaseAction) -> None:
        """Do ``action``; a deliberate one (or instructing while the office is closed) first opens its step.

        The write runs off the GUI thread; :attr:`action_performed` tells when it is done."""
        detail = self.detail
        if detail is None:
            return
        reason = self.reason.text().strip()
        if action in NEEDS_REASON and not reason:
            self.message.setText(self.tr("Write the reason or note first."))
            self.reason.setFocus()
            return
        if action in DELIBERATE_ACTIONS:
            self._open_step(CaseStepDialog(action, detail, self._service.clock, reason, self))
            return
        if action is CaseAction.INSTRUCT and not self._service.calendar.is_open(self._service.clock.now()):
            self.offer_outside_hours()
            return
        if action is CaseAction.RECORD_MANUAL_CALL:
            self._record_manual_call(detail)
            return
        self._write(action, lambda case_id, version: self._call(action, case_id, version, reason))

    def instruct_after_log(self, told: Callable[[str], None]) -> None:
        """Ctrl+Enter in the complaint: instruct now if the rule allows, ask if the office is closed, else say why
        not; ``told`` gets what happened (for the status bar) once the case is loaded and the instruction done."""
        self._once_loaded(lambda: self._instruct_after_log(told))

    def record_callback(self, at: datetime) -> None:
        """Caller ID: the officer rang at ``at``. The confirmation step opens, told by the officer at that time;
        only the operator's Enter there writes it."""
        self._once_loaded(lambda: self._offer_callback(at))

    def _offer_callback(self, at: datetime) -> None:
        detail = self.detail
        if detail is None or self.step is not None:
            return
        if CaseAction.RECORD_CONFIRMATION not in detail.allowed_actions:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(label(ActionOutcome.NOT_ALLOWED))
            return
        self._open_step(CaseStepDialog(CaseAction.RECORD_CONFIRMATION, detail, self._service.clock,
                                       self.reason.text().strip(), self, told_by=ConfirmationSource.OFFICER, at=at))

    def _once_loaded(self, step: Callable[[], None]) -> None:
        """Run ``step`` now if the case is on screen, else as soon as its load arrives."""
        if self.detail is None or self.detail.row.case_id != self.case_id:
            self._when_loaded.append(step)
            return
        step()

    def _instruct_after_log(self, told: Callable[[str], None]) -> None:
        detail = self.detail
        if detail is None:
            return
        if CaseAction.INSTRUCT in detail.allowed_actions:
            if not self._service.calendar.is_open(self._service.clock.now()):
                self.offer_outside_hours()  # the operator chooses in the step now open
                told(self.tr("The office is closed: choose whether to instruct now."))
                return
            self._write(CaseAction.INSTRUCT, self._service.instruct, told=lambda _result: told(self.message.text()))
            return
        row = detail.row
        if detail.availability.reason is not ContactReason.ON_DUTY:
            text = self.tr("Not instructed: the officer is away. Send the representative to the alternate.")
        elif row.state is EscalationState.WAITING and row.deadline_at is not None:
            text = self.tr("Not instructed yet: the officer's ten minutes run until %1; instruct then.").replace(
                "%1", format_moment(row.deadline_at, self._service.clock.now()))
        else:
            text = label(ActionOutcome.NOT_ALLOWED)
        self.message.setText(text)
        told(text)

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
        if isinstance(dialog, CaseStepDialog):
            dialog.write = lambda step=dialog: self._write_step(step)
        self.step = dialog
        dialog.open()
        dialog.activateWindow()
        self.step_opened.emit(dialog)

    def _on_step_finished(self, dialog: CaseStepDialog | OutsideHoursDialog, code: int) -> None:
        if self.step is dialog:
            self.step = None
        if code != QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Nothing was recorded."))
            return
        if isinstance(dialog, OutsideHoursDialog):
            if dialog.instruct_now:
                self._write(CaseAction.INSTRUCT, self._service.instruct)
            else:
                self.message.setStyleSheet(DONE_STYLE)
                self.message.setText(dialog.left_text())
        # a CaseStepDialog closes only after its write succeeded (see _write_step)

    def _write_step(self, step: CaseStepDialog) -> None:
        """The step's write; the step stays open, with what was typed, until the write succeeded."""
        answer, action = step.answer(), step.action  # read here, on the GUI thread
        service = self._service
        if action is CaseAction.RECORD_CONFIRMATION:
            assert answer.source is not None
            source = answer.source

            def write(case_id: int, version: int) -> ActionResult:
                return service.record_confirmation(case_id, version, source, answer.text, answer.at)
        else:
            def write(case_id: int, version: int) -> ActionResult:
                return self._call(action, case_id, version, answer.text)

        def done(result: ActionResult | None) -> None:
            if not shiboken6.isValid(step):
                return
            if result is None or not result.succeeded:
                step.message.setText(self.message.text())
            if result is not None and result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
                step.decided_on = None  # the operator has read what changed: Enter again acts on the case as shown
            step.written(result is not None and result.succeeded)

        self._write(action, write, told=done, busy=(step.do_button, step.back_button), seen=step.decided_on)

    def _record_manual_call(self, detail: CaseDetail) -> None:
        numbers = {AttemptParty.OFFICER: detail.officer.official_number, AttemptParty.REPRESENTATIVE: detail.representative_number}
        if detail.availability.contact is not None and detail.availability.contact.officer_id != detail.officer.officer_id:
            numbers[AttemptParty.ALTERNATE] = detail.availability.contact.official_number
        dialog = ManualCallDialog(self._service.clock, numbers, self)
        service = self._service

        def done(result: ActionResult | None) -> None:
            if result is None or not result.succeeded:
                dialog.message.setText(self.message.text())
            dialog.written(result is not None and result.succeeded)

        def write() -> None:
            call = dialog.call()  # read from the widgets here, on the GUI thread
            self._write(CaseAction.RECORD_MANUAL_CALL,
                        lambda case_id, _version: service.record_manual_call(case_id, call), told=done, busy=())

        dialog.write = write
        dialog.exec()

    def _write(
        self,
        action: CaseAction,
        write: Callable[[int, int], ActionResult],
        *,
        told: Callable[[ActionResult | None], None] | None = None,
        busy: tuple[QWidget, ...] | None = None,
        seen: CaseDetail | None = None,
    ) -> None:
        """Run ``write(case_id, version)`` on the case as shown (or as ``seen`` when the operator decided in a step),
        off the GUI thread, its buttons disabled meanwhile; ``told`` hears the result (None: the call failed, and the
        message says so). A case changed meanwhile elsewhere is refused as stale, never overwritten."""
        detail = seen or self.detail
        if detail is None:
            return
        case_id, version = detail.row.case_id, detail.row.version

        def succeeded(result: ActionResult) -> None:
            self.writing -= 1
            self._finish(action, result)
            if told is not None:
                told(result)

        def failed(text: str, _error: BaseException) -> None:
            self.writing -= 1
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(text)  # nothing is known to be saved: the text typed stays for the retry
            if told is not None:
                told(None)

        buttons = tuple(self.buttons.values()) + (busy or ())
        self.writing += 1
        op(self, lambda: write(case_id, version)).busy(*buttons).success(succeeded).failure(failed).run()

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

