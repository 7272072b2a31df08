"""Answered — speak now: the operator's prompt for an instruction call on a modem in ``operator`` mode.

While the call is up it says whom the operator speaks to, the case, a script to read (whom to call back, on which
number), the talk time running, and Ctrl+H (or the button) hangs up. Once the call has ended it asks, in one
deliberate step, what came of it: instructed, wrong person, or asked to call back later. Only a key the operator
chose (1, 2, 3 or a button) writes it, and only once that question has been painted: Enter never does, and
Escape leaves the outcome unrecorded (the record then says so).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.clock import Clock
from console.domain import SpokenOutcome
from console.phone import display
from console.window_interface import ActionOutcome, ActionResult, ConsoleService
from console.views import SpeakingCall
from ui.i18n import pick
from ui.labels import label
from ui.operation import op
from ui.outbox_text import format_talk
from ui.qt_bridge import CallBridge
from ui.tasks import TaskRunner
from ui.widgets import Retranslating, error_label, push_button

OUTCOMES = (SpokenOutcome.INSTRUCTED, SpokenOutcome.WRONG_PERSON, SpokenOutcome.CALL_BACK_LATER)
HEADING_STYLE = "font-size: 20pt; font-weight: bold; color: #1e4620;"
SCRIPT_STYLE = "font-size: 13pt; background: #fffbe6; border: 1px solid #d8c98a; padding: 8px;"


class SpeakPrompt(Retranslating, QDialog):
    outcome_recorded = Signal(int)  # the outbox id

    def __init__(self, service: ConsoleService, call: SpeakingCall, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speak_prompt")
        self.setModal(True)
        self.service = service
        self.call = call
        self._clock = clock
        self.painted_ended = False  # the outcome question has been on screen
        self._hanging_up = False
        self._recording = False
        self.heading = QLabel(self)
        self.heading.setObjectName("speak_heading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.who = QLabel(self)
        self.who.setObjectName("speak_who")
        self.who.setWordWrap(True)
        self.script = QLabel(self)
        self.script.setObjectName("speak_script")
        self.script.setWordWrap(True)
        self.script.setStyleSheet(SCRIPT_STYLE)
        self.script.setMinimumWidth(560)
        self.talk = QLabel(self)
        self.talk.setObjectName("speak_talk")
        self.message = error_label(self, "speak_message")
        self.end_button = push_button(self, "speak_end_button")
        self.end_button.clicked.connect(self.end_call)
        self.outcome_buttons = {outcome: push_button(self, f"speak_{outcome.value}_button") for outcome in OUTCOMES}
        for number, (outcome, button) in enumerate(self.outcome_buttons.items(), start=1):
            button.clicked.connect(lambda _checked=False, chosen=outcome: self.choose(chosen))
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.activated.connect(lambda chosen=outcome: self.choose(chosen))
        hang_up = QShortcut(QKeySequence("Ctrl+H"), self)
        hang_up.activated.connect(self.end_call)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.end_button)
        for button in self.outcome_buttons.values():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.script)
        layout.addWidget(self.talk)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_call(call)

    @property
    def ended(self) -> bool:
        return self.call.ended

    def retranslate(self) -> None:
        call = self.call
        self.setWindowTitle(self.tr("Instruction call — %1").replace("%1", call.case_code))
        self.heading.setText(self.tr("Call ended — what came of it?") if call.ended
                             else self.tr("Answered — speak now"))
        self.who.setText(self.tr("%1 (%2) · case %3").replace("%1", pick(call.officer_name_en, call.officer_name_hi))
                         .replace("%2", display(call.number)).replace("%3", call.case_code))
        self.script.setText(self.tr(
            "This is the district command center. %1 is waiting for your call back. Please call %2 now. "
            "The details are in the SMS just sent; case %3.")
            .replace("%1", pick(call.representative_name_en, call.representative_name_hi))
            .replace("%2", display(call.representative_number) if call.representative_number else "—")
            .replace("%3", call.case_code))
        self.end_button.setText(self.tr("End call (Ctrl+H)"))
        names = {SpokenOutcome.INSTRUCTED: self.tr("1 Instructed"), SpokenOutcome.WRONG_PERSON: self.tr("2 Wrong person"),
                 SpokenOutcome.CALL_BACK_LATER: self.tr("3 Asked to call back later")}
        for outcome, button in self.outcome_buttons.items():
            button.setText(names[outcome])
        self.tick()

    def show_call(self, call: SpeakingCall) -> None:
        """The call as the outbox now has it: while up, the hang-up; once ended, the outcome question."""
        was_ended = self.call.ended
        self.call = call
        self.end_button.setVisible(not call.ended)
        for button in self.outcome_buttons.values():
            button.setVisible(call.ended)
        if call.ended and not was_ended:
            self.painted_ended = False  # the question is new: it must be seen before a key records it
            self.message.clear()
        self.retranslate()

    def tick(self) -> None:
        call = self.call
        if call.ended:
            seconds = call.talk_seconds or 0.0
            self.talk.setText(self.tr("Talked %1").replace("%1", format_talk(seconds)))
        else:
            seconds = max(0.0, (self._clock.now() - call.answered_at).total_seconds())
            self.talk.setText(self.tr("Talk time %1").replace("%1", format_talk(seconds)))

    def end_call(self) -> None:
        if self.call.ended or self._hanging_up:
            return
        if self.service.end_call(self.call.outbox_id):
            self._hanging_up = True
            self.message.setText(self.tr("Hanging up…"))
        else:
            self.message.setText(self.tr("The call is no longer up on this center's modems."))

    def choose(self, outcome: SpokenOutcome) -> None:
        if not self.call.ended or not self.painted_ended or self._recording:
            return  # the call is up, the question was never on screen, or a choice is being written
        self._recording = True
        service, outbox_id = self.service, self.call.outbox_id
        op(self, lambda: service.record_call_outcome(outbox_id, outcome)).busy(
            *self.outcome_buttons.values()).success(self._on_recorded).failure(self._on_not_recorded).run()

    def _on_recorded(self, result: ActionResult) -> None:
        self._recording = False
        if not result.succeeded:
            reason = label(result.outcome)
            if result.outcome is ActionOutcome.INVALID:
                reason = self.tr("it was recorded already, or the call is not over")
            self._on_not_recorded(reason, None)
            return
        self.outcome_recorded.emit(self.call.outbox_id)
        self.accept()

    def _on_not_recorded(self, text: str, _error: BaseException | None) -> None:
        self._recording = False
        self.message.setText(self.tr("Not recorded: %1").replace("%1", text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter never records nor hangs up: the operator chooses
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self.call.ended:
            return  # Escape does not hide a call that is up: end it first (Ctrl+H)
        super().reject()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.call.ended:
            self.painted_ended = True
        super().paintEvent(event)


class SpeakPrompts(QObject):
    """The main window's side: a prompt per answered call, refreshed as the outbox changes, ticked each second."""

    opened = Signal(object)  # the SpeakPrompt

    def __init__(self, service: ConsoleService, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._parent = parent
        self.prompts: dict[int, SpeakPrompt] = {}
        self._bridge = CallBridge(self)
        self._bridge.answered.connect(self._on_bridge_answered)
        self._unsubscribe = service.subscribe_calls(self._bridge.callback)

    def detach(self) -> None:
        self._unsubscribe()

    def tick(self) -> None:
        for prompt in self.prompts.values():
            prompt.tick()

    def outbox_changed(self) -> None:
        for outbox_id, prompt in list(self.prompts.items()):
            if not prompt.ended and not self._tasks.closed:
                self._tasks.run(lambda outbox_id=outbox_id: self._service.speaking_call(outbox_id),  # type: ignore[misc]
                                self._show)

    def open_for(self, outbox_id: int) -> None:
        """The outbox's "Record call outcome": the question again, for a call whose outcome was left unrecorded."""
        if not self._tasks.closed:
            self._tasks.run(lambda: self._service.speaking_call(outbox_id), lambda call: self._show(call, True))

    def _on_bridge_answered(self, outbox_id: int) -> None:
        if not self._tasks.closed:
            self._tasks.run(lambda: self._service.speaking_call(outbox_id), self._show)

    def _show(self, call: SpeakingCall | None, asked: bool = False) -> None:
        if call is None:
            return
        prompt = self.prompts.get(call.outbox_id)
        if prompt is not None:
            prompt.show_call(call)
            return
        if call.ended and not asked:
            return  # over before the window could show it: the outbox offers "Record call outcome"
        prompt = SpeakPrompt(self._service, call, self._service.clock, self._parent)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.finished.connect(lambda _result, outbox_id=call.outbox_id: self.prompts.pop(outbox_id, None))
        self.prompts[call.outbox_id] = prompt
        prompt.open()
        self.opened.emit(prompt)
