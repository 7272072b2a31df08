"""Case detail: the live countdown, the timeline and the actions of the current state only.

The dialog asks the service which actions the state allows and offers only
those; the most useful one is the default button, so Enter does the next step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.service import ActionResult, ConsoleService, Outcome, ServiceUnavailable
from console.views import CallParty, CaseAction, CaseDetail, ConfirmationSource
from ui.countdown import CountdownBoard
from ui.formatting import format_countdown, format_elapsed, format_moment
from ui.i18n import pick
from ui.labels import label
from ui.manual_call_dialog import ManualCallDialog
from ui.people_text import decision_text, officer_short
from ui.table_view import make_table
from ui.timeline_table_model import TimelineTableModel
from ui.widgets import Retranslating, error_label, refill_combo

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
DEFAULT_PREFERENCE = ACTION_ORDER[:5]
NEEDS_REASON = frozenset({CaseAction.CANCEL, CaseAction.REOPEN, CaseAction.ADD_NOTE})
TIMELINE_WIDTHS = (140, 100, 220, 200)
PRESENCE_EVERY_TICKS = 60  # the other desks see this case open while the window refreshes its presence


class CaseDialog(Retranslating, QDialog):
    action_performed = Signal(object, object)  # CaseAction, ActionResult

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
        self.confirmed_by = QComboBox(self)
        self.confirmed_by.setObjectName("case_confirmed_by")
        self.message = error_label(self, "case_message")
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
            (primary if action in DEFAULT_PREFERENCE else secondary).addWidget(button)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("case_close_window_button")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        reason_row = QHBoxLayout()
        self._reason_label = QLabel(self)
        self._confirmed_label = QLabel(self)
        reason_row.addWidget(self._reason_label)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self._confirmed_label)
        reason_row.addWidget(self.confirmed_by)
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
            self.message.setText(label(Outcome.UNAVAILABLE))  # what is on screen and typed stays as it is
            return
        self.detail = detail
        if self.detail is None:
            self.message.setText(label(Outcome.NOT_FOUND))
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
            .replace("%2", detail.representative_number)
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
        self.confirmed_by.setVisible(CaseAction.RECORD_CONFIRMATION in allowed)
        self._confirmed_label.setVisible(CaseAction.RECORD_CONFIRMATION in allowed)
        self._render_countdown()
        if default is not None:
            self.buttons[default].setFocus()

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
        self._reason_label.setText(self.tr("Reason / note"))
        self.reason.setPlaceholderText(self.tr("Needed to cancel or reopen; kept with a note or a closing"))
        self._confirmed_label.setText(self.tr("Confirmed by"))
        refill_combo(
            self.confirmed_by,
            [
                (label(CallParty.REPRESENTATIVE), ConfirmationSource.REPRESENTATIVE.value),
                (label(CallParty.OFFICER), ConfirmationSource.OFFICER.value),
            ],
        )
        self.timeline_model.retranslate()
        self._render()

    # -- actions
    def _trigger(self, action: CaseAction) -> Callable[[], None]:
        return lambda: self.perform(action)

    def perform(self, action: CaseAction) -> ActionResult | None:
        detail = self.detail
        if detail is None:
            return None
        reason = self.reason.text().strip()
        if action in NEEDS_REASON and not reason:
            self.message.setText(self.tr("Write the reason or note first."))
            self.reason.setFocus()
            return None
        case_id, version = detail.row.case_id, detail.row.version
        service = self._service
        if action is CaseAction.RECORD_MANUAL_CALL:
            numbers = {CallParty.OFFICER: detail.officer.official_number, CallParty.REPRESENTATIVE: detail.representative_number}
            if detail.availability.contact is not None and detail.availability.contact.officer_id != detail.officer.officer_id:
                numbers[CallParty.ALTERNATE] = detail.availability.contact.official_number
            dialog = ManualCallDialog(service.clock, numbers, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            result = service.record_manual_call(case_id, dialog.call())
        else:
            result = self._call(action, case_id, version, reason)
        self.action_performed.emit(action, result)
        if not result.succeeded:
            self.message.setText(self._refusal_text(result))
            if result.outcome is Outcome.UNAVAILABLE:
                return result  # nothing was saved: the case as shown and the text typed stay for the retry
        else:
            self.message.clear()
            if action in NEEDS_REASON or action is CaseAction.CLOSE:
                self.reason.clear()
            if action is CaseAction.REDIRECT and result.case_id is not None:
                self.case_id = result.case_id  # follow the new case against the alternate
        self.reload()
        return result

    def _refusal_text(self, result: ActionResult) -> str:
        """The refusal and, when another desk won the race, who changed the case, when, and to what."""
        text = label(result.outcome)
        conflict = result.conflict
        if conflict is not None and result.outcome in (Outcome.STALE, Outcome.NOT_ALLOWED):
            text += " " + (self.tr("%1 changed it at %2; it is now %3. Your text is kept.")
                           .replace("%1", conflict.actor)
                           .replace("%2", format_moment(conflict.at, self._service.clock.now()))
                           .replace("%3", label(conflict.state)))
        return text

    def _call(self, action: CaseAction, case_id: int, version: int, reason: str) -> ActionResult:
        service = self._service
        if action is CaseAction.INSTRUCT:
            return service.instruct(case_id, version)
        if action is CaseAction.RECORD_CONFIRMATION:
            source = ConfirmationSource(self.confirmed_by.currentData())
            return service.record_confirmation(case_id, version, source, reason)
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

