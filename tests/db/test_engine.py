"""Where the database is, how SQLite is set up, and how a PostgreSQL restart is survived without losing data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from console.domain import UserRole
from db.database import Database, UnitOfWork
from db.engine import (
    DATABASE_URL_ENV,
    DatabaseConfigError,
    create_database_engine,
    parse_database_url,
    resolve_database_target,
)
from db.errors import DatabaseUnavailableError
from tests.db.factories import T0, log_case, seed_roster

PG = "postgresql://center@db.example:5432/hardoi"


class TestResolution:
    def test_the_command_line_wins_over_everything(self, tmp_path: Path) -> None:
        target = resolve_database_target(district="hardoi", cli_url="sqlite:///cli.sqlite3", config_url=PG,
                                         environ={DATABASE_URL_ENV: PG}, data_dir=tmp_path)
        assert (target.url.database, target.source) == ("cli.sqlite3", "--database")

    def test_then_the_environment_then_the_district_config(self, tmp_path: Path) -> None:
        from_env = resolve_database_target(district="hardoi", config_url="sqlite:///config.sqlite3",
                                           environ={DATABASE_URL_ENV: PG}, data_dir=tmp_path)
        from_config = resolve_database_target(district="hardoi", config_url=PG, environ={}, data_dir=tmp_path)
        assert (from_env.source, from_env.url.drivername) == (DATABASE_URL_ENV, "postgresql+psycopg")
        assert (from_config.source, from_config.url.host) == ("district config", "db.example")

    def test_the_default_is_one_sqlite_file_per_district_in_the_data_folder(self, tmp_path: Path) -> None:
        target = resolve_database_target(district="kannauj", environ={}, data_dir=tmp_path)
        assert target.is_sqlite and target.source == "default"
        assert target.url.database == str(tmp_path / "kannauj.sqlite3")
        assert "kannauj.sqlite3 (from default)" in target.describe()

    def test_the_default_folder_is_the_platform_user_data_folder(self) -> None:
        target = resolve_database_target(district="hardoi", environ={})
        assert Path(str(target.url.database)).parent.name == "samvad-setu"

    def test_the_password_is_never_shown(self) -> None:
        target = resolve_database_target(district="hardoi", cli_url="postgresql://u:secret@h/d", environ={})
        assert "secret" not in target.describe()

    @pytest.mark.parametrize(
        ("url", "message"),
        [
            ("mysql://u@h/d", "'mysql' databases are not supported"),
            ("sqlite://", "needs a file path"),
            ("postgresql+psycopg2://u@h/d", "psycopg 3"),
            ("not a url", "is not a database URL"),
        ],
    )
    def test_unusable_urls_are_refused_with_the_reason(self, url: str, message: str) -> None:
        with pytest.raises(DatabaseConfigError, match=message):
            parse_database_url(url, "--database")

    def test_a_district_name_must_be_a_plain_code(self, tmp_path: Path) -> None:
        with pytest.raises(DatabaseConfigError, match="district '../etc'"):
            resolve_database_target(district="../etc", environ={}, data_dir=tmp_path)


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'hardoi.sqlite3'}")
    with engine.connect() as connection:
        pragmas = [connection.execute(text(f"PRAGMA {name}")).scalar()
                   for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")]
    assert pragmas == ["wal", 1, 10_000, 2]  # synchronous 2 = FULL
    engine.dispose()


def test_a_connection_opening_a_fresh_file_waits_for_another_one_switching_it_to_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fresh.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the write lock a connection holds while it switches the file to WAL
    pauses: list[float] = []

    def other_finishes_its_switch(seconds: float) -> None:
        pauses.append(seconds)
        if len(pauses) == 1:
            other.execute("ROLLBACK")
            other.execute("PRAGMA journal_mode=WAL")

    monkeypatch.setattr("db.engine._pause_before_retry", other_finishes_its_switch)
    engine = create_database_engine(f"sqlite:///{path}")
    with engine.connect() as connection:  # SQLite refuses the switch at once, busy timeout or not
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert len(pauses) == 1
    engine.dispose()
    other.close()


def test_an_unreachable_server_gives_a_clear_error() -> None:
    with pytest.raises(DatabaseUnavailableError, match="the database is unavailable"):
        Database.open("postgresql+psycopg://postgres@127.0.0.1:1/none")


def kill_connections(database: Database) -> int:
    """What a server restart does to the clients: every connection to the database is dropped."""
    with database.engine.connect() as connection:
        killed = connection.execute(
            text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                 "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        ).scalar_one()
    return int(killed)


@pytest.mark.postgres
def test_after_a_server_restart_the_next_unit_of_work_just_works(postgres_database: Database) -> None:
    database = postgres_database
    seed_roster(database)
    with database.reading() as work:
        assert work.officers.get(1)  # a pooled connection now exists
    assert kill_connections(database) >= 1
    log_case(database)  # pre-ping found the dead connection and took a fresh one
    with database.reading() as work:
        assert len(work.escalations.open_cases()) == 1


@pytest.mark.postgres
def test_a_connection_lost_mid_transaction_fails_clearly_and_writes_nothing(postgres_database: Database) -> None:
    database = postgres_database
    seed_roster(database)
    with pytest.raises(DatabaseUnavailableError, match="the database is unavailable"):
        with database.unit_of_work() as work:
            work.users.add("asha", display_name="Asha", role=UserRole.OPERATOR, actor="admin", at=T0)
            work.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
    with database.reading() as work:
        assert work.users.list() == []


@pytest.mark.postgres
def test_run_retries_work_that_failed_before_its_commit(postgres_database: Database) -> None:
    database = postgres_database
    attempts: list[int] = []

    def work(unit: UnitOfWork) -> int:
        attempts.append(1)
        if len(attempts) == 1:
            unit.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return unit.users.add("asha", display_name="Asha", role=UserRole.OPERATOR, actor="admin", at=T0).id

    user_id = database.run(work)
    assert len(attempts) == 2
    with database.reading() as unit:
        assert [user.id for user in unit.users.list()] == [user_id]

