"""The storage entry point: an engine, units of work and the change feed.

A :class:`UnitOfWork` is one transaction with every repository bound to it, so a
use case (log a complaint, queue its SMS and call) commits all or nothing.
Connection failures surface as :class:`DatabaseUnavailableError` with the
transaction rolled back; :meth:`Database.run` retries work that failed before
its commit, and refuses to guess when the commit itself was cut off.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, Engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import db.guards  # noqa: F401  (installs the append-only hooks)
from db.chain import forget_pending, link_pending
from db.engine import DatabaseTarget, check_file, create_database_engine, parse_database_url, writing
from db.errors import DatabaseMissingError, DatabaseReadOnlyError, DatabaseUnavailableError
from db.commits import CommitListener, CommitListeners, on_commit, on_transaction_end, row_change, take_committed
from db.commits import note_changes
from db.feed import ORIGIN_KEY, ChangeFeed, OwnChanges, announce, forget_published, open_change_feed
from db.migrate import upgrade_to_head
from db.repositories.audit import AuditRepository
from db.repositories.availability import AvailabilityRepository
from db.repositories.calendar import CalendarRepository
from db.repositories.escalations import EscalationRepository
from db.repositories.incoming import IncomingRepository
from db.repositories.live_records import LiveRecordsRepository
from db.repositories.officers import OfficerRepository, RepresentativeRepository
from db.repositories.outbox import OutboxRepository
from db.repositories.presence import PresenceRepository
from db.repositories.reports import ReportRepository
from db.repositories.roster import RosterRepository
from db.repositories.users import UserRepository

log = logging.getLogger(__name__)

T = TypeVar("T")


class UnitOfWork:
    """One transaction and the repositories that work inside it."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @cached_property
    def officers(self) -> OfficerRepository:
        return OfficerRepository(self.session)

    @cached_property
    def representatives(self) -> RepresentativeRepository:
        return RepresentativeRepository(self.session)

    @cached_property
    def availability(self) -> AvailabilityRepository:
        return AvailabilityRepository(self.session)

    @cached_property
    def roster(self) -> RosterRepository:
        return RosterRepository(self.session)

    @cached_property
    def escalations(self) -> EscalationRepository:
        return EscalationRepository(self.session)

    @cached_property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.session)

    @cached_property
    def incoming(self) -> IncomingRepository:
        return IncomingRepository(self.session)

    @cached_property
    def calendar(self) -> CalendarRepository:
        return CalendarRepository(self.session)

    @cached_property
    def users(self) -> UserRepository:
        return UserRepository(self.session)

    @cached_property
    def audit(self) -> AuditRepository:
        return AuditRepository(self.session)

    @cached_property
    def presence(self) -> PresenceRepository:
        return PresenceRepository(self.session)

    @cached_property
    def live_records(self) -> LiveRecordsRepository:
        return LiveRecordsRepository(self.session)

    @cached_property
    def reports(self) -> ReportRepository:
        return ReportRepository(self.session)

    def hold_lock(self, name: str) -> None:
        """Wait until no other transaction holds ``name``, then hold it to the end of this one.

        Work that must run once across processes (creating the demo district) takes it
        first. On PostgreSQL it is an advisory lock; SQLite's writing transaction
        (BEGIN IMMEDIATE) already excludes every other writer.
        """
        if self.session.get_bind().dialect.name == "postgresql":
            key = zlib.crc32(name.encode()) - 2**31
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._own = OwnChanges()
        self._writer = sessionmaker(bind=writing(engine), expire_on_commit=False, autoflush=True,
                                    info={ORIGIN_KEY: self._own})
        reader_engine = engine
        if engine.dialect.name == "postgresql":
            # One snapshot for the several queries of a read (the live state).
            reader_engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self._reader = sessionmaker(bind=reader_engine, expire_on_commit=False, info={ORIGIN_KEY: self._own})
        for factory in (self._writer, self._reader):
            event.listen(factory, "after_flush", _publish_flushed_topics)
            event.listen(factory, "after_transaction_end", _forget_topics)
            event.listen(factory, "before_commit", link_pending)  # the record's hash chain (db.chain)
            event.listen(factory, "after_commit", on_commit)
            event.listen(factory, "after_commit", self._own.committed)
        self._commit_listeners = CommitListeners()

    @classmethod
    def open(cls, target: DatabaseTarget | URL | str, *, migrate: bool = True, create: bool = False) -> Database:
        """Connect and (by default) bring the schema up to date.

        A missing SQLite file is refused, naming its path, unless ``create``: only ``db init``, ``demo create``
        and the first start of a configured district make a database, never a mistyped path. A file this user
        cannot write is refused at once, in one line, rather than on the first thing recorded.
        """
        if isinstance(target, DatabaseTarget):
            url = target.url
        else:
            url = parse_database_url(target) if isinstance(target, str) else target
        if url.get_backend_name() == "sqlite":
            path = Path(str(url.database))
            if path.exists():
                refuse_read_only(path)
            elif create:
                path.parent.mkdir(parents=True, exist_ok=True)
            else:
                raise DatabaseMissingError(str(path))
        engine = create_database_engine(url, create=create)
        if migrate:
            with translate_errors():
                upgrade_to_head(engine)
        return cls(engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A writing transaction: commits when the block ends, rolls back on any error."""
        session = self._writer()
        try:
            with translate_errors():
                with session.begin():
                    yield UnitOfWork(session)
        finally:
            session.close()
        self._commit_listeners.tell(take_committed(session))

    def on_committed(self, listener: CommitListener) -> Callable[[], None]:
        """``listener(changes)`` after each commit of this process that changed a feed topic; returns its removal.

        It runs on the writing thread once the transaction is committed and its session closed.
        """
        return self._commit_listeners.add(listener)

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A read-only transaction on one snapshot; whatever it flushes is rolled back."""
        session = self._reader()
        try:
            with translate_errors():
                yield UnitOfWork(session)
        finally:
            session.close()

    def run(self, work: Callable[[UnitOfWork], T], *, retries: int = 2) -> T:
        """Run database-only ``work`` in a unit of work, retrying when the connection failed before commit.

        A failure during the commit itself is raised at once: whether it landed
        is unknown, and repeating it could write twice.
        """
        for attempt in range(retries + 1):
            session = self._writer()
            committing = False
            try:
                with translate_errors():
                    session.begin()
                    result = work(UnitOfWork(session))
                    committing = True
                    session.commit()
            except DatabaseUnavailableError:
                if committing or attempt == retries:
                    raise
                log.warning("database connection failed before commit; retrying (%d of %d)", attempt + 1, retries)
                continue
            finally:
                session.close()
            self._commit_listeners.tell(take_committed(session))
            return result
        raise AssertionError("unreachable")

    def check_file(self) -> None:
        """Raise :class:`~db.errors.DatabaseFileChangedError` if the SQLite file was deleted or replaced."""
        check_file(self.engine)

    def change_feed(self, *, poll_interval: float = 0.25, others_only: bool = False) -> ChangeFeed:
        """``others_only``: a feed that skips this Database's own commits (told by :meth:`on_committed`)."""
        return open_change_feed(self.engine, poll_interval=poll_interval, own=self._own if others_only else None)

    def dispose(self) -> None:
        self.engine.dispose()


def refuse_read_only(path: Path) -> None:
    """A SQLite file (and, in WAL mode, its folder for the journal files) this user cannot write is refused."""
    if not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseReadOnlyError(
            f"the database file {path} is read-only for this user: nothing could be recorded; make it writable "
            "(its permissions, or a share or medium mounted read-only)"
        )
    journals = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if not os.access(path.parent, os.W_OK) and not all(os.access(journal, os.W_OK) for journal in journals):
        raise DatabaseReadOnlyError(
            f"the folder {path.parent} is read-only for this user: SQLite keeps its journal next to the "
            f"database file {path.name}; make the folder writable"
        )


@contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        if _is_unavailable(error):
            raise DatabaseUnavailableError(f"the database is unavailable: {_first_line(error.orig)}") from error
        raise


_SQLITE_UNAVAILABLE = ("locked", "unable to open", "disk i/o", "readonly", "disk is full")


def _is_unavailable(error: DBAPIError) -> bool:
    """A lost or unreachable server, or a SQLite file that cannot be written now; not a bad statement."""
    if error.connection_invalidated:
        return True
    psycopg = sys.modules.get("psycopg")  # loaded by SQLAlchemy's dialect once a PostgreSQL engine is made
    if psycopg is not None and isinstance(error.orig, psycopg.OperationalError):
        return True
    message = str(error.orig).lower()
    return isinstance(error, OperationalError) and any(marker in message for marker in _SQLITE_UNAVAILABLE)


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None and str(error).strip() else repr(error)


def _publish_flushed_topics(session: Session, _context: Any) -> None:
    changes = {
        row_change(topic, instance)
        for instance in (*session.new, *session.dirty, *session.deleted)
        if (topic := getattr(type(instance), "__feed_topic__", None)) is not None
    }
    if changes:
        note_changes(session, changes)
        announce(session, *{change.topic for change in changes})


def _forget_topics(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        on_transaction_end(session)
        forget_published(session)
        forget_pending(session)
