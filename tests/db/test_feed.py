"""The change feed: a commit is announced to every subscriber, in this process and in others; a rollback is not."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from console.domain import OutboxKind, Topic
from db.database import Database
from db.feed import ChangeFeed, NotifyChangeFeed
from db.repositories.escalations import NewEvent
from db.repositories.outbox import NewOutboxMessage
from tests.db.factories import ACTOR, T0, log_case, new_case, seed_roster
from tests.db.feed_writer import log_one_case

SPAWN = multiprocessing.get_context("spawn")


def within(backend: str) -> float:
    """How soon another process must see a commit: the issue's promise per backend."""
    return 1.0 if backend == "postgresql" else 2.0


@pytest.fixture
def feed(database: Database) -> Iterator[ChangeFeed]:
    feed = database.change_feed(poll_interval=0.1)
    feed.start()
    yield feed
    feed.close()


def heard(feed: ChangeFeed, topic: Topic) -> threading.Event:
    event = threading.Event()
    feed.subscribe(topic, lambda _topic: event.set())
    return event


def test_a_commit_is_announced_on_its_topic(database: Database, feed: ChangeFeed, backend: str) -> None:
    seed_roster(database)
    escalations, outbox = heard(feed, Topic.ESCALATIONS), heard(feed, Topic.OUTBOX)
    log_case(database)
    assert escalations.wait(within(backend))
    assert not outbox.is_set()


def test_a_rolled_back_write_is_never_announced(database: Database, feed: ChangeFeed, backend: str) -> None:
    seed_roster(database)
    escalations, outbox = heard(feed, Topic.ESCALATIONS), heard(feed, Topic.OUTBOX)
    with pytest.raises(RuntimeError, match="operator cancelled"):
        with database.unit_of_work() as work:
            work.escalations.log(new_case(), NewEvent(ACTOR, T0, "log"))
            raise RuntimeError("operator cancelled")
    with database.unit_of_work() as work:  # a later commit on another topic
        work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919415000002", "x", "k1", ACTOR), at=T0)
    assert outbox.wait(within(backend))
    assert not escalations.is_set()  # had the rollback been announced, it would have come first


def test_unsubscribed_callbacks_are_not_called(database: Database, feed: ChangeFeed, backend: str) -> None:
    seed_roster(database)
    calls: list[str] = []
    unsubscribe = feed.subscribe(Topic.ESCALATIONS, calls.append)
    unsubscribe()
    escalations = heard(feed, Topic.ESCALATIONS)
    log_case(database)
    assert escalations.wait(within(backend))
    assert calls == []


def test_a_change_written_by_another_process_is_seen(database: Database, feed: ChangeFeed, backend: str) -> None:
    seed_roster(database)
    escalations = heard(feed, Topic.ESCALATIONS)
    committed = SPAWN.Queue()
    writer = SPAWN.Process(
        target=log_one_case, args=(database.engine.url.render_as_string(hide_password=False), committed)
    )
    writer.start()
    try:
        case_id = committed.get(timeout=60)
        assert escalations.wait(within(backend)), f"not announced within {within(backend)} s of the commit"
    finally:
        writer.join(timeout=30)
    with database.reading() as work:
        assert work.escalations.get(case_id).officer_id == 2


@pytest.mark.postgres
def test_the_listener_comes_back_after_losing_its_connection(postgres_database: Database) -> None:
    database = postgres_database
    seed_roster(database)
    feed = NotifyChangeFeed(database.engine, poll_timeout=0.1, retry_interval=0.1, application_name="feed-under-test")
    availability = heard(feed, Topic.AVAILABILITY)
    feed.start()
    try:
        with database.engine.begin() as connection:
            killed = connection.execute(
                text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": "feed-under-test"},
            ).scalar_one()
        assert killed == 1
        assert availability.wait(10), "a reconnected feed announces every topic (changes may have been missed)"
        escalations = heard(feed, Topic.ESCALATIONS)
        log_case(database)
        assert escalations.wait(within("postgresql"))
    finally:
        feed.close()
