"""Record a leave or training period with its alternate; the service validates, the dialog shows why not."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain import AvailabilityStatus
from console.availability import PeriodProblem
from console.window_interface import ActionResult, ConsoleService, PeriodDraft
from console.views import OfficerRow
from ui.formatting import to_ist
from ui.labels import label
from ui.operation import op
from ui.people_text import officer_line, officer_short
from ui.search_picker import SearchPicker
from ui.widgets import DayEdit, Retranslating, error_label, push_button, refill_combo

AWAY_STATUSES = (AvailabilityStatus.LEAVE, AvailabilityStatus.TRAINING, AvailabilityStatus.OTHER)
DATE_FORMAT = "dd MMM yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodDialog(Retranslating, QDialog):
    """Leave or training of one officer; opened without one (Ctrl+L from anywhere), it asks for the officer first."""

    def __init__(self, service: ConsoleService, officer: OfficerRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.resize(640, 520)
        self._service = service
        self.officer = officer
        self.problems: tuple[PeriodProblem, ...] = ()
        self.saved = False
        today = to_ist(service.clock.now()).date()
        self._today = today
        self.officer_picker = SearchPicker("period_officer_search", service.search_officers, officer_line, self)
        self.officer_picker.results.setMinimumHeight(90)
        self.officer_picker.chosen.connect(lambda row, _ctrl: self._set_officer(row))
        self.officer_picker.setVisible(officer is None)
        self.officer_label = QLabel(self)
        self.officer_label.setObjectName("period_officer")
        self.status = QComboBox(self)
        self.status.setObjectName("period_status")
        self.starts = DayEdit(to_qdate(today), self)
        self.starts.setObjectName("period_starts")
        self.ends = DayEdit(to_qdate(today), self)
        self.ends.setObjectName("period_ends")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._validate)
        self.alternate = SearchPicker("alternate_search", service.search_officers, officer_line, self)
        self.alternate.chosen.connect(lambda _row, _ctrl: self._validate())
        self.alternate.highlighted.connect(lambda _row: self._validate())
        self.note = QLineEdit(self)
        self.note.setObjectName("period_note")
        self.problem_label = error_label(self, "period_problems")
        self.save_button = push_button(self, "period_save_button", default=True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = push_button(self, "period_cancel_button")
        self.cancel_button.clicked.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.officer_label)
        form.addRow(self._labels[1], self.status)
        form.addRow(self._labels[2], self.starts)
        form.addRow(self._labels[3], self.ends)
        form.addRow(self._labels[4], self.note)
        self._alternate_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.officer_picker, 1)
        layout.addLayout(form)
        layout.addWidget(self._alternate_label)
        layout.addWidget(self.alternate, 1)
        layout.addLayout(buttons)
        self.status.currentIndexChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)  # status "other" needs its note
        self.retranslate()
        if officer is None:
            self.officer_picker.line.setFocus()
        else:
            self._set_officer(officer)

    def _set_officer(self, officer: OfficerRow) -> None:
        """The officer whose period this is; an officer away now brings the current period to edit."""
        self.officer = officer
        self.officer_label.setText(officer_short(officer))
        self.starts.setDate(to_qdate(self._today))
        self.ends.setDate(to_qdate(self._today))
        if officer.status in AWAY_STATUSES and officer.period_starts_at and officer.period_ends_at:
            self.starts.setDate(to_qdate(to_ist(officer.period_starts_at).date()))
            last_day = to_ist(officer.period_ends_at - timedelta(microseconds=1)).date()  # the end is exclusive
            self.ends.setDate(to_qdate(last_day))
            self.status.setCurrentIndex(max(0, self.status.findData(officer.status.value)))
        if officer.alternate_id is not None:
            current = self._service.availability_now(officer.alternate_id)
            if current is not None:
                self.alternate.choose_row(current.officer)
        self._validate()
        self.status.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leave or training period"))
        for widget, text in zip(
            self._labels, (self.tr("Officer"), self.tr("Status"), self.tr("First day"), self.tr("Last day"), self.tr("Note"))
        ):
            widget.setText(text)
        self._alternate_label.setText(self.tr("<b>Alternate</b> who takes the calls meanwhile"))
        self.alternate.line.setPlaceholderText(self.tr("Search the alternate by name, designation or office"))
        self.officer_picker.line.setPlaceholderText(self.tr("The officer away: name, designation, office or number"))
        if self.officer is None:
            self.officer_label.setText(self.tr("(type above, Enter to choose)"))
        self.officer_picker.refresh_descriptions()
        refill_combo(self.status, [(label(status), status.value) for status in AWAY_STATUSES])
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.alternate.refresh_descriptions()
        self._validate()

    def draft(self) -> PeriodDraft | None:
        if self.officer is None:
            return None
        alternate = self.alternate.chosen_row or self.alternate.current_row()
        return PeriodDraft(
            officer_id=self.officer.officer_id,
            status=AvailabilityStatus(self.status.currentData() or AvailabilityStatus.LEAVE.value),
            starts_on=from_qdate(self.starts.date()),
            ends_on=from_qdate(self.ends.date()),
            alternate_id=alternate.officer_id if alternate is not None else None,
            note=self.note.text().strip(),
            period_id=self.officer.period_id if self.officer.status in AWAY_STATUSES else None,
        )

    def _validate(self, *_args: object) -> None:
        if not hasattr(self, "save_button"):
            return
        draft = self.draft()
        if draft is None:
            self.problems = ()
            self.problem_label.setText(self.tr("Choose the officer first."))
            self.save_button.setEnabled(False)
            return
        self.problems = self._service.validate_period(draft)
        self.problem_label.setText("\n".join(label(problem) for problem in self.problems))
        self.save_button.setEnabled(not self.problems)

    def save(self) -> None:
        self._validate()
        draft = self.draft()
        if self.problems or draft is None:
            return
        service = self._service
        (op(self, lambda: service.save_period(draft)).busy(self.save_button, self.cancel_button)
         .success(self._on_saved).failure(lambda text, _error: self.problem_label.setText(text)).run())

    def _on_saved(self, result: ActionResult) -> None:
        if result.succeeded:
            self.saved = True
            self.accept()  # closes only now: a refusal leaves everything typed on screen
        else:
            self.problem_label.setText(label(result.outcome))
