"""The database fixtures, for every test that needs one: each runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL comes from ``SAMVAD_TEST_POSTGRES_URL`` (default: the local server's
``test`` database); the session creates its own databases there and drops them
afterwards. When the server is unreachable the PostgreSQL half is skipped
locally and FAILS in CI (``CI`` set), so CI can never pass by skipping.
"""

from __future__ import annotations

import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url

from db.database import Database
from db.engine import create_database_engine
from db.migrate import upgrade_to_head
from db.models import Base

POSTGRES_URL_ENV = "SAMVAD_TEST_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def libpq_url(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server() -> URL:
    url = make_url(os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL)).set(drivername="postgresql+psycopg")
    try:
        with psycopg.connect(libpq_url(url), connect_timeout=3):
            pass
    except psycopg.Error as error:
        message = f"PostgreSQL at {url.render_as_string(hide_password=True)} is unreachable: {error}"
        if os.environ.get("CI"):
            pytest.fail(message + f" (CI must run the PostgreSQL tests; set {POSTGRES_URL_ENV} or start the server)")
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def postgres_database_factory(postgres_server: URL) -> Iterator[Callable[[], URL]]:
    """Fresh, empty PostgreSQL databases for this test session; all dropped at its end."""
    prefix = f"samvad_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    counter = itertools.count()
    created: list[str] = []

    def create() -> URL:
        name = f"{prefix}_{next(counter)}"
        with psycopg.connect(libpq_url(postgres_server), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return postgres_server.set(database=name)

    yield create
    with psycopg.connect(libpq_url(postgres_server), autocommit=True) as admin:
        for name in created:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_engine(postgres_database_factory: Callable[[], URL]) -> Iterator[Engine]:
    engine = create_database_engine(postgres_database_factory())
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for each test (migrating per test would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    return path


def _empty_all_tables(engine: Engine) -> None:
    """Between tests: DELETE with triggers off (the append-only guards too), much faster than TRUNCATE."""
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    """The URL of a migrated, empty database of the test's backend."""
    if backend == "sqlite":
        path = tmp_path / "district.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return make_url(f"sqlite:///{path}")
    engine: Engine = request.getfixturevalue("postgres_engine")
    _empty_all_tables(engine)
    return engine.url


@pytest.fixture
def database(database_url: URL) -> Iterator[Database]:
    database = Database(create_database_engine(database_url))
    yield database
    database.dispose()


@pytest.fixture
def postgres_database(postgres_engine: Engine) -> Iterator[Database]:
    """For what only PostgreSQL has (LISTEN/NOTIFY, a server that drops connections)."""
    _empty_all_tables(postgres_engine)
    database = Database(create_database_engine(postgres_engine.url))
    yield database
    database.dispose()


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    """A database with no tables at all (for the migration tests)."""
    if backend == "sqlite":
        return make_url(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    factory: Callable[[], URL] = request.getfixturevalue("postgres_database_factory")
    return factory()
