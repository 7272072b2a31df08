"""A roster file that would empty the district is imported only when the operator says so (issue 11, item 1).

The window over the real desk service on SQLite: the file is refused with the
counts in a question whose default is No; Enter keeps everything as it was, Yes
imports it as the complete new list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from console.desk.desk import Desk
from console.roster.model import RosterData
from tests.console.roster_command_support import district_roster, write
from ui.main_window import MainWindow


def serving_officers(desk: Desk) -> int:
    with desk.database.reading() as work:
        return len(work.officers.list_active())


def test_a_file_leaving_out_most_officers_asks_first_and_enter_keeps_them(
    real_window: MainWindow, desk: Desk, tmp_path: Path, qtbot  # type: ignore[no-untyped-def]
) -> None:
    full = district_roster()
    one_left = write(tmp_path / "one.xlsx", RosterData(full.officers[:1], full.representatives, full.periods[:0]))
    real_window.roster.import_roster(one_left)
    qtbot.waitUntil(lambda: real_window.roster.replace_all_box is not None, timeout=10_000)
    box = real_window.roster.replace_all_box
    assert box is not None
    assert "mark 3 of the 4 serving officers inactive" in box.text()
    assert "remove all 2 current and coming leave and training periods" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(real_window.roster.finished, timeout=10_000) as finished:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: nothing changes
    assert finished.args == ["Nothing was imported.", False]
    assert serving_officers(desk) == 4

    real_window.roster.import_roster(one_left)
    qtbot.waitUntil(lambda: real_window.roster.replace_all_box is not None, timeout=10_000)
    box = real_window.roster.replace_all_box
    assert box is not None
    with qtbot.waitSignal(real_window.roster.finished, timeout=10_000) as finished:
        box.button(QMessageBox.StandardButton.Yes).click()  # a deliberate act
    assert finished.args[1] is True
    assert serving_officers(desk) == 1
