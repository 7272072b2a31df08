"""Nothing the operator did not deliberately do is written: Enter never confirms, closes, cancels or escalates.

Over the real desk service on SQLite: a freshly opened case's Enter writes
nothing; recording a confirmation asks who confirmed and when (now unless
changed) in a step that Enter completes only once it was on screen; closing and
cancelling are steps too, and the case window closes after them.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from console.domain import EscalationState
from console.lifecycle import Action
from console.views import CaseAction, ConfirmationSource
from tests.desk.people import MLA, SDM
from tests.ui.desk_window import World
from tests.ui.keys import focused, press, type_text
from ui.case_dialog import CaseDialog
from ui.case_step_dialog import CaseStepDialog
from tests.ui.window_setup import open_case
from ui.main_window import MainWindow


def actions_of(world: World, case_id: int) -> list[str]:
    return [event.action for event in world.desk.timeline(case_id)]


def opened_case(window: MainWindow, case_id: int, qtbot) -> CaseDialog:  # type: ignore[no-untyped-def]
    dialog = open_case(qtbot, window, case_id)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()),
                    timeout=3000)
    return dialog


def open_step(dialog: CaseDialog, keys: Qt.Key, qtbot) -> CaseStepDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.step_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), keys, Qt.KeyboardModifier.AltModifier)
    step = opened.args[0]
    assert isinstance(step, CaseStepDialog)
    qtbot.waitUntil(lambda: step.painted, timeout=3000)
    return step


def test_enter_on_a_freshly_opened_waiting_case_writes_nothing(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id, called_at=world.clock.now() - timedelta(minutes=2))
    dialog = opened_case(desk_window, case_id, qtbot)
    assert dialog.detail is not None and dialog.detail.row.state is EscalationState.WAITING
    assert not any(button.isDefault() for button in dialog.buttons.values())
    press(focused(), Qt.Key.Key_Return)
    press(dialog, Qt.Key.Key_Return)
    assert actions_of(world, case_id) == [Action.LOG.value]
    assert world.desk.case(case_id).state is EscalationState.WAITING


def test_enter_on_a_freshly_opened_instructed_case_writes_nothing(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    dialog = opened_case(desk_window, case_id, qtbot)
    assert CaseAction.RECORD_CONFIRMATION in dialog.detail.allowed_actions  # type: ignore[union-attr]
    assert not any(button.isDefault() for button in dialog.buttons.values())
    press(focused(), Qt.Key.Key_Return)
    assert actions_of(world, case_id) == [Action.LOG.value, Action.INSTRUCT.value]


def test_a_confirmation_asks_who_and_when_and_enter_records_it(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    world.clock.advance(minutes=4)
    dialog = opened_case(desk_window, case_id, qtbot)
    step = open_step(dialog, Qt.Key.Key_C, qtbot)  # "Record &confirmation"
    assert step.action is CaseAction.RECORD_CONFIRMATION and step.isVisible()
    assert step.told_by.currentData() == ConfirmationSource.REPRESENTATIVE.value
    assert step.when.dateTime().toString("HH:mm") == "11:04"  # now, in IST
    assert actions_of(world, case_id)[-1] == Action.INSTRUCT.value  # opening the step wrote nothing
    qtbot.keyClick(step.told_by, Qt.Key.Key_Down)  # the officer rang to say so
    step.text.setFocus()
    type_text(step.text, "अधिकारी ने बात कर ली")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: world.desk.case(case_id).state is EscalationState.CONFIRMED, timeout=3000)
    event = world.desk.timeline(case_id)[-1]
    assert event.details["party"] == "officer" and event.details["evidence"] == "अधिकारी ने बात कर ली"
    assert world.desk.case(case_id).callback_at == world.clock.now()


def test_the_confirmation_time_can_be_set_back(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    world.clock.advance(minutes=9)
    dialog = opened_case(desk_window, case_id, qtbot)
    step = open_step(dialog, Qt.Key.Key_C, qtbot)
    step.when.setDateTime(step.when.dateTime().addSecs(-6 * 60))  # the MLA says: six minutes ago
    qtbot.keyClick(step.do_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: world.desk.case(case_id).state is EscalationState.CONFIRMED, timeout=3000)
    assert world.desk.case(case_id).callback_at == world.clock.now().replace(second=0) - timedelta(minutes=6)


def test_an_enter_typed_before_the_step_was_on_screen_records_nothing(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    dialog = opened_case(desk_window, case_id, qtbot)
    dialog.perform(CaseAction.RECORD_CONFIRMATION)
    step = dialog.step
    assert isinstance(step, CaseStepDialog) and not step.painted
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # the Enter already queued, delivered before paint
        QApplication.sendEvent(step.do_button, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    assert step.isVisible() and actions_of(world, case_id)[-1] == Action.INSTRUCT.value
    qtbot.waitUntil(lambda: step.painted, timeout=3000)
    press(step.do_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: world.desk.case(case_id).state is EscalationState.CONFIRMED, timeout=3000)


def test_escape_from_a_step_records_nothing(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    dialog = opened_case(desk_window, case_id, qtbot)
    step = open_step(dialog, Qt.Key.Key_E, qtbot)  # "&Escalate to superior"
    assert step.action is CaseAction.ESCALATE
    qtbot.keyClick(step, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.step is None, timeout=3000)
    assert actions_of(world, case_id)[-1] == Action.INSTRUCT.value
    assert "Nothing was recorded" in dialog.message.text()


def test_a_confirmed_case_is_closed_in_its_step_and_its_window_closes(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    assert world.service.record_confirmation(case_id, world.version(case_id), ConfirmationSource.REPRESENTATIVE).succeeded
    dialog = opened_case(desk_window, case_id, qtbot)
    press(focused(), Qt.Key.Key_Return)  # not a close
    assert world.desk.case(case_id).state is EscalationState.CONFIRMED
    step = open_step(dialog, Qt.Key.Key_L, qtbot)  # "C&lose case"
    assert step.action is CaseAction.CLOSE
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert world.desk.case(case_id).state is EscalationState.CLOSED
    assert case_id not in desk_window.case_dialogs


def test_cancel_needs_its_reason_in_the_step(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    dialog = opened_case(desk_window, case_id, qtbot)
    step = open_step(dialog, Qt.Key.Key_A, qtbot)  # "Cancel c&ase"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert step.isVisible() and "reason" in step.message.text()
    assert world.desk.case(case_id).state is EscalationState.DUE
    type_text(focused(), "logged twice")
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    record = world.desk.case(case_id)
    assert record.state is EscalationState.CANCELLED and record.cancel_reason == "logged twice"
