"""The leave/training dialog validates through the service; the calendar is a supervisor's to edit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from console.domain import AvailabilityStatus, UserRole
from console.window_interface import PeriodDraft
from console.views import CalendarDayKind, OperatorSession
from tests.ui.keys import type_text
from tests.ui.support import InMemoryService
from tests.ui.window_setup import settle
from ui.calendar_dialog import CalendarDialog
from ui.main_window import MainWindow
from ui.period_dialog import PeriodDialog
from ui.tasks import TaskRunner


def test_period_dialog_refuses_bad_dates_and_cycles_then_saves(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = service.clock.now().date()
    service.save_period(PeriodDraft(21, AvailabilityStatus.LEAVE, today + timedelta(days=10), today + timedelta(days=12), 3))
    window.load_now()
    assert window.availability_panel.select_officer(3)
    dialog = window.edit_period()
    assert isinstance(dialog, PeriodDialog)
    assert dialog.save_button.isEnabled()  # leave with nobody named may be saved, as the desk allows
    dialog.alternate.line.setFocus()
    type_text(dialog.alternate.line, "rajesh tripathi")  # officer 21, whose alternate is officer 3
    assert dialog.alternate.current_row().officer_id == 21
    assert "leads back" in dialog.problem_label.text()
    dialog.ends.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    assert "before the first day" in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.alternate.line.clear()
    type_text(dialog.alternate.line, "kavita gupta")
    dialog.ends.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert dialog.problem_label.text() == ""
    dialog.save()
    assert not dialog.save_button.isEnabled()  # while it is written
    qtbot.waitUntil(lambda: dialog.saved, timeout=3000)
    qtbot.waitUntil(lambda: any(r.officer_id == 3 and r.status is AvailabilityStatus.LEAVE for r in window.availability_panel.model.rows), timeout=3000)
    counts = window.availability_panel.counts.text()
    assert "on leave 1" in counts


def test_supervisor_adds_a_local_holiday(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_calendar()
    assert isinstance(dialog, CalendarDialog) and dialog.editable
    settle(qtbot, window)  # the year's days, read off the GUI thread
    dialog.day.setDate(QDate(2026, 12, 24))
    dialog.name_en.setText("Hardoi fair")
    type_text(dialog.name_hi, "हरदोई मेला")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.save()
    assert saved.args == [True]
    settle(qtbot, window)
    rows = dialog.model.rows
    assert any(r.day == date(2026, 12, 24) and r.kind is CalendarDayKind.LOCAL_HOLIDAY for r in rows)
    assert date(2026, 12, 24) in service.calendar.holidays
    dialog.kind.setCurrentIndex(dialog.kind.findData(CalendarDayKind.COMPENSATORY_WORKING_DAY.value))
    dialog.day.setDate(QDate(2026, 12, 2))  # a Wednesday is already a working day
    dialog.name_en.setText("Working day")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as refused:
        dialog.save()
    assert refused.args == [False]
    assert "day off" in dialog.problem_label.text()


def test_an_operator_sees_the_calendar_read_only(qtbot, clock, translations) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.sample_data import sample_officers, sample_representatives

    service = InMemoryService(
        clock, sample_officers(5), sample_representatives(), session=OperatorSession("ravi", "Ravi", UserRole.OPERATOR)
    )
    holder = QWidget()  # a window's task runner, as the main window gives its dialogs
    holder.tasks = TaskRunner(holder)  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    dialog = CalendarDialog(service, holder)
    assert not dialog.editable and not dialog.save_button.isEnabled()
    assert "Only a supervisor" in dialog.read_only_note.text()
