"""One deliberate step of a case: recording a confirmation, closing, cancelling, escalating.

These write what commendations and negligence reports rest on, so none of them
is a default key press of the case window: its button opens this small dialog,
which says what will be recorded and asks what only the operator knows (who
confirmed and when, a reason). Enter completes it, but only once it has been
painted: an Enter typed ahead, before the operator could see the step, does
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.clock import IST, Clock
from console.views import CaseAction, CaseDetail, ConfirmationSource
from ui.labels import label, plain_label
from ui.widgets import ClosesAfterWrite, Retranslating, error_label, push_button, refill_combo

DELIBERATE_ACTIONS = frozenset({CaseAction.RECORD_CONFIRMATION, CaseAction.CLOSE, CaseAction.CANCEL,
                                CaseAction.ESCALATE})
TOLD_BY = (ConfirmationSource.REPRESENTATIVE, ConfirmationSource.OFFICER)
DATE_TIME_FORMAT = "dd MMM yyyy HH:mm"


@dataclass(frozen=True)
class StepAnswer:
    source: ConfirmationSource | None  # who confirmed (a confirmation only)
    at: datetime | None  # when the callback happened; None: now
    text: str  # the note or the reason


class CaseStepDialog(ClosesAfterWrite, Retranslating, QDialog):
    def __init__(self, action: CaseAction, detail: CaseDetail, clock: Clock, text: str = "",
                 parent: QWidget | None = None, *, told_by: ConfirmationSource | None = None,
                 at: datetime | None = None) -> None:
        """``told_by`` and ``at``: what caller ID already knows (the officer rang at ``at``); the operator may
        still change both before Enter."""
        super().__init__(parent)
        if action not in DELIBERATE_ACTIONS:
            raise ValueError(f"{action.value} is not a deliberate step")
        self.setObjectName("case_step_dialog")
        self.setModal(True)
        self.action = action
        self._detail = detail
        self.decided_on: CaseDetail | None = detail  # the case as the operator saw it; None: as the window shows it
        self._clock = clock
        self.painted = False
        self.heading = QLabel(self)
        self.heading.setObjectName("step_heading")
        self.heading.setWordWrap(True)
        self.heading.setMinimumWidth(420)
        self.told_by = QComboBox(self)
        self.told_by.setObjectName("step_told_by")
        now = clock.now().astimezone(IST)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("step_when")
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setTimeZone(QTimeZone(b"Asia/Kolkata"))
        self.when.setDateTimeRange(_qt(detail.row.representative_called_at.astimezone(IST)), _qt(now))
        self.when.setDateTime(_qt(now))
        self._when_edited = False
        self.when.dateTimeChanged.connect(self._on_when_date_time_changed)
        self.text = QLineEdit(text, self)
        self.text.setObjectName("step_text")
        self.message = error_label(self, "step_message")
        self.back_button = push_button(self, "step_back_button")
        self.back_button.clicked.connect(self.reject)
        self.do_button = push_button(self, "step_do_button", default=True)
        self.do_button.clicked.connect(self._on_do_button_clicked)
        self._labels = {name: QLabel(self) for name in ("told_by", "when", "text")}
        form = QFormLayout()
        confirming = action is CaseAction.RECORD_CONFIRMATION
        if confirming:
            form.addRow(self._labels["told_by"], self.told_by)
            form.addRow(self._labels["when"], self.when)
        else:
            self.told_by.hide()
            self.when.hide()
        if action is CaseAction.ESCALATE:
            self.text.hide()
        else:
            form.addRow(self._labels["text"], self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.do_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()
        if told_by is not None:
            self.told_by.setCurrentIndex(max(0, self.told_by.findData(told_by.value)))
        if at is not None and confirming:
            self.when.setDateTime(_qt(min(max(at, detail.row.representative_called_at), clock.now()).astimezone(IST)))
            self._when_edited = True
        (self.told_by if confirming else self.text if action is not CaseAction.ESCALATE else self.do_button).setFocus()

    def retranslate(self) -> None:
        code = self._detail.row.case_code
        self.setWindowTitle(f"{plain_label(self.action)} — {code}")
        headings = {
            CaseAction.RECORD_CONFIRMATION: self.tr("Record that the officer called the representative back (case "
                                                    "%1). Who told the center, and when did the callback happen?"),
            CaseAction.CLOSE: self.tr("Close case %1: it leaves the queue, and its record is final until reopened."),
            CaseAction.CANCEL: self.tr("Cancel case %1: it leaves the queue and counts for nobody. Write why."),
            CaseAction.ESCALATE: self.tr("Escalate case %1: the officer's superior is told by SMS and a call, "
                                         "and the case is marked escalated."),
        }
        self.heading.setText(headings[self.action].replace("%1", code))
        refill_combo(self.told_by, [(label(source), source.value) for source in TOLD_BY])
        self._labels["told_by"].setText(self.tr("Who confirmed"))
        self._labels["when"].setText(self.tr("Callback at (IST)"))
        texts = {CaseAction.CANCEL: self.tr("Reason"), CaseAction.CLOSE: self.tr("Note (optional)"),
                 CaseAction.RECORD_CONFIRMATION: self.tr("Note (optional)")}
        self._labels["text"].setText(texts.get(self.action, ""))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.do_button.setText(plain_label(self.action) + " " + self.tr("(Enter)"))


    def answer(self) -> StepAnswer:
        source = ConfirmationSource(self.told_by.currentData()) if self.action is CaseAction.RECORD_CONFIRMATION \
            else None
        at = None
        if source is not None and self._when_edited:
            chosen = self.when.dateTime()
            day, time = chosen.date(), chosen.time()
            at = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=IST)
        return StepAnswer(source, at, self.text.text().strip())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted = True  # from now on the operator can see what Enter will record
        super().paintEvent(event)

    def _on_when_date_time_changed(self, _value: QDateTime) -> None:
        self._when_edited = True

    def _on_do_button_clicked(self) -> None:
        if not self.painted:
            return  # typed ahead: the step was never on screen
        if self.action is CaseAction.CANCEL and not self.text.text().strip():
            self.message.setText(self.tr("Write the reason first."))
            self.text.setFocus()
            return
        self.accept()


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                     QTimeZone(b"Asia/Kolkata"))
