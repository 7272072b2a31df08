"""Bring the schema to the code's version at start-up; the Alembic Config is built here, in code.

Start-up asks :func:`is_up_to_date` first: one small query against the head
revision, so an up-to-date database costs a few milliseconds. The head is read
from the version files' own ``revision``/``down_revision`` lines, so that check
does not even import Alembic (a fifth of a second of start-up); whenever the
stored revision is not that head, or the files say anything less plain, Alembic
itself decides. Only when it is behind does :func:`upgrade_to_head` run Alembic. A database migrated by a newer
release is refused with a clear error rather than touched.
"""

from __future__ import annotations

import logging
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from db.engine import writing
from db.revision import MIGRATIONS_DIR as MIGRATIONS_DIR
from db.revision import declared_head as declared_head

log = logging.getLogger(__name__)

MIGRATION_LOCK_KEY = 0x5A3D_5E70  # any constant shared by every release

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class SchemaTooNewError(RuntimeError):
    """The database carries a revision this release does not know: it was migrated by a newer one."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config(stdout=sys.stdout)  # Alembic's default is the stdout of when it was first imported (lazily now)
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    heads = _script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads {heads}; merge them into one")
    return heads[0]


def _stored_revision(engine: Engine) -> str | None:
    """The revision the database records, by one plain query; None when there is no single one to read."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, ProgrammingError):
        return None  # no version table yet (a new database): Alembic's own path says what to do
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return heads[0] if heads else None


def is_up_to_date(engine: Engine) -> bool:
    head = declared_head()
    if head is not None and _stored_revision(engine) == head:
        return True  # the start-up of an up-to-date database: Alembic is not even imported
    current = current_revision(engine)
    if current == head_revision():
        return True
    if current is not None and not _is_known(current):
        raise SchemaTooNewError(
            f"the database is at revision {current}, unknown to this release "
            f"(head {head_revision()}): it was migrated by a newer Samvad Setu; upgrade the program"
        )
    return False


def _is_known(revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return _script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> bool:
    """Migrate when behind; return whether anything ran."""
    if is_up_to_date(engine):
        return False
    log.info("migrating %s to %s", engine.url.render_as_string(hide_password=True), head_revision())
    return _run(engine, "upgrade", "head")


def downgrade_to(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> bool:
    # A writer's transaction (BEGIN IMMEDIATE on SQLite) and, on PostgreSQL, an advisory
    # lock: three workstations starting together migrate once, the others wait and find it done.
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with writing(engine).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode copies tables; with foreign keys on, a copy of a referenced
            # table would cascade. The pragma only takes effect outside a transaction.
            _sqlite_pragma(connection, "foreign_keys=OFF")
        try:
            with connection.begin():
                if not sqlite:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                config = alembic_config(connection)
                if direction == "upgrade":
                    if MigrationContext.configure(connection).get_current_heads() == (head_revision(),):
                        log.info("another process migrated meanwhile")
                        return False
                    command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} broken foreign keys: {broken[:5]}")
            return True
        finally:
            if sqlite:
                _sqlite_pragma(connection, "foreign_keys=ON")


def _sqlite_pragma(connection: Connection, pragma: str) -> None:
    """Run a pragma outside any transaction, on the driver connection itself."""
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None
    driver_connection.execute(f"PRAGMA {pragma}")
