"""``samvad-setu demo create|reset`` on a SQLite file, and a reset that refuses a real district's file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from console.calendar import BusinessCalendar
from console.cli import main
from console.clock import FakeClock
from console.demo.seed import DemoSeedError, reset_demo_database
from db.database import Database
from db.engine import DatabaseTarget, parse_database_url
from db.models import User
from tests.console.roster_command_support import dump
from tests.db.factories import T0, seed_roster

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_create_then_create_again_then_reset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main(["demo", "create", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Created the demo district" in out and "12 representatives" in out and "past cases" in out
    assert main(["demo", "create", "--database", url]) == 0
    assert "exists" in capsys.readouterr().out
    database = Database.open(url)
    with database.unit_of_work() as work:  # a trainee's change, which a reset must undo
        work.users.update("operator.sunita", actor="trainer", at=T0, active=False)
    database.dispose()
    assert main(["demo", "reset", "--database", url]) == 0
    assert "Created the demo district" in capsys.readouterr().out
    database = Database.open(url)
    with database.reading() as work:
        user = work.users.get("operator.sunita")
        assert user is not None and user.active
    database.dispose()


def test_reset_refuses_a_real_districts_file(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "hardoi.sqlite3")
    database = Database.open(url, create=True)
    seed_roster(database)
    before = dump(database)
    database.dispose()
    with pytest.raises(DemoSeedError, match="holds a district's officers but no demo"):
        reset_demo_database(DatabaseTarget(parse_database_url(url), "test"), clock=FakeClock(NOW),
                            calendar=BusinessCalendar.for_district("hardoi"))
    database = Database.open(url)
    assert dump(database) == before
    database.dispose()
    assert main(["demo", "reset", "--database", url]) == 1


def test_reset_never_drops_a_server_database(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "reset", "--database", "postgresql://postgres@127.0.0.1:5432/test"]) == 1
    assert "only the demo's own SQLite file can be reset" in capsys.readouterr().err


def test_users_are_audited_as_the_set_up(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main(["demo", "create", "--database", url]) == 0
    database = Database.open(url)
    with database.reading() as work:
        assert work.session.query(User).count() == 4
        actors = {change.actor for change in work.audit.recent(limit=1000)}
    database.dispose()
    assert actors == {"demo.setup"}
