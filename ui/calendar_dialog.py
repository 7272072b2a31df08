"""The year's holidays, local holidays and compensatory working days; a supervisor edits them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.permissions import Permission, allows
from console.window_interface import ActionResult, CalendarDraft, CalendarProblem, ConsoleService
from console.views import CalendarDayKind, CalendarEntry
from ui.formatting import format_day, to_ist
from ui.i18n import pick
from ui.labels import label
from ui.operation import op
from ui.period_dialog import from_qdate, to_qdate
from ui.row_table_model import ROW_ROLE, RowTableModel
from ui.style import brush
from ui.table_view import make_table
from ui.widgets import Retranslating, error_label, refill_combo

C_COL_DAY, C_COL_KIND, C_COL_NAME = range(3)
KIND_COLOURS = {
    CalendarDayKind.GAZETTED_HOLIDAY: "#fde2c4",
    CalendarDayKind.LOCAL_HOLIDAY: "#fff3cd",
    CalendarDayKind.COMPENSATORY_WORKING_DAY: "#dff0d8",
}


class CalendarTableModel(RowTableModel[CalendarEntry]):
    HEADER_CONTEXT = "CalendarTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CalendarTableModel", "Day"),
        QT_TRANSLATE_NOOP("CalendarTableModel", "Kind"),
        QT_TRANSLATE_NOOP("CalendarTableModel", "Name"),
    )

    def cell_texts(self, row: CalendarEntry) -> tuple[str, ...]:
        return (format_day(to_qdate(row.day)), label(row.kind), pick(row.name_en, row.name_hi))

    def cell_data(self, row: CalendarEntry, column: int, role: int) -> Any:
        if column == C_COL_KIND and role == Qt.ItemDataRole.BackgroundRole:
            return brush(KIND_COLOURS[row.kind])
        return None


class CalendarDialog(Retranslating, QDialog):
    saved = Signal(bool)  # a save answered: was the day written

    def __init__(self, service: ConsoleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_dialog")
        self.resize(760, 560)
        self._service = service
        session = service.session
        self.editable = session is not None and allows(session.role, Permission.EDIT_CALENDAR)
        today = to_ist(service.clock.now()).date()
        self.year = QSpinBox(self)
        self.year.setObjectName("calendar_year")
        self.year.setRange(2020, 2100)
        self.year.setValue(today.year)
        self.year.setGroupSeparatorShown(False)
        self.year.valueChanged.connect(self.reload)
        self.model = CalendarTableModel(self)
        self.table = make_table("calendar_table", self.model, (200, 200), self)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.day = QDateEdit(to_qdate(today), self)
        self.day.setObjectName("calendar_day")
        self.day.setDisplayFormat("dd MMM yyyy")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("calendar_kind")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("calendar_name_en")
        self.name_hi = QLineEdit(self)
        self.name_hi.setObjectName("calendar_name_hi")
        self.problem_label = error_label(self, "calendar_problems")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("calendar_save_button")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("calendar_new_button")
        self.new_button.clicked.connect(self._clear_form)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("calendar_delete_button")
        self.delete_button.clicked.connect(self.delete)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("calendar_close_button")
        self.close_button.clicked.connect(self.accept)
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("calendar_read_only_note")
        self._labels = [QLabel(self) for _ in range(5)]
        self._entry_id: int | None = None
        year_row = QHBoxLayout()
        year_row.addWidget(self._labels[0])
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        year_row.addWidget(self.read_only_note)
        form = QFormLayout()
        form.addRow(self._labels[1], self.day)
        form.addRow(self._labels[2], self.kind)
        form.addRow(self._labels[3], self.name_en)
        form.addRow(self._labels[4], self.name_hi)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        for button in (self.new_button, self.delete_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for widget in (self.day, self.kind, self.name_en, self.name_hi, self.save_button, self.new_button, self.delete_button):
            widget.setEnabled(self.editable)
        self.retranslate()
        self.reload()

    def reload(self, *_args: object) -> None:
        """The year's days, read off the GUI thread."""
        service, year = self._service, self.year.value()
        op(self, lambda: service.calendar_entries(year)).success(self._show_entries).failure(
            lambda text, _error: self.problem_label.setText(text)).run()

    def _show_entries(self, entries: tuple[CalendarEntry, ...]) -> None:
        self.model.set_rows(entries)
        self.problem_label.clear()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Holidays and working days"))
        for widget, text in zip(
            self._labels, (self.tr("Year"), self.tr("Day"), self.tr("Kind"), self.tr("Name (English)"), self.tr("Name (Hindi)"))
        ):
            widget.setText(text)
        editable_kinds = (CalendarDayKind.LOCAL_HOLIDAY, CalendarDayKind.COMPENSATORY_WORKING_DAY)
        refill_combo(self.kind, [(label(kind), kind.value) for kind in editable_kinds])
        self.save_button.setText(self.tr("&Save day"))
        self.new_button.setText(self.tr("&New"))
        self.delete_button.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("Close"))
        self.read_only_note.setText("" if self.editable else self.tr("Only a supervisor can change the calendar."))
        self.model.retranslate()

    def draft(self) -> CalendarDraft:
        return CalendarDraft(
            day=from_qdate(self.day.date()),
            kind=CalendarDayKind(self.kind.currentData()),
            name_en=self.name_en.text().strip(),
            name_hi=self.name_hi.text().strip(),
            entry_id=self._entry_id,
        )

    def save(self) -> None:
        """Check and save the day off the GUI thread; :attr:`saved` tells whether it was written."""
        draft = self.draft()
        service = self._service

        def work() -> tuple[tuple[CalendarProblem, ...], ActionResult | None]:
            problems = service.validate_calendar_entry(draft)
            return problems, None if problems else service.save_calendar_entry(draft)

        (op(self, work).busy(self.save_button, self.delete_button, self.new_button)
         .success(self._on_saved).failure(self._on_failed).run())

    def _on_saved(self, answer: tuple[tuple[CalendarProblem, ...], ActionResult | None]) -> None:
        problems, result = answer
        if problems or result is None:
            self.problem_label.setText("\n".join(label(problem) for problem in problems))
        elif not result.succeeded:
            self.problem_label.setText(label(result.outcome))  # what was typed stays for another try
        else:
            self.reload()
            self._clear_form()
        self.saved.emit(not problems and result is not None and result.succeeded)

    def _on_failed(self, text: str, _error: BaseException) -> None:
        self.problem_label.setText(text)
        self.saved.emit(False)

    def delete(self) -> None:
        entry_id = self._entry_id
        if entry_id is None:
            return
        service = self._service
        (op(self, lambda: service.delete_calendar_entry(entry_id)).busy(self.delete_button, self.save_button)
         .success(self._on_deleted).failure(self._on_failed).run())

    def _on_deleted(self, result: ActionResult) -> None:
        if not result.succeeded:
            self.problem_label.setText(label(result.outcome))
            return
        self.reload()
        self._clear_form()

    def _clear_form(self) -> None:
        self._entry_id = None
        self.name_en.clear()
        self.name_hi.clear()
        self.day.setDate(QDate(self.year.value(), self.day.date().month(), self.day.date().day()))

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ROW_ROLE) if current.isValid() else None
        editable = entry is not None and entry.editable and self.editable
        self.delete_button.setEnabled(editable)
        if entry is None or not entry.editable:
            return
        self._entry_id = entry.entry_id
        self.day.setDate(to_qdate(entry.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
        self.name_en.setText(entry.name_en)
        self.name_hi.setText(entry.name_hi)
