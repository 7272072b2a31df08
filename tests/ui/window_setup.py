"""A main window made ready for a test: closed at the end without its question, loaded, shown and active."""

from __future__ import annotations

from console.window_interface import ActionResult
from console.views import CaseAction
from ui.case_dialog import CaseDialog
from ui.main_window import MainWindow


def shown(qtbot, window: MainWindow, *, ticking: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    """``ticking=False``: the test moves the fake clock and ticks by hand."""
    qtbot.addWidget(window, before_close_func=lambda main: main.close_now())
    window.load_now()
    if not ticking:
        window.timer.stop()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def settle(qtbot, window: MainWindow, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every service call the window started off the GUI thread has answered and been shown."""
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=timeout)


def open_case(qtbot, window: MainWindow, case_id: int) -> CaseDialog:  # type: ignore[no-untyped-def]
    """The case window, once its case (read off the GUI thread) is on screen; an open one, read again."""
    dialog = window.open_case(case_id)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.case_id == dialog.case_id, timeout=5000)
    settle(qtbot, window)
    return dialog


def perform(qtbot, dialog: CaseDialog, action: CaseAction) -> ActionResult:  # type: ignore[no-untyped-def]
    """Do ``action`` in the case window and wait for the service's answer."""
    with qtbot.waitSignal(dialog.action_performed, timeout=5000) as performed:
        dialog.perform(action)
    result = performed.args[1]
    assert isinstance(result, ActionResult)
    return result
