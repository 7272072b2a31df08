"""Where the database is and how to connect to it.

Resolution order of the database URL (first one given wins):

1. ``--database URL`` on the command line;
2. the environment variable ``SAMVAD_SETU_DATABASE_URL``;
3. ``database_url`` in the district config;
4. the embedded default: a SQLite file per district in the user data folder,
   ``platformdirs.user_data_dir("samvad-setu")/<district>.sqlite3``.

A SQLite file is created only when asked (``create``); once a process has seen
its file, every new connection opens it without creating (``mode=rw``) and every
transaction checks that the path still names the same file, so a file deleted
or replaced under a running process stops it (:class:`~db.errors.DatabaseFileChangedError`)
instead of letting it write where nobody looks.

SQLite runs in WAL mode (synchronous FULL) with foreign keys on and a busy timeout (which also
covers connections racing to switch a fresh file to WAL, see :func:`_enter_wal_mode`), and SQLAlchemy
emits BEGIN itself (``BEGIN IMMEDIATE`` for writing units of work) so a read
followed by a write in one transaction sees one snapshot and never dead-locks
on a lock upgrade. PostgreSQL uses psycopg 3 with ``pool_pre_ping``, so a
server restart costs one failed ping and a reconnect instead of an error.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from db.errors import DatabaseFileChangedError, DatabaseMissingError
from db.location import APP_NAME as APP_NAME
from db.location import DATABASE_URL_ENV as DATABASE_URL_ENV
from db.location import DatabaseConfigError as DatabaseConfigError
from db.location import chosen_url
from db.location import default_sqlite_path as default_sqlite_path

SQLITE_BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "samvad_setu_write"
"""Execution option marking a connection whose transaction will write (``BEGIN IMMEDIATE`` on SQLite)."""

@dataclass(frozen=True)
class DatabaseTarget:
    url: URL
    source: str  # "--database", the environment variable's name, "district config" or "default"

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        return f"{self.url.render_as_string(hide_password=True)} (from {self.source})"


def resolve_database_target(
    *,
    district: str,
    cli_url: str | None = None,
    config_url: str | None = None,
    environ: Mapping[str, str] | None = None,
    data_dir: Path | None = None,
) -> DatabaseTarget:
    value, source = chosen_url(cli_url=cli_url, config_url=config_url, environ=environ)
    if value is not None:
        return DatabaseTarget(parse_database_url(value, source), source)
    path = default_sqlite_path(district, data_dir)
    return DatabaseTarget(URL.create("sqlite", database=str(path)), source)


def parse_database_url(value: str, source: str = "URL") -> URL:
    """Accept ``sqlite:///path`` and ``postgresql[+psycopg]://...``; PostgreSQL always goes through psycopg 3."""
    try:
        url = make_url(value)
    except ArgumentError as error:
        raise DatabaseConfigError(f"{source}: {value!r} is not a database URL ({error})") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise DatabaseConfigError(f"{source}: SQLite is used through the standard driver, not {url.drivername}")
        if not url.database or url.database == ":memory:":
            raise DatabaseConfigError(f"{source}: a SQLite URL needs a file path (sqlite:///C:/path/district.sqlite3)")
        return url
    if backend == "postgresql":
        if url.drivername not in ("postgresql", "postgresql+psycopg"):
            raise DatabaseConfigError(f"{source}: PostgreSQL is used through psycopg 3 (postgresql+psycopg://...)")
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseConfigError(f"{source}: {backend!r} databases are not supported; use sqlite or postgresql")


def create_database_engine(url: URL | str, *, create: bool = True, **engine_options: Any) -> Engine:
    """An engine for ``url``. For SQLite, ``create=False`` refuses a missing file (naming it); either way a file
    once seen is never created again by a later connection. Folders are never created here."""
    url = parse_database_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        sqlite_file = SqliteFile(Path(str(url.database)), create=create)
        engine = create_engine(url, creator=sqlite_file.connect, **engine_options)
        _configure_sqlite(engine, sqlite_file)
        _SQLITE_FILES[engine] = sqlite_file
        return engine
    options: dict[str, Any] = {"pool_pre_ping": True, "pool_size": 5, "max_overflow": 5, "pool_recycle": 1800}
    options.update(engine_options)
    return create_engine(url, connect_args={"application_name": APP_NAME, "connect_timeout": 5}, **options)


def writing(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin as writers."""
    return engine.execution_options(**{WRITE_OPTION: True})


class SqliteFile:
    """One SQLite file as this process first found it: connections open only it, transactions check it is still there.

    The identity is the file's device and inode, taken at the first connection. A
    later ``stat`` that finds no file, or another inode, means someone deleted or
    replaced it under us: open connections would go on writing to the unlinked
    file (and a new one would create an empty database), so both are refused.
    """

    def __init__(self, path: Path, *, create: bool) -> None:
        self.path = path
        self._create = create
        self._identity: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def connect(self) -> sqlite3.Connection:
        self.check()
        with self._lock:
            creating = self._create and self._identity is None
        if not creating and self._identity is None and not self.path.exists():
            raise DatabaseMissingError(str(self.path))
        uri = f"{self.path.absolute().as_uri()}?mode={'rwc' if creating else 'rw'}"
        connection = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        with self._lock:
            if self._identity is None:
                self._identity = _identity(os.stat(self.path))
        return connection

    def check(self) -> None:
        """Raise :class:`DatabaseFileChangedError` when the path no longer names the file first opened."""
        identity = self._identity
        if identity is None:
            return
        try:
            found = _identity(os.stat(self.path))
        except FileNotFoundError:
            raise DatabaseFileChangedError(
                f"the database file {self.path} was deleted while in use: stopped, so that nothing is written "
                "where no one will see it; put the file back (or restore it from a backup) and start again"
            ) from None
        if found != identity:
            raise DatabaseFileChangedError(
                f"the database file {self.path} was replaced by another file while in use: stopped; start again "
                "to work on the file now at that path"
            )


_SQLITE_FILES: weakref.WeakKeyDictionary[Engine, SqliteFile] = weakref.WeakKeyDictionary()


def check_file(engine: Engine) -> None:
    """For a SQLite engine: raise :class:`DatabaseFileChangedError` if its file was deleted or replaced.

    Every transaction checks this; a loop that may go a while without one (the dispatcher) asks each round.
    """
    sqlite_file = _SQLITE_FILES.get(engine)
    if sqlite_file is not None:
        sqlite_file.check()


def _identity(status: os.stat_result) -> tuple[int, int]:
    return (status.st_dev, status.st_ino)


def _configure_sqlite(engine: Engine, sqlite_file: SqliteFile) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from the sqlite3 module; _on_begin emits BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            _enter_wal_mode(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            # FULL: a commit survives a power cut too, not only a crashed process; commits are few.
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        sqlite_file.check()
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _enter_wal_mode(cursor: sqlite3.Cursor) -> None:
    """``PRAGMA journal_mode=WAL``, waiting out another connection's switch of the same file.

    On a file not yet in WAL mode (a fresh one) the switch reads the header under a
    shared lock, then upgrades to a write lock to rewrite it. SQLite refuses a lock
    upgrade from a read transaction at once with SQLITE_BUSY, without calling the busy
    handler (waiting there could dead-lock), so when several connections open a fresh
    file together all but one fail "database is locked" here. The failure ends the
    loser's read; the winner completes the switch; the retry then finds the file in WAL
    mode (or waits in the busy handler while the winner still holds its lock). Bounded
    by the busy timeout every other lock wait uses. A file already in WAL mode needs no
    upgrade and succeeds at the first attempt, so start-up pays nothing for this.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    attempt = 0
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                raise
        attempt += 1
        _pause_before_retry(min(0.001 * 2**attempt, 0.05))


def _pause_before_retry(seconds: float) -> None:
    time.sleep(seconds)
