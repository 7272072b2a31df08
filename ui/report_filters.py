"""The reports screen's filters: the period (this month, last month, custom), a department, an officer.

Every change asks for the report again at once; dates typed by hand ask when
the field is left or Enter is pressed. A reversed custom range is refused in
one line under the filters, and nothing is asked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QHBoxLayout, QLabel, QWidget

from console.reports.facts import People
from console.reports.period import PeriodChoice, ReportPeriod, period_of
from console.reports.query import ReportFilter, ReportQuery
from ui.i18n import department, pick
from ui.widgets import Retranslating, refill_combo

DATE_FORMAT = "dd MMM yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportFilters(Retranslating, QWidget):
    changed = Signal()  # the query changed (and is valid)
    refused = Signal(str)  # why the filters make no query (a reversed range), in the window's language

    def __init__(self, today: date, choice: PeriodChoice = PeriodChoice.LAST_MONTH, parent: QWidget | None = None,
                 *, first: date | None = None, last: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_filters")
        self.today = today
        self.people = People()
        self.period = QComboBox(self)
        self.period.setObjectName("report_period")
        self.first = self._date_edit("report_first_day")
        self.last = self._date_edit("report_last_day")
        self.department = QComboBox(self)
        self.department.setObjectName("report_department")
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.officer = QComboBox(self)
        self.officer.setObjectName("report_officer")
        self.officer.setEditable(True)
        self.officer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officer.setMinimumWidth(220)
        self.officer.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.officer.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.labels = {name: QLabel(self) for name in ("period", "first", "last", "department", "officer")}
        for name, buddy in (("period", self.period), ("first", self.first), ("last", self.last),
                            ("department", self.department), ("officer", self.officer)):
            self.labels[name].setBuddy(buddy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, widget in (("period", self.period), ("first", self.first), ("last", self.last),
                             ("department", self.department), ("officer", self.officer)):
            layout.addWidget(self.labels[name])
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()
        self.period.setCurrentIndex(max(0, self.period.findData(choice)))
        self._set_dates(first, last)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.department.currentIndexChanged.connect(self._on_department_changed)
        self.officer.activated.connect(lambda _index: self._emit())
        for edit in (self.first, self.last):
            edit.editingFinished.connect(self._on_date_edited)

    def _date_edit(self, object_name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(object_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    # -- what the window asks

    def query(self) -> ReportQuery | None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        if last < first:
            return None
        officer = self.officer.currentData()
        return ReportQuery(ReportPeriod(first, last), ReportFilter(self.department.currentData() or None,
                                                                   officer if isinstance(officer, int) else None))

    def show_people(self, people: People) -> None:
        """The departments and officers on the register (kept when they are still there)."""
        self.people = people
        refill_combo(self.department, self._department_items())
        refill_combo(self.officer, self._officer_items())

    # -- the choices, in the window's language

    def retranslate(self) -> None:
        texts = {"period": self.tr("&Period"), "first": self.tr("&From"), "last": self.tr("&To"),
                 "department": self.tr("&Department"), "officer": self.tr("O&fficer")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        refill_combo(self.period, [(self.tr("This month"), PeriodChoice.THIS_MONTH),
                                   (self.tr("Last month"), PeriodChoice.LAST_MONTH),
                                   (self.tr("Custom period"), PeriodChoice.CUSTOM)])
        refill_combo(self.department, self._department_items())
        refill_combo(self.officer, self._officer_items())

    def _department_items(self) -> list[tuple[str, str]]:
        return [(self.tr("All departments"), ""), *((department(name), name) for name in self.people.departments())]

    def _officer_items(self) -> list[tuple[str, int | None]]:
        chosen = self.department.currentData() or None
        officers = sorted((officer for officer in self.people.officers.values()
                           if chosen is None or officer.department == chosen),
                          key=lambda officer: pick(officer.name_en, officer.name_hi))
        return [(self.tr("All officers"), None),
                *((f"{pick(o.name_en, o.name_hi)} — {pick(o.designation_en, o.designation_hi)}", o.id)
                  for o in officers)]

    # -- reacting

    def choice(self) -> PeriodChoice:
        return PeriodChoice(self.period.currentData() or PeriodChoice.LAST_MONTH)

    def _set_dates(self, first: date | None = None, last: date | None = None) -> None:
        choice = self.choice()
        period = period_of(choice, self.today, first, last) if choice is not PeriodChoice.CUSTOM or first else None
        if period is None:
            return
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _on_period_changed(self) -> None:
        if self.choice() is not PeriodChoice.CUSTOM:
            self._set_dates()
            self._emit()
        else:
            self.first.setFocus()

    def _on_date_edited(self) -> None:
        choice = self.choice()
        first, last = pydate(self.first.date()), pydate(self.last.date())
        if choice is not PeriodChoice.CUSTOM and period_of(choice, self.today) != _maybe_period(first, last):
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData(PeriodChoice.CUSTOM))
            self.period.blockSignals(False)
        self._emit()

    def _on_department_changed(self) -> None:
        refill_combo(self.officer, self._officer_items())
        self._emit()

    def _emit(self) -> None:
        if self.query() is None:
            self.refused.emit(self.tr("The last day is before the first day: nothing to show."))
        else:
            self.changed.emit()


def _maybe_period(first: date, last: date) -> ReportPeriod | None:
    return ReportPeriod(first, last) if first <= last else None
