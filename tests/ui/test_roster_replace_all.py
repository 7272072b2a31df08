"""A roster file that would empty the district is imported only when the operator says so (issue 11, item 1).

The window over the real desk service on SQLite: the file is refused with the
counts in a question whose default is No; Enter keeps everything as it was, Yes
imports it as the complete new list.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.service import DeskService
from console.desk.settings import DeskSettings
from console.domain import UserRole
from console.roster.model import RosterData
from console.roster.service import import_roster
from console.views import OperatorSession
from db.database import Database
from tests.console.roster_command_support import district_roster, write
from tests.desk.conftest import T0, machine_config
from tests.ui.conftest import CountingSound
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow

SESSION = OperatorSession("sunita", "Sunita", UserRole.SUPERVISOR)


@pytest.fixture
def desk(tmp_path: Path, sqlite_template: Path) -> Iterator[Desk]:
    path = tmp_path / "hardoi.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database.open(f"sqlite:///{path}")
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path)), FakeClock(T0))
    assert import_roster(database, write(tmp_path / "hardoi.xlsx", district_roster()), clock=desk.clock,
                         actor="it").ok
    yield desk
    database.dispose()


@pytest.fixture
def real_window(qtbot, desk: Desk, translations: Translations, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(DeskService(desk, SESSION), translations, settings=settings, alarm=Alarm(sound=CountingSound()))
    qtbot.addWidget(main)
    main.load_now()
    main.show()
    qtbot.waitExposed(main)
    return main


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
