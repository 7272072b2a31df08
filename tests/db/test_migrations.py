"""Migrations: one head, up from nothing, down and up again with rows, in step with the models."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from db.database import Database
from db.engine import create_database_engine
from db.migrate import (
    SchemaTooNewError,
    alembic_config,
    current_revision,
    downgrade_to,
    head_revision,
    is_up_to_date,
    upgrade_to_head,
)
from db.models import Base
from tests.db.factories import log_case, seed_roster


def test_migrations_have_a_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [head_revision()]


def test_upgrade_from_empty_creates_every_table(empty_database_url: URL) -> None:
    engine = create_database_engine(empty_database_url)
    assert not is_up_to_date(engine)
    assert upgrade_to_head(engine) is True
    assert current_revision(engine) == head_revision()
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert upgrade_to_head(engine) is False  # already there: nothing runs
    engine.dispose()


def test_downgrade_to_base_and_up_again_with_rows_present(empty_database_url: URL) -> None:
    engine = create_database_engine(empty_database_url)
    upgrade_to_head(engine)
    database = Database(engine)
    seed_roster(database)
    log_case(database)
    downgrade_to(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    seed_roster(database)
    assert log_case(database).case_code == "HRD-2026-000001"
    engine.dispose()


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []
        command.check(alembic_config(connection))


def test_a_database_from_a_newer_release_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    try:
        with pytest.raises(SchemaTooNewError, match="newer Samvad Setu"):
            upgrade_to_head(database.engine)
    finally:  # the PostgreSQL database is shared by the session's later tests
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()})


def test_open_brings_a_new_database_up_to_date(empty_database_url: URL) -> None:
    database = Database.open(empty_database_url.render_as_string(hide_password=False), create=True)
    assert is_up_to_date(database.engine)
    database.dispose()
