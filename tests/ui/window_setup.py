"""A main window made ready for a test: closed at the end without its question, loaded, shown and active."""

from __future__ import annotations

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
