"""Layout is remembered in QSettings (and nothing else is); roster transfers run off the GUI thread; the outbox
panel's buttons decide a failed or uncertain message (over the real desk service on SQLite)."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt

from console.domain import OutboxKind, OutboxStatus
from db.repositories.outbox import AttemptResult
from tests.desk.people import OFFICERS
from tests.ui.desk_window import World
from tests.ui.test_countdown import instructed_case, shown_now
from tests.ui.window_setup import settle
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import LAYOUT_KEYS, MainWindow


def test_layout_round_trips_through_settings(qtbot, world: World, translations: Translations, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(world.service, translations, settings=settings, alarm=Alarm(sound=lambda: None))
    qtbot.addWidget(first)
    first.show()
    first.main_splitter.setSizes([700, 666])
    first.queue_panel.table.setColumnWidth(0, 133)
    first.close_now()
    stored = set(settings.allKeys())
    assert set(LAYOUT_KEYS) <= stored
    assert all(key.startswith(("window/", "splitters/", "tables/")) for key in stored)
    second = MainWindow(world.service, translations, settings=settings, alarm=Alarm(sound=lambda: None))
    qtbot.addWidget(second, before_close_func=lambda main: main.close_now())
    # the offscreen screen is small, so compare what was restored rather than pixel sizes after showing
    assert second.main_splitter.saveState() == settings.value("splitters/main")
    assert second.left_splitter.saveState() == settings.value("splitters/left")
    second.show()
    assert second.queue_panel.table.columnWidth(0) == 133


def test_roster_export_reports_progress_and_finishes(desk_window: MainWindow, world: World, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.sign_in_supervisor()  # the roster is a supervisor's
    threads: set[str] = set()
    original = world.service.export_roster

    def export(path: Path, progress) -> object:  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return original(path, progress)

    world.service.export_roster = export  # type: ignore[method-assign]
    target = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(desk_window.roster.finished, timeout=10000) as finished:
        with qtbot.waitSignal(desk_window.roster.progressed, timeout=10000):
            desk_window.roster.export_roster(target)
    text, succeeded = finished.args
    assert succeeded and "exported" in text, text
    numbers = {cell.value for row in load_workbook(target).worksheets[0].iter_rows() for cell in row}
    assert {officer.official_number for officer in OFFICERS} <= {str(n).replace(" ", "") for n in numbers}  # read back
    assert threading.main_thread().name not in threads
    assert desk_window.roster.progress is None
    qtbot.waitUntil(lambda: desk_window.findChild(object, "roster_result_box") is not None, timeout=3000)


def test_outbox_retry_and_resolve_from_the_panel(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = instructed_case(world)
    sms = world.finish_next(OutboxKind.SMS, AttemptResult(OutboxStatus.FAILED, modem_name="modem-1",
                                                          outcome="failed", error="CMS 500"))
    call = world.finish_next(OutboxKind.CALL, AttemptResult(OutboxStatus.UNCERTAIN, modem_name="modem-2",
                                                            outcome="uncertain", error="port lost"))
    shown_now(desk_window)
    panel = desk_window.modem_panel
    model = panel.outbox_model

    def status(outbox_id: int) -> OutboxStatus:
        return next(row.status for row in world.desk.outbox_of(case_id) if row.id == outbox_id)

    row_of = {model.row_at(r).outbox_id: r for r in range(model.rowCount())}
    panel.outbox_table.selectRow(row_of[call])
    assert panel.sent_button.isEnabled() and panel.retry_button.isEnabled()
    qtbot.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk_window)  # the decision is written off the GUI thread
    assert status(call) is OutboxStatus.SENT
    qtbot.waitUntil(lambda: any(r.outbox_id == call and r.status is OutboxStatus.SENT for r in model.rows), timeout=5000)
    row_of = {model.row_at(r).outbox_id: r for r in range(model.rowCount())}
    panel.outbox_table.selectRow(row_of[sms])
    assert not panel.sent_button.isEnabled()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk_window)
    assert status(sms) is OutboxStatus.QUEUED
