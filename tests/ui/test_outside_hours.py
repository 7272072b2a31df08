"""Ctrl+Enter ("log and instruct") when the rule cannot instruct now says so, and outside office hours offers
the choice: instruct now anyway (recorded as outside hours, not held against the officer) or leave it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.clock import IST
from console.domain import EscalationState, OutboxKind
from console.lifecycle import Action
from tests.desk.people import MLA, SDM
from tests.ui.desk_window import World
from tests.ui.keys import focused, type_text
from tests.ui.test_complaint_flow import open_complaint
from ui.case_dialog import CaseDialog
from ui.main_window import MainWindow
from ui.outside_hours_dialog import OutsideHoursDialog

SUNDAY_EVENING = datetime(2026, 3, 8, 20, 0, tzinfo=IST)


def log_and_instruct(window: MainWindow, qtbot) -> CaseDialog:  # type: ignore[no-untyped-def]
    dialog = open_complaint(window, qtbot)
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), MLA.name_hi)
    with qtbot.waitSignal(window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_of_log is not None
    case_dialog = opened.args[0]
    assert isinstance(case_dialog, CaseDialog)
    return case_dialog


def at_sunday_evening(window: MainWindow, world: World) -> None:
    world.clock.set(SUNDAY_EVENING)
    window.load_now()
    window.timer.stop()


def the_choice(case_dialog: CaseDialog, qtbot) -> OutsideHoursDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(case_dialog.step, OutsideHoursDialog), timeout=3000)
    step = case_dialog.step
    assert isinstance(step, OutsideHoursDialog)
    qtbot.waitExposed(step)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.leave_button, timeout=3000)
    return step


def test_outside_hours_ctrl_enter_says_when_the_clock_resumes_and_writes_nothing_more(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    at_sunday_evening(desk_window, world)
    case_dialog = log_and_instruct(desk_window, qtbot)
    step = the_choice(case_dialog, qtbot)
    assert "resumes at Mon 10:00" in step.text.text() and "not counted against the officer" in step.text.text()
    assert "office is closed" in desk_window.status.currentMessage()
    case_id = case_dialog.case_id
    assert [event.action for event in world.desk.timeline(case_id)] == [Action.LOG.value]
    assert world.desk.outbox_of(case_id) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the default: leave it for the next opening
    qtbot.waitUntil(lambda: case_dialog.step is None, timeout=3000)
    assert world.desk.case(case_id).state is EscalationState.WAITING and world.desk.outbox_of(case_id) == []
    assert "the clock resumes at Mon 10:00" in case_dialog.message.text()


def test_outside_hours_the_operator_may_instruct_now_and_it_is_recorded_so(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    at_sunday_evening(desk_window, world)
    case_dialog = log_and_instruct(desk_window, qtbot)
    the_choice(case_dialog, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "&Instruct now (outside office hours)"
    case_id = case_dialog.case_id
    qtbot.waitUntil(lambda: world.desk.case(case_id).state is EscalationState.INSTRUCTED, timeout=3000)
    record = world.desk.case(case_id)
    assert record.instructed_outside_hours
    assert world.desk.timeline(case_id)[-1].details["outside_hours"] is True
    assert sorted(row.kind for row in world.desk.outbox_of(case_id)) == [OutboxKind.CALL, OutboxKind.SMS]
    qtbot.waitUntil(lambda: any("outside office hours" in case_dialog.timeline_model.index(row, 3).data()
                                for row in range(case_dialog.timeline_model.rowCount())), timeout=3000)


def test_in_office_hours_a_waiting_case_says_until_when_it_waits(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), MLA.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog.called_at.setTime(dialog.called_at.time().addSecs(8 * 60))  # the MLA called the officer 2 minutes ago
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case_dialog = opened.args[0]
    assert world.desk.case(case_dialog.case_id).state is EscalationState.WAITING
    assert "ten minutes run until 11:08" in case_dialog.message.text()
    assert "ten minutes run until 11:08" in desk_window.status.currentMessage()
    assert world.desk.outbox_of(case_dialog.case_id) == []
