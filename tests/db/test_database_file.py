"""The SQLite file itself: never created by accident, never silently swapped, never half-usable (issue 11, 11–13).

A mistyped path must not become an empty district; a file deleted or replaced
under a running process must stop it instead of letting it write where nobody
looks; a file this user cannot write is refused in one line at the start.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import Database
from db.engine import DatabaseTarget, parse_database_url
from db.errors import DatabaseFileChangedError, DatabaseMissingError, DatabaseReadOnlyError
from tests.db.factories import seed_roster


@pytest.fixture
def district_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "hardoi.sqlite3"
    shutil.copy(sqlite_template, path)
    return path


def test_a_missing_file_is_refused_naming_it_and_nothing_is_created(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "dir" / "x.sqlite3"
    with pytest.raises(DatabaseMissingError, match=f"no database at {path}"):
        Database.open(f"sqlite:///{path}")
    assert not (tmp_path / "missing").exists()


def test_create_makes_the_folder_and_the_database(tmp_path: Path) -> None:
    path = tmp_path / "new" / "x.sqlite3"
    database = Database.open(DatabaseTarget(parse_database_url(f"sqlite:///{path}"), "test"), create=True)
    seed_roster(database)
    database.dispose()
    assert path.is_file()
    Database.open(f"sqlite:///{path}").dispose()  # there now: opened without create


def test_a_file_deleted_while_open_stops_the_next_transaction(district_file: Path) -> None:
    database = Database.open(f"sqlite:///{district_file}")
    seed_roster(database)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{district_file}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseFileChangedError, match=f"{district_file} was deleted while in use"):
        with database.unit_of_work() as work:
            work.officers.get(1)
    with pytest.raises(DatabaseFileChangedError):
        with database.reading() as work:
            work.officers.get(1)
    database.dispose()
    assert not district_file.exists()  # no connection created an empty file at the path


def test_a_file_replaced_while_open_stops_the_next_transaction(district_file: Path, sqlite_template: Path) -> None:
    database = Database.open(f"sqlite:///{district_file}")
    seed_roster(database)
    replacement = district_file.with_name("other.sqlite3")
    shutil.copy(sqlite_template, replacement)
    replacement.replace(district_file)
    with pytest.raises(DatabaseFileChangedError, match="was replaced by another file"):
        with database.reading() as work:
            work.officers.get(1)
    database.dispose()


@pytest.fixture
def immutable(district_file: Path) -> Iterator[Path]:
    """A file no one may write, root included (``chattr +i``): what a read-only share looks like."""
    Database.open(f"sqlite:///{district_file}").dispose()
    if subprocess.run(["chattr", "+i", str(district_file)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    yield district_file
    subprocess.run(["chattr", "-i", str(district_file)], check=True)


def test_a_read_only_file_is_refused_in_one_line(immutable: Path) -> None:
    with pytest.raises(DatabaseReadOnlyError, match=f"the database file {immutable} is read-only for this user"):
        Database.open(f"sqlite:///{immutable}")
