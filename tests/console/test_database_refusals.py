"""The command line on a database that is missing, deleted, read-only or unreachable: one clear line (issue 11, 11–13).

Each runs the installed ``samvad-setu`` in its own process, as IT staff would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import Database
from tests.db.factories import seed_roster
from tests.desk.conftest import T0, seed
from tests.desk.people import CENTER_NUMBER
from tests.desk.processes import DispatchProcess

COMMAND = Path(sys.executable).with_name("samvad-setu")


def run(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, SAMVAD_SETU_CONFIG="", XDG_CONFIG_HOME=str(folder / "xdg"),
                       XDG_DATA_HOME=str(folder / "data"))
    return subprocess.run([str(COMMAND), *args], capture_output=True, text=True, timeout=120, env=environment)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal: exit 1, and a single line on stderr without a traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "machine.toml"
    path.write_text(f'[center]\nnumber = "{CENTER_NUMBER}"\n', encoding="utf-8")
    return path


@pytest.fixture
def district_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "hardoi.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database.open(f"sqlite:///{path}")
    seed(database, T0)
    database.dispose()
    return path


@pytest.mark.parametrize("command", ["roster export", "roster import", "dispatch"])
def test_a_mistyped_sqlite_path_is_refused_naming_it_and_nothing_is_created(
    tmp_path: Path, settings: Path, command: str
) -> None:
    missing = tmp_path / "missing" / "dir" / "x.sqlite3"
    url = f"sqlite:///{missing}"
    workbook = tmp_path / "roster.xlsx"
    if command == "roster import":  # a good roster, so that only the database can be what is refused
        database = Database.open(f"sqlite:///{tmp_path / 'real.sqlite3'}", create=True)
        seed_roster(database)
        database.dispose()
        assert run("roster", "export", str(workbook), "--database", f"sqlite:///{tmp_path / 'real.sqlite3'}",
                   folder=tmp_path).returncode == 0
    arguments = {
        "roster export": ["roster", "export", str(workbook), "--database", url],
        "roster import": ["roster", "import", str(workbook), "--database", url],
        "dispatch": ["dispatch", "--database", url, "--config", str(settings), "--simulate"],
    }[command]
    line = one_line(run(*arguments, folder=tmp_path))
    assert f"no database at {missing}" in line and "nothing was created" in line
    assert not (tmp_path / "missing").exists()


def test_dispatch_stops_in_one_line_when_its_database_file_is_deleted_and_is_not_started_again_on_nothing(
    tmp_path: Path, settings: Path, district_file: Path
) -> None:
    dispatch = DispatchProcess(f"sqlite:///{district_file}", settings, extra=["--simulate"])
    try:
        dispatch.started()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{district_file}{suffix}").unlink(missing_ok=True)
        code, errors = dispatch.finish()
    finally:
        if dispatch.process.poll() is None:
            dispatch.kill()
    assert code == 1 and "Traceback" not in errors
    assert f"the database file {district_file} was deleted while in use" in errors.strip().splitlines()[-1]
    again = run("dispatch", "--database", f"sqlite:///{district_file}", "--config", str(settings), "--simulate",
                folder=tmp_path)
    assert f"no database at {district_file}" in one_line(again)
    assert not district_file.exists()  # no empty district appeared at the path


@pytest.fixture
def immutable(district_file: Path) -> Iterator[Path]:
    """Read-only for everyone, root included (``chattr +i``), like a file on a read-only share."""
    if subprocess.run(["chattr", "+i", str(district_file)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    yield district_file
    subprocess.run(["chattr", "-i", str(district_file)], check=True)


def test_dispatch_on_a_read_only_database_file_says_so_in_one_line(
    tmp_path: Path, settings: Path, immutable: Path
) -> None:
    result = run("dispatch", "--database", f"sqlite:///{immutable}", "--config", str(settings), "--simulate",
                 folder=tmp_path)
    assert f"the database file {immutable} is read-only for this user" in one_line(result)


def test_an_unreachable_postgresql_server_is_named_by_its_url_without_the_password(
    tmp_path: Path, settings: Path
) -> None:
    url = "postgresql://center:s3cret@127.0.0.1:1/hardoi"
    line = one_line(run("dispatch", "--database", url, "--config", str(settings), "--simulate", folder=tmp_path))
    assert "postgresql+psycopg://center:***@127.0.0.1:1/hardoi" in line and "the database is unavailable" in line
    assert "s3cret" not in line
