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
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

from sqlalchemy import Engine, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from console.domain import Topic
from db.errors import DatabaseFileChangedError
from db.models import ChangeCounter

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "samvad_setu_changes"
ALL_TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
_PUBLISHED_KEY = "samvad_setu_published_topics"

Callback = Callable[[str], None]
Unsubscribe = Callable[[], None]


def publish(session: Session, *topics: Topic | str) -> None:
    """Announce ``topics`` when the session's transaction commits (once per topic and transaction)."""
    published: set[str] = session.info.setdefault(_PUBLISHED_KEY, set())
    fresh = sorted({Topic(topic).value for topic in topics} - published)
    if not fresh:
        return
    published.update(fresh)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        for topic in fresh:
            connection.execute(text("SELECT pg_notify(:channel, :topic)"), {"channel": NOTIFY_CHANNEL, "topic": topic})
        return
    statement = sqlite_insert(ChangeCounter).values([{"topic": topic, "counter": 1} for topic in fresh])
    connection.execute(statement.on_conflict_do_update(index_elements=["topic"], set_={"counter": ChangeCounter.counter + 1}))


def forget_published(session: Session) -> None:
    """Called when a transaction ends: the next one announces its topics afresh."""
    session.info.pop(_PUBLISHED_KEY, None)


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

    def __init__(self, engine: Engine, interval: float = 0.25) -> None:
        super().__init__("change-feed-poll")
        self._engine = engine
        self._interval = interval

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
                    self._subscribers.dispatch(t for t, c in counters.items() if seen.get(t) != c)
                seen = counters
                self._ready.set()
            self._stop.wait(self._interval)


class NotifyChangeFeed(_FeedThread):
    """PostgreSQL: LISTEN on a dedicated connection."""

    def __init__(
        self, engine: Engine, poll_timeout: float = 0.5, retry_interval: float = 2.0,
        application_name: str = "samvad-setu change feed",
    ) -> None:
        super().__init__("change-feed-listen")
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
                            self._subscribers.dispatch([notification.payload])
            except psycopg.Error as error:
                log.warning("change feed lost the database (%s); retrying in %.0f s", error, self._retry_interval)
                reconnecting = True
                self._stop.wait(self._retry_interval)


def open_change_feed(engine: Engine, *, poll_interval: float = 0.25) -> ChangeFeed:
    """The feed that suits the engine's backend (not started)."""
    if engine.dialect.name == "postgresql":
        return NotifyChangeFeed(engine)
    return PollingChangeFeed(engine, interval=poll_interval)
