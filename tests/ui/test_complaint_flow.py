"""An operator logs and instructs a complaint with the keyboard alone, typing Hindi (over the real desk service)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain import EscalationState, OutboxKind
from console.phone import display
from console.views import CaseAction
from tests.ui.keys import focused, type_text
from tests.desk.people import ADO, BDO, MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from ui.case_dialog import CaseDialog
from ui.complaint_dialog import ComplaintDialog
from ui.main_window import MainWindow


def open_complaint(window: MainWindow, qtbot) -> ComplaintDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, ComplaintDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.officer.line, timeout=3000)
    return dialog


def test_log_and_instruct_by_keyboard_in_hindi(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)
    keystrokes = 0
    type_text(focused(), "अनीता देवी")  # Anita Devi, Tehsildar Sadar
    assert dialog.officer.current_row().officer_id == TEHSILDAR.id
    assert "On duty" in dialog.availability.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    keystrokes += 1
    assert focused() is dialog.representative.line
    type_text(focused(), "राम प्रकाश")  # Ram Prakash Verma, MLA Sandila
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    keystrokes += 1
    assert focused() is dialog.log_button
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        keystrokes += 1
    case_dialog = opened.args[0]
    assert isinstance(case_dialog, CaseDialog)
    assert case_dialog.detail is not None
    assert case_dialog.detail.row.officer_id == TEHSILDAR.id and case_dialog.detail.row.representative_id == MLA.id
    assert case_dialog.buttons[CaseAction.INSTRUCT].isDefault()
    assert not case_dialog.buttons[CaseAction.CLOSE].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is case_dialog.buttons[CaseAction.INSTRUCT], timeout=3000)
    with qtbot.waitSignal(case_dialog.action_performed, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        keystrokes += 1
    assert world.desk.case(case_dialog.case_id).state is EscalationState.INSTRUCTED
    assert sorted(row.kind for row in world.desk.outbox_of(case_dialog.case_id)) == [OutboxKind.CALL, OutboxKind.SMS]
    # The case read again after the write (the desk offers Record confirmation before instruction too, so wait for
    # the instructed case itself, not for that button).
    qtbot.waitUntil(lambda: case_dialog.detail is not None
                    and case_dialog.detail.row.state is EscalationState.INSTRUCTED, timeout=5000)
    assert case_dialog.buttons[CaseAction.RECORD_CONFIRMATION].isVisible()
    assert not case_dialog.buttons[CaseAction.INSTRUCT].isVisible()
    assert keystrokes == 4
    model = desk_window.queue_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).state is EscalationState.INSTRUCTED, timeout=3000)


def test_ctrl_enter_logs_and_instructs_at_once(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), "9454417502")  # digits of the SDM's number
    assert dialog.officer.current_row().officer_id == SDM.id
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), "Hardoi")  # the MP of Hardoi
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (case,) = world.desk.open_cases()
    assert (case.officer_id, case.representative_id) == (SDM.id, MP.id)
    qtbot.waitUntil(lambda: world.desk.case(case.id).state is EscalationState.INSTRUCTED,
                    timeout=5000)  # instructed as soon as the case is on screen


def test_an_unavailable_officer_shows_the_alternate_before_commit(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)  # the BDO is on earned leave until Saturday, the ADO stands in
    type_text(focused(), "suresh chandra")
    assert dialog.officer.current_row().officer_id == BDO.id
    text = dialog.availability.text()
    assert "On leave" in text and "14 Mar 2026" in text, text
    assert "Alternate:" in text
    assert ADO.name_en in text and display(ADO.official_number) in text
    assert world.desk.open_cases() == []  # nothing committed yet


def test_logging_without_a_representative_explains_and_keeps_focus(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), "anita")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert "Choose both" in dialog.message.text()
    assert dialog.isVisible() and world.desk.open_cases() == []
