"""The queue keeps the operator's selection on the same case while rows re-sort, and Enter opens only the case the
operator sees selected."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.desk.people import DM, LONG_MLC, MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from ui.case_dialog import CaseDialog
from ui.main_window import MainWindow


def test_down_down_enter_opens_the_case_highlighted_even_if_the_queue_reorders(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    now = world.clock.now()
    for minutes, officer in ((30, SDM), (20, TEHSILDAR), (15, DM)):
        world.log(MLA.id, officer.id, called_at=now - timedelta(minutes=minutes))
    panel = desk_window.queue_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3, timeout=3000)
    table = panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    highlighted = panel.selected_case_id()
    assert highlighted is not None
    loads = len(desk_window.queue_panel.model.rows)
    world.log(MP.id, SDM.id, called_at=now - timedelta(minutes=45))  # another operator: sorts first
    world.log(LONG_MLC.id, TEHSILDAR.id, called_at=now - timedelta(minutes=40))
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == loads + 2, timeout=3000)
    assert panel.selected_case_id() == highlighted
    assert table.currentIndex().row() == next(row for row in range(panel.proxy.rowCount())
                                              if panel.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).case_id
                                              == highlighted)
    with qtbot.waitSignal(desk_window.dialog_opened, timeout=3000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(opened.args[0], CaseDialog) and opened.args[0].case_id == highlighted


def test_enter_opens_nothing_when_the_selected_case_left_the_queue(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = world.log(MLA.id, SDM.id)
    world.log(MP.id, TEHSILDAR.id)
    panel = desk_window.queue_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=3000)
    panel.table.setFocus()
    assert panel.select_case(first)
    assert world.service.cancel(first, world.version(first), "logged twice").succeeded  # at another workstation
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=3000)
    assert panel.selected_case_id() is None
    opened: list[object] = []
    desk_window.dialog_opened.connect(opened.append)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == []  # the case under the cursor now was never the one the operator chose


def test_end_goes_to_the_last_row(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    for officer in (SDM, TEHSILDAR, DM):
        world.log(MLA.id, officer.id)
    panel = desk_window.queue_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3, timeout=3000)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_End)
    assert (panel.table.currentIndex().row(), panel.table.currentIndex().column()) == (2, 0)
    assert panel.selected_case_id() == panel.proxy.index(2, 0).data(Qt.ItemDataRole.UserRole + 1).case_id
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    assert panel.table.currentIndex().row() == 0
