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
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.window_interface import ActionResult, ConsoleService, ActionOutcome
from console.views import CaseAction, CaseDetail
from ui.case_action_row import build_action_rows, call_service, default_action
from ui.case_follow_ups import CaseFollowUps
from ui.case_header import CaseHeader
from ui.case_step_dialog import DELIBERATE_ACTIONS, CaseStepDialog
from ui.countdown import CountdownBoard
from ui.formatting import format_moment
from ui.labels import done_label, label
from ui.manual_call_dialog import ManualCallDialog, numbers_called
from ui.operation import op, runner_for
from ui.outside_hours_dialog import OutsideHoursDialog
from ui.table_view import make_table
from ui.timeline_table_model import TimelineTableModel
from ui.widgets import ERROR_STYLE, Retranslating, error_label

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
        self.step: QDialog | None = None
        self._focus_next_render = True
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._ticks = 0
        self.follow_ups = CaseFollowUps(self, service, self._open_step, lambda told: self._write(
            CaseAction.INSTRUCT, service.instruct, told=told))
        self.writing = 0  # writes in flight
        self.retranslate()
        self.reload()
        op(self, lambda: service.case_opened(case_id)).run()

    def _build(self) -> None:
        """The header over the timeline, the note or reason, the two rows of actions and the close button."""
        self.header = CaseHeader(self)
        self.heading, self.countdown = self.header.heading, self.header.countdown
        self.people, self.availability = self.header.people, self.header.availability
        self.timeline_model = TimelineTableModel(self)
        self.timeline = make_table("case_timeline", self.timeline_model, TIMELINE_WIDTHS, self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("case_reason")
        self.message = error_label(self, "case_message")
        self.buttons, primary, secondary = build_action_rows(self, self._trigger)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("case_close_window_button")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.leave)
        reason_row = QHBoxLayout()
        self._reason_label = QLabel(self)
        reason_row.addWidget(self._reason_label)
        reason_row.addWidget(self.reason, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(reason_row)
        layout.addLayout(secondary)
        layout.addLayout(primary)
        layout.addLayout(bottom)

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
        self.follow_ups.loaded()

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
        self.setWindowTitle(self.tr("Case %1").replace("%1", detail.row.case_code))
        self.header.show_case(detail, self._service.clock.now())
        allowed = detail.allowed_actions
        default = default_action(allowed)
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            button.setDefault(action is default)
        self._render_countdown()
        if self._focus_next_render:
            self._focus_next_render = False
            (self.buttons[default] if default is not None else self.timeline).setFocus()

    def _render_countdown(self) -> None:
        if self.detail is not None:
            self.header.show_countdown(self._board, self.detail.row.deadline_kind)

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
        self._write(action, lambda case_id, version: call_service(self._service, action, case_id, version, reason))

    def instruct_after_log(self, told: Callable[[str], None]) -> None:
        """Ctrl+Enter in the complaint: instruct now if the rule allows, ask if the office is closed, else say why
        not; ``told`` gets what happened (for the status bar) once the case is loaded and the instruction done."""
        self.follow_ups.instruct_after_log(told)

    def record_callback(self, at: datetime) -> None:
        """Caller ID: the officer rang at ``at``. The confirmation step opens, told by the officer at that time;
        only the operator's Enter there writes it."""
        self.follow_ups.record_callback(at)

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
                return call_service(service, action, case_id, version, answer.text)

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
        dialog = ManualCallDialog(self._service.clock, numbers_called(detail), self)
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
