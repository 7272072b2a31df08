"""Two dispatchers, each with its own simulated modem, drain one outbox on one PostgreSQL: each message once,
also when the database server restarts in the middle (a throwaway cluster of the test's own)."""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from console.clock import FakeClock
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import OutboxRowFinished
from console.domain import OutboxKind, OutboxStatus
from console.events import EventBus
from db.database import Database
from db.repositories.outbox import NewOutboxMessage
from tests.desk.conftest import T0
from tests.desk.rig import Finished, Line, Rig
from tests.shared.cluster import ThrowawayCluster, cluster  # noqa: F401 (the fixture)

MESSAGES = int(os.environ.get("SAMVAD_DRAIN_MESSAGES", "500"))
DRAIN_WAIT = 240.0
DONE = {OutboxStatus.SENT, OutboxStatus.DELIVERED}


def queue(database: Database, count: int) -> None:
    with database.unit_of_work() as work:
        for number in range(count):
            work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, f"+91945441{number % 100:04d}", f"msg-{number:04d}",
                                                 f"drain-{number}", "test"), at=T0)


class Center:
    """Two machines' dispatchers, each with one simulated SMS modem, over one database."""

    def __init__(self, database_url: str) -> None:
        self.clock = FakeClock(T0)
        self.rigs = [Rig(self.clock, [Line(daily_cap=10_000)]).start() for _ in range(2)]
        self.databases = [Database.open(database_url) for _ in range(2)]
        self.finished = Finished()
        buses = [EventBus() for _ in range(2)]  # each machine's own
        for bus in buses:
            bus.subscribe(OutboxRowFinished, self.finished)
        self.dispatchers = [Dispatcher(database, rig.modems, self.clock, worker=f"machine-{name}", events=bus,
                                       poll_seconds=0.2)
                            for database, rig, name, bus in zip(self.databases, self.rigs, "ab", buses)]

    def start(self) -> None:
        for dispatcher in self.dispatchers:
            dispatcher.start()

    def sent_texts(self) -> Counter[str]:
        return Counter(text for rig in self.rigs for _number, text in rig.sent_sms())

    def wait_all_sent(self, count: int) -> bool:
        return self.finished.wait_for(lambda records: len({r.id for r in records if r.status in DONE}) >= count,
                                      DRAIN_WAIT)

    def close(self) -> None:
        for dispatcher in self.dispatchers:
            dispatcher.stop()
        for rig in self.rigs:
            rig.close()
        for database in self.databases:
            database.dispose()


def check_each_sent_once(center: Center, database: Database, count: int) -> None:
    texts = center.sent_texts()
    assert sorted(texts) == [f"msg-{number:04d}" for number in range(count)]
    assert set(texts.values()) == {1}, {text: n for text, n in texts.items() if n != 1}
    with database.reading() as work:
        rows = work.outbox.recent(limit=count + 10)
    assert len(rows) == count and all(row.status in DONE and row.attempts == 1 for row in rows)
    with database.reading() as work:
        by_worker = Counter(attempt.worker for row in rows for attempt in work.outbox.attempts_of(row.id))
    assert set(by_worker) == {"machine-a", "machine-b"} and sum(by_worker.values()) == count, by_worker
    print(f"{count} messages, each sent once; tries by machine: {dict(sorted(by_worker.items()))}")


@pytest.fixture
def center_on(request: pytest.FixtureRequest) -> Iterator[list[Center]]:
    made: list[Center] = []
    yield made
    for center in made:
        center.close()


@pytest.mark.postgres
def test_two_dispatchers_drain_one_outbox_each_message_exactly_once(postgres_database: Database,
                                                                    center_on: list[Center]) -> None:
    queue(postgres_database, MESSAGES)
    center = Center(postgres_database.engine.url.render_as_string(hide_password=False))
    center_on.append(center)
    center.start()
    assert center.wait_all_sent(MESSAGES), f"{len(center.finished.records)} of {MESSAGES} finished"
    check_each_sent_once(center, postgres_database, MESSAGES)


def test_the_database_restarting_mid_drain_pauses_and_resumes_without_a_double_send(
    cluster: ThrowawayCluster, center_on: list[Center]
) -> None:
    count = min(MESSAGES, 200)
    database = Database.open(cluster.create_database("center"))
    queue(database, count)
    center = Center(cluster.url("center"))
    center_on.append(center)
    center.start()
    assert center.finished.wait_for(lambda records: len(records) >= count // 4, DRAIN_WAIT)
    cluster.stop()
    paused = threading.Event()

    def both_paused() -> bool:
        return all(dispatcher.paused for dispatcher in center.dispatchers)

    assert center.finished.wait_for(lambda _records: both_paused(), DRAIN_WAIT) or both_paused()
    paused.set()
    sent_while_down = sum(center.sent_texts().values())
    cluster.start()
    assert center.wait_all_sent(count), f"{len(center.finished.records)} of {count} finished"
    assert not any(dispatcher.paused for dispatcher in center.dispatchers)
    assert sent_while_down < count  # the restart really came mid-drain
    check_each_sent_once(center, database, count)
    database.dispose()
