"""The window over the real desk service on a SQLite district (fake clock), for tests of what storage decides."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.accounts import it_session
from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import UserRole
from console.roster.import_export import import_roster
from console.views import OperatorSession
from db.database import Database
from tests.console.roster_command_support import district_roster, write
from tests.desk.conftest import T0, machine_config
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow

SESSION = OperatorSession("sunita", "Sunita", UserRole.SUPERVISOR)


@pytest.fixture
def desk(tmp_path: Path, sqlite_template: Path) -> Iterator[Desk]:
    """A district with the roster support's four officers, two representatives and two leave periods."""
    path = tmp_path / "hardoi.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database.open(f"sqlite:///{path}")
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path)), FakeClock(T0))
    assert import_roster(database, write(tmp_path / "hardoi.xlsx", district_roster()), clock=desk.clock,
                         session=it_session("test")).ok
    yield desk
    database.dispose()


@pytest.fixture
def real_window(qtbot, desk: Desk, translations: Translations, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import CountingSound  # the conftest imports this module's fixtures

    main = MainWindow(DeskService(desk, SESSION), translations, settings=settings, alarm=Alarm(sound=CountingSound()))
    qtbot.addWidget(main)
    main.load_now()
    main.show()
    qtbot.waitExposed(main)
    return main
