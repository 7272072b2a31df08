"""The window over the real desk service: a migrated SQLite file, the desk tests' roster, a fake clock.

A pytest plugin (named in ``tests/conftest.py``): ``world`` is the storage, the
desk, the change feed and the window's service at Monday 9 March 2026, 11:00
IST; ``desk_window``
is the main window over it, its timer stopped so tests tick by hand. Outbox
rows are moved as the dispatcher moves them (claim, finish the attempt), so a
test shows exactly the outcome it needs without modems.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.accounts import it_session
from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import ComplaintDraft, OutboxKind, UserRole

from console.views import OperatorSession
from db.database import Database
from db.engine import create_database_engine
from db.repositories.outbox import AttemptResult
from tests.desk.conftest import T0, machine_config, seed
from tests.ui.window_setup import shown
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow

OPERATOR = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)
SUPERVISOR_PASSWORD = "Leave-orders-2026"


@dataclass
class World:
    database: Database
    desk: Desk
    service: DeskService
    clock: FakeClock
    url: str = ""
    _others: list[Database] = field(default_factory=list)

    def log(self, representative_id: int, officer_id: int, *, called_at: datetime | None = None) -> int:
        result = self.service.log_complaint(ComplaintDraft(representative_id, officer_id,
                                                           representative_called_at=called_at))
        assert result.succeeded and result.case_id is not None, result
        return result.case_id

    def instruct(self, case_id: int) -> None:
        assert self.service.instruct(case_id, self.version(case_id)).succeeded

    def instructed(self, representative_id: int, officer_id: int) -> int:
        """A case logged and instructed at once: its call and SMS queued, its callback awaited."""
        case_id = self.log(representative_id, officer_id)
        self.instruct(case_id)
        return case_id

    def code(self, case_id: int) -> str:
        detail = self.service.case_detail(case_id)
        assert detail is not None
        return detail.row.case_code

    def add_account(self, login: str, password: str, display_name: str, role: UserRole = UserRole.OPERATOR) -> None:
        """An account made by IT, as ``samvad-setu users add`` makes it."""
        self.service.accounts.add(it_session("test"), login, role=role, display_name=display_name, password=password)

    def another_workstation(self, login: str = "ravi", display_name: str = "Ravi Kumar") -> DeskService:
        """A second operator's service on the same database: what it writes reaches this window by the feed only."""
        database = Database(create_database_engine(self.url))
        self._others.append(database)
        desk = Desk(database, self.desk.settings, self.clock)
        return DeskService(desk, OperatorSession(login, display_name, UserRole.OPERATOR), workstation="desk-2")

    def version(self, case_id: int) -> int:
        detail = self.service.case_detail(case_id)
        assert detail is not None
        return detail.row.version

    def sign_in_supervisor(self) -> None:
        """Leave, training and the roster are a supervisor's: an account made by IT, signed in with its password."""
        self.add_account("meena", SUPERVISOR_PASSWORD, "Meena", UserRole.SUPERVISOR)
        assert self.service.sign_in("meena", SUPERVISOR_PASSWORD).session is not None

    def finish_next(self, kind: OutboxKind, result: AttemptResult) -> int:
        """What the dispatcher writes when a modem answers: claim the next row of ``kind``, finish its attempt."""
        with self.database.unit_of_work() as work:
            (claimed,) = work.outbox.claim("test", at=self.clock.now(), kinds=[kind])
            work.outbox.finish_attempt(claimed, result, at=self.clock.now())
        return claimed.id


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    path = tmp_path / "district.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(create_database_engine(f"sqlite:///{path}"))
    clock = FakeClock(T0)
    seed(database, clock.now())
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path)), clock)
    feed = database.change_feed(others_only=True)  # what other processes write (the dispatcher) arrives as it would
    service = DeskService(desk, OPERATOR, feed=feed)
    feed.start()
    world = World(database, desk, service, clock, f"sqlite:///{path}")
    yield world
    feed.close()
    for other in world._others:
        other.dispose()
    database.dispose()


@pytest.fixture
def desk_window(qtbot, world: World, translations: Translations, settings: QSettings, sound) -> MainWindow:  # type: ignore[no-untyped-def]
    """``sound`` (tests/ui/conftest.py) counts the alarm's rings."""
    return shown(qtbot, MainWindow(world.service, translations, settings=settings, alarm=Alarm(sound=sound)))
