"""The supervisors' reports screen: a period's figures as charts and tables, the cases behind each, the workbook.

The report is read off the GUI thread by a task runner of the screen's own, so a
year's figures or a long export never hold up the operator window's live
state. Changes of the filters while a report loads cause one more load, not
many. Everything a click on a chart shows, a row of a table shows from the
keyboard: Enter on an officer or a day lists its cases, Enter on a case opens it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.permissions import PermissionDenied
from console.reports.analytics import CaseFigure, GroupFigures, OfficerFigures
from console.reports.period import PeriodChoice
from console.reports.selection import ResponseBin, cases_of_day, cases_of_officer
from console.reports.screen_interface import ReportsService, ReportView
from ui.formatting import format_count
from ui.report_charts import DayChart, OfficerChart, ResponseChart
from ui.report_export import ReportExport
from ui.report_filters import ReportFilters
from ui.report_labels import format_minutes, format_share
from ui.report_table_models import (
    C_CALLED,
    CaseFiguresTableModel,
    DayFiguresTableModel,
    OfficerFiguresTableModel,
    SortProxy,
    format_day_of,
)
from ui.row_table_model import ROW_ROLE
from ui.table_view import make_table
from ui.tasks import TaskRunner
from ui.widgets import ERROR_STYLE, Retranslating

log = logging.getLogger(__name__)

OFFICER_WIDTHS = (48, 165, 150, 120, 80, 65, 90, 90, 90, 110)
DAY_WIDTHS = (150, 90, 80, 100, 100, 90)
CASE_WIDTHS = (135, 125, 150, 150, 100, 85, 110, 90)


class ReportsWindow(Retranslating, QDialog):
    case_activated = Signal(int)
    report_shown = Signal(object)  # the ReportView now on screen, tables and all
    charts_shown = Signal(object)  # the ReportView's summary and charts are set (its tables follow once they paint)

    def __init__(self, reports: ReportsService, today: date, parent: QWidget | None = None, *,
                 choice: PeriodChoice = PeriodChoice.LAST_MONTH, first: date | None = None,
                 last: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_window")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.reports = reports
        self.tasks = TaskRunner(self)
        self.view: ReportView | None = None  # the report on screen, tables and all
        self._tables_of: ReportView | None = None  # the report whose charts are shown and whose tables come next
        self._tables_timer = QTimer(self)  # the tables after the charts are painted: a year's 5,000 officers
        self._tables_timer.setSingleShot(True)  # sort for a quarter of a second
        self._tables_timer.setInterval(0)
        self._tables_timer.timeout.connect(self._show_tables)
        self._loading = False
        self._again = False
        self.filters = ReportFilters(today, choice, self, first=first, last=last)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("report_show_button")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("report_export_button")
        self.summary = QLabel(self)
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.day_chart = DayChart(self)
        self.response_chart = ResponseChart(self)
        self.officer_chart = OfficerChart(self)
        self.officer_model = OfficerFiguresTableModel(self)
        self.day_model = DayFiguresTableModel(self)
        self.case_model = CaseFiguresTableModel(self)
        self.officer_table = self._table("report_officer_table", self.officer_model, OFFICER_WIDTHS)
        self.day_table = self._table("report_day_table", self.day_model, DAY_WIDTHS)
        self.case_table = self._table("report_case_table", self.case_model, CASE_WIDTHS)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        self.tabs.addTab(self.officer_table, "")
        self.tabs.addTab(self.day_table, "")
        self.cases_caption = QLabel(self)
        self.cases_caption.setObjectName("report_cases_caption")
        self.exporter = ReportExport(reports, self.tasks, self)
        self.exporter.finished.connect(self._on_export_finished)
        self._build_layout()
        self._connect()
        self.resize(1300, 740)
        self.retranslate()

    # -- building

    def _table(self, object_name: str, model: object, widths: tuple[int, ...]):  # type: ignore[no-untyped-def]
        proxy = SortProxy(self)
        proxy.setSourceModel(model)  # type: ignore[arg-type]
        table = make_table(object_name, proxy, widths, self)
        table.setSortingEnabled(True)
        table.sortByColumn(C_CALLED if model is self.case_model else 0, Qt.SortOrder.AscendingOrder)
        return table

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.filters, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.setObjectName("report_charts")
        for chart in (self.day_chart, self.response_chart, self.officer_chart):
            charts.addWidget(chart)
        charts.setSizes([520, 360, 420])
        cases = QWidget(self)
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.cases_caption)
        cases_layout.addWidget(self.case_table, 1)
        tables = QSplitter(Qt.Orientation.Horizontal, self)
        tables.setObjectName("report_tables")
        tables.addWidget(self.tabs)
        tables.addWidget(cases)
        tables.setSizes([640, 660])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.setObjectName("report_body")
        body.addWidget(charts)
        body.addWidget(tables)
        body.setSizes([300, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.filters.refused.connect(self._show_refusal)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export())
        for number, table in enumerate((self.officer_table, self.day_table, self.case_table), start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda table=table: self._focus_table(table))
        self.day_chart.day_clicked.connect(self.show_day)
        self.response_chart.bin_clicked.connect(self.show_bin)
        self.officer_chart.officer_clicked.connect(self.show_officer)
        self.officer_table.activated.connect(self._on_officer_activated)
        self.day_table.activated.connect(self._on_day_activated)
        self.case_table.activated.connect(self._on_case_activated)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Response-time reports"))
        self.show_button.setText(self.tr("&Show (F5)"))
        self.export_button.setText(self.tr("&Export workbook… (Ctrl+E)"))
        self.export_button.setToolTip(self.tr("The Excel workbook of this period and filter, for the state"))
        self.tabs.setTabText(0, self.tr("Officers, ranked (Ctrl+1)"))
        self.tabs.setTabText(1, self.tr("Days (Ctrl+2)"))
        self.day_chart.set_title(self.tr("Complaints and median response per day"))
        self.day_chart.setLabel("left", self.tr("complaints"))
        self.day_chart.setLabel("right", self.tr("median, business min"))
        self.response_chart.set_title(self.tr("Response times (business min)"))
        self.response_chart.setLabel("left", self.tr("cases"))
        self.response_chart.setToolTip(self.tr("Bars of five minutes; the dashed line is the district's limit; "
                                               "✗: never confirmed. Click a bar for its cases."))
        self.day_chart.setToolTip(self.tr("Bars: complaints; line: median response; dashed: the district's limit. "
                                          "Click a day for its cases."))
        self.officer_chart.setToolTip(self.tr("Red: reported for negligence; green: commended. "
                                              "Click an officer for the cases."))
        self.officer_chart.set_title(self.tr("Slowest officers (median, business min)"))
        for model in (self.officer_model, self.day_model, self.case_model):
            model.retranslate()
        shown = self._tables_of or self.view
        if shown is not None:
            self._show_summary(shown)
        if not self.case_model.rows:
            self.cases_caption.setText(self.tr("Click a bar or press Enter on a row to list its cases (Ctrl+3)."))

    # -- loading

    def refresh(self) -> None:
        query = self.filters.query()
        if query is None or self.tasks.closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the cases…"))
        self.tasks.run(lambda: self.reports.build_report(query), self._on_loaded, self._on_failed)

    def _on_loaded(self, view: ReportView) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.show_view(view)

    def _on_failed(self, error: BaseException) -> None:
        self._loading = False
        if isinstance(error, PermissionDenied):
            self._show_refusal(self.tr("The reports are a supervisor's: sign in as one to read them."))
            return
        log.error("the report could not be read", exc_info=error)
        self._show_refusal(self.tr("The records could not be read; try again (F5). The log has the details."))

    def show_view(self, view: ReportView) -> None:
        """The summary and the charts now; the tables once they are painted (:attr:`view` is set then)."""
        first = self.view is None and self._tables_of is None
        report, people = view.report, view.people
        if first or people is not self.filters.people:
            self.filters.blockSignals(True)
            self.filters.show_people(people)
            self.filters.blockSignals(False)
        self._show_summary(view)
        self.day_chart.show_days(report.days, report.thresholds.response_within_minutes)
        self.response_chart.show_report(report)
        self.officer_chart.show_report(report, people)
        self._tables_of = view
        self._tables_timer.start()
        self.charts_shown.emit(view)

    def _show_tables(self) -> None:
        view, self._tables_of = self._tables_of, None
        if view is None:
            return
        self.view = view
        self.officer_model.show(view.report.officers, view.people)  # the tables' proxies sort again as rows come
        self.day_model.show(view.report.days, view.people)
        self.list_cases((), "")
        self.report_shown.emit(view)

    def _show_summary(self, view: ReportView) -> None:
        totals = view.report.totals
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("%1 complaints · %2 on time · median %3 business min (90th percentile %4) · %5 never confirmed "
                    "· %6 commended · %7 reported for negligence")
            .replace("%1", format_count(totals.complaints)).replace("%2", format_share(totals.on_time_share))
            .replace("%3", format_minutes(totals.median_business_minutes))
            .replace("%4", format_minutes(totals.p90_business_minutes))
            .replace("%5", format_count(totals.unconfirmed))
            .replace("%6", format_count(len(view.report.commendation)))
            .replace("%7", format_count(len(view.report.negligence)))
        )

    def _show_refusal(self, text: str) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)

    # -- the cases behind a selection

    def list_cases(self, cases: Sequence[CaseFigure], caption: str) -> None:
        people = self.view.people if self.view is not None else self.case_model.people
        self.case_model.show(cases, people)
        if caption:
            self.cases_caption.setText(caption.replace("%1", format_count(len(cases))))
        else:
            self.cases_caption.setText(self.tr("Click a bar or press Enter on a row to list its cases (Ctrl+3)."))

    def show_day(self, day: date) -> None:
        if self.view is not None:
            self.list_cases(cases_of_day(self.view.report, day),
                            self.tr("Cases of %2: %1").replace("%2", format_day_of(day)))

    def show_officer(self, officer_id: int) -> None:
        if self.view is None:
            return
        officer = self.view.people.officers.get(officer_id)
        name = self.officer_model.officer_name(officer_id) if officer else str(officer_id)
        self.list_cases(cases_of_officer(self.view.report, officer_id), self.tr("Cases of %2: %1").replace("%2", name))

    def show_bin(self, item: ResponseBin) -> None:
        if item.unconfirmed:
            caption = self.tr("Cases never confirmed: %1")
        elif item.high is None:
            caption = self.tr("Cases answered in %2 business minutes or more: %1").replace("%2", f"{item.low:g}")
        else:
            caption = self.tr("Cases answered in %2–%3 business minutes: %1").replace("%2", f"{item.low:g}").replace(
                "%3", f"{item.high:g}")
        self.list_cases(item.cases, caption)

    def _on_officer_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, OfficerFigures):
            self.show_officer(row.officer_id)
            self._focus_table(self.case_table)

    def _on_day_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, GroupFigures) and isinstance(row.key, date):
            self.show_day(row.key)
            self._focus_table(self.case_table)

    def _on_case_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CaseFigure):
            self.case_activated.emit(row.facts.case_id)

    def _focus_table(self, table: QWidget) -> None:
        if table is not self.case_table:
            self.tabs.setCurrentWidget(table)
        table.setFocus()
        view = table
        if view.model().rowCount() and not view.currentIndex().isValid():  # type: ignore[attr-defined]
            view.setCurrentIndex(view.model().index(0, 0))  # type: ignore[attr-defined]

    # -- the workbook

    def export(self) -> bool:
        query = self.filters.query()
        return query is not None and self.exporter.export(query)

    def _on_export_finished(self, text: str, succeeded: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if succeeded else QMessageBox.Icon.Warning,
                          self.windowTitle(), text, parent=self)
        box.setObjectName("report_export_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

