"""The reports screen over the real desk service (SQLite, a fake clock in April): last month's charts, the cases
behind a bar, the case dialog, the keyboard, the filters, Hindi, and the workbook with progress and Cancel."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from console.clock import IST, FakeClock
from console.config import load_district_config
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import UserRole
from console.metrics import ResponseOutcome
from console.reports.period import ReportPeriod
from console.reports.query import ReportQuery
from console.reports.screen_interface import ExportProblem, ExportResult, ReportsService
from console.views import OperatorSession
from db.database import Database
from tests.db.report_records import FORMULA_NAME, IN_MONTH, seed_month
from tests.ui.conftest import CountingSound
from tests.ui.keys import focused, press
from ui.alarm import Alarm
from ui.case_dialog import CaseDialog
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.report_table_models import (
    O_COMPLAINTS,
    O_MEDIAN,
    CaseFiguresTableModel,
    DayFiguresTableModel,
    OfficerFiguresTableModel,
)
from ui.row_table_model import ROW_ROLE
from ui.reports_window import ReportsWindow

APRIL = datetime(2026, 4, 10, 11, 0, tzinfo=IST)  # a Friday: last month is March
SUPERVISOR = OperatorSession("meena", "Meena Verma", UserRole.SUPERVISOR)


@pytest.fixture
def desk_service(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[DeskService]:
    path = tmp_path / "district.sqlite3"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    database = Database.open(f"sqlite:///{path}")
    seed_month(database)
    config = load_district_config("hardoi", environ={}, user_folder=tmp_path / "user")
    yield DeskService(Desk(database, DeskSettings.for_district(config), FakeClock(APRIL)), SUPERVISOR)
    database.dispose()


@pytest.fixture
def main_window(qtbot, desk_service: DeskService, translations: Translations, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(desk_service, translations, settings=settings, alarm=Alarm(sound=CountingSound()))
    qtbot.addWidget(window)
    window.load_now()
    window.timer.stop()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def open_reports(window: MainWindow, qtbot) -> ReportsWindow:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reports = opened.args[0]
    assert isinstance(reports, ReportsWindow)
    qtbot.waitUntil(lambda: reports.view is not None, timeout=10000)
    return reports


def click_column(chart, index: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    point = chart.mapFromScene(chart.scene_point_of(index, height=1.0))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_ctrl_r_opens_last_months_figures(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    assert main_window.menus.actions["reports"].shortcut().toString() == "Ctrl+R"
    assert reports.filters.first.date().toString("yyyy-MM-dd") == "2026-03-01"
    assert reports.filters.last.date().toString("yyyy-MM-dd") == "2026-03-31"
    assert reports.summary.text().startswith("18 complaints · ")
    assert "2 reported for negligence" in reports.summary.text()
    assert reports.day_chart.days[0] == date(2026, 3, 1) and len(reports.day_chart.days) == 31
    assert sum(item.count for item in reports.response_chart.bins) == sum(
        spec.kind in ("confirmed", "never", "pending") for spec in IN_MONTH)
    ranked = [reports.officer_model.row_at(row).officer_id for row in range(reports.officer_model.rowCount())]
    assert sorted(ranked) == [1, 2, 3, 4, 5, 6]


def test_the_slowest_officer_clicked_lists_the_cases_and_enter_opens_one(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    chart = reports.officer_chart
    slowest = chart.officers[-1].officer_id  # drawn at the top
    assert slowest == 2  # a median of 45 business minutes
    click_column(chart, chart._count - 1, qtbot)
    qtbot.waitUntil(lambda: reports.case_model.rowCount() == 3, timeout=3000)
    assert {row.facts.officer_id for row in reports.case_model.rows} == {2}
    assert reports.cases_caption.text() == "Cases of Officer 2: 3"
    reports.case_table.setFocus()
    reports.case_table.setCurrentIndex(reports.case_table.model().index(0, 0))
    case_id = reports.case_table.currentIndex().data(Qt.ItemDataRole.UserRole + 1).facts.case_id
    with qtbot.waitSignal(main_window.dialog_opened, timeout=5000) as opened:
        press(focused(), Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert isinstance(dialog, CaseDialog) and dialog.case_id == case_id


def test_a_day_and_a_bin_clicked_list_their_cases(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    click_column(reports.day_chart, 4, qtbot)  # 5 March: three calls
    qtbot.waitUntil(lambda: reports.case_model.rowCount() == 3, timeout=3000)
    assert {row.facts.representative_called_at.astimezone(IST).date() for row in reports.case_model.rows} == {
        date(2026, 3, 5)}
    never = len(reports.response_chart.bins) - 1
    click_column(reports.response_chart, never, qtbot)
    qtbot.waitUntil(lambda: reports.cases_caption.text().startswith("Cases never confirmed"), timeout=3000)
    assert {row.outcome for row in reports.case_model.rows} == {ResponseOutcome.UNCONFIRMED}


def test_everything_a_click_does_the_keyboard_does(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    qtbot.keyClick(reports, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert focused() is reports.officer_table
    first = reports.officer_table.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    press(focused(), Qt.Key.Key_Return)
    assert focused() is reports.case_table
    assert {row.facts.officer_id for row in reports.case_model.rows} == {first.officer_id}
    with qtbot.waitSignal(main_window.dialog_opened, timeout=5000) as opened:
        press(focused(), Qt.Key.Key_Return)
    assert isinstance(opened.args[0], CaseDialog)
    opened.args[0].reject()
    reports.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.keyClick(reports, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() is reports.day_table and reports.tabs.currentWidget() is reports.day_table
    press(focused(), Qt.Key.Key_Return)  # 1 March, a Sunday: one call just after midnight
    assert [row.facts.representative_called_at.astimezone(IST).day for row in reports.case_model.rows] == [1]


def test_a_department_and_a_reversed_range(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    filters = reports.filters
    with qtbot.waitSignal(reports.report_shown, timeout=10000):
        filters.department.setCurrentIndex(filters.department.findData("Home (Police)"))
    assert reports.summary.text().startswith("7 complaints")
    assert {row.officer_id for row in reports.officer_model.rows} == {3, 4}
    assert filters.officer.count() == 3  # all officers, and the two of the department
    filters.first.setDate(filters.last.date().addDays(1))
    filters.first.editingFinished.emit()
    assert reports.summary.text() == "The last day is before the first day: nothing to show."
    assert filters.period.currentText() == "Custom period"


def test_the_screen_follows_the_language(main_window: MainWindow, translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    translations.switch("hi", remember=False)
    qtbot.waitUntil(lambda: reports.windowTitle() == "प्रतिक्रिया समय रिपोर्ट", timeout=3000)
    assert reports.summary.text().startswith("18 शिकायतें")
    assert reports.officer_model.headerData(1, Qt.Orientation.Horizontal) == "अधिकारी"
    assert reports.filters.period.currentText() == "पिछला माह"
    assert main_window.menus.menus["reports"].title() == "रिपोर्ट (&R)"


class GatedReports:
    """The desk's reports, with the export held until the test lets it go (to press Cancel meanwhile)."""

    def __init__(self, reports: ReportsService) -> None:
        self.reports = reports
        self.gate = threading.Event()

    def report_options(self):  # type: ignore[no-untyped-def]
        return self.reports.report_options()

    def build_report(self, query: ReportQuery):  # type: ignore[no-untyped-def]
        return self.reports.build_report(query)

    def export_workbook(self, query: ReportQuery, path: Path, *, language: str,
                        progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
        progress(0, 1)
        self.gate.wait(10)
        return self.reports.export_workbook(query, path, language=language, progress=progress, cancelled=cancelled)


@pytest.mark.parametrize("gated", [False, True], ids=["the desk's reports", "gated, gate open"])
def test_the_gated_reports_answer_as_the_desks_do(desk_service: DeskService, gated: bool, tmp_path: Path) -> None:
    """The one wrapper the window's tests keep (to hold an export while Cancel is pressed) and the desk's own reports
    pass the same checks: the same options, the same figures, the same workbook."""
    reports: ReportsService = desk_service.reports
    if gated:
        wrapper = GatedReports(desk_service.reports)
        wrapper.gate.set()
        reports = wrapper  # type: ignore[assignment]
    march = ReportQuery(ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)))
    assert reports.report_options() == desk_service.reports.report_options()
    figures = reports.build_report(march)
    assert figures == desk_service.reports.build_report(march) and figures.report.cases
    steps: list[tuple[int, int]] = []
    result = reports.export_workbook(march, tmp_path / "march.xlsx", language="en",
                                     progress=lambda done, total: steps.append((done, total)), cancelled=lambda: False)
    assert result.problem is None and steps and steps[-1][0] == steps[-1][1]
    assert load_workbook(tmp_path / "march.xlsx").sheetnames[0] == "Summary"


def gated_reports_window(desk_service: DeskService, qtbot) -> tuple[GatedReports, ReportsWindow]:  # type: ignore[no-untyped-def]
    """The reports screen shown over gated reports (an export waits for the gate), its first report on screen."""
    gated = GatedReports(desk_service.reports)
    reports = ReportsWindow(gated, APRIL.date())  # type: ignore[arg-type]
    qtbot.addWidget(reports)
    reports.show()
    with qtbot.waitSignal(reports.report_shown, timeout=10000):
        reports.refresh()
    return gated, reports


def test_the_workbook_from_the_window_with_progress_and_cancel(desk_service: DeskService, translations: Translations,
                                                             tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    gated, reports = gated_reports_window(desk_service, qtbot)
    target = tmp_path / "march.xlsx"
    with qtbot.waitSignal(reports.exporter.progressed, timeout=5000):
        assert reports.exporter.export(reports.filters.query(), target)  # type: ignore[arg-type]
    progress = reports.exporter.progress
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(reports.exporter.finished, timeout=10000) as finished:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gated.gate.set()
    assert finished.args == ["Export cancelled; no file was written.", False]
    assert list(tmp_path.glob("*.xlsx*")) == [] and reports.exporter.last_result.problem is ExportProblem.CANCELLED  # type: ignore[union-attr]
    translations.switch("hi", remember=False)
    with qtbot.waitSignal(reports.exporter.finished, timeout=10000) as finished:
        reports.exporter.export(reports.filters.query(), target)  # type: ignore[arg-type]
    assert finished.args[1] is True and finished.args[0].startswith("18 प्रकरण")
    book = load_workbook(target)
    assert book.sheetnames[0] == "सारांश"
    summary = {row[0]: row[1] for row in book["सारांश"].iter_rows(values_only=True)}
    assert summary["तैयार करने वाले"] == "Meena Verma (meena)"


def test_the_tables_sort_by_value(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    table = reports.officer_table
    first = lambda: table.model().index(0, 0).data(ROW_ROLE).officer_id  # noqa: E731
    assert first() == 4  # by rank: the one commended
    table.sortByColumn(O_MEDIAN, Qt.SortOrder.DescendingOrder)
    assert first() == 2  # the slowest median, 45 business minutes
    table.sortByColumn(O_COMPLAINTS, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, O_COMPLAINTS).data() == "4"
    reports.show_officer(1)
    called = [reports.case_table.model().index(row, 0).data(ROW_ROLE).facts.representative_called_at
              for row in range(reports.case_table.model().rowCount())]
    assert called == sorted(called) and len(called) == 4


def test_the_models_pass_the_model_tester(main_window: MainWindow, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    reports.show_officer(4)
    assert any(reports.officer_model.officer_name(row.officer_id) == FORMULA_NAME for row in reports.officer_model.rows)
    for model in (reports.officer_model, reports.day_model, reports.case_model):
        assert isinstance(model, (OfficerFiguresTableModel, DayFiguresTableModel, CaseFiguresTableModel))
        qtmodeltester.check(model)
    QApplication.processEvents()


def test_an_operator_can_neither_read_nor_export_the_reports_even_calling_the_use_case(
    desk_service: DeskService, tmp_path: Path
) -> None:
    """The role is checked in the desk's reports, not only by the greyed menu: nothing is read, no file is left."""
    from console.permissions import PermissionDenied
    from console.reports.period import ReportPeriod

    desk_service._switch_to(OperatorSession("asha", "Asha Verma", UserRole.OPERATOR))  # the seat changed hands
    query = ReportQuery(ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)))
    with pytest.raises(PermissionDenied):
        desk_service.reports.build_report(query)
    with pytest.raises(PermissionDenied):
        desk_service.reports.report_options()
    out = tmp_path / "march.xlsx"
    result = desk_service.reports.export_workbook(query, out, language="en", progress=lambda _d, _t: None,
                                                  cancelled=lambda: False)
    assert result.problem is ExportProblem.NOT_ALLOWED and not out.exists() and list(tmp_path.glob("*.xlsx")) == []
    desk_service._switch_to(SUPERVISOR)
    assert desk_service.reports.build_report(query).report.totals.complaints > 0


def test_the_reports_close_when_the_seat_passes_to_an_operator(main_window: MainWindow, desk_service: DeskService, qtbot) -> None:  # type: ignore[no-untyped-def]
    reports = open_reports(main_window, qtbot)
    operator = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)
    desk_service._switch_to(operator)
    with qtbot.waitSignal(reports.finished, timeout=3000):
        main_window.accounts.apply(operator)
    assert main_window.reports_window is None
    assert not main_window.menus.actions["reports"].isEnabled()


def test_the_export_ending_while_the_progress_dialog_updates_closes_it_after_the_update(
        desk_service: DeskService, translations: Translations, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window-modal QProgressDialog.setValue runs the event loop: the export's end arrives inside it."""
    gated, reports = gated_reports_window(desk_service, qtbot)
    exporter = reports.exporter
    with qtbot.waitSignal(exporter.progressed, timeout=5000):
        assert exporter.export(reports.filters.query(), tmp_path / "march.xlsx")  # type: ignore[arg-type]
    dialog = exporter.progress
    assert dialog is not None and dialog.isVisible()
    ended: list[bool] = []
    exporter.finished.connect(lambda _text, _written: ended or ended.append(dialog.isVisible()))  # the first end
    exporter._bridge.post(lambda: exporter._on_done(ExportResult(problem=ExportProblem.CANCELLED)))
    exporter._on_progress(60)  # the end is delivered inside this setValue
    assert ended == [True]  # told inside the update, while the dialog was still being updated
    assert exporter.progress is None and not dialog.isVisible()  # then closed, once setValue had returned
    with qtbot.waitSignal(exporter.finished, timeout=10000):
        gated.gate.set()  # the real export ends too: told, nothing else to close
