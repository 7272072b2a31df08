"""Keyboard paths an operator uses all day, over the real desk service: leave by Ctrl+L from anywhere, the modem
panel's tabs from inside their tables, and closing the window (asked first when work is left, at once on Ctrl+C or
SIGTERM in the terminal)."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from console.domain import AvailabilityStatus
from tests.desk.people import ADO, MLA, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.keys import focused, type_text
from ui.main_window import MainWindow
from ui.period_dialog import PeriodDialog
from ui.shutdown import close_on_signals


def test_ctrl_l_asks_for_the_officer_when_none_is_selected(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.sign_in_supervisor()  # recording leave is a supervisor's work
    desk_window.accounts.apply(world.service.session)
    assert desk_window.availability_panel.selected_officer() is None
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, PeriodDialog) and dialog.officer is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.officer_picker.line, timeout=3000)
    assert not dialog.save_button.isEnabled()
    type_text(focused(), TEHSILDAR.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.officer is not None and dialog.officer.officer_id == TEHSILDAR.id
    assert focused() is dialog.status
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.alternate.line
    type_text(focused(), ADO.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.save_button.isEnabled(), dialog.problem_label.text()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.saved
    decision = world.service.availability_now(TEHSILDAR.id)
    assert decision is not None and decision.officer.status is AvailabilityStatus.LEAVE
    assert decision.contact is not None and decision.contact.officer_id == ADO.id


def test_the_incoming_tab_is_reached_from_inside_the_outbox_table(desk_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = desk_window.modem_panel
    qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert focused() is panel.outbox_table and panel.tabs.currentIndex() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 1 and focused() is panel.incoming_table
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 0 and focused() is panel.outbox_table
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 1
    qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 1 and focused() is panel.incoming_table


def test_closing_with_open_cases_asks_first(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.instruct(world.log(MLA.id, SDM.id))
    qtbot.waitUntil(lambda: desk_window.work_left() == (1, 2), timeout=3000)
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        assert not desk_window.close()
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and "1 case(s) are open and 2 SMS or call(s)" in box.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.defaultButton(), timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the default keeps it open
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert desk_window.isVisible()
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        desk_window.close()
    box = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.defaultButton(), timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Close the window"
    qtbot.waitUntil(lambda: not desk_window.isVisible(), timeout=3000)
    assert desk_window.tasks.closed


def test_with_nothing_left_the_window_closes_at_once(desk_window: MainWindow) -> None:
    assert desk_window.work_left() == (0, 0)
    assert desk_window.close()


def test_sigterm_and_ctrl_c_close_the_window_cleanly(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.log(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: desk_window.work_left()[0] == 1, timeout=10000)  # the reload, on a loaded machine too
    before = signal.getsignal(signal.SIGINT)  # default_int_handler, or SIG_IGN when the suite runs as a background job
    restore = close_on_signals(desk_window, desk_window.close_now)
    try:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C in the terminal: no KeyboardInterrupt, no question
        qtbot.waitUntil(lambda: not desk_window.isVisible(), timeout=10000)
    finally:
        restore()
    assert desk_window.closed_by_signal == signal.SIGINT and desk_window.tasks.closed
    assert signal.getsignal(signal.SIGINT) is before
