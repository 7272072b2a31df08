"""The first screen read with the driver alone gives what the storage's own reads give (issue 12: start-up).

The window's start paints the queue from :func:`db.first_screen.read_first_screen` before SQLAlchemy loads; the
same records then come from the repositories. Any file it cannot read so answers None: the ordinary start follows.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.domain import EscalationState, UserRole
from db.database import Database
from db.first_screen import read_first_screen
from db.location import DATABASE_URL_ENV, default_sqlite_path, first_screen_source
from db.repositories.escalations import NewEvent
from tests.db.factories import ACTOR, T0, log_case
from tests.db.test_live_records import seed

SINCE = T0 - timedelta(minutes=5)


@pytest.fixture
def district_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "district.sqlite3"
    shutil.copy(sqlite_template, path)
    return path


def test_the_first_screen_is_what_the_repositories_read(database: Database, database_url: URL) -> None:
    seed(database)
    first, second, closed = log_case(database, 1, 2), log_case(database, 2, 3), log_case(database, 1, 4)
    with database.unit_of_work() as work:
        work.escalations.save(replace(second, state=EscalationState.INSTRUCTED, instructed_at=T0,
                                      instructed_outside_hours=True, note="=SUM(A1) बिजली"), NewEvent(ACTOR, T0, "x"))
        work.escalations.save(replace(closed, state=EscalationState.CLOSED, closed_at=T0), NewEvent(ACTOR, T0, "x"))
        work.presence.touch(first.id, workstation="ws-1", login="asha", display_name="Asha", at=T0)
        work.presence.touch(second.id, workstation="ws-2", login="ravi", display_name="Ravi", at=SINCE - timedelta(1))
        work.users.add("asha", display_name="Asha Verma", role=UserRole.OPERATOR, actor=ACTOR, at=T0)
        work.users.add("nobody", display_name="", role=UserRole.OPERATOR, actor=ACTOR, at=T0)
    with database.reading() as work:
        cases = tuple(work.live_records.open_cases())
        present = work.presence.current(seen_since=SINCE)
        people = tuple((user.username, user.display_name) for user in work.users.list() if user.display_name)
        departments = tuple(work.officers.departments())
    source = first_screen_source("hardoi", cli_url=database_url.render_as_string(hide_password=False),
                                 config_url=None, environ={})
    assert source is not None

    read = read_first_screen(source, seen_since=SINCE)

    assert read is not None
    assert [case.escalation.id for case in read.open_cases] == [first.id, second.id]  # the closed case is not
    assert read.open_cases == cases
    assert read.open_cases[1].escalation.instructed_outside_hours is True
    assert read.open_cases[1].escalation.instructed_at == T0 and read.open_cases[0].escalation.instructed_at is None
    assert read.present == present == {first.id: [read.present[first.id][0]]}  # the stale window is not
    assert read.people == people == (("asha", "Asha Verma"),)
    assert read.departments == departments


def test_a_file_missing_or_not_at_the_code_s_schema_is_left_to_the_ordinary_start(district_file: Path,
                                                                                  tmp_path: Path) -> None:
    assert read_first_screen(tmp_path / "none.sqlite3", seen_since=SINCE) is None
    assert not (tmp_path / "none.sqlite3").exists()  # nothing made
    assert read_first_screen(district_file, seen_since=SINCE) is not None
    with sqlite3.connect(district_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    assert read_first_screen(district_file, seen_since=SINCE) is None
    (tmp_path / "garbage.sqlite3").write_bytes(b"not a database at all")
    assert read_first_screen(tmp_path / "garbage.sqlite3", seen_since=SINCE) is None
    assert read_first_screen("postgresql://nobody@127.0.0.1:1/none", seen_since=SINCE) is None  # no server there


@pytest.mark.parametrize(("cli", "config", "environ", "expected"), [
    (None, None, {}, "default"),
    ("sqlite:////srv/hardoi.sqlite3", "postgresql+psycopg://x@db/hardoi", {}, "/srv/hardoi.sqlite3"),
    (None, "sqlite:///relative.sqlite3", {}, "relative.sqlite3"),
    (None, "sqlite:////srv/hardoi.sqlite3", {DATABASE_URL_ENV: "postgresql://x@db/hardoi"}, "postgresql://x@db/hardoi"),
    ("postgresql+psycopg://x:p%40ss@db:5433/hardoi?sslmode=require", None, {},
     "postgresql://x:p%40ss@db:5433/hardoi?sslmode=require"),
    ("sqlite:////srv/hardoi.sqlite3?mode=ro", None, {}, None),
    ("sqlite://", None, {}, None),
])
def test_the_first_screen_is_read_from_a_plain_sqlite_file_or_postgresql(
        cli: str | None, config: str | None, environ: dict[str, str], expected: str | None) -> None:
    found = first_screen_source("hardoi", cli_url=cli, config_url=config, environ=environ)
    assert found == (default_sqlite_path("hardoi") if expected == "default" else
                     expected if expected is None or expected.startswith("postgresql") else Path(expected))
