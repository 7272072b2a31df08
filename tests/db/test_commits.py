"""This process hears its own commits with their rows, after the commit; a feed may then skip them."""

from __future__ import annotations

import threading

import pytest

from console.domain import OutboxKind, Topic
from db.commits import RowChange
from db.database import Database
from db.engine import create_database_engine
from db.repositories.escalations import NewEvent
from db.repositories.outbox import NewOutboxMessage
from tests.db.factories import ACTOR, T0, log_case, new_case, seed_roster


def test_a_commit_tells_its_rows_after_it_committed(database: Database) -> None:
    seed_roster(database)
    told: list[frozenset[RowChange]] = []
    seen_by_listener: list[int] = []

    def listener(changes: frozenset[RowChange]) -> None:
        told.append(changes)
        with database.reading() as work:  # committed: another session reads it
            seen_by_listener.extend(case.id for case in work.escalations.open_cases_of_officer(2))

    database.on_committed(listener)
    case = log_case(database)
    assert len(told) == 1
    assert {change.case_id for change in told[0] if change.topic is Topic.ESCALATIONS} == {case.id}
    assert seen_by_listener == [case.id]


def test_a_rolled_back_transaction_tells_nothing(database: Database) -> None:
    seed_roster(database)
    told: list[frozenset[RowChange]] = []
    database.on_committed(told.append)
    with pytest.raises(RuntimeError):
        with database.unit_of_work() as work:
            work.escalations.log(new_case(), NewEvent(ACTOR, T0, "log"))
            raise RuntimeError("operator cancelled")
    assert told == []
    with database.unit_of_work() as work:
        work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919415000002", "x", "k1", ACTOR), at=T0)
    assert [{change.topic for change in changes} for changes in told] == [{Topic.OUTBOX}]


def test_a_feed_of_other_processes_skips_this_ones_commits(database: Database, backend: str) -> None:
    seed_roster(database)
    other = Database(create_database_engine(database.engine.url))  # another process, as far as the feed knows
    feed = database.change_feed(poll_interval=0.05, others_only=True)
    heard: list[str] = []
    outbox_heard, escalations_heard = threading.Event(), threading.Event()
    feed.subscribe(Topic.ESCALATIONS, heard.append)
    feed.subscribe(Topic.OUTBOX, lambda _topic: outbox_heard.set())
    feed.start()
    try:
        log_case(database)  # this process: told by its commit, not by the feed
        with other.unit_of_work() as work:
            work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919415000002", "x", "k1", ACTOR), at=T0)
        assert outbox_heard.wait(10), "another process's commit is heard"
        assert heard == []
        feed.subscribe(Topic.ESCALATIONS, lambda _topic: escalations_heard.set())
        log_case(other, 2, 3)
        assert escalations_heard.wait(10)
        assert heard == ["escalations"]
    finally:
        feed.close()
        other.dispose()
