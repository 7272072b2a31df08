"""Caller ID, by keyboard in the real window over the real desk: a simulated modem hears the line ring.

A representative ringing the center gets the new complaint opened with them filled
in when the operator is free, and offered (F6) when a dialog is open, so nothing
the operator is typing is interrupted. An officer ringing about a case that
awaits their callback is offered "record callback" (F7): the confirmation step
opens told by the officer at the time of the call, and only Enter there writes it.
"""

from __future__ import annotations

from collections.abc import Iterator
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.desk.runtime import DeskRuntime
from console.domain import EscalationState
from console.lifecycle import Action
from console.views import CaseAction, ConfirmationSource
from modem.config import ModemConfig
from modem.modem import Modem
from modem.simulator.simulator import Simulator
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.keys import focused, type_text
from tests.ui.test_complaint_flow import open_complaint
from tests.ui.window_setup import settle
from ui.case_dialog import CaseDialog
from ui.case_step_dialog import CaseStepDialog
from ui.complaint_dialog import ComplaintDialog
from ui.main_window import MainWindow


@pytest.fixture
def line(world: World, qtbot) -> Iterator[Simulator]:  # type: ignore[no-untyped-def]
    """The center's line: a simulated modem watched by the desk's runtime, wired as the center wires it."""
    simulator = Simulator("sim800", epoch=world.clock.now(), realtime=True)
    modem = Modem(ModemConfig(name="modem-1", url=simulator.device_path), clock=world.clock)
    DeskRuntime(world.desk, [modem], worker="test")  # not started: no dispatcher, only the modem's events
    simulator.start()
    modem.start()
    qtbot.waitUntil(lambda: modem.status().online, timeout=20000)
    yield simulator
    modem.stop()
    simulator.close()


def test_a_representative_ringing_while_the_operator_is_free_gets_the_complaint_opened(
    desk_window: MainWindow, world: World, line: Simulator, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk_window.queue_panel.table.setFocus()
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=10000) as opened:
        line.give_missed_call(MP.registered_numbers[0])
    dialog = opened.args[0]
    assert isinstance(dialog, ComplaintDialog)
    chosen = dialog.representative.chosen_row
    assert chosen is not None and chosen.representative_id == MP.id
    assert focused() is dialog.officer.line  # the operator asks which officer the MP could not reach
    assert "Jai Prakash Rawat" in desk_window.caller_bar.text.text()
    assert not desk_window.caller_bar.complaint_button.isVisible()  # already open: nothing more to offer
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=5000) as logged:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    case_dialog = logged.args[0]
    assert isinstance(case_dialog, CaseDialog)
    record = world.desk.case(case_dialog.case_id)
    assert (record.representative_id, record.officer_id) == (MP.id, SDM.id)


def test_a_representative_ringing_while_a_complaint_is_typed_is_offered_not_forced(
    desk_window: MainWindow, world: World, line: Simulator, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), "अनीता")  # the operator is typing another complaint
    line.give_missed_call(MP.registered_numbers[0])
    bar = desk_window.caller_bar
    qtbot.waitUntil(lambda: bar.offers_complaint, timeout=10000)
    assert desk_window.complaint_dialog is dialog and focused() is dialog.officer.line
    assert dialog.officer.line.text() == "अनीता" and dialog.representative.chosen_row is None  # untouched
    assert bar.complaint_button.isVisible() and "F6" in bar.complaint_button.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the operator leaves that complaint for now
    qtbot.waitUntil(lambda: desk_window.complaint_dialog is None, timeout=3000)
    desk_window.activateWindow()  # the window manager gives the window back the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk_window, timeout=3000)
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_F6)
    offered = opened.args[0]
    assert isinstance(offered, ComplaintDialog)
    chosen = offered.representative.chosen_row
    assert chosen is not None and chosen.representative_id == MP.id
    assert world.service.load_live_state().queue == ()  # a ring writes nothing; only the operator's Enter will


def test_an_officer_ringing_about_an_instructed_case_is_offered_record_callback(
    desk_window: MainWindow, world: World, line: Simulator, qtbot
) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, TEHSILDAR.id)
    world.instruct(case_id)
    settle(qtbot, desk_window)
    # mid-minute: the modem times the ring by when its reader heard it (real time behind the standing fake clock)
    world.clock.advance(minutes=4, seconds=30)
    desk_window.queue_panel.table.setFocus()
    line.give_missed_call(TEHSILDAR.official_number)
    bar = desk_window.caller_bar
    qtbot.waitUntil(lambda: bar.offers_callback, timeout=10000)
    assert desk_window.complaint_dialog is None and not desk_window.case_dialogs  # an offer, nothing opened
    assert "Anita Devi" in bar.text.text() and world.service.case_detail(case_id).row.case_code in bar.text.text()
    assert world.desk.case(case_id).state is EscalationState.INSTRUCTED  # nothing written for the ring
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_F7)
    case_dialog = opened.args[0]
    assert isinstance(case_dialog, CaseDialog) and case_dialog.case_id == case_id
    qtbot.waitUntil(lambda: isinstance(case_dialog.step, CaseStepDialog), timeout=5000)
    step = case_dialog.step
    assert isinstance(step, CaseStepDialog) and step.action is CaseAction.RECORD_CONFIRMATION
    assert step.told_by.currentData() == ConfirmationSource.OFFICER.value
    assert step.when.dateTime().toString("HH:mm") == "11:04"  # when the officer rang, in IST
    assert [event.action for event in world.desk.timeline(case_id)][-1] == Action.INSTRUCT.value
    qtbot.waitUntil(lambda: step.painted, timeout=3000)
    with qtbot.waitSignal(case_dialog.action_performed, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the operator's deliberate act
    record = world.desk.case(case_id)
    assert record.state is EscalationState.CONFIRMED
    assert record.callback_at == world.clock.now().replace(second=0, microsecond=0)  # the ring's minute


def test_an_officer_without_a_case_awaiting_is_shown_but_nothing_is_offered(
    desk_window: MainWindow, world: World, line: Simulator, qtbot
) -> None:  # type: ignore[no-untyped-def]
    line.give_missed_call(SDM.official_number)
    bar = desk_window.caller_bar
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10000)
    assert "No open case of theirs awaits a callback." in bar.text.text()
    assert not bar.offers_callback and not bar.callback_button.isVisible() and not bar.complaint_button.isVisible()
    qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_F7)
    assert not desk_window.case_dialogs and desk_window.complaint_dialog is None
