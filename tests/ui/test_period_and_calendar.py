"""The leave/training dialog validates through the service; the calendar is a supervisor's to edit (over the real
desk service on SQLite)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from console.clock import IST
from console.domain import AvailabilityStatus
from console.window_interface import PeriodDraft
from console.views import CalendarDayKind
from tests.desk.people import DM, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.keys import type_text
from tests.ui.window_setup import settle
from ui.calendar_dialog import CalendarDialog
from ui.main_window import MainWindow
from ui.period_dialog import PeriodDialog
from ui.tasks import TaskRunner


def as_supervisor(window: MainWindow, world: World) -> None:
    world.sign_in_supervisor()
    window.accounts.apply(world.service.session)


def test_period_dialog_refuses_bad_dates_and_cycles_then_saves(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    as_supervisor(window, world)
    today = world.clock.now().astimezone(IST).date()
    assert world.service.save_period(PeriodDraft(SDM.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=12),
                                                 TEHSILDAR.id)).succeeded  # the SDM's leave names the Tehsildar
    window.load_now()
    window.timer.stop()
    assert window.availability_panel.select_officer(TEHSILDAR.id)
    dialog = window.edit_period()
    assert isinstance(dialog, PeriodDialog)
    assert dialog.save_button.isEnabled()  # leave with nobody named may be saved, as the desk allows
    dialog.alternate.line.setFocus()
    type_text(dialog.alternate.line, "ramesh kumar verma")  # the SDM, whose alternate is the Tehsildar
    assert dialog.alternate.current_row().officer_id == SDM.id
    assert "leads back" in dialog.problem_label.text()
    dialog.ends.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    assert "before the first day" in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.alternate.line.clear()
    type_text(dialog.alternate.line, "mangala prasad")
    assert dialog.alternate.current_row().officer_id == DM.id
    dialog.ends.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert dialog.problem_label.text() == ""
    dialog.save()
    assert not dialog.save_button.isEnabled()  # while it is written
    qtbot.waitUntil(lambda: dialog.saved, timeout=5000)
    qtbot.waitUntil(lambda: any(r.officer_id == TEHSILDAR.id and r.status is AvailabilityStatus.LEAVE
                                for r in window.availability_panel.model.rows), timeout=5000)
    counts = window.availability_panel.counts.text()
    assert "on leave 3" in counts, counts  # the BDO, the SDM and now the Tehsildar
    decision = world.service.availability_now(TEHSILDAR.id)
    assert decision is not None and decision.contact is not None and decision.contact.officer_id == DM.id


def test_supervisor_adds_a_local_holiday(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    as_supervisor(window, world)
    dialog = window.show_calendar()
    assert isinstance(dialog, CalendarDialog) and dialog.editable
    settle(qtbot, window)  # the year's days, read off the GUI thread
    dialog.day.setDate(QDate(2026, 12, 24))
    dialog.name_en.setText("Hardoi fair")
    type_text(dialog.name_hi, "हरदोई मेला")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args == [True]
    settle(qtbot, window)
    qtbot.waitUntil(lambda: any(r.day == date(2026, 12, 24) and r.kind is CalendarDayKind.LOCAL_HOLIDAY
                                for r in dialog.model.rows), timeout=5000)
    assert not world.service.calendar.is_open(datetime(2026, 12, 24, 11, 0, tzinfo=IST))  # the desk's clock stops
    dialog.kind.setCurrentIndex(dialog.kind.findData(CalendarDayKind.COMPENSATORY_WORKING_DAY.value))
    dialog.day.setDate(QDate(2026, 12, 2))  # a Wednesday is already a working day
    dialog.name_en.setText("Working day")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as refused:
        dialog.save()
    assert refused.args == [False]
    assert "day off" in dialog.problem_label.text()


def test_an_operator_sees_the_calendar_read_only(qtbot, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    assert world.service.session is not None and world.service.session.login == "asha"  # an operator
    holder = QWidget()  # a window's task runner, as the main window gives its dialogs
    holder.tasks = TaskRunner(holder)  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    dialog = CalendarDialog(world.service, holder)
    assert not dialog.editable and not dialog.save_button.isEnabled()
    assert "Only a supervisor" in dialog.read_only_note.text()
