"""New complaint (Ctrl+N): find the officer and the representative by typing, see availability, log.

Keys: type the officer, Enter; type the representative, Enter; Enter logs
(Ctrl+Enter logs and instructs at once). The availability and the alternate
show as soon as an officer is highlighted, before anything is committed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.clock import IST
from console.domain import ComplaintDraft, ContactChannel
from console.window_interface import ActionResult, ConsoleService
from console.views import ContactReason, OfficerRow, RepresentativeRow
from ui.formatting import to_ist
from ui.labels import label
from ui.operation import op
from ui.people_text import decision_text, officer_line, representative_line
from ui.search_picker import SearchPicker
from ui.style import AVAILABILITY_COLOURS
from ui.widgets import Retranslating, error_label, refill_combo

ACT_DEFAULT_MINUTES = 10


class ComplaintDialog(Retranslating, QDialog):
    def __init__(
        self, service: ConsoleService, representative: RepresentativeRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_dialog")
        self.setModal(True)
        self.resize(760, 620)
        self._service = service
        self.result_of_log: ActionResult | None = None
        self.instruct_after_log = False
        self.writing = False  # a log is in flight: the dialog stays until it answers
        self.officer = SearchPicker("officer_search", service.search_officers, officer_line, self)
        self.representative = SearchPicker(
            "representative_search", service.search_representatives, representative_line, self
        )
        self.officer_label = QLabel(self)
        self.representative_label = QLabel(self)
        self.availability = QLabel(self)
        self.availability.setObjectName("availability_summary")
        self.availability.setWordWrap(True)
        self.availability.setMinimumHeight(48)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel_combo")
        self.called_at = QTimeEdit(self)
        self.called_at.setObjectName("called_at_edit")
        self.called_at.setDisplayFormat("HH:mm")
        self._called_at_edited = False
        self.called_at.timeChanged.connect(self._on_called_at_time_changed)
        self.note = QLineEdit(self)
        self.note.setObjectName("complaint_note")
        self.message = error_label(self, "complaint_message")
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("log_button")
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(lambda: self._log(instruct=False))
        self.log_instruct_button = QPushButton(self)
        self.log_instruct_button.setObjectName("log_and_instruct_button")
        self.log_instruct_button.clicked.connect(lambda: self._log(instruct=True))
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("complaint_cancel_button")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        for shortcut_keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(shortcut_keys), self)
            shortcut.activated.connect(lambda: self._log(instruct=True))
        self.officer.highlighted.connect(self._on_officer_highlighted)
        self.officer.chosen.connect(self._on_officer_chosen)
        self.representative.chosen.connect(self._on_representative_chosen)
        self._channel_label = QLabel(self)
        self._called_label = QLabel(self)
        self._note_label = QLabel(self)
        details = QFormLayout()
        details.addRow(self._channel_label, self.channel)
        details.addRow(self._called_label, self.called_at)
        details.addRow(self._note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.log_instruct_button)
        buttons.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.officer_label)
        layout.addWidget(self.officer, 3)
        layout.addWidget(self.availability)
        layout.addWidget(self.representative_label)
        layout.addWidget(self.representative, 2)
        layout.addLayout(details)
        layout.addLayout(buttons)
        now = to_ist(service.clock.now())
        self.called_at.blockSignals(True)
        default = now.minute + now.hour * 60 - ACT_DEFAULT_MINUTES
        self.called_at.setTime(QTime(max(0, default) // 60, max(0, default) % 60))
        self.called_at.blockSignals(False)
        self.retranslate()
        if representative is not None:
            self.representative.choose_row(representative)
        self.officer.line.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New complaint"))
        self.officer_label.setText(self.tr("<b>1. Officer</b> the representative could not reach"))
        self.officer.line.setPlaceholderText(self.tr("Name, designation, department, tehsil or digits of the number"))
        self.representative_label.setText(self.tr("<b>2. Representative</b> who called the center"))
        self.representative.line.setPlaceholderText(self.tr("Name, constituency or number"))
        self._channel_label.setText(self.tr("Reached the center by"))
        self._called_label.setText(self.tr("Called the officer at (IST)"))
        self._note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What the representative needs (optional)"))
        refill_combo(self.channel, [(label(channel), channel.value) for channel in ContactChannel])
        self.log_button.setText(self.tr("&Log complaint (Enter)"))
        self.log_instruct_button.setText(self.tr("Log and &instruct (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.officer.refresh_descriptions()
        self.representative.refresh_descriptions()
        self._on_officer_highlighted(self.officer.current_row())

    # -- slots
    def _on_officer_highlighted(self, row: OfficerRow | None) -> None:
        if row is None:
            self.availability.setText(self.tr("Choose an officer to see whether they are on duty."))
            self.availability.setStyleSheet("color: #3a3f45; padding: 4px;")
            return
        decision = self._service.availability_now(row.officer_id)
        if decision is None:
            self.availability.setText("")
            return
        background, foreground = AVAILABILITY_COLOURS[decision.officer.status]
        self.availability.setText(decision_text(decision))
        self.availability.setStyleSheet(f"background: {background}; color: {foreground}; padding: 4px; border-radius: 3px;")
        if decision.reason in (ContactReason.NO_ALTERNATE, ContactReason.ALTERNATE_CYCLE):
            self.availability.setStyleSheet("background: #f8d0d4; color: #7a1020; padding: 4px; border-radius: 3px;")

    def _on_officer_chosen(self, _row: OfficerRow, _with_control: bool) -> None:
        self.message.clear()
        if self.representative.chosen_row is None:
            self.representative.line.setFocus()
        else:
            self.log_button.setFocus()

    def _on_representative_chosen(self, _row: RepresentativeRow, with_control: bool) -> None:
        self.message.clear()
        if with_control:
            self._log(instruct=True)
        elif self.officer.chosen_row is None:
            self.officer.line.setFocus()
        else:
            self.log_button.setFocus()

    def _on_called_at_time_changed(self, _time: QTime) -> None:
        self._called_at_edited = True

    def _called_at(self) -> datetime | None:
        if not self._called_at_edited:
            return None  # the service's default: now minus the threshold
        time = self.called_at.time()
        today = to_ist(self._service.clock.now())
        return today.replace(hour=time.hour(), minute=time.minute(), second=0, microsecond=0, tzinfo=IST)

    def reject(self) -> None:
        if self.writing:
            return  # the complaint may be written as we speak: its answer decides what happens next
        super().reject()

    def _log(self, *, instruct: bool) -> None:
        if self.writing:
            return
        officer = self.officer.chosen_row or self.officer.current_row()
        representative = self.representative.chosen_row or self.representative.current_row()
        if officer is None or representative is None:
            self.message.setText(self.tr("Choose both the officer and the representative first."))
            (self.officer if officer is None else self.representative).line.setFocus()
            return
        draft = ComplaintDraft(
            representative_id=representative.representative_id,
            officer_id=officer.officer_id,
            channel=ContactChannel(self.channel.currentData()),
            representative_called_at=self._called_at(),
            note=self.note.text().strip(),
        )
        self.writing = True
        self.message.clear()
        service = self._service
        (op(self, lambda: service.log_complaint(draft))
         .busy(self.log_button, self.log_instruct_button, self.cancel_button)
         .success(lambda result: self._on_logged(result, instruct))
         .failure(self._on_log_failed)
         .run())

    def _on_logged(self, result: ActionResult, instruct: bool) -> None:
        self.writing = False
        if not result.succeeded:
            self.message.setText(label(result.outcome))  # everything typed stays for another try
            return
        self.result_of_log = result
        self.instruct_after_log = instruct
        self.accept()

    def _on_log_failed(self, text: str, _error: BaseException) -> None:
        self.writing = False
        self.message.setText(text)
