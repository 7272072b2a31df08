"""The reports screen for ``make screenshots``: last month of the demo, the slowest officer's cases listed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from console.demo.timeline import DEMO_SUPERVISOR

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SIZE = (1366, 740)
WAIT_SECONDS = 30.0


def render_reports(window: MainWindow, folder: Path, language: str, app: QApplication) -> Path:
    """As the demo's supervisor (the reports are a supervisor's), then back to the operator the demo signs in as."""
    operator = window.service.session
    window.accounts.switch_demo(DEMO_SUPERVISOR)
    try:
        return _render(window, folder, language, app)
    finally:
        if operator is not None:
            window.accounts.switch_demo(operator.login)


def _render(window: MainWindow, folder: Path, language: str, app: QApplication) -> Path:
    reports = window.show_reports()
    reports.resize(*SIZE)
    deadline = time.monotonic() + WAIT_SECONDS  # a real wait: screenshots, not a test
    while reports.view is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    if reports.officer_chart.officers:
        reports.show_officer(reports.officer_chart.officers[-1].officer_id)  # the slowest, drawn at the top
    for _ in range(3):
        app.processEvents()
    path = folder / f"reports_{language}.png"
    if not reports.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    reports.reject()
    return path
