"""The change feed: one way for every window to hear that shared state changed.

Writers call :func:`publish` inside their transaction (the unit of work also
does it for every flushed model that names a ``__feed_topic__``), so a change
is announced exactly when it commits and never when it rolls back:

* PostgreSQL: ``pg_notify`` in the writing transaction; a listener thread with
  its own psycopg connection ``LISTEN``s. After a dropped connection it
  reconnects and announces every topic, since notifications sent meanwhile are
  lost.
* SQLite: a counter per topic in ``change_counters``, bumped in the writing
  transaction; a thread polls the tiny table (WAL readers never block writers).

Callbacks are plain callables run on the feed's thread; the UI bridges them to
Qt signals. They receive the topic's string value.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

from sqlalchemy import Engine, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from console.domain import Topic
from db.commits import RowChange, note_changes
from db.errors import DatabaseFileChangedError
from db.models import ChangeCounter

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "samvad_setu_changes"
ALL_TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
_PUBLISHED_KEY = "samvad_setu_published_topics"
ORIGIN_KEY = "samvad_setu_origin"  # in every session's info: this process's OwnChanges
_BUMPED_KEY = "samvad_setu_bumped_counters"

Callback = Callable[[str], None]
Unsubscribe = Callable[[], None]


def publish(session: Session, *topics: Topic | str, case_id: int | None = None, outbox_id: int | None = None,
            officer_id: int | None = None, row_id: int | None = None) -> None:
    """Announce ``topics`` when the session's transaction commits (once per topic and transaction).

    Other processes hear the topic; this process's commit listeners (:mod:`db.commits`) also hear the row,
    when the writer names it, or else that some row of the topic changed (a bulk statement).
    """
    note_changes(session, {RowChange(Topic(topic), row_id=row_id, case_id=case_id, outbox_id=outbox_id,
                                     officer_id=officer_id) for topic in topics})
    announce(session, *topics)


def announce(session: Session, *topics: Topic | str) -> None:
    """Only the feed's side of :func:`publish`: the flushed models' rows are noted by the unit of work."""
    published: set[str] = session.info.setdefault(_PUBLISHED_KEY, set())
    fresh = sorted({Topic(topic).value for topic in topics} - published)
    if not fresh:
        return
    published.update(fresh)
    connection = session.connection()
    own: OwnChanges | None = session.info.get(ORIGIN_KEY)
    if connection.dialect.name == "postgresql":
        sender = f"{_SENDER}{own.token}" if own is not None else ""
        for topic in fresh:
            connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                               {"channel": NOTIFY_CHANNEL, "payload": topic + sender})
        return
    statement = sqlite_insert(ChangeCounter).values([{"topic": topic, "counter": 1} for topic in fresh])
    statement = statement.on_conflict_do_update(index_elements=["topic"], set_={"counter": ChangeCounter.counter + 1})
    bumped = connection.execute(statement.returning(ChangeCounter.topic, ChangeCounter.counter))
    session.info.setdefault(_BUMPED_KEY, {}).update({topic: counter for topic, counter in bumped})


_SENDER = "|"  # a PostgreSQL notification's payload: the topic, then the sending process's token


class OwnChanges:
    """What this process committed, so a feed that hears only other processes can skip its own.

    PostgreSQL notifications carry this process's token; SQLite counters are
    remembered (after the commit) as the values this process bumped them to.
    A counter read before its commit was remembered is taken as another's: one
    refresh too many, never one missed.
    """

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex
        self.recording = False  # set by the first feed that skips them: nobody else prunes what is kept
        self._lock = threading.Lock()
        self._counters: dict[str, set[int]] = defaultdict(set)

    def committed(self, session: Session) -> None:
        """The session's ``after_commit``."""
        bumped: dict[str, int] = session.info.pop(_BUMPED_KEY, {})
        if not self.recording:
            return
        with self._lock:
            for topic, counter in bumped.items():
                self._counters[topic].add(counter)

    def only_own(self, topic: str, seen: int | None, now: int) -> bool:
        """Whether the counter moved from ``seen`` to ``now`` by this process's commits alone."""
        with self._lock:
            own = self._counters[topic]
            result = seen is not None and all(value in own for value in range(seen + 1, now + 1))
            self._counters[topic] = {value for value in own if value > now}
        return result


def forget_published(session: Session) -> None:
    """Called when a transaction ends: the next one announces its topics afresh."""
    session.info.pop(_PUBLISHED_KEY, None)
    session.info.pop(_BUMPED_KEY, None)


class ChangeFeed(Protocol):
    def subscribe(self, topic: Topic | str, callback: Callback) -> Unsubscribe: ...

    def start(self) -> None: ...

    def close(self) -> None: ...


class _Subscribers:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: dict[str, list[Callback]] = defaultdict(list)

    def add(self, topic: Topic | str, callback: Callback) -> Unsubscribe:
        key = Topic(topic).value
        with self._lock:
            self._callbacks[key].append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks[key]:
                    self._callbacks[key].remove(callback)

        return unsubscribe

    def dispatch(self, topics: Iterable[str]) -> None:
        for topic in topics:
            with self._lock:
                callbacks = list(self._callbacks.get(topic, ()))
            for callback in callbacks:
                try:
                    callback(topic)
                except Exception:
                    log.exception("change feed subscriber failed on %s", topic)


class _FeedThread:
    """Subscriber list plus one daemon thread that runs ``_run`` until closed."""

    def __init__(self, name: str) -> None:
        self._subscribers = _Subscribers()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def subscribe(self, topic: Topic | str, callback: Callback) -> Unsubscribe:
        return self._subscribers.add(topic, callback)

    def start(self, timeout: float = 10.0) -> None:
        """Start listening; returns once changes committed from now on will be seen."""
        self._thread.start()
        if not self._ready.wait(timeout):
            log.warning("change feed %s not ready after %.0f s; it keeps trying", self._thread.name, timeout)

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5.0)

    def _run(self) -> None:
        raise NotImplementedError


class PollingChangeFeed(_FeedThread):
    """SQLite: poll the change counters."""

    def __init__(self, engine: Engine, interval: float = 0.25, own: OwnChanges | None = None) -> None:
        """``own``: skip the changes this process committed (it heard them on its own commit)."""
        super().__init__("change-feed-poll")
        self._engine = engine
        self._interval = interval
        self._own = own

    def _read(self) -> dict[str, int]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(ChangeCounter.topic, ChangeCounter.counter))
            return {topic: counter for topic, counter in rows}

    def _run(self) -> None:
        seen: dict[str, int] | None = None
        while not self._stop.is_set():
            try:
                counters = self._read()
            except DatabaseFileChangedError as error:
                log.error("change feed stopped: %s", error)
                return
            except Exception:
                log.exception("change feed: reading the change counters failed; retrying")
            else:
                if seen is not None:
                    own = self._own
                    self._subscribers.dispatch(t for t, c in counters.items() if seen.get(t) != c
                                               and not (own is not None and own.only_own(t, seen.get(t, 0), c)))
                seen = counters
                self._ready.set()
            self._stop.wait(self._interval)


class NotifyChangeFeed(_FeedThread):
    """PostgreSQL: LISTEN on a dedicated connection."""

    def __init__(
        self, engine: Engine, poll_timeout: float = 0.5, retry_interval: float = 2.0,
        application_name: str = "samvad-setu change feed", own: OwnChanges | None = None,
    ) -> None:
        super().__init__("change-feed-listen")
        self._own = own
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._application_name = application_name
        self._poll_timeout = poll_timeout
        self._retry_interval = retry_interval

    def _run(self) -> None:
        import psycopg  # PostgreSQL's driver only where PostgreSQL is used (a SQLite start-up never loads it)

        reconnecting = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=5, application_name=self._application_name
                ) as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._ready.set()
                    if reconnecting:
                        log.info("change feed reconnected; announcing every topic")
                        self._subscribers.dispatch(ALL_TOPICS)
                    while not self._stop.is_set():
                        # Each notification as it arrives: collecting a whole timeout's worth first
                        # delayed every change by up to that timeout (half of it on average).
                        for notification in connection.notifies(timeout=self._poll_timeout):
                            topic, _, sender = notification.payload.partition(_SENDER)
                            if self._own is None or sender != self._own.token:
                                self._subscribers.dispatch([topic])
            except psycopg.Error as error:
                log.warning("change feed lost the database (%s); retrying in %.0f s", error, self._retry_interval)
                reconnecting = True
                self._stop.wait(self._retry_interval)


def open_change_feed(engine: Engine, *, poll_interval: float = 0.25, own: OwnChanges | None = None) -> ChangeFeed:
    """The feed that suits the engine's backend (not started); with ``own``, it hears only other processes."""
    if own is not None:
        own.recording = True
    if engine.dialect.name == "postgresql":
        return NotifyChangeFeed(engine, own=own)
    return PollingChangeFeed(engine, interval=poll_interval, own=own)
