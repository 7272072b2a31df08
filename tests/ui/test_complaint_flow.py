"""An operator logs and instructs a complaint with the keyboard alone, typing Hindi."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain import AvailabilityStatus, EscalationState, OutboxKind
from console.phone import display
from console.window_interface import PeriodDraft
from console.views import CaseAction
from tests.ui.keys import focused, type_text
from tests.ui.support import InMemoryService
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


def test_log_and_instruct_by_keyboard_in_hindi(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(window, qtbot)
    keystrokes = 0
    type_text(focused(), "अनिल वर्मा")  # officer 3: Anil Verma, SDM Hardoi Sadar
    assert dialog.officer.current_row().officer_id == 3
    assert "On duty" in dialog.availability.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    keystrokes += 1
    assert focused() is dialog.representative.line
    type_text(focused(), "नितिन")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    keystrokes += 1
    assert focused() is dialog.log_button
    with qtbot.waitSignal(window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        keystrokes += 1
    case_dialog = opened.args[0]
    assert isinstance(case_dialog, CaseDialog)
    assert case_dialog.detail is not None
    assert case_dialog.detail.row.officer_id == 3 and case_dialog.detail.row.representative_id == 3
    assert case_dialog.buttons[CaseAction.INSTRUCT].isDefault()
    assert not case_dialog.buttons[CaseAction.CLOSE].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is case_dialog.buttons[CaseAction.INSTRUCT], timeout=3000)
    with qtbot.waitSignal(case_dialog.action_performed, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        keystrokes += 1
    case = service.cases[case_dialog.case_id]
    assert case.state is EscalationState.INSTRUCTED
    assert sorted(row.kind for row in service.outbox.values()) == [OutboxKind.CALL, OutboxKind.SMS]
    qtbot.waitUntil(lambda: case_dialog.buttons[CaseAction.RECORD_CONFIRMATION].isVisible(), timeout=3000)
    assert case_dialog.buttons[CaseAction.RECORD_CONFIRMATION].isVisible()
    assert not case_dialog.buttons[CaseAction.INSTRUCT].isVisible()
    assert keystrokes == 4
    model = window.queue_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).state is EscalationState.INSTRUCTED, timeout=3000)


def test_ctrl_enter_logs_and_instructs_at_once(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(window, qtbot)
    type_text(focused(), "9454410004")  # digits of officer 5's number
    assert dialog.officer.current_row().officer_id == 5
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), "Hardoi")
    with qtbot.waitSignal(window.dialog_opened, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (case,) = service.cases.values()
    assert case.officer_id == 5
    qtbot.waitUntil(lambda: service.cases[case.case_id].state is EscalationState.INSTRUCTED,
                    timeout=3000)  # instructed as soon as the case is on screen


def test_an_unavailable_officer_shows_the_alternate_before_commit(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = service.clock.now().date()
    service.save_period(PeriodDraft(3, AvailabilityStatus.LEAVE, today, today, alternate_id=21))
    dialog = open_complaint(window, qtbot)
    type_text(focused(), "anil verma")
    text = dialog.availability.text()
    assert "On leave" in text and "27 Nov 2026" in text
    assert "Alternate:" in text
    alternate = service.officers[21]
    assert alternate.name_en in text and display(alternate.official_number) in text
    assert not service.cases  # nothing committed yet


def test_logging_without_a_representative_explains_and_keeps_focus(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_complaint(window, qtbot)
    type_text(focused(), "anil")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert "Choose both" in dialog.message.text()
    assert dialog.isVisible() and not service.cases
