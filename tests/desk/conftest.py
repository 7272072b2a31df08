"""The desk's fixtures: a migrated database of each backend (the db tests' own fixtures), a fake clock,
Hardoi's config with the center's number set the way a machine sets it, and a seeded roster."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.config import DistrictConfig, load_district_config
from console.desk.desk import Desk
from console.desk.settings import DeskSettings
from db.database import Database
from db.repositories.roster import RosterBatch
from tests.desk.people import CENTER_NUMBER, OFFICERS, REPRESENTATIVES, periods

T0 = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)  # Monday 9 March 2026, 11:00 IST, a working day
MACHINE_SETTINGS = f"""
[center]
number = "{CENTER_NUMBER}"
"""


def machine_config(folder: Path, text: str = MACHINE_SETTINGS) -> DistrictConfig:
    """Hardoi with a machine's own file merged over it, as ``SAMVAD_SETU_CONFIG`` would name it."""
    override = folder / "machine.toml"
    override.write_text(text, encoding="utf-8")
    return load_district_config("hardoi", override_path=override, environ={}, user_folder=folder / "user")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def config(tmp_path: Path) -> DistrictConfig:
    return machine_config(tmp_path)


def seed(database: Database, at: datetime) -> None:
    batch = RosterBatch(officers=OFFICERS, representatives=REPRESENTATIVES, periods=periods(at))
    with database.unit_of_work() as work:
        work.roster.apply(batch, actor="admin", at=at, source="desk tests")


@pytest.fixture
def desk(database: Database, config: DistrictConfig, clock: FakeClock) -> Iterator[Desk]:
    seed(database, clock.now())
    yield Desk(database, DeskSettings.for_district(config), clock)
