"""Layout is remembered in QSettings (and nothing else is); roster transfers run off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from console.domain import OutboxStatus
from tests.ui.support import InMemoryService
from tests.ui.test_countdown import instructed_case
from tests.ui.window_setup import settle
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import LAYOUT_KEYS, MainWindow


def test_layout_round_trips_through_settings(qtbot, service: InMemoryService, translations: Translations, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(service, translations, settings=settings, alarm=Alarm(sound=lambda: None))
    qtbot.addWidget(first)
    first.show()
    first.main_splitter.setSizes([700, 666])
    first.queue_panel.table.setColumnWidth(0, 133)
    first.close_now()
    stored = set(settings.allKeys())
    assert set(LAYOUT_KEYS) <= stored
    assert all(key.startswith(("window/", "splitters/", "tables/")) for key in stored)
    second = MainWindow(service, translations, settings=settings, alarm=Alarm(sound=lambda: None))
    qtbot.addWidget(second)
    # the offscreen screen is small, so compare what was restored rather than pixel sizes after showing
    assert second.main_splitter.saveState() == settings.value("splitters/main")
    assert second.left_splitter.saveState() == settings.value("splitters/left")
    second.show()
    assert second.queue_panel.table.columnWidth(0) == 133


def test_roster_export_reports_progress_and_finishes(window: MainWindow, service: InMemoryService, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    threads: set[str] = set()
    original = service.export_roster

    def export(path: Path, progress) -> object:  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return original(path, progress)

    service.export_roster = export  # type: ignore[method-assign]
    target = tmp_path / "roster.tsv"
    with qtbot.waitSignal(window.roster.finished, timeout=5000) as finished:
        with qtbot.waitSignal(window.roster.progressed, timeout=5000):
            window.roster.export_roster(target)
    text, succeeded = finished.args
    assert succeeded and "60 rows exported" in text
    assert len(target.read_text(encoding="utf-8").splitlines()) == 60
    assert threading.main_thread().name not in threads
    assert window.roster.progress is None
    qtbot.waitUntil(lambda: window.findChild(object, "roster_result_box") is not None, timeout=3000)


def test_outbox_retry_and_resolve_from_the_panel(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    instructed_case(service)
    sms, call = sorted(service.outbox)
    service.set_outbox_status(sms, OutboxStatus.FAILED, "CMS 500")
    service.set_outbox_status(call, OutboxStatus.UNCERTAIN)
    window.load_now()
    panel = window.modem_panel
    model = panel.outbox_model
    row_of = {model.row_at(r).outbox_id: r for r in range(model.rowCount())}
    panel.outbox_table.selectRow(row_of[call])
    assert panel.sent_button.isEnabled() and panel.retry_button.isEnabled()
    qtbot.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)  # the decision is written off the GUI thread
    assert service.outbox[call].status is OutboxStatus.SENT
    qtbot.waitUntil(lambda: any(r.status is OutboxStatus.SENT for r in model.rows), timeout=3000)
    row_of = {model.row_at(r).outbox_id: r for r in range(model.rowCount())}
    panel.outbox_table.selectRow(row_of[sms])
    assert not panel.sent_button.isEnabled()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert service.outbox[sms].status is OutboxStatus.QUEUED
